/** What endpoints need from a request: the services, the client key, a translator for the API. */
import type { APIContext } from "astro";
import { createTranslator, negotiateLocale, type Translate } from "../i18n/index.ts";
import { clientAddress, clientKey } from "../security/rate-limit.ts";
import { services, type Services } from "../server/services.ts";

export async function requestContext(context: Pick<APIContext, "request" | "clientAddress" | "locals">): Promise<{ services: Services; client: string; t: Translate; now: Date }> {
  const s = await services();
  const address = clientAddress(context.clientAddress, context.request.headers.get("x-forwarded-for"), s.env.TRUST_PROXY === "true");
  return { services: s, client: clientKey(s.keys.client, address), t: apiTranslator(context.request), now: context.locals.now };
}

/** API messages in the language the client asks for (Accept-Language), Swedish by default. */
export function apiTranslator(request: Request): Translate {
  return createTranslator(negotiateLocale(request.headers.get("accept-language")));
}
