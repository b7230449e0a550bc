/**
 * The accessibility check every browser test uses: axe-core with the WCAG 2.2 A and AA rules,
 * run in the page as it stands. axe is put into the page once per document and asked for
 * violations only; this is the same engine and the same rules as @axe-core/playwright's
 * builder at about half the time (the builder's frame-by-frame runs and its extra page for
 * the final step cost more than the checks on these frame-less pages).
 */
import axe from "axe-core";
import { expect, type Page } from "@playwright/test";

export const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

interface Violation {
  id: string;
  nodes: { target: string[] }[];
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags): Promise<Violation[]> => {
    const engine = (window as unknown as { axe: typeof axe }).axe;
    const results = await engine.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => ({ target: n.target.map(String) })) }));
  }, WCAG);
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}
