/** Every schema type of the Studio, grouped by kind. */
import { defineField, defineType } from "sanity";
import { activity } from "./documents/activity.ts";
import { area } from "./documents/area.ts";
import { association } from "./documents/association.ts";
import { clinic } from "./documents/clinic.ts";
import { office } from "./documents/office.ts";
import { nightWalk } from "./documents/nightWalk.ts";
import { page } from "./documents/page.ts";
import { easyRead } from "./documents/easyRead.ts";
import { infoEvening } from "./documents/infoEvening.ts";
import { recruitmentRole } from "./documents/recruitmentRole.ts";
import { address } from "./objects/address.ts";
import { bookingSchedule, bookingWindow, visitType } from "./objects/bookingSchedule.ts";
import { contactTopic } from "./objects/contactTopic.ts";
import { crisisNumber } from "./objects/crisisNumber.ts";
import { hoursException } from "./objects/hoursException.ts";
import { openingHours } from "./objects/openingHours.ts";
import { place } from "./objects/place.ts";
import { selfCheck } from "./singletons/selfCheck.ts";
import { settings } from "./singletons/settings.ts";

/**
 * What an import of translations records on a published document: per language, translated or
 * reviewed, for which Swedish texts (a hash). Kept by the site's translation import; not edited here.
 */
const translationReviewType = defineType({
  name: "translationReview",
  title: "Granskning av översättning",
  type: "object",
  fields: [
    defineField({ name: "language", title: "Språk", type: "string" }),
    defineField({ name: "status", title: "Status", type: "string", options: { list: ["machine", "translated", "reviewed"] } }),
    defineField({ name: "source", title: "Den svenska textens kontrollsumma", type: "string" }),
  ],
});
const translationReview = defineField({ name: "translationReview", title: "Översättningarnas granskning", type: "array", of: [{ type: "translationReview" }], readOnly: true, hidden: true });
/** A document whose texts are translated carries the review field too (easy-to-read pages are Swedish only). */
const translated = <T extends { fields: unknown[] }>(type: T): T => ({ ...type, fields: [...type.fields, translationReview] });

export const documentTypes = [...[area, office, clinic, association, activity, nightWalk, recruitmentRole, infoEvening, page].map(translated), easyRead];
export const objectTypes = [address, openingHours, hoursException, crisisNumber, contactTopic, bookingWindow, visitType, bookingSchedule, place, translationReviewType];
export const singletonTypes = [settings, selfCheck].map(translated);
export const schemaTypes = [...documentTypes, ...objectTypes, ...singletonTypes];
