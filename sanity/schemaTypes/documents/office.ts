import { defineType } from "sanity";
import { placeFields } from "../fields/place.ts";

export const office = defineType({
  name: "office",
  title: "Områdeskontor",
  type: "document",
  fields: placeFields,
  preview: { select: { slug: "slug.current" }, prepare: ({ slug }) => ({ title: String(slug ?? "") }) },
});
