/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The composed app (src/app/): every service a page or endpoint uses comes from here. */
    app: import("./app/index.ts").App;
    locale: import("./lib/i18n/locales.ts").Locale;
    t: import("./lib/i18n/index.ts").Translate;
    settings: import("./lib/content/schemas.ts").Settings;
    /** Request time, read once so that a page computes every status from the same instant. */
    now: Date;
    /** The key rate limits count this client under (an HMAC of its address, never the address). */
    client: string;
  }
}
