/**
 * "Could this be us?": what fits, from answers given in the page. Each question names the roles
 * that need a yes to it; a no rules those out for now, "not sure" and no answer rule out nothing.
 * The page runs the same rule in the browser (`public/self-check.js`): nothing is sent or stored.
 */
import { RECRUITMENT_ROLES, type RecruitmentRole } from "../content/rules.ts";

export type Answer = "yes" | "no" | "unsure";

export interface Question {
  id: string;
  needYesFor: readonly RecruitmentRole[];
}

/** The roles that fit the answers, in their usual order. */
export function fittingRoles(questions: readonly Question[], answers: Readonly<Record<string, Answer | undefined>>): RecruitmentRole[] {
  const out = new Set<RecruitmentRole>(RECRUITMENT_ROLES);
  for (const q of questions) if (answers[q.id] === "no") for (const role of q.needYesFor) out.delete(role);
  return RECRUITMENT_ROLES.filter((r) => out.has(r));
}
