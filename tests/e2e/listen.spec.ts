/**
 * "Listen" in the browser: the device's own speech synthesis reads the page's main text. The
 * device's voices are the one part played here (headless Chromium has none): a stand-in
 * speechSynthesis with a Swedish and an Arabic voice records what it is asked to say. The
 * button shows only where the device has a voice for the page's language, its script loads only
 * when it is pressed, and it plays, pauses, resumes and stops from the keyboard.
 */
import { expect, test, type Page } from "@playwright/test";
import { createTranslator } from "../../src/lib/i18n/index.ts";
import { expectNoAxeViolations as noAxeViolations } from "./axe.ts";
import { PAGE_TYPES } from "./site.ts";

const sv = createTranslator("sv");

/** A stand-in for the device's speech synthesis, with voices for the given languages. */
async function fakeVoices(page: Page, langs: string[]): Promise<void> {
  await page.addInitScript((voices: string[]) => {
    class FakeSpeech extends EventTarget {
      spoken: { text: string; lang: string; voice: string }[] = [];
      /** The element marked as being read at each utterance. */
      marked: (Element | null)[] = [];
      calls: string[] = [];
      paused = false;
      private queue: SpeechSynthesisUtterance[] = [];
      getVoices() {
        return voices.map((lang) => ({ lang, name: `Test ${lang}`, default: false, localService: true, voiceURI: lang }));
      }
      speak(u: SpeechSynthesisUtterance) {
        this.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.lang ?? "" });
        this.marked.push(document.querySelector(".listen-current"));
        this.queue.push(u);
        const step = () => {
          if (this.paused) return void setTimeout(step, 20);
          if (!this.queue.includes(u)) return;
          this.queue = this.queue.filter((q) => q !== u);
          u.onend?.(new Event("end") as SpeechSynthesisEvent);
        };
        setTimeout(step, 30);
      }
      pause() { this.calls.push("pause"); this.paused = true; }
      resume() { this.calls.push("resume"); this.paused = false; }
      cancel() { this.calls.push("cancel"); this.queue = []; }
    }
    // The browser's own utterance accepts only its own voice objects: a plain one stands in for it.
    class FakeUtterance {
      lang = "";
      voice: { lang: string } | null = null;
      onend: ((e: Event) => void) | null = null;
      onerror: ((e: Event) => void) | null = null;
      text: string;
      constructor(text: string) {
        this.text = text;
      }
    }
    Object.defineProperty(window, "speechSynthesis", { value: new FakeSpeech(), configurable: true });
    Object.defineProperty(window, "SpeechSynthesisUtterance", { value: FakeUtterance, configurable: true });
  }, langs);
}

const spoken = (page: Page) => page.evaluate(() => (window.speechSynthesis as unknown as { spoken: { text: string; lang: string; voice: string }[] }).spoken);
const calls = (page: Page) => page.evaluate(() => (window.speechSynthesis as unknown as { calls: string[] }).calls);

test("without a voice for the page's language there is no button and no reader", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (r) => { if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname); });
  await page.goto(`/sv/${PAGE_TYPES.area}`);
  await expect(page.locator("[data-listen]")).toBeHidden();
  await fakeVoices(page, ["sv-SE"]);
  await page.goto(`/ti/${PAGE_TYPES.area}`);
  await expect(page.locator("[data-listen]")).toBeHidden();
  expect(scripts).not.toContain("/listen.js");
});

test("reads the main text aloud, block by block, and plays, pauses, resumes and stops by keyboard", async ({ page }) => {
  await fakeVoices(page, ["sv-SE", "ar-SA"]);
  const scripts: string[] = [];
  page.on("request", (r) => { if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname); });
  await page.goto(`/sv/${PAGE_TYPES.area}`);
  const play = page.locator("[data-listen-play]");
  await expect(play).toBeVisible();
  await expect(play).toHaveText(sv("listen.play"));
  expect(scripts).toContain("/listen-boot.js");
  expect(scripts).not.toContain("/listen.js");
  await noAxeViolations(page);

  await play.focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => scripts.includes("/listen.js")).toBe(true);
  await expect(play).toHaveText(sv("listen.pause"));
  await expect(page.locator("[data-listen-stop]")).toBeVisible();
  const h1 = ((await page.locator("h1").textContent()) ?? "").trim();
  await expect.poll(async () => (await spoken(page))[0]).toEqual({ text: h1, lang: "sv", voice: "sv-SE" });
  await expect(page.locator(".listen-current")).toHaveCount(1);

  await page.keyboard.press("Enter");
  await expect(play).toHaveText(sv("listen.resume"));
  expect(await calls(page)).toContain("pause");
  await page.keyboard.press("Enter");
  await expect(play).toHaveText(sv("listen.pause"));
  expect(await calls(page)).toContain("resume");

  // It reads to the end by itself, then is ready again: the page's text, never its menus or forms.
  await expect(play).toHaveText(sv("listen.play"), { timeout: 20_000 });
  const texts = (await spoken(page)).map((s) => s.text);
  const lead = ((await page.locator("main .lead").first().textContent()) ?? "").trim();
  expect(lead).not.toBe("");
  expect(texts).toContain(lead);
  expect(texts).not.toContain(sv("listen.play"));
  expect(texts.some((t) => t.includes(sv("nav.menu")))).toBe(false);
  // Each block once, and shown as it is read: no block read inside another one read (a list item and its paragraph).
  expect(
    await page.evaluate(() => {
      const all = (window.speechSynthesis as unknown as { marked: (Element | null)[] }).marked;
      const marked = all.filter((el): el is Element => el !== null);
      return marked.length === all.length && new Set(marked).size === marked.length && marked.every((el) => !marked.some((other) => other !== el && other.contains(el)));
    }),
  ).toBe(true);
  await expect(page.locator(".listen-current")).toHaveCount(0);

  // Stop: the voice ends at once and the button is back where focus was.
  await page.keyboard.press("Enter");
  await expect(play).toHaveText(sv("listen.pause"));
  await page.locator("[data-listen-stop]").focus();
  await page.keyboard.press("Enter");
  await expect(play).toHaveText(sv("listen.play"));
  await expect(page.locator("[data-listen-stop]")).toBeHidden();
  await expect(play).toBeFocused();
  expect((await calls(page)).at(-1)).toBe("cancel");
});

test("in Arabic it speaks with the Arabic voice, right to left, at 320 px", async ({ page }) => {
  await fakeVoices(page, ["sv-SE", "ar-SA"]);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`/ar/${PAGE_TYPES.crisis}`);
  await page.locator("[data-listen-play]").click();
  await expect.poll(async () => (await spoken(page))[0]?.voice).toBe("ar-SA");
  expect((await spoken(page))[0]?.lang).toBe("ar");
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await noAxeViolations(page);
});
