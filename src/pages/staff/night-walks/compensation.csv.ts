/** `GET /staff/night-walks/compensation.csv?datum=YYYY-MM-DD`: the term's compensation per association, for a spreadsheet. */
import type { APIRoute } from "astro";
import { isDate, stockholmNow } from "../../../lib/dates.ts";
import { forbidden, redirect, staffPage } from "../../../lib/staff/web.ts";

export const GET: APIRoute = async (context) => {
  const { app, now } = context.locals;
  const page = await staffPage(context, app.staff, app.env);
  if (!page.session) return redirect("/staff/");
  const asked = context.url.searchParams.get("datum") ?? "";
  const result = await app.staff.nightWalks.compensation(page.session.user, isDate(asked) ? asked : stockholmNow(now).date);
  if (!result.ok) return forbidden();
  return new Response(result.csv, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="nattvandring-ersattning-${result.term.id}.csv"`, "Cache-Control": "no-store" },
  });
};
