/** `POST /staff/sign-out`: ends the session (CSRF token required) and clears the cookie. */
import type { APIRoute } from "astro";
import { readForm } from "../../lib/http/body.ts";
import { endSession, sessionCookie } from "../../lib/staff/sessions.ts";
import { csrfOk, forbidden, redirect, staffContext } from "../../lib/staff/web.ts";

export const POST: APIRoute = async (context) => {
  const ctx = await staffContext(context);
  const form = await readForm(context.request);
  if (!ctx.session || !form.ok || !csrfOk(ctx, form.value)) return forbidden();
  await endSession(ctx.services.db, ctx.session);
  return redirect("/staff/", sessionCookie("", undefined, ctx.secure));
};
