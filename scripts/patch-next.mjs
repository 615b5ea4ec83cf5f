// Run by npm after every install (package.json "postinstall").
//
// With experimental.inlineCss, Next.js 16.4.5 sends every page's stylesheet three times: in the
// <style> tag, in the RSC payload for the root layout, and in the payload again as the styles of
// the built-in global-error page, which has no stylesheet of its own (vercel/next.js#98110). That
// third copy is 31 kB of each page's HTML and 3–4 ms of server time per view (issue #11). This
// applies the upstream fix (vercel/next.js#98243: no styles for the built-in global-error) to the
// installed server runtimes, until a release carries it. A runtime whose code differs (another
// version, or the fix released) is left as it is, with a notice.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

// getGlobalErrorStyles' end, minified: `r[1]` is the path of the global-error module whose styles it returns.
const FROM = "filePath:r[1],getComponent:r[0],injectedCSS:new Set,injectedJS:new Set});return{GlobalError:a,styles:i}}";
const TO = 'filePath:r[1],getComponent:r[0],injectedCSS:new Set,injectedJS:new Set});return{GlobalError:a,styles:r[1].includes("builtin/global-error")?void 0:i}}';
const RUNTIMES = ["app-page", "app-page-turbo", "app-page-experimental", "app-page-turbo-experimental"];

const nextDir = path.dirname(createRequire(import.meta.url).resolve("next/package.json"));
const { version } = JSON.parse(readFileSync(path.join(nextDir, "package.json"), "utf8"));
for (const name of RUNTIMES) {
  const file = path.join(nextDir, "dist/compiled/next-server", `${name}.runtime.prod.js`);
  const code = readFileSync(file, "utf8");
  if (code.includes(TO)) continue;
  if (code.split(FROM).length !== 2) {
    console.warn(`[patch-next] Next.js ${version}: ${name} is not the code the global-error styles fix was made for; left as it is (scripts/patch-next.mjs)`);
    continue;
  }
  writeFileSync(file, code.replace(FROM, TO));
  console.log(`[patch-next] Next.js ${version}: ${name} no longer sends the stylesheet a third time (vercel/next.js#98110)`);
}
