/**
 * Findings of the outside test, each answered (against the built server): methods the site does
 * not answer get 405 (TRACE answered 500 from the adapter before); open data takes its links
 * from PUBLIC_SITE_URL, never from a Host header; a booking nickname is cleaned like every free
 * text (a NUL byte made the request fail, a bidi override reached the staff list); an error
 * nobody foresaw is a 500 in the visitor's language with a reference that is also in the log.
 */
import { createHash } from "node:crypto";
import { request } from "node:http";
import islandScript from "astro/runtime/server/astro-island.prebuilt.js";
import { ISLAND_STYLES } from "astro/runtime/server/astro-island-styles.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { solvedPayload } from "../support/altcha.ts";
import { errorAnswer } from "../../src/lib/http/respond.ts";
import { createTranslator } from "../../src/lib/i18n/index.ts";
import { startServer, type RunningServer } from "../support/server.ts";
import { PAGE_TYPES } from "../e2e/site.ts";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A raw request (fetch refuses TRACE and a Host of one's own). */
function raw(url: string, method: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
      });
    });
    req.on("error", reject);
    req.end();
  });
}

describe("hardening: findings of the outside test", () => {
  const dir = mkdtempSync(join(tmpdir(), "nara-hard-"));
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ DATA_DIR: dir, NARA_NOW: "2026-11-24T17:30:00+01:00", ALTCHA_COST: "1", ALTCHA_COUNTER_MAX: "10", PUBLIC_SITE_URL: "https://nara.kommun.example", MESSAGE_KEY: "4".repeat(64), RATE_LIMIT_SIGN_IN: "2", SECURITY_CONTACT: "mailto:security@nara.kommun.example, https://nara.kommun.example/sakerhet", SECURITY_EXPIRES: "2027-06-30" });
  }, 90_000);
  afterAll(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers 405 with Allow to TRACE and to methods it does not know, with the security headers", async () => {
    for (const method of ["TRACE", "PROPFIND", "MKCOL", "SEARCH"]) {
      const answer = await raw(`${server.url}/sv/`, method);
      expect(answer.status, method).toBe(405);
      expect(answer.headers["allow"]).toBe("GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
      expect(answer.headers["content-security-policy"]).toBeDefined();
      expect(answer.body).not.toMatch(/\n\s+at /);
    }
    // A method that is no method at all: refused by the HTTP parser itself, never a 500.
    expect((await raw(`${server.url}/sv/`, "CONNECTX")).status).toBe(400);
  });

  it("says when to try again when staff sign-ins are limited, like every other limit", async () => {
    const attempt = () => fetch(`${server.url}/staff/`, { method: "POST", body: new URLSearchParams({ username: "nobody", password: "not a password at all" }), headers: { Origin: "https://nara.kommun.example" }, redirect: "manual" });
    expect((await attempt()).status).toBe(401);
    expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("takes open data's links from PUBLIC_SITE_URL, whatever the Host header says", async () => {
    for (const path of ["/api/open/places.geojson", "/api/open/services.json"]) {
      const answer = await raw(`${server.url}${path}`, "GET", { Host: "evil.example" });
      expect(answer.status, path).toBe(200);
      expect(answer.body).not.toContain("evil.example");
      expect(answer.body).toContain("https://nara.kommun.example/");
    }
  });

  it("cleans a booking nickname: a NUL byte and a bidi override are taken out, the booking made", async () => {
    const slots = (await (await fetch(`${server.url}/api/clinics/clinic-ungdomsmottagningen-soderhojden/slots?from=2026-11-26&to=2026-12-10&visitType=talk`)).json()) as { slots: { start: string }[] };
    const made = await fetch(`${server.url}/api/bookings`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ clinicId: "clinic-ungdomsmottagningen-soderhojden", visitType: "talk", start: slots.slots[0]?.start, nickname: "Sa\u0000ra\u202Egnp", altcha: await solvedPayload(server.url) }),
    });
    expect(made.status).toBe(201);
    const { code, secret } = (await made.json()) as { code: string; secret: string };
    const opened = (await (await fetch(`${server.url}/api/bookings/${code}`, { headers: { Authorization: `Bearer ${secret}` } })).json()) as { nickname: string };
    expect(opened.nickname).toBe("Saragnp");
  });

  it("answers an error nobody foresaw as a 500 in the visitor's language, with the reference that is in the log", async () => {
    const page = errorAnswer("server", "so", createTranslator("so"), false, "ref-1234");
    expect(page.status).toBe(500);
    const html = await page.text();
    expect(html).toContain('<html lang="so" dir="ltr">');
    expect(html).toContain(createTranslator("so")("error.server"));
    expect(html).toContain("ref-1234");
    const api = errorAnswer("server", "en", createTranslator("en"), true, "ref-5678");
    expect(await api.json()).toEqual({ error: "SERVER_ERROR", message: createTranslator("en")("error.server"), reference: "ref-5678" });
  });

  it("says where to report a vulnerability at /.well-known/security.txt (RFC 9116), from the settings", async () => {
    const answer = await fetch(`${server.url}/.well-known/security.txt`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await answer.text()).toBe(
      ["Contact: mailto:security@nara.kommun.example", "Contact: https://nara.kommun.example/sakerhet", "Expires: 2027-06-30T00:00:00Z", "Preferred-Languages: sv, en", "Canonical: https://nara.kommun.example/.well-known/security.txt", ""].join("\n"),
    );
  });

  it("starts the title of a page that shows a form's errors with the word for error, in the page's language", async () => {
    const title = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? "";
    for (const [locale, word] of [["sv", "Fel"], ["ar", "خطأ"], ["uk", "Помилка"]] as const) {
      const refused = await fetch(`${server.url}/${locale}/contact/`, { method: "POST", body: new URLSearchParams({ message: "" }), headers: { Origin: "https://nara.kommun.example" } });
      const html = await refused.text();
      expect(html).toContain("data-error-summary");
      expect(title(html), locale).toMatch(new RegExp(`^${word}: `));
      // The same page without errors has its title as ever.
      expect(title(await (await fetch(`${server.url}/${locale}/contact/`)).text())).not.toContain(`${word}: `);
    }
  });

  it("answers an impossible date in a calendar address as not found, not as a failure", async () => {
    for (const date of ["2026-99-99", "2026-02-30", "2026-00-10"]) {
      const answer = await fetch(`${server.url}/api/calendar/activities/kvallsvandring-norrgardet/${date}.ics`);
      expect(answer.status, date).toBe(404);
    }
    expect(server.output()).not.toContain('"level":"error"');
  });

  it("answers an address that is not valid percent-encoding with 400 in the path's language, before any route", async () => {
    const so = createTranslator("so");
    for (const path of ["/so/%ZZ/", "/so/areas/%E0%A4%A/", "/so/%C0"]) {
      const answer = await raw(`${server.url}${path}`, "GET");
      expect(answer.status, path).toBe(400);
      expect(answer.headers["content-security-policy"]).toBeDefined();
      expect(answer.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(answer.body).toContain('<html lang="so" dir="ltr">');
      expect(answer.body).toContain(so("error.badAddress.title"));
    }
    const api = await raw(`${server.url}/api/bookings/%FF%ZZ`, "GET", { "Accept-Language": "fi" });
    expect(api.status).toBe(400);
    expect(JSON.parse(api.body)).toMatchObject({ error: "BAD_REQUEST", message: createTranslator("fi")("error.badAddress.text") });
    // A percent-encoded address that reads is served as ever.
    expect((await raw(`${server.url}/sv/%61reas/`, "GET")).status).not.toBe(400);
    expect(server.output()).not.toContain("Invalid URL encoding");
  });

  it("allows in its CSP only the inline scripts the site emits, never one reflected from the address", async () => {
    const own = await ownHashes();
    for (const [path, injected] of [
      ["/sv/map/?q=", "alert(71)"],
      ["/sv/area-lookup/?postcode=", "alert(72)"],
      ["/sv/activities/?q=", "alert(73)"],
      ["/ar/map/?q=x%22%3E", "alert(74)"],
    ] as const) {
      const page = await fetch(`${server.url}${path}${encodeURIComponent(`<script>${injected}</script>`)}`);
      const csp = page.headers.get("content-security-policy") ?? "";
      expect(csp, path).not.toContain(cspHash(injected));
      const allowed = [...csp.matchAll(/'sha256-[^']+'/g)].map((m) => m[0]);
      // What is allowed is Astro's own island code, and only on pages that have islands.
      for (const h of allowed) expect(own).toContain(h);
    }
    // The map has an island: its loader is still allowed, so the map still runs.
    const map = await fetch(`${server.url}/sv/map/`);
    expect(map.headers.get("content-security-policy")).toContain(cspHash(islandScript));
  });

  it("allows no reflected script on any page type, whichever parameter reflects it", async () => {
    const own = await ownHashes();
    const params = ["q", "postcode", "area", "week", "clinic", "type", "date", "time", "fel", "lang", "kind", "from", "to", "code", "receipt", "sent", "done", "status", "night", "role"];
    for (const [type, path] of Object.entries(PAGE_TYPES)) {
      const injected = params.map((p) => `alert("${type}-${p}")`);
      const query = params.map((p, i) => `${p}=${encodeURIComponent(`<script>${injected[i] ?? ""}</script>`)}`).join("&");
      const page = await fetch(`${server.url}/sv/${path}${path.includes("?") ? "&" : "?"}${query}`);
      const csp = page.headers.get("content-security-policy") ?? "";
      for (const script of injected) expect(csp, `${type}: ${script}`).not.toContain(cspHash(script));
      for (const h of csp.match(/'sha256-[^']+'/g) ?? []) expect(own, type).toContain(h);
      // Inside an attribute the value stays text (its quotes escaped); as markup it would carry its raw quote.
      expect(await page.text(), type).not.toContain('<script>alert("');
    }
  });
});

const cspHash = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** The CSP hashes of the inline code Astro writes for islands (the loader, the client directives, their style): all a page may allow. */
async function ownHashes(): Promise<string[]> {
  const names = ["idle", "load", "media", "only", "visible"];
  const directives = await Promise.all(names.map(async (n) => ((await import(`astro/runtime/client/${n}.prebuilt.js`)) as { default: string }).default));
  return [islandScript, ...directives, ISLAND_STYLES].map(cspHash);
}
