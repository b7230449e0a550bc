/** `GET /staff/oidc/start`: off to the municipality's sign-in service (when OIDC_ISSUER is set). */
import type { APIRoute } from "astro";
import { beginSignIn, oidcEnabled } from "../../../lib/staff/oidc.ts";
import { redirect, staffContext } from "../../../lib/staff/web.ts";

export const GET: APIRoute = async (context) => {
  const ctx = await staffContext(context);
  if (!oidcEnabled(ctx.services.env)) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  try {
    const { location, cookie } = await beginSignIn(ctx.services.db, ctx.services.env, ctx.secure);
    return redirect(location, cookie);
  } catch (error) {
    console.error(`Staff sign-in: the provider could not be reached (${error instanceof Error ? error.message : "unknown error"})`);
    return redirect("/staff/?fel=PROVIDER");
  }
};
