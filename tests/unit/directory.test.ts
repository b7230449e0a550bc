import { describe, expect, it } from "vitest";
import { areaAt, areaForPostalCode, normalizePostalCode, pointInPolygon } from "../../src/lib/areas/index.ts";
import { filtersFromSearch } from "../../src/lib/directory/index.ts";
import { fold, matches, type MapPlace } from "../../src/lib/directory/match.ts";

const square = [
  { lat: 60.0, lng: 15.0 },
  { lat: 60.06, lng: 15.0 },
  { lat: 60.06, lng: 15.075 },
  { lat: 60.0, lng: 15.075 },
];
const areas = [
  { slug: { current: "norr" }, postalCodes: ["990 10", "990 11"], boundary: square },
  { slug: { current: "syd" }, postalCodes: ["990 20"], boundary: square.map((p) => ({ lat: p.lat + 0.06, lng: p.lng })) },
];

describe("postal codes", () => {
  it.each([
    ["99010", "990 10"],
    [" 990 10 ", "990 10"],
    ["990-10", "990 10"],
    ["SE-990 10", "990 10"],
    // Arabic-Indic and Persian digits, as an Arabic or Persian keyboard types them, with the direction marks a paste brings.
    ["٩٩٠ ٨١", "990 81"],
    ["۹۹۰ ۸۱", "990 81"],
    ["\u200F٩٩٠٨١\u200F", "990 81"],
    ["990\u00A081", "990 81"],
  ])("%s is %s", (input, code) => {
    expect(normalizePostalCode(input)).toEqual({ ok: true, code });
  });
  it.each([["", "EMPTY"], ["  ", "EMPTY"], ["12a", "MALFORMED"], ["1234", "MALFORMED"], ["099 10", "MALFORMED"], ["990100", "MALFORMED"]])("%j is %s", (input, reason) => {
    expect(normalizePostalCode(input)).toEqual({ ok: false, reason });
  });
  it("finds the area of a code, and none for a code outside", () => {
    expect(areaForPostalCode(areas, "990 11")?.slug.current).toBe("norr");
    expect(areaForPostalCode(areas, "111 22")).toBeUndefined();
  });
});

describe("point in polygon", () => {
  it("tells inside from outside", () => {
    expect(pointInPolygon({ lat: 60.03, lng: 15.03 }, square)).toBe(true);
    expect(pointInPolygon({ lat: 60.07, lng: 15.03 }, square)).toBe(false);
    expect(pointInPolygon({ lat: 60.03, lng: 15.2 }, square)).toBe(false);
  });
  it("finds the area of a point, none outside every area", () => {
    expect(areaAt(areas, { lat: 60.09, lng: 15.01 })?.slug.current).toBe("syd");
    expect(areaAt(areas, { lat: 59.0, lng: 15.01 })).toBeUndefined();
  });
});

describe("directory filters", () => {
  const place: MapPlace = {
    id: "a",
    kind: "activity",
    lat: 60,
    lng: 15,
    name: "Läxhjälp i Ekbacken",
    href: "/sv/activities/a/",
    status: "",
    now: false,
    evening: true,
    area: "ekbacken",
    areaName: "Ekbacken",
    openish: false,
    langs: ["sv", "ar"],
    age: "youth",
    text: fold("Läxhjälp i Ekbacken Hjälp med skolarbetet Ekbacken"),
  };
  it("matches every filter it meets", () => {
    expect(matches(place, {})).toBe(true);
    expect(matches(place, { kind: "activity", area: "ekbacken", open: "evening", lang: "ar", age: "youth", q: "laxhjalp" })).toBe(true);
  });
  it("rejects on each filter it fails", () => {
    expect(matches(place, { kind: "office" })).toBe(false);
    expect(matches(place, { area: "norr" })).toBe(false);
    expect(matches(place, { open: "now" })).toBe(false);
    expect(matches(place, { lang: "so" })).toBe(false);
    expect(matches(place, { age: "seniors" })).toBe(false);
    expect(matches(place, { q: "simhall" })).toBe(false);
  });
  it("lets places for everyone match any age", () => {
    expect(matches({ ...place, age: "all" }, { age: "seniors" })).toBe(true);
  });
  it("drops filters from the address that do not parse, and keeps the rest", () => {
    const { filters, invalid } = filtersFromSearch(new URLSearchParams("kind=bogus&open=evening&lang=xx&q=" + "x".repeat(200)));
    expect(invalid.sort()).toEqual(["kind", "lang", "q"]);
    expect(filters).toEqual({ open: "evening" });
  });
});
