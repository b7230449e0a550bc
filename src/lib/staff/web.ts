/** Staff pages' shared steps: the session from the cookie, sign-in, CSRF, cookie flags. */
import type { AstroGlobal } from "astro";
import type { Services } from "../server/services.ts";
import { clientAddress, clientKey } from "../security/rate-limit.ts";
import { services } from "../server/services.ts";
import { limit } from "../security/guards.ts";
import { userByUsername } from "./accounts.ts";
import { audit } from "./audit.ts";
import { DUMMY_HASH, verifyPassword } from "./passwords.ts";
import { COOKIE, createSession, csrfMatches, sessionCookie, sessionFrom, type Session } from "./sessions.ts";

export interface StaffContext {
  services: Services;
  session: Session | undefined;
  client: string;
  /** Cookies get `Secure` when the site is served over HTTPS. */
  secure: boolean;
}

type AstroLike = Pick<AstroGlobal, "request" | "clientAddress" | "cookies" | "url"> & { response?: AstroGlobal["response"] };

export async function staffContext(astro: AstroLike): Promise<StaffContext> {
  const s = await services();
  astro.response?.headers.set("Cache-Control", "no-store");
  astro.response?.headers.set("X-Robots-Tag", "noindex");
  const session = await sessionFrom(s.db, astro.cookies.get(COOKIE)?.value, new Date());
  const address = clientAddress(astro.clientAddress, astro.request.headers.get("x-forwarded-for"), s.env.TRUST_PROXY === "true");
  const secure = astro.url.protocol === "https:" || s.env.PUBLIC_SITE_URL.startsWith("https:");
  return { services: s, session, client: clientKey(s.keys.client, address), secure };
}

export type SignInResult = { ok: true; cookie: string } | { ok: false; message: string; status: 401 | 429 };

/** Username and password; the same answer for an unknown user and a wrong password. */
export async function signIn(ctx: StaffContext, username: string, password: string): Promise<SignInResult> {
  const limited = await limit(ctx.services, "signIn", ctx.client);
  if (limited) return { ok: false, status: 429, message: "För många inloggningsförsök. Vänta en stund och försök igen." };
  const user = await userByUsername(ctx.services.db, username.trim().toLowerCase());
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok || user.disabled || !user.passwordHash) return { ok: false, status: 401, message: "Fel användarnamn eller lösenord." };
  return startSession(ctx, user.id, user.username);
}

export async function startSession(ctx: StaffContext, userId: string, username: string): Promise<{ ok: true; cookie: string }> {
  const { value, expires } = await createSession(ctx.services.db, userId, ctx.services.env.STAFF_SESSION_HOURS, new Date());
  await audit(ctx.services.db, { id: userId, username }, "sign-in");
  return { ok: true, cookie: sessionCookie(value, expires, ctx.secure) };
}

/** A staff POST is accepted only with the session's CSRF token. */
export function csrfOk(ctx: StaffContext, form: Record<string, string>): boolean {
  return ctx.session !== undefined && csrfMatches(ctx.session, form["csrf"]);
}

export function redirect(location: string, cookie?: string): Response {
  const headers: Record<string, string> = { Location: location, "Cache-Control": "no-store" };
  if (cookie) headers["Set-Cookie"] = cookie;
  return new Response(null, { status: 303, headers });
}

export function forbidden(): Response {
  return new Response("Forbidden", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
