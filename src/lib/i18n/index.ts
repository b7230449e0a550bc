import i18next, { type TFunction } from "i18next";
import ar from "./locales/ar.json" with { type: "json" };
import en from "./locales/en.json" with { type: "json" };
import fa from "./locales/fa.json" with { type: "json" };
import fi from "./locales/fi.json" with { type: "json" };
import so from "./locales/so.json" with { type: "json" };
import sv from "./locales/sv.json" with { type: "json" };
import ti from "./locales/ti.json" with { type: "json" };
import uk from "./locales/uk.json" with { type: "json" };
import { DEFAULT_LOCALE, direction, type Locale } from "./locales.ts";

export * from "./locales.ts";

/** Every UI string, by locale: flat dot keys, i18next plural suffixes. */
export const MESSAGES: Record<Locale, Record<string, string>> = { sv, en, ar, fa, so, ti, fi, uk };

type MessageKey = keyof typeof en;
/** A UI key; plural keys are asked for without their suffix (`activity.count` + `{ count }`). */
export type UiKey = MessageKey | (MessageKey extends infer K ? (K extends `${infer Base}_${"one" | "other"}` ? Base : never) : never);
export type Translate = (key: UiKey, options?: Record<string, unknown>) => string;

const resources = Object.fromEntries(
  Object.entries(MESSAGES).map(([locale, translation]) => [locale, { translation }]),
);

/** A translate function for one locale, from an i18next instance of its own. */
export function createTranslator(locale: Locale): Translate {
  // One instance per locale, made on first use: its language never changes, so requests in
  // different languages never share a setting, and no request pays for building one.
  let t = translators.get(locale);
  if (!t) {
    t = buildTranslator(locale);
    translators.set(locale, t);
  }
  return t;
}
const translators = new Map<Locale, Translate>();

function buildTranslator(locale: Locale): Translate {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const t: TFunction = instance.t.bind(instance);
  if (direction(locale) === "ltr") return (key, options) => t(key, options ?? {});
  // In right-to-left text a time range, a phone number or a postal code would be shown in the
  // wrong order ("20:00–17:00", "10 990"): such a value keeps its own left-to-right order,
  // isolated (LRI … PDI), wherever a sentence puts it.
  // A range built in the sentence ("{{start}}–{{end}}") is one isolate, not two: two isolates side
  // by side with a dash between would still be laid out right to left ("11:30–10:00").
  return (key, options) => t(key, options ? isolateNumbers(options) : {}).replace(RANGE, "\u2066$1$2$3\u2069");
}

/** Two isolated values with a dash between them. */
const RANGE = /\u2066([^\u2069]*)\u2069\s*([-\u2013\u2014])\s*\u2066([^\u2069]*)\u2069/g;

/** Digits with only separators between them (times, ranges, phone numbers, postal codes, dates in figures). */
const NUMERIC = /^(?=.*[0-9\u0660-\u0669\u06F0-\u06F9])[0-9\u0660-\u0669\u06F0-\u06F9\s:.,/+()\-\u2013\u2014]+$/;

/** The options with every numeric string value isolated left to right (numbers stay numbers: plurals need them). */
function isolateNumbers(options: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(options).map(([k, v]) => [k, typeof v === "string" && NUMERIC.test(v.trim()) ? `\u2066${v}\u2069` : v]));
}

/** The plural forms of a key in one locale, for counting in the browser: `{ one: "…", other: "…" }`. */
export function pluralForms(locale: Locale, key: string): Record<string, string> {
  const messages = MESSAGES[locale];
  return Object.fromEntries(
    Object.entries(messages)
      .filter(([k]) => k.startsWith(`${key}_`))
      .map(([k, v]) => [k.slice(key.length + 1), v]),
  );
}
