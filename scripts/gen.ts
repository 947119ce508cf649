/** Writes the generated files; with --check, lists the ones that differ and exits 1. */
import { readFileSync, writeFileSync } from "node:fs";
import { generatedFiles } from "./generated-files.js";

const check = process.argv.includes("--check");
const stale: string[] = [];
for (const [path, content] of generatedFiles()) {
  let current: string | undefined;
  try {
    current = readFileSync(path, "utf8");
  } catch {
    current = undefined;
  }
  if (current === content) continue;
  if (check) stale.push(path);
  else {
    writeFileSync(path, content);
    console.log(`wrote ${path}`);
  }
}
if (stale.length > 0) {
  console.error(`out of date (run npm run gen): ${stale.join(", ")}`);
  process.exitCode = 1;
}
