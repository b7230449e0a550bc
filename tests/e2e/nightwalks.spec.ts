/**
 * Night walks in a real browser against the built server: an adult signs up in Arabic, keeps the
 * code and secret, adds a night and cancels one; an association commits three walkers, its contact
 * person leads the night and reports it through the link the coordinator gave; the calendar lists
 * the walks; a refused form keeps what was typed. The clock is Tuesday 24 November 2026, so the first walks are
 * Friday 27 and Saturday 28 November.
 */
import { expect, test, type Page } from "@playwright/test";
import { createTranslator } from "../../src/lib/i18n/index.ts";
import { expectNoAxeViolations as noAxeViolations } from "./axe.ts";
import { LOCALES } from "../../src/lib/i18n/locales.ts";
import { sentMail, staffPage } from "./site.ts";

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

test("an association commits three walkers to tonight's walk; the coordinator sees the minimum met and gives the leader the report link; the leader reports, the coordinator corrects it and downloads the compensation", async ({ page, browser }) => {
  const tonight = "nightwalk-extra-tallmon:2026-11-24";
  await page.goto("/sv/night-walks/?area=tallmon");
  await card(page, tonight).getByRole("checkbox").check();
  await page.getByLabel(sv("nightwalk.kind.association"), { exact: true }).check();
  await page.getByLabel(sv("nightwalk.name"), { exact: true }).fill("Amina Yusuf");
  await page.getByLabel(sv("nightwalk.phone"), { exact: true }).fill("070-111 22 33");
  await page.getByLabel(sv("nightwalk.email"), { exact: true }).fill("amina@example.se");
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

  // The coordinator gives tonight's report link to its leader, the association's contact person: it goes by e-mail.
  await night.getByLabel("Kvällens ledare").selectOption({ label: "Amina Yusuf (e-post)" });
  await night.getByRole("button", { name: /Ge länken/ }).click();
  await expect(staff.locator("[data-leader-link]")).toContainText("är skickad med e-post");
  const mail = (await sentMail()).findLast((m) => m.to === "amina@example.se" && m.subject === sv("nightwalk.mail.reportLinkSubject"));
  const link = /\S+\/sv\/night-walks\/report\/([2-9A-Z]{24})\//.exec(mail?.text ?? "");
  const secret = link?.[1] ?? "";
  expect(secret).not.toBe("");
  expect(mail?.text).not.toContain("070-");
  await expect(staff.locator("[data-leader-link] a")).toHaveAttribute("href", link?.[0] ?? "");

  // The leader opens it, with no account and no cookie: tonight, its walkers by name, the form.
  const leader = await (await browser.newContext({ baseURL: "http://127.0.0.1:4399", viewport: { width: 320, height: 640 } })).newPage();
  const reportPath = `/sv/night-walks/report/${secret}/`;
  const opened = await leader.goto(reportPath);
  expect(opened?.headers()["cache-control"]).toBe("no-store");
  expect(opened?.headers()["x-robots-tag"]).toBe("noindex");
  await expect(leader.locator(`[data-report-night="${tonight}"]`)).toBeVisible();
  await expect(leader.getByLabel("Hassan Ali")).toBeChecked();
  await expect(leader.locator("main")).not.toContainText("070-111");
  // A time that is not one: said at the field, linked from the summary, nothing typed lost.
  await leader.getByLabel(sv("nightwalk.report.started")).fill("8");
  await leader.getByLabel(sv("nightwalk.report.route")).fill("Torget, skolan och badplatsen");
  await leader.getByLabel(sv("nightwalk.report.youngPeople")).fill("14");
  await leader.getByLabel(sv("nightwalk.report.happening.conflictCalmed")).check();
  await leader.getByRole("button", { name: sv("nightwalk.report.submit") }).click();
  await expect(leader.locator(".error-summary")).toBeFocused();
  await expect(leader.locator(".error-summary a")).toHaveText(sv("nightwalk.report.error.started"));
  await expect(leader.getByLabel(sv("nightwalk.report.started"))).toHaveAttribute("aria-invalid", "true");
  await expect(leader.getByLabel(sv("nightwalk.report.route"))).toHaveValue("Torget, skolan och badplatsen");
  await expect(leader.getByLabel(sv("nightwalk.report.happening.conflictCalmed"))).toBeChecked();
  await noAxeViolations(leader);
  await leader.getByLabel(sv("nightwalk.report.started")).fill("20:10");
  await leader.getByRole("button", { name: sv("nightwalk.report.submit") }).click();
  await expect(leader.locator("[data-report-saved]")).toBeVisible();
  await expect(leader.getByLabel(sv("nightwalk.report.youngPeople"))).toHaveValue("14");
  expect(await leader.context().cookies()).toEqual([]);
  // A link that is not (or no longer) one opens nothing.
  expect((await leader.goto("/sv/night-walks/report/ABCDEFGHJKMNPQRSTUVWXYZ2/"))?.status()).toBe(404);
  await expect(leader.locator(".error-summary")).toContainText(sv("nightwalk.report.notFound"));

  // The coordinator sees the leader's report, and corrects a number.
  await staff.goto("/staff/night-walks/area-tallmon");
  const reported = staff.locator(`[data-night="${tonight}"]`);
  await expect(reported.locator("[data-night-status]")).toHaveText("Rapporterad");
  await expect(reported.locator("summary")).toContainText("från ledaren");
  await reported.locator("summary").click();
  await expect(reported.getByLabel("Var ni gick")).toHaveValue("Torget, skolan och badplatsen");
  await reported.getByLabel("Antal unga ni pratade med").fill("15");
  await reported.getByRole("button", { name: /Spara rapporten/ }).click();
  await expect(staff.getByRole("status")).toHaveText("Rapporten är sparad.");
  await expect(staff.locator(`[data-night="${tonight}"] [data-night-status]`)).toHaveText("Rapporterad");
  await staff.locator(`[data-night="${tonight}"] summary`).click();
  await expect(staff.locator(`[data-night="${tonight}"]`).getByLabel("Antal unga ni pratade med")).toHaveValue("15");

  // The leader's page, in every locale, at 320 px: its language and direction, no axe violations, nothing wider than the screen.
  for (const locale of LOCALES) {
    await leader.goto(`/${locale}/night-walks/report/${secret}/`);
    await expect(leader.locator("html")).toHaveAttribute("dir", locale === "ar" || locale === "fa" ? "rtl" : "ltr");
    await expect(leader.locator("h1")).toHaveText(createTranslator(locale)("nightwalk.report.title"));
    await noAxeViolations(leader);
    expect(await leader.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  }

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

test("the calendar's week lists the area's night walks with their counts, and leaves them out for children's activities", async ({ page }) => {
  await page.goto("/sv/calendar/?area=tallmon");
  const item = page.locator('[data-night-walk="nightwalk-extra-tallmon:2026-11-24"]');
  await expect(item).toContainText("Nattvandring i Tallmon – extra kväll");
  await expect(item).toContainText(sv("nightwalk.title"));
  await expect(item.getByRole("link")).toHaveAttribute("href", "/sv/night-walks/?area=tallmon&date=2026-11-24");
  await expect(page.locator('[data-night-walk^="nightwalk-kvarnby:"]')).toHaveCount(0);
  await page.goto("/sv/calendar/?area=tallmon&age=children");
  await expect(page.locator("[data-night-walk]")).toHaveCount(0);
  await page.goto("/ar/calendar/?area=kvarnby");
  await expect(page.locator('[data-night-walk="nightwalk-kvarnby:2026-11-27"]')).toContainText(ar("nightwalk.title"));
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
