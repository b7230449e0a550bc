/** Which area a resident belongs to: by postal code, or by a point inside its boundary. */
import type { LatLng } from "../content/rules.ts";

export type PostalCodeResult = { ok: true; code: string } | { ok: false; reason: "EMPTY" | "MALFORMED" };

/** Arabic-Indic (٠–٩) and Persian (۰–۹) digits as the ASCII ones; direction marks and invisible joiners a right-to-left keyboard or a paste adds, taken out. */
export function asciiDigits(input: string): string {
  return input
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u200B-\u200F\u061C\u2066-\u2069\u202A-\u202E\uFEFF]/g, "");
}

/** `99010`, `990 10`, `990-10`, `SE-990 10`, `٩٩٠ ١٠`, `۹۹۰ ۱۰` → `990 10`; anything else is malformed. */
export function normalizePostalCode(input: string): PostalCodeResult {
  const trimmed = asciiDigits(input).trim().toUpperCase().replace(/^SE-?/, "");
  if (trimmed === "") return { ok: false, reason: "EMPTY" };
  const digits = trimmed.replace(/[\s-]/g, "");
  // Swedish codes are five digits and never start with 0.
  if (!/^[1-9]\d{4}$/.test(digits)) return { ok: false, reason: "MALFORMED" };
  return { ok: true, code: `${digits.slice(0, 3)} ${digits.slice(3)}` };
}

export interface AreaShape {
  slug: { current: string };
  postalCodes: readonly string[];
  boundary: readonly LatLng[];
}

export function areaForPostalCode<A extends AreaShape>(areas: readonly A[], code: string): A | undefined {
  return areas.find((area) => area.postalCodes.includes(code));
}

/** Ray casting; the ring is not closed (the first point is not repeated). */
export function pointInPolygon(point: LatLng, ring: readonly LatLng[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i];
    const b = ring[j];
    if (!a || !b) continue;
    const crosses = a.lat > point.lat !== b.lat > point.lat && point.lng < ((b.lng - a.lng) * (point.lat - a.lat)) / (b.lat - a.lat) + a.lng;
    if (crosses) inside = !inside;
  }
  return inside;
}

export function areaAt<A extends AreaShape>(areas: readonly A[], point: LatLng): A | undefined {
  return areas.find((area) => pointInPolygon(point, area.boundary));
}
