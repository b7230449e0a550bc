/** `GET /.well-known/security.txt`: where to report a vulnerability (RFC 9116), from SECURITY_CONTACT. */
import type { APIRoute } from "astro";
import { notFound } from "../../lib/http/respond.ts";
import { securityTxt } from "../../lib/security/security-txt.ts";

const started = new Date();

export const GET: APIRoute = ({ locals }) => {
  const body = securityTxt(locals.app.env, started);
  if (!body) return notFound();
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=86400" } });
};
