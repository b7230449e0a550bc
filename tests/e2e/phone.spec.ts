/**
 * Nära on a phone (360 × 640), in every locale: the page's heading within the first 250 px, the
 * menu folded into a native disclosure (the row of links on a wide screen), the quick exit in
 * reach however far the page scrolls without hiding the page's end or a focused link, and a
 * booking that leaves no visit type, clinic or date in the browser's history — nor any of its
 * steps after a quick exit.
 */
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { LOCALES } from "../../src/lib/i18n/locales.ts";
import { BOOKING, PAGE_TYPES } from "./site.ts";

const PHONE = { width: 360, height: 640 };
const NEUTRAL = "https://www.smhi.se/";

test.beforeEach(async ({ context }) => {
  // The quick-exit target is an outside site; answer it here so the test needs no network.
  await context.route("https://www.smhi.se/**", (route) => route.fulfill({ contentType: "text/html", body: "<title>Väder</title><p>Väder</p>" }));
});

/** The tab's own history (every entry Back and Forward can reach), as the browser keeps it. */
async function history(context: BrowserContext, page: Page): Promise<{ url: string; title: string }[]> {
  const cdp = await context.newCDPSession(page);
  const { entries } = await cdp.send("Page.getNavigationHistory");
  await cdp.detach();
  // The tab's first, empty document (about:blank) is no page of the site.
  return entries.filter((e) => e.url !== "about:blank").map((e) => ({ url: e.url, title: e.title }));
}

test.describe("the first screen", () => {
  test.use({ viewport: PHONE });
  for (const locale of LOCALES) {
    test(`${locale}: the heading within 250 px, the menu folded, quick exit and languages at hand`, async ({ page }) => {
      for (const path of ["", PAGE_TYPES.area, PAGE_TYPES.activity, PAGE_TYPES.bookClinic, PAGE_TYPES.contact, PAGE_TYPES.crisis]) {
        await page.goto(`/${locale}/${path}`);
        const top = await page.locator("h1").evaluate((h) => h.getBoundingClientRect().top);
        expect(top, `/${locale}/${path}`).toBeLessThanOrEqual(250);
        await expect(page.locator("[data-quick-exit]").first()).toBeInViewport();
        await expect(page.locator("details.lang summary")).toBeInViewport();
        await expect(page.locator(".wide-nav")).toBeHidden();
      }
      // The menu opens by keyboard and its links follow in order.
      const summary = page.locator("details.menu summary");
      await summary.focus();
      await page.keyboard.press("Enter");
      await expect(page.locator("details.menu")).toHaveAttribute("open", "");
      await page.keyboard.press("Tab");
      await expect(page.locator("details.menu .site-nav a").first()).toBeFocused();
    });
  }

  test("a wide screen keeps the row of links and no menu button", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/sv/");
    await expect(page.locator(".wide-nav")).toBeVisible();
    await expect(page.locator("details.menu")).toBeHidden();
    await expect(page.locator(".quick-exit-hint")).toBeVisible();
  });
});

test.describe("quick exit on a phone", () => {
  test.use({ viewport: PHONE });
  for (const locale of LOCALES) {
    test(`${locale}: in view at the end of a long page, covering neither the end nor a focused link`, async ({ page }) => {
      await page.goto(`/${locale}/${PAGE_TYPES.crisis}`);
      const exit = page.locator(".site-header [data-quick-exit]");
      await page.evaluate(() => {
        window.scrollTo(0, document.documentElement.scrollHeight);
      });
      await expect(exit).toBeInViewport();
      const box = await exit.boundingBox();
      if (!box) throw new Error("no quick exit");
      // The page's last line scrolls clear of the button.
      const end = await page.evaluate(() => {
        const last = [...document.querySelectorAll("footer *")].filter((e) => e.getBoundingClientRect().height > 0).at(-1);
        return last?.getBoundingClientRect().bottom ?? 0;
      });
      expect(end).toBeLessThanOrEqual(box.y + 1);
      // Every link reached by Tab is scrolled clear of it (WCAG 2.4.11, focus not obscured).
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press("Tab");
        const hidden = await page.evaluate(() => {
          const focused = document.activeElement;
          const exitButton = document.querySelector(".site-header [data-quick-exit]");
          if (!focused || !exitButton || focused === exitButton || focused === document.body) return false;
          const a = focused.getBoundingClientRect();
          const b = exitButton.getBoundingClientRect();
          // Entirely behind the button.
          return a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;
        });
        expect(hidden).toBe(false);
      }
      await exit.click();
      await page.waitForURL(NEUTRAL);
    });
  }
});

/** Clinic → visit type → day → first time by tapping, the visit type's name as shown. */
async function bookSteps(page: Page, locale: string): Promise<string> {
  await page.goto(`/${locale}/`);
  await page.goto(`/${locale}/book/`);
  await page.locator(`a[data-choice="${BOOKING.clinicId}"]`).click();
  const type = page.locator(`a[data-choice="${BOOKING.type}"]`);
  const typeName = ((await type.evaluate((a) => a.firstChild?.textContent)) ?? "").trim();
  await type.click();
  await page.locator(`a[data-choice="${BOOKING.date}"]`).first().click();
  await page.locator("a[data-choice]").first().click();
  await expect(page.locator("input[name=start]")).toHaveCount(1);
  return typeName;
}

/** Whether an address or title names a choice of the booking. */
function revealing(entry: { url: string; title: string }, typeName: string): boolean {
  return [BOOKING.clinicId, "ekbacken", "type=", "clinic=", "date=", "time=", BOOKING.date, typeName].some((s) => decodeURIComponent(entry.url).includes(s) || entry.title.includes(s));
}

test.describe("a booking and the browser's history", () => {
  test.use({ viewport: PHONE });

  test("with JavaScript: the steps are one entry, none names the visit, the clinic or the day, and after quick exit none is left", async ({ page, context }) => {
    const typeName = await bookSteps(page, "ar");
    expect(typeName.length).toBeGreaterThan(0);
    // The step's question is the page's heading; the choices so far are a summary with change links.
    await expect(page.locator("h1")).toBeInViewport();
    await expect(page.locator(".progress")).toContainText(typeName);
    const steps = await history(context, page);
    expect(steps.map((e) => new URL(e.url).pathname)).toEqual(["/ar/", "/ar/book/"]);
    expect(steps.filter((e) => revealing(e, typeName))).toEqual([]);
    // "Change" goes back a step in place, still one entry.
    await page.locator(".progress a[data-step-link]").first().click();
    await expect(page.locator(`a[data-choice="${BOOKING.clinicId}"]`)).toBeVisible();
    expect((await history(context, page)).length).toBe(2);

    await page.locator(".site-header [data-quick-exit]").click();
    await page.waitForURL(NEUTRAL);
    const after = await history(context, page);
    expect(after.map((e) => e.url)).toEqual([expect.stringMatching(/\/ar\/$/), NEUTRAL]);
    await page.goBack();
    await expect(page).toHaveURL(/\/ar\/$/);
  });

  test("without JavaScript: each step an entry of its own, none naming a choice", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    const typeName = await bookSteps(page, "sv");
    const steps = await history(context, page);
    expect(steps.length).toBe(6);
    expect(steps.filter((e) => revealing(e, typeName))).toEqual([]);
    // An address copied from the history opens the same step for two hours only: it is no lasting record.
    expect(new URL(steps.at(-1)?.url ?? "").searchParams.get("s")).toMatch(/^[\w-]{40,}$/);
    await context.close();
  });
});
