/**
 * Contact in the browser: a resident writes anonymously in Arabic from the office's page, staff
 * sign in, read and reply in the inbox, the resident reads the reply with the code and follows
 * up; staff of another unit are refused; the violence topic shows the helpline and a large quick
 * exit; the whole path works without JavaScript, and a refused form keeps the text.
 */
import { expect, test, type Page } from "@playwright/test";
import { createTranslator } from "../../src/lib/i18n/index.ts";
import { LOCALES } from "../../src/lib/i18n/locales.ts";
import { expectNoAxeViolations as noAxeViolations } from "./axe.ts";
import { CONTACT, PAGE_TYPES, sentMail, staffPage } from "./site.ts";

const ar = createTranslator("ar");
const sv = createTranslator("sv");
const RECEIPT = /^([2-9A-Z]{4}-){4}[2-9A-Z]{4}$/;


async function openThread(page: Page, receipt: string): Promise<void> {
  await page.getByLabel(ar("contact.read.receipt")).fill(receipt.toLowerCase().replace(/-/g, " "));
  await page.getByRole("button", { name: ar("contact.read.open") }).click();
}

test.describe.configure({ mode: "serial" });
test.use({ viewport: { width: 320, height: 700 } });

let receipt = "";
let threadUrl = "";
const MESSAGE = "ابني لا يذهب إلى المدرسة منذ أسبوعين. ماذا أفعل؟";
const REPLY = "Hej! Vi hjälper gärna till. Ring oss eller kom förbi på onsdag. مرحبا";

test("a resident writes anonymously in Arabic from the office's page", async ({ page, context }) => {
  await page.goto(`/ar/${CONTACT.office}`);
  const form = page.locator("form[data-contact-form]");
  await expect(form.locator("#unit")).toHaveValue(CONTACT.unit);
  await expect(form.locator("#answerLocale")).toHaveValue("ar");
  // Only the chosen way of answering shows its fields; the helpline waits for its topic.
  await expect(form.locator("#phone")).toBeHidden();
  await expect(form.locator(".safety-box")).toBeHidden();
  await form.getByRole("radio", { name: ar("contact.mode.phone") }).check();
  await expect(form.locator("#phone")).toBeVisible();
  await form.getByRole("radio", { name: ar("contact.mode.code") }).check();
  await expect(form.locator("#phone")).toBeHidden();

  await form.locator("#topic-worried-about-child").check();
  await form.locator("#message").fill(MESSAGE);
  await expect(form.locator("[data-human-status]")).toHaveText(ar("form.checked"), { timeout: 30_000 });
  await noAxeViolations(page);
  await form.getByRole("button", { name: ar("contact.send") }).click();

  // Post/redirect/get: the receipt is a page of its own, its address holds no code.
  await expect(page.locator("h1")).toHaveText(ar("contact.done.title"));
  expect(new URL(page.url()).pathname).toBe("/ar/contact/sent/");
  receipt = ((await page.locator("[data-receipt]").textContent()) ?? "").trim();
  expect(receipt).toMatch(RECEIPT);
  expect(page.url().toUpperCase()).not.toContain(receipt.replace(/-/g, ""));
  expect(page.url().toUpperCase()).not.toContain(receipt);
  await expect(page.locator("[data-receipt]")).toHaveAttribute("dir", "ltr");
  // The code on one line, never broken at a dash, at 320 px.
  const code = await page.locator("[data-receipt]").boundingBox();
  const line = await page.locator("[data-receipt]").evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  expect(code?.height ?? 99).toBeLessThan(line * 1.5);
  expect((code?.x ?? 0) + (code?.width ?? 999)).toBeLessThanOrEqual(320);
  await expect(page.getByRole("heading", { name: ar("contact.done.nextTitle") })).toBeVisible();
  await expect(page.locator(".next-steps li")).toHaveCount(2);
  await noAxeViolations(page);
  expect(await context.cookies()).toEqual([]);
  // A reload shows the same code and sends nothing again.
  await page.reload();
  await expect(page.locator("[data-receipt]")).toHaveText(receipt);
  // The receipt page in every locale on a 360 × 640 phone (the sealed address is the same in each):
  // the code on one line, nothing wider than the screen, axe clean.
  const token = new URL(page.url()).searchParams.get("r") ?? "";
  await page.setViewportSize({ width: 360, height: 640 });
  for (const locale of LOCALES) {
    await page.goto(`/${locale}/contact/sent/?r=${token}`);
    await expect(page.locator("[data-receipt]"), locale).toHaveText(receipt);
    const box = await page.locator("[data-receipt]").boundingBox();
    const height = await page.locator("[data-receipt]").evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect(box?.height ?? 99, locale).toBeLessThan(height * 1.5);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), locale).toBeLessThanOrEqual(0);
    await noAxeViolations(page);
  }
  await page.setViewportSize({ width: 320, height: 700 });
  // A changed address opens no receipt.
  const sealed = new URL(page.url());
  sealed.searchParams.set("r", `${token.slice(0, -2)}${token.endsWith("AA") ? "BB" : "AA"}`);
  expect((await page.goto(sealed.href))?.status()).toBe(404);
  // The contact page itself shows no code.
  await page.goto(`/ar/${PAGE_TYPES.contact}`);
  await expect(page.locator("[data-receipt]")).toHaveCount(0);

  // The office's mailbox is told, through the mail server, that a message waits — and nothing of it.
  await expect.poll(async () => (await sentMail()).filter((m) => m.to === "kvarnby.omradeskontor@exempelstad.example").length).toBe(1);
  const notice = (await sentMail()).find((m) => m.to === "kvarnby.omradeskontor@exempelstad.example");
  expect(notice?.subject).toBe("Nytt meddelande i Nära");
  expect(notice?.text).not.toContain(MESSAGE.slice(0, 10));
  expect(notice?.text).not.toContain(receipt);
});

test("staff read the message in the inbox and reply; another unit's staff are refused", async ({ browser }) => {
  const staff = await staffPage(browser, "dina");
  await expect(staff.locator("[data-waiting]")).toHaveText("1 tråd väntar på svar.");
  await staff.getByRole("link", { name: "Till inkorgen" }).click();
  await expect(staff.locator("h1")).toHaveText("Inkorg");
  await noAxeViolations(staff);
  const row = staff.locator("tbody tr").first();
  await expect(row).toContainText("Jag är orolig för ett barn");
  await expect(row).toContainText("العربية");
  await expect(row).toContainText("Nytt");
  await row.getByRole("link").click();
  threadUrl = new URL(staff.url()).pathname;
  await expect(staff.locator(".message-body").first()).toHaveText(MESSAGE);
  await noAxeViolations(staff);
  await staff.getByLabel(/Ditt svar/).fill(REPLY);
  await staff.getByRole("button", { name: "Skicka svaret" }).click();
  await expect(staff.locator("[role=status]")).toContainText("Svaret är skickat.");
  await expect(staff.locator(".message-body")).toHaveCount(2);

  const other = await staffPage(browser, "bo");
  const refused = await other.goto(threadUrl);
  expect(refused?.status()).toBe(403);
  await expect(other.locator("h1")).toHaveText("Ingen behörighet");
  await expect(other.locator("body")).not.toContainText(MESSAGE);
  await noAxeViolations(other);
  await other.goto("/staff/messages/");
  await expect(other.locator("tbody tr")).toHaveCount(0);
  await staff.context().close();
  await other.context().close();
});

test("the resident reads the reply with the code and follows up", async ({ page, context }) => {
  await page.goto(`/ar/${PAGE_TYPES.contactAnswer}`);
  await noAxeViolations(page);
  await openThread(page, receipt);
  await expect(page.locator(".message-body")).toHaveText([MESSAGE, REPLY]);
  // Each message takes its direction from its own text.
  await expect(page.locator(".message-body").first()).toHaveAttribute("dir", "auto");
  await noAxeViolations(page);
  expect(page.url()).not.toContain(receipt.slice(0, 4));

  await page.locator("#message").fill("شكرا لكم. سأتصل بكم غدا.");
  await page.getByRole("button", { name: ar("contact.thread.send") }).click();
  await expect(page.locator("[role=status]")).toHaveText(ar("contact.thread.sent"));
  await expect(page.locator(".message-body")).toHaveCount(3);
  await expect(page.locator("#message")).toHaveValue("");
  expect(await context.cookies()).toEqual([]);

  // The thread page in every locale, right-to-left ones included: axe and 320 px.
  for (const locale of LOCALES) {
    await page.goto(`/${locale}/${PAGE_TYPES.contactAnswer}`);
    await page.locator("#receipt").fill(receipt);
    await page.locator("form.manage-form button[type=submit]").click();
    await expect(page.locator(".message-body")).toHaveCount(3);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await noAxeViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  }

  // A wrong code gets the one answer for every wrong code.
  await page.goto(`/ar/${PAGE_TYPES.contactAnswer}`);
  await openThread(page, receipt.replace(/^./, (c) => (c === "A" ? "B" : "A")));
  await expect(page.locator(".error-summary")).toContainText(ar("contact.read.notFound"));
  await noAxeViolations(page);
});

test("the violence topic shows Kvinnofridslinjen and a large quick exit", async ({ page }) => {
  await page.goto(`/sv/${PAGE_TYPES.contact}`);
  const box = page.locator(".safety-box");
  await expect(box).toBeHidden();
  await page.getByLabel("Våld i en nära relation").check();
  await expect(box).toBeVisible();
  await expect(box).toContainText("Kvinnofridslinjen");
  await expect(box.getByRole("link", { name: "020-50 50 50" })).toHaveAttribute("href", "tel:020505050");
  await expect(box.getByRole("link", { name: sv("quickExit.button") })).toBeVisible();
  await noAxeViolations(page);
  await page.getByLabel("Pengar och ekonomi").check();
  await expect(box).toBeHidden();

  // A form sent empty: every problem listed, linked to its field, and the page still passes axe.
  await page.getByRole("button", { name: "Skicka meddelandet" }).click();
  await expect(page.locator(".error-summary a[href='#message']")).toHaveText("Skriv ditt meddelande, högst 3 000 tecken.");
  await expect(page.getByLabel("Pengar och ekonomi")).toBeChecked();
  await noAxeViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a refused form keeps the text; the sent one gives a code that opens the thread", async ({ page }) => {
    await page.goto(`/sv/${PAGE_TYPES.contact}`);
    // CSS alone still shows only the fields of the chosen way of answering.
    await page.locator("#unit").selectOption(CONTACT.unit);
    await page.getByLabel("Boende").check();
    await page.locator("#message").fill("Vi har fått en vräkningsvarning. Vad kan vi göra?");
    await page.getByRole("radio", { name: "Vi ringer upp dig" }).check();
    await page.locator("#phone").fill("123");
    await page.waitForTimeout(3500);
    await page.getByRole("button", { name: "Skicka meddelandet" }).click();
    await expect(page.locator(".error-summary")).toContainText("Skriv ett telefonnummer vi kan ringa");
    await expect(page.locator("#message")).toHaveValue("Vi har fått en vräkningsvarning. Vad kan vi göra?");
    await expect(page.locator("#phone")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Boende")).toBeChecked();

    await page.locator("#phone").fill("070-123 45 67");
    await page.locator("#callTimes").fill("Vardagar efter 16");
    await page.waitForTimeout(3500);
    await page.getByRole("button", { name: "Skicka meddelandet" }).click();
    await expect(page.locator("h1")).toHaveText("Ditt meddelande är skickat");
    await expect(page.locator("main")).toContainText("Vi ringer dig på numret du gav.");
    const code = ((await page.locator("[data-receipt]").textContent()) ?? "").trim();
    expect(code).toMatch(RECEIPT);

    await page.getByRole("link", { name: "Läs svaret med din kod" }).click();
    await page.getByLabel("Kod").fill(code);
    await page.getByRole("button", { name: "Visa svaren" }).click();
    await expect(page.locator(".message-body")).toHaveText(["Vi har fått en vräkningsvarning. Vad kan vi göra?"]);
    await expect(page.locator("main")).toContainText("Inget svar ännu.");
  });
});
