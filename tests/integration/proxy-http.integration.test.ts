/**
 * Two instances behind Debian's nginx (the project's own site file) on one PostgreSQL database,
 * TRUST_PROXY on: requests reach both; 200 simultaneous bookings for a slot with 3 seats give
 * exactly 3; a rate limit holds across the instances and whatever X-Forwarded-For a client
 * writes itself; a solved challenge is taken once, whichever instance sees it again; a staff
 * session made on one instance holds on the other; a sign-in through the OpenID provider begun
 * on one instance ends on the other. (Content changes between instances: notify.integration.test.ts.)
 */
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { solvedPayload } from "../support/altcha.ts";
import { freshPostgresUrl, POSTGRES_URL } from "../support/db.ts";
import { available, startNginx, type Proxy } from "../support/nginx.ts";
import { freePort, startServer, type RunningServer } from "../support/server.ts";
import { IDP } from "../support/idp-settings.ts";
import { startIdp } from "../support/oidc-idp.ts";
import { LOGIN_COOKIE } from "../../src/lib/staff/oidc.ts";

const CLINIC = "clinic-ungdomsmottagningen-soderhojden";
const SLOT = "2026-11-26T15:00:00.000Z"; // Thursday 16:00 in Stockholm: 3 seats
const PASSWORD = "a-long-proxy-test-password";

describe.runIf(available && POSTGRES_URL)("two instances behind nginx", () => {
  let proxy: Proxy;
  let stopIdp: (() => Promise<void>) | undefined;
  const servers: RunningServer[] = [];
  const requestsTo = (server: RunningServer) => server.output().split("\n").filter((l) => l.includes('"msg":"request"')).length;
  /** The instances write their log a few times a second: what each answered, once written. */
  const answeredBy = async () => {
    await new Promise((r) => setTimeout(r, 600));
    return servers.map(requestsTo);
  };

  beforeAll(async () => {
    const url = await freshPostgresUrl("nara_test_proxy");
    const ports: [number, number] = [await freePort(), await freePort()];
    proxy = await startNginx(ports);
    stopIdp = await startIdp(`${proxy.url}/staff/oidc/callback`);
    const env = {
      OIDC_ISSUER: IDP.issuer,
      OIDC_CLIENT_ID: IDP.clientId,
      OIDC_CLIENT_SECRET: IDP.clientSecret,
      OIDC_ROLES_CLAIM: IDP.rolesClaim,
      DATABASE_URL: url,
      TRUST_PROXY: "true",
      PUBLIC_SITE_URL: proxy.url,
      NARA_NOW: "2026-11-24T17:30:00+01:00",
      ALTCHA_COST: "1",
      ALTCHA_COUNTER_MAX: "10",
      RATE_LIMIT_BOOKINGS: "1000",
      RATE_LIMIT_MANAGE: "5",
      MESSAGE_KEY: "9".repeat(64),
      STAFF_PASSWORD: PASSWORD,
    };
    const made = spawnSync(process.execPath, ["scripts/staff.ts", "add", "dina", "--name", "Dina", "--role", "office:office-kvarnby"], { env: { ...process.env, ...env }, encoding: "utf8" });
    expect(made.status, made.stderr).toBe(0);
    // One after the other: the second finds the migrations done.
    for (const port of ports) servers.push(await startServer(env, { port }));
  }, 120_000);
  afterAll(async () => {
    await stopIdp?.();
    await proxy.stop();
    for (const server of servers) await server.stop();
  });

  it("gives exactly 3 of 200 simultaneous bookings through nginx, spread over both instances", async () => {
    const before = await answeredBy();
    const payloads = await Promise.all(Array.from({ length: 200 }, () => solvedPayload(proxy.url)));
    const responses = await Promise.all(payloads.map((altcha) => fetch(`${proxy.url}/api/bookings`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ clinicId: CLINIC, visitType: "sti-test", start: SLOT, altcha }) })));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(statuses.filter((s) => s === 409)).toHaveLength(197);
    const after = await answeredBy();
    // Both instances answered a good share of the bookings.
    for (let i = 0; i < 2; i++) expect((after[i] ?? 0) - (before[i] ?? 0)).toBeGreaterThan(50);
    expect(proxy.log()).not.toContain("[error]");
  }, 120_000);

  it("holds a rate limit across the instances, whatever X-Forwarded-For the client writes", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const response = await fetch(`${proxy.url}/api/bookings/WXYZ-${String(1000 + i)}`, { headers: { Authorization: "Bearer not-the-secret-of-any-booking", "X-Forwarded-For": `198.51.100.${String(i)}` } });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429, 429, 429]);
  });

  it("takes a solved challenge once, whichever instance sees it again", async () => {
    const altcha = await solvedPayload(proxy.url);
    const body = (start: string) => JSON.stringify({ clinicId: CLINIC, visitType: "talk", start, altcha });
    const slots = (await (await fetch(`${proxy.url}/api/clinics/${CLINIC}/slots?from=2026-11-26&to=2026-12-10&visitType=talk`)).json()) as { slots: { start: string }[] };
    const first = await fetch(`${proxy.url}/api/bookings`, { method: "POST", headers: { "Content-Type": "application/json" }, body: body(slots.slots[1]?.start ?? "") });
    expect(first.status).toBe(201);
    // Sent again, several times: round robin takes it to the other instance too.
    for (let i = 0; i < 3; i++) {
      const again = await fetch(`${proxy.url}/api/bookings`, { method: "POST", headers: { "Content-Type": "application/json", "Accept-Language": "en" }, body: body(slots.slots[2 + i]?.start ?? "") });
      expect(again.status).toBe(422);
      expect(((await again.json()) as { fields: Record<string, string> }).fields).toHaveProperty("altcha");
    }
  });

  it("keeps a staff session made on one instance on the other", async () => {
    const signIn = await fetch(`${proxy.url}/staff/`, { method: "POST", body: new URLSearchParams({ username: "dina", password: PASSWORD }), headers: { Origin: proxy.url }, redirect: "manual" });
    expect(signIn.status).toBe(303);
    const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const before = await answeredBy();
    for (let i = 0; i < 6; i++) {
      const page = await fetch(`${proxy.url}/staff/messages/`, { headers: { Cookie: cookie } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("Logga ut");
    }
    const after = await answeredBy();
    for (let i = 0; i < 2; i++) expect((after[i] ?? 0) - (before[i] ?? 0)).toBeGreaterThan(0);
  });

  it("marks the session cookie Secure when the proxy says the visitor came over HTTPS, and only then", async () => {
    const signIn = (url: string, proto: string) => fetch(`${url}/staff/`, { method: "POST", body: new URLSearchParams({ username: "dina", password: PASSWORD }), headers: { Origin: proxy.url, "X-Forwarded-Proto": proto }, redirect: "manual" });
    // Through nginx over plain HTTP: nginx writes its own scheme over the client's claim.
    const plain = await signIn(proxy.url, "https");
    expect(plain.status).toBe(303);
    expect(plain.headers.get("set-cookie")).not.toMatch(/;\s*Secure/i);
    // As a TLS-terminating proxy in front of an instance says it.
    const servers0 = servers[0];
    if (!servers0) throw new Error("no instance");
    const secure = await signIn(servers0.url, "https");
    expect(secure.status).toBe(303);
    expect(secure.headers.get("set-cookie")).toMatch(/;\s*Secure/i);
  });

  it("ends on one instance a sign-in through the OpenID provider begun on the other", async () => {
    const [a, b] = servers;
    if (!a || !b) throw new Error("two instances");
    const begun = await fetch(`${a.url}/staff/oidc/start`, { redirect: "manual" });
    expect(begun.status).toBe(303);
    const naraCookie = (begun.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    // The provider's own pages, as a browser goes through them: its login form, then its consent.
    const jar = new Map<string, string>();
    const cookies = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
    const keep = (r: Response) => {
      for (const c of r.headers.getSetCookie()) {
        const pair = c.split(";")[0] ?? "";
        jar.set(pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1));
      }
    };
    let url = begun.headers.get("location") ?? "";
    let callback = "";
    for (let step = 0; step < 12 && !callback; step++) {
      const r = await fetch(url, { redirect: "manual", headers: { Cookie: cookies() } });
      keep(r);
      if (r.status >= 300 && r.status < 400) {
        url = new URL(r.headers.get("location") ?? "", url).href;
        if (url.startsWith(`${proxy.url}/staff/oidc/callback`)) callback = url;
        continue;
      }
      const html = await r.text();
      const action = new URL((/action="([^"]+)"/.exec(html)?.[1] ?? "").replace(/&amp;/g, "&"), url).href;
      const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1] ?? "";
      const posted = await fetch(action, { method: "POST", body: new URLSearchParams(prompt === "login" ? { prompt, login: "cecilia", password: "any" } : { prompt }), redirect: "manual", headers: { Cookie: cookies() } });
      keep(posted);
      url = new URL(posted.headers.get("location") ?? "", action).href;
      if (url.startsWith(`${proxy.url}/staff/oidc/callback`)) callback = url;
    }
    expect(callback).not.toBe("");
    // The provider sends the browser back; here it reaches the other instance.
    const ended = await fetch(callback.replace(proxy.url, b.url), { redirect: "manual", headers: { Cookie: naraCookie } });
    // Signed in: the page goes on to /staff/ by itself, with the session cookie set.
    expect(ended.status).toBe(200);
    expect(await ended.text()).toContain("Inloggad");
    const session = (ended.headers.getSetCookie().find((c) => !c.startsWith(`${LOGIN_COOKIE}=`)) ?? "").split(";")[0] ?? "";
    expect(session).not.toBe("");
    const page = await fetch(`${proxy.url}/staff/`, { headers: { Cookie: session } });
    expect(await page.text()).toContain("Logga ut");
  });
});
