/** `POST /staff/sign-out`: ends the session (CSRF token required) and clears the cookie. */
import type { APIRoute } from "astro";
import { forbidden, redirect, staffPage } from "../../lib/staff/web.ts";

export const POST: APIRoute = async (context) => {
  const { app } = context.locals;
  const page = await staffPage(context, app.staff, app.env);
  if (!page.session || page.form === undefined || page.form === "refused") return forbidden();
  return redirect("/staff/", await app.staff.signOut(page.session, page.secure));
};
