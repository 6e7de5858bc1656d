// tsc writes the bin without the executable bit; npx then fails with "Permission denied" (TOOLCHAIN.md).
import { chmodSync, existsSync } from "node:fs";
const bin = new URL("../dist/src/cli.js", import.meta.url);
if (existsSync(bin)) chmodSync(bin, 0o755);
