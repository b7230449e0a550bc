/**
 * Validation helpers for the Studio schema, built on the same rules the site checks at its
 * content boundary (`src/lib/content/rules.ts`), so that both say the same thing.
 */
import type { CustomValidator } from "sanity";
import {
  hasSwedish,
  insideMunicipality,
  OUTSIDE_MUNICIPALITY,
  SWEDISH_REQUIRED,
  type LocalizedItem,
  type LatLng,
} from "../../src/lib/content/rules.ts";

export const swedishRequired: CustomValidator<LocalizedItem[] | undefined> = (value) =>
  hasSwedish(value) ? true : SWEDISH_REQUIRED;

export const withinMunicipality: CustomValidator<Partial<LatLng> | undefined> = (value) => {
  if (value?.lat === undefined || value.lng === undefined) return true;
  return insideMunicipality({ lat: value.lat, lng: value.lng }) ? true : `Punkten ${OUTSIDE_MUNICIPALITY}`;
};

/** A problem from the shared rules (written to follow a field name) as the Studio shows it: a sentence; none is valid. */
export const asSentence = (problem: string | undefined): string | true => (problem ? problem.charAt(0).toUpperCase() + problem.slice(1) : true);
