/**
 * `/.well-known/security.txt` (RFC 9116): where to report a vulnerability, from the settings.
 * Undefined (the route answers 404) when no contact is set: a file with a made-up address
 * would send reports nowhere.
 */
import type { ServerEnv } from "../config.ts";

export function securityTxt(env: Pick<ServerEnv, "SECURITY_CONTACT" | "SECURITY_EXPIRES" | "SECURITY_POLICY" | "PUBLIC_SITE_URL">, started: Date): string | undefined {
  if (!env.SECURITY_CONTACT) return undefined;
  const expires = env.SECURITY_EXPIRES ? new Date(`${env.SECURITY_EXPIRES}T00:00:00Z`) : new Date(Date.UTC(started.getUTCFullYear() + 1, started.getUTCMonth(), started.getUTCDate()));
  const lines = [
    ...env.SECURITY_CONTACT.split(",").map((c) => `Contact: ${c.trim()}`),
    `Expires: ${expires.toISOString().replace(/\.\d{3}Z$/, "Z")}`,
    ...(env.SECURITY_POLICY ? [`Policy: ${env.SECURITY_POLICY}`] : []),
    "Preferred-Languages: sv, en",
    `Canonical: ${new URL("/.well-known/security.txt", env.PUBLIC_SITE_URL).href}`,
  ];
  return `${lines.join("\n")}\n`;
}
