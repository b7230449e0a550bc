import { describe, expect, it } from "vitest";
import { parseEnv } from "../../src/lib/config.ts";
import { securityTxt } from "../../src/lib/security/security-txt.ts";

describe("security.txt", () => {
  const started = new Date("2026-12-07T10:00:00Z");
  it("is absent without a contact: a made-up address would send reports nowhere", () => {
    expect(securityTxt(parseEnv({}), started)).toBeUndefined();
  });
  it("expires a year after the start unless a date is set, and links the policy when there is one", () => {
    const text = securityTxt(parseEnv({ SECURITY_CONTACT: "tel:+46-8-000000", SECURITY_POLICY: "https://kommun.example/policy", PUBLIC_SITE_URL: "https://nara.example" }), started);
    expect(text).toContain("Contact: tel:+46-8-000000\nExpires: 2027-12-07T00:00:00Z\nPolicy: https://kommun.example/policy\n");
  });
  it("refuses a contact that is no address", () => {
    expect(() => parseEnv({ SECURITY_CONTACT: "security at example" })).toThrow(/SECURITY_CONTACT/);
  });
});
