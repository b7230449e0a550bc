import { defineField, defineType } from "sanity";
import { geopointField } from "../fields/common.ts";

/** Where an activity happens. */
export const place = defineType({
  name: "place",
  title: "Plats",
  type: "object",
  fields: [
    defineField({ name: "name", title: "Lokal", type: "string", validation: (rule) => rule.required() }),
    defineField({ name: "address", title: "Adress", type: "address", validation: (rule) => rule.required() }),
    geopointField("location", "Plats på kartan"),
  ],
});
