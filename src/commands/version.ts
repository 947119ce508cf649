import type { Io } from "../io.js";
import { packageVersion } from "../package-version.js";
import { expectNoArgs } from "./args.js";

export async function versionCommand(args: string[], io: Io): Promise<void> {
  expectNoArgs(args);
  io.out(`argocd-atlas ${packageVersion()}\n`);
}
