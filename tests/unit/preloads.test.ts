/** Module preloads of an island: its chunk and everything it imports, found in the built files; none without them. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { islandPreloads } from "../../src/lib/server/preloads.ts";

describe("island preloads", () => {
  it("follow the static imports of the island's chunk, once each, and not its dynamic ones", () => {
    const dir = mkdtempSync(join(tmpdir(), "nara-preloads-"));
    try {
      writeFileSync(join(dir, "Map.AbC123.js"), 'import{a as t}from"./preact.X1.js";import"./hooks.Y2.js";const l=()=>import("./lazy.Z3.js");');
      writeFileSync(join(dir, "preact.X1.js"), "export const a=1;");
      writeFileSync(join(dir, "hooks.Y2.js"), 'import{a}from"./preact.X1.js";');
      writeFileSync(join(dir, "lazy.Z3.js"), "export {};");
      writeFileSync(join(dir, "Mapper.Q9.js"), "export {};");
      expect(islandPreloads(["Map"], { root: dir })).toEqual(["/_astro/Map.AbC123.js", "/_astro/preact.X1.js", "/_astro/hooks.Y2.js"]);
      expect(islandPreloads(["Nothing"], { root: join(dir, "missing") })).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it("follow the dynamic imports too, and the chunks listed for Vite's preload helper, of an island named eager", () => {
    const dir = mkdtempSync(join(tmpdir(), "nara-preloads-"));
    try {
      writeFileSync(
        join(dir, "Map.AbC123.js"),
        'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/leaflet.L1.js","_astro/runtime.R1.js"])))=>i.map(i=>d[i]);import"./hooks.Y2.js";const l=()=>import("./lazy.Z3.js");',
      );
      // A chunk the island shares with others keeps its own dynamic imports to itself.
      writeFileSync(join(dir, "hooks.Y2.js"), 'const s=()=>import("./signals.S1.js");');
      writeFileSync(join(dir, "client.C1.js"), 'const s=()=>import("./signals.S1.js");');
      for (const f of ["lazy.Z3.js", "leaflet.L1.js", "runtime.R1.js", "signals.S1.js"]) writeFileSync(join(dir, f), "export {};");
      expect(islandPreloads(["Map", "client"], { root: dir, eager: ["Map"] }).sort()).toEqual(
        ["/_astro/Map.AbC123.js", "/_astro/client.C1.js", "/_astro/hooks.Y2.js", "/_astro/lazy.Z3.js", "/_astro/leaflet.L1.js", "/_astro/runtime.R1.js"].sort(),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
