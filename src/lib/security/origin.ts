/**
 * CSRF defence for form POSTs: a browser always says where a POST comes from (Origin, or
 * Sec-Fetch-Site); one from another site is refused. The JSON API is exempt: residents have
 * no cookies and the API takes no cookies, so a forged request carries nothing to abuse —
 * it needs the booking secret in its Authorization header, and JSON bodies need a CORS preflight.
 * Staff forms have a CSRF token on top of this.
 */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function crossSiteForm(method: string, pathname: string, headers: Headers, allowedOrigins: readonly string[]): boolean {
  if (SAFE_METHODS.has(method) || pathname.startsWith("/api/")) return false;
  const origin = headers.get("origin");
  if (origin && origin !== "null") return !allowedOrigins.includes(origin);
  const site = headers.get("sec-fetch-site");
  if (site) return site !== "same-origin" && site !== "none";
  // `Origin: null` (sandboxed or privacy-restricted contexts) without Sec-Fetch-Site: refuse.
  return origin === "null";
}
