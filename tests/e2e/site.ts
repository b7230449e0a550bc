/** What the browser tests visit: sample pages of every type, taken from the demo dataset. */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "@playwright/test";

interface Doc {
  _id: string;
  _type: string;
  slug?: { current: string };
  kind?: string;
  description?: { language: string }[];
}

const docs = readFileSync("sanity/seed/dataset.ndjson", "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as Doc);

function slugOf(type: string, filter: (d: Doc) => boolean = () => true): string {
  const doc = docs.find((d) => d._type === type && filter(d));
  if (!doc?.slug) throw new Error(`the demo dataset has no ${type}`);
  return doc.slug.current;
}

/**
 * Booking in the browser tests: Ekbacken's youth clinic books Tuesday and Thursday evenings; with
 * the server's clock at Tuesday 24 November 2026 17:30, the first bookable day is Thursday 26th.
 */
export const BOOKING = { clinicId: "clinic-ungdomsmottagningen-ekbacken", otherClinicId: "clinic-ungdomsmottagningen-lindvallen", type: "talk", date: "2026-11-26" } as const;
/** Where the browser tests' server listens (playwright.config.ts starts it there). */
export const BASE_URL = "http://127.0.0.1:4399";
/** The secret of the Sanity webhook the test server is started with. */
export const WEBHOOK_SECRET = "e2e-webhook-secret-0123456789";
/** Mail the test server sent, as the SMTP sink received it. */
export async function sentMail(): Promise<{ to: string; subject: string; text: string }[]> {
  return (await (await fetch("http://127.0.0.1:4396/messages")).json()) as { to: string; subject: string; text: string }[];
}
/** A staff member signed in, in a browser context of their own: the resident's stays free of cookies. */
export async function staffPage(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: BASE_URL, viewport: { width: 1024, height: 800 } })).newPage();
  await page.goto("/staff/");
  await page.getByLabel("Användarnamn").fill(username);
  await page.getByLabel("Lösenord").fill(STAFF_PASSWORD);
  await page.getByRole("button", { name: "Logga in" }).click();
  return page;
}
/** The password of the staff accounts the test server is started with. */
export const STAFF_PASSWORD = "e2e-staff-password-1";
const bookingStep = (extra: string) => `book/?clinic=${BOOKING.clinicId}${extra}`;

/** One page of each type, as a path after the locale prefix. */
export const PAGE_TYPES = {
  home: "",
  area: `areas/${slugOf("area")}/`,
  office: `offices/${slugOf("office")}/`,
  clinic: `clinics/${slugOf("clinic", (d) => d.kind === "youth")}/`,
  firstContact: `clinics/${slugOf("clinic", (d) => d.kind === "firstContact")}/`,
  activity: `activities/${slugOf("activity")}/`,
  association: `associations/${slugOf("association")}/`,
  crisis: "crisis/",
  accessibility: "accessibility/",
  map: "map/",
  bookClinic: "book/",
  bookType: bookingStep(""),
  bookDay: bookingStep(`&type=${BOOKING.type}`),
  bookTime: bookingStep(`&type=${BOOKING.type}&date=${BOOKING.date}`),
  // A time the booking tests leave free.
  bookDetails: bookingStep(`&type=${BOOKING.type}&date=${BOOKING.date}&time=18:20`),
  bookManage: "book/manage/",
  contact: "contact/",
  calendar: "calendar/",
  calendarArea: "calendar/?area=kvarnby&week=next",
  propose: "propose/",
  contactAnswer: "contact/answer/",
  nightWalks: "night-walks/",
  nightWalksManage: "night-walks/manage/",
  become: "become/",
  becomeRole: `become/${slugOf("recruitmentRole")}/`,
  becomeEvenings: "become/evenings/",
  becomeEveningsManage: "become/evenings/manage/",
  becomeInterest: "become/interest/",
  becomeStatus: "become/status/",
  embed: "embed/?area=kvarnby",
  embedBox: "embed/box/?area=kvarnby",
} as const;

/**
 * The site the browser tests' server lets frame the embeddable box (EMBED_ALLOWED_ORIGINS): a
 * small server of the test's own on another port (another origin on the same machine, so the
 * browser's private-network rules play no part). The same server reached as `localhost` is an
 * origin that is not allowed.
 */
export const EMBED_HOST = "http://127.0.0.1:4395";
export const OTHER_HOST = "http://localhost:4395";

/** Contact in the browser tests: Kvarnby's area office, read by the account `dina`. */
export const CONTACT = { unit: "office-kvarnby", office: `offices/${slugOf("office", (d) => d._id === "office-kvarnby")}/` } as const;

/** An office whose description exists only in Swedish, to see the fallback. */
export const SWEDISH_ONLY_OFFICE = slugOf("office", (d) => Array.isArray(d.description) && d.description.length > 0 && d.description.every((i) => i.language === "sv"));
