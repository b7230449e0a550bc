// @ts-check
import node from "@astrojs/node";
import preact from "@astrojs/preact";
import { defineConfig } from "astro/config";

// Pages render on demand (and are cached by the server), so that a change in the content
// store shows without a rebuild and opening status is computed when the page is asked for.
export default defineConfig({
  output: "server",
  // Middleware mode: scripts/serve.ts is the server, and answers the static files itself.
  adapter: node({ mode: "middleware" }),
  integrations: [preact()],
  trailingSlash: "ignore",
  // External stylesheets: measured with Lighthouse, inlining them made first paint later
  // (bigger HTML), and the stylesheet is cached across pages.
  build: { inlineStylesheets: "never" },
  devToolbar: { enabled: false },
  // Cross-site form POSTs are refused by src/middleware.ts (crossSiteForm), which also knows
  // the public address behind a proxy and leaves the cookie-less JSON API to its own rules.
  security: { checkOrigin: false },
  server: { port: 4321, host: "127.0.0.1" },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
