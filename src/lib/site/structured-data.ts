/**
 * Structured data (JSON-LD, schema.org) where it serves a resident searching: an area office
 * as a `GovernmentOffice`, a clinic as a `MedicalClinic`, each with address, position, phone,
 * e-mail and opening hours (regular days and the exceptions: a closed day as 00:00–00:00, as
 * search engines read it). Typed with schema-dts, which is generated from the schema.org
 * vocabulary; the built values are what the page itself shows.
 */
import type { DayOfWeek, GovernmentOffice, MedicalClinic, OpeningHoursSpecification, WithContext } from "schema-dts";

type Day = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

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
  openingHours: { day: Day; opens: string; closes: string }[];
  hoursExceptions?: { date: string; closed: boolean; opens?: string | undefined; closes?: string | undefined }[] | undefined;
  languages: string[];
}

const DAYS: Record<Day, DayOfWeek> = {
  mon: "https://schema.org/Monday",
  tue: "https://schema.org/Tuesday",
  wed: "https://schema.org/Wednesday",
  thu: "https://schema.org/Thursday",
  fri: "https://schema.org/Friday",
  sat: "https://schema.org/Saturday",
  sun: "https://schema.org/Sunday",
};

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
    address: { "@type": "PostalAddress" as const, streetAddress: place.address.street, postalCode: place.address.postalCode, addressLocality: place.address.city, addressCountry: "SE" },
    geo: { "@type": "GeoCoordinates" as const, latitude: place.location.lat, longitude: place.location.lng },
    openingHoursSpecification: hours(place),
    knowsLanguage: place.languages,
  };
  return kind === "GovernmentOffice" ? { "@type": "GovernmentOffice", ...common } : { "@type": "MedicalClinic", ...common };
}

/** JSON for inside a `<script type="application/ld+json">`: nothing in it can end the element. */
export const jsonLdText = (value: unknown): string => JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
