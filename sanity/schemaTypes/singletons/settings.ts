import { defineField, defineType } from "sanity";
import { emailField, localizedString, phoneField } from "../fields/common.ts";

export const settings = defineType({
  name: "settings",
  title: "Inställningar",
  type: "document",
  fields: [
    localizedString("municipalityName", "Kommunens namn"),
    defineField({ name: "isSample", title: "Exempelinnehåll (visar en skylt på varje sida)", type: "boolean", initialValue: false }),
    defineField({
      name: "quickExitUrl",
      title: "Snabbutgång till",
      description: "En neutral sida som besökaren skickas till med knappen Lämna sidan snabbt.",
      type: "url",
      validation: (rule) => rule.required().uri({ scheme: ["https"] }),
    }),
    defineField({
      name: "generalContact",
      title: "Allmän kontakt",
      type: "object",
      fields: [phoneField(), emailField(), defineField({ name: "address", title: "Adress", type: "address" })],
    }),
    defineField({
      name: "recruitment",
      title: "Rekrytering av kontaktfamiljer, familjehem m.m.",
      description: "Gruppens funktionsbrevlåda får en daglig sammanfattning (utan namn) och telefonnumret visas för den som undrar.",
      type: "object",
      fields: [phoneField(), emailField()],
    }),
    defineField({ name: "crisisNumbers", title: "Krisnummer", type: "array", of: [{ type: "crisisNumber" }], validation: (rule) => rule.required().min(1) }),
    defineField({
      name: "contactTopics",
      title: "Ämnen i kontaktformuläret",
      type: "array",
      of: [{ type: "contactTopic" }],
      validation: (rule) => rule.required().min(1),
    }),
  ],
  preview: { prepare: () => ({ title: "Inställningar" }) },
});
