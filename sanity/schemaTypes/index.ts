/** Every schema type of the Studio, grouped by kind. */
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

export const documentTypes = [area, office, clinic, association, activity, nightWalk, recruitmentRole, infoEvening, page, easyRead];
export const objectTypes = [address, openingHours, hoursException, crisisNumber, contactTopic, bookingWindow, visitType, bookingSchedule, place];
export const singletonTypes = [settings, selfCheck];
export const schemaTypes = [...documentTypes, ...objectTypes, ...singletonTypes];
