import { defineField, defineType } from "sanity";
import { minutesOf } from "../../../src/lib/content/rules.ts";
import { ACTIVITY_CATEGORIES_SV, AGE_GROUPS_SV } from "../../lib/options.ts";
import { areaReference, dateField, recurrenceFields, languagesField, localizedString, localizedText, slugField, timeField } from "../fields/common.ts";

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
    ...recurrenceFields({ rule: "Välj hur ofta och till när. Tomt = ett enda tillfälle.", exdatesTitle: "Inställda datum", exdates: "Tillfällen som inte blir av. De visas som inställda på webbplatsen och tas bort ur kalenderflödena." }),
    defineField({ name: "ageGroup", title: "Åldersgrupp", type: "string", options: { list: AGE_GROUPS_SV }, validation: (rule) => rule.required() }),
    languagesField("Språk som används"),
    defineField({ name: "costSek", title: "Kostnad (kr, 0 = gratis)", type: "number", initialValue: 0, validation: (rule) => rule.required().min(0) }),
    defineField({ name: "signUpRequired", title: "Kräver anmälan", type: "boolean", initialValue: false }),
    localizedString("signUpHow", "Så anmäler man sig", false),
    defineField({
      name: "proposal",
      title: "Förslag från förening (visas aldrig på webbplatsen, tas bort när förslaget godkänns)",
      type: "object",
      readOnly: true,
      hidden: ({ value }) => value === undefined,
      fields: [
        defineField({ name: "association", title: "Förening (som de skrev)", type: "string" }),
        defineField({ name: "contactName", title: "Kontaktperson", type: "string" }),
        defineField({ name: "contactEmail", title: "E-post", type: "string" }),
        defineField({ name: "locale", title: "Språk", type: "string" }),
        defineField({ name: "receivedAt", title: "Kom in", type: "datetime" }),
      ],
    }),
  ],
  preview: {
    select: { title: "title", category: "category", proposal: "proposal.association" },
    prepare: ({ title, category, proposal }: { title?: { language: string; value: string }[]; category?: string; proposal?: string }) => ({
      title: title?.find((t) => t.language === "sv")?.value ?? title?.[0]?.value ?? "",
      subtitle: proposal ? `Förslag från ${proposal}` : (ACTIVITY_CATEGORIES_SV.find((c) => c.value === category)?.title ?? ""),
    }),
  },
});
