import { packageVersion } from "../../common/package-version.js";
import { expectNoArgs } from "../args.js";
import type { Io } from "../io.js";

export async function versionCommand(args: string[], io: Io): Promise<void> {
  expectNoArgs(args);
  io.out(`argocd-atlas ${packageVersion()}\n`);
}
