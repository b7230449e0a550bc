/**
 * A translation round trip with the real command and the real site: Tigrinya exported to XLIFF,
 * changed as an agency's tool would (through the xliff library), checked, imported. A broken
 * placeholder is refused with its string named and nothing written; a good file writes the UI
 * string and its review status into the locale files, and the changed area text becomes a
 * draft — invisible until published, then on the Tigrinya page.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import xliff from "xliff";
import { localDrafts } from "../../src/lib/content/drafts.ts";
import { MESSAGES } from "../../src/lib/i18n/index.ts";
import type { SanityDocument } from "../../src/lib/content/dataset.ts";
import { documentReview, publishedFrom } from "../../src/lib/translations/drafts.ts";
import { startServer, type RunningServer } from "../support/server.ts";

const NEW_SUMMARY = "Kvarnby ኣብ ጥቓ ሩባ ዝርከብ ከባቢ እዩ። (ብተርጓሚ ዝተመርመረ)";
const NEW_HOME = "ገጽ መእተዊ";

describe("translations through XLIFF", () => {
  let dir = "";
  const env = () => ({ ...process.env, CONTENT_DATASET: join(dir, "dataset.ndjson"), DATA_DIR: join(dir, "data") });
  const run = (...args: string[]) => spawnSync(process.execPath, ["scripts/translations.ts", ...args], { env: env(), encoding: "utf8" });
  const i18n = () => join(dir, "i18n");

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "nara-xliff-"));
    copyFileSync("sanity/seed/dataset.ndjson", join(dir, "dataset.ndjson"));
    mkdirSync(i18n());
    cpSync("src/lib/i18n/locales", join(i18n(), "locales"), { recursive: true });
    copyFileSync("src/lib/i18n/review.json", join(i18n(), "review.json"));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  async function returned(edit: (resources: Record<string, Record<string, { target?: unknown }>>) => void): Promise<string> {
    const exported = run("export", "ti", "--out", join(dir, "ti.xlf"));
    expect(exported.status, exported.stderr).toBe(0);
    const doc = await xliff.xliff2js(readFileSync(join(dir, "ti.xlf"), "utf8"));
    edit(doc.resources as Record<string, Record<string, { target?: unknown }>>);
    const file = join(dir, `returned-${String(Date.now())}.xlf`);
    writeFileSync(file, await xliff.js2xliff(doc));
    return file;
  }

  it("refuses a broken placeholder with its string named, and writes nothing", async () => {
    const key = "contact.done.checkBack";
    const file = await returned((r) => {
      const ui = r["ui"] ?? {};
      ui[key] = { ...ui[key], target: (MESSAGES.ti[key] ?? "").replace("{{days}}", "{{dayz}}") };
    });
    const result = run("import", file, "--write", "--i18n-dir", i18n());
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`ui:${key}: placeholder {{days}} is missing`);
    expect(result.stderr).toContain("Nothing written: 1 problem to fix in the file first.");
    expect(readFileSync(join(i18n(), "locales", "ti.json"), "utf8")).toBe(readFileSync("src/lib/i18n/locales/ti.json", "utf8"));
    expect(readFileSync(join(i18n(), "review.json"), "utf8")).toBe(readFileSync("src/lib/i18n/review.json", "utf8"));
  });

  it("writes a changed UI string with its review status, and makes the changed content a draft", async () => {
    const file = await returned((r) => {
      const ui = r["ui"] ?? {};
      ui["nav.home"] = { ...ui["nav.home"], target: NEW_HOME };
      const content = r["content"] ?? {};
      content["area-kvarnby/summary"] = { ...content["area-kvarnby/summary"], target: NEW_SUMMARY };
    });
    const checked = run("import", file);
    expect(checked.status, checked.stderr).toBe(0);
    expect(checked.stdout).toContain("1 UI strings changed; 1 documents changed (area-kvarnby: summary)");
    expect(checked.stdout).toContain("Checked only");

    const result = run("import", file, "--write", "--status", "reviewed", "--i18n-dir", i18n());
    expect(result.status, result.stderr).toBe(0);
    const ti = JSON.parse(readFileSync(join(i18n(), "locales", "ti.json"), "utf8")) as Record<string, string>;
    expect(ti["nav.home"]).toBe(NEW_HOME);
    expect(Object.keys(ti)).toEqual(Object.keys(MESSAGES.ti));
    const review = JSON.parse(readFileSync(join(i18n(), "review.json"), "utf8")) as Record<string, Record<string, { status: string }>>;
    expect(review["ti"]?.["nav.home"]?.status).toBe("reviewed");
    expect(Object.keys(review["ti"] ?? {}).length).toBeGreaterThan(500);

    const drafts = localDrafts(join(dir, "dataset.ndjson"));
    const draft = await drafts.get("drafts.area-kvarnby");
    expect(draft?.["translation"]).toMatchObject({ locale: "ti", status: "reviewed", fields: ["summary"] });
  });

  describe("on the site", () => {
    let server: RunningServer;
    beforeAll(async () => {
      server = await startServer({ CONTENT_DATASET: join(dir, "dataset.ndjson"), DATA_DIR: join(dir, "data"), MESSAGE_KEY: "d".repeat(64) });
    }, 90_000);
    afterAll(async () => {
      await server.stop();
    });

    it("shows the translated text only once an editor has published the draft", async () => {
      expect(await (await fetch(`${server.url}/ti/areas/kvarnby/`)).text()).not.toContain("ብተርጓሚ ዝተመርመረ");
      const drafts = localDrafts(join(dir, "dataset.ndjson"));
      const draft = await drafts.get("drafts.area-kvarnby");
      if (!draft) throw new Error("no draft");
      await drafts.publish(draft._id, publishedFrom(draft));
      await expect.poll(async () => (await (await fetch(`${server.url}/ti/areas/kvarnby/`)).text()).includes("ብተርጓሚ ዝተመርመረ"), { timeout: 10_000 }).toBe(true);
      // The document keeps that its Tigrinya was reviewed, for the Swedish it has now.
      const published = readFileSync(join(dir, "dataset.ndjson"), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as SanityDocument).find((d) => d._id === "area-kvarnby");
      expect(published && documentReview(published, "ti")).toBe("reviewed");
      // The Swedish page is as it was.
      expect(await (await fetch(`${server.url}/sv/areas/kvarnby/`)).text()).not.toContain("ብተርጓሚ");
    });
  });
});
