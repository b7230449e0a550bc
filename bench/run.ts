/**
 * `npm run bench`: measures, never enforces. Builds the site (timed, peak memory), starts the
 * server, and records
 *  - bytes per page type: HTML + CSS + JS, each brotli-compressed;
 *  - Lighthouse (mobile) performance and accessibility on home, area and activity pages;
 *  - render time per page for every page in every locale, on the demo dataset and on a
 *    generated dataset of 5,000 activities, with the server's peak memory.
 * Results go to bench/out/results.json and are printed as Markdown for bench/README.md.
 */
import { activitiesBench } from "./activities.ts";
import { bookingBench } from "./booking.ts";
import { followupBench } from "./followup.ts";
import { operationsBench } from "./operations.ts";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { brotli, scriptWeight, total } from "./weights.ts";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { LOCALES } from "../src/lib/i18n/locales.ts";
import { CHROMIUM_ARGS, findChromium } from "../scripts/chromium.ts";
import { generateDataset } from "./generate-dataset.ts";

const PORT = 4398;
const BASE = `http://127.0.0.1:${PORT}`;
mkdirSync("bench/out", { recursive: true });

function peakMemoryOf(child: ChildProcess): () => number {
  let peak = 0;
  const timer = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${String(child.pid)}/status`, "utf8");
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peak = Math.max(peak, kb);
    } catch {
      // The process has ended.
    }
  }, 50);
  child.on("exit", () => { clearInterval(timer); });
  return () => peak / 1024;
}

async function run(command: string, args: string[], env: Record<string, string> = {}): Promise<{ ms: number; peakMb: number }> {
  const started = performance.now();
  const child = spawn(command, args, { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...env } });
  const peak = peakMemoryOf(child);
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} exited ${String(code)}`);
  return { ms: performance.now() - started, peakMb: peak() };
}

async function startServer(dataset: string): Promise<{ stop: () => void; peakMb: () => number }> {
  const child = spawn(process.execPath, ["scripts/serve.ts"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PORT: String(PORT), HOST: "127.0.0.1", CONTENT_DATASET: dataset },
  });
  const peak = peakMemoryOf(child);
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${BASE}/sv/`)).ok) return { stop: () => child.kill(), peakMb: peak };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error("the server did not start");
}

async function pageWeight(path: string): Promise<{ html: number; css: number; js: number; jsOnDemand: number }> {
  const html = Buffer.from(await (await fetch(BASE + path)).arrayBuffer());
  const text = html.toString("utf8");
  const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1] ?? "");
  const scripts = await scriptWeight(BASE, [...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? ""));
  let cssBytes = 0;
  for (const url of css) cssBytes += brotli(Buffer.from(await (await fetch(BASE + url)).arrayBuffer()));
  return { html: brotli(html), css: cssBytes, js: total(scripts.initial), jsOnDemand: total(scripts.onDemand) };
}

function slugs(file: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { _type: string; slug?: { current: string } };
    if (doc.slug) (out[doc._type] ??= []).push(doc.slug.current);
  }
  return out;
}

const SECTION: Record<string, string> = { area: "areas", office: "offices", clinic: "clinics", activity: "activities", association: "associations", page: "" };

/** Every page in every locale; with `activityStep` > 1, every n-th activity page only. */
function allPaths(file: string, activityStep = 1): string[] {
  const bySlug = slugs(file);
  // Document types without a page of their own (night-walk series are listed on one page) are left out.
  const rest = Object.entries(bySlug).filter(([type]) => type in SECTION).flatMap(([type, list]) =>
    list.filter((_, i) => type !== "activity" || i % activityStep === 0).map((s) => (SECTION[type] ? `${SECTION[type]}/${s}/` : `${s}/`)),
  );
  return LOCALES.flatMap((l) => ["", "crisis/", ...rest].map((p) => `/${l}/${p}`));
}

/** Renders every path with two requests in flight (one per core); ms per page and throughput. */
async function renderAll(paths: string[]): Promise<{ pages: number; msPerPage: number; totalS: number }> {
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const path = paths[next++] ?? "";
      const response = await fetch(BASE + path);
      if (response.status !== 200) throw new Error(`${path} → ${String(response.status)}`);
      await response.arrayBuffer();
    }
  };
  await Promise.all([worker(), worker()]);
  const ms = performance.now() - started;
  return { pages: paths.length, msPerPage: ms / paths.length, totalS: ms / 1000 };
}

/** Lighthouse (mobile preset) on each path, the median of `runs` runs: single runs swing on a shared machine. */
async function lighthouseScores(paths: Record<string, string>, runs = 3): Promise<Record<string, { performance: number; accessibility: number; runs: number[] }>> {
  const chrome = await chromeLauncher.launch({ chromePath: findChromium() ?? "/usr/bin/chromium", chromeFlags: CHROMIUM_ARGS });
  const out: Record<string, { performance: number; accessibility: number; runs: number[] }> = {};
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  try {
    for (const [name, path] of Object.entries(paths)) {
      const performanceRuns: number[] = [];
      const accessibilityRuns: number[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(BASE + path, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] });
        const categories = result?.lhr.categories;
        performanceRuns.push(Math.round((categories?.["performance"]?.score ?? 0) * 100));
        accessibilityRuns.push(Math.round((categories?.["accessibility"]?.score ?? 0) * 100));
      }
      out[name] = { performance: median(performanceRuns), accessibility: median(accessibilityRuns), runs: performanceRuns };
    }
  } finally {
    chrome.kill();
  }
  return out;
}

/**
 * The map page in Chromium with the CPU slowed 4×: bytes of every script it loads (brotli);
 * first contentful paint; when the clustered markers were painted, from the server's picture
 * of the map (Element Timing on its marker labels: the last of them) and on the live Leaflet
 * map (User Timing mark `nara:map-painted`, the frame after they were added); and the time
 * from a filter change until the repaint of map and list. Median of `runs`.
 */
async function mapTimings(runs: number): Promise<{ jsBrotli: number; fcpMs: number; markersPaintedMs: number; liveMapMs: number; filterMs: number; places: number }> {
  const browser = await chromium.launch({ executablePath: findChromium() ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  const fcp: number[] = [];
  const markers: number[] = [];
  const live: number[] = [];
  const filtered: number[] = [];
  let jsBrotli = 0;
  let places = 0;
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const seen: number[] = [];
        (window as unknown as { naraPainted: number[] }).naraPainted = seen;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number })[]) if (entry.identifier === "nara-static-map") seen.push(entry.renderTime);
        }).observe({ type: "element", buffered: true });
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      const scripts: Promise<number>[] = [];
      page.on("response", (response) => {
        if (response.request().resourceType() === "script") scripts.push(response.body().then((b) => brotli(b)));
      });
      await page.goto(`${BASE}/sv/map/`);
      await page.waitForFunction(() => performance.getEntriesByName("nara:map-painted").length > 0, null, { timeout: 60_000 });
      const times = await page.evaluate(() => ({
        fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
        markers: Math.max(...(window as unknown as { naraPainted: number[] }).naraPainted),
        live: performance.getEntriesByName("nara:map-painted")[0]?.startTime ?? NaN,
      }));
      fcp.push(times.fcp);
      markers.push(times.markers);
      live.push(times.live);
      places = Number(await page.locator("html").getAttribute("data-map-ready"));
      jsBrotli = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
      await page.evaluate(() => { performance.clearMarks(); });
      await page.locator('select[name="open"]').selectOption("evening");
      await page.waitForFunction(() => performance.getEntriesByName("nara:map-painted").length > 0, null, { timeout: 60_000 });
      filtered.push(
        await page.evaluate(() => (performance.getEntriesByName("nara:map-painted")[0]?.startTime ?? NaN) - (performance.getEntriesByName("nara:filter-start")[0]?.startTime ?? NaN)),
      );
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  return { jsBrotli, fcpMs: median(fcp), markersPaintedMs: median(markers), liveMapMs: median(live), filterMs: median(filtered), places };
}

/** What the map page and the live map's data weigh: the page (brotli), and `places.json` as sent (brotli) and unpacked. */
async function mapData(): Promise<{ pageBrotli: number; placesJsonBrotli: number; placesJsonRaw: number }> {
  const page = Buffer.from(await (await fetch(`${BASE}/sv/map/`)).arrayBuffer());
  // fetch() unpacks what it gets; node:http counts the bytes as sent.
  const sent = (encoding: string) =>
    new Promise<number>((resolve, reject) => {
      get(`${BASE}/sv/map/places.json`, { headers: { "Accept-Encoding": encoding } }, (response) => {
        let bytes = 0;
        response.on("data", (chunk: Buffer) => (bytes += chunk.length));
        response.on("end", () => { resolve(bytes); });
      }).on("error", reject);
    });
  return { pageBrotli: brotli(page), placesJsonBrotli: await sent("br"), placesJsonRaw: await sent("identity") };
}

const results: Record<string, unknown> = { date: new Date().toISOString() };

console.log("Building …");
results["build"] = await run(process.execPath, ["scripts/check-content.ts"]).then(async () => run(process.execPath, ["node_modules/astro/bin/astro.mjs", "build"]));

const demo = "sanity/seed/dataset.ndjson";
let server = await startServer(demo);
try {
  const bySlug = slugs(demo);
  const types: Record<string, string> = {
    home: "/sv/",
    area: `/sv/areas/${bySlug["area"]?.[0] ?? ""}/`,
    office: `/sv/offices/${bySlug["office"]?.[0] ?? ""}/`,
    clinic: `/sv/clinics/${bySlug["clinic"]?.[0] ?? ""}/`,
    activity: `/sv/activities/${bySlug["activity"]?.[0] ?? ""}/`,
    association: `/sv/associations/${bySlug["association"]?.[0] ?? ""}/`,
    crisis: "/sv/crisis/",
    contact: "/sv/contact/",
    map: "/sv/map/",
    nightWalks: "/sv/night-walks/",
    become: "/sv/become/",
    becomeInterest: "/sv/become/interest/",
    "home (ar)": "/ar/",
    embedBox: "/sv/embed/box/?area=kvarnby",
    embedGenerator: "/sv/embed/?area=kvarnby",
  };
  const weights: Record<string, unknown> = {};
  for (const [name, path] of Object.entries(types)) {
    const w = await pageWeight(path);
    weights[name] = { ...w, total: w.html + w.css + w.js };
  }
  results["bytes"] = weights;
  // Link-preview pictures: the first request draws one (resvg), the next come from memory.
  const previews: Record<string, unknown> = {};
  for (const path of ["/og/sv/home.png", "/og/ar/area-kvarnby.png", "/og/ti/book.png", "/og/uk/activity.png"]) {
    const started = performance.now();
    const bytes = (await (await fetch(BASE + path)).arrayBuffer()).byteLength;
    const firstMs = performance.now() - started;
    const again = performance.now();
    for (let i = 0; i < 20; i++) await (await fetch(BASE + path)).arrayBuffer();
    previews[path] = { bytes, firstMs: Math.round(firstMs * 10) / 10, cachedMs: Math.round(((performance.now() - again) / 20) * 10) / 10 };
  }
  results["previews"] = previews;
  console.log("Rendering every page of the demo dataset …");
  const demoPaths = allPaths(demo);
  await renderAll(demoPaths.slice(0, 50)); // warm-up
  results["renderDemo"] = { ...(await renderAll(demoPaths)), serverPeakMb: server.peakMb() };
  // The night walks' list and form: every coming walk of six weeks with its counts (a database read), ten times in each locale.
  const walksPaths = LOCALES.flatMap((l) => Array.from({ length: 10 }, () => `/${l}/night-walks/`));
  await renderAll(walksPaths.slice(0, 8));
  results["renderNightWalks"] = await renderAll(walksPaths);
  // Becoming a contact family: the roles, the self-check and the evenings with their seats (a database read), ten times in each locale.
  const becomePaths = LOCALES.flatMap((l) => Array.from({ length: 10 }, () => `/${l}/become/`));
  await renderAll(becomePaths.slice(0, 8));
  results["renderBecome"] = await renderAll(becomePaths);
  console.log("Map page, demo dataset …");
  results["mapDemo"] = await mapTimings(7);
  console.log("Lighthouse …");
  results["lighthouse"] = await lighthouseScores({ home: types["home"] ?? "/sv/", area: types["area"] ?? "", activity: types["activity"] ?? "" });
} finally {
  server.stop();
}

// `BENCH_QUICK=1 npm run bench`: the demo dataset's part only (pages, weights, pictures, rendering, Lighthouse).
if (process.env["BENCH_QUICK"]) {
  writeFileSync("bench/out/results-quick.json", JSON.stringify(results, null, 2));
  console.log(JSON.stringify(results, null, 2));
  process.exit(0);
}

const large = "bench/out/dataset-5000.ndjson";
writeFileSync(large, generateDataset(readFileSync(demo, "utf8"), 5000));
server = await startServer(large);
try {
  // Every area, office, clinic, association and page, and every 25th activity: 200 of the
  // 5,000 activity pages, in all eight locales.
  console.log("Rendering the pages of the 5,000-activity dataset …");
  const paths = allPaths(large, 25);
  await renderAll(paths.slice(0, 50));
  results["render5000"] = { ...(await renderAll(paths)), serverPeakMb: server.peakMb() };
  console.log("Map page, 5,000 activities …");
  results["map5000"] = { ...(await mapTimings(5)), ...(await mapData()) };
} finally {
  server.stop();
}

console.log("Booking API …");
results["booking"] = await bookingBench();

console.log("Activities: approval to page, feeds and build with 5,000 …");
results["activities"] = await activitiesBench();

console.log("Follow-up: a year at 10× through the roll-up, the insights page …");
results["followup"] = await followupBench();

console.log("Operations: start to ready, memory, nginx with one and two instances …");
results["operations"] = await operationsBench();

writeFileSync("bench/out/results.json", JSON.stringify(results, null, 2));
console.log(JSON.stringify(results, null, 2));
