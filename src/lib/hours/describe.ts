/** Opening and activity statuses as one sentence in the reader's language. */
import type { ActivityStatus } from "./status.ts";
import { dayOf, formatDate } from "../dates.ts";
import type { Translate } from "../i18n/index.ts";
import type { NextOpening, OpeningStatus } from "./status.ts";

function next(opening: NextOpening | undefined, t: Translate): string {
  if (!opening) return "";
  if (opening.inDays === 1) return t("status.opensTomorrow", { time: opening.opens });
  return t("status.opensOn", { day: t(`hours.day.${dayOf(opening.date)}`), time: opening.opens });
}

export function describeStatus(status: OpeningStatus | ActivityStatus, t: Translate, locale: string): string {
  switch (status.code) {
    case "OPEN":
      return t("status.open", { time: status.closes });
    case "OPENS_THIS_EVENING":
      return t("status.opensThisEvening", { opens: status.opens, closes: status.closes });
    case "OPENS_LATER_TODAY":
      return t("status.opensLaterToday", { time: status.opens });
    case "CLOSED_TODAY": {
      const closed = status.reason.kind === "holiday" ? t("status.closedHoliday") : t("status.closedToday");
      const then = next(status.next, t);
      return then ? `${closed}. ${then}` : closed;
    }
    case "CLOSED_NOW": {
      const then = next(status.next, t);
      return then ? `${t("status.closedNow")}. ${then}` : t("status.closedNow");
    }
    case "ACTIVITY_NOW":
      return t("status.activityNow", { time: status.ends });
    case "ACTIVITY_TODAY":
      return t("status.activityToday", { start: status.starts, end: status.ends });
    case "ACTIVITY_NEXT":
      return t("status.activityNext", { date: formatDate(status.date, locale), start: status.starts, end: status.ends });
  }
}

/** Whether the status is good news now, for styling. */
export function isOpenish(status: OpeningStatus | ActivityStatus): boolean {
  return status.code === "OPEN" || status.code === "ACTIVITY_NOW" || status.code === "OPENS_THIS_EVENING";
}
