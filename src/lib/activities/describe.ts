/** Plain-language schedule of an activity: "Every Thursday, 18:00–20:00". */
import type { Translate } from "../i18n/index.ts";
import { formatDate } from "../dates.ts";
import { formatList } from "../i18n/format.ts";
import { parseRule, type Recurring } from "../recurrence/occurrences.ts";

export function describeRepeat(activity: Recurring, t: Translate, locale: string): string {
  const rule = activity.rrule ? parseRule(activity.rrule) : undefined;
  if (!rule) return `${t("activity.repeat.once")}: ${formatDate(activity.startDate, locale, true)}`;
  let repeat: string;
  const days = formatList(rule.byDay.map((d) => t(`hours.day.${d.day}`)), locale);
  if (rule.freq === "MONTHLY") repeat = t("activity.repeat.monthly");
  else if (rule.interval === 2) repeat = t("activity.repeat.biweekly", { day: days });
  else repeat = t("activity.repeat.weekly", { day: days });
  return rule.until ? `${repeat}${t("list.comma")}${t("activity.repeat.until", { date: formatDate(rule.until, locale, true) })}` : repeat;
}
