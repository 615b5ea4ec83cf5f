import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// `npm run bench:load`: the load benchmark drives the console's server actions in-process (like the
// security suite), so it runs under Vitest — with this config only, never as part of `npm test`.
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("../../", import.meta.url)) } },
  test: {
    environment: "node",
    include: ["scripts/bench/load.bench.ts"],
    alias: { "server-only": fileURLToPath(new URL("../../lib/testing/server-only-stub.ts", import.meta.url)) },
    testTimeout: 900_000,
    hookTimeout: 120_000,
  },
});
