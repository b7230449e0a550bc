/**
 * The embeddable "find support" box in a real browser, on another site: framed by the site the
 * server allows (EMBED_ALLOWED_ORIGINS), it shows the area's places with links that open Nära in
 * a new tab, and its quick exit leaves the whole page; a sandboxed frame that may not navigate
 * the top says so; a site not allowed cannot frame it; the generator shows the code and a live
 * preview. Other pages stay unframable.
 */
import { createServer, type Server } from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { BASE_URL, EMBED_HOST, OTHER_HOST } from "./site.ts";
import { expectNoAxeViolations } from "./axe.ts";

const NEUTRAL = "https://www.smhi.se/";
const BOX = `${BASE_URL}/ar/embed/box/?area=kvarnby`;

/** Another site: a page that frames `?src=` (sandboxed when `?sandbox=` is given). */
let hostServer: Server;
test.beforeAll(async () => {
  hostServer = createServer((req, res) => {
    const url = new URL(req.url ?? "/", EMBED_HOST);
    const src = url.searchParams.get("src") ?? "";
    const sandbox = url.searchParams.get("sandbox");
    const attr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html lang="sv"><title>Skolan</title><h1>Skolan</h1><iframe src="${attr(src)}" width="400" height="600" title="Nära"${sandbox === null ? "" : ` sandbox="${attr(sandbox)}"`}></iframe></html>`);
  });
  await new Promise<void>((resolve) => hostServer.listen(4395, "127.0.0.1", resolve));
});
test.afterAll(async () => {
  await new Promise((resolve) => hostServer.close(resolve));
});

async function host(page: Page, origin: string, src: string, sandbox?: string): Promise<void> {
  await page.context().route("https://www.smhi.se/**", (route) => route.fulfill({ contentType: "text/html", body: "<title>Väder</title><p>Väder</p>" }));
  await page.goto(`${origin}/?${new URLSearchParams({ src, ...(sandbox === undefined ? {} : { sandbox }) }).toString()}`);
}

/** The framed document, once it has loaded (or the error page the browser put in its place). */
async function framed(page: Page) {
  await expect.poll(() => page.frames().length).toBeGreaterThan(1);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  if (!frame) throw new Error("no frame");
  await frame.waitForLoadState();
  return frame;
}

test("an allowed site frames the box: the area's places, links in a new tab, and quick exit leaves the whole page", async ({ page }) => {
  await host(page, EMBED_HOST, BOX);
  const frame = await framed(page);
  await expect(frame.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(frame.locator(".places > li").first()).toBeVisible();
  await expect(frame.locator("[data-quick-exit]")).toBeVisible();
  // Nothing kept in the browser by the box.
  expect(await page.context().cookies(BASE_URL)).toEqual([]);
  const [popup] = await Promise.all([page.waitForEvent("popup"), frame.locator(".places a").first().click()]);
  expect(popup.url()).toMatch(new RegExp(`^${BASE_URL}/ar/`));
  await popup.close();
  await frame.locator("[data-embed-exit]").click();
  await page.waitForURL(NEUTRAL);
});

test("in a sandbox without top navigation, quick exit empties the box and says the site around it is still open", async ({ page }) => {
  await host(page, EMBED_HOST, `${BASE_URL}/sv/embed/box/`, "allow-scripts allow-popups");
  const frame = await framed(page);
  await frame.locator("[data-embed-exit]").click();
  await expect(frame.locator("[data-exit-blocked]")).toHaveText("Webbplatsen runt den här rutan är fortfarande öppen. Stäng fliken eller fönstret för att lämna den helt.");
  expect(page.url()).toMatch(new RegExp(`^${EMBED_HOST}/\\?`));
});

test("a site that is not allowed cannot frame the box, and no other page of Nära can be framed at all", async ({ page }) => {
  for (const src of [BOX, `${BASE_URL}/sv/`]) {
    const origin = src === BOX ? OTHER_HOST : EMBED_HOST;
    const answered = page.waitForResponse((r) => r.url().startsWith(src.split("?")[0] ?? src));
    await host(page, origin, src);
    const response = await answered;
    expect(response.status()).toBe(200);
    const frame = await framed(page);
    // The browser refused to show it: no document of Nära's in the frame.
    await expect.poll(() => frame.url()).not.toContain(BASE_URL);
  }
  const headers = (await fetch(BOX)).headers;
  expect(headers.get("content-security-policy")).toContain(`frame-ancestors 'self' ${EMBED_HOST}`);
  expect(headers.get("x-frame-options")).toBeNull();
  const home = (await fetch(`${BASE_URL}/sv/`)).headers;
  expect(home.get("content-security-policy")).toContain("frame-ancestors 'none'");
  expect(home.get("x-frame-options")).toBe("DENY");
});

test("the generator shows the code for the choice and a live preview of the box", async ({ page }) => {
  await page.goto("/sv/embed/");
  await page.locator("select[name=lang]").selectOption("so");
  await page.locator("select[name=area]").selectOption("kvarnby");
  await page.locator("input[name=width]").fill("360");
  await page.getByRole("button", { name: "Visa koden" }).click();
  await expect(page).toHaveURL(/lang=so&area=kvarnby/);
  const code = (await page.locator("[data-embed-code]").textContent()) ?? "";
  expect(code).toContain(`src="${BASE_URL}/so/embed/box/?area=kvarnby"`);
  expect(code).toContain('width="360"');
  const preview = page.frameLocator("iframe.embed-preview");
  await expect(preview.locator("html")).toHaveAttribute("lang", "so");
  await expect(preview.locator(".places > li").first()).toBeVisible();
  await expectNoAxeViolations(page);
});
