/** The Swedish words of the recruiters' pages for the domain's closed sets: roles, statuses, reasons, languages. */
import type { RecruitmentRole } from "../content/rules.ts";
import type { Locale } from "../i18n/locales.ts";
import type { ClosedReason, InterestStatus } from "./store.ts";

export const ROLE_NAMES: Record<RecruitmentRole, string> = { contactPerson: "Kontaktperson", contactFamily: "Kontaktfamilj", familyHome: "Familjehem", emergencyHome: "Jourhem" };
export const STATUS_NAMES: Record<InterestStatus, string> = { received: "Mottagen", contacted: "Kontaktad", invited: "Inbjuden till informationskväll", assessment: "Utredning", closed: "Avslutad" };
export const REASON_NAMES: Record<ClosedReason, string> = { withdrawn: "Tog tillbaka sin anmälan", noMatch: "Inget uppdrag passar nu", placed: "Utredningen klar", unreachable: "Gick inte att nå", other: "Annat skäl" };
export const LANGUAGE_NAMES: Record<Locale | "other", string> = { sv: "svenska", en: "engelska", ar: "arabiska", fa: "persiska", so: "somaliska", ti: "tigrinja", fi: "finska", uk: "ukrainska", other: "annat språk" };
