import { defineField, defineType } from "sanity";
import { dateField, localizedString } from "../fields/common.ts";

export const hoursException = defineType({
  name: "hoursException",
  title: "Avvikande dag",
  type: "object",
  fields: [
    dateField("date", "Datum"),
    defineField({ name: "closed", title: "Stängt hela dagen", type: "boolean", initialValue: true }),
    defineField({ name: "opens", title: "Öppnar", type: "string", hidden: ({ parent }) => Boolean((parent as { closed?: boolean } | undefined)?.closed) }),
    defineField({ name: "closes", title: "Stänger", type: "string", hidden: ({ parent }) => Boolean((parent as { closed?: boolean } | undefined)?.closed) }),
    localizedString("note", "Anledning", false),
  ],
  validation: (rule) =>
    rule.custom((value?: { closed?: boolean; opens?: string; closes?: string }) =>
      value && !value.closed && (!value.opens || !value.closes) ? "En ändrad dag behöver både öppnings- och stängningstid" : true,
    ),
});
