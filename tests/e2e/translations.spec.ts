/**
 * Translations kept right, the whole way round in the browser: an editor sees per language how
 * much is reviewed and downloads Tigrinya as XLIFF; the agency changes an area's text (through
 * the xliff library, as its tool would); the import command checks it and makes a draft; the
 * editor publishes it, and the Tigrinya page shows it. A file with a broken placeholder is refused
 * with its string named, and nothing reaches the page.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import xliff from "xliff";
import { MESSAGES } from "../../src/lib/i18n/index.ts";
import { expectNoAxeViolations as noAxeViolations } from "./axe.ts";
import { staffPage } from "./site.ts";

const NEW_SUMMARY = "Kvarnby ኣብ ጥቓ ሩባ ዘሎ ከባቢ እዩ። ብተርጓሚ ዝተመርመረ ጽሑፍ።";

test("an editor sends Tigrinya to the agency, the returned file is checked and imported, and the editor publishes it", async ({ browser, page }) => {
  const dir = mkdtempSync(join(tmpdir(), "nara-e2e-xliff-"));
  try {
    // The command writes the UI strings into a copy: the repository's locale files stay as they are.
    mkdirSync(join(dir, "i18n"));
    cpSync("src/lib/i18n/locales", join(dir, "i18n", "locales"), { recursive: true });
    copyFileSync("src/lib/i18n/review.json", join(dir, "i18n", "review.json"));
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ["scripts/translations.ts", ...args, "--i18n-dir", join(dir, "i18n")], { env: { ...process.env, CONTENT_DATASET: ".tmp/e2e-data/dataset.ndjson", DATA_DIR: ".tmp/e2e-data" }, encoding: "utf8" });

    const staff = await staffPage(browser, "erik");
    await staff.goto("/staff/translations/");
    await expect(staff.locator("h1")).toHaveText("Översättningar");
    await expect(staff.locator("[data-translation-status] tbody tr")).toHaveCount(7);
    await expect(staff.locator('tr[data-locale="ti"] [data-reviewed]')).toContainText("av");
    await noAxeViolations(staff);
    const download = staff.waitForEvent("download");
    await staff.locator('tr[data-locale="ti"]').getByRole("link", { name: /Ladda ner/ }).click();
    const file = join(dir, "nara-ti.xlf");
    await (await download).saveAs(file);

    // The agency's tool: a broken placeholder first, then the area's text changed.
    const exported = await xliff.xliff2js(readFileSync(file, "utf8"));
    expect(exported.targetLanguage).toBe("ti");
    const ui = exported.resources?.["ui"] ?? {};
    const content = exported.resources?.["content"] ?? {};
    ui["contact.done.checkBack"] = { ...ui["contact.done.checkBack"], target: (MESSAGES.ti["contact.done.checkBack"] ?? "").replace("{{days}}", "{days}") };
    writeFileSync(join(dir, "broken.xlf"), await xliff.js2xliff(exported));
    const broken = run("import", join(dir, "broken.xlf"), "--write");
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain("ui:contact.done.checkBack: placeholder {{days}} is missing");

    ui["contact.done.checkBack"] = { ...ui["contact.done.checkBack"], target: MESSAGES.ti["contact.done.checkBack"] };
    content["area-kvarnby/summary"] = { ...content["area-kvarnby/summary"], target: NEW_SUMMARY };
    writeFileSync(join(dir, "returned.xlf"), await xliff.js2xliff(exported));
    const imported = run("import", join(dir, "returned.xlf"), "--write", "--status", "reviewed");
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toContain("area-kvarnby: summary");

    // Nothing on the page before an editor publishes it (read without the browser's cache: content pages may be cached a minute).
    expect(await (await page.request.get("/ti/areas/kvarnby/")).text()).not.toContain(NEW_SUMMARY);
    await staff.reload();
    const draft = staff.locator('[data-draft="drafts.area-kvarnby"]');
    await expect(draft).toContainText("ትግርኛ");
    await expect(draft).toContainText("granskat");
    await draft.getByRole("button", { name: /^Publicera/ }).click();
    await expect(staff.locator("[role=status]")).toHaveText("Översättningen är publicerad.");
    await expect(staff.locator('[data-draft="drafts.area-kvarnby"]')).toHaveCount(0);
    // The area's Tigrinya now counts as reviewed.
    await expect(staff.locator('tr[data-locale="ti"] [data-documents-reviewed]')).toContainText(/^1 av \d+/);
    await staff.context().close();

    await expect.poll(async () => (await page.request.get("/ti/areas/kvarnby/")).text(), { timeout: 10_000 }).toContain(NEW_SUMMARY);
    await page.goto("/ti/areas/kvarnby/?fresh");
    await expect(page.locator("main .lead")).toHaveText(NEW_SUMMARY);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("staff without the editor's role cannot see or download translations", async ({ browser }) => {
  const staff = await staffPage(browser, "anna");
  expect((await staff.goto("/staff/translations/"))?.status()).toBe(403);
  expect((await staff.request.get("/staff/translations/ti.xlf")).status()).toBe(403);
  await staff.context().close();
});
