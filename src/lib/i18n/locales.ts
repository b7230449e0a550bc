/** The locales Nära is written in, Swedish first (the default and the fallback). */
export const LOCALES = ["sv", "en", "ar", "fa", "so", "ti", "fi", "uk"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "sv";

/** Each language by its own name, as a visitor looks for it. */
export const ENDONYMS: Record<Locale, string> = {
  sv: "Svenska",
  en: "English",
  ar: "العربية",
  fa: "فارسی",
  so: "Soomaali",
  ti: "ትግርኛ",
  fi: "Suomi",
  uk: "Українська",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The locale a path is in, if it starts with one. */
export function localeOfPath(pathname: string): Locale | undefined {
  const first = pathname.split("/")[1];
  return isLocale(first) ? first : undefined;
}

// Engines without Intl.Locale#getTextInfo still get the scripts we know are right-to-left.
const RTL_FALLBACK = new Set(["ar", "fa", "he", "ur", "ps", "ckb", "yi", "dv"]);

const DIRECTIONS = new Map<string, "ltr" | "rtl">();

/** Writing direction of a BCP 47 tag, from Intl.Locale where the engine knows it (looked up once a tag: every page asks for nine). */
export function direction(tag: string): "ltr" | "rtl" {
  let known = DIRECTIONS.get(tag);
  if (!known) {
    known = lookUpDirection(tag);
    if (DIRECTIONS.size < 1000) DIRECTIONS.set(tag, known);
  }
  return known;
}

function lookUpDirection(tag: string): "ltr" | "rtl" {
  try {
    // getTextInfo() is newer than some engines; textInfo is the older accessor.
    const locale = new Intl.Locale(tag) as Partial<{
      getTextInfo: () => { direction?: string };
      textInfo: { direction?: string };
    }>;
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    if (info?.direction === "rtl" || info?.direction === "ltr") return info.direction;
  } catch {
    // An invalid tag falls through to the list.
  }
  return RTL_FALLBACK.has(tag.split("-")[0]?.toLowerCase() ?? "") ? "rtl" : "ltr";
}

/**
 * The best supported locale for an Accept-Language header, Swedish when nothing fits.
 * `fa-IR;q=0.9, en;q=0.8` → `fa`.
 */
export function negotiateLocale(header: string | null | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.tag !== "" && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    const primary = tag.split("-")[0];
    // Norwegian and Danish readers understand Swedish better than English.
    if (primary === "nb" || primary === "nn" || primary === "no" || primary === "da") return "sv";
    if (isLocale(primary)) return primary;
    // Dari and Tajik are close enough to Persian to read it.
    if (primary === "prs") return "fa";
  }
  return DEFAULT_LOCALE;
}

/** Each locale as link previews (Open Graph) name it: language and the territory most readers are from. */
export const OG_LOCALES: Record<Locale, string> = { sv: "sv_SE", en: "en_GB", ar: "ar_AR", fa: "fa_IR", so: "so_SO", ti: "ti_ER", fi: "fi_FI", uk: "uk_UA" };
