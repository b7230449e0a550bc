/**
 * The open-data export: offices, clinics and activities in the field names of Open Referral
 * HSDS 3 (service, organization, service_at_location, location, schedule, language,
 * accessibility, phone), and the same places as GeoJSON. Pure mappings of the content.
 * Identifiers are UUID v5 of the CMS document ids, so an export run twice gives the same ids.
 */
import { createHash } from "node:crypto";
import { nextOccurrence, parseRule } from "../recurrence/occurrences.ts";
import { localize } from "../content/localize.ts";
import type { Activity, Area, Clinic, Office, Settings } from "../content/schemas.ts";
import type { Locale } from "../i18n/locales.ts";

/** The namespace of Nära's UUIDs (a fixed random UUID). */
const NAMESPACE = "7f2b6c8e-3d5a-4b1e-9c0f-2a6d8e4b1c37";

/** RFC 4122 UUID version 5 (SHA-1, name-based). */
export function uuidv5(name: string, namespace = NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ""), "hex");
  const hash = createHash("sha1").update(ns).update(name, "utf8").digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const RRULE_DAY: Record<string, string> = { mon: "MO", tue: "TU", wed: "WE", thu: "TH", fri: "FR", sat: "SA", sun: "SU" };
const LANGUAGE_NAMES: Record<Locale, string> = { sv: "Swedish", en: "English", ar: "Arabic", fa: "Persian", so: "Somali", ti: "Tigrinya", fi: "Finnish", uk: "Ukrainian" };

export interface ExportInput {
  settings: Settings;
  areas: Area[];
  offices: Office[];
  clinics: Clinic[];
  activities: Activity[];
}

type Json = Record<string, unknown>;

function languages(owner: string, codes: readonly Locale[]): Json[] {
  return codes.map((code) => ({ id: uuidv5(`${owner}/language/${code}`), code, name: LANGUAGE_NAMES[code] }));
}

function location(owner: string, name: string, point: { lat: number; lng: number }, address: Office["address"], extra: Json = {}): Json {
  const id = uuidv5(`${owner}/location`);
  return {
    id,
    location_type: "physical",
    name,
    latitude: point.lat,
    longitude: point.lng,
    addresses: [
      { id: uuidv5(`${owner}/address`), location_id: id, address_1: address.street, city: address.city, state_province: "", postal_code: address.postalCode, country: "SE", address_type: "physical" },
    ],
    ...extra,
  };
}

/** `today` (a Stockholm date) gives each activity its next occurrence. */
export function toHsdsServices(input: ExportInput, locale: Locale, baseUrl: string, today?: string): Json[] {
  const text = (field: Parameters<typeof localize>[0]) => localize(field, locale).text;
  const organization = {
    id: uuidv5("organization/municipality"),
    name: text(input.settings.municipalityName),
    description: text(input.settings.municipalityName),
    email: input.settings.generalContact.email,
    website: baseUrl,
    phones: [{ id: uuidv5("organization/phone"), number: input.settings.generalContact.phone }],
  };
  const url = (path: string) => `${baseUrl}/${locale}/${path}/`;

  const place = (doc: Office | Clinic, kind: string): Json => {
    const id = uuidv5(doc._id);
    const loc = location(doc._id, text(doc.name), doc.location, doc.address, {
      ...(doc.accessibility ? { accessibility: [{ id: uuidv5(`${doc._id}/accessibility`), description: text(doc.accessibility) }] } : {}),
      languages: languages(`${doc._id}/location`, doc.languages),
    });
    const schedules = doc.openingHours.map((w) => ({
      id: uuidv5(`${doc._id}/schedule/${w._key}`),
      service_id: id,
      freq: "WEEKLY",
      byday: RRULE_DAY[w.day],
      opens_at: `${w.opens}:00`,
      closes_at: `${w.closes}:00`,
      description: "Europe/Stockholm",
    }));
    return {
      id,
      organization_id: organization.id,
      name: text(doc.name),
      description: text(doc.summary),
      url: url(`${kind === "office" ? "offices" : "clinics"}/${doc.slug.current}`),
      email: doc.email,
      status: "active",
      ...("ageMin" in doc && doc.ageMin !== undefined ? { minimum_age: doc.ageMin } : {}),
      ...("ageMax" in doc && doc.ageMax !== undefined ? { maximum_age: doc.ageMax } : {}),
      fees_description: kind === "office" ? "" : "Free",
      phones: [{ id: uuidv5(`${doc._id}/phone`), service_id: id, number: doc.phone }],
      languages: languages(doc._id, doc.languages),
      schedules,
      organization,
      service_at_locations: [{ id: uuidv5(`${doc._id}/service_at_location`), service_id: id, location_id: loc["id"], location: loc }],
      attributes: [{ id: uuidv5(`${doc._id}/kind`), link_id: id, link_type: "service", link_entity: "service", value: kind }],
    };
  };

  const activity = (doc: Activity): Json => {
    const id = uuidv5(doc._id);
    const rule = doc.rrule ? parseRule(doc.rrule) : undefined;
    const loc = location(doc._id, doc.place.name, doc.place.location, doc.place.address);
    const next = today ? nextOccurrence(doc, today) : undefined;
    const notes = [next ? `Next: ${next}` : "", doc.exdates?.length ? `Cancelled: ${doc.exdates.join(", ")}` : ""].filter(Boolean).join(". ");
    const schedule: Json = {
      id: uuidv5(`${doc._id}/schedule`),
      service_id: id,
      dtstart: doc.startDate,
      opens_at: `${doc.startTime}:00`,
      closes_at: `${doc.endTime}:00`,
      description: "Europe/Stockholm",
      ...(rule
        ? {
            freq: rule.freq,
            interval: rule.interval,
            byday: rule.byDay.map((d) => `${d.nth ? String(d.nth) : ""}${RRULE_DAY[d.day] ?? ""}`).join(","),
            ...(rule.until ? { until: rule.until } : {}),
            ...(rule.count ? { count: rule.count } : {}),
          }
        : { valid_from: doc.startDate, valid_to: doc.startDate }),
      ...(notes ? { notes } : {}),
    };
    return {
      id,
      organization_id: organization.id,
      name: text(doc.title),
      description: text(doc.summary),
      url: url(`activities/${doc.slug.current}`),
      status: "active",
      fees_description: doc.costSek === 0 ? "Free" : `${String(doc.costSek)} SEK`,
      languages: languages(doc._id, doc.languages),
      schedules: [schedule],
      organization,
      service_at_locations: [{ id: uuidv5(`${doc._id}/service_at_location`), service_id: id, location_id: loc["id"], location: loc }],
      attributes: [
        { id: uuidv5(`${doc._id}/kind`), link_id: id, link_type: "service", link_entity: "service", value: `activity:${doc.category}` },
        ...(next ? [{ id: uuidv5(`${doc._id}/next`), link_id: id, link_type: "service", link_entity: "service", value: `next_occurrence:${next}` }] : []),
      ],
    };
  };

  return [...input.offices.map((o) => place(o, "office")), ...input.clinics.map((c) => place(c, c.kind === "youth" ? "youthClinic" : "firstContact")), ...input.activities.map(activity)];
}

/** The HSDS `Page` envelope around one page of a list. */
export function hsdsPage(items: readonly unknown[], pageNumber: number, size: number): Json {
  const totalPages = Math.max(1, Math.ceil(items.length / size));
  const contents = items.slice((pageNumber - 1) * size, pageNumber * size);
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: pageNumber,
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** The same places as a GeoJSON FeatureCollection (longitude first, as GeoJSON wants). */
export function toGeoJson(input: ExportInput, locale: Locale, baseUrl: string, today?: string): Json {
  const text = (field: Parameters<typeof localize>[0]) => localize(field, locale).text;
  const areaSlug = new Map(input.areas.map((a) => [a._id, a.slug.current]));
  const feature = (id: string, kind: string, name: string, point: { lat: number; lng: number }, path: string, area: string) => ({
    type: "Feature",
    id: uuidv5(id),
    geometry: { type: "Point", coordinates: [point.lng, point.lat] },
    properties: { kind, name, url: `${baseUrl}/${locale}/${path}/`, area: areaSlug.get(area) ?? "" },
  });
  return {
    type: "FeatureCollection",
    features: [
      ...input.offices.map((o) => feature(o._id, "office", text(o.name), o.location, `offices/${o.slug.current}`, o.area._ref)),
      ...input.clinics.map((c) => feature(c._id, c.kind === "youth" ? "youthClinic" : "firstContact", text(c.name), c.location, `clinics/${c.slug.current}`, c.area._ref)),
      ...input.activities.map((a) => {
        const f = feature(a._id, "activity", text(a.title), a.place.location, `activities/${a.slug.current}`, a.area._ref);
        const next = today ? nextOccurrence(a, today) : undefined;
        return next ? { ...f, properties: { ...f.properties, next } } : f;
      }),
    ],
  };
}
