/**
 * Anonymous booking in the browser: with JavaScript (the ALTCHA widget solves in the
 * background) in Swedish and Arabic, without JavaScript (the form token path), then moving and
 * cancelling with the code and secret, and the calendar download.
 */
import { expect, test, type Page } from "@playwright/test";
import { BOOKING } from "./site.ts";
import { createTranslator } from "../../src/lib/i18n/index.ts";
import { formatDuration } from "../../src/lib/i18n/format.ts";
import { formatDate } from "../../src/lib/dates.ts";
import { expectNoAxeViolations as noAxeViolations } from "./axe.ts";

/** Clinic → visit type → day → first free time, by clicking links as a visitor does. */
async function chooseFirstFreeTime(page: Page, locale: string): Promise<string> {
  await page.goto(`/${locale}/book/`);
  await page.locator(`a[data-choice="${BOOKING.clinicId}"]`).click();
  await page.locator(`a[data-choice="${BOOKING.type}"]`).click();
  await page.locator(`a[data-choice="${BOOKING.date}"]`).first().click();
  const first = page.locator("a[data-choice]").first();
  const time = (await first.textContent()) ?? "";
  await first.click();
  await expect(page.locator("input[name=start]")).toHaveCount(1);
  return time.trim();
}

async function readReceipt(page: Page): Promise<{ code: string; secret: string }> {
  const code = (await page.locator("[data-booking-code]").textContent()) ?? "";
  const secret = (await page.locator("[data-booking-secret]").textContent()) ?? "";
  expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  expect(secret).toMatch(/^([2-9A-Z]{4}-){5}[2-9A-Z]{4}$/);
  return { code, secret };
}

async function openManage(page: Page, locale: string, receipt: { code: string; secret: string }): Promise<void> {
  await page.goto(`/${locale}/book/manage/`);
  await page.locator("#code").fill(receipt.code.toLowerCase().replace("-", " "));
  await page.locator("#secret").fill(receipt.secret);
  await page.locator("form.lookup button[type=submit]").click();
}

test.describe.configure({ mode: "serial" });
let swedish: { code: string; secret: string };

test("book anonymously in Swedish with JavaScript; the proof of work runs by itself", async ({ page, context }) => {
  const time = await chooseFirstFreeTime(page, "sv");
  await page.locator("#nickname").fill("Sam");
  await expect(page.locator("[data-human-status]")).toHaveText("Klart. Du kan boka.", { timeout: 30_000 });
  await noAxeViolations(page);
  await page.getByRole("button", { name: "Boka besöket" }).click();
  await expect(page.locator("h1")).toHaveText("Ditt besök är bokat");
  swedish = await readReceipt(page);
  // Each of the two codes has a copy button that puts exactly it on the clipboard, and says so.
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Kopiera hemligheten" }).click();
  await expect(page.locator("[data-copy-status]").nth(1)).toHaveText("Hemligheten är kopierad.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(swedish.secret);
  await page.getByRole("button", { name: "Kopiera koden" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(swedish.code);
  await expect(page.locator(".booking-facts")).toContainText(`torsdag 26 november ${time}`);
  await expect(page.locator(".booking-facts")).toContainText("Sam");
  await noAxeViolations(page);
  expect(await context.cookies()).toEqual([]);

  // "Add to calendar": an .ics file with the discreet title and no word of the clinic in it.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Lägg till i kalendern" }).click();
  const file = await (await download).path();
  const { readFileSync } = await import("node:fs");
  const ics = readFileSync(file, "utf8");
  expect(ics).toContain("SUMMARY:Möte");
  expect(ics).toMatch(/DTSTART:20261126T\d{4}00Z/);
  expect(ics).not.toMatch(/ungdomsmottagning/i);
});

test("the same booking can be moved and then cancelled with its code and secret", async ({ page }) => {
  await openManage(page, "sv", swedish);
  await expect(page.locator("[data-booking-status]")).toHaveText("Bokad");
  await noAxeViolations(page);
  const select = page.locator("#start");
  const target = await select.locator("option").nth(3).getAttribute("value");
  await select.selectOption(target ?? "");
  await page.getByRole("button", { name: "Flytta till en annan tid" }).click();
  // The confirmation says the new time; moving started from the visit's own time.
  await expect(page.locator(".notice[role=status]")).toHaveText(/^Ditt besök är flyttat till torsdag 26 november \d{2}:\d{2}\.$/);
  await page.getByRole("button", { name: "Avboka besöket" }).click();
  // Cancelling asks first; "No" keeps the visit.
  await expect(page.locator("[data-confirm-cancel] h2")).toBeFocused();
  await expect(page.locator("[data-confirm-cancel]")).toContainText("Du avbokar besöket torsdag 26 november");
  await noAxeViolations(page);
  await page.getByRole("button", { name: "Nej, behåll besöket" }).click();
  await expect(page.locator("[data-booking-status]")).toHaveText("Bokad");
  await page.getByRole("button", { name: "Avboka besöket" }).click();
  await page.getByRole("button", { name: "Ja, avboka" }).click();
  await expect(page.locator(".notice[role=status]")).toHaveText("Ditt besök är avbokat. Tiden är ledig för någon annan.");
  await expect(page.locator("[data-booking-status]")).toHaveText("Avbokad");
});

test("a wrong secret gets the same answer as an unknown code", async ({ page }) => {
  await openManage(page, "sv", { code: swedish.code, secret: "2222-2222-2222-2222-2222-2222" });
  const wrong = await page.locator(".error-summary").textContent();
  await openManage(page, "sv", { code: "2222-2222", secret: swedish.secret });
  expect(await page.locator(".error-summary").textContent()).toBe(wrong);
  await noAxeViolations(page);
});

test("book in Arabic: right to left, translated throughout", async ({ page }) => {
  await chooseFirstFreeTime(page, "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  // Wait for the proof (the status line says it is ready, in Arabic), then book.
  const ready = (await page.locator("altcha-widget").getAttribute("data-checked")) ?? "";
  expect(ready).not.toBe("");
  await expect(page.locator("[data-human-status]")).toHaveText(ready, { timeout: 30_000 });
  await page.locator("form.booking-form button[type=submit]").click();
  await expect(page.locator("[data-booking-secret]")).toBeVisible();
  await readReceipt(page);
  await noAxeViolations(page);
});

test("each clinic shows its next free time, and says why today cannot be booked with its phone and drop-in hours", async ({ page }) => {
  // Tuesday 17:30 (the server's frozen time): Ekbacken's evening is on, but its last times are within the two hours' notice.
  const ar = createTranslator("ar");
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto("/ar/book/");
  const ekbacken = page.locator("li", { has: page.locator(`a[data-choice="${BOOKING.clinicId}"]`) });
  const note = ekbacken.locator(".choice-note");
  await expect(note).toContainText(ar("book.todayTooSoon", { notice: formatDuration(120, "ar") }));
  await expect(note.getByRole("link", { name: "08-465 004 25" })).toHaveAttribute("href", "tel:0846500425");
  await expect(note).toContainText(ar("book.dropInToday", { hours: ar("activity.time", { start: "18:00", end: "19:00" }) }));
  // Kvarnby books on Wednesdays only: its next free time is tomorrow's first, and today needs no excuse.
  const kvarnby = page.locator("li", { has: page.locator('a[data-choice="clinic-ungdomsmottagningen-kvarnby"]') });
  await expect(kvarnby.locator("a .hint").nth(1)).toHaveText(ar("book.nextFree", { when: `${formatDate("2026-11-25", "ar")} 17:00` }));
  await expect(kvarnby.locator(".choice-note")).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await noAxeViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the whole flow works as plain pages and a form POST", async ({ page }) => {
    await chooseFirstFreeTime(page, "en");
    await page.locator("#reminderEmail").fill("not an address");
    // People take a few seconds to fill in a form; the no-JavaScript proof expects that.
    await page.waitForTimeout(3500);
    await page.getByRole("button", { name: "Book the visit" }).click();
    await expect(page.locator(".error-summary")).toContainText("Write an e-mail address like name@example.se");
    await expect(page.locator("#reminderEmail")).toHaveValue("not an address");
    await expect(page.locator("#reminderEmail")).toHaveAttribute("aria-invalid", "true");
    await page.locator("#reminderEmail").fill("visitor@example.se");
    await page.waitForTimeout(3500);
    await page.getByRole("button", { name: "Book the visit" }).click();
    await expect(page.locator("h1")).toHaveText("Your visit is booked");
    const receipt = await readReceipt(page);
    await openManage(page, "en", receipt);
    await expect(page.locator("[data-booking-status]")).toHaveText("Booked");
  });

  test("a form sent at once, as a script would, is refused with a clear message", async ({ page }) => {
    await chooseFirstFreeTime(page, "en");
    await page.getByRole("button", { name: "Book the visit" }).click();
    await expect(page.locator(".error-summary")).toContainText("We could not confirm that a person sent the form");
  });
});
