import { defineField, defineType } from "sanity";
import { emailField, localizedString, localizedText, phoneField, slugField } from "../fields/common.ts";

export const association = defineType({
  name: "association",
  title: "Förening",
  type: "document",
  fields: [
    localizedString("name", "Namn"),
    slugField(),
    localizedString("summary", "Kort beskrivning"),
    localizedText("description", "Beskrivning"),
    defineField({ name: "areas", title: "Områden", type: "array", of: [{ type: "reference", to: [{ type: "area" }] }], validation: (rule) => rule.required().min(1) }),
    emailField(),
    phoneField("phone", "Telefon", false),
    defineField({ name: "website", title: "Webbplats", type: "url", validation: (rule) => rule.uri({ scheme: ["https"] }) }),
  ],
  preview: { select: { slug: "slug.current" }, prepare: ({ slug }) => ({ title: String(slug ?? "") }) },
});
