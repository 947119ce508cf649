import { readFileSync } from "node:fs";
import { parseVerbArgs } from "./args.js";

export async function versionCommand(args: string[]): Promise<void> {
  parseVerbArgs(args, {}, 0);
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  process.stdout.write(`argocd-atlas ${pkg.version}\n`);
}
