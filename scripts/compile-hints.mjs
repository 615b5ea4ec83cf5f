// Run by `next build` after it compiles (next.config.mjs, compiler.runAfterProductionCompile).
//
// Marks the client chunks every page runs at startup (React DOM, the router, Turbopack's runtime:
// the build manifest's rootMainFiles) with V8's explicit compile hint, `//# allFunctionsCalledOnLoad`.
// Chromium 136+ then compiles their functions eagerly on the background thread that streams the
// script in, where otherwise each one is compiled on the main thread when first called: about half
// of the bootstrap task that starts the page (issue #11, README "Performance"). Other browsers read
// a comment. Chunks loaded later (islands, charts) are left lazy: many of their functions never run.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/**
 * Adds the hint to the startup chunks of the build in `distDir`; a chunk that has it is left as it
 * is. Returns the chunks it marked. A build manifest without rootMainFiles (another Next.js) marks
 * nothing and says so: the page still works, only its startup is slower.
 * @param {string} distDir
 * @returns {Promise<string[]>}
 */
export async function addCompileHints(distDir) {
  const manifest = JSON.parse(await readFile(path.join(distDir, "build-manifest.json"), "utf8"));
  const files = (manifest.rootMainFiles ?? []).filter((file) => file.endsWith(".js"));
  if (files.length === 0) {
    console.warn(`[compile-hints] ${distDir}/build-manifest.json lists no rootMainFiles; no chunk marked (scripts/compile-hints.mjs)`);
    return [];
  }
  const marked = [];
  for (const file of files) {
    const chunk = path.join(distDir, file);
    const code = await readFile(chunk, "utf8");
    if (code.startsWith(COMPILE_HINT)) continue;
    await writeFile(chunk, COMPILE_HINT + code);
    marked.push(file);
  }
  return marked;
}
