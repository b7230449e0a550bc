import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError, loadDataset } from "../../src/lib/content/dataset.ts";
import { createContentStore } from "../../src/lib/content/load.ts";
import { localize, paragraphs } from "../../src/lib/content/localize.ts";
import { localSource } from "../../src/lib/content/sources.ts";
import { fixtureDocuments, toNdjson } from "../fixtures/content.ts";

function problemsOf(text: string): string {
  try {
    loadDataset(text, "seed.ndjson");
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).message;
  }
  throw new Error("expected the dataset to be rejected");
}

describe("dataset check", () => {
  it("accepts a valid dataset", () => {
    expect(loadDataset(toNdjson(fixtureDocuments()), "seed.ndjson")).toHaveLength(3);
  });

  it("names the line of malformed NDJSON", () => {
    const text = toNdjson(fixtureDocuments()) + "{not json\n";
    expect(problemsOf(text)).toMatch(/seed\.ndjson:4: not valid JSON/);
  });

  it("names the document, line and field of a missing Swedish name", () => {
    const docs = fixtureDocuments();
    docs[2] = { ...docs[2], name: [{ _key: "en", _type: "internationalizedArrayStringValue", language: "en", value: "Area office" }] };
    const message = problemsOf(toNdjson(docs));
    expect(message).toContain('seed.ndjson:3 (office-norr): field "name": svensk text saknas');
    expect(message).not.toMatch(/\n\s+at /);
  });

  it("names a dangling reference", () => {
    const docs = fixtureDocuments();
    docs[2] = { ...docs[2], area: { _type: "reference", _ref: "area-saknas" } };
    expect(problemsOf(toNdjson(docs))).toContain('(office-norr): field "area": refers to "area-saknas", which does not exist');
  });

  it("names coordinates outside the municipality", () => {
    const docs = fixtureDocuments();
    docs[2] = { ...docs[2], location: { _type: "geopoint", lat: 59.33, lng: 18.06 } };
    expect(problemsOf(toNdjson(docs))).toMatch(/\(office-norr\): field "location": ligger utanför kommunen/);
  });

  it("reports a reference to the wrong type, a duplicate id and a missing settings document", () => {
    const docs = fixtureDocuments().slice(1);
    docs[1] = { ...docs[1], area: { _type: "reference", _ref: "office-norr" } };
    docs.push({ ...docs[0] });
    const message = problemsOf(toNdjson(docs));
    expect(message).toContain("refers to a office, expected a area");
    expect(message).toContain("duplicate _id");
    expect(message).toContain("the settings document is missing");
  });

  it("ignores drafts", () => {
    const docs = [...fixtureDocuments(), { _id: "drafts.office-norr", _type: "office" }];
    expect(loadDataset(toNdjson(docs), "seed.ndjson").map((d) => d._id)).not.toContain("drafts.office-norr");
  });
});

describe("the demo dataset", () => {
  const file = "sanity/seed/dataset.ndjson";
  const documents = loadDataset(readFileSync(file, "utf8"), file);
  const count = (type: string) => documents.filter((d) => d._type === type).length;

  it("passes the content check and has the promised size", () => {
    expect({
      areas: count("area"),
      offices: count("office"),
      clinics: count("clinic"),
      associations: count("association"),
      activities: count("activity"),
    }).toEqual({ areas: 8, offices: 8, clinics: 6, associations: 15, activities: 40 });
  });

  it("is marked as a sample", () => {
    expect(documents.find((d) => d._id === "settings")?.["isSample"]).toBe(true);
  });
});

describe("loadQuery on the embedded source", () => {
  it("returns parsed results and null for unknown slugs", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nara-content-"));
    const file = join(dir, "dataset.ndjson");
    writeFileSync(file, toNdjson(fixtureDocuments()));
    const { loadQuery } = createContentStore(localSource(file));
    const office = await loadQuery("office", { slug: "norr" });
    expect(office?.area.slug.current).toBe("norr");
    expect(await loadQuery("office", { slug: "finns-inte" })).toBeNull();
    const area = await loadQuery("area", { slug: "norr" });
    expect(area?.offices.map((o) => o._id)).toEqual(["office-norr"]);
  });
});

describe("localize", () => {
  const field = [
    { language: "sv" as const, value: "Hej" },
    { language: "en" as const, value: "Hello" },
  ];
  it("uses the reader's language when there is one", () => {
    expect(localize(field, "en")).toEqual({ text: "Hello", lang: "en", fallback: false });
  });
  it("falls back to Swedish and says so", () => {
    expect(localize(field, "so")).toEqual({ text: "Hej", lang: "sv", fallback: true });
    expect(localize(field, "sv").fallback).toBe(false);
  });
  it("treats blank text as missing", () => {
    expect(localize([...field, { language: "ar" as const, value: "  " }], "ar").fallback).toBe(true);
  });
  it("splits paragraphs on blank lines", () => {
    expect(paragraphs("Ett.\n\nTvå.\n  \nTre.")).toEqual(["Ett.", "Två.", "Tre."]);
  });
});
