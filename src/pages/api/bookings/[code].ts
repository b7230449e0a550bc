/**
 * `GET | DELETE | PATCH /api/bookings/{code}` with `Authorization: Bearer <secret>`: see,
 * cancel, or move (`{ "start": "…" }`) a booking. Unknown codes and wrong secrets answer alike.
 */
import type { APIContext, APIRoute } from "astro";
import { z } from "zod";
import { bookingFailure, bookingJson, bookingFieldErrors, openBooking, storeOptions } from "../../../lib/booking/service.ts";
import { cancelBooking, moveBooking } from "../../../lib/booking/store.ts";
import { readJson } from "../../../lib/http/body.ts";
import { requestContext } from "../../../lib/http/context.ts";
import { bodyFailure } from "../../../lib/http/failure.ts";
import { failureJson, json } from "../../../lib/http/respond.ts";

async function open(context: APIContext) {
  const ctx = await requestContext(context);
  const secret = /^Bearer\s+(.+)$/i.exec(context.request.headers.get("authorization") ?? "")?.[1]?.trim();
  if (!secret) return { ctx, response: json(401, { error: "UNAUTHORIZED", message: ctx.t("book.error.secret") }, { "WWW-Authenticate": "Bearer" }) };
  const found = await openBooking(ctx.services, context.params["code"] ?? "", secret, ctx.client);
  return found.ok ? { ctx, found } : { ctx, response: failureJson(found, ctx.t) };
}

export const GET: APIRoute = async (context) => {
  const opened = await open(context);
  if ("response" in opened) return opened.response;
  return json(200, bookingJson(opened.found.booking, opened.found.clinic.rules));
};

export const DELETE: APIRoute = async (context) => {
  const opened = await open(context);
  if ("response" in opened) return opened.response;
  const { ctx, found } = opened;
  const result = await cancelBooking(ctx.services.db, found.booking, found.clinic.rules, ctx.now);
  if (!result.ok) return failureJson(bookingFailure(result.reason), ctx.t);
  return json(200, bookingJson({ ...found.booking, status: "cancelled", hasReminder: false }, found.clinic.rules));
};

const Move = z.strictObject({ start: z.iso.datetime({ offset: true }) });

export const PATCH: APIRoute = async (context) => {
  const opened = await open(context);
  if ("response" in opened) return opened.response;
  const { ctx, found } = opened;
  const body = await readJson(context.request);
  if (!body.ok) return failureJson(bodyFailure(body.status), ctx.t);
  const parsed = Move.safeParse(body.value);
  if (!parsed.success) return failureJson(bookingFieldErrors(parsed.error), ctx.t);
  const result = await moveBooking(ctx.services.db, found.booking, found.clinic.rules, new Date(parsed.data.start), storeOptions(ctx.services, ctx.now));
  if (!result.ok) return failureJson(bookingFailure(result.reason), ctx.t);
  return json(200, bookingJson(result.booking, found.clinic.rules));
};
