/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    locale: import("./lib/i18n/locales.ts").Locale;
    t: import("./lib/i18n/index.ts").Translate;
    settings: import("./lib/content/schemas.ts").Settings;
    /** Request time, read once so that a page computes every status from the same instant. */
    now: Date;
  }
}
