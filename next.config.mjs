import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/security/headers.mjs";
import { addCompileHints } from "./scripts/compile-hints.mjs";

// Messages are compiled at build time (lib/i18n/bundled.ts): the browser gets a formatter without
// the ICU parser.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets parallel checkouts' builds (and e2e runs) keep apart; scripts/serve.mjs reads the same variable.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // PGlite must stay a real node_modules package: bundled, it fails at the first query (STACK pitfall 5).
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  // `npm test` type-checks the whole project once with tsc before building; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // forbidden() renders app/forbidden.tsx with a 403 when a page is opened by a role it is not for.
  // inlineCss: the stylesheet (31 kB, 6 kB gzip) comes inside each page's HTML, so the first paint
  // waits for no second request and usually comes before the scripts run (issue #11: Lighthouse LCP).
  experimental: { authInterrupts: true, inlineCss: true },
  // The chunks every page runs at startup are compiled by Chromium as they stream in, not on the
  // main thread when first called (scripts/compile-hints.mjs; issue #11: Lighthouse TBT).
  compiler: {
    async runAfterProductionCompile({ distDir }) {
      const marked = await addCompileHints(distDir);
      if (marked.length > 0) console.log(`[compile-hints] ${marked.length} startup chunks marked for eager compilation in the browser`);
    },
  },
  // Pages also get a per-request nonce CSP from proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders({ production: process.env.NODE_ENV === "production" }) }];
  },
};

export default withNextIntl(nextConfig);
