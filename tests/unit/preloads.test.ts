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
      expect(islandPreloads(["Map"], dir)).toEqual(["/_astro/Map.AbC123.js", "/_astro/preact.X1.js", "/_astro/hooks.Y2.js"]);
      expect(islandPreloads(["Nothing"], join(dir, "missing"))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
