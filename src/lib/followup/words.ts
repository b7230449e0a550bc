/** The Swedish words of the insights page for the follow-up's keys: measures, columns, languages, weeks. */
import { formatDate } from "../dates.ts";
import { createTranslator } from "../i18n/index.ts";
import { LOCALES } from "../i18n/locales.ts";
import { ACTIVITY_CATEGORIES } from "../content/schemas.ts";
import { ROLE_NAMES } from "../content/rules.ts";

const sv = createTranslator("sv");

/** The public page types the site's use is counted by (the route without its language), in Swedish. */
const PAGE_TYPE_NAMES: Record<string, string> = {
  home: "Startsidan",
  "[slug]": "Informationssidor",
  "activities/[slug]": "Aktiviteter",
  "areas/[slug]": "Områden",
  "associations/[slug]": "Föreningar",
  "clinics/[slug]": "Ungdomsmottagningar",
  "offices/[slug]": "Områdeskontor",
  "area-lookup": "Sök område med postnummer",
  map: "Kartan",
  calendar: "Kalendern",
  crisis: "Akuta nummer",
  book: "Boka besök",
  "book/manage": "Ändra eller avboka besök",
  contact: "Skriv till oss",
  "contact/answer": "Läsa svar",
  propose: "Föreslå en aktivitet",
  "night-walks": "Nattvandring",
  "night-walks/manage": "Ändra nattvandring",
  "night-walks/report/[secret]": "Nattvandringsrapport",
  become: "Bli kontaktfamilj med mera",
  "become/[slug]": "Uppdragen",
  "become/evenings": "Informationskvällar",
  "become/evenings/manage": "Ändra plats på informationskväll",
  "become/interest": "Intresseanmälan",
  "become/status": "Intresseanmälans status",
};

const WORDS: Record<string, string> = {
  "bookings.made": "Bokningar gjorda",
  "bookings.visits": "Bokade besök",
  "contact.threads": "Nya ärenden (meddelanden)",
  "contact.transfers": "Ärenden flyttade till annan enhet",
  "activities.occurrences": "Aktivitetstillfällen",
  "nightwalks.nights": "Nattvandringar genomförda",
  "nightwalks.walkerEvenings": "Vandrarkvällar",
  "recruitment.interests": "Intresseanmälningar",
  "proposals.received": "Förslag på aktiviteter in",
  "proposals.approved": "Förslag godkända",
  "proposals.rejected": "Förslag avslagna",
  "nightwalks.cancelled": "Nattvandringar inställda",
  "reply:1h": "Inom en timme",
  "reply:4h": "1–4 timmar",
  "reply:24h": "4–24 timmar",
  "reply:72h": "1–3 dygn",
  "reply:more": "Mer än 3 dygn",
  current: "Perioden",
  previous: "Perioden före",
  made: "Bokningar",
  total: "Totalt",
  "evening:yes": "Från 17:00",
  "evening:no": "Före 17:00",
  "offered:current": "Erbjudna tider, perioden",
  "offered:previous": "Erbjudna tider, perioden före",
  "taken:current": "Bokade besök, perioden",
  "taken:previous": "Bokade besök, perioden före",
  "activities.held": "Aktivitetstillfällen som blev av",
  "activities.cancelled": "Aktivitetstillfällen inställda",
  "nightwalks.cancelledFewWalkers": "Nattvandringar inställda för att för få anmälde sig",
  "status:booked": "Bokade (besöket väntar)",
  "status:arrived": "Kom",
  "status:no_show": "Kom inte",
  "status:cancelled": "Avbokade",
  "status:contacted": "Kontaktade",
  "status:invited": "Inbjudna till informationskväll",
  "status:assessment": "Utredning påbörjad",
  "status:closed": "Avslutade",
  "mode:code": "Anonymt, med kod",
  "mode:phone": "Bli uppringd",
  "mode:email": "Få mejl",
  ...Object.fromEntries((["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const).map((d) => [`weekday:${d}`, sv(`hours.day.${d}`)])),
  ...Object.fromEntries(ACTIVITY_CATEGORIES.map((c) => [`category:${c}`, sv(`activity.category.${c}`)])),
  ...Object.fromEntries(Object.entries(ROLE_NAMES).map(([role, name]) => [`role:${role}`, name])),
  ...Object.fromEntries(Object.entries(PAGE_TYPE_NAMES).map(([type, name]) => [`page:${type}`, name])),
  // The languages' Swedish names, from the site's Swedish words.
  ...Object.fromEntries(LOCALES.map((l) => [l, sv(`lang.name.${l}`)])),
};

/** The week of a Monday: "v. 48 (23 nov.)". */
function week(monday: string): string {
  const d = new Date(`${monday}T12:00:00Z`);
  const thursday = new Date(d.getTime() + 3 * 86_400_000);
  const jan1 = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 1));
  const n = Math.ceil(((thursday.getTime() - jan1.getTime()) / 86_400_000 + 1) / 7);
  return `v. ${String(n)} (${formatDate(monday, "sv")})`;
}

/** An hour's row: "kl. 17". */
const hour = (key: string) => `kl. ${key.slice(5)}`;

export const insightWord = (key: string): string => WORDS[key] ?? (/^\d{4}-\d{2}-\d{2}$/.test(key) ? week(key) : /^hour:\d{2}$/.test(key) ? hour(key) : key);
