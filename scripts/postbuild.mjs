// After tsc: bundles the command line for start-up speed, then makes the bin executable.
//
// tsc emits one ES module per source file (dist/src/**, dist/rules/**): that is the library
// (`import { check } from "translint"`). Started as a CLI, Node would resolve, read and compile
// those ~110 files and ~40 of the dependencies' one by one. esbuild bundles src/cli.ts, the batch
// worker and the align worker of a large article, with their dependencies, into dist/src/cli.js,
// dist/src/worker.js and dist/src/align-worker.js, replacing tsc's versions; modules the CLI imports
// lazily (the checker, the html and align views, the config loader) become chunks next to them, so
// --version and --help still load only the command-line layer.
// Chunks live in dist/src/ itself because bundled code resolves paths from its own location
// (`new URL("./worker.js", import.meta.url)`, `../rules/<id>.js`, the package root).
//
// tsc writes the bin without the executable bit; npx then fails with "Permission denied" (TOOLCHAIN.md).
import { chmodSync, existsSync, readdirSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const outdir = fileURLToPath(new URL("../dist/src/", import.meta.url));
const CHUNK_PREFIX = "cli-chunk-";

// a chunk's name carries its content hash: remove the previous build's before writing new ones
if (existsSync(outdir)) {
  for (const name of readdirSync(outdir)) if (name.startsWith(CHUNK_PREFIX)) rmSync(new URL(name, `file://${outdir}`));
}

await build({
  absWorkingDir: root,
  entryPoints: { cli: "src/cli.ts", worker: "src/worker.ts", "align-worker": "src/align-worker.ts" },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  chunkNames: `${CHUNK_PREFIX}[hash]`,
  // keep Hangul and the other scripts of franc's trigram tables as UTF-8: \uXXXX escapes made the chunk larger and slower to parse
  charset: "utf8",
  // bundled CommonJS dependencies (cli-table3, ...) call require() for Node's built-in modules
  banner: { js: 'import { createRequire as __translintRequire } from "node:module";\nconst require = __translintRequire(import.meta.url);' },
  logLevel: "warning",
});

const bin = new URL("../dist/src/cli.js", import.meta.url);
if (existsSync(bin)) chmodSync(bin, 0o755);
