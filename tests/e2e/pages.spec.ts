import { expect, test } from "@playwright/test";
import { LOCALES } from "../../src/lib/i18n/locales.ts";
import { expectNoAxeViolations } from "./axe.ts";
import { PAGE_TYPES } from "./site.ts";

const RTL = new Set(["ar", "fa"]);

test.use({ viewport: { width: 320, height: 640 } });

for (const locale of LOCALES) {
  test.describe(locale, () => {
    for (const [type, path] of Object.entries(PAGE_TYPES)) {
      test(`${type} page: lang, dir, no axe violations, fits 320 px`, async ({ page }) => {
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

    test("404 page answers 404 in its language", async ({ page }) => {
      const response = await page.goto(`/${locale}/areas/finns-inte/`);
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expectNoAxeViolations(page);
    });
  });
}
