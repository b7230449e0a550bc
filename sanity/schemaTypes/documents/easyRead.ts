import { defineField, defineType } from "sanity";
import { easyReadProblems } from "../../../src/lib/content/readability.ts";

/** The guideline every easy-to-read text is written to, shown where it is written. */
export const EASY_GUIDELINE =
  "Lättläst svenska: korta meningar (högst 16 ord), vanliga ord, en sak i varje mening, du-form, inga förkortningar, siffror som siffror. Förklara ett svårt ord i meningen efter. Sidan varnar när LIX blir över 30.";

/** A warning (never a stop) when a text breaks the easy-to-read limits, naming the sentence. */
export const easyWarning = (value: unknown) => {
  const text = Array.isArray(value) ? value.join("\n") : typeof value === "string" ? value : "";
  const problems = text ? easyReadProblems(text) : [];
  return problems.length === 0 ? true : problems.join(" · ");
};

export const easyRead = defineType({
  name: "easyRead",
  title: "Lättläst sida",
  type: "document",
  description: EASY_GUIDELINE,
  fields: [
    defineField({ name: "title", title: "Rubrik", type: "string", validation: (rule) => rule.required().max(120) }),
    defineField({
      name: "slug",
      title: "Adress (slug) under /sv/lattlast/",
      type: "slug",
      options: { source: "title", maxLength: 80 },
      description: "start är lättlästa startsidan (/sv/lattlast/).",
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: "of",
      title: "Lättläst version av",
      type: "array",
      of: [{ type: "string" }],
      description: "Sidorna på vanlig svenska som länkar hit, efter /sv/: book/ eller contact/; offices/* för alla sidor under offices/; tomt för startsidan.",
    }),
    defineField({
      name: "paragraphs",
      title: "Text, ett stycke i taget",
      type: "array",
      of: [{ type: "text", rows: 3 }],
      description: EASY_GUIDELINE,
      validation: (rule) => [rule.required().min(1), rule.custom(easyWarning).warning()],
    }),
    defineField({ name: "order", title: "Ordning i listan", type: "number", initialValue: 50, validation: (rule) => rule.integer().min(0).max(100) }),
  ],
  preview: { select: { title: "title", slug: "slug.current" }, prepare: ({ title, slug }) => ({ title: String(title ?? ""), subtitle: `/sv/lattlast/${String(slug ?? "")}/` }) },
});
