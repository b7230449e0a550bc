/**
 * src/lib/translations/xliff.ts: a locale out to XLIFF 2.0 and back, through the `xliff` library, with
 * every returned string checked against its Swedish source before anything is written.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import xliff from "xliff";
import { loadDataset } from "../../src/lib/content/dataset.ts";
import { MESSAGES } from "../../src/lib/i18n/index.ts";
import { exportXliff, localizedFields, readXliff, uiKeysFor, unitProblem, withTranslation } from "../../src/lib/translations/xliff.ts";
import { documentReview, isTranslationDraft, publishedFrom, translationDraft } from "../../src/lib/translations/drafts.ts";
import { KEY_TEXTS, keyTextsReviewed, recordReview, reviewCounts, reviewStatus } from "../../src/lib/translations/review.ts";

const documents = loadDataset(readFileSync("sanity/seed/dataset.ndjson", "utf8"), "dataset.ndjson");
const base = { uiSource: MESSAGES.sv, documents };
const exported = (locale: "ti" | "ar") => exportXliff({ ...base, locale, uiTarget: MESSAGES[locale], review: () => "machine" });

/** The exported file with one unit's target changed, as an agency's tool would write it back. */
async function returned(xml: string, edit: (resources: Record<string, Record<string, { target?: unknown }>>) => void): Promise<string> {
  const doc = await xliff.xliff2js(xml);
  edit(doc.resources as Record<string, Record<string, { target?: unknown }>>);
  return xliff.js2xliff(doc);
}

describe("XLIFF export", () => {
  it("is XLIFF 2.0 from Swedish to the locale, with every UI string and every localized content field", async () => {
    const xml = await exported("ti");
    expect(xml).toMatch(/<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="sv" trgLang="ti">/);
    const read = await xliff.xliff2js(xml);
    const ui = read.resources?.["ui"] ?? {};
    expect(Object.keys(ui).length).toBe(uiKeysFor(MESSAGES.sv, "ti").size);
    expect(ui["nav.home"]).toMatchObject({ source: MESSAGES.sv["nav.home"], target: MESSAGES.ti["nav.home"] });
    const content = read.resources?.["content"] ?? {};
    const fields = documents.reduce((n, d) => n + localizedFields(d).filter((f) => f.entries.some((e) => e.language === "sv" && e.value !== "")).length, 0);
    expect(Object.keys(content).length).toBe(fields);
    expect(content["area-kvarnby/summary"]?.target).toBe((documents.find((d) => d._id === "area-kvarnby")?.["summary"] as { language: string; value: string }[]).find((e) => e.language === "ti")?.value);
  });

  it("gives each plural string the forms the target language needs: Arabic six from Swedish's two", () => {
    const keys = [...uiKeysFor(MESSAGES.sv, "ar").keys()].filter((k) => k.startsWith("map.results_"));
    expect(keys.sort()).toEqual(["map.results_few", "map.results_many", "map.results_one", "map.results_other", "map.results_two", "map.results_zero"]);
    expect(uiKeysFor(MESSAGES.sv, "ar").get("map.results_few")).toBe(MESSAGES.sv["map.results_other"]);
  });
});

describe("XLIFF import", () => {
  it("takes a changed Tigrinya UI string and a content field, and nothing else", async () => {
    const xml = await returned(await exported("ti"), (r) => {
      const ui = r["ui"] ?? {};
      const content = r["content"] ?? {};
      ui["nav.home"] = { ...ui["nav.home"], target: "ገጽ መእተዊ (ተመርሚሩ)" };
      content["area-kvarnby/summary"] = { ...content["area-kvarnby/summary"], target: "ሓድሽ ትርጉም ናይ Kvarnby።" };
    });
    const result = await readXliff(xml, { ...base, uiTargets: MESSAGES });
    expect(result.problems).toEqual([]);
    expect(result.locale).toBe("ti");
    expect(result.ui).toEqual({ "nav.home": "ገጽ መእተዊ (ተመርሚሩ)" });
    expect(result.documents.map((d) => [d.id, d.fields])).toEqual([["area-kvarnby", ["summary"]]]);
    expect(localizedFields(result.documents[0]?.doc ?? { _id: "", _type: "" }).find((f) => f.path === "summary")?.entries.find((e) => e.language === "ti")?.value).toBe("ሓድሽ ትርጉም ናይ Kvarnby።");
    expect(result.unchanged).toBe(result.units - 2);
  });

  it("refuses a broken placeholder, a lost plural form and changed markup, each with its string named", async () => {
    const key = Object.keys(MESSAGES.sv).find((k) => MESSAGES.sv[k]?.includes("{{minutes}}") && !/_(one|other)$/.test(k)) ?? "";
    const xml = await returned(await exported("ar"), (r) => {
      const ui = r["ui"] ?? {};
      ui[key] = { ...ui[key], target: (MESSAGES.ar[key] ?? "").replace("{{minutes}}", "{{minutes") };
      delete ui["map.results_few"];
      ui["nav.home"] = { ...ui["nav.home"], target: "<b>الرئيسية</b>" };
      ui["no.such.key"] = { target: "x" };
    });
    const result = await readXliff(xml, { ...base, uiTargets: MESSAGES });
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { id: `ui:${key}`, problem: "placeholder {{minutes}} is missing" },
        { id: "ui:map.results", problem: "plural forms map.results_few are missing (ar needs zero, one, two, few, many, other)" },
        { id: "ui:nav.home", problem: "the markup differs from the source (none)" },
        { id: "ui:no.such.key", problem: "no such UI string" },
      ]),
    );
  });

  it("refuses a file that is not XLIFF 2 from Swedish into one of the site's languages", async () => {
    expect((await readXliff("<html></html>", { ...base, uiTargets: MESSAGES })).problems[0]?.id).toBe("file");
    const german = (await exported("ti")).replace('trgLang="ti"', 'trgLang="de"');
    expect((await readXliff(german, { ...base, uiTargets: MESSAGES })).problems).toEqual([{ id: "file", problem: "the target language de is not one of the site's translations" }]);
  });
});

describe("a unit's check", () => {
  it("lets a plural form leave out its number, but no other placeholder", () => {
    expect(unitProblem("{{count}} platser", "ቦታ ሓደ", { plural: "one" })).toBeUndefined();
    expect(unitProblem("{{count}} platser", "ቦታታት")).toBe("placeholder {{count}} is missing");
    expect(unitProblem("Hej {{name}}", "ሰላም {{name}} {{extra}}")).toBe("placeholder {{extra}} is not in the source");
    expect(unitProblem("Text", "  ")).toBe("the translation is empty");
  });

  it("sets one language of a localized field, nested by the items' keys, without touching the others", () => {
    const clinic = documents.find((d) => d._id === "clinic-ungdomsmottagningen-kvarnby") ?? { _id: "", _type: "" };
    const path = localizedFields(clinic).find((f) => f.path.includes("visitTypes["))?.path ?? "";
    const changed = withTranslation(clinic, path, "ti", "ዘተ");
    expect(localizedFields(changed).find((f) => f.path === path)?.entries.find((e) => e.language === "ti")?.value).toBe("ዘተ");
    expect(localizedFields(clinic).find((f) => f.path === path)?.entries.find((e) => e.language === "ti")?.value).not.toBe("ዘተ");
  });
});

describe("review status", () => {
  it("counts a string reviewed only for the Swedish source it was reviewed against, and tells when every key text is", () => {
    const keys = [...uiKeysFor(MESSAGES.sv, "fi")].filter(([key]) => KEY_TEXTS.test(key));
    const all = recordReview({}, "fi", Object.fromEntries(keys), "reviewed");
    expect(keyTextsReviewed(all, MESSAGES.sv, "fi")).toBe(true);
    expect(reviewCounts(all, MESSAGES.sv, "fi").reviewed).toBe(keys.length);
    // One key text's Swedish changed since: it counts as not checked, and the notice comes back.
    const [first] = keys;
    const changed = { ...MESSAGES.sv, [first?.[0] ?? ""]: `${first?.[1] ?? ""} (ändrad)` };
    expect(reviewStatus(all, "fi", first?.[0] ?? "", changed[first?.[0] ?? ""] ?? "")).toBe("machine");
    expect(keyTextsReviewed(all, changed, "fi")).toBe(false);
    expect(keyTextsReviewed({}, MESSAGES.sv, "fi")).toBe(false);
  });
});

describe("a document's review", () => {
  it("is recorded when its translation draft is published, and lapses when its Swedish changes", () => {
    const area = documents.find((d) => d._id === "area-kvarnby") ?? { _id: "", _type: "" };
    expect(documentReview(area, "ti")).toBe("machine");
    const draft = translationDraft(withTranslation(area, "summary", "ti", "ሓድሽ"), { locale: "ti", status: "reviewed", fields: ["summary"], at: new Date("2026-12-07T12:00:00Z") });
    expect(isTranslationDraft(draft)).toBe(true);
    const published = publishedFrom(draft);
    expect(published._id).toBe("area-kvarnby");
    expect(published["translation"]).toBeUndefined();
    expect(documentReview(published, "ti")).toBe("reviewed");
    expect(documentReview(published, "ar")).toBe("machine");
    // An editor changes the Swedish summary afterwards: the Tigrinya review no longer holds.
    expect(documentReview(withTranslation(published, "summary", "sv", "Ny svensk text."), "ti")).toBe("machine");
  });
});
