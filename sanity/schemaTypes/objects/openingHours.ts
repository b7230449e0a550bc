import { defineField, defineType } from "sanity";
import { minutesOf } from "../../../src/lib/content/rules.ts";
import { DAY_OPTIONS } from "../../lib/languages.ts";
import { timeField } from "../fields/common.ts";

export const openingHours = defineType({
  name: "openingHours",
  title: "Öppettid",
  type: "object",
  fields: [
    defineField({ name: "day", title: "Dag", type: "string", options: { list: DAY_OPTIONS }, validation: (rule) => rule.required() }),
    timeField("opens", "Öppnar"),
    timeField("closes", "Stänger"),
  ],
  validation: (rule) =>
    rule.custom((value?: { opens?: string; closes?: string }) =>
      value?.opens && value.closes && minutesOf(value.opens) >= minutesOf(value.closes) ? "Stänger måste vara efter öppnar" : true,
    ),
  preview: { select: { title: "day", opens: "opens", closes: "closes" }, prepare: ({ title, opens, closes }) => ({ title: `${String(title)} ${String(opens)}–${String(closes)}` }) },
});
