import { readFileSync } from "node:fs";
import { packageRoot } from "../package-root.js";
import { expectNoArgs } from "./args.js";
import type { Io } from "../io.js";

export async function versionCommand(args: string[], io: Io): Promise<void> {
  expectNoArgs(args);
  const pkg = JSON.parse(readFileSync(new URL("package.json", packageRoot()), "utf8")) as { version: string };
  io.out(`argocd-atlas ${pkg.version}\n`);
}
