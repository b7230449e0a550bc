import { defineField, defineType } from "sanity";
import { TIME } from "../../../src/lib/content/rules.ts";
import { LANGUAGES } from "../../lib/languages.ts";
import { dateField, timeField } from "../fields/common.ts";
import { ROLE_OPTIONS } from "./recruitmentRole.ts";

/**
 * An information evening about becoming a contact person, contact family, family home or
 * emergency home: when, where (a place, or a link to a video meeting), in which language, how many
 * seats, and which roles it covers. Seats are booked on the site and counted by the database.
 */
export const infoEvening = defineType({
  name: "infoEvening",
  title: "Informationskväll",
  type: "document",
  fields: [
    dateField("date", "Datum"),
    timeField("startTime", "Börjar"),
    defineField({ name: "endTime", title: "Slutar", type: "string", validation: (rule) => rule.required().regex(TIME).error("Skriv tiden som TT:MM") }),
    defineField({ name: "place", title: "Plats", type: "place", description: "Lämna tom för ett videomöte." }),
    defineField({
      name: "videoLink",
      title: "Länk till videomötet",
      type: "url",
      description: "Bara för ett videomöte. Länken visas för den som har bokat en plats.",
      validation: (rule) =>
        rule.uri({ scheme: ["https"] }).custom((value: string | undefined, context) => {
          const place = (context.document as { place?: unknown } | undefined)?.place;
          if (!value && !place) return "Ange en plats eller en länk till ett videomöte";
          if (value && place) return "Ange antingen en plats eller en länk, inte båda";
          return true;
        }),
    }),
    defineField({
      name: "language",
      title: "Språk",
      type: "string",
      options: { list: LANGUAGES.map((l) => ({ value: l.id, title: l.title })) },
      initialValue: "sv",
      validation: (rule) => rule.required(),
    }),
    defineField({ name: "seats", title: "Antal platser", type: "number", initialValue: 30, validation: (rule) => rule.required().integer().min(1).max(500) }),
    defineField({
      name: "roles",
      title: "Uppdrag som kvällen handlar om",
      type: "array",
      of: [{ type: "string" }],
      options: { list: ROLE_OPTIONS, layout: "grid" },
      validation: (rule) => rule.required().min(1).unique(),
    }),
  ],
  preview: {
    select: { date: "date", start: "startTime", language: "language" },
    prepare: ({ date, start, language }: { date?: string; start?: string; language?: string }) => ({ title: `Informationskväll ${date ?? ""} ${start ?? ""}`, subtitle: LANGUAGES.find((l) => l.id === language)?.title ?? "" }),
  },
});
