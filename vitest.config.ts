import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    environment: "node",
    // The code never depends on the machine's zone; a zone far from Stockholm proves it.
    env: { TZ: "America/Los_Angeles" },
    pool: "forks",
  },
});
