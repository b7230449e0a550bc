import { defineField, defineType } from "sanity";
import { TIME, walkersProblem } from "../../../src/lib/content/rules.ts";
import { asSentence } from "../../lib/validation.ts";
import { areaReference, dateField, recurrenceFields, localizedString, localizedText, slugField, timeField } from "../fields/common.ts";

/**
 * A night-walk series of an area: where the walkers meet, which evenings (weekdays or single
 * risk nights, with cancelled dates), how many walk, and what an association is paid per night.
 */
export const nightWalk = defineType({
  name: "nightWalk",
  title: "Nattvandring",
  type: "document",
  fields: [
    localizedString("title", "Namn"),
    slugField("title"),
    areaReference(),
    defineField({ name: "meetingPoint", title: "Samlingsplats", type: "place", description: "Där gruppen möts och lånar jackor och telefon.", validation: (rule) => rule.required() }),
    dateField("startDate", "Första kvällen"),
    timeField("startTime", "Börjar"),
    defineField({
      name: "endTime",
      title: "Slutar",
      type: "string",
      description: "Efter midnatt: skriv tiden nästa dag, t.ex. 01:00.",
      validation: (rule) => rule.required().regex(TIME).error("Skriv tiden som TT:MM"),
    }),
    ...recurrenceFields({ rule: "Välj veckodagar och till när. Tomt = en enda kväll (till exempel en riskkväll som skolavslutningen).", exdatesTitle: "Inställda kvällar", exdates: "Kvällar som inte blir av. De visas som inställda och tar inga anmälningar." }),
    defineField({ name: "minWalkers", title: "Minst antal vandrare", description: "Under det blir kvällen inställd.", type: "number", initialValue: 3, validation: (rule) => rule.required().integer().min(2).max(20) }),
    defineField({
      name: "maxWalkers",
      title: "Högst antal vandrare",
      type: "number",
      initialValue: 8,
      validation: (rule) =>
        rule
          .required()
          .integer()
          .custom((value: number | undefined, context) => asSentence(walkersProblem((context.document as { minWalkers?: number } | undefined)?.minWalkers, value))),
    }),
    defineField({ name: "minAge", title: "Lägsta ålder", type: "number", initialValue: 18, validation: (rule) => rule.required().integer().min(18).max(99) }),
    localizedText("bring", "Ta med", true),
    localizedText("expect", "Så går kvällen till", true),
    localizedText("conduct", "Uppförandekod för vandrare", true),
    defineField({
      name: "compensation",
      title: "Ersättning till förening per kväll",
      type: "object",
      fields: [
        defineField({ name: "perNightMet", title: "När minsta antal vandrade (kr)", type: "number", validation: (rule) => rule.required().min(0) }),
        defineField({ name: "perNightBelow", title: "När färre vandrade (kr, 0 = ingen)", type: "number", initialValue: 0, validation: (rule) => rule.required().min(0) }),
      ],
      validation: (rule) => rule.required(),
    }),
  ],
  preview: {
    select: { title: "title", start: "startTime", end: "endTime" },
    prepare: ({ title, start, end }: { title?: { language: string; value: string }[]; start?: string; end?: string }) => ({
      title: title?.find((t) => t.language === "sv")?.value ?? title?.[0]?.value ?? "",
      subtitle: start && end ? `${start}–${end}` : "",
    }),
  },
});
