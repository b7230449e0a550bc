/**
 * Staff sign-in through the municipality's OpenID Connect provider (`openid-client`), when
 * OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set: authorization code flow with
 * PKCE, state and nonce. The sign-in under way is a database row keyed by a random value in a
 * short-lived cookie (`nara_oidc`, SameSite=Lax so that it comes back with the provider's
 * redirect), so only the browser that started it can finish it, and only once.
 *
 * Who may do what: with OIDC_ROLES_CLAIM the provider's claim gives the roles and the account is
 * made or updated at sign-in; without it, the provider only proves who it is, and the roles are
 * those of the local account of the same name (`npm run staff -- add … --no-password`).
 */
import { createHash, randomBytes } from "node:crypto";
import * as oidc from "openid-client";
import type { ServerEnv } from "../config.ts";
import type { Queryable } from "../db/index.ts";
import { ROLE, USERNAME, upsertProviderUser, userByUsername, type StaffUser } from "./accounts.ts";

export const LOGIN_COOKIE = "nara_oidc";
const LOGIN_MINUTES = 10;
export const CALLBACK_PATH = "/staff/oidc/callback";

export type OidcEnv = Pick<ServerEnv, "OIDC_ISSUER" | "OIDC_CLIENT_ID" | "OIDC_CLIENT_SECRET" | "OIDC_USERNAME_CLAIM" | "OIDC_ROLES_CLAIM" | "PUBLIC_SITE_URL">;

export function oidcEnabled(env: OidcEnv): boolean {
  return env.OIDC_ISSUER !== undefined;
}

const hashId = (value: string) => createHash("sha256").update(value).digest("hex");

/** Plain http is accepted only for a provider on this machine (a test stand-in), never across a network. */
function loopback(url: URL): boolean {
  return ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
}

let discovered: { key: string; config: Promise<oidc.Configuration> } | undefined;

/** The provider's metadata, fetched once per process; a failure is retried on the next sign-in. */
function configuration(env: OidcEnv): Promise<oidc.Configuration> {
  const issuer = new URL(env.OIDC_ISSUER ?? "");
  const key = `${issuer.href}\u0000${env.OIDC_CLIENT_ID ?? ""}`;
  if (discovered?.key !== key) {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- plain http only for a provider on this machine, see loopback()
    const options = issuer.protocol === "http:" && loopback(issuer) ? { execute: [oidc.allowInsecureRequests] } : undefined;
    const config = oidc.discovery(issuer, env.OIDC_CLIENT_ID ?? "", env.OIDC_CLIENT_SECRET, undefined, options);
    discovered = { key, config };
    config.catch(() => {
      if (discovered?.config === config) discovered = undefined;
    });
  }
  return discovered.config;
}

export function redirectUri(env: OidcEnv): string {
  return new URL(CALLBACK_PATH, env.PUBLIC_SITE_URL).href;
}

export function loginCookie(value: string, secure: boolean): string {
  const parts = [`${LOGIN_COOKIE}=${value}`, "Path=/staff/oidc", "HttpOnly", "SameSite=Lax", value ? `Max-Age=${String(LOGIN_MINUTES * 60)}` : "Max-Age=0"];
  if (secure) parts.push("Secure");
  return parts.join("; ");
}

/** Starts a sign-in: where to send the browser, and the cookie that ties the answer to it. */
export async function beginSignIn(db: Queryable, env: OidcEnv, secure: boolean): Promise<{ location: string; cookie: string }> {
  const config = await configuration(env);
  const value = randomBytes(32).toString("base64url");
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const verifier = oidc.randomPKCECodeVerifier();
  await db.query("INSERT INTO staff_oidc_logins (id_hash, state, nonce, code_verifier, expires_at) VALUES ($1, $2, $3, $4, $5)", [
    hashId(value),
    state,
    nonce,
    verifier,
    new Date(Date.now() + LOGIN_MINUTES * 60_000),
  ]);
  const location = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri(env),
    scope: "openid profile email",
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state,
    nonce,
  });
  return { location: location.href, cookie: loginCookie(value, secure) };
}

export type SignInRefusal = "EXPIRED" | "PROVIDER" | "NO_ACCOUNT" | "NO_ROLES";

/** Who the provider says signed in, as a Nära account with roles; or why not. */
export function accountFromClaims(claims: Record<string, unknown>, env: Pick<OidcEnv, "OIDC_USERNAME_CLAIM" | "OIDC_ROLES_CLAIM">): { username: string; displayName: string; roles: string[] | undefined } | undefined {
  const raw = claims[env.OIDC_USERNAME_CLAIM];
  const username = typeof raw === "string" ? raw.trim().toLowerCase() : "";
  if (!USERNAME.test(username)) return undefined;
  const name = claims["name"];
  const displayName = typeof name === "string" && name.trim() ? name.trim().slice(0, 200) : username;
  if (!env.OIDC_ROLES_CLAIM) return { username, displayName, roles: undefined };
  const given = claims[env.OIDC_ROLES_CLAIM];
  const list = Array.isArray(given) ? given : typeof given === "string" ? given.split(/[\s,]+/) : [];
  const roles = [...new Set(list.filter((r): r is string => typeof r === "string" && ROLE.test(r)))].sort();
  return { username, displayName, roles };
}

/**
 * Finishes a sign-in from the provider's redirect: the cookie's row (used once), the code
 * exchanged with PKCE, state and nonce checked by `openid-client`, then the account.
 */
export async function finishSignIn(db: Queryable, env: OidcEnv, callback: URL, cookieValue: string | undefined): Promise<{ ok: true; user: StaffUser } | { ok: false; reason: SignInRefusal }> {
  if (!cookieValue || !/^[\w-]{43}$/.test(cookieValue)) return { ok: false, reason: "EXPIRED" };
  const row = (
    await db.query<{ state: string; nonce: string; code_verifier: string }>("DELETE FROM staff_oidc_logins WHERE id_hash = $1 AND expires_at > $2 RETURNING state, nonce, code_verifier", [
      hashId(cookieValue),
      new Date(),
    ])
  )[0];
  if (!row) return { ok: false, reason: "EXPIRED" };
  let claims: Record<string, unknown>;
  try {
    const config = await configuration(env);
    // The address registered with the provider, with the answer's parameters: right also behind a proxy.
    const current = new URL(redirectUri(env));
    current.search = callback.search;
    const tokens = await oidc.authorizationCodeGrant(config, current, { pkceCodeVerifier: row.code_verifier, expectedState: row.state, expectedNonce: row.nonce, idTokenExpected: true });
    claims = { ...(tokens.claims() ?? {}) };
    if (claims[env.OIDC_USERNAME_CLAIM] === undefined || (env.OIDC_ROLES_CLAIM && claims[env.OIDC_ROLES_CLAIM] === undefined)) {
      if (typeof claims["sub"] !== "string") throw new Error("the ID token has no subject");
      claims = { ...(await oidc.fetchUserInfo(config, tokens.access_token, claims["sub"])), ...claims };
    }
  } catch (error) {
    console.error(`Staff sign-in: the provider's answer was refused (${error instanceof Error ? error.message : "unknown error"})`);
    return { ok: false, reason: "PROVIDER" };
  }
  const account = accountFromClaims(claims, env);
  if (!account) return { ok: false, reason: "NO_ACCOUNT" };
  if (account.roles === undefined) {
    const user = await userByUsername(db, account.username);
    if (!user || user.disabled) return { ok: false, reason: "NO_ACCOUNT" };
    return { ok: true, user };
  }
  if (account.roles.length === 0) return { ok: false, reason: "NO_ROLES" };
  const user = await upsertProviderUser(db, { username: account.username, displayName: account.displayName, roles: account.roles });
  return user.disabled ? { ok: false, reason: "NO_ACCOUNT" } : { ok: true, user };
}
