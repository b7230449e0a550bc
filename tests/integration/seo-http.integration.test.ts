/**
 * What search engines get, against the built server: robots.txt keeps staff pages and the API
 * (except open data) out and names the sitemap; the sitemap lists every page a crawler reaches
 * from the Swedish home page (except the `noindex` pages of one person's own errand), in every
 * locale, with absolute and reciprocal hreflang alternates and lastmod from the content; every
 * page has an absolute canonical address, absolute alternates and link-preview tags in its language.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDate } from "../../src/lib/dates.ts";
import { LOCALES } from "../../src/lib/i18n/locales.ts";
import { startServer, type RunningServer } from "../support/server.ts";
import { vocabularyProblems } from "../support/schema-org.ts";
import { PAGE_TYPES } from "../e2e/site.ts";

const SITE = "https://nara.exempelstad.example";
const UPDATED = "2026-11-20T08:15:00Z";

const attr = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => (m[1] ?? "").replace(/&amp;/g, "&"));

describe("search engines", () => {
  const dir = mkdtempSync(join(tmpdir(), "nara-seo-"));
  let server: RunningServer;
  let sitemap = "";
  beforeAll(async () => {
    // The demo dataset, with Sanity's change times on the settings and on one area.
    const lines = readFileSync("sanity/seed/dataset.ndjson", "utf8").split("\n").filter((l) => l.trim() !== "");
    const dated = lines.map((line) => {
      const doc = JSON.parse(line) as Record<string, unknown>;
      if (doc["_id"] === "settings" || (doc["_type"] === "area" && (doc["slug"] as { current: string }).current === "kvarnby")) doc["_updatedAt"] = UPDATED;
      return JSON.stringify(doc);
    });
    writeFileSync(join(dir, "dataset.ndjson"), `${dated.join("\n")}\n`);
    server = await startServer({ DATA_DIR: join(dir, "data"), CONTENT_DATASET: join(dir, "dataset.ndjson"), NARA_NOW: "2026-11-24T17:30:00+01:00", PUBLIC_SITE_URL: SITE });
    sitemap = await (await fetch(`${server.url}/sitemap.xml`)).text();
  }, 90_000);
  afterAll(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("keeps staff pages and the API out in robots.txt, open data in, and names the sitemap", async () => {
    const answer = await fetch(`${server.url}/robots.txt`);
    expect(answer.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await answer.text()).toBe(["User-agent: *", "Allow: /api/open/", "Disallow: /api/", "Disallow: /staff/", "", `Sitemap: ${SITE}/sitemap.xml`, ""].join("\n"));
  });

  it("lists every page in every locale with absolute, reciprocal alternates and lastmod from the content", () => {
    const all = [...sitemap.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1] ?? "");
    // The pages in easy-to-read Swedish are listed once, in Swedish, without language versions.
    const easy = all.filter((u) => u.includes(`<loc>${SITE}/sv/lattlast/`));
    expect(easy.length).toBeGreaterThan(8);
    for (const u of easy) expect(u).not.toContain("hreflang");
    const urls = all.filter((u) => !easy.includes(u));
    const alternatesOf = new Map(urls.map((u) => [/<loc>([^<]+)<\/loc>/.exec(u)?.[1] ?? "", attr(u, /hreflang="[^"]+" href="([^"]+)"/g)]));
    const locs = new Set(alternatesOf.keys());
    expect(locs.size).toBe(urls.length);
    expect(urls.length % LOCALES.length).toBe(0);
    for (const url of urls) {
      const loc = /<loc>([^<]+)<\/loc>/.exec(url)?.[1] ?? "";
      expect(loc.startsWith(`${SITE}/`)).toBe(true);
      expect(loc).not.toMatch(/\/staff\/|\/api\//);
      const alternates = attr(url, /hreflang="[^"]+" href="([^"]+)"/g);
      expect(attr(url, /hreflang="([^"]+)"/g)).toEqual([...LOCALES, "x-default"]);
      // Reciprocal: every alternate is itself listed, and lists this one back.
      expect(alternates).toContain(loc);
      for (const alternate of alternates) expect(alternatesOf.get(alternate), `${alternate} lists ${loc}`).toContain(loc);
    }
    const kvarnby = urls.find((u) => u.includes(`<loc>${SITE}/fi/areas/kvarnby/</loc>`)) ?? "";
    expect(kvarnby).toContain(`<lastmod>${UPDATED}</lastmod>`);
    expect(urls.find((u) => u.includes(`<loc>${SITE}/ar/</loc>`))).toContain(`<lastmod>${UPDATED}</lastmod>`);
    // No change time in the content, no lastmod made up.
    expect(urls.find((u) => u.includes(`<loc>${SITE}/sv/areas/tallmon/</loc>`))).not.toContain("<lastmod>");
  });

  it("describes offices and clinics in schema.org terms that agree with the page, in every locale", async () => {
    for (const locale of LOCALES) {
      for (const [kind, path] of [["GovernmentOffice", PAGE_TYPES.office], ["MedicalClinic", PAGE_TYPES.clinic], ["MedicalClinic", PAGE_TYPES.firstContact]] as const) {
        const html = await (await fetch(`${server.url}/${locale}/${path}`)).text();
        const blocks = attr(html, /<script type="application\/ld\+json">([^<]*)<\/script>/g);
        expect(blocks, `${locale} ${path}`).toHaveLength(1);
        const data = JSON.parse(blocks[0] ?? "") as { "@type": string; name: string; url: string; telephone: string; address: { streetAddress: string }; openingHoursSpecification: unknown[] };
        expect(vocabularyProblems(data), `${locale} ${path}`).toEqual([]);
        expect(data["@type"]).toBe(kind);
        // What the page shows: its heading, its address, its phone number; its canonical address.
        const h1 = /<h1>([^<]+)<\/h1>/.exec(html)?.[1]?.replace(/&amp;/g, "&").replace(/&#39;/g, "'");
        expect(data.name).toBe(h1);
        expect(data.url).toBe(`${SITE}/${locale}/${path}`);
        expect(html).toContain(data.address.streetAddress);
        expect(html.replace(/\s/g, "")).toContain(data.telephone.replace(/\s/g, ""));
        expect(data.openingHoursSpecification.length).toBeGreaterThan(0);
      }
    }
  });

  it("describes an activity as events in schema.org terms: the next date with its repeat rule, the cancelled dates as cancelled", async () => {
    // An activity whose next dates include a cancelled one, if the demo has one; else the sample page type's.
    const slugs = attr(sitemap, /<loc>[^<]*\/sv\/activities\/([^/<]+)\/<\/loc>/g);
    let checkedCancelled = false;
    let schedules = 0;
    for (const slug of slugs) {
      const html = await (await fetch(`${server.url}/sv/activities/${slug}/`)).text();
      const blocks = attr(html, /<script type="application\/ld\+json">([^<]*)<\/script>/g);
      const firstDate = /\/api\/calendar\/activities\/[^/]+\/(\d{4}-\d{2}-\d{2})\.ics/.exec(html)?.[1];
      if (!firstDate) {
        expect(blocks, `${slug} has no date ahead`).toEqual([]);
        continue;
      }
      const graph = (JSON.parse(blocks[0] ?? "") as { "@graph": { "@type": string; name: string; startDate: string; eventStatus: string; location: { name: string }; eventSchedule?: { repeatFrequency: string } }[] })["@graph"];
      expect(vocabularyProblems(graph), slug).toEqual([]);
      const [next, ...cancelled] = graph;
      expect(next?.["@type"]).toBe("Event");
      expect(next?.name).toBe(/<h1>([^<]+)<\/h1>/.exec(html)?.[1]?.replace(/&amp;/g, "&"));
      expect(next?.eventStatus).toBe("https://schema.org/EventScheduled");
      // The next date the page offers to add to a calendar is the event's date (in Stockholm).
      expect(new Date(next?.startDate ?? "").toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" })).toBe(firstDate);
      // A shared link says what, when next and where.
      const preview = /<meta property="og:description" content="([^"]*)">/.exec(html)?.[1]?.replace(/&amp;/g, "&") ?? "";
      expect(preview, slug).toContain(`${formatDate(firstDate, "sv", true)}, `);
      expect(preview, slug).toContain(` · ${next?.location.name ?? "?"}. `);
      expect(cancelled.map((e) => e.eventStatus)).toEqual(Array.from({ length: (html.match(/<del>/g) ?? []).length }, () => "https://schema.org/EventCancelled"));
      if (cancelled.length > 0) checkedCancelled = true;
      // The repeat the page states is the schedule's: "Varje tisdag" weekly, "Varannan tisdag" every two weeks.
      const repeat = /<dd>(Varje|Varannan) /.exec(html)?.[1];
      if (repeat) {
        expect(next?.eventSchedule?.repeatFrequency, slug).toBe(repeat === "Varje" ? "P1W" : "P2W");
        schedules++;
      }
    }
    expect(slugs.length).toBeGreaterThan(3);
    expect(checkedCancelled).toBe(true);
    expect(schedules).toBeGreaterThan(1);
  });

  it("previews a shared night-walk link with what, when next and where, and every page with its type's or its area's picture", async () => {
    const html = await (await fetch(`${server.url}/sv/night-walks/?area=kvarnby`)).text();
    const preview = /<meta property="og:description" content="([^"]*)">/.exec(html)?.[1]?.replace(/&amp;/g, "&") ?? "";
    expect(preview).toMatch(/^.*Kvarnby.* · [a-zåäö]+ \d{1,2} [a-zåäö]+ 2026, \d{2}:\d{2}–\d{2}:\d{2} · .+$/);
    for (const [path, key] of [["/sv/", "home"], ["/ar/areas/kvarnby/", "area-kvarnby"], ["/ti/book/", "book"], ["/uk/activities/kvallsvandring-norrgardet/", "activity"]] as const) {
      const page = await (await fetch(`${server.url}${path}`)).text();
      const image = /<meta property="og:image" content="([^"]+)">/.exec(page)?.[1] ?? "";
      expect(image).toBe(`${SITE}/og/${path.split("/")[1] ?? ""}/${key}.png`);
      expect(page).toContain('<meta name="twitter:card" content="summary_large_image">');
      const png = await fetch(`${server.url}${new URL(image).pathname}`);
      expect(png.status).toBe(200);
      expect(png.headers.get("content-type")).toBe("image/png");
      const bytes = Buffer.from(await png.arrayBuffer());
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
    }
    expect((await fetch(`${server.url}/og/sv/no-such-type.png`)).status).toBe(404);
    expect((await fetch(`${server.url}/og/xx/home.png`)).status).toBe(404);
  });

  it("describes the crisis numbers as the municipality's contact points, the numbers the page shows", async () => {
    for (const locale of LOCALES) {
      const html = await (await fetch(`${server.url}/${locale}/crisis/`)).text();
      const data = JSON.parse(attr(html, /<script type="application\/ld\+json">([^<]*)<\/script>/g)[0] ?? "") as { "@type": string; contactPoint: { telephone: string }[] };
      expect(vocabularyProblems(data), locale).toEqual([]);
      expect(data["@type"]).toBe("Organization");
      const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? "";
      const shown = attr(main, /href="tel:([^"]+)"/g);
      expect(data.contactPoint.map((c) => c.telephone)).toEqual(shown);
      expect(data.contactPoint.map((c) => c.telephone)).toEqual(expect.arrayContaining(["112", "116111", "90101"]));
    }
  });

  it("has every page a crawler reaches from the home page in the sitemap, each with its canonical address, absolute alternates and link-preview tags", async () => {
    const locs = new Set(attr(sitemap, /<loc>([^<]+)<\/loc>/g));
    const seen = new Set<string>(["/sv/"]);
    const queue = ["/sv/"];
    let indexed = 0;
    let noindex = 0;
    while (queue.length > 0) {
      const path = queue.shift() ?? "";
      const answer = await fetch(`${server.url}${path}`);
      if (!(answer.headers.get("content-type") ?? "").startsWith("text/html")) continue;
      const html = await answer.text();
      expect(answer.status, path).toBe(200);
      if (html.includes('<meta name="robots" content="noindex">')) {
        noindex++;
        expect(locs.has(`${SITE}${path}`), `${path} is noindex and listed`).toBe(false);
      } else {
        indexed++;
        expect(locs.has(`${SITE}${path}`), `${path} is not in the sitemap`).toBe(true);
      }
      expect(attr(html, /<link rel="canonical" href="([^"]+)"/g)).toEqual([`${SITE}${path}`]);
      const alternates = attr(html, /<link rel="alternate" hreflang="[^"]+" href="([^"]+)"/g);
      // An easy-to-read page is Swedish only: its one alternate is its normal page.
      expect(alternates).toHaveLength(path.startsWith("/sv/lattlast/") ? 0 : LOCALES.length + 1);
      for (const href of alternates) expect(href.startsWith(`${SITE}/`), href).toBe(true);
      expect(html).toContain('<meta property="og:locale" content="sv_SE">');
      expect(html).toMatch(/<meta property="og:title" content="[^"]+">/);
      expect(html).toContain(`<meta property="og:url" content="${SITE}${path}">`);
      for (const href of attr(html, /<a [^>]*href="(\/sv\/[^"#?]*)[^"]*"/g)) {
        if (!seen.has(href)) {
          seen.add(href);
          queue.push(href);
        }
      }
    }
    expect(indexed).toBeGreaterThan(30);
    expect(noindex).toBeGreaterThan(0);
    // An Arabic page: its own language in the preview, the other seven as alternates.
    const ar = await (await fetch(`${server.url}/ar/crisis/`)).text();
    expect(ar).toContain('<meta property="og:locale" content="ar_AR">');
    expect(attr(ar, /<meta property="og:locale:alternate" content="([^"]+)"/g)).toHaveLength(LOCALES.length - 1);
  }, 120_000);
});

describe("structured data", () => {
  it("knows a wrong type or property when it sees one (the check itself)", () => {
    expect(vocabularyProblems({ "@type": "GovernmentOffice", name: "x", openingHoursSpecification: [{ "@type": "OpeningHoursSpecification", opens: "09:00" }] })).toEqual([]);
    expect(vocabularyProblems({ "@type": "GovernmentOffice", nmae: "x", geo: { "@type": "GeoCordinates" } })).toEqual(["$: GovernmentOffice has no property nmae", "$.geo: no type GeoCordinates in schema.org"]);
  });
});
