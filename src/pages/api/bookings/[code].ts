/**
 * `GET | DELETE | PATCH /api/bookings/{code}` with `Authorization: Bearer <secret>`: see,
 * cancel, or move (`{ "start": "…" }`) a booking. Unknown codes and wrong secrets answer alike.
 */
import type { APIContext, APIRoute } from "astro";
import { z } from "zod";
import { bookingFieldErrors, bookingJson, type Opened } from "../../../lib/booking/service.ts";
import { readJson } from "../../../lib/http/body.ts";
import { apiTranslator } from "../../../lib/http/context.ts";
import { bodyFailure } from "../../../lib/http/failure.ts";
import { failureJson, json } from "../../../lib/http/respond.ts";

/** The booking the code and the bearer secret name, or the answer that refuses it. */
async function open({ request, params, locals }: APIContext): Promise<Opened | Response> {
  const t = apiTranslator(request);
  const secret = /^Bearer\s+(.+)$/i.exec(request.headers.get("authorization") ?? "")?.[1]?.trim();
  if (!secret) return json(401, { error: "UNAUTHORIZED", message: t("book.error.secret") }, { "WWW-Authenticate": "Bearer" });
  const found = await locals.app.booking.open(params["code"] ?? "", secret, locals.client);
  return found.ok ? found : failureJson(found, t);
}

export const GET: APIRoute = async (context) => {
  const opened = await open(context);
  if (opened instanceof Response) return opened;
  return json(200, bookingJson(opened.booking, opened.clinic.rules));
};

export const DELETE: APIRoute = async (context) => {
  const opened = await open(context);
  if (opened instanceof Response) return opened;
  const result = await context.locals.app.booking.cancel(opened, context.locals.now);
  if (!result.ok) return failureJson(result, apiTranslator(context.request));
  return json(200, bookingJson(result.booking, result.clinic.rules));
};

const Move = z.strictObject({ start: z.iso.datetime({ offset: true }) });

export const PATCH: APIRoute = async (context) => {
  const opened = await open(context);
  if (opened instanceof Response) return opened;
  const t = apiTranslator(context.request);
  const body = await readJson(context.request);
  if (!body.ok) return failureJson(bodyFailure(body.status), t);
  const parsed = Move.safeParse(body.value);
  if (!parsed.success) return failureJson(bookingFieldErrors(parsed.error), t);
  const result = await context.locals.app.booking.move(opened, new Date(parsed.data.start), context.locals.now);
  if (!result.ok) return failureJson(result, t);
  return json(200, bookingJson(result.booking, result.clinic.rules));
};
