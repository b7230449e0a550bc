/**
 * Activities in the browser: an association proposes an activity in Somali, an editor approves
 * it in the staff view, and it shows in the area's calendar and feed; the calendar's filters are
 * a plain GET form whose state is in the address.
 */
import { expect, test, type Page } from "@playwright/test";
import { createTranslator } from "../../src/lib/i18n/index.ts";
import { expectNoAxeViolations as noAxeViolations } from "./axe.ts";
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from "@sanity/webhook";
import { PAGE_TYPES, sentMail, staffPage, WEBHOOK_SECRET } from "./site.ts";

const so = createTranslator("so");


test.describe.configure({ mode: "serial" });
test.use({ viewport: { width: 320, height: 700 } });

const TITLE = "Kulan waalidiinta Kvarnby";

/** The proposal form, filled in as an association would, in Somali. */
async function fillProposal(page: Page, title: string): Promise<void> {
  await page.goto(`/so/${PAGE_TYPES.propose}`);
  await page.locator("#association").fill("Somaliska föräldraföreningen");
  await page.locator("#contactName").fill("Hodan Ali");
  await page.locator("#contactEmail").fill("hodan@example.com");
  await page.locator("#title").fill(title);
  await page.locator("#description").fill("Kulan toddobaadle ah oo loogu talagalay waalidiinta. Waxaan ka hadlaynaa dugsiga iyo caruurta.");
  await page.locator("#category").selectOption("parentGroup");
  await page.locator("#ageGroup").selectOption("parents");
  await page.locator("#area").selectOption("kvarnby");
  await page.locator("#place").fill("Kvarnby bibliotek");
  await page.locator("#street").fill("Kvarnvägen 10");
  await page.locator("#postalCode").fill("99051");
  await page.locator("#date").fill("2026-12-03");
  await page.locator("#start").fill("17:00");
  await page.locator("#end").fill("19:00");
  await page.locator("#repeat-weekly").check();
  await page.locator("#until").fill("2027-05-27");
  await expect(page.locator("#lang_so")).toBeChecked();
  await expect(page.locator("[data-human-status]")).toHaveText(so("form.checked"), { timeout: 30_000 });
}

test("an association proposes an activity in Somali; nothing shows before staff approve it", async ({ page, context }) => {
  await fillProposal(page, TITLE);
  await noAxeViolations(page);
  await page.getByRole("button", { name: so("propose.send") }).click();
  await expect(page.locator("h1")).toHaveText(so("propose.done.title"));
  await noAxeViolations(page);
  expect(await context.cookies()).toEqual([]);

  await page.goto(`/so/${PAGE_TYPES.calendarArea}`);
  await expect(page.locator("main")).not.toContainText(TITLE);
});

test("an editor approves it with a Swedish title; it shows in the calendar, on the area page and in the feed", async ({ browser, page, request }) => {
  const staff = await staffPage(browser, "erik");
  await staff.getByRole("link", { name: "Till förslagen" }).click();
  await noAxeViolations(staff);
  await staff.getByRole("link", { name: TITLE }).click();
  await expect(staff.locator("main")).toContainText("hodan@example.com");
  await expect(staff.locator("#association")).toHaveValue("association-somaliska-foraldraforeningen");
  await noAxeViolations(staff);
  await staff.getByLabel("Svensk titel").fill("Föräldraträff på somaliska");
  await staff.getByLabel("Svensk sammanfattning (en mening)").fill("Veckoträff för föräldrar om skolan och barnen.");
  await staff.getByRole("button", { name: "Godkänn och publicera" }).click();
  await expect(staff.locator("[role=status]")).toHaveText("Förslaget är publicerat.");
  await staff.context().close();

  await page.goto(`/so/${PAGE_TYPES.calendarArea}`);
  const item = page.locator(".calendar-items li", { hasText: TITLE });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("17:00");
  await noAxeViolations(page);
  await page.goto("/sv/calendar/?area=kvarnby&week=next");
  await expect(page.locator("main")).toContainText("Föräldraträff på somaliska");
  await page.goto("/sv/areas/kvarnby/");
  await expect(page.getByRole("link", { name: "Föräldraträff på somaliska" })).toBeVisible();

  const feed = await (await request.get("/api/calendar/areas/kvarnby.ics?lang=so")).text();
  expect(feed).toContain(`SUMMARY:${TITLE}`);
  expect(feed).toMatch(/RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20270527T215959Z/);
});

test("an editor rejects a proposal; the association gets the reason by e-mail, in Somali, through the mail server", async ({ browser, page }) => {
  await fillProposal(page, "Kulan la diiday");
  await page.getByRole("button", { name: so("propose.send") }).click();
  await expect(page.locator("h1")).toHaveText(so("propose.done.title"));
  const staff = await staffPage(browser, "erik");
  await staff.goto("/staff/proposals/");
  await staff.getByRole("link", { name: "Kulan la diiday" }).click();
  await staff.getByLabel(/Skäl/).fill("Lokalen är upptagen på torsdagar. Prova gärna en annan dag.");
  await staff.getByRole("button", { name: "Avböj och mejla skälet" }).click();
  await expect(staff.locator("[role=status]")).toContainText("Förslaget är avböjt");
  await expect(staff.getByRole("link", { name: "Kulan la diiday" })).toHaveCount(0);
  await staff.context().close();
  await expect.poll(async () => (await sentMail()).filter((m) => m.to === "hodan@example.com").length).toBe(1);
  const mail = (await sentMail()).find((m) => m.to === "hodan@example.com");
  expect(mail?.subject).toBe(so("propose.mail.subject", { title: "Kulan la diiday" }));
  expect(mail?.text).toContain("Lokalen är upptagen på torsdagar.");
});

test("the Sanity webhook refuses a call without the right signature", async ({ request }) => {
  const body = JSON.stringify({ _id: "activity-kvallsvandring-kvarnby", _type: "activity" });
  const call = (signature?: string) => request.post("/api/sanity/webhook", { data: body, headers: { "Content-Type": "application/json", ...(signature ? { [SIGNATURE_HEADER_NAME]: signature } : {}) } });
  expect((await call()).status()).toBe(401);
  expect((await call(await encodeSignatureHeader(body, Date.now(), "not-the-secret-at-all"))).status()).toBe(401);
  const good = await call(await encodeSignatureHeader(body, Date.now(), WEBHOOK_SECRET));
  expect(good.status()).toBe(200);
});

test("the calendar's filters live in the address and work without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: "http://127.0.0.1:4399", javaScriptEnabled: false, viewport: { width: 320, height: 700 } });
  const page = await context.newPage();
  await page.goto(`/en/${PAGE_TYPES.calendar}`);
  await page.getByLabel("Area").selectOption("kvarnby");
  await page.getByRole("button", { name: "Show activities" }).click();
  await expect(page).toHaveURL(/area=kvarnby/);
  await expect(page.locator("h1")).toContainText("Kvarnby");
  await page.getByRole("link", { name: "Next week" }).click();
  await expect(page).toHaveURL(/week=next/);
  await expect(page).toHaveURL(/area=kvarnby/);
  await expect(page.getByRole("link", { name: "Next week" })).toHaveAttribute("aria-current", "page");
  await page.goBack();
  await expect(page).not.toHaveURL(/week=next/);
  await context.close();
});

test("the calendar is subscribed to as the page shows it: in a calendar app, in Google Calendar or by its address", async ({ page, context, request }) => {
  const ar = createTranslator("ar");
  await page.setViewportSize({ width: 360, height: 640 });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/ar/calendar/?area=kvarnby&age=youth&lang=ti");
  await page.getByText(ar("calendar.subscribeAll")).click();
  const app = page.getByRole("link", { name: ar("calendar.subscribeApp") });
  await expect(app).toBeVisible();
  const webcal = new URL((await app.getAttribute("href")) ?? "");
  expect(webcal.protocol).toBe("webcal:");
  expect(Object.fromEntries(webcal.searchParams)).toEqual({ lang: "ar", area: "kvarnby", age: "youth", spoken: "ti" });
  const google = new URL((await page.getByRole("link", { name: ar("calendar.subscribeGoogle") }).getAttribute("href")) ?? "");
  expect(google.origin).toBe("https://calendar.google.com");
  expect(google.searchParams.get("cid")).toBe(webcal.href);
  const address = await page.getByLabel(ar("calendar.feedAddress")).inputValue();
  expect(address).toBe(webcal.href.replace(/^webcal:/, new URL(address).protocol));
  await page.getByRole("button", { name: ar("calendar.copyAddress") }).click();
  await expect(page.locator("details.subscribe [data-copy-status]")).toHaveText(ar("calendar.copiedAddress"));
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await noAxeViolations(page);

  // The feed holds what the page's filters hold: the young people's activities in Tigrinya in Kvarnby, no night walk.
  const uids = async (path: string) => [...(await (await request.get(path)).text()).matchAll(/^UID:(.+?)\r?$/gm)].map((m) => m[1]).sort();
  const feedPath = `${new URL(address).pathname}${new URL(address).search}`;
  expect(await uids(feedPath)).toEqual(["activity-ungdomskvall-kvarnby@nara"]);
  const whole = await uids("/api/calendar/feed.ics?lang=ar&area=kvarnby");
  expect(whole).toEqual(expect.arrayContaining(["activity-ungdomskvall-kvarnby@nara", "activity-tjejkvall-kvarnby@nara", "nightwalk-kvarnby@nara"]));
  expect(whole.every((uid) => !uid?.includes("norrgardet"))).toBe(true);
  // The whole municipality when no area is chosen; an unknown area is no calendar.
  expect(await uids("/api/calendar/feed.ics?lang=sv")).toEqual(expect.arrayContaining(["nightwalk-norrgardet@nara", "activity-ungdomskvall-kvarnby@nara"]));
  expect((await request.get("/api/calendar/feed.ics?area=nowhere")).status()).toBe(404);
});
