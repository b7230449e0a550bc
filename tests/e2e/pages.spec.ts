import { test as base, expect, type Page } from "@playwright/test";
import { LOCALES } from "../../src/lib/i18n/locales.ts";
import { expectNoAxeViolations } from "./axe.ts";
import { BASE_URL, PAGE_TYPES } from "./site.ts";

const RTL = new Set(["ar", "fa"]);

/**
 * Every page type in every locale is visited in one tab at 320 × 640, kept for the whole run:
 * each test is a fresh document (a new navigation), without the cost of a new browser context
 * for each of the 250 checks. Residents' pages keep nothing in the browser, so nothing carries
 * over from one page to the next.
 */
const test = base.extend<object, { tab: Page }>({
  tab: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ baseURL: BASE_URL, viewport: { width: 320, height: 640 }, serviceWorkers: "block" });
      await use(await context.newPage());
      await context.close();
    },
    { scope: "worker" },
  ],
});

for (const locale of LOCALES) {
  test.describe(locale, () => {
    for (const [type, path] of Object.entries(PAGE_TYPES)) {
      test(`${type} page: lang, dir, no axe violations, fits 320 px`, async ({ tab: page }) => {
        const response = await page.goto(`/${locale}/${path}`);
        expect(response?.status()).toBe(200);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(page.locator("html")).toHaveAttribute("dir", RTL.has(locale) ? "rtl" : "ltr");
        await expect(page.locator("h1")).toHaveCount(1);
        await expect(page.locator("[data-quick-exit]").first()).toBeVisible();
        // The map island draws after load: check it as a visitor sees it.
        if (type === "map") await expect(page.locator("html")).toHaveAttribute("data-map-ready", /^\d+$/);
        await expectNoAxeViolations(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }

    test("404 page answers 404 in its language", async ({ tab: page }) => {
      const response = await page.goto(`/${locale}/areas/finns-inte/`);
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expectNoAxeViolations(page);
    });
  });
}

test("the accessibility check itself fails on a page with violations", async ({ page }) => {
  await page.setContent(`<html><head><title>x</title></head><body><main><img src="data:,"><p style="color:#bbb;background:#fff">Svag text</p></main></body></html>`);
  const failure = await expectNoAxeViolations(page).then(
    () => "",
    (e: unknown) => String(e),
  );
  expect(failure).toContain("image-alt");
  expect(failure).toContain("color-contrast");
  expect(failure).toContain("html-has-lang");
});
