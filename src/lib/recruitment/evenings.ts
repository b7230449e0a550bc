/**
 * Information evenings as the pages list them: the coming ones (from today), for a role or all,
 * each with the seats left. Pure: the caller passes the evenings, today and the seats taken.
 */
import type { InfoEvening } from "../content/schemas.ts";
import type { RecruitmentRole } from "../content/rules.ts";

export interface EveningView {
  evening: InfoEvening;
  seatsLeft: number;
  full: boolean;
}

export function comingEvenings(evenings: readonly InfoEvening[], today: string, taken: ReadonlyMap<string, number>, role?: RecruitmentRole): EveningView[] {
  return evenings
    .filter((e) => e.date >= today && (!role || e.roles.includes(role)))
    .map((evening) => {
      const seatsLeft = Math.max(0, evening.seats - (taken.get(evening._id) ?? 0));
      return { evening, seatsLeft, full: seatsLeft === 0 };
    });
}
