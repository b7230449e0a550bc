/** `GET /staff/recruitment/{id}/export.json`: everything held about one applicant, for their right of access (audited). */
import type { APIRoute } from "astro";
import { forbidden, redirect, staffPage } from "../../../../lib/staff/web.ts";

export const GET: APIRoute = async (context) => {
  const { app } = context.locals;
  const page = await staffPage(context, app.staff, app.env);
  if (!page.session) return redirect("/staff/");
  const result = await app.staff.recruitment.exportInterest(page.session.user, context.params.id ?? "");
  if (!result.ok) return result.status === 403 ? forbidden() : new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  return new Response(`${JSON.stringify(result.data, null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="intresseanmalan-${result.data.interest.id}.json"`, "Cache-Control": "no-store" },
  });
};
