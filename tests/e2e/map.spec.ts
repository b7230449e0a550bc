import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";

// The server runs at a fixed instant (playwright.config.ts): Tuesday 24 November 2026, 17:30.
const DATE = "2026-11-24";
const TIME = "17:30";

interface Doc {
  _id: string;
  _type: string;
  kind?: string;
  openingHours?: { day: string; opens: string; closes: string }[];
  hoursExceptions?: { date: string }[];
  startDate?: string;
  endTime?: string;
  rrule?: string;
  exdates?: string[];
}
const docs = readFileSync("sanity/seed/dataset.ndjson", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as Doc);

/**
 * The expected "open this evening" set, worked out here from the raw dataset on its own
 * terms, not with the code under test: a Tuesday window still open after 17:30, or an
 * activity on this Tuesday that ends after 17:30.
 */
function expectedEvening(): string[] {
  const places = docs
    .filter((d) => d._type === "office" || d._type === "clinic")
    .filter((d) => !d.hoursExceptions?.some((e) => e.date === DATE))
    .filter((d) => d.openingHours?.some((w) => w.day === "tue" && w.closes > TIME));
  const activities = docs.filter((d) => {
    if (d._type !== "activity" || !d.startDate || !d.endTime || d.endTime <= TIME) return false;
    if (d.exdates?.includes(DATE)) return false;
    if (!d.rrule) return d.startDate === DATE;
    const rule = Object.fromEntries(d.rrule.split(";").map((p) => p.split("=") as [string, string]));
    if (rule["FREQ"] !== "WEEKLY" || !(rule["BYDAY"] ?? "").split(",").includes("TU")) return false;
    if (d.startDate > DATE || (rule["UNTIL"] && rule["UNTIL"] < DATE.replaceAll("-", ""))) return false;
    const weeks = Math.floor((Date.parse(DATE) - Date.parse(d.startDate)) / (7 * 86_400_000));
    return weeks % Number(rule["INTERVAL"] ?? "1") === 0;
  });
  return [...places, ...activities].map((d) => d._id).sort();
}

async function listedIds(page: Page): Promise<string[]> {
  return (await page.locator("[data-places] > li:not([hidden])").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-id") ?? ""))).sort();
}

test("“open this evening” at a frozen time gives the same expected set in map and list", async ({ page }) => {
  const expected = expectedEvening();
  expect(expected.length).toBeGreaterThan(2);
  await page.goto("/sv/map/?open=evening");
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", String(expected.length));
  expect(await listedIds(page)).toEqual(expected);
  // The map shows the same number of places, clustered or not.
  const onMap = await page.evaluate(() => {
    const markers = document.querySelectorAll(".leaflet-marker-icon:not(.marker-cluster)").length;
    const clustered = [...document.querySelectorAll(".marker-cluster span")].reduce((sum, el) => sum + Number(el.textContent), 0);
    return markers + clustered;
  });
  expect(onMap).toBe(expected.length);
});

test("with JavaScript, changing a filter updates map, list and address, and Back restores it", async ({ page }) => {
  await page.goto("/en/map/");
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", /^\d+$/);
  const all = Number(await page.locator("html").getAttribute("data-map-ready"));
  await page.getByLabel("What").selectOption("youthClinic");
  await expect(page).toHaveURL(/\?kind=youthClinic$/);
  const clinics = docs.filter((d) => d._type === "clinic" && d.kind === "youth").length;
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", String(clinics));
  await expect(page.locator("[data-places] > li:not([hidden])")).toHaveCount(clinics);
  await expect(page.locator("[data-results-count]")).toHaveText(`${String(clinics)} places`);
  await page.goBack();
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", String(all));
  await expect(page.getByLabel("What")).toHaveValue("");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the list filters by a plain GET form", async ({ page }) => {
    await page.goto("/sv/map/");
    await page.getByLabel("När").selectOption("evening");
    await page.getByRole("button", { name: "Visa platser" }).click();
    await expect(page).toHaveURL(/open=evening/);
    expect(await listedIds(page)).toEqual(expectedEvening());
    await expect(page.locator("#map-root")).toBeHidden();
  });

  test("postal-code lookup: in the municipality, outside it, malformed", async ({ page }) => {
    await page.goto("/sv/map/");
    await page.getByLabel("Postnummer").fill("99010");
    await page.getByRole("button", { name: "Hitta mitt område" }).click();
    await expect(page).toHaveURL(/\/sv\/areas\/norrgardet\/$/);

    await page.goto("/en/map/");
    await page.getByLabel("Postal code").fill("111 22");
    await page.getByRole("button", { name: "Find my area" }).click();
    await expect(page.getByRole("status")).toContainText("111 22 is not in");

    await page.goto("/en/map/");
    await page.getByLabel("Postal code").fill("12a");
    await page.getByRole("button", { name: "Find my area" }).click();
    await expect(page.locator(".error-summary")).toContainText("A postal code has five digits");
    await expect(page.getByLabel("Postal code")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Postal code")).toHaveValue("12a");
    await expect(page.locator(".error-summary a")).toHaveAttribute("href", "#postcode");
  });
});

test("the map in Arabic puts its controls on the right and still works without tiles", async ({ page }) => {
  const failed: string[] = [];
  page.on("requestfailed", (r) => failed.push(r.url()));
  await page.goto("/ar/map/");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator(".leaflet-top.leaflet-right .leaflet-control-zoom")).toBeVisible();
  await expect(page.locator(".leaflet-top.leaflet-left .leaflet-control-zoom")).toHaveCount(0);
  await expect(page.locator("path.leaflet-interactive")).toHaveCount(docs.filter((d) => d._type === "area").length);
  expect(failed).toEqual([]);
});

test.describe("use my location", () => {
  test.use({ permissions: ["geolocation"], geolocation: { latitude: 60.0908, longitude: 15.0371 } });

  test("finds the area by point in polygon, in the browser", async ({ page }) => {
    const posted: string[] = [];
    page.on("request", (r) => {
      if (r.method() !== "GET" || r.url().includes("60.09")) posted.push(r.url());
    });
    await page.goto("/en/map/");
    await page.getByRole("button", { name: "Use my location" }).click();
    await expect(page).toHaveURL(/\/en\/areas\/norrgardet\/$/);
    expect(posted).toEqual([]);
  });

  test("says so outside every area", async ({ page, context }) => {
    await context.setGeolocation({ latitude: 59.33, longitude: 18.06 });
    await page.goto("/en/map/");
    await page.getByRole("button", { name: "Use my location" }).click();
    await expect(page.locator(".locate-message")).toHaveText("Your position is outside the areas of the municipality.");
  });
});
