/**
 * Content rules shared by the Studio's validation and the site's content boundary, so that
 * what an editor is told in the Studio and what stops a build are the same rule.
 * Pure functions, no Sanity or Astro imports. Messages are in Swedish, as the Studio is.
 */

/** The sample municipality's bounds (WGS 84). A real deployment changes these four numbers. */
export const MUNICIPALITY_BOUNDS = { south: 60.0, west: 15.0, north: 60.12, east: 15.3 } as const;

export interface LatLng {
  lat: number;
  lng: number;
}

export function insideMunicipality(point: LatLng): boolean {
  const b = MUNICIPALITY_BOUNDS;
  return point.lat >= b.south && point.lat <= b.north && point.lng >= b.west && point.lng <= b.east;
}

export const OUTSIDE_MUNICIPALITY = `ligger utanför kommunen (lat ${MUNICIPALITY_BOUNDS.south}–${MUNICIPALITY_BOUNDS.north}, lng ${MUNICIPALITY_BOUNDS.west}–${MUNICIPALITY_BOUNDS.east})`;

/** Swedish postal code as written: `990 10`. */
export const POSTAL_CODE = /^\d{3} \d{2}$/;
/** A phone number as displayed: digits, spaces and one dash, 3 to 13 digits in all (`112`, `08-465 004 12`). */
export const PHONE = /^(?=(?:\D*\d){3,13}\D*$)\+?\d[\d -]*\d$/;
/** Digits only, for `tel:` links. */
export const TEL = /^\+?\d{3,15}$/;
export const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface LocalizedItem {
  language?: string | undefined;
  value?: string | undefined;
}

/** Every localized field must have Swedish text: it is what every other language falls back to. */
export function hasSwedish(items: readonly LocalizedItem[] | undefined): boolean {
  return Boolean(items?.some((item) => item.language === "sv" && item.value?.trim()));
}

export const SWEDISH_REQUIRED = "svensk text saknas (svenska krävs, de andra språken faller tillbaka på den)";

/** `HH:MM` → minutes after midnight. */
export function minutesOf(time: string): number {
  const [h = "0", m = "0"] = time.split(":");
  return Number(h) * 60 + Number(m);
}

/** A night walk's group: at least two walk together, and the most is not below the least. */
export function walkersProblem(min: number | undefined, max: number | undefined): string | undefined {
  if (min === undefined || max === undefined) return undefined;
  if (max < min) return "högst antal vandrare får inte vara färre än minst antal";
  if (max > 40) return "högst 40 vandrare en kväll";
  return undefined;
}

/** The four ways to give a child support close to home that Nära recruits for. */
export const RECRUITMENT_ROLES = ["contactPerson", "contactFamily", "familyHome", "emergencyHome"] as const;
export type RecruitmentRole = (typeof RECRUITMENT_ROLES)[number];
/** The roles' Swedish names, as staff read them (the recruiters' pages, the follow-up). */
export const ROLE_NAMES: Record<RecruitmentRole, string> = { contactPerson: "Kontaktperson", contactFamily: "Kontaktfamilj", familyHome: "Familjehem", emergencyHome: "Jourhem" };
