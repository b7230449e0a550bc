/** What the browser tests visit: sample pages of every type, taken from the demo dataset. */
import { readFileSync } from "node:fs";

interface Doc {
  _id: string;
  _type: string;
  slug?: { current: string };
  kind?: string;
  description?: { language: string }[];
}

const docs = readFileSync("sanity/seed/dataset.ndjson", "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as Doc);

function slugOf(type: string, filter: (d: Doc) => boolean = () => true): string {
  const doc = docs.find((d) => d._type === type && filter(d));
  if (!doc?.slug) throw new Error(`the demo dataset has no ${type}`);
  return doc.slug.current;
}

/** One page of each type, as a path after the locale prefix. */
export const PAGE_TYPES = {
  home: "",
  area: `areas/${slugOf("area")}/`,
  office: `offices/${slugOf("office")}/`,
  clinic: `clinics/${slugOf("clinic", (d) => d.kind === "youth")}/`,
  firstContact: `clinics/${slugOf("clinic", (d) => d.kind === "firstContact")}/`,
  activity: `activities/${slugOf("activity")}/`,
  association: `associations/${slugOf("association")}/`,
  crisis: "crisis/",
  accessibility: "accessibility/",
  map: "map/",
} as const;

/** An office whose description exists only in Swedish, to see the fallback. */
export const SWEDISH_ONLY_OFFICE = slugOf("office", (d) => Array.isArray(d.description) && d.description.length > 0 && d.description.every((i) => i.language === "sv"));
