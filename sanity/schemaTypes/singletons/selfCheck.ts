import { defineArrayMember, defineField, defineType } from "sanity";
import { localizedString, localizedText } from "../fields/common.ts";
import { ROLE_OPTIONS } from "../documents/recruitmentRole.ts";

/**
 * "Could this be us?": the anonymous self-check on the site. Each question is answered yes, no
 * or not sure in the page itself — nothing is sent or stored. A "no" to a question rules out the
 * roles that need a yes to it; what is left is shown as what fits.
 */
export const selfCheck = defineType({
  name: "selfCheck",
  title: "Kan det vara vi? (självtest)",
  type: "document",
  fields: [
    defineField({
      name: "questions",
      title: "Frågor",
      description: "10–15 frågor som går att svara ja eller nej på.",
      type: "array",
      of: [
        defineArrayMember({
          type: "object",
          name: "selfCheckQuestion",
          fields: [
            defineField({ name: "id", title: "Id", type: "string", description: "Små bokstäver, till exempel room.", validation: (rule) => rule.required().regex(/^[a-zA-Z]{1,40}$/) }),
            localizedString("question", "Fråga"),
            localizedText("help", "Förklaring"),
            defineField({
              name: "needYesFor",
              title: "Uppdrag som kräver ja",
              description: "Svarar man nej passar de här uppdragen inte just nu.",
              type: "array",
              of: [{ type: "string" }],
              options: { list: ROLE_OPTIONS, layout: "grid" },
              validation: (rule) => rule.required().min(1).unique(),
            }),
          ],
          preview: { select: { title: "question" }, prepare: ({ title }: { title?: { language: string; value: string }[] }) => ({ title: title?.find((t) => t.language === "sv")?.value ?? "" }) },
        }),
      ],
      validation: (rule) => rule.required().min(10).max(15),
    }),
  ],
  preview: { prepare: () => ({ title: "Kan det vara vi? (självtest)" }) },
});
