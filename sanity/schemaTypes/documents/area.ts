import { defineField, defineType } from "sanity";
import { POSTAL_CODE } from "../../../src/lib/content/rules.ts";
import { withinMunicipality } from "../../lib/validation.ts";
import { localizedString, localizedText, slugField } from "../fields/common.ts";
import { EASY_GUIDELINE, easyWarning } from "./easyRead.ts";

export const area = defineType({
  name: "area",
  title: "Område",
  type: "document",
  fields: [
    localizedString("name", "Namn"),
    slugField(),
    localizedString("summary", "Kort beskrivning"),
    localizedText("description", "Beskrivning"),
    defineField({
      name: "postalCodes",
      title: "Postnummer",
      type: "array",
      of: [{ type: "string", validation: (rule) => rule.regex(POSTAL_CODE).error("Skriv postnumret som NNN NN") }],
      validation: (rule) => rule.required().min(1).unique(),
    }),
    defineField({
      name: "boundary",
      title: "Gräns (punkter i ordning)",
      type: "array",
      of: [{ type: "geopoint", validation: (rule) => rule.custom(withinMunicipality) }],
      validation: (rule) => rule.required().min(3).error("Ett område behöver minst tre punkter"),
    }),
    defineField({
      name: "easySummary",
      title: "Kort beskrivning på lättläst svenska",
      type: "text",
      rows: 4,
      description: EASY_GUIDELINE,
      validation: (rule) => rule.custom(easyWarning).warning(),
    }),
  ],
  preview: { select: { name: "name", slug: "slug.current" }, prepare: ({ slug }) => ({ title: String(slug ?? "") }) },
});
