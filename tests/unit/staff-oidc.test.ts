import { describe, expect, it } from "vitest";
import { parseEnv } from "../../src/lib/config.ts";
import { accountFromClaims, loginCookie, redirectUri } from "../../src/lib/staff/oidc.ts";

const withRoles = { OIDC_USERNAME_CLAIM: "preferred_username", OIDC_ROLES_CLAIM: "nara_roles" };
const localRoles = { OIDC_USERNAME_CLAIM: "preferred_username", OIDC_ROLES_CLAIM: undefined };

describe("staff sign-in through OpenID Connect", () => {
  it("takes the account name from the configured claim, in small letters", () => {
    expect(accountFromClaims({ preferred_username: "Anna.Andersson@Kommun.example", name: "Anna Andersson" }, localRoles)).toEqual({
      username: "anna.andersson@kommun.example",
      displayName: "Anna Andersson",
      roles: undefined,
    });
    expect(accountFromClaims({ email: "bo@kommun.example" }, { ...localRoles, OIDC_USERNAME_CLAIM: "email" })?.username).toBe("bo@kommun.example");
  });
  it("refuses a sign-in without a usable name", () => {
    expect(accountFromClaims({ sub: "123" }, localRoles)).toBeUndefined();
    expect(accountFromClaims({ preferred_username: "x" }, localRoles)).toBeUndefined();
    expect(accountFromClaims({ preferred_username: "anna andersson" }, localRoles)).toBeUndefined();
    expect(accountFromClaims({ preferred_username: 42 }, localRoles)).toBeUndefined();
  });
  it("keeps only well-formed roles from the roles claim, as a list or a string", () => {
    expect(accountFromClaims({ preferred_username: "anna", nara_roles: ["clinic:ekbacken", "superuser", "admin", 7, "clinic:ekbacken"] }, withRoles)?.roles).toEqual(["admin", "clinic:ekbacken"]);
    expect(accountFromClaims({ preferred_username: "anna", nara_roles: "office:norr editor" }, withRoles)?.roles).toEqual(["editor", "office:norr"]);
    expect(accountFromClaims({ preferred_username: "anna" }, withRoles)?.roles).toEqual([]);
  });
  it("needs issuer, client id and secret together", () => {
    expect(() => parseEnv({ OIDC_ISSUER: "https://login.kommun.example" })).toThrow(/must be set together/);
    expect(() => parseEnv({ OIDC_ISSUER: "not a url", OIDC_CLIENT_ID: "a", OIDC_CLIENT_SECRET: "b" })).toThrow(/OIDC_ISSUER/);
    expect(parseEnv({ OIDC_ISSUER: "https://login.kommun.example", OIDC_CLIENT_ID: "nara", OIDC_CLIENT_SECRET: "s" }).OIDC_USERNAME_CLAIM).toBe("preferred_username");
  });
  it("sends the provider back to the public address, with a short-lived Lax cookie only under /staff/oidc", () => {
    expect(redirectUri({ PUBLIC_SITE_URL: "https://nara.kommun.example", OIDC_ISSUER: undefined, OIDC_CLIENT_ID: undefined, OIDC_CLIENT_SECRET: undefined, OIDC_USERNAME_CLAIM: "sub", OIDC_ROLES_CLAIM: undefined })).toBe(
      "https://nara.kommun.example/staff/oidc/callback",
    );
    expect(loginCookie("abc", true)).toBe("nara_oidc=abc; Path=/staff/oidc; HttpOnly; SameSite=Lax; Max-Age=600; Secure");
    expect(loginCookie("", false)).toBe("nara_oidc=; Path=/staff/oidc; HttpOnly; SameSite=Lax; Max-Age=0");
  });
});
