/**
 * Hostile input against the built server, generated (fast-check): every public endpoint and
 * form gets wrong types, huge and empty values, NUL and control characters, bidi overrides,
 * invalid UTF-8 and percent-encoding, prototype names, impossible dates, script and SQL text,
 * foreign origins and unknown methods. Every answer must be a 4xx (or the documented 2xx/303),
 * carry the security headers, have a body in its announced format with no stack trace, SQL or
 * file path in it and nothing reflected unescaped, and leave no error in the server's log.
 *
 * In `npm test` it runs with a fixed seed and a bounded number of cases; `npm run fuzz` runs
 * more (FUZZ_RUNS, FUZZ_SEED). A failure prints the seed, the path to replay it and the request.
 */
import { request } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCALES } from "../../src/lib/i18n/locales.ts";
import { startServer, type RunningServer } from "../support/server.ts";

export const FUZZ_SEED = Number(process.env["FUZZ_SEED"] ?? 20_261_207);
export const FUZZ_RUNS = Number(process.env["FUZZ_RUNS"] ?? 400);

interface Attempt {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request: any method, any bytes in the path and body (fetch would refuse or repair them). */
function send(base: string, attempt: Attempt): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const url = new URL(base);
    const req = request({ host: url.hostname, port: url.port, method: attempt.method, path: attempt.path, headers: attempt.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") });
      });
    });
    req.on("error", reject);
    if (attempt.body) req.write(attempt.body);
    req.end();
  });
}

/** Percent-encoding of any string, lone surrogates included (encodeURIComponent throws on those). */
const pct = (value: string) => [...Buffer.from(value, "utf8")].map((b) => (/[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, "0")}`)).join("");

/** What an attacker reaches for, beside random text. */
const NASTY = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u202Egnp.exe",
  "\u2066x\u2069",
  "\r\nSet-Cookie: x=1",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "../../../../etc/passwd",
  "..%2f..%2fetc%2fpasswd",
  "<script>fz(1)</script>",
  '"><img src=x onerror=fz(2)>',
  "javascript:fz(3)",
  "' OR '1'='1' --",
  "1; DROP TABLE bookings; --",
  "${7*7}{{7*7}}",
  "2026-99-99",
  "2026-02-30",
  "0000-00-00T25:61:61Z",
  "9999-12-31T23:59:59+14:00",
  "-1",
  "1e309",
  "NaN",
  "Infinity",
  "0x7fffffff",
  "%",
  "%ZZ",
  "%C0%AF",
  "%E0%A4%A",
  "%FF%FE",
  "\uD800",
  "\uFFFF",
  "🏳️‍🌈".repeat(50),
  "x".repeat(5_000),
];

const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 70_000 }).map((s) => s.padEnd(70_000, "å")) },
);

/** Any JSON value, hostile strings at the leaves. */
const jsonValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    text,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom("__proto__", "constructor", "toString"), fc.string({ maxLength: 10 })), tie("value"), { maxKeys: 4 }),
  ),
})).value;

/** Field names the forms and APIs know, and names they must not trip on. */
const FIELDS = [
  "action", "code", "secret", "receipt", "message", "unit", "topic", "answerLocale", "contactMode", "phone", "email", "formToken", "website", "altcha",
  "clinicId", "visitType", "start", "nickname", "reminderEmail", "idempotencyKey", "date", "time", "night", "nights", "area", "areaId", "role", "roles",
  "name", "username", "password", "title", "description", "category", "evening", "eveningId", "status", "consent", "csrf", "locale", "walkKey", "count",
  "__proto__", "constructor", "toString", "valueOf",
];
const QUERY = ["q", "postcode", "area", "week", "clinic", "type", "date", "time", "fel", "lang", "kind", "from", "to", "visitType", "category", "open", "sent", "done", "page", "__proto__", "toString", "valueOf"];

/** Every public form, as a path under a locale (the staff sign-in has none). */
const FORMS = ["book/", "book/manage/", "contact/", "contact/answer/", "propose/", "night-walks/", "night-walks/manage/", "become/interest/", "become/status/", "become/evenings/", "become/evenings/manage/"];
const PAGES = ["", "map/", "area-lookup/", "calendar/", "crisis/", "book/", "book/manage/", "contact/", "become/", "night-walks/", "propose/", "areas/kvarnby/", "activities/x/"];

/** A path segment that may not be one: raw bytes, broken escapes, traversal. */
const segment = fc.oneof(
  fc.constantFrom("%ZZ", "%C0%AF", "%FF", "..", "%2e%2e", "x%00y", "%E0%A4%A", "ä", "a;b", "%252e"),
  text.map((s) => pct(s.slice(0, 200))),
);
// Addresses stay under Node's 16 KB header limit (beyond it the HTTP parser refuses them, before Nära sees anything).
const queryOf = (pairs: [string, string][]) => pairs.map(([k, v]) => `${pct(k)}=${pct(v.slice(0, 600))}`).join("&");
const rawQuery = fc.oneof(
  fc.array(fc.tuple(fc.constantFrom(...QUERY), text), { maxLength: 4 }).map(queryOf),
  fc.constantFrom("a=%FF%FE", "q=%", "q=%ZZ", "q[]=1&q[]=2", "__proto__[x]=1", "a=1&a=2&a=3"),
);
const locale = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...LOCALES) }, { weight: 1, arbitrary: fc.constantFrom("xx", "SV", "sv-SE", "%2e%2e") });
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "PROPFIND", "MKCOL", "SEARCH", "LOCK"];

function formBody(pairs: [string, string][]): Buffer {
  return Buffer.from(pairs.map(([k, v]) => `${pct(k)}=${pct(v)}`).join("&"));
}

/** The attempts: pages with hostile queries, hostile paths, forms, the JSON API, odd methods and bodies. */
function attempts(origin: string): fc.Arbitrary<Attempt> {
  const pageGet = fc.record({ l: locale, p: fc.constantFrom(...PAGES), q: rawQuery }).map(({ l, p, q }) => ({ method: "GET", path: `/${l}/${p}?${q}`, headers: {} }));
  const pathGet = fc.record({ l: locale, kind: fc.constantFrom("areas", "offices", "clinics", "activities", "associations", "become", "night-walks/report", "map"), s: segment }).map(({ l, kind, s }) => ({ method: "GET", path: `/${l}/${kind}/${s}/`, headers: {} }));
  const apiGet = fc
    .record({
      s: segment,
      route: fc.constantFrom("/api/bookings/{s}", "/api/clinics/{s}/slots?from=2026-99-99&to=x", "/api/clinics/clinic-ungdomsmottagningen-soderhojden/slots?{q}", "/api/calendar/activities/{s}.ics", "/api/calendar/activities/kvallsvandring-norrgardet/{s}.ics", "/api/calendar/areas/{s}.ics", "/api/open/statistics.json?{q}", "/api/open/statistics.csv?{q}", "/sv/map/places.json?{q}"),
      q: rawQuery,
    })
    .map(({ s, route, q }) => ({ method: "GET", path: route.replace("{s}", s).replace("{q}", q), headers: {} }));
  const formPost = fc
    .record({
      l: locale,
      p: fc.oneof({ weight: 10, arbitrary: fc.constantFrom(...FORMS) }, { weight: 1, arbitrary: fc.constant("night-walks/report/not-a-secret/") }),
      fields: fc.array(fc.tuple(fc.constantFrom(...FIELDS), text), { maxLength: 8 }),
      type: fc.constantFrom("application/x-www-form-urlencoded", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain", "application/json"),
      from: fc.constantFrom(origin, origin, origin, "https://evil.example", "null", ""),
      broken: fc.boolean(),
    })
    .map(({ l, p, fields, type, from, broken }) => ({
      method: "POST",
      path: `/${l}/${p}`,
      headers: { "Content-Type": type, ...(from ? { Origin: from } : {}) },
      body: broken ? Buffer.concat([formBody(fields), Buffer.from([0x26, 0x61, 0x3d, 0xff, 0xfe, 0xc0, 0xaf])]) : formBody(fields),
    }));
  const staffSignIn = fc.array(fc.tuple(fc.constantFrom("username", "password", "csrf", "__proto__"), text), { maxLength: 4 }).map((fields) => ({
    method: "POST",
    path: `/staff/?${queryOf(fields.slice(0, 1))}`,
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: origin },
    body: formBody(fields),
  }));
  const staffGet = rawQuery.map((q) => ({ method: "GET", path: `/staff/?${q}`, headers: {} }));
  const apiJson = fc
    .record({
      path: fc.constantFrom("/api/bookings", "/api/sanity/webhook"),
      body: fc.oneof(jsonValue.map((v) => Buffer.from(JSON.stringify(v))), fc.constantFrom(Buffer.from("{not json"), Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), Buffer.alloc(0))),
      type: fc.constantFrom("application/json", "application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded"),
    })
    .map(({ path, body, type }) => ({ method: "POST", path, headers: { "Content-Type": type, Origin: origin }, body }));
  const bookingLookup = fc.record({ code: segment, auth: text, method: fc.constantFrom("GET", "DELETE", "PATCH") }).map(({ code, auth, method }) => ({
    method,
    path: `/api/bookings/${code}`,
    headers: { Authorization: `Bearer ${pct(auth).slice(0, 500)}`, "Content-Type": "application/json", Origin: origin },
    ...(method === "PATCH" ? { body: Buffer.from(JSON.stringify({ start: auth })) } : {}),
  }));
  const odd = fc.record({ method: fc.constantFrom(...METHODS), l: locale, p: fc.constantFrom(...PAGES, ...FORMS), q: rawQuery }).map(({ method, l, p, q }) => ({ method, path: `/${l}/${p}?${q}`, headers: {} }));
  const all: fc.Arbitrary<Attempt>[] = [pageGet, pathGet, apiGet, formPost, formPost, staffSignIn, staffGet, apiJson, bookingLookup, odd];
  return fc.oneof(...all);
}

/** What every answer must be, whatever was asked. */
function judge(attempt: Attempt, answer: Answer): string[] {
  const problems: string[] = [];
  const { status, headers, body } = answer;
  const expected = [200, 201, 204, 301, 302, 303, 307, 308, 400, 401, 403, 404, 405, 409, 410, 413, 415, 422, 429];
  if (!expected.includes(status)) problems.push(`status ${String(status)}`);
  // A redirect (a form's 303, a path put right) stays on this site: never an open redirect.
  const location = String(headers["location"] ?? "");
  if (status >= 300 && status < 400 && !/^\/(?![/\\])/.test(location)) problems.push(`a redirect to "${location}"`);
  for (const name of ["content-security-policy", "x-content-type-options", "referrer-policy", "x-frame-options"]) if (!headers[name]) problems.push(`no ${name}`);
  const type = String(headers["content-type"] ?? "");
  if (attempt.method !== "HEAD" && (status < 300 || status >= 400) && status !== 204 && body.length > 0) {
    if (type.startsWith("application/json")) {
      try {
        JSON.parse(body);
      } catch {
        problems.push("JSON that does not parse");
      }
    } else if (type.startsWith("text/html")) {
      if (!/^<!doctype html>/i.test(body.trimStart())) problems.push("HTML without a doctype");
      if (!/<html lang="[a-z]{2}"/.test(body)) problems.push("HTML without its language");
    } else if (!/^(text\/plain|text\/calendar|text\/csv|application\/geo\+json)/.test(type)) problems.push(`a body of type "${type}"`);
  }
  if (/\n\s+at [\w.<>]+ \(|at file:\/\//.test(body)) problems.push("a stack trace");
  // SQL as the database would show it (upper-case statements, its error texts), not English prose.
  if (/\bSELECT [\w*., ]+ FROM \w+|\bINSERT INTO \w+|\bDELETE FROM \w+|syntax error at or near|violates (unique|foreign key|check|not-null) constraint|relation "\w+" does not exist/.test(body)) problems.push("SQL");
  if (body.includes(process.cwd()) || /node_modules|\/dist\/server\//.test(body)) problems.push("a file path");
  if (/<script>fz\(|onerror=fz\(|href="javascript:fz/i.test(body)) problems.push("hostile markup reflected unescaped");
  // No header written from the request (CRLF), and no cookie for anyone but staff.
  if (headers["set-cookie"] && !attempt.path.startsWith("/staff")) problems.push("a cookie for a resident");
  if (String(headers["set-cookie"] ?? "").includes("x=1")) problems.push("a header injected");
  if (attempt.path.startsWith("/api/") && type.startsWith("text/html")) problems.push("an HTML page from the API");
  return problems;
}

describe("hostile input, generated", () => {
  const dir = mkdtempSync(join(tmpdir(), "nara-fuzz-"));
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({
      DATA_DIR: dir,
      NARA_NOW: "2026-11-24T17:30:00+01:00",
      ALTCHA_COST: "1",
      ALTCHA_COUNTER_MAX: "10",
      FORM_MIN_SECONDS: "0",
      MESSAGE_KEY: "6".repeat(64),
      SANITY_WEBHOOK_SECRET: "fuzz-webhook-secret-0123456789",
      // Every limit far away: the cases test the code behind the limits, not the limiter alone.
      RATE_LIMIT_BOOKINGS: "1000000",
      RATE_LIMIT_MANAGE: "1000000",
      RATE_LIMIT_SIGN_IN: "1000000",
      RATE_LIMIT_MESSAGES: "1000000",
      RATE_LIMIT_PROPOSALS: "1000000",
      RATE_LIMIT_NIGHTWALKS: "1000000",
      RATE_LIMIT_RECRUITMENT: "1000000",
      RATE_LIMIT_RECEIPTS: "1000000",
    });
  }, 90_000);
  afterAll(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`answers ${String(FUZZ_RUNS)} generated hostile requests (seed ${String(FUZZ_SEED)}) as errors, never as failures`, async () => {
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(attempts(server.url), async (attempt) => {
        const logBefore = server.output().length;
        const answer = await send(server.url, attempt);
        seen.set(answer.status, (seen.get(answer.status) ?? 0) + 1);
        const problems = judge(attempt, answer);
        const logged = server.output().slice(logBefore);
        // The log is written in batches (every 250 ms): an error may be this request's or one just before.
        const error = logged.split("\n").find((line) => /"level":"(error|fatal)"|\[ERROR\]/.test(line));
        if (error) problems.push(`an error in the log (this request's or one just before): ${error.slice(0, 600)}`);
        if (problems.length > 0) throw new Error(`${attempt.method} ${attempt.path.slice(0, 300)} → ${String(answer.status)}: ${problems.join("; ")}\n${answer.body.slice(0, 300)}`);
      }),
      { seed: FUZZ_SEED, numRuns: FUZZ_RUNS, endOnFailure: false },
    );
    // The cases reached the code, not only the front door: forms answered, pages served, inputs refused.
    expect(seen.get(200) ?? 0).toBeGreaterThan(FUZZ_RUNS / 10);
    expect([...seen.keys()].filter((s) => s >= 400).length).toBeGreaterThanOrEqual(4);
  }, 600_000);
});
