/**
 * `npm run translations -- status | export <locale> [--out file.xlf] | import <file.xlf> [--status translated|reviewed] [--write]`
 *
 * A locale's UI strings and the content's translatable fields out to XLIFF 2.0 for a
 * translation agency, and the returned file back in. `import` checks every string first
 * (placeholders, plural forms, markup, known strings) and prints each problem with its string;
 * nothing is written while any is left. With `--write`: the UI strings go into
 * src/lib/i18n/locales/<locale>.json (a change to commit and deploy) with their review status in
 * src/lib/i18n/review.json, and each changed document becomes a draft in the content store, for
 * an editor to publish (in the Studio, or on the staff page /staff/translations/).
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { serverEnv } from "../src/lib/config.ts";
import { draftsFromEnv, DRAFT_PREFIX } from "../src/lib/content/drafts.ts";
import { sourceFromEnv } from "../src/lib/content/sources.ts";
import { isLocale, LOCALES, MESSAGES } from "../src/lib/i18n/index.ts";
import { recordReview, reviewCounts, REVIEWS } from "../src/lib/translations/review.ts";
import { readXliff, REVIEW_STATUSES, uiKeysFor, type ReviewStatus } from "../src/lib/translations/xliff.ts";
import { translationDraft } from "../src/lib/translations/drafts.ts";
import { createTranslations } from "../src/lib/translations/service.ts";
import { exitOnKnownError } from "./fail.ts";

const USAGE = "Usage: npm run translations -- status | export <locale> [--out file.xlf] | import <file.xlf> [--status translated|reviewed] [--write]";
/** Where the UI strings live (`--i18n-dir` for a copy). */
let i18nDir = fileURLToPath(new URL("../src/lib/i18n/", import.meta.url));

/** A JSON file replaced in one step, two-space indented as the locale files are. */
function writeJson(name: string, value: unknown): void {
  const path = join(i18nDir, name);
  const temporary = `${path}.${String(process.pid)}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(temporary, path);
}

/** The translations part over the configured content store and its drafts (the same as the server's). */
function translations() {
  const env = serverEnv();
  return createTranslations({ content: { source: sourceFromEnv(env), changed: () => undefined }, drafts: draftsFromEnv(env) });
}

async function main(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { out: { type: "string" }, status: { type: "string", default: "translated" }, write: { type: "boolean" }, "i18n-dir": { type: "string" } } });
  if (values["i18n-dir"]) i18nDir = values["i18n-dir"];
  const [command, argument] = positionals;
  if (command === "status") {
    for (const locale of LOCALES.filter((l) => l !== "sv")) {
      const c = reviewCounts(REVIEWS, MESSAGES.sv, locale);
      console.log(`${locale}: ${String(c.reviewed)} reviewed, ${String(c.translated)} translated, ${String(c.machine)} not checked, of ${String(c.total)} UI strings`);
    }
    return 0;
  }
  if (command === "export" && isLocale(argument) && argument !== "sv") {
    const xml = await translations().export(argument);
    if (values.out) {
      writeFileSync(values.out, xml);
      console.log(`Wrote ${values.out}`);
    } else process.stdout.write(xml);
    return 0;
  }
  if (command === "import" && argument) {
    const status = values.status as ReviewStatus;
    if (!REVIEW_STATUSES.includes(status) || status === "machine") {
      console.error("--status is translated (by a translator) or reviewed (checked by a second native speaker).");
      return 2;
    }
    const service = translations();
    const docs = await service.documents();
    const xml = readFileSync(argument, "utf8");
    const result = await readXliff(xml, { uiSource: MESSAGES.sv, uiTargets: MESSAGES, documents: docs });
    const locale = result.locale;
    for (const p of result.problems) console.error(`${p.id}: ${p.problem}`);
    if (result.problems.length > 0 || !locale) {
      console.error(`Nothing written: ${String(result.problems.length)} problem${result.problems.length === 1 ? "" : "s"} to fix in the file first.`);
      return 1;
    }
    console.log(`${locale}: ${String(result.units)} strings read, ${String(result.unchanged)} unchanged; ${String(Object.keys(result.ui).length)} UI strings changed; ${String(result.documents.length)} documents changed (${result.documents.map((d) => `${d.id}: ${d.fields.join(", ")}`).join("; ") || "none"}).`);
    if (!values.write) {
      console.log("Checked only: add --write to write the UI strings and make the content drafts.");
      return 0;
    }
    const localeFile = JSON.parse(readFileSync(join(i18nDir, "locales", `${locale}.json`), "utf8")) as Record<string, string>;
    writeJson(join("locales", `${locale}.json`), { ...localeFile, ...result.ui });
    const expected = uiKeysFor(MESSAGES.sv, locale);
    const sources = Object.fromEntries(Object.keys(result.uiReturned).map((key) => [key, expected.get(key) ?? ""]));
    const reviews = JSON.parse(readFileSync(join(i18nDir, "review.json"), "utf8")) as typeof REVIEWS;
    writeJson("review.json", recordReview(reviews, locale, sources, status));
    console.log(`Wrote src/lib/i18n/locales/${locale}.json and review.json (${String(Object.keys(sources).length)} UI strings ${status}); build and deploy to publish them.`);
    if (result.documents.length > 0) {
      const drafts = draftsFromEnv(serverEnv());
      if (!drafts) {
        console.error("The content drafts need SANITY_API_WRITE_TOKEN (or the embedded dataset).");
        return 1;
      }
      for (const { doc, fields } of result.documents) await drafts.create(translationDraft(doc, { locale, status, fields, at: new Date() }));
      console.log(`Made ${String(result.documents.length)} drafts (${result.documents.map((d) => `${DRAFT_PREFIX}${d.id}`).join(", ")}) for an editor to publish.`);
    }
    return 0;
  }
  console.error(USAGE);
  return 2;
}

try {
  process.exit(await main(process.argv.slice(2)));
} catch (error) {
  exitOnKnownError(error);
  throw error;
}
