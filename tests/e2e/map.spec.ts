import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { createTranslator } from "../../src/lib/i18n/index.ts";

const ar = createTranslator("ar");

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
  startTime?: string;
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
  // Activities and night walks alike: on today's date by their rule, and not over yet (a walk past midnight runs all evening).
  const activities = docs.filter((d) => {
    if ((d._type !== "activity" && d._type !== "nightWalk") || !d.startDate || !d.endTime) return false;
    if (d.endTime <= TIME && !(d._type === "nightWalk" && d.endTime <= (d.startTime ?? ""))) return false;
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

/** Places on the server's picture of the map: a cluster counts its number, a marker one (the areas' names are no markers). */
async function placesInPicture(page: Page): Promise<number> {
  return page.locator("svg.map-static g[transform] text").evaluateAll((texts) => texts.reduce((sum, t) => sum + (/^\d+$/.test(t.textContent) ? Number(t.textContent) : 1), 0));
}

/** Places on the live map: a cluster counts its number, a marker one. */
async function placesOnMap(page: Page): Promise<number> {
  return page.evaluate(() => {
    const markers = document.querySelectorAll(".leaflet-marker-icon:not(.marker-cluster)").length;
    const clustered = [...document.querySelectorAll(".marker-cluster span")].reduce((sum, el) => sum + Number(el.textContent), 0);
    return markers + clustered;
  });
}

const PLACES = docs.filter((d) => d._type === "office" || d._type === "clinic" || d._type === "activity" || d._type === "nightWalk").length;

test("“open this evening” at a frozen time gives the same expected set in map and list", async ({ page }) => {
  const expected = expectedEvening();
  expect(expected.length).toBeGreaterThan(2);
  await page.goto("/sv/map/?open=evening");
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", String(expected.length));
  expect(await listedIds(page)).toEqual(expected);
  // The live map, and the picture it replaced, show the same number of places, clustered or not.
  expect(await placesOnMap(page)).toBe(expected.length);
  expect(await placesInPicture(page)).toBe(expected.length);
  await expect(page.locator("svg.map-static")).toBeHidden();
  await expect(page.locator(".leaflet-container")).toBeVisible();
});

test("a cluster opens by keyboard: Enter zooms in on it, and focus stays on the map", async ({ page }) => {
  await page.goto("/en/map/");
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", /^\d+$/);
  const cluster = page.locator(".marker-cluster").first();
  await expect(cluster).toHaveAccessibleName(/^\d+ places$/);
  const zoomBefore = await page.locator(".leaflet-proxy").getAttribute("style");
  await cluster.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(".leaflet-proxy")).not.toHaveAttribute("style", zoomBefore ?? "");
  await expect(page.locator(".leaflet-container")).toBeFocused();
});

test("places on one spot stay one cluster, and opening it lists them with links", async ({ page }) => {
  // Three of the demo activities in Ekbacken meet at the same school.
  const spot = docs.filter((d) => d._type === "activity" && (d as { place?: { location?: { lat: number } } }).place?.location?.lat === 60.0869);
  expect(spot.length).toBe(3);
  await page.goto("/en/map/?kind=activity&area=ekbacken");
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", /^\d+$/);
  const popup = page.locator(".leaflet-popup .popup-list");
  // Open the cluster of three until it no longer breaks up: then it lists its places.
  for (let step = 0; step < 12 && !(await popup.isVisible()); step++) {
    const cluster = page.locator(".marker-cluster", { hasText: /^[3-9]$/ }).first();
    await cluster.focus();
    await page.keyboard.press("Enter");
    await page.waitForTimeout(400);
  }
  await expect(popup.getByRole("link")).toHaveCount(3);
  await expect(popup.getByRole("link").first()).toHaveAttribute("href", /^\/en\/activities\//);
});

test("when the live map's places cannot be fetched, the picture and the GET form still work", async ({ page }) => {
  await page.route("**/map/places.json", (route) => route.fulfill({ status: 503, body: "" }));
  await page.goto("/en/map/");
  await expect(page.locator("#map-root")).toHaveAttribute("data-map-failed", "");
  await expect(page.locator("svg.map-static")).toBeVisible();
  await expect(page.locator(".leaflet-container")).toBeHidden();
  // The filter form is not taken over: it sends a plain GET, and the server filters.
  await page.getByLabel("When").selectOption("evening");
  await page.getByRole("button", { name: "Show places" }).click();
  await expect(page).toHaveURL(/\/en\/map\/\?.*open=evening/);
  // The address changes when the new page starts to arrive: wait for its list before reading it.
  await expect(page.locator("[data-places] > li")).toHaveCount(expectedEvening().length);
  expect(await listedIds(page)).toEqual(expectedEvening());
  expect(await placesInPicture(page)).toBe(expectedEvening().length);
});

test("with JavaScript, changing a filter updates map, list and address, and Back restores it", async ({ page }) => {
  await page.goto("/en/map/");
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", /^\d+$/);
  const all = Number(await page.locator("html").getAttribute("data-map-ready"));
  const entries = await page.evaluate(() => history.length);
  // Arrow keys through a select filter at each step, and add no history entries.
  await page.getByLabel("What").focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.getByLabel("What").selectOption("youthClinic");
  await expect(page).toHaveURL(/\?kind=youthClinic$/);
  expect(await page.evaluate(() => history.length)).toBe(entries);
  const clinics = docs.filter((d) => d._type === "clinic" && d.kind === "youth").length;
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", String(clinics));
  await expect(page.locator("[data-places] > li:not([hidden])")).toHaveCount(clinics);
  // The new number is a status message just below the button: screen readers hear it without moving focus.
  await expect(page.locator("#filter-count [data-results-count]")).toHaveText(`${String(clinics)} places`);
  await expect(page.locator("#filter-count [data-results-count]")).toHaveAttribute("aria-live", "polite");
  await expect(page.locator("#results-title [data-results-count]")).toHaveText(`${String(clinics)} places`);
  await expect(page.getByRole("navigation", { name: "Pages of the list" })).toHaveCount(0);
  // "Show places" makes the view an entry of its own, and its count is in view.
  await page.getByRole("button", { name: "Show places" }).click();
  expect(await page.evaluate(() => history.length)).toBe(entries + 1);
  await expect(page.locator("#filter-count")).toBeInViewport();
  await page.goBack();
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", String(all));
  await expect(page.getByLabel("What")).toHaveValue("");
  // Back at every place: the list is cut into pages again, by the script this time.
  await expect(page.locator("[data-places] > li")).toHaveCount(50);
  await expect(page.getByRole("navigation", { name: "Pages of the list" }).getByRole("link", { name: "Next page" })).toHaveAttribute("href", "/en/map/?page=2");
  await expect(page.getByRole("navigation", { name: "Pages of the list" })).toContainText("Page 1 of 2");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the list filters by a plain GET form", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto("/sv/map/");
    await page.getByLabel("När").selectOption("evening");
    await page.getByRole("button", { name: "Visa platser" }).click();
    await expect(page).toHaveURL(/open=evening/);
    // The new page opens at the count, just below the button.
    await expect(page).toHaveURL(/#filter-count$/);
    await expect(page.locator("#filter-count [data-results-count]")).toBeInViewport();
    await expect(page.locator("[data-places] > li")).toHaveCount(expectedEvening().length);
    expect(await listedIds(page)).toEqual(expectedEvening());
    // The server's picture of the map shows the same places, and nothing needs a script.
    await expect(page.locator("svg.map-static")).toBeVisible();
    expect(await placesInPicture(page)).toBe(expectedEvening().length);
  });

  test("the list comes a page at a time, the picture of the map shows them all", async ({ page }) => {
    await page.goto("/en/map/");
    // Every place of the demo, and any activity approved by another test before this one.
    const total = Number((await page.locator("#results-title [data-results-count]").textContent())?.replace(/\D/g, ""));
    expect(total).toBeGreaterThanOrEqual(PLACES);
    expect(total).toBeLessThanOrEqual(100);
    await expect(page.locator("[data-places] > li")).toHaveCount(50);
    expect(await placesInPicture(page)).toBe(total);
    const pager = page.getByRole("navigation", { name: "Pages of the list" });
    await expect(pager).toContainText("Page 1 of 2");
    await pager.getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/\/en\/map\/\?page=2$/);
    await expect(page.locator("[data-places] > li")).toHaveCount(total - 50);
    await expect(pager).toContainText("Page 2 of 2");
    await pager.getByRole("link", { name: "Previous page" }).click();
    await expect(page.locator("[data-places] > li")).toHaveCount(50);
    // A page number past the end shows the last page.
    await page.goto("/en/map/?page=9");
    await expect(pager).toContainText("Page 2 of 2");
    await expect(pager.getByRole("link", { name: "Previous page" })).toHaveAttribute("href", "/en/map/");
  });

  test("postal-code lookup: in the municipality, outside it, malformed", async ({ page }) => {
    await page.goto("/sv/map/");
    await page.getByLabel("Postnummer").fill("99010");
    await page.getByRole("button", { name: "Hitta mitt område" }).click();
    await expect(page).toHaveURL(/\/sv\/areas\/norrgardet\/\?postcode=990\+10$/);
    await expect(page.locator("[data-postcode-found]")).toHaveText("Postnummer 990 10 hör till Norrgärdet.");

    // In Arabic and Persian, with the digits their keyboards type: the code said back left to right.
    for (const [locale, typed, label] of [["ar", "٩٩٠ ١٠", "الرمز البريدي"], ["fa", "۹۹۰۱۰", "کد پستی"]] as const) {
      await page.goto(`/${locale}/map/`);
      await page.locator("#postcode").fill(typed);
      await page.locator("#postcode").press("Enter");
      await expect(page).toHaveURL(new RegExp(`/${locale}/areas/norrgardet/\\?postcode=990\\+10$`));
      const found = page.locator("[data-postcode-found]");
      await expect(found).toContainText(label);
      expect(await found.textContent()).toContain("\u2066990 10\u2069");
    }

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

test("an error summary takes focus as the page opens, so that it is read first and its link is one Tab away", async ({ page }) => {
  await page.goto("/en/map/");
  await page.getByLabel("Postal code").fill("12a");
  await page.getByRole("button", { name: "Find my area" }).click();
  await expect(page.locator(".error-summary")).toContainText("A postal code has five digits");
  await expect(page.locator(".error-summary")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.locator(".error-summary a[href='#postcode']")).toBeFocused();
});

test("the map in Arabic puts its controls on the right and still works without tiles", async ({ page }) => {
  const failed: string[] = [];
  page.on("requestfailed", (r) => failed.push(r.url()));
  await page.goto("/ar/map/");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator(".leaflet-top.leaflet-right .leaflet-control-zoom")).toBeVisible();
  await expect(page.locator(".leaflet-top.leaflet-left .leaflet-control-zoom")).toHaveCount(0);
  const areas = docs.filter((d) => d._type === "area").length;
  await expect(page.locator(".leaflet-overlay-pane path")).toHaveCount(areas);
  // The areas are ground, not controls: never in the keyboard order, each named on the map.
  await expect(page.locator(".leaflet-overlay-pane path.leaflet-interactive")).toHaveCount(0);
  await expect(page.locator(".leaflet-tooltip.area-label")).toHaveCount(areas);
  await expect(page.locator(".leaflet-tooltip.area-label", { hasText: "Kvarnby" })).toBeVisible();
  // The zoom buttons speak Arabic.
  await expect(page.locator(".leaflet-control-zoom-in")).toHaveAttribute("aria-label", ar("map.zoomIn"));
  await expect(page.locator(".leaflet-control-zoom-out")).toHaveAttribute("title", ar("map.zoomOut"));
  expect(failed).toEqual([]);
});

test("the server's picture of the map names every area", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: "http://127.0.0.1:4399", javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/fa/map/");
  const names = await page.locator("svg.map-static text").allTextContents();
  for (const area of docs.filter((d) => d._type === "area")) expect(names).toContain((area as unknown as { name: { language: string; value: string }[] }).name.find((n) => n.language === "fa")?.value);
  await context.close();
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
