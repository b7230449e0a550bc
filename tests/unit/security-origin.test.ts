/** src/lib/security/origin.ts: form POSTs from another site. */
import { describe, expect, it } from "vitest";
import { crossSiteForm } from "../../src/lib/security/origin.ts";

describe("cross-site forms", () => {
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
});
