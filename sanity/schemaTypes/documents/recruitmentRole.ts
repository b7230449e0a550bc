import { defineArrayMember, defineField, defineType } from "sanity";
import { RECRUITMENT_ROLES } from "../../../src/lib/content/rules.ts";
import { localizedString, localizedText, slugField } from "../fields/common.ts";

/** The four ways to give a child support close to home, each as the Studio names it. */
export const ROLE_OPTIONS: { value: (typeof RECRUITMENT_ROLES)[number]; title: string }[] = [
  { value: "contactPerson", title: "Kontaktperson" },
  { value: "contactFamily", title: "Kontaktfamilj" },
  { value: "familyHome", title: "Familjehem" },
  { value: "emergencyHome", title: "Jourhem" },
];

/**
 * One page per role (contact person, contact family, family home, emergency home): what it means
 * in a week, who the children are, the support and training, the compensation (as text), what
 * the assessment involves, and questions and answers. Swedish required; the rest translatable.
 */
export const recruitmentRole = defineType({
  name: "recruitmentRole",
  title: "Uppdrag (bli kontaktfamilj m.m.)",
  type: "document",
  fields: [
    defineField({
      name: "role",
      title: "Uppdrag",
      type: "string",
      options: { list: ROLE_OPTIONS, layout: "radio" },
      description: "Ett dokument per uppdrag.",
      validation: (rule) => rule.required(),
    }),
    localizedString("title", "Namn"),
    slugField("title"),
    defineField({ name: "order", title: "Ordning", type: "number", description: "Lägst visas först.", initialValue: 1, validation: (rule) => rule.required().integer().min(0) }),
    localizedString("summary", "Kort om uppdraget"),
    localizedText("week", "En vanlig vecka", true),
    localizedText("children", "Vilka barnen är", true),
    localizedText("support", "Stöd och utbildning", true),
    localizedText("compensation", "Arvode och omkostnader", true),
    localizedText("assessment", "Så går utredningen till", true),
    defineField({
      name: "faq",
      title: "Frågor och svar",
      type: "array",
      of: [
        defineArrayMember({
          type: "object",
          name: "faqItem",
          fields: [localizedString("question", "Fråga"), localizedText("answer", "Svar", true)],
          preview: { select: { title: "question" }, prepare: ({ title }: { title?: { language: string; value: string }[] }) => ({ title: title?.find((t) => t.language === "sv")?.value ?? "" }) },
        }),
      ],
    }),
  ],
  preview: {
    select: { title: "title" },
    prepare: ({ title }: { title?: { language: string; value: string }[] }) => ({ title: title?.find((t) => t.language === "sv")?.value ?? "" }),
  },
});
