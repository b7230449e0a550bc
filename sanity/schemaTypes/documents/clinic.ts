import { defineField, defineType } from "sanity";
import { placeFields } from "../fields/place.ts";

export const clinic = defineType({
  name: "clinic",
  title: "Mottagning",
  type: "document",
  fields: [
    defineField({
      name: "kind",
      title: "Typ",
      type: "string",
      options: { list: [{ value: "youth", title: "Ungdomsmottagning" }, { value: "firstContact", title: "Första linjen" }], layout: "radio" },
      validation: (rule) => rule.required(),
    }),
    ...placeFields,
    defineField({ name: "ageMin", title: "Lägsta ålder", type: "number", validation: (rule) => rule.integer().min(0) }),
    defineField({
      name: "ageMax",
      title: "Högsta ålder",
      type: "number",
      validation: (rule) => rule.integer().min(0).min(rule.valueOfField("ageMin")).error("Högsta ålder måste vara minst lägsta ålder"),
    }),
    defineField({ name: "bookingSchedule", title: "Kvällsbokning", type: "bookingSchedule" }),
    defineField({
      name: "dropInHours",
      title: "Drop-in",
      description: "Tider då man kan komma utan att boka. Visas på mottagningens sida och i bokningen när dagens tider inte går att boka.",
      type: "array",
      of: [{ type: "openingHours" }],
    }),
  ],
  preview: { select: { slug: "slug.current", kind: "kind" }, prepare: ({ slug, kind }) => ({ title: String(slug ?? ""), subtitle: String(kind ?? "") }) },
});
