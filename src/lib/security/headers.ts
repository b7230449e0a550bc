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
}

export function contentSecurityPolicy(options: HeaderOptions = {}): string {
  const img = ["'self'", "data:", ...(options.tileOrigin ? [options.tileOrigin] : [])];
  return [
    "default-src 'self'",
    `script-src 'self'${options.scriptHashes?.length ? ` ${options.scriptHashes.join(" ")}` : ""}`,
    "style-src 'self'",
    `img-src ${img.join(" ")}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
  ].join("; ");
}

export function securityHeaders(options: HeaderOptions = {}): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "geolocation=(self), camera=(), microphone=(), payment=(), usb=(), browsing-topics=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "X-Frame-Options": "DENY",
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
