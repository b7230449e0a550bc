/**
 * The import rules of `src/`, kept by a machine (as Starlight keeps its own): every module under
 * `src/lib` imports only its own folder and lower layers (docs/architecture.md lists them); only
 * the middleware imports the composition root (`src/app/`); `src/lib` imports nothing of the
 * Astro side (pages, components, layouts, islands) and Astro itself only as types; and no
 * module imports itself round a circle.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/** The layers of src/lib, from the bottom. A folder (or a top-level file) may import its own and lower ones only. */
export const LAYERS: readonly (readonly string[])[] = [
  ["dates", "html", "text", "config"],
  ["i18n", "db", "calendar", "recurrence"],
  ["site", "http", "mail"],
  ["security", "content"],
  ["hours", "areas", "map", "forms"],
  ["directory", "opendata", "activities", "booking", "messages", "nightwalks", "recruitment", "followup", "translations"],
  ["staff"],
  ["server"],
];

/** Files outside src/lib that may import the composition root (the Locals type names it too). */
const MAY_IMPORT_APP = new Set(["src/middleware.ts", "src/env.d.ts"]);

const ROOT = resolve(import.meta.dirname, "../..");
const SOURCE = /\.(ts|tsx|astro|mjs)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : SOURCE.test(name) ? [path] : [];
  });
}

export interface Import {
  from: string;
  to: string;
  typeOnly: boolean;
}

const IMPORT = /(?:^|[\s;])(import|export)\s+(type\s+)?(?:[^"'`;]*?\s+from\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/gm;

/** Every import of a file: relative ones resolved to a path from the project root, bare ones as they are. */
export function importsOf(file: string, text: string): Import[] {
  const found: Import[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const spec = match[3] ?? match[4] ?? "";
    const typeOnly = match[2] !== undefined || (match[4] !== undefined && file.endsWith(".d.ts"));
    const to = spec.startsWith(".") ? relative(ROOT, resolve(dirname(join(ROOT, file)), spec)) : spec;
    found.push({ from: file, to, typeOnly });
  }
  return found;
}

/** The layer and unit (folder or top-level file) of a path under src/lib, or undefined. */
function unitOf(path: string): { unit: string; layer: number } | undefined {
  if (!path.startsWith("src/lib/")) return undefined;
  const unit = (path.slice("src/lib/".length).split("/")[0] ?? "").replace(/\.(ts|json)$/, "");
  const layer = LAYERS.findIndex((names) => names.includes(unit));
  return { unit, layer };
}

/** What breaks the rules, one line per broken import or circle. */
export function violations(imports: readonly Import[]): string[] {
  const problems: string[] = [];
  for (const { from, to, typeOnly } of imports) {
    const source = unitOf(from);
    if (to.startsWith("src/app/") && !MAY_IMPORT_APP.has(from)) problems.push(`${from} imports the composition root ${to}: take what it needs from Astro.locals.app or as an argument`);
    if (!source) continue;
    if (source.layer < 0) {
      problems.push(`${from}: src/lib/${source.unit} is in no layer of tests/unit/layers.test.ts (and docs/architecture.md)`);
      continue;
    }
    if (to.startsWith("src/") && !to.startsWith("src/lib/")) problems.push(`${from} imports ${to}: src/lib never imports the Astro side or the composition root`);
    if ((to === "astro" || to.startsWith("astro:") || to.startsWith("astro/")) && !typeOnly) problems.push(`${from} imports ${to}: src/lib uses Astro's types only`);
    const target = unitOf(to);
    if (!target || target.unit === source.unit) continue;
    if (target.layer < 0) problems.push(`${from} imports ${to}: src/lib/${target.unit} is in no layer`);
    else if (target.layer >= source.layer) {
      problems.push(`${from} imports ${to}: ${source.unit} (layer ${String(source.layer)}) may import only lower layers, and ${target.unit} is layer ${String(target.layer)}`);
    }
  }
  return [...problems, ...circles(imports)];
}

/** Import circles between files (types included: a circle of types is a knot all the same). */
export function circles(imports: readonly Import[]): string[] {
  const edges = new Map<string, string[]>();
  for (const { from, to } of imports) if (to.startsWith("src/")) edges.set(from, [...(edges.get(from) ?? []), to]);
  const found: string[] = [];
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (file: string) => {
    state.set(file, "open");
    path.push(file);
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === "open") found.push(`circle: ${[...path.slice(path.indexOf(next)), next].join(" → ")}`);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, "done");
  };
  for (const file of [...edges.keys()].sort()) if (!state.has(file)) visit(file);
  return found;
}

describe("the import rules of src/", () => {
  const all = files(join(ROOT, "src")).flatMap((path) => importsOf(relative(ROOT, path), readFileSync(path, "utf8")));

  it("reads the imports of every module", () => {
    expect(all.filter((i) => i.from === "src/middleware.ts").map((i) => i.to)).toContain("src/app/index.ts");
    expect(all.filter((i) => i.from.startsWith("src/lib/")).length).toBeGreaterThan(200);
  });

  it("holds: layers, the composition root at the edge, no circles", () => {
    expect(violations(all)).toEqual([]);
  });

  it("names every folder of src/lib in a layer", () => {
    const folders = readdirSync(join(ROOT, "src/lib")).map((name) => name.replace(/\.ts$/, ""));
    expect(folders.filter((name) => !LAYERS.some((layer) => layer.includes(name)))).toEqual([]);
  });

  it("fails, naming the file, on each kind of break", () => {
    const broken: Import[] = [
      { from: "src/lib/booking/service.ts", to: "src/app/index.ts", typeOnly: false },
      { from: "src/components/Card.astro", to: "src/app/index.ts", typeOnly: false },
      { from: "src/lib/content/load.ts", to: "src/lib/booking/store.ts", typeOnly: true },
      { from: "src/lib/booking/store.ts", to: "src/lib/messages/store.ts", typeOnly: false },
      { from: "src/lib/http/body.ts", to: "astro", typeOnly: false },
      { from: "src/lib/dates.ts", to: "src/components/Card.astro", typeOnly: false },
      { from: "src/lib/booking/a.ts", to: "src/lib/booking/b.ts", typeOnly: false },
      { from: "src/lib/booking/b.ts", to: "src/lib/booking/a.ts", typeOnly: false },
    ];
    const found = violations(broken);
    expect(found).toEqual([
      expect.stringMatching(/^src\/lib\/booking\/service\.ts imports the composition root/),
      expect.stringMatching(/^src\/lib\/booking\/service\.ts imports src\/app\/index\.ts: src\/lib never imports/),
      expect.stringMatching(/^src\/components\/Card\.astro imports the composition root/),
      expect.stringMatching(/^src\/lib\/content\/load\.ts imports src\/lib\/booking\/store\.ts: content \(layer 3\) may import only lower layers/),
      expect.stringMatching(/^src\/lib\/booking\/store\.ts imports src\/lib\/messages\/store\.ts: booking \(layer 5\)/),
      expect.stringMatching(/^src\/lib\/http\/body\.ts imports astro: src\/lib uses Astro's types only/),
      expect.stringMatching(/^src\/lib\/dates\.ts imports src\/components\/Card\.astro/),
      "circle: src/lib/booking/a.ts → src/lib/booking/b.ts → src/lib/booking/a.ts",
    ]);
  });

  it("reads type-only, re-exported and dynamic imports", () => {
    const text = ['import type { A } from "./a.ts";', 'export { B } from "../http/b.ts";', 'const c = await import("../db/index.ts");', 'import "./side-effect.css";'].join("\n");
    expect(importsOf("src/lib/booking/x.ts", text)).toEqual([
      { from: "src/lib/booking/x.ts", to: "src/lib/booking/a.ts", typeOnly: true },
      { from: "src/lib/booking/x.ts", to: "src/lib/http/b.ts", typeOnly: false },
      { from: "src/lib/booking/x.ts", to: "src/lib/db/index.ts", typeOnly: false },
      { from: "src/lib/booking/x.ts", to: "src/lib/booking/side-effect.css", typeOnly: false },
    ]);
  });
});
