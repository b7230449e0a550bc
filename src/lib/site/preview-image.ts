/**
 * Link-preview images (Open Graph, 1200 × 630 PNG): the site's name, the municipality's and the
 * page's title, in the page's own script. Drawn as SVG and rendered to PNG with resvg and the
 * fonts the project ships (Noto Sans for Latin and Cyrillic, Noto Sans Arabic for Arabic and
 * Persian, Noto Sans Ethiopic for Tigrinya) — never the machine's fonts, so every server draws
 * the same picture. Rendered on first request and kept in memory.
 */
import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";
import { direction, type Locale } from "../i18n/locales.ts";

const require = createRequire(import.meta.url);

/** The font files, by the family name the SVG asks for. */
export const PREVIEW_FONTS = {
  "Noto Sans": require.resolve("@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf"),
  "Noto Sans Arabic": require.resolve("@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf"),
  "Noto Sans Ethiopic": require.resolve("@expo-google-fonts/noto-sans-ethiopic/700Bold/NotoSansEthiopic_700Bold.ttf"),
} as const;
export type PreviewFont = keyof typeof PREVIEW_FONTS;

/** The font a locale's text is set in first (Noto Sans after it, for Latin names inside). */
export function fontFor(locale: Locale): PreviewFont {
  if (locale === "ar" || locale === "fa") return "Noto Sans Arabic";
  if (locale === "ti") return "Noto Sans Ethiopic";
  return "Noto Sans";
}

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

export interface PreviewText {
  locale: Locale;
  /** The site's name ("Nära"). */
  site: string;
  /** The municipality's name. */
  municipality: string;
  /** The page's title. */
  title: string;
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Lines of at most `max` characters, broken between words (a word longer than a line stays whole). */
export function wrap(text: string, max: number, lines = 3): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > max) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  if (out.length > lines) return [...out.slice(0, lines - 1), `${out.slice(lines - 1).join(" ").slice(0, max - 1)}…`];
  return out;
}

/** The preview as SVG: brand green, the title large, the site and municipality above, aligned to the script's start. */
export function previewSvg(text: PreviewText): string {
  const rtl = direction(text.locale) === "rtl";
  const family = `${fontFor(text.locale)}, Noto Sans`;
  const x = rtl ? PREVIEW_SIZE.width - 80 : 80;
  const anchor = rtl ? "end" : "start";
  const attrs = `x="${String(x)}" text-anchor="${anchor}" font-family="${family}" font-weight="700"${rtl ? ' direction="rtl"' : ""}`;
  const titleLines = wrap(text.title, 26);
  const title = titleLines.map((line, i) => `<text ${attrs} y="${String(300 + i * 84)}" font-size="68" fill="#ffffff">${escape(line)}</text>`).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${String(PREVIEW_SIZE.width)}" height="${String(PREVIEW_SIZE.height)}" viewBox="0 0 ${String(PREVIEW_SIZE.width)} ${String(PREVIEW_SIZE.height)}">
<rect width="100%" height="100%" fill="#0b5e55"/>
<rect y="590" width="100%" height="40" fill="#a4262c"/>
<text ${attrs} y="130" font-size="56" fill="#ffffff">${escape(text.site)}</text>
<text ${attrs} y="190" font-size="34" fill="#d8efe8">${escape(text.municipality)}</text>
${title}
</svg>`;
}

/** The preview as PNG, with the shipped fonts only. */
export function renderPreview(text: PreviewText): Buffer {
  const resvg = new Resvg(previewSvg(text), {
    font: { fontFiles: Object.values(PREVIEW_FONTS), loadSystemFonts: false, defaultFontFamily: "Noto Sans" },
    fitTo: { mode: "width", value: PREVIEW_SIZE.width },
  });
  return resvg.render().asPng();
}

/** Rendered previews, by locale and key: a few dozen at most (page types and areas). */
const cache = new Map<string, Buffer>();

export function cachedPreview(key: string, text: PreviewText): Buffer {
  const id = `${text.locale} ${key} ${text.title} ${text.municipality}`;
  let png = cache.get(id);
  if (!png) {
    png = renderPreview(text);
    if (cache.size > 500) cache.clear();
    cache.set(id, png);
  }
  return png;
}
