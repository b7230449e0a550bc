/**
 * Night walks in a real browser against the built server: an adult signs up in Arabic, keeps the
 * code and secret, adds a night and cancels one; an association commits three walkers; a refused
 * form keeps what was typed. The clock is Tuesday 24 November 2026, so the first walks are
 * Friday 27 and Saturday 28 November.
 */
import { expect, test, type Page } from "@playwright/test";
import { createTranslator } from "../../src/lib/i18n/index.ts";
import { expectNoAxeViolations as noAxeViolations } from "./axe.ts";
import { staffPage } from "./site.ts";

const ar = createTranslator("ar");
const sv = createTranslator("sv");

test.describe.configure({ mode: "serial" });

async function readReceipt(page: Page): Promise<{ code: string; secret: string }> {
  const code = (await page.locator("[data-walker-code]").textContent()) ?? "";
  const secret = (await page.locator("[data-walker-secret]").textContent()) ?? "";
  expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  expect(secret).toMatch(/^([2-9A-Z]{4}-){5}[2-9A-Z]{4}$/);
  return { code, secret };
}

const card = (page: Page, key: string) => page.locator(`[data-walk="${key}"]`);

test("an adult signs up in Arabic, adds a second night with the code, and cancels one", async ({ page, context }) => {
  await page.goto("/ar/night-walks/?area=kvarnby");
  await expect(page.locator("h1")).toHaveText(ar("nightwalk.title"));
  const friday = card(page, "nightwalk-kvarnby:2026-11-27");
  await expect(friday).toContainText(ar("nightwalk.needed", { count: 4 }));
  await friday.getByRole("checkbox").check();
  await page.getByLabel(ar("nightwalk.name"), { exact: true }).fill("سارة أحمد");
  await page.getByLabel(ar("nightwalk.phone"), { exact: true }).fill("070-123 45 67");
  await page.getByLabel(ar("nightwalk.adult", { age: 18 }), { exact: true }).check();
  await page.getByLabel(ar("nightwalk.conduct"), { exact: true }).check();
  await expect(page.locator("[data-human-status]")).toHaveText(ar("form.checked"), { timeout: 30_000 });
  await noAxeViolations(page);
  await page.getByRole("button", { name: ar("nightwalk.submit"), exact: true }).click();
  await expect(page.locator("h1")).toHaveText(ar("nightwalk.done.title"));
  const receipt = await readReceipt(page);
  await expect(page.locator('[data-night="nightwalk-kvarnby:2026-11-27"]')).toContainText(ar("nightwalk.status.walker"));
  await noAxeViolations(page);
  expect(await context.cookies()).toEqual([]);

  // The list now counts her, without her name.
  await page.goto("/ar/night-walks/?area=kvarnby");
  await expect(card(page, "nightwalk-kvarnby:2026-11-27")).toContainText(ar("nightwalk.count", { walkers: 1, min: 4 }));
  await expect(page.locator("main")).not.toContainText("سارة");

  // With the code (typed in small letters, as people do) and the secret: add Saturday, cancel Friday.
  await page.goto("/ar/night-walks/manage/");
  await page.locator("#code").fill(receipt.code.toLowerCase().replace("-", " "));
  await page.locator("#secret").fill(receipt.secret);
  await page.getByRole("button", { name: ar("nightwalk.manage.open") }).click();
  await expect(page.locator('[data-night="nightwalk-kvarnby:2026-11-27"]')).toHaveAttribute("data-status", "walker");
  await card(page, "nightwalk-kvarnby:2026-11-28").getByRole("checkbox").check();
  await page.getByRole("button", { name: ar("nightwalk.manage.add"), exact: true }).click();
  await expect(page.getByRole("status")).toHaveText(ar("nightwalk.manage.added"));
  await expect(page.locator('[data-night="nightwalk-kvarnby:2026-11-28"]')).toHaveAttribute("data-status", "walker");
  await page.locator('[data-night="nightwalk-kvarnby:2026-11-27"]').getByRole("button").click();
  await expect(page.getByRole("status")).toHaveText(ar("nightwalk.manage.cancelled"));
  await expect(page.locator('[data-night="nightwalk-kvarnby:2026-11-27"]')).toHaveAttribute("data-status", "cancelled");
  await noAxeViolations(page);
});

test("an association commits three walkers to tonight's walk; the coordinator sees the minimum met, reports, and downloads the compensation", async ({ page, browser }) => {
  const tonight = "nightwalk-extra-tallmon:2026-11-24";
  await page.goto("/sv/night-walks/?area=tallmon");
  await card(page, tonight).getByRole("checkbox").check();
  await page.getByLabel(sv("nightwalk.kind.association"), { exact: true }).check();
  await page.getByLabel(sv("nightwalk.name"), { exact: true }).fill("Amina Yusuf");
  await page.getByLabel(sv("nightwalk.phone"), { exact: true }).fill("070-111 22 33");
  await page.getByLabel(sv("nightwalk.association"), { exact: true }).selectOption("association-trygga-kvallar");
  await page.getByLabel(sv("nightwalk.walkerNames"), { exact: true }).fill("Amina Yusuf\nHassan Ali\nLena Berg");
  await page.getByLabel(sv("nightwalk.adult", { age: 18 }), { exact: true }).check();
  await page.getByLabel(sv("nightwalk.conduct"), { exact: true }).check();
  await expect(page.locator("[data-human-status]")).toHaveText(sv("form.checked"), { timeout: 30_000 });
  await page.getByRole("button", { name: sv("nightwalk.submit"), exact: true }).click();
  await expect(page.locator("h1")).toHaveText(sv("nightwalk.done.title"));
  await expect(page.locator(`[data-night="${tonight}"]`)).toHaveCount(3);
  const association = await readReceipt(page);
  await page.goto("/sv/night-walks/?area=tallmon");
  // Tallmon's extra evening needs three: it has reached its minimum.
  await expect(card(page, tonight)).toContainText(sv("nightwalk.count", { walkers: 3, min: 3 }));
  await expect(card(page, tonight)).toContainText(sv("nightwalk.enough"));

  // The area's coordinator: the night, who walks and how to reach them, then the report.
  const staff = await staffPage(browser, "nora");
  await staff.goto("/staff/night-walks/area-tallmon");
  const night = staff.locator(`[data-night="${tonight}"]`);
  await expect(night.locator("[data-night-status]")).toHaveText("Minsta antal nått");
  await expect(night).toContainText("Hassan Ali");
  await expect(night).toContainText("070-111 22 33");
  await noAxeViolations(staff);
  await night.getByLabel("Var ni gick").fill("Torget, skolan och badplatsen");
  await night.getByLabel("Antal unga ni pratade med").fill("14");
  await night.getByLabel("En konflikt lugnades").check();
  await night.getByRole("button", { name: /Spara rapporten/ }).click();
  await expect(staff.getByRole("status")).toHaveText("Rapporten är sparad.");
  await expect(staff.locator(`[data-night="${tonight}"] [data-night-status]`)).toHaveText("Rapporterad");

  // Three walked for Trygga kvällar on a night with the minimum met: the series pays 1 300 kr.
  await staff.goto("/staff/night-walks/compensation?datum=2026-11-24");
  await expect(staff.locator('[data-association="association-trygga-kvallar"] [data-amount]')).toHaveText("1 300 kr");
  await noAxeViolations(staff);
  const download = staff.waitForEvent("download");
  await staff.getByRole("link", { name: "Ladda ner som CSV" }).click();
  const { readFileSync } = await import("node:fs");
  const csv = readFileSync(await (await download).path(), "utf8");
  expect(csv.split("\r\n")[1]).toBe("2026-HT;Föreningen Trygga kvällar;1;1;3;1300");
  // The association sees its commitments and the term's count with its code.
  await page.goto("/sv/night-walks/manage/");
  await page.locator("#code").fill(association.code);
  await page.locator("#secret").fill(association.secret);
  await page.getByRole("button", { name: sv("nightwalk.manage.open") }).click();
  await expect(page.locator("[data-term]")).toHaveText(sv("nightwalk.manage.term", { nights: 1, met: 1 }));
  await expect(page.locator(`[data-night="${tonight}"]`)).toHaveCount(3);
  // Someone who does not coordinate Tallmon is refused.
  const other = await staffPage(browser, "erik");
  expect((await other.goto("/staff/night-walks/area-tallmon"))?.status()).toBe(403);
});

test("the map lists night walks as their own kind, each leading to its area's walks", async ({ page }) => {
  await page.goto("/sv/map/?kind=nightWalk");
  const cards = page.locator('[data-places] [data-kind="nightWalk"]');
  await expect(cards.first()).toBeVisible();
  expect(await page.locator("[data-places] li").count()).toBe(await cards.count());
  await expect(cards.filter({ hasText: "Nattvandring i Tallmon – extra kväll" }).getByRole("link")).toHaveAttribute("href", "/sv/night-walks/?area=tallmon");
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", /^\d+$/);
  await noAxeViolations(page);
});

async function refusedSignUp(page: Page): Promise<void> {
  await page.goto("/sv/night-walks/");
  await page.getByLabel(sv("nightwalk.name"), { exact: true }).fill("Kim");
  await page.getByLabel(sv("nightwalk.phone"), { exact: true }).fill("12");
  await page.getByRole("button", { name: sv("nightwalk.submit"), exact: true }).click();
  await expect(page.locator(".error-summary")).toContainText(sv("nightwalk.error.phone"));
  await expect(page.locator(".error-summary")).toContainText(sv("nightwalk.error.walks"));
  await expect(page.locator(".error-summary")).toContainText(sv("nightwalk.error.adult"));
  await expect(page.getByLabel(sv("nightwalk.name"), { exact: true })).toHaveValue("Kim");
  await expect(page.getByLabel(sv("nightwalk.phone"), { exact: true })).toHaveAttribute("aria-invalid", "true");
}

test("a refused sign-up says what is wrong at each field, keeps what was typed, and passes axe", async ({ page }) => {
  await refusedSignUp(page);
  await expect(page.locator(".error-summary")).toBeFocused();
  await noAxeViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same refusal, as a plain form POST", async ({ page }) => {
    await refusedSignUp(page);
  });
});
