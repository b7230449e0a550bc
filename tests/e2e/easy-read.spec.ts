/**
 * Easy-to-read Swedish (lättläst) in the browser: a Swedish page with an easy version links to
 * it from the header ("Lättläst") and names it as its alternate; the easy page links back and
 * names the normal page; pages without one, and every other language, have no such link. The
 * easy pages keep lang="sv", fit 320 px, pass axe and put their heading on a phone's first screen.
 */
import { expect, test, type Page } from "@playwright/test";
import { createTranslator } from "../../src/lib/i18n/index.ts";
import { LOCALES } from "../../src/lib/i18n/locales.ts";
import { expectNoAxeViolations as noAxeViolations } from "./axe.ts";
import { PAGE_TYPES } from "./site.ts";

const sv = createTranslator("sv");
const alternates = (page: Page) => page.locator('head link[rel="alternate"]:not([hreflang])').evaluateAll((links) => links.map((l) => new URL(l.getAttribute("href") ?? "").pathname));

test.use({ viewport: { width: 320, height: 640 } });

for (const [normal, easy] of [
  ["/sv/", "/sv/lattlast/"],
  ["/sv/book/", "/sv/lattlast/boka/"],
  ["/sv/contact/", "/sv/lattlast/skriv-till-oss/"],
  ["/sv/crisis/", "/sv/lattlast/krisnummer/"],
  ["/sv/areas/kvarnby/", "/sv/lattlast/omraden/kvarnby/"],
] as const) {
  test(`${normal} ↔ ${easy}`, async ({ page }) => {
    await page.goto(normal);
    const link = page.locator("header [data-easy-link]");
    await expect(link).toHaveText(sv("easy.link"));
    await expect(link).toBeInViewport();
    expect(await alternates(page)).toEqual([easy]);
    await link.click();
    await expect(page).toHaveURL(easy);
    await expect(page.locator("html")).toHaveAttribute("lang", "sv");
    await expect(page.locator("main .easy-note")).toHaveText(sv("easy.intro"));
    expect(await alternates(page)).toEqual([normal]);
    await expect(page.locator("header [data-easy-link]")).toHaveCount(0);
    // On a phone's first screen, and nothing wider than it.
    expect(await page.locator("h1").evaluate((h) => h.getBoundingClientRect().top)).toBeLessThanOrEqual(250);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await noAxeViolations(page);
    await page.getByRole("link", { name: sv("easy.back") }).click();
    await expect(page).toHaveURL(normal);
  });
}

test("an office's and a clinic's page lead to what an area office and a youth clinic are; the easy home lists every easy page and area", async ({ page }) => {
  await page.goto(`/sv/${PAGE_TYPES.office}`);
  await expect(page.locator("header [data-easy-link]")).toHaveAttribute("href", "/sv/lattlast/omradeskontor/");
  await page.goto(`/sv/${PAGE_TYPES.clinic}`);
  await expect(page.locator("header [data-easy-link]")).toHaveAttribute("href", "/sv/lattlast/ungdomsmottagning/");
  await page.goto("/sv/lattlast/");
  const links = await page.locator("main .link-list a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(links).toEqual(expect.arrayContaining(["/sv/lattlast/omradeskontor/", "/sv/lattlast/ungdomsmottagning/", "/sv/lattlast/socialtjansten/", "/sv/lattlast/omraden/kvarnby/"]));
  for (const href of links) expect((await page.request.get(href ?? "")).status(), href ?? "").toBe(200);
  await page.goto("/sv/lattlast/socialtjansten/");
  await noAxeViolations(page);
});

test("pages without an easy version, and every other language, have no Lättläst link; easy pages exist in Swedish only", async ({ page }) => {
  await page.goto(`/sv/${PAGE_TYPES.map}`);
  await expect(page.locator("header [data-easy-link]")).toHaveCount(0);
  for (const locale of LOCALES.filter((l) => l !== "sv")) {
    await page.goto(`/${locale}/`);
    await expect(page.locator("header [data-easy-link]"), locale).toHaveCount(0);
    expect((await page.request.get(`/${locale}/lattlast/`)).status(), locale).toBe(404);
  }
  expect((await page.request.get("/sv/lattlast/finns-inte/")).status()).toBe(404);
  expect((await page.request.get("/sv/lattlast/omraden/finns-inte/")).status()).toBe(404);
});
