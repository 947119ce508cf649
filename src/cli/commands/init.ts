/**
 * `init [DIR] [--force]`: writes a commented starter atlas.project.yaml, creating DIR if needed.
 * The starter validates and renders without warnings as it is (test/cli-init.test.ts).
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { UserError } from "../../common/errors.js";
import { projectFileName, projectSchema } from "../../project/schema.js";
import { parseVerbArgs } from "../args.js";
import type { Io } from "../io.js";

export const starterProject = `# yaml-language-server: $schema=${projectSchema.$id}
#
# Which Atlas Operator AtlasMigrations the argocd-atlas Argo CD plugin renders.
# Settings merge from wide to narrow: defaults, databases.<db>, environments.<env>,
# environments.<env>.databases.<db>. Credentials are only ever Secret references.
version: 1

# Settings for every database in every environment.
defaults:
  cloud:
    project: my-project               # Atlas Cloud project
    tokenFrom:
      secretKeyRef: {name: atlas-credentials, key: token}

# One AtlasMigration per database and environment, named after the key.
databases:
  app:
    urlFrom:
      secretKeyRef: {name: app-db, key: url}
    dir:
      remote:
        name: app                     # migration directory in the Atlas Registry
        # The tag CI pushed: a commit SHA. Replace this placeholder with yours, or let
        # \`argocd-atlas pin\` write it (pin: {mode: write}; see docs/pinning.md).
        tag: 0123456789abcdef0123456789abcdef01234567
    # For migrations kept in this repository instead (rendered as a ConfigMap):
    # dir:
    #   path: ../migrations           # relative to this file; holds *.sql and atlas.sum

# Environments, by name. An Application renders one, chosen with the "environment"
# parameter (not needed when there is only one).
environments:
  staging: {}
  prod:
    backoffLimit: 5                   # e.g. give up sooner in production
`;

export async function initCommand(args: string[], io: Io): Promise<void> {
  const { values, positionals } = await parseVerbArgs("init", args);
  const file = join(resolve(io.cwd, positionals[0] ?? "."), projectFileName);
  const shown = relative(io.cwd, file) || file;
  if (existsSync(file) && !values.force) {
    throw new UserError({ source: shown, message: "already exists: edit it, or pass --force to replace it" });
  }
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, starterProject);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why: Record<string, string> = {
      EEXIST: "a file stands where a directory of its path should be",
      ENOTDIR: "a file stands where a directory of its path should be",
      EACCES: "no permission to write there",
      EROFS: "the file system is read-only",
    };
    throw new UserError({ source: shown, message: `cannot write it: ${why[code ?? ""] ?? `${code ?? "error"} from the file system`}` });
  }
  io.out(`wrote ${shown}\n`);
}
