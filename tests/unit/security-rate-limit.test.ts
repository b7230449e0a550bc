/** src/lib/security/rate-limit.ts: who a client is, for the limits. */
import { describe, expect, it } from "vitest";
import { clientAddress, clientKey } from "../../src/lib/security/rate-limit.ts";

describe("client keys", () => {
  it("knows a client by a keyed hash, never the address, and trusts X-Forwarded-For only when told to", () => {
    const key = clientKey("k", "203.0.113.7");
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(key).not.toContain("203");
    expect(clientAddress("10.0.0.1", "203.0.113.7, 10.0.0.1", true)).toBe("203.0.113.7");
    expect(clientAddress("10.0.0.1", "203.0.113.7", false)).toBe("10.0.0.1");
  });
});
