/**
 * Becoming a contact family or family home, in a real browser against the built server: the
 * self-check in Somali sends nothing; a seat at an information evening; an interest and its
 * status page; a recruiter moves it on and the status page and the e-mails (over real SMTP)
 * follow, with no personal details in them; the evening's attendees; a refused form.
 * The clock is Tuesday 24 November 2026.
 */
import { expect, test, type Page } from "@playwright/test";
import { createTranslator } from "../../src/lib/i18n/index.ts";
import { expectNoAxeViolations as noAxeViolations } from "./axe.ts";
import { sentMail, staffPage } from "./site.ts";

const so = createTranslator("so");
const sv = createTranslator("sv");
const EVENING = "evening-2026-12-10-stenbacka-so";

test.describe.configure({ mode: "serial" });

const answer = (page: Page, question: string, value: "yes" | "no" | "unsure") => page.locator(`[data-question="${question}"] input[value="${value}"]`).check();

test("the self-check in Somali shows what fits as it is answered, and sends nothing", async ({ page, context }) => {
  await page.goto("/so/become/");
  await expect(page.locator("h1")).toHaveText(so("become.title"));
  await expect(page.locator("[data-result='start']")).toBeVisible();
  await expect(page.locator("[data-no-script]")).toBeHidden();
  const sent: string[] = [];
  page.on("request", (request) => sent.push(`${request.method()} ${request.url()}`));

  await answer(page, "adult", "yes");
  await answer(page, "room", "yes");
  await answer(page, "shortNotice", "no");
  await answer(page, "weekends", "unsure");
  const roles = page.locator("[data-result='roles']");
  await expect(roles).toBeVisible();
  await expect(roles.locator("[data-role='familyHome']")).toBeVisible();
  await expect(roles.locator("[data-role='contactFamily']")).toBeVisible();
  await expect(roles.locator("[data-role='emergencyHome']")).toBeHidden();
  await noAxeViolations(page);
  // A no to a question every role needs: nothing fits, and it says so kindly.
  await answer(page, "adult", "no");
  await expect(page.locator("[data-result='none']")).toHaveText(so("become.selfCheck.none"));
  await expect(roles).toBeHidden();
  await page.getByRole("button", { name: so("become.selfCheck.reset") }).click();
  await expect(page.locator("[data-result='start']")).toBeVisible();
  // Answered in the page only: not one request, no cookie, nothing in the address.
  expect(sent).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(new URL(page.url()).search).toBe("");
});

test("a seat, an interest and its status page; a recruiter moves it on, and the status page and the e-mails follow", async ({ page, browser }) => {
  // A seat at the Somali evening for two.
  await page.goto("/so/become/evenings/");
  await page.locator(`[data-evening="${EVENING}"] input[type=radio]`).check();
  await page.getByLabel(so("become.seat.name"), { exact: true }).fill("Hodan Cali");
  await page.getByLabel(so("become.seat.email"), { exact: true }).fill("hodan@example.se");
  await page.getByLabel(so("become.seat.persons"), { exact: true }).selectOption("2");
  await expect(page.locator("[data-human-status]")).toHaveText(so("form.checked"), { timeout: 30_000 });
  await page.getByRole("button", { name: so("become.seat.submit"), exact: true }).click();
  await expect(page.locator("h1")).toHaveText(so("become.seat.done"));
  await expect(page.locator("[data-seat-code]")).toHaveText(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  await noAxeViolations(page);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: so("become.seat.calendar") }).click();
  const { readFileSync } = await import("node:fs");
  expect(readFileSync(await (await download).path(), "utf8")).toContain("DTSTART:20261210T170000Z");

  // The interest, in Somali.
  await page.goto("/so/become/interest/");
  await page.getByLabel(so("become.interest.name"), { exact: true }).fill("Hodan Cali");
  await page.locator("#role-familyHome").check();
  await page.getByLabel(so("become.interest.phone"), { exact: true }).fill("070-174 06 20");
  await page.getByLabel(so("become.interest.email"), { exact: true }).fill("hodan@example.se");
  await page.getByLabel(so("become.interest.postalCode"), { exact: true }).fill("99061");
  await page.getByLabel(so("become.interest.reachTimes"), { exact: true }).fill("Galabtii kadib 17");
  await page.locator("#lang-so").check();
  await page.locator("#lang-sv").check();
  await page.getByLabel(so("become.interest.message"), { exact: true }).fill("Waxaan haynaa qol banaan.");
  await page.locator("#privacy").check();
  await expect(page.locator("[data-human-status]")).toHaveText(so("form.checked"), { timeout: 30_000 });
  await page.getByRole("button", { name: so("become.interest.submit"), exact: true }).click();
  await expect(page.locator("h1")).toHaveText(so("become.interest.done"));
  const receipt = (await page.locator("[data-receipt]").textContent()) ?? "";
  expect(receipt).toMatch(/^([2-9A-Z]{4}-){4}[2-9A-Z]{4}$/);
  await noAxeViolations(page);

  const status = async (expected: string) => {
    await page.goto("/so/become/status/");
    await page.getByLabel(so("become.status.receipt"), { exact: true }).fill(receipt.toLowerCase());
    await page.getByRole("button", { name: so("become.status.open"), exact: true }).click();
    await expect(page.locator("[data-status]")).toHaveAttribute("data-status", expected);
    await expect(page.locator("main")).not.toContainText("Hodan");
  };
  await status("received");
  await expect(page.locator("#status-now")).toHaveText(so("become.status.now", { status: so("become.status.received") }));

  // The recruiter: the board, the interest (audited), three steps.
  const staff = await staffPage(browser, "rita");
  await staff.goto("/staff/recruitment/?language=so");
  const row = staff.locator("[data-interest]", { hasText: "Hodan Cali" });
  await expect(row).toContainText("Familjehem");
  await expect(row).toContainText("Stenbacka");
  await noAxeViolations(staff);
  await row.getByRole("link").click();
  await expect(staff.locator("h1")).toContainText("Hodan Cali");
  await expect(staff.locator("dl")).toContainText("Waxaan haynaa qol banaan.");
  for (const next of ["Kontaktad", "Inbjuden till informationskväll", "Utredning"]) {
    await staff.getByLabel("Ny status").selectOption({ label: next });
    await staff.getByRole("button", { name: "Spara status" }).click();
    await expect(staff.getByRole("status")).toContainText("Statusen är ändrad");
  }
  await staff.getByLabel("Ny anteckning").fill("Hembesök bokat till januari.");
  await staff.getByRole("button", { name: "Spara anteckningen" }).click();
  await expect(staff.locator(".notes")).toContainText("Hembesök bokat till januari.");
  await noAxeViolations(staff);
  const exported = await staff.request.get(`${new URL(staff.url()).pathname}/export.json`);
  expect(exported.headers()["content-disposition"]).toContain("attachment");
  expect(await exported.json()).toMatchObject({ interest: { details: { name: "Hodan Cali", postalCode: "990 61" }, status: "assessment" }, notes: [{ body: "Hembesök bokat till januari." }] });

  // The status page follows; the e-mails say only that something changed.
  await status("assessment");
  await expect(page.locator(".status-history li")).toHaveCount(4);
  const mails = (await sentMail()).filter((m) => m.to === "hodan@example.se");
  expect(mails.map((m) => m.subject)).toEqual([so("become.mail.seatSubject"), so("become.mail.interestSubject"), ...Array<string>(3).fill(so("become.mail.statusSubject"))]);
  for (const mail of mails.slice(1)) expect(mail.text).not.toMatch(/Hodan|070-|99061|990 61|qol|Familjehem|Utredning/);

  // The evening's attendees: she booked two seats; the recruiter marks that she came.
  await staff.goto(`/staff/recruitment/evenings/${EVENING}`);
  const seat = staff.locator("[data-seat]", { hasText: "Hodan Cali" });
  await expect(seat).toContainText("2");
  await seat.getByRole("button", { name: /^Kom –/ }).click();
  await expect(staff.locator(`[data-seat][data-attended="true"]`)).toHaveCount(1);
  await noAxeViolations(staff);
  // Someone without the role is refused.
  const other = await staffPage(browser, "erik");
  expect((await other.goto("/staff/recruitment/"))?.status()).toBe(403);
});

test("a refused interest says what is wrong at each field, keeps what was typed, and passes axe", async ({ page }) => {
  await page.goto("/sv/become/interest/");
  await page.getByLabel(sv("become.interest.name"), { exact: true }).fill("Kim");
  await page.getByLabel(sv("become.interest.postalCode"), { exact: true }).fill("12");
  await page.getByRole("button", { name: sv("become.interest.submit"), exact: true }).click();
  const summary = page.locator(".error-summary");
  await expect(summary).toBeFocused();
  for (const key of ["become.error.roles", "become.error.phone", "become.error.postalCode", "become.error.reachTimes", "become.error.privacy"] as const) await expect(summary).toContainText(sv(key));
  await expect(page.getByLabel(sv("become.interest.name"), { exact: true })).toHaveValue("Kim");
  await expect(page.getByLabel(sv("become.interest.postalCode"), { exact: true })).toHaveAttribute("aria-invalid", "true");
  await noAxeViolations(page);
});
