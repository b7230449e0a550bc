/**
 * Every GROQ query the site runs, built from shared projection fragments, each paired with
 * the zod schema of its result. `loadQuery()` is the only way pages get content.
 */
import { z } from "zod";
import { Activity, Area, Association, Clinic, EasyRead, InfoEvening, LocalizedString, NightWalk, Office, Page, RecruitmentRoleDoc, SelfCheck, Settings } from "./schemas.ts";

const slugOf = z.object({ current: z.string() });
const AreaRef = z.object({ _id: z.string(), name: LocalizedString, slug: slugOf });
const AssociationRef = z.object({ _id: z.string(), name: LocalizedString, slug: slugOf });

const SitemapDoc = z.object({ slug: z.string(), updated: z.string().nullish() });

const AREA_REF = `{ _id, name, slug }`;
const ASSOCIATION_REF = `{ _id, name, slug }`;
const BY_NAME = `order(slug.current asc)`;
const UNIT = `{ _id, name, email, messageMailbox }`;
const UnitRef = z.object({ _id: z.string(), name: LocalizedString, email: z.string(), messageMailbox: z.string().optional().nullable() });

export const QUERIES = {
  settings: {
    groq: `*[_type == "settings" && _id == "settings"][0]`,
    result: Settings,
  },
  home: {
    groq: `{
      "areas": *[_type == "area"] | ${BY_NAME},
      "clinics": *[_type == "clinic"] | ${BY_NAME} { "clinic": @, "area": area->${AREA_REF} }
    }`,
    result: z.object({
      areas: z.array(Area),
      clinics: z.array(z.object({ clinic: Clinic, area: AreaRef })),
    }),
  },
  area: {
    groq: `*[_type == "area" && slug.current == $slug][0] {
      "area": @,
      "offices": *[_type == "office" && area._ref == ^._id] | ${BY_NAME},
      "clinics": *[_type == "clinic" && area._ref == ^._id] | ${BY_NAME},
      "activities": *[_type == "activity" && area._ref == ^._id],
      "associations": *[_type == "association" && ^._id in areas[]._ref] | ${BY_NAME}
    }`,
    result: z
      .object({
        area: Area,
        offices: z.array(Office),
        clinics: z.array(Clinic),
        activities: z.array(Activity),
        associations: z.array(Association),
      })
      .nullable(),
  },
  office: {
    groq: `*[_type == "office" && slug.current == $slug][0] { "office": @, "area": area->${AREA_REF} }`,
    result: z.object({ office: Office, area: AreaRef }).nullable(),
  },
  clinic: {
    groq: `*[_type == "clinic" && slug.current == $slug][0] { "clinic": @, "area": area->${AREA_REF} }`,
    result: z.object({ clinic: Clinic, area: AreaRef }).nullable(),
  },
  bookingClinics: {
    groq: `*[_type == "clinic" && defined(bookingSchedule)] | ${BY_NAME} { "clinic": @, "area": area->${AREA_REF} }`,
    result: z.array(z.object({ clinic: Clinic, area: AreaRef })),
  },
  activity: {
    groq: `*[_type == "activity" && slug.current == $slug][0] {
      "activity": @, "area": area->${AREA_REF}, "association": association->${ASSOCIATION_REF}
    }`,
    result: z.object({ activity: Activity, area: AreaRef, association: AssociationRef }).nullable(),
  },
  association: {
    groq: `*[_type == "association" && slug.current == $slug][0] {
      "association": @,
      "areas": areas[]->${AREA_REF},
      "activities": *[_type == "activity" && association._ref == ^._id]
    }`,
    result: z.object({ association: Association, areas: z.array(AreaRef), activities: z.array(Activity) }).nullable(),
  },
  page: {
    groq: `*[_type == "page" && slug.current == $slug][0]`,
    result: Page.nullable(),
  },
  /** Every easy-to-read page and the areas that have an easy summary: which pages have an easy version. */
  easyIndex: {
    groq: `{
      "pages": *[_type == "easyRead"] | order(order asc, slug.current asc) { title, "slug": slug.current, of },
      "areas": *[_type == "area" && defined(easySummary)] | ${BY_NAME} { "slug": slug.current, name }
    }`,
    result: z.object({ pages: z.array(z.object({ title: z.string(), slug: z.string(), of: z.array(z.string()).default([]) })), areas: z.array(z.object({ slug: z.string(), name: LocalizedString })) }),
  },
  easyRead: {
    groq: `*[_type == "easyRead" && slug.current == $slug][0]`,
    result: EasyRead.nullable(),
  },
  areas: {
    groq: `*[_type == "area"] | ${BY_NAME}`,
    result: z.array(Area),
  },
  directory: {
    groq: `{
      "areas": *[_type == "area"] | ${BY_NAME},
      "offices": *[_type == "office"] | ${BY_NAME},
      "clinics": *[_type == "clinic"] | ${BY_NAME},
      "activities": *[_type == "activity"] | ${BY_NAME},
      "nightWalks": *[_type == "nightWalk"] | ${BY_NAME}
    }`,
    result: z.object({ areas: z.array(Area), offices: z.array(Office), clinics: z.array(Clinic), activities: z.array(Activity), nightWalks: z.array(NightWalk) }),
  },
  openData: {
    groq: `{
      "settings": *[_type == "settings" && _id == "settings"][0],
      "areas": *[_type == "area"] | ${BY_NAME},
      "offices": *[_type == "office"] | ${BY_NAME},
      "clinics": *[_type == "clinic"] | ${BY_NAME},
      "activities": *[_type == "activity"] | ${BY_NAME}
    }`,
    result: z.object({ settings: Settings, areas: z.array(Area), offices: z.array(Office), clinics: z.array(Clinic), activities: z.array(Activity) }),
  },
  calendar: {
    groq: `{
      "areas": *[_type == "area"] | ${BY_NAME} ${AREA_REF},
      "activities": *[_type == "activity"] { "activity": @, "area": area->${AREA_REF} }
    }`,
    result: z.object({ areas: z.array(AreaRef), activities: z.array(z.object({ activity: Activity, area: AreaRef })) }),
  },
  proposeForm: {
    groq: `{
      "areas": *[_type == "area"] | ${BY_NAME},
      "associations": *[_type == "association"] | ${BY_NAME} ${ASSOCIATION_REF},
      "settings": *[_type == "settings" && _id == "settings"][0] { municipalityName, generalContact }
    }`,
    result: z.object({
      areas: z.array(Area),
      associations: z.array(AssociationRef),
      settings: Settings.pick({ municipalityName: true, generalContact: true }),
    }),
  },
  contactUnits: {
    groq: `{
      "settings": *[_type == "settings" && _id == "settings"][0] { municipalityName, generalContact, contactTopics },
      "offices": *[_type == "office"] | ${BY_NAME} ${UNIT},
      "clinics": *[_type == "clinic"] | ${BY_NAME} ${UNIT}
    }`,
    result: z.object({
      settings: Settings.pick({ municipalityName: true, generalContact: true, contactTopics: true }),
      offices: z.array(UnitRef),
      clinics: z.array(UnitRef),
    }),
  },
  nightWalks: {
    groq: `{
      "areas": *[_type == "area"] | ${BY_NAME} ${AREA_REF},
      "walks": *[_type == "nightWalk"] | ${BY_NAME} { "walk": @, "area": area->${AREA_REF} },
      "offices": *[_type == "office"] | ${BY_NAME} { _id, "area": area._ref, email, messageMailbox },
      "associations": *[_type == "association"] | ${BY_NAME} ${ASSOCIATION_REF}
    }`,
    result: z.object({
      areas: z.array(AreaRef),
      walks: z.array(z.object({ walk: NightWalk, area: AreaRef })),
      offices: z.array(z.object({ _id: z.string(), area: z.string(), email: z.string(), messageMailbox: z.string().optional().nullable() })),
      associations: z.array(AssociationRef),
    }),
  },
  recruitment: {
    groq: `{
      "roles": *[_type == "recruitmentRole"] | order(order asc, slug.current asc),
      "evenings": *[_type == "infoEvening"] | order(date asc, startTime asc),
      "selfCheck": *[_type == "selfCheck" && _id == "selfCheck"][0],
      "settings": *[_type == "settings" && _id == "settings"][0] { generalContact, recruitment }
    }`,
    result: z.object({
      roles: z.array(RecruitmentRoleDoc),
      evenings: z.array(InfoEvening),
      selfCheck: SelfCheck.nullable(),
      settings: Settings.pick({ generalContact: true, recruitment: true }),
    }),
  },
  recruitmentAreas: {
    groq: `{ "areas": *[_type == "area"] | ${BY_NAME} { _id, name, slug, postalCodes, boundary } }`,
    result: z.object({ areas: z.array(Area.pick({ _id: true, name: true, slug: true, postalCodes: true, boundary: true })) }),
  },
  /** Every public document with a page, and when it last changed (Sanity's `_updatedAt`), for the sitemap. */
  sitemap: {
    groq: `{
      "areas": *[_type == "area" && defined(slug.current)] { "slug": slug.current, "updated": _updatedAt },
      "offices": *[_type == "office" && defined(slug.current)] { "slug": slug.current, "updated": _updatedAt },
      "clinics": *[_type == "clinic" && defined(slug.current)] { "slug": slug.current, "updated": _updatedAt },
      "activities": *[_type == "activity" && defined(slug.current)] { "slug": slug.current, "updated": _updatedAt },
      "associations": *[_type == "association" && defined(slug.current)] { "slug": slug.current, "updated": _updatedAt },
      "pages": *[_type == "page" && defined(slug.current)] { "slug": slug.current, "updated": _updatedAt },
      "roles": *[_type == "recruitmentRole" && defined(slug.current)] { "slug": slug.current, "updated": _updatedAt },
      "easy": *[_type == "easyRead" && defined(slug.current)] { "slug": slug.current, "updated": _updatedAt },
      "easyAreas": *[_type == "area" && defined(easySummary) && defined(slug.current)] { "slug": slug.current, "updated": _updatedAt },
      "settings": *[_type == "settings" && _id == "settings"][0]._updatedAt
    }`,
    result: z.object({
      areas: z.array(SitemapDoc),
      easy: z.array(SitemapDoc),
      easyAreas: z.array(SitemapDoc),
      offices: z.array(SitemapDoc),
      clinics: z.array(SitemapDoc),
      activities: z.array(SitemapDoc),
      associations: z.array(SitemapDoc),
      pages: z.array(SitemapDoc),
      roles: z.array(SitemapDoc),
      settings: z.string().nullish(),
    }),
  },
} as const;

export type QueryName = keyof typeof QUERIES;
export type QueryResult<N extends QueryName> = z.infer<(typeof QUERIES)[N]["result"]>;
