import { statSync } from "node:fs";
import { join, resolve } from "node:path";
import { projectFileName } from "../project/schema.js";

/** A PATH argument names either the project file or the directory holding it. */
export function projectFilePath(cwd: string, written = "."): string {
  const abs = resolve(cwd, written);
  try {
    if (statSync(abs).isDirectory()) return join(abs, projectFileName);
  } catch {
    // Missing: reported when the file is read, with its name.
  }
  return abs;
}
