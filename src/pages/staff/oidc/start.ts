/** `GET /staff/oidc/start`: off to the municipality's sign-in service (when OIDC_ISSUER is set). */
import type { APIRoute } from "astro";
import { redirect, staffPage } from "../../../lib/staff/web.ts";

export const GET: APIRoute = async (context) => {
  const { app } = context.locals;
  if (!app.staff.oidc.enabled) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const page = await staffPage(context, app.staff, app.env);
  try {
    const { location, cookie } = await app.staff.oidc.begin(page.secure);
    return redirect(location, cookie);
  } catch (error) {
    console.error(`Staff sign-in: the provider could not be reached (${error instanceof Error ? error.message : "unknown error"})`);
    return redirect("/staff/?fel=PROVIDER");
  }
};
