/** Where the installed package lives and its version, from src/ (tests) and dist/src/ (built CLI) alike. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder holding translint's package.json, found by walking up from this module. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "rules"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("translint: cannot find the package root");
    dir = parent;
  }
}

/** translint's version from package.json. */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version?: string };
  return pkg.version ?? "0.0.0";
}
