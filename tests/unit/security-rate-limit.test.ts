/** src/lib/security/rate-limit.ts: who a client is, for the limits. */
import { describe, expect, it } from "vitest";
import { clientAddress, clientKey } from "../../src/lib/security/rate-limit.ts";

describe("client keys", () => {
  it("knows a client by a keyed hash, never the address, and trusts X-Forwarded-For only as far as its own proxies", () => {
    const key = clientKey("k", "203.0.113.7");
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(key).not.toContain("203");
    // Behind one proxy (nginx appends the address it saw): the last entry, whatever the client wrote before it.
    expect(clientAddress("127.0.0.1", "203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientAddress("127.0.0.1", "198.51.100.9, 203.0.113.7", 1)).toBe("203.0.113.7");
    // Behind two (a load balancer, then nginx): the one the outer proxy saw.
    expect(clientAddress("127.0.0.1", "198.51.100.9, 203.0.113.7, 10.0.0.5", 2)).toBe("203.0.113.7");
    expect(clientAddress("127.0.0.1", "203.0.113.7", 2)).toBe("203.0.113.7");
    // Not behind a proxy of one's own: the header is not believed.
    expect(clientAddress("10.0.0.1", "203.0.113.7", 0)).toBe("10.0.0.1");
    expect(clientAddress("10.0.0.1", null, 1)).toBe("10.0.0.1");
  });
});
