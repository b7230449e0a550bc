/** What API endpoints need from a request beyond `locals`: a translator in the client's language. */
import { createTranslator, negotiateLocale, type Translate } from "../i18n/index.ts";

/** API messages in the language the client asks for (Accept-Language), Swedish by default. */
export function apiTranslator(request: Request): Translate {
  return createTranslator(negotiateLocale(request.headers.get("accept-language")));
}
