/**
 * `validate [PATH] [-e ENV]`: renders every environment of a project file (or the one asked for)
 * and reports all problems. Offline: tags that pinning would resolve or verify are left as written.
 */

import { checkOtherManifests } from "../../argocd/other-manifests.js";
import { formatProblem, type Problem, UserError } from "../../common/errors.js";
import { renderEnvironment } from "../../gather/render-environment.js";
import { openWorkspace } from "../../gather/workspace.js";
import { environmentNames, selectEnvironment } from "../../render/render.js";
import { parseVerbArgs } from "../args.js";
import type { Io } from "../io.js";
import { projectFilePath } from "../project-path.js";

export async function validateCommand(args: string[], io: Io): Promise<void> {
  const { values, positionals } = await parseVerbArgs("validate", args);
  const cwd = io.cwd;
  const projectFile = projectFilePath(cwd, positionals[0]);
  const ws = openWorkspace(projectFile, cwd);
  const problems = new Map<string, Problem>();
  const warnings = new Set<string>();
  const neighbours = checkOtherManifests(ws.repo, projectFile, false, { renderedByAnotherSource: ws.loaded.project.otherManifestsRenderedByAnotherSource });
  if (neighbours) warnings.add(formatProblem(neighbours));
  const summary: string[] = [];
  const environments =
    values.environment === undefined
      ? environmentNames(ws.loaded.project)
      : [selectEnvironment(ws.loaded, { value: values.environment, from: "--environment" }, "--environment")];
  for (const environment of environments) {
    try {
      const result = await renderEnvironment(ws, environment, {});
      for (const w of result.warnings) warnings.add(formatProblem(w));
      const kinds = result.rendered.map((r) => r.manifest.kind);
      const count = (kind: string) => kinds.filter((k) => k === kind).length;
      summary.push(`  ${environment}: ${plural(count("AtlasMigration"), "AtlasMigration")}, ${plural(count("ConfigMap"), "ConfigMap")}`);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      for (const p of e.problems) problems.set(formatProblem(p), p);
    }
  }
  for (const w of warnings) io.err(`${w}\n`);
  if (problems.size > 0) throw new UserError([...problems.values()]);
  io.out(`${ws.loaded.source.name}: ok\n${summary.join("\n")}\n`);
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
