import { expect, test } from "@playwright/test";
import { LOCALES } from "../../src/lib/i18n/locales.ts";
import { createTranslator } from "../../src/lib/i18n/index.ts";
import { PAGE_TYPES, SWEDISH_ONLY_OFFICE } from "./site.ts";

const NEUTRAL = "https://www.smhi.se/";

test.beforeEach(async ({ context }) => {
  // The quick-exit target is an outside site; answer it here so the test needs no network.
  await context.route("https://www.smhi.se/**", (route) => route.fulfill({ contentType: "text/html", body: "<title>Väder</title><p>Väder</p>" }));
});

test("quick exit by button replaces the page in the history", async ({ page }) => {
  await page.goto("/sv/");
  await page.goto(`/sv/${PAGE_TYPES.crisis}`);
  await page.getByRole("link", { name: "Lämna sidan snabbt" }).click();
  await page.waitForURL(NEUTRAL);
  await page.goBack();
  await expect(page).toHaveURL(/\/sv\/$/);
});

test("quick exit by pressing Escape three times", async ({ page }) => {
  await page.goto("/en/");
  await page.goto(`/en/${PAGE_TYPES.area}`);
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/en\/areas\//);
  await page.keyboard.press("Escape");
  await page.waitForURL(NEUTRAL);
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/$/);
});

test("the language switcher keeps the visitor on the same page", async ({ page }) => {
  await page.goto(`/sv/${PAGE_TYPES.area}`);
  await page.locator("details.lang summary").click();
  await page.locator("details.lang").getByRole("link", { name: "العربية", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/ar/${PAGE_TYPES.area}$`));
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  // And by keyboard only.
  await page.locator("details.lang summary").focus();
  await page.keyboard.press("Enter");
  await page.locator("details.lang").getByRole("link", { name: "Suomi", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/fi/${PAGE_TYPES.area}$`));
});

test("text missing in a language falls back to Swedish with a notice", async ({ page }) => {
  await page.goto(`/so/offices/${SWEDISH_ONLY_OFFICE}/`);
  const block = page.locator(".fallback").first();
  await expect(block.locator(".fallback-notice")).toBeVisible();
  await expect(block.locator("[lang=sv]")).toHaveCount(1);
  await expect(block.locator(".fallback-notice")).not.toHaveAttribute("lang", "sv");
});

test("/ sends the visitor to the language the browser asks for", async ({ request }) => {
  for (const [header, locale] of [["fa-IR,fa;q=0.9", "fa"], ["de-DE", "sv"], ["en-GB,en;q=0.9", "en"]] as const) {
    const response = await request.get("/", { headers: { "Accept-Language": header }, maxRedirects: 0 });
    expect(response.status()).toBe(302);
    expect(response.headers()["location"]).toBe(`/${locale}/`);
    expect(response.headers()["vary"]).toContain("Accept-Language");
  }
  const body = await (await request.get("/", { maxRedirects: 0 })).text();
  for (const name of ["Svenska", "English", "العربية", "فارسی", "Soomaali", "ትግርኛ", "Suomi", "Українська"]) expect(body).toContain(name);
});

test("unknown locales and pages answer 404", async ({ request }) => {
  for (const path of ["/xx/", "/de/crisis/", "/sv/areas/finns-inte/", "/sv/offices/x/", "/sv/nope/", "/sv/a/b/c/"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  const arabic = await (await request.get("/ar/areas/finns-inte/")).text();
  expect(arabic).toContain('dir="rtl"');
});

test("security headers on pages and static files", async ({ request }) => {
  for (const path of ["/sv/", "/quick-exit.js", "/favicon.svg", "/sv/finns-inte/"]) {
    const headers = (await request.get(path)).headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, path).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("no-referrer");
    expect(headers["permissions-policy"]).toBeTruthy();
    expect(headers["set-cookie"]).toBeUndefined();
  }
});

// Pages with a form run the proof-of-work widget; the map page its island; the page about becoming a contact family its self-check.
const WITH_SCRIPTS = new Set(["map", "bookClinic", "bookType", "bookDay", "bookTime", "bookDetails", "office", "clinic", "firstContact", "contact", "propose", "nightWalks", "become", "becomeEvenings", "becomeInterest", "embed", "embedBox"]);

test("no request leaves this machine and content pages run no script but quick exit and the Listen loader", async ({ page }) => {
  const outside: string[] = [];
  const scripts: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.hostname !== "127.0.0.1") outside.push(request.url());
    if (request.resourceType() === "script") scripts.push(url.pathname);
  });
  for (const locale of ["sv", "ar"]) {
    for (const [type, path] of Object.entries(PAGE_TYPES)) if (!WITH_SCRIPTS.has(type)) await page.goto(`/${locale}/${path}`);
  }
  // The quick exit, the "Listen" button's loader (its reader comes only when pressed), and on the
  // calendar the copy button of the subscription's address.
  const seen = [...new Set(scripts)];
  expect(seen.filter((s) => s !== "/quick-exit.js" && s !== "/listen-boot.js" && !/^\/_astro\/CopyButton\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/.test(s))).toEqual([]);
  expect(seen).toEqual(expect.arrayContaining(["/quick-exit.js", "/listen-boot.js"]));
  expect(seen).not.toContain("/listen.js");
  // The self-check runs in its own page, and only its own small script does.
  scripts.length = 0;
  await page.goto(`/so/${PAGE_TYPES.become}`);
  expect([...new Set(scripts)].sort()).toEqual(["/quick-exit.js", "/self-check.js"]);
  // A booking step runs only its small script, which keeps the whole booking one entry in the history.
  scripts.length = 0;
  await page.goto(`/sv/${PAGE_TYPES.bookDay}`);
  expect([...new Set(scripts)].sort()).toEqual(["/book-steps.js", "/quick-exit.js"]);
  // The booking form runs the proof-of-work widget, served by this server like everything else.
  await page.goto(`/sv/${PAGE_TYPES.bookDetails}`);
  await expect(page.locator("[data-human-status]")).not.toBeEmpty();
  // So do the contact forms, on the contact page and on every office's and clinic's page, but
  // only once the visitor starts to write: until then the page loads a loader of a few hundred bytes.
  for (const type of ["contact", "office", "clinic"] as const) {
    const loaded: string[] = [];
    const listen = (response: { url: () => string }) => loaded.push(response.url());
    page.on("response", listen);
    await page.goto(`/ar/${PAGE_TYPES[type]}`);
    await expect(page.locator("[data-human-status]")).toBeEmpty();
    expect(loaded.filter((u) => u.includes("altcha-widget"))).toEqual([]);
    await page.locator("#message").focus();
    await expect(page.locator("[data-human-status]")).not.toBeEmpty();
    expect(loaded.filter((u) => u.includes("altcha-widget"))).toHaveLength(1);
    page.off("response", listen);
  }
  // The map page loads its island, still only from this server (no tiles are configured).
  await page.goto(`/sv/${PAGE_TYPES.map}`);
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", /^\d+$/);
  expect(outside).toEqual([]);
  expect(await page.context().cookies()).toEqual([]);
});

test("a crawl from every home page finds no broken internal link", async ({ request }) => {
  test.setTimeout(300_000);
  const seen = new Set<string>();
  const broken: string[] = [];
  const queue = LOCALES.map((l) => `/${l}/`);
  while (queue.length > 0) {
    const path = queue.shift() ?? "";
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await request.get(path);
    if (response.status() !== 200) {
      broken.push(`${path} → ${response.status()}`);
      continue;
    }
    if (!(response.headers()["content-type"] ?? "").includes("text/html")) continue;
    const html = await response.text();
    for (const match of html.matchAll(/href="([^"]+)"/g)) {
      const href = match[1] ?? "";
      if (!href.startsWith("/") || href.startsWith("//")) continue;
      // The booking steps past the first (each clinic × visit type × day × time) are followed by the booking tests, not here.
      if (href.includes("/book/?s=")) continue;
      const target = href.split("#")[0] ?? "";
      if (target !== "" && !seen.has(target)) queue.push(target);
    }
  }
  expect(broken).toEqual([]);
  expect(seen.size).toBeGreaterThan(LOCALES.length * 50);
});

test("open data: HSDS services and GeoJSON, open to every origin and cacheable", async ({ request }) => {
  const services = await request.get("/api/open/services.json?lang=en&per_page=10");
  expect(services.status()).toBe(200);
  expect(services.headers()["access-control-allow-origin"]).toBe("*");
  expect(services.headers()["cache-control"]).toContain("max-age=");
  const page = (await services.json()) as { total_items: number; size: number; contents: { id: string; name: string }[] };
  expect(page.size).toBe(10);
  expect(page.total_items).toBeGreaterThan(50);
  expect(page.contents[0]?.id).toMatch(/^[0-9a-f-]{36}$/);

  const geo = await request.get("/api/open/places.geojson");
  expect(geo.headers()["content-type"]).toContain("application/geo+json");
  expect(((await geo.json()) as { type: string }).type).toBe("FeatureCollection");

  const bad = await request.get("/api/open/services.json?page=0&lang=xx");
  expect(bad.status()).toBe(400);
  const body = (await bad.json()) as { error: string; fields: Record<string, string> };
  expect(body.error).toBe("BAD_REQUEST");
  expect(Object.keys(body.fields).sort()).toEqual(["lang", "page"]);
});

test("a language whose key texts no native speaker has reviewed says so in the footer; Swedish does not", async ({ page }) => {
  await page.goto("/ti/");
  await expect(page.locator("footer .translation-notice")).toHaveText(createTranslator("ti")("footer.translationNotice"));
  await page.goto("/sv/");
  await expect(page.locator("footer .translation-notice")).toHaveCount(0);
});
