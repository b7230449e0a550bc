import { defineField, defineType } from "sanity";
import { TEL } from "../../../src/lib/content/rules.ts";
import { localizedString, phoneField } from "../fields/common.ts";

export const crisisNumber = defineType({
  name: "crisisNumber",
  title: "Krisnummer",
  type: "object",
  fields: [
    localizedString("name", "Namn"),
    phoneField("number", "Nummer (som det visas)"),
    defineField({ name: "tel", title: "Nummer för uppringning (bara siffror)", type: "string", validation: (rule) => rule.required().regex(TEL).error("Bara siffror") }),
    localizedString("description", "Vad numret är till för"),
    localizedString("hours", "Öppettider", false),
  ],
  preview: { select: { title: "number" } },
});
