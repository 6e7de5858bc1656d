// Rewrites samples/*/expected.json from the tool's current output. The diff of every rewritten file is
// reviewed line by line before it is committed: an expected file records what a person found by reading.
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const { checkFiles } = await import(join(ROOT, "dist/src/index.js"));

for (const slug of readdirSync(join(ROOT, "samples"))) {
  const dir = join(ROOT, "samples", slug);
  const files = existsSync(join(dir, "article.txt")) ? [join(dir, "article.txt")] : [join(dir, "ko.txt"), join(dir, "en.txt")];
  const findings = checkFiles(files).files[0].findings.map((f) => {
    const location = f.target ?? f.source;
    return { rule: f.rule, messageId: f.messageId, side: f.target ? "target" : "source", line: location.line, column: location.column };
  }).sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule) || a.messageId.localeCompare(b.messageId));
  writeFileSync(join(dir, "expected.json"), `[\n${findings.map((f) => `  ${JSON.stringify(f)}`).join(",\n")}\n]\n`);
  console.log(`${slug}: ${findings.length} findings written; review the diff before committing`);
}
