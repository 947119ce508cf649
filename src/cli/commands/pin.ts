/**
 * `pin [PATH]`: write-back pinning. For every database with pin.mode write, resolves the latest
 * tag of its registry directory (the newest commit of the first-parent history that was pushed
 * as a tag) and writes it to environments.<env>.databases.<db>.dir.remote.tag, editing only
 * that value in the file. A pin never moves to an older directory version (the operator would
 * then refuse a migrate down) unless --allow-older. With --check nothing is written and the exit
 * code is 3 when a pin is behind, for CI.
 */
import { realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { formatPath, formatProblem, type Problem, quote, UserError } from "../../common/errors.js";
import { openWorkspace } from "../../gather/workspace.js";
import { parseProject } from "../../project/project-file.js";
import { type StringEdit, setStringsInText, YamlEditError } from "../../registry/yaml-edit.js";
import { byteOrder } from "../../render/atlas-sum.js";
import { type PinNeed, pinDefaults } from "../../render/pin-plan.js";
import { environmentNames } from "../../render/render.js";
import { resolveTargets, targetProblems } from "../../render/resolve.js";
import { parseVerbArgs } from "../args.js";
import type { Io } from "../io.js";
import { projectFilePath } from "../project-path.js";

/** `pin --check` found a pin behind: exit 3 (ExitCode.pinsBehind), the lines already printed. */
export class PinsBehind extends Error {
  constructor() {
    super("pins are behind");
    this.name = "PinsBehind";
  }
}

export async function pinCommand(args: string[], io: Io): Promise<void> {
  const { values, positionals } = await parseVerbArgs("pin", args);
  const file = projectFilePath(io.cwd, positionals[0]);
  const ws = openWorkspace(file, io.cwd, io.env);
  const { project, source } = ws.loaded;
  const all = environmentNames(project);
  const environments = values.environment ?? all;
  for (const env of environments) {
    if (!all.includes(env))
      throw new UserError({ source: "--environment", message: `${quote(env)} is not defined in ${source.name}: use one of ${all.join(", ")}` });
  }

  const needs: PinNeed[] = [];
  const problems: Problem[] = [];
  for (const env of environments) {
    for (const target of resolveTargets(project, env)) {
      const pin = { ...pinDefaults, ...target.settings.pin };
      const name = target.settings.dir?.remote?.name;
      if (pin.mode !== "write" || !name) continue;
      problems.push(...targetProblems(target, source));
      needs.push({ target, action: "resolve", name, pin });
    }
  }
  if (problems.length > 0) throw new UserError(problems);
  if (needs.length === 0) {
    io.out(`nothing to pin: no database in ${environments.join(", ")} has pin.mode write\n`);
    return;
  }

  const [{ runPins }, { defaultPinDeps }] = await Promise.all([import("../../registry/pinning.js"), import("../../gather/pin-deps.js")]);
  const results = await runPins(needs, { repoRoot: ws.repo.root, revision: values.revision, source }, defaultPinDeps(io.env));
  for (const w of results.warnings) io.err(`${formatProblem(w)}\n`);

  const edits: StringEdit[] = [];
  const lines: string[] = [];
  const refused: Problem[] = [];
  for (const r of results.resolutions) {
    const { environment, database } = r.need.target;
    const path = ["environments", environment, "databases", database, "dir", "remote", "tag"];
    const written = r.need.target.settings.dir?.remote?.tag;
    if (written === r.tag) {
      lines.push(`${formatPath(path)}: ${r.tag} (up to date)`);
      continue;
    }
    const older = r.current?.found && r.current.state.latest && r.state.latest && byteOrder(r.state.latest, r.current.state.latest) < 0;
    if (older && !values["allow-older"]) {
      refused.push(
        source.problem(
          r.need.target.origin(["dir", "remote", "tag"]),
          `database ${quote(database)} in environment ${quote(environment)}: the latest tag ${r.tag} (up to ${r.state.latest}) is older than the pinned ${written} (up to ${r.current?.found ? r.current.state.latest : "?"}); moving back makes the operator refuse a migrate down: pass --allow-older if intended`,
        ),
      );
      continue;
    }
    lines.push(`${formatPath(path)}: ${written ?? "(none)"} -> ${r.tag}${values.check ? " (behind)" : ""}`);
    edits.push({ path, value: r.tag });
  }
  if (refused.length > 0) throw new UserError(refused);
  // The edit is made (and checked) before anything is printed on stdout or written.
  let text: string | undefined;
  if (edits.length > 0 && !values.check) {
    try {
      text = setStringsInText(source.text, edits);
    } catch (e) {
      if (!(e instanceof YamlEditError)) throw e;
      throw new UserError(source.problem(e.path, `${e.message}: pin cannot write the tag here; write ${formatPath(e.path)} out as a plain mapping and rerun`));
    }
    parseProject(source.name, text);
  }
  io.out(`${lines.join("\n")}\n`);
  if (values.check) {
    if (edits.length > 0) throw new PinsBehind();
    return;
  }
  if (text !== undefined) {
    // Through a symlink to the file it points at (inside the repository, as loading checked).
    const target = realpathSync(file);
    const temp = `${target}.argocd-atlas-pin-${process.pid}`;
    try {
      writeFileSync(temp, text, { mode: statSync(target).mode & 0o777 });
      renameSync(temp, target);
    } catch (e) {
      rmSync(temp, { force: true });
      const code = (e as NodeJS.ErrnoException).code ?? "error";
      throw new UserError({
        source: source.name,
        message: `cannot write it (${code} from the file system): check that its directory is writable, then rerun pin`,
      });
    }
    io.out(`wrote ${source.name}\n`);
  }
}
