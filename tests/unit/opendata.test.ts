import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/lib/content/dataset.ts";
import { Activity, Area, Clinic, Office, Settings } from "../../src/lib/content/schemas.ts";
import { hsdsPage, toGeoJson, toHsdsServices, uuidv5 } from "../../src/lib/opendata/hsds.ts";

const file = "sanity/seed/dataset.ndjson";
const docs = loadDataset(readFileSync(file, "utf8"), file);
const input = {
  settings: Settings.parse(docs.find((d) => d._type === "settings")),
  areas: docs.filter((d) => d._type === "area").map((d) => Area.parse(d)),
  offices: docs.filter((d) => d._type === "office").map((d) => Office.parse(d)),
  clinics: docs.filter((d) => d._type === "clinic").map((d) => Clinic.parse(d)),
  activities: docs.filter((d) => d._type === "activity").map((d) => Activity.parse(d)),
};

// The official HSDS 3 schema, from ../shared/hsds/ (documentation keywords allowed).
const schema = JSON.parse(readFileSync("../shared/hsds/service_with_definitions.json", "utf8")) as Record<string, unknown>;
const ajv = new Ajv({ strict: false, allErrors: true });
(addFormats as unknown as (a: Ajv) => void)(ajv);
const validate = ajv.compile(schema);

describe("HSDS export", () => {
  const services = toHsdsServices(input, "sv", "https://nara.example", "2026-11-24");

  it("exports every office, clinic and activity", () => {
    expect(services).toHaveLength(input.offices.length + input.clinics.length + input.activities.length);
  });

  it("validates every service against the official HSDS 3 schema", () => {
    const errors = services.flatMap((service) => (validate(service) ? [] : (validate.errors ?? []).map((e) => `${String(service["name"])} ${e.instancePath} ${e.message ?? ""}`)));
    expect(errors).toEqual([]);
  });

  it("gives stable UUIDs, the same on every run", () => {
    expect(toHsdsServices(input, "sv", "https://nara.example").map((s) => s["id"])).toEqual(services.map((s) => s["id"]));
    expect(uuidv5("office-norrgardet")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // RFC 4122 appendix: v5 of "www.example.com" in the DNS namespace.
    expect(uuidv5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
  });

  it("carries weekly schedules as RRULE fields", () => {
    const activity = services.find((s) => Array.isArray(s["schedules"]) && (s["schedules"] as { freq?: string }[])[0]?.freq === "WEEKLY" && String(s["url"]).includes("/activities/"));
    const schedule = (activity?.["schedules"] as Record<string, unknown>[])[0] ?? {};
    expect(schedule["freq"]).toBe("WEEKLY");
    expect(typeof schedule["interval"]).toBe("number");
    expect(String(schedule["byday"])).toMatch(/^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/);
  });

  it("gives each activity its next occurrence, as a schedule note and an attribute", () => {
    const walk = services.find((s) => s["id"] === uuidv5("activity-kvallsvandring-kvarnby"));
    expect(String((walk?.["schedules"] as Record<string, unknown>[])[0]?.["notes"])).toMatch(/^Next: 2026-11-27\b/);
    expect((walk?.["attributes"] as { value: string }[]).map((a) => a.value)).toContain("next_occurrence:2026-11-27");
    const geo = toGeoJson(input, "sv", "https://nara.example", "2026-11-24") as { features: { id: string; properties: Record<string, unknown> }[] };
    expect(geo.features.find((f) => f.id === uuidv5("activity-kvallsvandring-kvarnby"))?.properties["next"]).toBe("2026-11-27");
  });

  it("wraps a list in the HSDS Page envelope", () => {
    expect(hsdsPage([1, 2, 3], 2, 2)).toEqual({ total_items: 3, total_pages: 2, page_number: 2, size: 1, first_page: false, last_page: true, empty: false, contents: [3] });
  });
});

describe("GeoJSON export", () => {
  it("puts longitude first", () => {
    const geo = toGeoJson(input, "en", "https://nara.example") as { features: { geometry: { coordinates: number[] } }[] };
    expect(geo.features).toHaveLength(input.offices.length + input.clinics.length + input.activities.length);
    const [lng, lat] = geo.features[0]?.geometry.coordinates ?? [];
    expect(lng).toBeGreaterThanOrEqual(15);
    expect(lat).toBeGreaterThanOrEqual(60);
  });
});
