/** The Swedish words of the recruiters' pages for the domain's closed sets: roles, statuses, reasons, languages. */
import { createTranslator } from "../i18n/index.ts";
import { LOCALES, type Locale } from "../i18n/locales.ts";
import type { ClosedReason, InterestStatus } from "./store.ts";

export { ROLE_NAMES } from "../content/rules.ts";
export const STATUS_NAMES: Record<InterestStatus, string> = { received: "Mottagen", contacted: "Kontaktad", invited: "Inbjuden till informationskväll", assessment: "Utredning", closed: "Avslutad" };
export const REASON_NAMES: Record<ClosedReason, string> = { withdrawn: "Tog tillbaka sin anmälan", noMatch: "Inget uppdrag passar nu", placed: "Utredningen klar", unreachable: "Gick inte att nå", other: "Annat skäl" };
const sv = createTranslator("sv");
/** The languages' Swedish names, as the site's Swedish words give them, and "other". */
export const LANGUAGE_NAMES = { ...Object.fromEntries(LOCALES.map((l) => [l, sv(`lang.name.${l}`)])), other: "annat språk" } as Record<Locale | "other", string>;
