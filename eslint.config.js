// @ts-check
import astro from "eslint-plugin-astro";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "studio-dist/", ".astro/", "node_modules/", "data/", "test-results/", "reports/", "playwright-report/", "bench/out/", "sanity/seed/*.mjs", "public/"] },
  {
    files: ["**/*.ts", "**/*.tsx"],
    extends: [...tseslint.configs.strictTypeChecked, ...tseslint.configs.stylisticTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "@typescript-eslint/no-unnecessary-condition": ["error", { allowConstantLoopConditions: true }],
      // TypeScript's noPropertyAccessFromIndexSignature (strictest) asks for brackets there.
      "@typescript-eslint/dot-notation": "off",
    },
  },
  ...astro.configs.recommended,
);
