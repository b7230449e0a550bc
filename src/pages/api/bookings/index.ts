/** `POST /api/bookings`: book a visit. 201 with code and secret, 200 for a repeated idempotency key. */
import type { APIRoute } from "astro";
import { bookingJson, BookingRequest, bookingFieldErrors, submitBooking } from "../../../lib/booking/service.ts";
import { readJson } from "../../../lib/http/body.ts";
import { requestContext } from "../../../lib/http/context.ts";
import { bodyFailure } from "../../../lib/http/failure.ts";
import { failureJson, json } from "../../../lib/http/respond.ts";
import { negotiateLocale } from "../../../lib/i18n/index.ts";

export const POST: APIRoute = async (context) => {
  const { services, client, t, now } = await requestContext(context);
  const body = await readJson(context.request);
  if (!body.ok) return failureJson(bodyFailure(body.status), t);
  const parsed = BookingRequest.safeParse(body.value);
  if (!parsed.success) return failureJson(bookingFieldErrors(parsed.error), t);
  const made = await submitBooking(services, parsed.data, { altcha: parsed.data.altcha }, negotiateLocale(context.request.headers.get("accept-language")), client, now);
  if (!made.ok) return failureJson(made, t);
  return json(made.status, bookingJson(made.booking, made.clinic.rules, made.secret));
};
