import { readFileSync } from "node:fs";
import { packageRoot } from "./package-root.js";

/** This release's version, from package.json (read when asked: no work at import time). */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL("package.json", packageRoot()), "utf8")) as { version: string }).version;
}
