import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = process.cwd();
const SKIP = new Set(["node_modules", ".next", ".data", ".git", "test-results", "playwright-report"]);

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.startsWith(".next-")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (/\.(ts|tsx|js|mjs)$/.test(entry.name) && !/\.test\.|\.spec\./.test(entry.name)) out.push(path.relative(ROOT, full));
  }
  return out;
}

const sourceFiles = () => [...walk(path.join(ROOT, "app")), ...walk(path.join(ROOT, "lib")), ...walk(path.join(ROOT, "components"))].sort();

/** A module-level directive: the first statement of the file, after comments. */
const MODULE_DIRECTIVE = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/;

/** Files whose every export is a server action (Next exposes each one as a POST endpoint). */
export function serverActionFiles(): { modules: string[]; inline: string[] } {
  const modules: string[] = [];
  const inline: string[] = [];
  for (const file of sourceFiles()) {
    const text = readFileSync(path.join(ROOT, file), "utf8");
    if (!/["']use server["']/.test(text)) continue;
    if (MODULE_DIRECTIVE.test(text)) modules.push(file);
    else inline.push(file);
  }
  return { modules, inline };
}

export function routeFiles(): string[] {
  return walk(path.join(ROOT, "app")).filter((f) => /(^|\/)route\.(ts|tsx|js|mjs)$/.test(f)).sort();
}

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

export const importSource = (file: string) => import(/* @vite-ignore */ path.join(ROOT, file)) as Promise<Record<string, unknown>>;
