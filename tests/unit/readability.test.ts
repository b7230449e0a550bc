/**
 * src/lib/content/readability.ts, and the demo's easy-to-read Swedish held to its limits: every
 * easy page and every area's easy summary at LIX 30 or under, no sentence over 16 words. A text
 * that breaks them fails with the sentence that does.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/lib/content/dataset.ts";
import { EASY_LIMITS, easyReadProblems, readability, sentencesOf, wordsOf } from "../../src/lib/content/readability.ts";

const documents = loadDataset(readFileSync("sanity/seed/dataset.ndjson", "utf8"), "dataset.ndjson");

describe("readability measures", () => {
  it("cuts sentences at . ! ? and at paragraph ends, and counts words (digits too)", () => {
    expect(sentencesOf("Du kan ringa. Är det bråttom? Ring 112!\nKontoret har öppet.")).toEqual(["Du kan ringa.", "Är det bråttom?", "Ring 112!", "Kontoret har öppet."]);
    expect(wordsOf("Ring 116 111 – BRIS svarar.")).toEqual(["Ring", "116", "111", "BRIS", "svarar"]);
  });

  it("gives LIX as words per sentence plus the per cent of words longer than six letters", () => {
    // 7 words in 2 sentences, 3 of them longer than six letters (socialtjänsten, hjälper, kontoret): 3.5 + 42.9.
    const measured = readability("Socialtjänsten hjälper dig. Kontoret är öppet nu.");
    expect(measured).toMatchObject({ words: 7, sentences: 2 });
    expect(measured.lix).toBeCloseTo(7 / 2 + (100 * 3) / 7, 1);
    // A long official sentence is far over the limit, and the problem names it.
    const hard = "Områdesbaserad socialtjänst innebär att verksamheten organiseras utifrån geografiska förutsättningar och lokala samverkansstrukturer i stadsdelarna tillsammans med civilsamhällets organisationer och andra aktörer.";
    expect(readability(hard).lix).toBeGreaterThan(60);
    expect(easyReadProblems(hard).join("\n")).toContain(`ord i en mening (högst ${String(EASY_LIMITS.words)}): "${hard}"`);
    expect(easyReadProblems("Du kan ringa oss. Vi svarar på dagen.")).toEqual([]);
  });
});

describe("the demo's easy-to-read Swedish", () => {
  const texts = [
    ...documents.filter((d) => d._type === "easyRead").map((d) => ({ name: `easy page ${(d["slug"] as { current: string }).current}`, text: [d["title"], ...(d["paragraphs"] as string[])].join("\n") })),
    ...documents.filter((d) => typeof d["easySummary"] === "string").map((d) => ({ name: `area ${d._id}`, text: d["easySummary"] as string })),
  ];

  it("covers the pages that matter most and every area", () => {
    const slugs = documents.filter((d) => d._type === "easyRead").map((d) => (d["slug"] as { current: string }).current).sort();
    expect(slugs).toEqual(["boka", "krisnummer", "omradeskontor", "skriv-till-oss", "socialtjansten", "start", "ungdomsmottagning"]);
    expect(texts.filter((t) => t.name.startsWith("area "))).toHaveLength(documents.filter((d) => d._type === "area").length);
  });

  it.each(texts)("$name: LIX ≤ 30, no sentence over 16 words", ({ text }) => {
    expect(easyReadProblems(text)).toEqual([]);
    expect(readability(text).lix).toBeLessThanOrEqual(EASY_LIMITS.lix);
  });
});
