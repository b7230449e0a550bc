/**
 * src/lib/site/preview-image.ts and preview.ts: the link-preview images. Every character of every
 * preview's text, in every locale, has a glyph in the fonts the project ships (so Arabic, Persian,
 * Tigrinya and Ukrainian are never drawn as empty boxes); the PNG is 1200 × 630 and differs from
 * one drawn without the script's font; each page shows its type's (or its area's) picture.
 */
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import { createTranslator, LOCALES } from "../../src/lib/i18n/index.ts";
import { text } from "../../src/lib/content/localize.ts";
import { fontFor, PREVIEW_FONTS, previewSvg, renderPreview, wrap } from "../../src/lib/site/preview-image.ts";
import { previewKey, PREVIEW_TYPES, previewTitle } from "../../src/lib/site/preview.ts";
import { Resvg } from "@resvg/resvg-js";
import { readFileSync } from "node:fs";

const fonts = Object.fromEntries(Object.entries(PREVIEW_FONTS).map(([family, file]) => [family, fontkit.openSync(file)])) as Record<keyof typeof PREVIEW_FONTS, fontkit.Font>;
const dataset = readFileSync("sanity/seed/dataset.ndjson", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { _type: string; name?: { language: string; value: string }[]; municipalityName?: { language: string; value: string }[] });
const areas = dataset.filter((d) => d._type === "area");
const settings = dataset.find((d) => d._type === "settings");

/** The size of a PNG, from its header. */
const size = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe("link-preview images", () => {
  it("have a glyph for every character of every preview's text in every locale, in the locale's font or the Latin one", () => {
    const missing: string[] = [];
    for (const locale of LOCALES) {
      const t = createTranslator(locale);
      const texts = [
        t("site.name"),
        settings?.municipalityName ? text(settings.municipalityName, locale) : "",
        ...PREVIEW_TYPES.map((type) => previewTitle(type, t)),
        ...areas.map((a) => t("area.title", { name: text(a.name as never, locale) })),
      ];
      for (const s of texts) {
        for (const ch of s) {
          const cp = ch.codePointAt(0) ?? 0;
          // Spaces and the invisible direction marks need no glyph.
          if (/\s|[\u2066-\u2069\u200c-\u200f]/u.test(ch)) continue;
          if (!fonts[fontFor(locale)].hasGlyphForCodePoint(cp) && !fonts["Noto Sans"].hasGlyphForCodePoint(cp)) missing.push(`${locale} "${ch}" U+${cp.toString(16)} in "${s}"`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("draws 1200 × 630, and the script's own font makes the picture (without it the text would be missing glyphs)", () => {
    for (const locale of ["ar", "ti", "uk", "sv"] as const) {
      const t = createTranslator(locale);
      const preview = { locale, site: t("site.name"), municipality: "Exempelstad", title: t("home.title") };
      const png = renderPreview(preview);
      expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect(size(png)).toEqual({ width: 1200, height: 630 });
      if (locale === "ar" || locale === "ti") {
        // The same picture with the Latin font alone: different, as the script's letters have no glyphs there.
        const latinOnly = new Resvg(previewSvg(preview), { font: { fontFiles: [PREVIEW_FONTS["Noto Sans"]], loadSystemFonts: false, defaultFontFamily: "Noto Sans" } }).render().asPng();
        expect(latinOnly.equals(png)).toBe(false);
      }
    }
  });

  it("sets right-to-left titles from the right, and wraps long titles between words", () => {
    expect(previewSvg({ locale: "ar", site: "Nära", municipality: "x", title: "دعم" })).toContain('text-anchor="end"');
    expect(previewSvg({ locale: "sv", site: "Nära", municipality: "x", title: "Stöd" })).toContain('text-anchor="start"');
    expect(wrap("Bli kontaktperson, kontaktfamilj eller familjehem", 26)).toEqual(["Bli kontaktperson,", "kontaktfamilj eller", "familjehem"]);
    expect(previewSvg({ locale: "sv", site: "<Nära>", municipality: "x", title: "a & b" })).toContain("&lt;Nära&gt;");
  });

  it("gives each page its type's picture, and an area's page its area's", () => {
    expect(previewKey("/[locale]", { locale: "sv" })).toBe("home");
    expect(previewKey("/[locale]/areas/[slug]", { locale: "sv", slug: "norrgardet" })).toBe("area-norrgardet");
    expect(previewKey("/[locale]/activities/[slug]", { locale: "sv", slug: "x" })).toBe("activity");
    expect(previewKey("/[locale]/book", { locale: "sv" })).toBe("book");
    expect(previewKey("/[locale]/[slug]", { locale: "sv", slug: "privacy" })).toBe("home");
  });
});
