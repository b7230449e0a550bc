/** `GET /staff/insights/{table}.csv?from=…&to=…&area=…&unit=…`: one table of the follow-up, small numbers hidden, for a spreadsheet. */
import type { APIRoute } from "astro";
import { InsightsQuery, TABLE_IDS, tableCsv } from "../../../lib/followup/insights.ts";
import { insightWord } from "../../../lib/followup/words.ts";
import { forbidden, redirect, staffPage } from "../../../lib/staff/web.ts";

export const GET: APIRoute = async (context) => {
  const { app, now } = context.locals;
  const page = await staffPage(context, app.staff, app.env);
  if (!page.session) return redirect("/staff/");
  const name = TABLE_IDS.find((t) => t === context.params.table);
  if (!name) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  const q = context.url.searchParams;
  const result = await app.staff.insights.read(page.session.user, InsightsQuery.parse({ from: q.get("from") ?? undefined, to: q.get("to") ?? undefined, area: q.get("area") ?? undefined, unit: q.get("unit") ?? undefined }), now);
  if (!result.ok) return forbidden();
  const label = (key: string) => result.names[key] ?? insightWord(key);
  return new Response(tableCsv(result[name], label, result.minCell), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="uppfoljning-${name}-${result.period.from}-${result.period.to}.csv"`, "Cache-Control": "no-store" },
  });
};
