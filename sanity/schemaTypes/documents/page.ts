import { defineType } from "sanity";
import { localizedString, localizedText, slugField } from "../fields/common.ts";

export const page = defineType({
  name: "page",
  title: "Sida",
  type: "document",
  fields: [localizedString("title", "Titel"), slugField("title"), localizedString("summary", "Ingress"), localizedText("body", "Text", true)],
  preview: { select: { slug: "slug.current" }, prepare: ({ slug }) => ({ title: String(slug ?? "") }) },
});
