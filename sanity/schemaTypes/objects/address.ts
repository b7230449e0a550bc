import { defineField, defineType } from "sanity";
import { POSTAL_CODE } from "../../../src/lib/content/rules.ts";

export const address = defineType({
  name: "address",
  title: "Adress",
  type: "object",
  fields: [
    defineField({ name: "street", title: "Gatuadress", type: "string", validation: (rule) => rule.required() }),
    defineField({
      name: "postalCode",
      title: "Postnummer",
      type: "string",
      validation: (rule) => rule.required().regex(POSTAL_CODE).error("Skriv postnumret som NNN NN"),
    }),
    defineField({ name: "city", title: "Ort", type: "string", validation: (rule) => rule.required() }),
  ],
});
