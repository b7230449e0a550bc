/** src/lib/text.ts: what people write, made safe to keep and to show. */
import { describe, expect, it } from "vitest";
import { titleWithError } from "../../src/lib/html.ts";
import { cleanLine, cleanText } from "../../src/lib/text.ts";

describe("text people write", () => {
  it("loses bidi overrides, embeddings and isolates, and control characters, but keeps the marks and line breaks", () => {
    const spoof = "pay\u202Egnp.exe\u202C and \u2067hidden\u2069";
    expect(cleanText(spoof)).toBe("paygnp.exe and hidden");
    expect(cleanText("مرحبا\u200F 123\r\nnext\u0000\u0007 line\u0085")).toBe("مرحبا\u200F 123\nnext line");
    expect(cleanText("  e\u0301  ")).toBe("é");
    expect(cleanLine("after\n\n16:00")).toBe("after 16:00");
  });
});

describe("a page's title with errors", () => {
  it("starts with the word only when the page shows an error summary, escaped", () => {
    expect(titleWithError("<title>Boka – Nära</title><div data-error-summary>", "Fel")).toBe("<title>Fel: Boka – Nära</title><div data-error-summary>");
    expect(titleWithError("<title>Boka – Nära</title>", "Fel")).toBe("<title>Boka – Nära</title>");
    expect(titleWithError("<title>x</title><div data-error-summary>", "<b>")).toBe("<title>&#60;b&#62;: x</title><div data-error-summary>");
    // As Astro writes it, among other attributes.
    const summary = '<title>x</title><div class="error-summary" role="alert" tabindex="-1" data-error-summary><h2>';
    expect(titleWithError(summary, "Fel")).toBe(summary.replace("<title>", "<title>Fel: "));
  });

  it("does not count the words in text someone wrote, escaped or not inside a tag", () => {
    const message = "<title>Tråd</title><div class=\"message-body\">Vad betyder data-error-summary? &lt;div data-error-summary&gt;</div>";
    expect(titleWithError(message, "Fel")).toBe(message);
    expect(titleWithError('<title>x</title><p data-note="data-error-summary">', "Fel")).toBe('<title>x</title><p data-note="data-error-summary">');
  });
});
