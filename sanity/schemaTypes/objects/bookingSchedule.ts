import { defineField, defineType } from "sanity";
import { minutesOf, SLUG } from "../../../src/lib/content/rules.ts";
import { DAY_OPTIONS } from "../../lib/languages.ts";
import { localizedString, timeField } from "../fields/common.ts";

export const bookingWindow = defineType({
  name: "bookingWindow",
  title: "Bokningsbart fönster",
  type: "object",
  fields: [
    defineField({ name: "day", title: "Dag", type: "string", options: { list: DAY_OPTIONS }, validation: (rule) => rule.required() }),
    timeField("start", "Från"),
    timeField("end", "Till"),
  ],
  validation: (rule) =>
    rule.custom((value?: { start?: string; end?: string }) =>
      value?.start && value.end && minutesOf(value.start) >= minutesOf(value.end) ? "Till måste vara efter från" : true,
    ),
});

export const visitType = defineType({
  name: "visitType",
  title: "Besökstyp",
  type: "object",
  fields: [
    defineField({ name: "id", title: "Id", type: "string", validation: (rule) => rule.required().regex(SLUG) }),
    localizedString("name", "Namn"),
    defineField({ name: "minutes", title: "Längd (minuter)", type: "number", validation: (rule) => rule.required().integer().min(5).max(240) }),
  ],
});

export const bookingSchedule = defineType({
  name: "bookingSchedule",
  title: "Bokningsschema",
  type: "object",
  fields: [
    defineField({ name: "windows", title: "Kvällsfönster", type: "array", of: [{ type: "bookingWindow" }] }),
    defineField({ name: "slotMinutes", title: "Tidslucka (minuter)", type: "number", initialValue: 20, validation: (rule) => rule.required().integer().min(5) }),
    defineField({ name: "seats", title: "Platser per tid", type: "number", initialValue: 2, validation: (rule) => rule.required().integer().min(1) }),
    defineField({ name: "bookAheadDays", title: "Hur många dagar framåt man kan boka", type: "number", initialValue: 28, validation: (rule) => rule.required().integer().min(1) }),
    defineField({ name: "minNoticeMinutes", title: "Minsta framförhållning (minuter)", type: "number", initialValue: 120, validation: (rule) => rule.required().integer().min(0) }),
    defineField({ name: "cancelCutoffMinutes", title: "Avbokning senast (minuter före)", type: "number", initialValue: 120, validation: (rule) => rule.required().integer().min(0) }),
    defineField({ name: "visitTypes", title: "Besökstyper", type: "array", of: [{ type: "visitType" }], validation: (rule) => rule.required().min(1) }),
    defineField({ name: "closedDates", title: "Stängda datum", type: "array", of: [{ type: "date" }] }),
  ],
});
