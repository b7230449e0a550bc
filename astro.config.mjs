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
    build: {
      assetsInlineLimit: 0,
      // Preact, its hooks and Astro's island loader in one chunk instead of five: every chunk a
      // page preloads costs its first paint a request to start on a slow phone's main thread.
      // Vite's preload helper stays on its own: the form pages need it without Preact.
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              { name: "preload-helper", test: /preload-helper/, priority: 2 },
              { name: "preact", test: /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]/, priority: 1 },
            ],
          },
        },
      },
    },
  },
});
