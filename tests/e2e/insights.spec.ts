/**
 * The follow-up's insights page in a real browser: a staff member with the insights role picks a
 * quarter and an area (the selection in the address), reads the table behind a chart, downloads
 * a table as CSV and prints the report (the print stylesheet leaves the forms out); others are
 * refused; axe finds nothing. The server starts with the demo's year of synthetic history
 * (`npm run followup -- demo`), so the numbers are read and checked against each other.
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
  await expect(page.locator("[data-synthetic]")).toContainText("Exempeldata");
  // The weeks' total is the key figure for bookings made. A quiet summer week in a small area is
  // hidden ("< 5"), and never alone: the total minus the weeks shown must not give it back.
  const number = (s: string | null) => Number((s ?? "").replace(/\s/g, ""));
  const madeRow = page.locator('[data-insight="totals"] tbody tr', { hasText: "Bokningar gjorda" });
  const made = number(await madeRow.locator("td").first().textContent());
  expect(made).toBeGreaterThan(100);
  expect(number(await weekly.locator("tfoot td").textContent())).toBe(made);
  const weeks = await weekly.locator("tbody td").allTextContents();
  const hidden = weeks.filter((w) => w === "< 5");
  const shownWeeks = weeks.filter((w) => w !== "< 5").map(number);
  expect(shownWeeks.every((n) => Number.isInteger(n) && (n === 0 || n >= 5))).toBe(true);
  expect(hidden.length).not.toBe(1);
  const rest = made - shownWeeks.reduce((a, b) => a + b, 0);
  // What the hidden weeks hold together (at least one of them below 5, the others perhaps more).
  expect(hidden.length === 0 ? rest === 0 : rest > 0).toBe(true);
  // The response times: every answer in one band, the bands' total in the table's foot.
  const response = page.locator('[data-insight="responseTimes"]');
  await expect(response.locator("svg[role=img]")).toHaveCount(1);
  await expect(response.locator("tbody tr")).toHaveCount(5);
  await expect(response.locator("p").first()).toContainText(/hälften inom [\d,]+ timmar/);
  await noAxeViolations(page);

  const download = page.waitForEvent("download");
  await page.locator('[data-insight="totals"]').getByRole("link", { name: /CSV/ }).click();
  const { readFileSync } = await import("node:fs");
  const csv = readFileSync(await (await download).path(), "utf8");
  expect(csv.split("\r\n")[0]).toBe("\uFEFF;Perioden;Perioden före");
  expect(csv).toContain(`Bokningar gjorda;${String(made)};`);

  // On paper: the forms and the site's frame are left out, the charts and tables stay.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("form.filters")).toBeHidden();
  await expect(weekly.locator("table")).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  // One clinic instead of the area: the evening's share as a per cent, and the visits' breakdowns add up to the key figure.
  await page.locator("select[name=area]").selectOption({ label: "Hela kommunen" });
  await page.locator("select[name=unit]").selectOption({ label: "Ungdomsmottagningen Ekbacken" });
  await page.getByRole("button", { name: "Visa", exact: true }).click();
  await expect(page).toHaveURL(/unit=clinic-ungdomsmottagningen-ekbacken/);
  await expect(page.locator("h1")).toHaveText("Uppföljning: Ungdomsmottagningen Ekbacken");
  const evening = page.locator('[data-insight="evening"]');
  await expect(evening.locator("p").first()).toContainText(/erbjudna tiderna: [\d,]+ %/);
  const share = Number(/erbjudna tiderna: ([\d,]+) %/.exec((await evening.locator("p").first().textContent()) ?? "")?.[1]?.replace(",", "."));
  const offered = (await evening.locator("tbody tr").allInnerTexts()).map((row) => number(row.split("\t")[1] ?? ""));
  expect(share).toBeCloseTo((100 * (offered[0] ?? 0)) / ((offered[0] ?? 0) + (offered[1] ?? 0)), 0);
  const visits = number(await page.locator('[data-insight="totals"] tbody tr', { hasText: "Bokade besök" }).locator("td").first().textContent());
  expect(number(await page.locator('[data-insight="visitsByStatus"] tfoot td').first().textContent())).toBe(visits);
  // Threads by unit: the clinic's own only.
  await expect(page.locator('[data-insight="threadsByUnit"] tbody tr')).toHaveCount(1);
  await expect(page.locator('[data-insight="threadsByUnit"] tbody th')).toHaveText("Ungdomsmottagningen Ekbacken");
  await noAxeViolations(page);

  const other = await staffPage(browser, "rita");
  expect((await other.goto("/staff/insights/"))?.status()).toBe(403);
});

test("the open statistics as served, over the demo's year: valid against the schema served beside them, no small count anywhere, none a total gives back", async ({ request }) => {
  const { Ajv2020 } = await import("ajv/dist/2020.js");
  const schema = (await (await request.get("/api/open/statistics.schema.json")).json()) as object;
  const response = await request.get("/api/open/statistics.json");
  expect(response.status()).toBe(200);
  const stats = (await response.json()) as { threshold: number; rows: { month: string; area: string | null; measure: string; value: number | null; suppressed: boolean }[] };
  const validate = new Ajv2020({ allErrors: true }).compile(schema);
  expect(validate(stats), JSON.stringify(validate.errors)).toBe(true);
  // Twelve months of the demo's history, every area and measure.
  expect(new Set(stats.rows.map((r) => r.month)).size).toBe(12);
  expect(stats.rows.filter((r) => r.value !== null && r.value > 0).length).toBeGreaterThan(100);
  expect(stats.rows.filter((r) => r.value !== null && r.value > 0 && r.value < stats.threshold)).toEqual([]);
  expect(stats.rows.every((r) => r.suppressed === (r.value === null))).toBe(true);
  const lines = Map.groupBy(stats.rows, (r) => `${r.month} ${r.measure}`);
  for (const [line, rows] of lines) {
    const total = rows.find((r) => r.area === null);
    if (!total || total.suppressed) continue;
    expect(rows.filter((r) => r.area !== null && r.suppressed).length, line).not.toBe(1);
  }
  const csv = await (await request.get("/api/open/statistics.csv")).text();
  expect(csv.split("\r\n")[0]).toBe("\uFEFFmonth;area;measure;value");
  expect(csv).not.toMatch(/;[1-4]\r\n/);
});
