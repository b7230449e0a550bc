/** The Swedish words of the insights page for the follow-up's keys: measures, columns, languages, weeks. */
import { formatDate } from "../dates.ts";
import { createTranslator } from "../i18n/index.ts";
import { LOCALES } from "../i18n/locales.ts";

const sv = createTranslator("sv");

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
  "evening:yes": "Besök från 17:00",
  "evening:no": "Besök före 17:00",
  "offered:evening:yes": "Erbjudna tider från 17:00",
  "offered:evening:no": "Erbjudna tider före 17:00",
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

export const insightWord = (key: string): string => WORDS[key] ?? (/^\d{4}-\d{2}-\d{2}$/.test(key) ? week(key) : key);
