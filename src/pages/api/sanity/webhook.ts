/** `POST /api/sanity/webhook`: Sanity says published content changed (signature required). */
import type { APIRoute } from "astro";
import { handleWebhook } from "../../../lib/content/webhook.ts";
import { json } from "../../../lib/http/respond.ts";

export const POST: APIRoute = async ({ request, locals }) => {
  const { env, content } = locals.app;
  const result = await handleWebhook(request, env.SANITY_WEBHOOK_SECRET, () => {
    content.changed();
  });
  return result.status === 200 ? json(200, { ok: true, changed: result.ids }) : json(result.status, { error: result.error });
};
