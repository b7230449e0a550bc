/** `GET /api/clinics/{clinicId}/slots?from=YYYY-MM-DD&to=YYYY-MM-DD[&visitType=id]`: free starts with seats left. */
import type { APIRoute } from "astro";
import { z } from "zod";
import { bookingFieldErrors } from "../../../../lib/booking/service.ts";
import { daysBetween } from "../../../../lib/dates.ts";
import { apiTranslator } from "../../../../lib/http/context.ts";
import { failureJson, json } from "../../../../lib/http/respond.ts";

const date = z.iso.date();
const Params = z
  .strictObject({ from: date.optional(), to: date.optional(), visitType: z.string().max(100).optional() })
  .refine((p) => !p.from || !p.to || (p.from <= p.to && daysBetween(p.from, p.to) <= 92), { path: ["to"], error: "at most 92 days after from" });

export const GET: APIRoute = async ({ params, url, request, locals }) => {
  const t = apiTranslator(request);
  const parsed = Params.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) return failureJson(bookingFieldErrors(parsed.error), t);
  const found = await locals.app.booking.slots(params["clinicId"] ?? "", parsed.data, locals.now);
  if (!found.ok) return failureJson(found, t);
  const { clinic, visitType, from, to, slots } = found;
  const body = { clinicId: clinic.clinic._id, visitType, from, to, slots: slots.map(({ start, end, date: d, time, seatsLeft }) => ({ start, end, date: d, time, seatsLeft })) };
  return json(200, body, { "Cache-Control": "no-cache" });
};
