/** src/lib/security/codes.ts: booking codes and secrets. */
import { describe, expect, it } from "vitest";
import { ALPHABET, derivedSecret, group, hashSecret, isCode, isSecret, newCode, newSecret, normalize, SECRET_BITS, secretMatches } from "../../src/lib/security/codes.ts";

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
