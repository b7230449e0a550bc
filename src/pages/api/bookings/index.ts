/** `POST /api/bookings`: book a visit. 201 with code and secret, 200 for a repeated idempotency key. */
import type { APIRoute } from "astro";
import { bookingJson } from "../../../lib/booking/service.ts";
import { readJson } from "../../../lib/http/body.ts";
import { apiTranslator } from "../../../lib/http/context.ts";
import { bodyFailure } from "../../../lib/http/failure.ts";
import { failureJson, json } from "../../../lib/http/respond.ts";
import { negotiateLocale } from "../../../lib/i18n/index.ts";

export const POST: APIRoute = async ({ request, locals }) => {
  const t = apiTranslator(request);
  const body = await readJson(request);
  if (!body.ok) return failureJson(bodyFailure(body.status), t);
  const made = await locals.app.booking.submit(body.value, negotiateLocale(request.headers.get("accept-language")), locals.client, locals.now);
  if (!made.ok) return failureJson(made, t);
  return json(made.status, bookingJson(made.booking, made.clinic.rules, made.secret));
};
