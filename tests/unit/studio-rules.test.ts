/**
 * Every demo document passes the Studio's own validation rules, run by Sanity's validator on
 * the Studio's compiled schema; and a broken document fails them the way an editor would see.
 */
import { readFileSync } from "node:fs";
import { validateDocument, type ValidationClient } from "@sanity/validation";
import { evaluate, parse } from "groq-js";
import type { SanityDocument } from "sanity";
import { describe, expect, it } from "vitest";
import { compileStudioSchema } from "../../sanity/schema.ts";
import { fixtureDocuments } from "../fixtures/content.ts";

const schema = compileStudioSchema();

/**
 * Sanity runs custom rules only with a client. This one answers the Studio's queries (slug
 * uniqueness) with groq-js on the dataset itself, so nothing goes over the network.
 */
function localClient(dataset: Record<string, unknown>[]): ValidationClient {
  const client = {
    fetch: async (query: string, params: Record<string, unknown> = {}): Promise<unknown> => (await (await evaluate(parse(query, { params }), { dataset, params })).get()) as unknown,
    withConfig: () => client,
  };
  return client as unknown as ValidationClient;
}

async function problemsOf(document: Record<string, unknown>, dataset: Record<string, unknown>[]): Promise<string[]> {
  const ids = new Set(dataset.map((d) => String(d["_id"])));
  const client = localClient(dataset);
  const result = await validateDocument({
    document: document as unknown as SanityDocument,
    schema,
    client,
    getDocumentExists: ({ id }) => Promise.resolve(ids.has(id)),
  });
  // Warnings count too: outside the Studio, Sanity adds an unknown-fields check to object
  // rules at warning level, and a field the schema does not know is a mistake in the seed.
  return result.markers
    .filter((m) => m.level === "error" || m.level === "warning")
    .map((m) => `${String(document["_id"])} ${m.path.map(String).join(".")}: ${m.message}`);
}

describe("the Studio's rules", () => {
  it("accept every document of the demo dataset", { timeout: 60_000 }, async () => {
    const documents = readFileSync("sanity/seed/dataset.ndjson", "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const errors = (await Promise.all(documents.map((d) => problemsOf(d, documents)))).flat();
    expect(errors).toEqual([]);
  });

  it("accept the valid test fixtures", async () => {
    const docs = fixtureDocuments();
    expect((await Promise.all(docs.map((d) => problemsOf(d, docs)))).flat()).toEqual([]);
  });

  it("reject a missing Swedish name, a point outside the municipality and a bad phone number", async () => {
    const office = fixtureDocuments()[2] ?? {};
    const broken = {
      ...office,
      name: [{ _key: "en", _type: "internationalizedArrayStringValue", language: "en", value: "Area office" }],
      location: { _type: "geopoint", lat: 59.33, lng: 18.06 },
      phone: "ring mig",
    };
    const errors = await problemsOf(broken, fixtureDocuments());
    expect(errors.join("\n")).toMatch(/name: svensk text saknas/);
    expect(errors.join("\n")).toMatch(/location: .*utanför kommunen/);
    expect(errors.join("\n")).toMatch(/phone: Ogiltigt telefonnummer/);
  });
});
