/**
 * The staff pages' shared steps, the same on every page: never cached nor indexed, the session
 * from the cookie, and on POST the form read and its CSRF token checked before anything else.
 * Who may do what is decided in the staff service (`service.ts`), not here and not in the page.
 */
import type { AstroGlobal } from "astro";
import type { ServerEnv } from "../config.ts";
import { readForm, type BodyResult } from "../http/body.ts";
import { servedOverHttps } from "../http/context.ts";
import { COOKIE, csrfMatches, type Session } from "./sessions.ts";
import type { StaffService } from "./service.ts";

export interface StaffPage {
  session: Session | undefined;
  /** Cookies get `Secure` when the site is served over HTTPS (as the address, PUBLIC_SITE_URL or a trusted proxy says). */
  secure: boolean;
  /**
   * On POST: the form, once its CSRF token matched the session's; `"refused"` for a body that
   * could not be read or a token that does not match (the page answers 403). Undefined on GET.
   */
  form: Record<string, string> | "refused" | undefined;
  /** On POST: the body as read, before any CSRF check (only the sign-in form, which has no session yet, reads this). */
  body: BodyResult<Record<string, string>> | undefined;
}

type AstroLike = Pick<AstroGlobal, "request" | "cookies" | "url"> & { response?: AstroGlobal["response"] };

export async function staffPage(astro: AstroLike, staff: StaffService, env: Pick<ServerEnv, "PUBLIC_SITE_URL" | "TRUST_PROXY">): Promise<StaffPage> {
  astro.response?.headers.set("Cache-Control", "no-store");
  astro.response?.headers.set("X-Robots-Tag", "noindex");
  const session = await staff.session(astro.cookies.get(COOKIE)?.value);
  const secure = servedOverHttps(astro.url, astro.request.headers.get("x-forwarded-proto"), env);
  if (astro.request.method !== "POST") return { session, secure, form: undefined, body: undefined };
  const body = await readForm(astro.request);
  const form = body.ok && session && csrfMatches(session, body.value["csrf"]) ? body.value : "refused";
  return { session, secure, form, body };
}

export function redirect(location: string, cookie?: string): Response {
  const headers: Record<string, string> = { Location: location, "Cache-Control": "no-store" };
  if (cookie) headers["Set-Cookie"] = cookie;
  return new Response(null, { status: 303, headers });
}

export function forbidden(): Response {
  return new Response("Forbidden", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
