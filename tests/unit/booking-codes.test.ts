import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { ALPHABET, derivedSecret, group, hashSecret, isCode, isSecret, newCode, newSecret, normalize, SECRET_BITS, secretMatches } from "../../src/lib/security/codes.ts";
import { calendar, fold } from "../../src/lib/calendar/ics.ts";
import { crossSiteForm } from "../../src/lib/security/origin.ts";
import { clientAddress, clientKey } from "../../src/lib/security/rate-limit.ts";

describe("booking codes and secrets", () => {
  it("secrets carry at least 96 bits and use no look-alike characters", () => {
    expect(SECRET_BITS).toBeGreaterThanOrEqual(96);
    expect(ALPHABET).not.toMatch(/[01ILO]/);
    const secrets = new Set(Array.from({ length: 2000 }, newSecret));
    expect(secrets.size).toBe(2000);
    for (const s of secrets) expect(isSecret(s)).toBe(true);
    expect(isCode(newCode())).toBe(true);
  });

  it("every character of the alphabet turns up, about equally often", () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 2000; i++) for (const c of newSecret()) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(counts.size).toBe(ALPHABET.length);
    const expected = (2000 * 24) / ALPHABET.length;
    for (const n of counts.values()) expect(Math.abs(n - expected) / expected).toBeLessThan(0.15);
  });

  it("reads what a person types: small letters, spaces and dashes", () => {
    const secret = newSecret();
    expect(normalize(` ${group(secret).toLowerCase().replace(/-/g, " ")} `)).toBe(secret);
    expect(group("K7MQ4XRT")).toBe("K7MQ-4XRT");
  });

  it("stores only a hash, which verifies the secret and nothing else", () => {
    const secret = newSecret();
    const hash = hashSecret(secret);
    expect(hash).not.toContain(secret);
    expect(secretMatches(group(secret).toLowerCase(), hash)).toBe(true);
    expect(secretMatches(newSecret(), hash)).toBe(false);
    expect(secretMatches(secret, "00")).toBe(false);
  });

  it("derives the same secret for the same idempotency key, another for another key or server key", () => {
    const a = derivedSecret("server-key", "request-1");
    expect(isSecret(a)).toBe(true);
    expect(derivedSecret("server-key", "request-1")).toBe(a);
    expect(derivedSecret("server-key", "request-2")).not.toBe(a);
    expect(derivedSecret("other-key", "request-1")).not.toBe(a);
  });
});

describe("calendar files", () => {
  it("are parsed by an independent iCalendar parser with the right instants, text and folding", () => {
    const text = calendar(
      [{ uid: "b1@nara", start: new Date("2026-11-26T15:00:00Z"), end: new Date("2026-11-26T15:40:00Z"), summary: "Möte; viktigt, snart", location: "Ekparksgatan 11, 990 21 Exempelstad — ".repeat(3) }],
      new Date("2026-11-24T16:30:00Z"),
    );
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const parsed = ICAL.parse(text) as unknown[];
    const event = new ICAL.Event(new ICAL.Component(parsed).getFirstSubcomponent("vevent") ?? undefined);
    expect(event.summary).toBe("Möte; viktigt, snart");
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-11-26T15:00:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-11-26T15:40:00.000Z");
    expect(event.location).toBe("Ekparksgatan 11, 990 21 Exempelstad — ".repeat(3));
  });

  it("never folds inside a character", () => {
    const line = `SUMMARY:${"ä".repeat(100)}`;
    expect(fold(line).split("\r\n ").join("")).toBe(line);
  });
});

describe("cross-site forms and client keys", () => {
  const headers = (h: Record<string, string>) => new Headers(h);
  const allowed = ["http://127.0.0.1:4321", "https://nara.example"];
  it("refuses a form POST from another site and lets same-site and API requests through", () => {
    expect(crossSiteForm("POST", "/sv/book/", headers({ origin: "https://attacker.example" }), allowed)).toBe(true);
    expect(crossSiteForm("POST", "/sv/book/", headers({ "sec-fetch-site": "cross-site" }), allowed)).toBe(true);
    expect(crossSiteForm("POST", "/sv/book/", headers({ origin: "null" }), allowed)).toBe(true);
    expect(crossSiteForm("POST", "/sv/book/", headers({ origin: "https://nara.example" }), allowed)).toBe(false);
    expect(crossSiteForm("POST", "/sv/book/", headers({ "sec-fetch-site": "same-origin" }), allowed)).toBe(false);
    expect(crossSiteForm("GET", "/sv/book/", headers({ origin: "https://attacker.example" }), allowed)).toBe(false);
    expect(crossSiteForm("DELETE", "/api/bookings/X", headers({}), allowed)).toBe(false);
  });

  it("knows a client by a keyed hash, never the address, and trusts X-Forwarded-For only when told to", () => {
    const key = clientKey("k", "203.0.113.7");
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(key).not.toContain("203");
    expect(clientAddress("10.0.0.1", "203.0.113.7, 10.0.0.1", true)).toBe("203.0.113.7");
    expect(clientAddress("10.0.0.1", "203.0.113.7", false)).toBe("10.0.0.1");
  });
});
