/** Field definitions that several document types share. */
import { defineField, type Rule } from "sanity";
import { exdatesProblem, ruleProblem } from "../../../src/lib/recurrence/occurrences.ts";
import { RecurrenceInput } from "../../components/RecurrenceInput.ts";
import { DATE, PHONE, SLUG, TIME } from "../../../src/lib/content/rules.ts";
import { LANGUAGES } from "../../lib/languages.ts";
import { asSentence, swedishRequired, withinMunicipality } from "../../lib/validation.ts";

export const localizedString = (name: string, title: string, required = true) =>
  defineField({
    name,
    title,
    type: "internationalizedArrayString",
    ...(required ? { validation: (rule: Rule) => rule.custom(swedishRequired) } : {}),
  });

export const localizedText = (name: string, title: string, required = false) =>
  defineField({
    name,
    title,
    type: "internationalizedArrayText",
    description: "Stycken skiljs åt med en tom rad. Saknas ett språk visas den svenska texten.",
    ...(required ? { validation: (rule: Rule) => rule.custom(swedishRequired) } : {}),
  });

export const slugField = (source = "name") =>
  defineField({
    name: "slug",
    title: "Adress (slug)",
    type: "slug",
    options: { source: (doc: Record<string, unknown>) => swedishOf(doc[source]) ?? "", maxLength: 80 },
    validation: (rule) =>
      rule.required().custom((value?: { current?: string }) =>
        !value?.current || SLUG.test(value.current) ? true : "Bara små bokstäver a–z, siffror och bindestreck",
      ),
  });

function swedishOf(value: unknown): string | undefined {
  if (!Array.isArray(value)) return undefined;
  const item = value.find((i: { language?: string }) => i.language === "sv") as { value?: string } | undefined;
  return item?.value;
}

export const geopointField = (name: string, title: string) =>
  defineField({ name, title, type: "geopoint", validation: (rule) => rule.required().custom(withinMunicipality) });

export const phoneField = (name = "phone", title = "Telefon", required = true) =>
  defineField({
    name,
    title,
    type: "string",
    validation: (rule) => {
      const checked = rule.regex(PHONE, { name: "telefonnummer", invert: false }).error("Ogiltigt telefonnummer, t.ex. 08-465 004 12");
      return required ? checked.required() : checked;
    },
  });

export const emailField = (required = true) =>
  defineField({
    name: "email",
    title: "E-post",
    type: "string",
    validation: (rule) => (required ? rule.required().email() : rule.email()),
  });

export const timeField = (name: string, title: string) =>
  defineField({
    name,
    title,
    type: "string",
    placeholder: "16:00",
    validation: (rule) => rule.required().regex(TIME).error("Skriv tiden som TT:MM"),
  });

export const dateField = (name: string, title: string) =>
  defineField({ name, title, type: "date", validation: (rule) => rule.required().custom((v?: string) => (!v || DATE.test(v) ? true : "ÅÅÅÅ-MM-DD")) });

export const languagesField = (title = "Språk som personalen talar") =>
  defineField({
    name: "languages",
    title,
    type: "array",
    of: [{ type: "string" }],
    options: { list: LANGUAGES.map((l) => ({ value: l.id, title: l.title })), layout: "grid" },
    validation: (rule) => rule.required().min(1).unique(),
  });

export const areaReference = () =>
  defineField({ name: "area", title: "Område", type: "reference", to: [{ type: "area" }], validation: (rule) => rule.required() });

/** The recurrence of a series (activities, night walks): the rule with its own input, and the cancelled dates; both checked as the site checks them. */
export const recurrenceFields = (texts: { rule: string; exdatesTitle: string; exdates: string }) => [
  defineField({
    name: "rrule",
    title: "Upprepning",
    type: "string",
    description: texts.rule,
    components: { input: RecurrenceInput },
    validation: (rule) =>
      rule.custom((value: string | undefined, context) => {
        const doc = context.document as { startDate?: string } | undefined;
        if (!value || !doc?.startDate) return true;
        return asSentence(ruleProblem(doc.startDate, value));
      }),
  }),
  defineField({
    name: "exdates",
    title: texts.exdatesTitle,
    description: texts.exdates,
    type: "array",
    of: [{ type: "date" }],
    validation: (rule) =>
      rule.custom((value: string[] | undefined, context) => {
        const doc = context.document as { startDate?: string; rrule?: string } | undefined;
        if (!value || value.length === 0 || !doc?.startDate) return true;
        return asSentence(exdatesProblem({ startDate: doc.startDate, rrule: doc.rrule, exdates: value }));
      }),
  }),
];
