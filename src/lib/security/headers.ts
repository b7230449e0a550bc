import { createHash } from "node:crypto";
/**
 * Security headers for every response of the server: static files and rendered pages alike.
 * The CSP allows no inline script or style and no third-party origin except a configured
 * map-tile server.
 */
export interface HeaderOptions {
  /** Origin of the map tiles (from PUBLIC_TILE_URL), allowed as an image source. */
  tileOrigin?: string | undefined;
  /** Extra script hashes for Astro's island loader, `'sha256-…'`. */
  scriptHashes?: readonly string[];
  /** Extra style hashes, for the one `<style>` element Astro adds to pages with islands. */
  styleHashes?: readonly string[];
  /** Who may frame the page (the embed pages only): `'self'` and the allowed origins; `'none'` when absent. */
  frameAncestors?: readonly string[] | undefined;
}

export function contentSecurityPolicy(options: HeaderOptions = {}): string {
  const img = ["'self'", "data:", ...(options.tileOrigin ? [options.tileOrigin] : [])];
  return [
    "default-src 'self'",
    `script-src 'self'${options.scriptHashes?.length ? ` ${options.scriptHashes.join(" ")}` : ""}`,
    `style-src 'self'${options.styleHashes?.length ? ` ${options.styleHashes.join(" ")}` : ""}`,
    `img-src ${img.join(" ")}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `frame-ancestors ${options.frameAncestors?.length ? options.frameAncestors.join(" ") : "'none'"}`,
    "form-action 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
  ].join("; ");
}

export function securityHeaders(options: HeaderOptions = {}): Record<string, string> {
  const framable = (options.frameAncestors?.length ?? 0) > 0;
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "geolocation=(self), camera=(), microphone=(), payment=(), usb=(), browsing-topics=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    // The older header knows no list of origins: left out where frame-ancestors allows some.
    ...(framable ? {} : { "X-Frame-Options": "DENY" }),
    "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
  };
}

/** The origin of a tile URL template such as `https://tiles.example.org/{z}/{x}/{y}.png`. */
export function originOf(template: string | undefined): string | undefined {
  if (!template) return undefined;
  try {
    const origin = new URL(template.replace(/\{[a-z]\}/g, "0")).origin;
    return origin === "null" ? undefined : origin;
  } catch {
    return undefined;
  }
}

const hashes = new Map<string, string>();

/**
 * CSP hashes of the inline scripts (or styles) in a page that are among `allowed` — the inline
 * code the site emits itself (Astro's island loader) — so that the policy allows exactly those
 * and nothing else. `'sha256-…'` each.
 */
export function inlineHashes(html: string, element: "script" | "style", allowed: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  const pattern = element === "script" ? /<script(?:\s[^>]*)?>([\s\S]*?)<\/script>/g : /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g;
  for (const match of html.matchAll(pattern)) {
    const [tag, body = ""] = match;
    if (/\ssrc=/.test(tag.slice(0, tag.indexOf(">")))) continue;
    if (body === "") continue;
    // Only the inline code the site itself emits: text found in a page (a reflected value, even
    // escaped inside an attribute) is never allowed to run.
    if (!allowed.has(body)) continue;
    let hash = hashes.get(body);
    if (!hash) {
      hash = `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`;
      if (hashes.size < 1000) hashes.set(body, hash);
    }
    out.add(hash);
  }
  return [...out];
}
