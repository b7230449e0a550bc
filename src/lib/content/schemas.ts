/**
 * zod schemas of the content documents: the boundary where everything read from the content
 * store (embedded dataset or Sanity) is checked. Types used by pages are inferred from here.
 * The Studio schema in `sanity/schemaTypes/` describes the same shapes for editors.
 */
import { z } from "zod";
import { LOCALES } from "../i18n/locales.ts";
import { exdatesProblem, ruleProblem } from "../recurrence/occurrences.ts";
import {
  DATE,
  hasSwedish,
  insideMunicipality,
  minutesOf,
  OUTSIDE_MUNICIPALITY,
  PHONE,
  POSTAL_CODE,
  RECRUITMENT_ROLES,
  SLUG,
  SWEDISH_REQUIRED,
  TEL,
  TIME,
  walkersProblem,
} from "./rules.ts";

const key = z.string().min(1);
const language = z.enum(LOCALES);

const localizedValue = (type: string) =>
  z.object({ _key: key, _type: z.literal(type).optional(), language, value: z.string() });

const localized = (type: string) =>
  z
    .array(localizedValue(type))
    .refine(hasSwedish, { error: SWEDISH_REQUIRED })
    .refine((items) => new Set(items.map((i) => i.language)).size === items.length, {
      error: "samma språk finns två gånger",
    });

/** Short localized text: names, titles, summaries. */
export const LocalizedString = localized("internationalizedArrayStringValue");
/** Longer localized text; paragraphs separated by a blank line. */
export const LocalizedText = localized("internationalizedArrayTextValue");
export type LocalizedField = z.infer<typeof LocalizedString>;

const optionalLocalizedString = z.array(localizedValue("internationalizedArrayStringValue")).optional();
const optionalLocalizedText = z.array(localizedValue("internationalizedArrayTextValue")).optional();

export const GeoPoint = z
  .object({ _type: z.literal("geopoint").optional(), lat: z.number(), lng: z.number() })
  .refine(insideMunicipality, { error: OUTSIDE_MUNICIPALITY });

const slug = z.object({
  _type: z.literal("slug").optional(),
  current: z.string().regex(SLUG, { error: "ogiltig slug (små bokstäver a–z, siffror och bindestreck)" }),
});
const reference = z.object({ _type: z.literal("reference").optional(), _ref: z.string().min(1), _key: key.optional() });
const time = z.string().regex(TIME, { error: "tiden ska skrivas TT:MM" });
const date = z.string().regex(DATE, { error: "datumet ska skrivas ÅÅÅÅ-MM-DD" });
const phone = z.string().regex(PHONE, { error: "ogiltigt telefonnummer" });
const email = z.email({ error: "ogiltig e-postadress" });
const day = z.enum(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
export type Day = z.infer<typeof day>;

export const Address = z.object({
  _type: z.literal("address").optional(),
  street: z.string().min(1),
  postalCode: z.string().regex(POSTAL_CODE, { error: "postnumret ska skrivas NNN NN" }),
  city: z.string().min(1),
});

const opensBeforeCloses = (v: { opens?: string | undefined; closes?: string | undefined }) =>
  v.opens === undefined || v.closes === undefined || minutesOf(v.opens) < minutesOf(v.closes);

export const OpeningHours = z
  .object({ _key: key, _type: z.string().optional(), day, opens: time, closes: time })
  .refine(opensBeforeCloses, { error: "stängningstiden måste vara efter öppningstiden" });
export type OpeningHours = z.infer<typeof OpeningHours>;

export const HoursException = z
  .object({
    _key: key,
    _type: z.string().optional(),
    date,
    closed: z.boolean(),
    opens: time.optional(),
    closes: time.optional(),
    note: optionalLocalizedString,
  })
  .refine(opensBeforeCloses, { error: "stängningstiden måste vara efter öppningstiden" })
  .refine((v) => v.closed || (v.opens !== undefined && v.closes !== undefined), {
    error: "en ändrad dag behöver både öppnings- och stängningstid",
  });
export type HoursException = z.infer<typeof HoursException>;

const base = { _id: z.string().min(1), _rev: z.string().optional(), _updatedAt: z.string().optional() };

export const Area = z.object({
  ...base,
  _type: z.literal("area"),
  name: LocalizedString,
  slug,
  summary: LocalizedString,
  description: optionalLocalizedText,
  postalCodes: z.array(z.string().regex(POSTAL_CODE, { error: "postnumret ska skrivas NNN NN" })).min(1),
  boundary: z.array(GeoPoint).min(3, { error: "ett område behöver minst tre punkter" }),
  /** The summary in easy-to-read Swedish (lättläst), for the area's easy page. */
  easySummary: z.string().trim().min(1).max(2000).optional(),
});

const placeFields = {
  name: LocalizedString,
  slug,
  area: reference,
  summary: LocalizedString,
  description: optionalLocalizedText,
  address: Address,
  location: GeoPoint,
  phone,
  email,
  /** The unit's functional mailbox for "a message waits" notices; the public address when absent. */
  messageMailbox: email.optional(),
  openingHours: z.array(OpeningHours),
  hoursExceptions: z.array(HoursException).optional(),
  languages: z.array(language),
  accessibility: optionalLocalizedText,
};

export const Office = z.object({ ...base, _type: z.literal("office"), ...placeFields });

export const VisitType = z.object({
  _key: key,
  _type: z.string().optional(),
  id: z.string().regex(SLUG),
  name: LocalizedString,
  minutes: z.number().int().min(5).max(240),
});

export const BookingSchedule = z.object({
  _type: z.string().optional(),
  windows: z.array(
    z
      .object({ _key: key, _type: z.string().optional(), day, start: time, end: time })
      .refine((w) => minutesOf(w.start) < minutesOf(w.end), { error: "fönstret måste sluta efter att det börjar" }),
  ),
  slotMinutes: z.number().int().min(5).max(240),
  seats: z.number().int().min(1).max(50),
  bookAheadDays: z.number().int().min(1).max(366),
  minNoticeMinutes: z.number().int().min(0),
  cancelCutoffMinutes: z.number().int().min(0),
  visitTypes: z.array(VisitType).min(1),
  closedDates: z.array(date).optional(),
});

export const Clinic = z
  .object({
    ...base,
    _type: z.literal("clinic"),
    ...placeFields,
    kind: z.enum(["youth", "firstContact"]),
    ageMin: z.number().int().min(0).max(120).optional(),
    ageMax: z.number().int().min(0).max(120).optional(),
    bookingSchedule: BookingSchedule.optional(),
    /** Hours when one can come without booking (and without a name). */
    dropInHours: z.array(OpeningHours).optional(),
  })
  .refine((c) => c.ageMin === undefined || c.ageMax === undefined || c.ageMin <= c.ageMax, {
    error: "lägsta ålder är högre än högsta",
    path: ["ageMax"],
  });

export const Association = z.object({
  ...base,
  _type: z.literal("association"),
  name: LocalizedString,
  slug,
  summary: LocalizedString,
  description: optionalLocalizedText,
  areas: z.array(reference),
  email,
  phone: phone.optional(),
  website: z.url({ protocol: /^https$/, error: "webbadressen ska börja med https://" }).optional(),
});

export const ACTIVITY_CATEGORIES = [
  "nightWalk",
  "homework",
  "sportsHall",
  "parentGroup",
  "languageCafe",
  "youthClub",
  "other",
] as const;
export const AGE_GROUPS = ["all", "children", "youth", "adults", "parents", "seniors"] as const;

/** A series' recurrence (activities, night walks): an optional rule and its cancelled dates. */
const recurrence = {
  rrule: z
    .string()
    .regex(/^FREQ=(WEEKLY|MONTHLY)(;[A-Z]+=[A-Z0-9,+-]+)*$/, { error: "ogiltig upprepningsregel (RRULE)" })
    .optional(),
  exdates: z.array(date).optional(),
};

/** The rule and its cancelled dates checked together, as the Studio checks them. */
function recurrenceIssues(series: { startDate: string; rrule?: string | undefined; exdates?: string[] | undefined }, ctx: z.RefinementCtx): void {
  const rule = series.rrule ? ruleProblem(series.startDate, series.rrule) : undefined;
  if (rule) ctx.addIssue({ code: "custom", message: rule, path: ["rrule"] });
  const exdates = exdatesProblem(series);
  if (exdates) ctx.addIssue({ code: "custom", message: exdates, path: ["exdates"] });
}

export const Activity = z
  .object({
    ...base,
    _type: z.literal("activity"),
    title: LocalizedString,
    slug,
    summary: LocalizedString,
    description: optionalLocalizedText,
    category: z.enum(ACTIVITY_CATEGORIES),
    association: reference,
    area: reference,
    place: z.object({ _type: z.string().optional(), name: z.string().min(1), address: Address, location: GeoPoint }),
    startDate: date,
    startTime: time,
    endTime: time,
    ...recurrence,
    ageGroup: z.enum(AGE_GROUPS),
    languages: z.array(language),
    costSek: z.number().min(0),
    signUpRequired: z.boolean(),
    signUpHow: optionalLocalizedString,
  })
  .refine((a) => minutesOf(a.startTime) < minutesOf(a.endTime), {
    error: "sluttiden måste vara efter starttiden",
    path: ["endTime"],
  })
  .superRefine(recurrenceIssues);

/** A night-walk series of an area: the evenings (weekdays or single risk nights), the group's size, the association's pay per night. */
export const NightWalk = z
  .object({
    ...base,
    _type: z.literal("nightWalk"),
    title: LocalizedString,
    slug,
    area: reference,
    meetingPoint: z.object({ _type: z.string().optional(), name: z.string().min(1), address: Address, location: GeoPoint }),
    startDate: date,
    startTime: time,
    /** May be after midnight (01:00): the walk then ends the next day. */
    endTime: time,
    ...recurrence,
    minWalkers: z.number().int().min(2).max(20),
    maxWalkers: z.number().int().min(2).max(40),
    minAge: z.number().int().min(18).max(99),
    bring: LocalizedText,
    expect: LocalizedText,
    conduct: LocalizedText,
    compensation: z.object({ _type: z.string().optional(), perNightMet: z.number().min(0), perNightBelow: z.number().min(0) }),
  })
  .refine((w) => w.startTime !== w.endTime, { error: "sluttiden måste skilja sig från starttiden", path: ["endTime"] })
  .superRefine((w, ctx) => {
    const walkers = walkersProblem(w.minWalkers, w.maxWalkers);
    if (walkers) ctx.addIssue({ code: "custom", message: walkers, path: ["maxWalkers"] });
    recurrenceIssues(w, ctx);
  });

/** One role people can take on for a child (contact person, contact family, family home, emergency home), as its page tells it. */
export const RecruitmentRoleDoc = z.object({
  ...base,
  _type: z.literal("recruitmentRole"),
  role: z.enum(RECRUITMENT_ROLES),
  title: LocalizedString,
  slug,
  order: z.number().int().min(0),
  summary: LocalizedString,
  week: LocalizedText,
  children: LocalizedText,
  support: LocalizedText,
  compensation: LocalizedText,
  assessment: LocalizedText,
  faq: z.array(z.object({ _key: key, _type: z.string().optional(), question: LocalizedString, answer: LocalizedText })).optional(),
});

/** An information evening: when, where (a place or a video meeting), its language, seats and roles. */
export const InfoEvening = z
  .object({
    ...base,
    _type: z.literal("infoEvening"),
    date,
    startTime: time,
    endTime: time,
    place: z.object({ _type: z.string().optional(), name: z.string().min(1), address: Address, location: GeoPoint }).optional(),
    videoLink: z.url({ protocol: /^https$/, error: "länken ska vara en https-adress" }).optional(),
    language,
    seats: z.number().int().min(1).max(500),
    roles: z.array(z.enum(RECRUITMENT_ROLES)).min(1),
  })
  .refine((e) => minutesOf(e.startTime) < minutesOf(e.endTime), { error: "sluttiden måste vara efter starttiden", path: ["endTime"] })
  .refine((e) => Boolean(e.place) !== Boolean(e.videoLink), { error: "ange antingen en plats eller en länk till ett videomöte", path: ["videoLink"] });

/** The "Could this be us?" self-check: questions answered in the page only. */
export const SelfCheck = z.object({
  ...base,
  _type: z.literal("selfCheck"),
  questions: z
    .array(z.object({ _key: key, _type: z.string().optional(), id: z.string().regex(/^[a-zA-Z]{1,40}$/), question: LocalizedString, help: optionalLocalizedText, needYesFor: z.array(z.enum(RECRUITMENT_ROLES)).min(1) }))
    .min(10)
    .max(15)
    .refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, { error: "två frågor har samma id" }),
});

export const Page = z.object({
  ...base,
  _type: z.literal("page"),
  title: LocalizedString,
  slug,
  summary: LocalizedString,
  body: LocalizedText,
});

/** A page in easy-to-read Swedish (lättläst), with the pages it is the easy version of. */
export const EasyRead = z.object({
  ...base,
  _type: z.literal("easyRead"),
  title: z.string().trim().min(1).max(120),
  slug,
  /** Where the normal pages are, after `/sv/`: `book/`, `contact/`; `offices/*` for every page under it; empty for the home page. */
  of: z.array(z.string().regex(/^([a-z0-9-]+\/)*\*?$/)).default([]),
  paragraphs: z.array(z.string().trim().min(1).max(600)).min(1),
  order: z.number().int().min(0).max(100).default(50),
});

export const CrisisNumber = z.object({
  _key: key,
  _type: z.string().optional(),
  name: LocalizedString,
  number: phone,
  tel: z.string().regex(TEL, { error: "tel ska bara innehålla siffror" }),
  description: LocalizedString,
  hours: optionalLocalizedString,
});

/** A topic of the contact form; `safety` topics also show the violence helpline and a prominent quick exit. */
export const ContactTopic = z.object({
  _key: key,
  _type: z.string().optional(),
  id: z.string().regex(SLUG),
  name: LocalizedString,
  safety: z.boolean().optional(),
});

export const Settings = z.object({
  ...base,
  _type: z.literal("settings"),
  municipalityName: LocalizedString,
  isSample: z.boolean(),
  quickExitUrl: z.url({ protocol: /^https$/, error: "snabbutgången ska vara en https-adress" }),
  generalContact: z.object({ phone, email, address: Address }),
  /** The recruitment team: its functional mailbox and phone (the general contact when absent). */
  recruitment: z.object({ _type: z.string().optional(), phone, email }).optional(),
  crisisNumbers: z.array(CrisisNumber).min(1),
  contactTopics: z
    .array(ContactTopic)
    .min(1, { error: "kontaktformuläret behöver minst ett ämne" })
    .refine((topics) => new Set(topics.map((t) => t.id)).size === topics.length, { error: "två ämnen har samma id" }),
});

/** Every document type the site reads, by `_type`. */
export const DOCUMENT_SCHEMAS = {
  area: Area,
  office: Office,
  clinic: Clinic,
  association: Association,
  activity: Activity,
  nightWalk: NightWalk,
  recruitmentRole: RecruitmentRoleDoc,
  infoEvening: InfoEvening,
  selfCheck: SelfCheck,
  page: Page,
  easyRead: EasyRead,
  settings: Settings,
} as const;
export type DocumentType = keyof typeof DOCUMENT_SCHEMAS;

export type Area = z.infer<typeof Area>;
export type Office = z.infer<typeof Office>;
export type Clinic = z.infer<typeof Clinic>;
export type Association = z.infer<typeof Association>;
export type Activity = z.infer<typeof Activity>;
export type NightWalk = z.infer<typeof NightWalk>;
export type Page = z.infer<typeof Page>;
export type EasyRead = z.infer<typeof EasyRead>;
export type RecruitmentRoleDoc = z.infer<typeof RecruitmentRoleDoc>;
export type InfoEvening = z.infer<typeof InfoEvening>;
export type SelfCheck = z.infer<typeof SelfCheck>;
export type Settings = z.infer<typeof Settings>;
export type CrisisNumber = z.infer<typeof CrisisNumber>;
export type ContactTopic = z.infer<typeof ContactTopic>;
