/**
 * The follow-up's insights page in a real browser: a staff member with the insights role picks a
 * quarter and an area (the selection in the address), reads the table behind a chart, downloads
 * a table as CSV and prints the report (the print stylesheet leaves the forms out); others are
 * refused; axe finds nothing.
 */
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations as noAxeViolations } from "./axe.ts";
import { staffPage } from "./site.ts";

test("insights for a quarter and an area: the table behind a chart, CSV, print", async ({ browser }) => {
  const page = await staffPage(browser, "ines");
  await page.goto("/staff/");
  await page.getByRole("link", { name: "Till uppföljningen" }).click();
  await expect(page.locator("h1")).toHaveText("Uppföljning: hela kommunen");
  await page.getByRole("link", { name: "Förra kvartalet" }).click();
  // The clock is 24 November 2026: the last quarter is July to September.
  await expect(page.locator("[data-period]")).toHaveAttribute("data-period", "2026-07-01/2026-09-30");
  await page.locator("select[name=area]").selectOption({ label: "Kvarnby" });
  await page.getByRole("button", { name: "Visa", exact: true }).click();
  await expect(page).toHaveURL(/from=2026-07-01&to=2026-09-30&area=kvarnby/);
  await expect(page.locator("h1")).toHaveText("Uppföljning: Kvarnby");
  // Every chart has its sentence and the same numbers in a table beside it.
  const weekly = page.locator('[data-insight="bookingsByWeek"]');
  await expect(weekly.locator("svg[role=img]")).toHaveCount(1);
  await expect(weekly.locator("tbody tr")).toHaveCount(14);
  await expect(weekly.locator("tbody tr").first().locator("th")).toContainText("v. 27");
  await noAxeViolations(page);

  const download = page.waitForEvent("download");
  await page.locator('[data-insight="totals"]').getByRole("link", { name: /CSV/ }).click();
  const { readFileSync } = await import("node:fs");
  const csv = readFileSync(await (await download).path(), "utf8");
  expect(csv.split("\r\n")[0]).toBe("\uFEFF;Perioden;Perioden före");
  expect(csv).toContain("Bokningar gjorda;");

  // On paper: the forms and the site's frame are left out, the charts and tables stay.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("form.filters")).toBeHidden();
  await expect(weekly.locator("table")).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  const other = await staffPage(browser, "rita");
  expect((await other.goto("/staff/insights/"))?.status()).toBe(403);
});
