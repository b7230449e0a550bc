/**
 * Structured data (JSON-LD, schema.org) where it serves a resident searching: an area office
 * as a `GovernmentOffice`, a clinic as a `MedicalClinic`, each with address, position, phone,
 * e-mail and opening hours (regular days and the exceptions: a closed day as 00:00–00:00, as
 * search engines read it); an activity as an `Event` on its next date, with its repeat rule as
 * an `eventSchedule` and each cancelled date among the next ones as an `EventCancelled` event;
 * the crisis numbers as the municipality's `ContactPoint`s. Typed with schema-dts, which is
 * generated from the schema.org vocabulary; the built values are what the page itself shows.
 */
import type { DayOfWeek, Event, GeoCoordinates, GovernmentOffice, Graph, MedicalClinic, OpeningHoursSpecification, Organization, Place, PostalAddress, Schedule, WithContext } from "schema-dts";
import { stockholmInstant, type DayCode } from "../dates.ts";
import { parseRule, type Occurrence } from "../recurrence/occurrences.ts";

/** What the page shows of an office or clinic. */
export interface PlaceFacts {
  name: string;
  description: string;
  /** The page's absolute address. */
  url: string;
  address: { street: string; postalCode: string; city: string };
  location: { lat: number; lng: number };
  phone: string;
  email: string;
  openingHours: { day: DayCode; opens: string; closes: string }[];
  hoursExceptions?: { date: string; closed: boolean; opens?: string | undefined; closes?: string | undefined }[] | undefined;
  languages: string[];
}

const DAYS: Record<DayCode, DayOfWeek> = {
  mon: "https://schema.org/Monday",
  tue: "https://schema.org/Tuesday",
  wed: "https://schema.org/Wednesday",
  thu: "https://schema.org/Thursday",
  fri: "https://schema.org/Friday",
  sat: "https://schema.org/Saturday",
  sun: "https://schema.org/Sunday",
};

const postalAddress = (a: PlaceFacts["address"]): PostalAddress => ({ "@type": "PostalAddress", streetAddress: a.street, postalCode: a.postalCode, addressLocality: a.city, addressCountry: "SE" });
const geo = (l: PlaceFacts["location"]): GeoCoordinates => ({ "@type": "GeoCoordinates", latitude: l.lat, longitude: l.lng });

function hours(place: PlaceFacts): OpeningHoursSpecification[] {
  const regular: OpeningHoursSpecification[] = place.openingHours.map((h) => ({ "@type": "OpeningHoursSpecification", dayOfWeek: DAYS[h.day], opens: h.opens, closes: h.closes }));
  const exceptions: OpeningHoursSpecification[] = (place.hoursExceptions ?? []).map((e) => ({
    "@type": "OpeningHoursSpecification",
    validFrom: e.date,
    validThrough: e.date,
    opens: e.closed ? "00:00" : (e.opens ?? "00:00"),
    closes: e.closed ? "00:00" : (e.closes ?? "00:00"),
  }));
  return [...regular, ...exceptions];
}

export function placeJsonLd(kind: "GovernmentOffice" | "MedicalClinic", place: PlaceFacts): WithContext<GovernmentOffice> | WithContext<MedicalClinic> {
  const common = {
    "@context": "https://schema.org" as const,
    name: place.name,
    description: place.description,
    url: place.url,
    telephone: place.phone,
    email: place.email,
    address: postalAddress(place.address),
    geo: geo(place.location),
    openingHoursSpecification: hours(place),
    knowsLanguage: place.languages,
  };
  return kind === "GovernmentOffice" ? { "@type": "GovernmentOffice", ...common } : { "@type": "MedicalClinic", ...common };
}

/** What an activity's page shows. */
export interface ActivityFacts {
  name: string;
  description: string;
  url: string;
  startDate: string;
  startTime: string;
  endTime: string;
  rrule?: string | undefined;
  exdates?: readonly string[] | undefined;
  place: { name: string; address: PlaceFacts["address"]; location: PlaceFacts["location"] };
  organizer: { name: string; url: string };
  languages: string[];
  free: boolean;
  /** The next dates as the page lists them, cancelled ones marked. */
  upcoming: Occurrence[];
}

function schedule(activity: ActivityFacts): Schedule | undefined {
  const rule = activity.rrule ? parseRule(activity.rrule) : undefined;
  if (!rule) return undefined;
  const nth = rule.byDay.find((d) => d.nth !== 0)?.nth;
  return {
    "@type": "Schedule",
    repeatFrequency: `P${String(rule.interval)}${rule.freq === "WEEKLY" ? "W" : "M"}`,
    byDay: rule.byDay.map((d) => DAYS[d.day]),
    ...(nth !== undefined ? { byMonthWeek: nth } : {}),
    startDate: activity.startDate,
    ...(rule.until ? { endDate: `${rule.until.slice(0, 4)}-${rule.until.slice(4, 6)}-${rule.until.slice(6, 8)}` } : {}),
    ...(rule.count ? { repeatCount: rule.count } : {}),
    startTime: activity.startTime,
    endTime: activity.endTime,
    scheduleTimezone: "Europe/Stockholm",
    ...(activity.exdates && activity.exdates.length > 0 ? { exceptDate: [...activity.exdates] } : {}),
  };
}

/** An activity as events: the next date (with the repeat rule), and the cancelled ones among the next; undefined with no date ahead. */
export function activityJsonLd(activity: ActivityFacts): Graph | undefined {
  const next = activity.upcoming.find((o) => !o.cancelled);
  if (!next) return undefined;
  const location: Place = {
    "@type": "Place",
    name: activity.place.name,
    address: postalAddress(activity.place.address),
    geo: geo(activity.place.location),
  };
  const on = (date: string, status: "https://schema.org/EventScheduled" | "https://schema.org/EventCancelled"): Event => ({
    "@type": "Event",
    name: activity.name,
    description: activity.description,
    url: activity.url,
    startDate: stockholmInstant(date, activity.startTime).toISOString(),
    endDate: stockholmInstant(date, activity.endTime).toISOString(),
    eventStatus: status,
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    location,
    organizer: { "@type": "Organization", name: activity.organizer.name, url: activity.organizer.url },
    inLanguage: activity.languages,
    isAccessibleForFree: activity.free,
  });
  const series = schedule(activity);
  const first: Event = { ...on(next.date, "https://schema.org/EventScheduled"), ...(series ? { eventSchedule: series } : {}) };
  const cancelled = activity.upcoming.filter((o) => o.cancelled).map((o) => on(o.date, "https://schema.org/EventCancelled"));
  return { "@context": "https://schema.org", "@graph": [first, ...cancelled] };
}

/** The crisis page: the municipality with each number it lists as a contact point (the page says nothing of a line's languages, so neither does this). */
export function crisisJsonLd(organization: { name: string; url: string }, numbers: { name: string; tel: string }[]): WithContext<Organization> {
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    name: organization.name,
    url: organization.url,
    contactPoint: numbers.map((n) => ({ "@type": "ContactPoint", name: n.name, telephone: n.tel, contactType: n.name })),
  };
}

/** JSON for inside a `<script type="application/ld+json">`: nothing in it can end the element. */
export const jsonLdText = (value: unknown): string => JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
