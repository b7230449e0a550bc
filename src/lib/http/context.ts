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
  return trustedHop(forwardedProto, env.TRUST_PROXY)?.toLowerCase() === "https";
}

/**
 * What the outermost of `hops` proxies of one's own wrote in a header each proxy appends to
 * (X-Forwarded-For, X-Forwarded-Proto): counted from the right, so that whatever the client
 * wrote before it is never believed. Undefined when not behind a proxy or without the header.
 */
export function trustedHop(header: string | null, hops: number): string | undefined {
  if (hops <= 0 || !header) return undefined;
  const entries = header.split(",").map((e) => e.trim()).filter((e) => e !== "");
  return entries[Math.max(0, entries.length - hops)];
}
