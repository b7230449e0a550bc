/** `GET /api/clinics/{clinicId}/slots?from=YYYY-MM-DD&to=YYYY-MM-DD[&visitType=id]`: free starts with seats left. */
import type { APIRoute } from "astro";
import { z } from "zod";
import { bookingClinic, bookingFieldErrors } from "../../../../lib/booking/service.ts";
import { freeSlotsBetween } from "../../../../lib/booking/flow.ts";
import { addDays, daysBetween, stockholmNow } from "../../../../lib/dates.ts";
import { apiTranslator } from "../../../../lib/http/context.ts";
import { failureJson, json } from "../../../../lib/http/respond.ts";
import { services } from "../../../../lib/server/services.ts";

const date = z.iso.date();
const Params = z
  .strictObject({ from: date.optional(), to: date.optional(), visitType: z.string().max(100).optional() })
  .refine((p) => !p.from || !p.to || (p.from <= p.to && daysBetween(p.from, p.to) <= 92), { path: ["to"], error: "at most 92 days after from" });

export const GET: APIRoute = async ({ params, url, request, locals }) => {
  const t = apiTranslator(request);
  const parsed = Params.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) return failureJson(bookingFieldErrors(parsed.error), t);
  const clinic = await bookingClinic(params["clinicId"] ?? "");
  if (!clinic) return json(404, { error: "NOT_FOUND", message: t("book.error.clinicId") });
  const visitType = parsed.data.visitType ?? clinic.rules.visitTypes[0]?.id ?? "";
  if (!clinic.rules.visitTypes.some((v) => v.id === visitType)) return failureJson({ ok: false, status: 422, error: "VALIDATION", fields: { visitType: "book.error.visitType" } }, t);
  const today = stockholmNow(locals.now).date;
  const from = parsed.data.from ?? today;
  const to = parsed.data.to ?? addDays(from, clinic.rules.bookAheadDays);
  const { db } = await services();
  const slots = (await freeSlotsBetween(db, clinic, visitType, from, to, locals.now)).map(({ start, end, date: d, time, seatsLeft }) => ({ start, end, date: d, time, seatsLeft }));
  return json(200, { clinicId: clinic.clinic._id, visitType, from, to, slots }, { "Cache-Control": "no-cache" });
};
