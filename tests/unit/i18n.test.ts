import { describe, expect, it } from "vitest";
import { createTranslator, direction, LOCALES, MESSAGES, negotiateLocale } from "../../src/lib/i18n/index.ts";
import { alternates, switchLocale } from "../../src/lib/site/paths.ts";

const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, "");
const reference = MESSAGES.sv;

describe("UI strings", () => {
  it.each(LOCALES)("%s has every key, none empty", (locale) => {
    const messages = MESSAGES[locale];
    const missing = Object.keys(reference).filter((key) => !PLURAL.test(key) && !(key in messages));
    const empty = Object.entries(messages).filter(([, value]) => value.trim() === "").map(([key]) => key);
    const unknown = Object.keys(messages).filter((key) => !(base(key) in reference) && !(key in reference) && !Object.keys(reference).some((k) => base(k) === base(key)));
    expect({ missing, empty, unknown }).toEqual({ missing: [], empty: [], unknown: [] });
  });

  it.each(LOCALES)("%s has every plural form its language needs", (locale) => {
    const messages = MESSAGES[locale];
    const pluralBases = [...new Set(Object.keys(reference).filter((k) => PLURAL.test(k)).map(base))];
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const missing = pluralBases.flatMap((b) => categories.filter((c) => !(`${b}_${c}` in messages)).map((c) => `${b}_${c}`));
    expect(missing).toEqual([]);
  });

  it.each(LOCALES)("%s keeps every placeholder of the Swedish text", (locale) => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const wrong = Object.entries(reference)
      .filter(([key]) => !PLURAL.test(key))
      .filter(([key, value]) => JSON.stringify(placeholders(MESSAGES[locale][key] ?? "")) !== JSON.stringify(placeholders(value)))
      .map(([key]) => key);
    expect(wrong).toEqual([]);
  });

  it("interpolates and picks plural forms per language", () => {
    expect(createTranslator("en")("activity.count", { count: 1 })).toBe("1 activity");
    expect(createTranslator("en")("activity.count", { count: 3 })).toBe("3 activities");
    expect(createTranslator("sv")("crisis.call", { number: "112" })).toBe("Ring 112");
    const uk = createTranslator("uk");
    expect(uk("clinic.visitLength", { count: 2 })).not.toBe(uk("clinic.visitLength", { count: 5 }));
  });

  it("gives each request its own language", () => {
    const sv = createTranslator("sv");
    const ar = createTranslator("ar");
    expect(sv("nav.home")).toBe("Start");
    expect(ar("nav.home")).not.toBe("Start");
    expect(sv("nav.home")).toBe("Start");
  });
});

describe("direction", () => {
  it("is right-to-left for Arabic and Persian only", () => {
    expect(LOCALES.filter((l) => direction(l) === "rtl")).toEqual(["ar", "fa"]);
  });
  it("falls back for tags the engine does not know", () => {
    expect(direction("ar-XX-invalid-")).toBe("rtl");
    expect(direction("")).toBe("ltr");
  });
});

describe("negotiateLocale", () => {
  it.each([
    [null, "sv"],
    ["", "sv"],
    ["fa-IR,fa;q=0.9,en;q=0.8", "fa"],
    ["de-DE,de;q=0.9,en;q=0.5", "en"],
    ["de-DE", "sv"],
    ["en;q=0.2, so;q=0.9", "so"],
    ["nb-NO", "sv"],
    ["ti-ER", "ti"],
    ["uk, ru;q=0.5", "uk"],
    ["*", "sv"],
    ["en;q=0", "sv"],
  ])("%s → %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

describe("localized paths", () => {
  it("keeps the page when switching language", () => {
    expect(switchLocale("/ar/areas/ekbacken/", "fi")).toBe("/fi/areas/ekbacken/");
    expect(switchLocale("/nope", "en")).toBe("/en/");
  });
  it("lists every locale and an x-default", () => {
    const alts = alternates("/sv/crisis/");
    expect(alts).toHaveLength(LOCALES.length + 1);
    expect(alts.at(-1)).toEqual({ hreflang: "x-default", href: "/sv/crisis/" });
  });
});

describe("numbers inside right-to-left sentences", () => {
  it("keeps a time range, a phone number and a postal code left to right in Arabic and Persian, and leaves words, counts and left-to-right languages alone", () => {
    const ar = createTranslator("ar");
    expect(ar("lookup.found", { code: "990 10", area: "Norrgärdet" })).toContain("\u2066990 10\u2069");
    expect(ar("lookup.found", { code: "990 10", area: "Norrgärdet" })).not.toContain("\u2066Norrgärdet");
    expect(createTranslator("fa")("lookup.found", { code: "۹۹۰ ۱۰", area: "x" })).toContain("\u2066۹۹۰ ۱۰\u2069");
    expect(createTranslator("sv")("lookup.found", { code: "990 10", area: "Norrgärdet" })).toBe("Postnummer 990 10 hör till Norrgärdet.");
    // A range the sentence builds from two times is one left-to-right run: "10:00–11:30", never "11:30–10:00".
    expect(ar("activity.time", { start: "10:00", end: "11:30" })).toBe("\u206610:00–11:30\u2069");
    expect(createTranslator("fa")("status.activityToday", { start: "18:00", end: "20:00" })).toContain("\u206618:00–20:00\u2069");
    // A count stays a number (its plural form is chosen by it).
    expect(ar("book.length", { minutes: 30 })).not.toContain("\u2066");
  });
});
