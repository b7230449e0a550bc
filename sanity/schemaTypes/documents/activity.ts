import { defineField, defineType } from "sanity";
import { minutesOf } from "../../../src/lib/content/rules.ts";
import { ACTIVITY_CATEGORIES_SV, AGE_GROUPS_SV } from "../../lib/options.ts";
import { areaReference, dateField, languagesField, localizedString, localizedText, slugField, timeField } from "../fields/common.ts";

export const activity = defineType({
  name: "activity",
  title: "Aktivitet",
  type: "document",
  fields: [
    localizedString("title", "Titel"),
    slugField("title"),
    localizedString("summary", "Kort beskrivning"),
    localizedText("description", "Beskrivning"),
    defineField({ name: "category", title: "Slag", type: "string", options: { list: ACTIVITY_CATEGORIES_SV }, validation: (rule) => rule.required() }),
    defineField({ name: "association", title: "Förening", type: "reference", to: [{ type: "association" }], validation: (rule) => rule.required() }),
    areaReference(),
    defineField({ name: "place", title: "Plats", type: "place", validation: (rule) => rule.required() }),
    dateField("startDate", "Första datum"),
    timeField("startTime", "Börjar"),
    defineField({
      name: "endTime",
      title: "Slutar",
      type: "string",
      validation: (rule) =>
        rule.required().custom((value: string | undefined, context) => {
          const start = (context.document as { startTime?: string } | undefined)?.startTime;
          return value && start && minutesOf(value) <= minutesOf(start) ? "Sluttiden måste vara efter starttiden" : true;
        }),
    }),
    defineField({ name: "rrule", title: "Upprepning (RRULE)", type: "string", description: "T.ex. FREQ=WEEKLY;BYDAY=TH;UNTIL=20270610. Tomt = ett enda tillfälle." }),
    defineField({ name: "exdates", title: "Inställda datum", type: "array", of: [{ type: "date" }] }),
    defineField({ name: "ageGroup", title: "Åldersgrupp", type: "string", options: { list: AGE_GROUPS_SV }, validation: (rule) => rule.required() }),
    languagesField("Språk som används"),
    defineField({ name: "costSek", title: "Kostnad (kr, 0 = gratis)", type: "number", initialValue: 0, validation: (rule) => rule.required().min(0) }),
    defineField({ name: "signUpRequired", title: "Kräver anmälan", type: "boolean", initialValue: false }),
    localizedString("signUpHow", "Så anmäler man sig", false),
  ],
  preview: { select: { slug: "slug.current", category: "category" }, prepare: ({ slug, category }) => ({ title: String(slug ?? ""), subtitle: String(category ?? "") }) },
});
