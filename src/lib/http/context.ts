/** What API endpoints need from a request beyond `locals`: a translator in the client's language. */
import { createTranslator, negotiateLocale, type Translate } from "../i18n/index.ts";

/** API messages in the language the client asks for (Accept-Language), Swedish by default. */
export function apiTranslator(request: Request): Translate {
  return createTranslator(negotiateLocale(request.headers.get("accept-language")));
}

/**
 * Whether the visitor reached the site over HTTPS: the request's own address, the public
 * address the site is configured with, or — only behind a trusted proxy (TRUST_PROXY) — the
 * scheme the outermost trusted proxy says the visitor used (`X-Forwarded-Proto`, read from the
 * right as X-Forwarded-For is).
 */
export function servedOverHttps(url: URL, forwardedProto: string | null, env: { PUBLIC_SITE_URL: string; TRUST_PROXY: number }): boolean {
  if (url.protocol === "https:" || env.PUBLIC_SITE_URL.startsWith("https:")) return true;
  if (env.TRUST_PROXY <= 0 || !forwardedProto) return false;
  const hops = forwardedProto.split(",").map((p) => p.trim().toLowerCase());
  return hops[Math.max(0, hops.length - env.TRUST_PROXY)] === "https";
}
