/** `GET /staff/translations/{locale}.xlf`: one language's UI strings and content as XLIFF 2.0, for the translation agency (editors only, audited). */
import type { APIRoute } from "astro";
import { isLocale } from "../../../lib/i18n/locales.ts";
import { forbidden, redirect, staffPage } from "../../../lib/staff/web.ts";

export const GET: APIRoute = async (context) => {
  const { app } = context.locals;
  const page = await staffPage(context, app.staff, app.env);
  if (!page.session) return redirect("/staff/");
  const locale = context.params["locale"];
  if (!isLocale(locale) || locale === "sv") return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  const result = await app.staff.translations.export(page.session.user, locale);
  if (!result.ok) return forbidden();
  return new Response(result.xml, {
    headers: { "Content-Type": "application/xliff+xml; charset=utf-8", "Content-Disposition": `attachment; filename="nara-${locale}.xlf"`, "Cache-Control": "no-store" },
  });
};
