/**
 * Staff passwords at OWASP's scrypt minimum (N=2^17, r=8, p=1): a hash made with the earlier,
 * weaker parameters still lets its owner in, and is made again with today's at that sign-in.
 */
import { randomBytes, scryptSync } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addUser } from "../../src/lib/staff/accounts.ts";
import { hashPassword, needsRehash, verifyPassword } from "../../src/lib/staff/passwords.ts";
import { testApp, type TestApp } from "../support/app.ts";

const PASSWORD = "a long password for the test";
/** A hash as the earlier release made it: N=2^15. */
const oldHash = (password: string) => {
  const salt = randomBytes(16);
  return ["scrypt", 2 ** 15, 8, 1, salt.toString("base64url"), scryptSync(password, salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }).toString("base64url")].join("$");
};

describe("staff passwords", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
  }, 60_000);
  afterAll(() => t.close());

  it("hashes at N=2^17 and knows a weaker hash when it sees one", async () => {
    const hash = await hashPassword(PASSWORD);
    expect(hash.startsWith("scrypt$131072$8$1$")).toBe(true);
    expect(needsRehash(hash)).toBe(false);
    expect(await verifyPassword(PASSWORD, hash)).toBe(true);
    expect(await verifyPassword("not the password at all", hash)).toBe(false);
    expect(needsRehash(oldHash(PASSWORD))).toBe(true);
  });

  it("lets a user with an earlier hash in, and rehashes it with today's parameters", async () => {
    await addUser(t.app.db, { username: "vera", displayName: "Vera", roles: ["general"], password: PASSWORD });
    await t.app.db.query("UPDATE staff_users SET password_hash = $1 WHERE username = 'vera'", [oldHash(PASSWORD)]);
    const signedIn = await t.app.staff.signIn("vera", PASSWORD, "client-pw", true);
    expect(signedIn.ok).toBe(true);
    const [row] = await t.app.db.query<{ password_hash: string }>("SELECT password_hash FROM staff_users WHERE username = 'vera'");
    expect(row?.password_hash.startsWith("scrypt$131072$8$1$")).toBe(true);
    expect((await t.app.staff.signIn("vera", PASSWORD, "client-pw", true)).ok).toBe(true);
  });
});
