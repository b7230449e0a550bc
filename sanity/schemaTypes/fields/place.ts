/** The fields of a place residents visit: offices and clinics. */
import { defineField } from "sanity";
import {
  areaReference,
  emailField,
  geopointField,
  languagesField,
  localizedString,
  localizedText,
  phoneField,
  slugField,
} from "./common.ts";

export const placeFields = [
  localizedString("name", "Namn"),
  slugField(),
  areaReference(),
  localizedString("summary", "Kort beskrivning"),
  localizedText("description", "Beskrivning"),
  defineField({ name: "address", title: "Besöksadress", type: "address", validation: (rule) => rule.required() }),
  geopointField("location", "Plats på kartan"),
  phoneField(),
  emailField(),
  defineField({
    name: "messageMailbox",
    title: "Funktionsbrevlåda för meddelanden",
    description: "Hit går aviseringen om att ett meddelande väntar i Nära (utan innehåll). Tom: e-postadressen ovan.",
    type: "string",
    validation: (rule) => rule.email(),
  }),
  defineField({ name: "openingHours", title: "Öppettider", type: "array", of: [{ type: "openingHours" }] }),
  defineField({ name: "hoursExceptions", title: "Avvikande dagar", type: "array", of: [{ type: "hoursException" }] }),
  languagesField(),
  localizedText("accessibility", "Tillgänglighet (lokalen)"),
];
