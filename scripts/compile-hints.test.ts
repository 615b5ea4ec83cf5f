import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { COMPILE_HINT, addCompileHints } from "./compile-hints.mjs";

let distDir: string;
const chunk = (name: string) => path.join(distDir, "static/chunks", name);

beforeEach(async () => {
  distDir = await mkdtemp(path.join(tmpdir(), "compile-hints-"));
  await mkdir(path.join(distDir, "static/chunks"), { recursive: true });
  for (const name of ["framework.js", "runtime.js", "island.js"]) await writeFile(chunk(name), `(globalThis.TURBOPACK||[]).push(["${name}"]);`);
});
afterEach(() => rm(distDir, { recursive: true, force: true }));

const manifest = (body: object) => writeFile(path.join(distDir, "build-manifest.json"), JSON.stringify(body));

describe("addCompileHints", () => {
  it("marks the chunks every page starts with, and only those", async () => {
    await manifest({ rootMainFiles: ["static/chunks/framework.js", "static/chunks/runtime.js"], polyfillFiles: ["static/chunks/island.js"] });

    expect(await addCompileHints(distDir)).toEqual(["static/chunks/framework.js", "static/chunks/runtime.js"]);

    expect(await readFile(chunk("framework.js"), "utf8")).toBe(`${COMPILE_HINT}(globalThis.TURBOPACK||[]).push(["framework.js"]);`);
    expect(await readFile(chunk("runtime.js"), "utf8")).toMatch(/^\/\/# allFunctionsCalledOnLoad\n\(globalThis/);
    expect(await readFile(chunk("island.js"), "utf8")).not.toContain("allFunctionsCalledOnLoad");
  });

  it("marks a chunk once, however often the build runs it", async () => {
    await manifest({ rootMainFiles: ["static/chunks/framework.js"] });
    await addCompileHints(distDir);

    expect(await addCompileHints(distDir)).toEqual([]);
    expect((await readFile(chunk("framework.js"), "utf8")).split("allFunctionsCalledOnLoad").length - 1).toBe(1);
  });

  it("says so, and changes nothing, when the manifest lists no startup chunks", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    await manifest({ pages: { "/_app": [] } });

    expect(await addCompileHints(distDir)).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("no rootMainFiles"));
    expect(await readFile(chunk("framework.js"), "utf8")).not.toContain("allFunctionsCalledOnLoad");
    warn.mockRestore();
  });
});
