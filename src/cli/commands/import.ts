/**
 * `import [ENV=]INPUT... [-e ENV] [--namespace-as-environment] [-o FILE] [--force] [--check]`:
 * hand-written AtlasMigrations to atlas.project.yaml, proven by rendering every environment
 * and comparing with the input (see src/import/import-project.ts).
 *
 * INPUT is a file, a directory (its *.yaml, *.yml and *.json files) or `-` for stdin. The
 * project file goes to -o (default ./atlas.project.yaml, never over an existing file without
 * --force; `-` prints it). The report (skipped objects, the plugin's own differences) goes to
 * stdout, or to stderr when stdout carries the project file.
 */

import { existsSync, realpathSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { UsageError, UserError } from "../../common/errors.js";
import { dnsLabelPattern } from "../../common/names.js";
import { type ImportInput, importProject } from "../../import/import-project.js";
import { type InputText, maxInputBytes, readInputPath } from "../../import/read-inputs.js";
import { projectFileName } from "../../project/schema.js";
import { decodeYamlBytes } from "../../project/yaml-source.js";
import { parseVerbArgs } from "../args.js";
import type { Io } from "../io.js";
import { projectFilePath } from "../project-path.js";

const environmentName = new RegExp(dnsLabelPattern);

/** Reads stdin (the `-` input); replaceable so tests can run the verb in-process. */
export type StdinReader = () => Promise<Buffer>;

export async function importCommand(args: string[], io: Io, readStdin: StdinReader = processStdin): Promise<void> {
  const { values, positionals } = await parseVerbArgs("import", args);
  if (positionals.length === 0) throw new UsageError("import needs an input: a file, a directory of manifests, or - for stdin");
  const byNamespace = values["namespace-as-environment"] === true;
  if (byNamespace && values.environment !== undefined) throw new UsageError("--environment and --namespace-as-environment exclude each other");
  if (values.environment !== undefined) checkEnvironment("--environment", values.environment);

  if (positionals.filter((p) => p === "-" || p.endsWith("=-")).length > 1) throw new UsageError("stdin (-) can be read once only");
  const inputs: ImportInput[] = [];
  for (const arg of positionals) {
    const named = /^([a-z0-9][-a-z0-9]*)=(.+)$/.exec(arg);
    const path = named ? named[2]! : arg;
    let environment = named?.[1] ?? values.environment;
    if (named) {
      if (byNamespace) throw new UsageError(`${JSON.stringify(arg)} names an environment, but --namespace-as-environment takes them from the namespaces`);
      checkEnvironment(JSON.stringify(arg), named[1]!);
    } else if (environment === undefined && !byNamespace) {
      throw new UsageError(`name the environment of ${JSON.stringify(arg)}: ENV=${arg}, --environment ENV, or --namespace-as-environment`);
    }
    if (byNamespace) environment = undefined;
    let texts: InputText[];
    if (path === "-") {
      const bytes = await readStdin();
      if (bytes.length > maxInputBytes) throw new UserError({ source: "stdin", message: `too large (more than ${maxInputBytes} bytes)` });
      texts = [{ name: "stdin", text: decodeYamlBytes("stdin", bytes) }];
    } else texts = readInputPath(path, io.cwd);
    const shownPath = path === "-" ? "stdin" : path;
    inputs.push({ environment, written: environment !== undefined ? `${environment}=${shownPath}` : shownPath, texts });
  }

  const toStdout = values.output === "-";
  const file = toStdout ? join(io.cwd, projectFileName) : projectFilePath(io.cwd, values.output ?? ".");
  const shown = relative(io.cwd, file) || file;
  if (!toStdout && !values.check && existsSync(file) && !values.force) {
    throw new UserError({ source: shown, message: "already exists: pass --force to replace it, or -o to write elsewhere (-o - prints it)" });
  }
  if (!toStdout && !existsSync(dirname(file))) throw new UserError({ source: shown, message: "its directory does not exist: create it first" });
  const result = await importProject({ inputs, projectFile: resolve(file), cwd: io.cwd });

  const report = `${result.lines.join("\n")}\n`;
  if (values.check) {
    io.out(report);
    return;
  }
  if (toStdout) {
    io.err(report);
    io.out(result.text);
    return;
  }
  write(file, shown, result.text);
  io.out(`${report}wrote ${shown}\n`);
}

function checkEnvironment(where: string, name: string): void {
  if (name.length > 63 || !environmentName.test(name)) {
    throw new UsageError(`${where}: ${JSON.stringify(name)} is not an environment name (lowercase letters, digits and '-', at most 63 characters)`);
  }
}

/** Written whole or not at all: through a temporary file renamed over the target. */
function write(file: string, shown: string, text: string): void {
  const target = existsSync(file) ? realpathSync(file) : file;
  const temp = `${target}.argocd-atlas-import-${process.pid}`;
  try {
    writeFileSync(temp, text);
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    const code = (e as NodeJS.ErrnoException).code ?? "error";
    throw new UserError({ source: shown, message: `cannot write it (${code} from the file system): check that its directory is writable` });
  }
}

async function processStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size > maxInputBytes) break;
  }
  return Buffer.concat(chunks);
}
