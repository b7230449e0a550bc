import { defineField, defineType } from "sanity";
import { SLUG } from "../../../src/lib/content/rules.ts";
import { localizedString } from "../fields/common.ts";

export const contactTopic = defineType({
  name: "contactTopic",
  title: "Ämne i kontaktformuläret",
  type: "object",
  fields: [
    defineField({
      name: "id",
      title: "Id (små bokstäver och bindestreck, ändras inte)",
      description: "Sparas med varje meddelande; byt inte id på ett ämne som används.",
      type: "string",
      validation: (rule) => rule.required().regex(SLUG).error("Små bokstäver, siffror och bindestreck"),
    }),
    localizedString("name", "Ämne"),
    defineField({
      name: "safety",
      title: "Våld eller hot (visar Kvinnofridslinjen och framhäver snabbutgången)",
      type: "boolean",
      initialValue: false,
    }),
  ],
  preview: { select: { title: "id" } },
});
