/**
 * Which link-preview image a page shows: one per page type, one per area (`/og/{locale}/{key}.png`),
 * and the words on it, from the page's route. Pure: the route and the translator in, the key and
 * the title out.
 */
import type { Translate, UiKey } from "../i18n/index.ts";

/** The preview of each route (without its `/[locale]` prefix); a route not named here shows the home page's. */
const BY_ROUTE: Record<string, string> = {
  "": "home",
  map: "map",
  calendar: "calendar",
  book: "book",
  contact: "contact",
  crisis: "crisis",
  become: "become",
  "become/[slug]": "become",
  "become/evenings": "become",
  "become/interest": "become",
  "night-walks": "nightWalks",
  "activities/[slug]": "activity",
  "associations/[slug]": "activity",
  propose: "activity",
  "clinics/[slug]": "clinic",
  "offices/[slug]": "office",
};

/** The preview image's key for a page: its type, or `area-<slug>` on an area's page. */
export function previewKey(routePattern: string, params: Record<string, string | undefined>): string {
  const route = routePattern.replace(/^\/\[locale\]\/?/, "").replace(/\/$/, "");
  if (route === "areas/[slug]" && params["slug"]) return `area-${params["slug"]}`;
  return BY_ROUTE[route] ?? "home";
}

/** The keys of the page types (an area's key is `area-<slug>`). */
export const PREVIEW_TYPES = ["home", "map", "calendar", "book", "contact", "crisis", "become", "nightWalks", "activity", "clinic", "office"] as const;
export type PreviewType = (typeof PREVIEW_TYPES)[number];

/** The words on each page type's preview: the page type's own title. */
const TITLES: Record<PreviewType, UiKey> = {
  home: "home.title",
  map: "map.title",
  calendar: "home.offers.activities.title",
  book: "book.title",
  contact: "nav.contact",
  crisis: "nav.crisis",
  become: "become.title",
  nightWalks: "nav.nightWalks",
  activity: "home.offers.activities.title",
  clinic: "home.offers.clinic.title",
  office: "home.offers.office.title",
};

/** The title on a page type's preview, in the locale. */
export const previewTitle = (type: PreviewType, t: Translate): string => t(TITLES[type]);
