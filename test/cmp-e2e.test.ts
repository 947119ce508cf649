/**
 * The plugin as Argo CD runs it, end to end, with the built CLI (dist/) laid out as in the image:
 * plugin.yaml read the way argocd-cmp-server reads it; a git repository streamed into a fresh
 * work directory (files 0644, `.git` included); discovery; `init` and `generate` run as listed,
 * in the app path, with the environment the repo-server builds, as uid 999 with HOME=/tmp, under
 * a deadline; stdout split into objects the way Argo CD splits it.
 *
 * What is reproduced, from argoproj/argo-cd: cmpserver/plugin/config.go (reading plugin.yaml),
 * cmpserver/plugin/plugin.go (discovery, running commands, the error an Application shows, the
 * dynamic parameters), util/io/files/tar.go (file modes of the copy), reposerver/repository/
 * repository.go (newEnv, getPluginEnvs, getPluginParamEnvs, populatePluginAppDetails, List
 * flattening), pkg/apis/application/v1alpha1/types.go (Env.Envsubst, parameters' Environ,
 * InstanceName) and gitops-engine pkg/utils/kube/kube.go (SplitYAMLToString).
 */
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  chownSync,
  copyFileSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, normalize, relative, sep } from "node:path";
import { after, before, describe, it } from "node:test";
import { parse, parseAllDocuments } from "yaml";
import { repoRoot } from "./run.js";

type Obj = Record<string, any>;

/** Argo CD's default repo-server timeout is 60 s for the whole request; a render must finish far earlier. */
const deadlineMs = 20_000;
/** The namespace Argo CD runs in: Applications there get their plain name as ARGOCD_APP_NAME. */
const controllerNamespace = "argocd";
/** The sidecar's container env from plugin/kustomize (HOME, ATLAS_TOKEN_FILE); no Secret mounted here. */
const tokenFile = "/var/run/secrets/atlas/token";
const cluster = {
  kubeVersion: "v1.31.4+k3s1",
  apiVersions: ["apps/v1", "v1", "db.atlasgo.io/v1alpha1", "db.atlasgo.io/v1alpha1/AtlasMigration"],
};

// ---------------------------------------------------------------------------------------------
// plugin.yaml as argocd-cmp-server reads it

interface Command {
  command: string[];
  args: string[];
}
interface PluginConfig {
  name: string;
  version: string;
  init: Command;
  generate: Command;
  discover: { fileName: string; glob: string; command: Command };
  staticParameters: Obj[];
  dynamic: Command;
}

/** Loosely, as Go unmarshals it: unknown keys dropped, absent ones empty. */
function readPluginConfig(text: string): PluginConfig {
  const raw = (parse(text) ?? {}) as Obj;
  const command = (c: Obj | undefined): Command => ({ command: c?.command ?? [], args: c?.args ?? [] });
  const config = {
    name: raw.metadata?.name ?? "",
    version: raw.spec?.version ?? "",
    init: command(raw.spec?.init),
    generate: command(raw.spec?.generate),
    discover: { fileName: raw.spec?.discover?.fileName ?? "", glob: raw.spec?.discover?.find?.glob ?? "", command: command(raw.spec?.discover?.find) },
    staticParameters: raw.spec?.parameters?.static ?? [],
    dynamic: command(raw.spec?.parameters?.dynamic),
  };
  // ValidatePluginConfig
  assert.notEqual(config.name, "", "metadata.name should be non-empty");
  assert.equal(raw.kind, "ConfigManagementPlugin");
  assert.notEqual(config.generate.command.length, 0, "spec.generate command should be non-empty");
  return config;
}

/** The name an Application gives in spec.source.plugin.name. */
const pluginName = (config: PluginConfig) => (config.version ? `${config.name}-${config.version}` : config.name);

// ---------------------------------------------------------------------------------------------
// What the repo-server sends: the Application's inputs, as environment entries

interface Parameter {
  name: string;
  string?: string;
  array?: string[];
  map?: Record<string, string>;
}
interface PluginSource {
  name?: string;
  env?: { name: string; value: string }[];
  parameters?: Parameter[];
}
interface AppRequest {
  appName: string;
  namespace: string;
  project: string;
  revision: string;
  repoURL: string;
  path: string;
  targetRevision: string;
  kubeVersion: string;
  apiVersions: string[];
  /** Absent when the Application has no `plugin:` block (pure discovery). */
  plugin?: PluginSource;
}

/** The request the controller sends for an Application manifest, at a commit. */
/** The request for the Application's source the plugin renders (of several, the one naming it). */
function requestFor(app: Obj, revision: string): AppRequest {
  const ns: string | undefined = app.metadata.namespace;
  const source: Obj = app.spec.source ?? (app.spec.sources as Obj[]).find((s) => s.plugin);
  return {
    appName: !ns || ns === controllerNamespace ? app.metadata.name : `${ns}_${app.metadata.name}`,
    namespace: app.spec.destination.namespace,
    project: app.spec.project,
    revision,
    repoURL: source.repoURL,
    path: source.path,
    targetRevision: source.targetRevision,
    ...cluster,
    ...(source.plugin && { plugin: source.plugin }),
  };
}

/** newEnv + getPluginEnvs: the entries `generate` (and `init`) get on top of the sidecar's env. */
function generateEnv(r: AppRequest): string[] {
  const entries = [
    `ARGOCD_APP_NAME=${r.appName}`,
    `ARGOCD_APP_NAMESPACE=${r.namespace}`,
    `ARGOCD_APP_PROJECT_NAME=${r.project}`,
    `ARGOCD_APP_REVISION=${r.revision}`,
    `ARGOCD_APP_REVISION_SHORT=${r.revision.slice(0, 7)}`,
    `ARGOCD_APP_REVISION_SHORT_8=${r.revision.slice(0, 8)}`,
    `ARGOCD_APP_SOURCE_REPO_URL=${r.repoURL}`,
    `ARGOCD_APP_SOURCE_PATH=${r.path}`,
    `ARGOCD_APP_SOURCE_TARGET_REVISION=${r.targetRevision}`,
    `KUBE_VERSION=${kubeVersion(r.kubeVersion)}`,
    `KUBE_API_VERSIONS=${r.apiVersions.join(",")}`,
  ];
  return pluginParamEnv(entries, r.plugin);
}

/** populatePluginAppDetails: what the dynamic parameters command gets (no revision, namespace or KUBE_*). */
function parametersEnv(r: AppRequest): string[] {
  const entries = [
    `ARGOCD_APP_NAME=${r.appName}`,
    `ARGOCD_APP_SOURCE_REPO_URL=${r.repoURL}`,
    `ARGOCD_APP_SOURCE_PATH=${r.path}`,
    `ARGOCD_APP_SOURCE_TARGET_REVISION=${r.targetRevision}`,
  ];
  return pluginParamEnv(entries, r.plugin);
}

/** getPluginParamEnvs: env entries expanded against `entries` only, then the parameters. */
function pluginParamEnv(entries: string[], plugin: PluginSource | undefined): string[] {
  if (!plugin) return entries;
  const vars = new Map(entries.map((e) => [e.slice(0, e.indexOf("=")), e.slice(e.indexOf("=") + 1)]));
  return [...entries, ...(plugin.env ?? []).map((e) => `ARGOCD_ENV_${e.name}=${envsubst(e.value, vars)}`), ...parametersEnviron(plugin.parameters)];
}

/** Env.Envsubst: Go's os.Expand, `$$` for a dollar, unknown names empty. */
function envsubst(s: string, vars: ReadonlyMap<string, string>): string {
  const special = "*#$@!?-0123456789";
  const alnum = /[A-Za-z0-9_]/;
  let out = "";
  let i = 0;
  for (let j = 0; j < s.length; j++) {
    if (s[j] !== "$" || j + 1 >= s.length) continue;
    out += s.slice(i, j);
    const rest = s.slice(j + 1);
    let name = "";
    let width = 0;
    if (rest[0] === "{") {
      if (rest.length > 2 && special.includes(rest[1]!) && rest[2] === "}") [name, width] = [rest[1]!, 3];
      else {
        const close = rest.indexOf("}");
        [name, width] = close === -1 ? ["", 1] : close === 1 ? ["", 2] : [rest.slice(1, close), close + 1];
      }
    } else if (special.includes(rest[0]!)) [name, width] = [rest[0]!, 1];
    else {
      while (width < rest.length && alnum.test(rest[width]!)) width++;
      name = rest.slice(0, width);
    }
    if (name !== "") out += name === "$" ? "$" : (vars.get(name) ?? "");
    else if (width === 0) out += "$"; // `$` not followed by a name stays
    j += width;
    i = j + 1;
  }
  return out + s.slice(i);
}

/** ApplicationSourcePluginParameters.Environ: the JSON (Go's encoding, keys sorted) and PARAM_*. */
function parametersEnviron(parameters: Parameter[] | undefined): string[] {
  const sorted = (m: Record<string, string>) => Object.fromEntries(Object.entries(m).sort(([a], [b]) => (a < b ? -1 : 1)));
  const json =
    parameters && parameters.length > 0
      ? goJson(
          parameters.map((p) => ({
            ...(p.array !== undefined && { array: p.array }),
            ...(p.map !== undefined && { map: sorted(p.map) }),
            name: p.name,
            ...(p.string !== undefined && { string: p.string }),
          })),
        )
      : "null";
  const escaped = (s: string) => s.toUpperCase().replace(/[^A-Z0-9_]/g, "_");
  const env = [`ARGOCD_APP_PARAMETERS=${json}`];
  for (const p of parameters ?? []) {
    const base = `PARAM_${escaped(p.name)}`;
    if (p.string !== undefined) env.push(`${base}=${p.string}`);
    for (const [key, value] of Object.entries(p.map ?? {})) env.push(`${base}_${escaped(key)}=${value}`);
    for (const [i, value] of (p.array ?? []).entries()) env.push(`${base}_${i}=${value}`);
  }
  return env;
}

/** encoding/json's output: HTML-safe escapes for <, > and &, and escaped line/paragraph separators. */
function goJson(value: unknown): string {
  const escapes: Record<string, string> = { "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029" };
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => escapes[c]!);
}

/** parseKubeVersion: k8s.io version.ParseGeneric(...).String(), the dotted numbers only. */
function kubeVersion(version: string): string {
  const match = /^\s*v?([0-9]+(?:\.[0-9]+)+)/.exec(version);
  assert.ok(match, `not a Kubernetes version: ${version}`);
  return match[1]!
    .split(".")
    .map((n) => String(Number(n)))
    .join(".");
}

// ---------------------------------------------------------------------------------------------
// The sidecar: a work directory per request, discovery, commands

interface Sidecar {
  /** Where argocd-cmp-server unpacks requests (ARGOCD_CMP_WORKDIR unset: $TMPDIR/_cmp_server). */
  workRoot: string;
  /** The sidecar container's own environment. */
  env: Record<string, string>;
  /** uid and gid 999, when this process may switch to them. */
  user?: { uid: number; gid: number };
}

/**
 * Untgz into a fresh directory: directories 0755, regular files 0644 (preserveFileMode off),
 * symlinks kept; owned by the sidecar's user, who unpacked them.
 */
function streamRepository(sidecar: Sidecar, repository: string): string {
  const workDir = mkdtempSync(join(sidecar.workRoot, "req-"));
  const copy = (from: string, to: string) => {
    for (const entry of readdirSync(from)) {
      const source = join(from, entry);
      const target = join(to, entry);
      const stat = lstatSync(source);
      if (stat.isDirectory()) {
        mkdirSync(target);
        chmodSync(target, 0o755);
        copy(source, target);
      } else if (stat.isSymbolicLink()) {
        symlinkSync(readlinkSync(source), target);
      } else {
        copyFileSync(source, target);
        chmodSync(target, 0o644);
      }
    }
  };
  copy(repository, workDir);
  if (sidecar.user) chownTree(workDir, sidecar.user);
  return workDir;
}

/** Directories 0755 and files world-readable, as the image's files are. */
function readableByAll(path: string): void {
  const stat = lstatSync(path);
  if (stat.isSymbolicLink()) return;
  if (stat.isDirectory()) {
    chmodSync(path, 0o755);
    for (const entry of readdirSync(path)) readableByAll(join(path, entry));
  } else chmodSync(path, stat.mode | 0o444);
}

function chownTree(path: string, user: { uid: number; gid: number }): void {
  const stat = lstatSync(path);
  if (stat.isDirectory()) for (const entry of readdirSync(path)) chownTree(join(path, entry), user);
  if (!stat.isSymbolicLink()) chownSync(path, user.uid, user.gid);
}

/** The app path inside the work directory; like argocd-cmp-server, refuse one outside it. */
function appPathOf(workDir: string, appRelPath: string): string {
  const appPath = normalize(join(workDir, appRelPath)).replace(/\/$/, "");
  assert.ok(appPath === workDir || appPath.startsWith(workDir + sep), "illegal appPath: out of workDir bound");
  return appPath;
}

/** MatchRepository: the first discovery rule set decides. */
async function discover(sidecar: Sidecar, config: PluginConfig, workDir: string, appRelPath: string): Promise<boolean> {
  const appPath = appPathOf(workDir, appRelPath);
  if (config.discover.fileName !== "") return goGlob(join(appPath, config.discover.fileName)).length > 0;
  if (config.discover.glob !== "") throw new Error("find.glob (with ** support) is not reproduced by this test");
  if (config.discover.command.command.length > 0) {
    const run = await runCommand(sidecar, config.discover.command, appPath, []);
    return run.code === 0 && run.stdout !== "";
  }
  return false;
}

/** Go's filepath.Glob: `*`, `?` and `[...]` within one path element; I/O errors mean no match. */
function goGlob(pattern: string): string[] {
  const meta = /[*?[\\]/;
  if (!meta.test(pattern)) return existsOrLink(pattern) ? [pattern] : [];
  const dir = dirname(pattern);
  const file = pattern.slice(dir.length + 1);
  const dirs = meta.test(dir) ? goGlob(dir) : [dir];
  const matcher = goMatcher(file);
  return dirs.flatMap((d) => {
    try {
      return readdirSync(d)
        .sort()
        .filter((name) => matcher.test(name))
        .map((name) => join(d, name));
    } catch {
      return [];
    }
  });
}

function existsOrLink(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function goMatcher(pattern: string): RegExp {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else if (c === "\\") source += `\\${pattern[++i] ?? ""}`;
    else if (c === "[") {
      const close = pattern.indexOf("]", i + 1);
      assert.ok(close !== -1, `bad glob ${pattern}`);
      const body = pattern.slice(i + 1, close);
      source += `[${body.startsWith("^") ? `^/${body.slice(1)}` : body}]`;
      i = close;
    } else source += c.replace(/[.+^${}()|\]]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

/**
 * runCommand: exec'd without a shell, the sidecar's env plus the request's entries (the last
 * value of a name wins), in its own process group that a deadline terminates.
 */
function runCommand(sidecar: Sidecar, command: Command, cwd: string, entries: string[]): Promise<RunResult> {
  const env: Record<string, string> = { ...sidecar.env };
  for (const entry of entries) env[entry.slice(0, entry.indexOf("="))] = entry.slice(entry.indexOf("=") + 1);
  const [file, ...args] = [...command.command, ...command.args];
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(file!, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"], ...sidecar.user });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (d: string) => void (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => void (stderr += d));
    // As argocd-cmp-server on its deadline: SIGTERM to the process group, SIGKILL 5 s later.
    const killGroup = (signal: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        // the group is gone already
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup("SIGTERM");
      setTimeout(() => killGroup("SIGKILL"), 5_000).unref();
    }, deadlineMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({ code: null, signal: null, stdout, stderr: String(error), ms: performance.now() - started, timedOut });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: performance.now() - started, timedOut });
    });
  });
}

/** The error an Application shows for a failed command (CmdError, with GetCommandArgsToLog). */
function cmdError(command: Command, run: RunResult): string {
  const args = [...command.command, ...command.args].map((a) => (a === "" ? '""' : /\s/.test(a) ? JSON.stringify(a) : a)).join(" ");
  const cause = run.code !== null ? `exit status ${run.code}` : `signal: ${run.signal === "SIGKILL" ? "killed" : "terminated"}`;
  const stderr = run.stderr.trim();
  return `\`${args}\` failed ${cause}${stderr !== "" ? `: ${stderr}` : ""}`;
}

interface Generated {
  run: RunResult;
  /** The output Argo CD keeps (one trailing newline trimmed), when the commands succeeded. */
  output?: string;
  objects?: Obj[];
  /** The Application's ComparisonError, when a command failed. */
  error?: string;
}

/** GenerateManifest: init (stdout discarded), then generate, in the app path. */
async function generate(sidecar: Sidecar, config: PluginConfig, workDir: string, r: AppRequest): Promise<Generated> {
  const appPath = appPathOf(workDir, r.path);
  const env = generateEnv(r);
  if (config.init.command.length > 0) {
    const init = await runCommand(sidecar, config.init, appPath, env);
    assert.ok(!init.timedOut, `init ran into the ${deadlineMs} ms deadline`);
    if (init.code !== 0) return { run: init, error: cmdError(config.init, init) };
  }
  const run = await runCommand(sidecar, config.generate, appPath, env);
  assert.ok(!run.timedOut, `generate ran into the ${deadlineMs} ms deadline`);
  if (run.code !== 0) return { run, error: cmdError(config.generate, run) };
  const output = run.stdout.replace(/\n$/, "");
  return { run, output, objects: splitManifests(output) };
}

/** SplitYAMLToString + SplitYAML, then the repo-server's List flattening. YAML 1.1, as Go reads it. */
function splitManifests(output: string): Obj[] {
  const objects: Obj[] = [];
  for (const doc of parseAllDocuments(output, { version: "1.1" })) {
    assert.deepEqual(doc.errors.map(String), []);
    const value = doc.toJS() as unknown;
    if (value === null || value === undefined) continue;
    assert.ok(typeof value === "object" && !Array.isArray(value), "each document is an object");
    const obj = value as Obj;
    if (Array.isArray(obj.items)) objects.push(...(obj.items as Obj[]));
    else if (!("items" in obj && obj.items === null && !("spec" in obj) && !("status" in obj))) objects.push(obj);
  }
  return objects;
}

/** GetParametersAnnouncement: the dynamic command's JSON list, then the static announcements. */
async function announceParameters(sidecar: Sidecar, config: PluginConfig, workDir: string, r: AppRequest): Promise<{ run: RunResult; announcements: Obj[] }> {
  const run = await runCommand(sidecar, config.dynamic, appPathOf(workDir, r.path), parametersEnv(r));
  assert.ok(!run.timedOut);
  assert.equal(run.code, 0, run.stderr);
  const dynamic = JSON.parse(run.stdout.replace(/\n$/, "")) as Obj[];
  return { run, announcements: [...dynamic, ...config.staticParameters] };
}

// ---------------------------------------------------------------------------------------------
// Fixtures: the image's files, git repositories

/** A directory tree's entries with type, mode, size and mtime: to show that nothing was written. */
function snapshot(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      const s = lstatSync(path);
      out.push(`${relative(root, path)} ${s.mode.toString(8)} ${s.size} ${s.mtimeMs}`);
      if (s.isDirectory()) walk(path);
    }
  };
  walk(root);
  return out;
}

const gitEnv = {
  PATH: process.env.PATH ?? "/usr/bin:/bin",
  HOME: "/nonexistent",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_AUTHOR_NAME: "Example",
  GIT_AUTHOR_EMAIL: "dev@example.com",
  GIT_AUTHOR_DATE: "2024-03-01T12:00:00Z",
  GIT_COMMITTER_NAME: "Example",
  GIT_COMMITTER_EMAIL: "dev@example.com",
  GIT_COMMITTER_DATE: "2024-03-01T12:00:00Z",
};

function git(cwd: string, ...args: string[]): string {
  const run = spawnSync("git", args, { cwd, env: gitEnv, encoding: "utf8" });
  assert.equal(run.status, 0, `git ${args.join(" ")}: ${run.stderr}`);
  return run.stdout.trim();
}

/** A git repository in `dir` with everything in it committed on main; returns the commit SHA. */
function commitAll(dir: string, message: string): string {
  if (!existsSync(join(dir, ".git"))) git(dir, "init", "--quiet", "--initial-branch=main");
  git(dir, "add", "--all");
  git(dir, "commit", "--quiet", "--no-gpg-sign", "--message", message);
  return git(dir, "rev-parse", "HEAD");
}

function readApplication(file: string): Obj {
  return parse(readFileSync(join(repoRoot, "plugin/examples", file), "utf8")) as Obj;
}

/** Environment names of an atlas.project.yaml, in file order. */
function environmentsOf(projectFile: string): string[] {
  return Object.keys((parse(readFileSync(projectFile, "utf8")) as Obj).environments);
}

// ---------------------------------------------------------------------------------------------

describe("the CMP contract: plugin.yaml run as argocd-cmp-server runs it", () => {
  let base: string;
  let sidecar: Sidecar;
  let config: PluginConfig;
  /** The argocd-atlas repository (examples/ only) and the tutorial's (manifests/ at its root). */
  const repos = { self: { dir: "", sha: "" }, tutorial: { dir: "", sha: "" } };
  const durations: number[] = [];
  /** Why commands do not run as uid 999 here, if they do not. */
  let userNote: string | undefined;
  const inRepoEnvironments = environmentsOf(join(repoRoot, "examples/in-repo/deploy/atlas.project.yaml"));

  before(() => {
    if (!existsSync(join(repoRoot, "dist/cli.cjs"))) {
      const build = spawnSync("npm", ["run", "build"], { cwd: repoRoot, encoding: "utf8" });
      assert.equal(build.status, 0, build.stderr);
    }
    base = mkdtempSync(join(tmpdir(), "argocd-atlas-cmp-"));
    chmodSync(base, 0o755);

    // The image: the package under /usr/local/lib, its bin linked into a PATH directory.
    const pkg = join(base, "image/usr/local/lib/argocd-atlas");
    const bin = join(base, "image/usr/local/bin");
    mkdirSync(bin, { recursive: true });
    mkdirSync(pkg, { recursive: true });
    for (const entry of ["package.json", "dist", "lua-health", "schema"]) cpSync(join(repoRoot, entry), join(pkg, entry), { recursive: true });
    symlinkSync(join(repoRoot, "node_modules"), join(pkg, "node_modules"));
    chmodSync(join(pkg, "dist/cli.cjs"), 0o755);
    symlinkSync(join(pkg, "dist/cli.cjs"), join(bin, "argocd-atlas"));
    readableByAll(join(base, "image"));

    sidecar = {
      workRoot: join(base, "tmp/_cmp_server"),
      env: {
        PATH: [bin, dirname(process.execPath), "/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"].join(":"),
        HOME: "/tmp",
        // The sidecar's own /tmp (an emptyDir): where renders take their slots.
        TMPDIR: join(base, "tmp"),
        ATLAS_TOKEN_FILE: tokenFile,
      },
    };
    mkdirSync(sidecar.workRoot, { recursive: true, mode: 0o700 });
    // World-writable, as an emptyDir is.
    chmodSync(join(base, "tmp"), 0o1777);
    if (process.getuid?.() === 0) {
      const user = { uid: 999, gid: 999 };
      const probe = spawnSync(process.execPath, ["-e", ""], { ...user, env: sidecar.env, encoding: "utf8" });
      if (probe.status === 0) {
        sidecar.user = user;
        chownTree(sidecar.workRoot, user);
      } else userNote = `uid 999 cannot run ${process.execPath} here (${probe.error?.message ?? probe.stderr.trim()}): commands run as root`;
    } else userNote = "not root: commands run as the current user, not as uid 999";

    config = readPluginConfig(readFileSync(join(repoRoot, "plugin.yaml"), "utf8"));

    repos.self.dir = join(base, "repos/argocd-atlas");
    for (const example of ["in-repo", "tutorial"]) cpSync(join(repoRoot, "examples", example), join(repos.self.dir, "examples", example), { recursive: true });
    repos.self.sha = commitAll(repos.self.dir, "Add the examples");
    git(repos.self.dir, "branch", "staging");
    repos.tutorial.dir = join(base, "repos/atlas-tutorial");
    cpSync(join(repoRoot, "examples/tutorial"), repos.tutorial.dir, { recursive: true });
    // The tutorial keeps its database and application beside the project file.
    writeFileSync(
      join(repos.tutorial.dir, "manifests/db.yaml"),
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: postgres\n  annotations: {argocd.argoproj.io/sync-wave: "-2"}\n',
    );
    writeFileSync(join(repos.tutorial.dir, "manifests/app.yaml"), '{"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "app"}}\n');
    repos.tutorial.sha = commitAll(repos.tutorial.dir, "Deploy migrations with argocd-atlas");
  });

  after(() => {
    if (base) rmSync(base, { recursive: true, force: true });
  });

  /** generate (killed, and so failed, at Argo CD's deadline), checked to write nothing outside /tmp. */
  async function render(repo: { dir: string }, r: AppRequest): Promise<Generated & { workDir: string }> {
    const workDir = streamRepository(sidecar, repo.dir);
    const image = snapshot(join(base, "image"));
    const checkout = snapshot(workDir);
    const result = await generate(sidecar, config, workDir, r);
    durations.push(result.run.ms);
    assert.deepEqual(snapshot(join(base, "image")), image, "the image is unchanged");
    assert.deepEqual(snapshot(workDir), checkout, "the checkout is unchanged");
    return { ...result, workDir };
  }

  it("runs the plugin as uid 999 where this machine allows it", async (t) => {
    // Skipped (and so reported), not passed, where this machine cannot run a process as 999.
    if (userNote) return t.skip(userNote);
    const probe = await runCommand(sidecar, { command: [process.execPath], args: ["-p", "`${process.getuid()}:${process.getgid()}`"] }, base, []);
    assert.equal(probe.stdout, "999:999\n", probe.stderr);
  });

  it("reads plugin.yaml as argocd-cmp-server does", () => {
    assert.deepEqual(config, {
      name: "argocd-atlas",
      version: "",
      init: { command: [], args: [] },
      generate: { command: ["argocd-atlas", "generate"], args: [] },
      discover: { fileName: "atlas.project.yaml", glob: "", command: { command: [], args: [] } },
      // None: the dynamic command announces every parameter, once.
      staticParameters: [],
      dynamic: { command: ["argocd-atlas", "parameters"], args: [] },
    });
    assert.equal(pluginName(config), "argocd-atlas");
  });

  it("is discovered where the app path holds atlas.project.yaml, and only there", async () => {
    const self = streamRepository(sidecar, repos.self.dir);
    const tutorial = streamRepository(sidecar, repos.tutorial.dir);
    const found = async (workDir: string, path: string) => [path, await discover(sidecar, config, workDir, path)];
    assert.deepEqual(
      await Promise.all([
        found(self, "examples/in-repo/deploy"),
        found(self, "examples/tutorial/manifests"),
        found(self, "examples/in-repo"),
        found(self, "examples/in-repo/migrations/app"),
        found(self, "."),
        found(tutorial, "manifests"),
        found(tutorial, "."),
      ]),
      [
        ["examples/in-repo/deploy", true],
        ["examples/tutorial/manifests", true],
        ["examples/in-repo", false],
        ["examples/in-repo/migrations/app", false],
        [".", false],
        ["manifests", true],
        [".", false],
      ],
    );
  });

  it("copies the checkout as Argo CD streams it: 0644 files, 0755 directories, a .git the sidecar's git reads", async () => {
    const workDir = streamRepository(sidecar, repos.self.dir);
    const mode = (path: string) => (lstatSync(join(workDir, path)).mode & 0o777).toString(8);
    assert.equal(mode("examples/in-repo/deploy/atlas.project.yaml"), "644");
    assert.equal(mode("examples/in-repo/deploy"), "755");
    assert.equal(mode(".git/HEAD"), "644");
    // As the sidecar's user, who owns the copy (git refuses a repository another user owns).
    const head = await runCommand(sidecar, { command: ["git", "rev-parse", "HEAD"], args: [] }, appPathOf(workDir, "examples/in-repo/deploy"), []);
    assert.deepEqual([head.code, head.stdout, head.stderr], [0, `${repos.self.sha}\n`, ""]);
  });

  describe("the request environment", () => {
    it("is what the repo-server builds for the in-repo Application", () => {
      const r = requestFor(readApplication("application-in-repo.yaml"), "0123456789abcdef0123456789abcdef01234567");
      assert.deepEqual(generateEnv(r), [
        "ARGOCD_APP_NAME=shop-prod",
        "ARGOCD_APP_NAMESPACE=shop",
        "ARGOCD_APP_PROJECT_NAME=default",
        "ARGOCD_APP_REVISION=0123456789abcdef0123456789abcdef01234567",
        "ARGOCD_APP_REVISION_SHORT=0123456",
        "ARGOCD_APP_REVISION_SHORT_8=01234567",
        "ARGOCD_APP_SOURCE_REPO_URL=https://github.com/argocd-atlas/argocd-atlas",
        "ARGOCD_APP_SOURCE_PATH=examples/in-repo/deploy",
        "ARGOCD_APP_SOURCE_TARGET_REVISION=main",
        "KUBE_VERSION=1.31.4",
        "KUBE_API_VERSIONS=apps/v1,v1,db.atlasgo.io/v1alpha1,db.atlasgo.io/v1alpha1/AtlasMigration",
        'ARGOCD_APP_PARAMETERS=[{"name":"environment","string":"prod"}]',
        "PARAM_ENVIRONMENT=prod",
      ]);
      assert.deepEqual(parametersEnv(r), [
        "ARGOCD_APP_NAME=shop-prod",
        "ARGOCD_APP_SOURCE_REPO_URL=https://github.com/argocd-atlas/argocd-atlas",
        "ARGOCD_APP_SOURCE_PATH=examples/in-repo/deploy",
        "ARGOCD_APP_SOURCE_TARGET_REVISION=main",
        'ARGOCD_APP_PARAMETERS=[{"name":"environment","string":"prod"}]',
        "PARAM_ENVIRONMENT=prod",
      ]);
    });

    it("names Applications outside Argo CD's namespace <namespace>_<name>, and encodes parameters as Go does", () => {
      const app = readApplication("application-in-repo.yaml");
      const r = requestFor({ ...app, metadata: { ...app.metadata, namespace: "team-a" } }, "abc");
      assert.equal(r.appName, "team-a_shop-prod");
      assert.deepEqual(
        parametersEnviron([
          { name: "values-files", array: ["a.yaml", "b.yaml"] },
          { name: "labels", map: { tier: "db", "app.kubernetes.io/name": "<shop> & co" } },
          { name: "environment", string: "prod" },
        ]),
        [
          'ARGOCD_APP_PARAMETERS=[{"array":["a.yaml","b.yaml"],"name":"values-files"},{"map":{"app.kubernetes.io/name":"\\u003cshop\\u003e \\u0026 co","tier":"db"},"name":"labels"},{"name":"environment","string":"prod"}]',
          "PARAM_VALUES_FILES_0=a.yaml",
          "PARAM_VALUES_FILES_1=b.yaml",
          "PARAM_LABELS_TIER=db",
          "PARAM_LABELS_APP_KUBERNETES_IO_NAME=<shop> & co",
          "PARAM_ENVIRONMENT=prod",
        ],
      );
      assert.deepEqual(parametersEnviron(undefined), ["ARGOCD_APP_PARAMETERS=null"]);
    });

    it("expands $VAR in env entries against the build variables only, unknown names to nothing", () => {
      const vars = new Map([
        ["ARGOCD_APP_SOURCE_TARGET_REVISION", "staging"],
        ["ARGOCD_APP_NAME", "shop"],
      ]);
      const cases: [string, string][] = [
        ["$ARGOCD_APP_SOURCE_TARGET_REVISION", "staging"],
        ["${ARGOCD_APP_NAME}-db", "shop-db"],
        ["$ARGOCD_APP_NAME-db", "shop-db"],
        ["$HOME", ""],
        ["${UNSET}x", "x"],
        ["$$ARGOCD_APP_NAME", "$ARGOCD_APP_NAME"],
        ["cost: 5$", "cost: 5$"],
        ["a $ b", "a $ b"],
        ["${}", ""],
        ["${ARGOCD_APP_NAME", "ARGOCD_APP_NAME"],
        ["$1x", "x"],
        ["plain", "plain"],
      ];
      assert.deepEqual(
        cases.map(([input]) => [input, envsubst(input, vars)]),
        cases,
      );
    });
  });

  describe("generate", () => {
    it("renders the tutorial's Application: its AtlasMigration in the destination namespace, a wave before the app", async () => {
      const app = readApplication("application-tutorial.yaml");
      const r = requestFor(app, repos.tutorial.sha);
      const workDir = streamRepository(sidecar, repos.tutorial.dir);
      assert.equal(r.plugin?.name, pluginName(config));
      assert.equal(await discover(sidecar, config, workDir, r.path), true, "a named plugin with discovery must still match");
      const result = await render(repos.tutorial, r);
      assert.equal(result.run.code, 0, result.run.stderr);
      assert.equal(result.run.stderr, "");
      assert.deepEqual(result.objects, [
        {
          apiVersion: "db.atlasgo.io/v1alpha1",
          kind: "AtlasMigration",
          metadata: { name: "migration", namespace: "default", annotations: { "argocd.argoproj.io/sync-wave": "-1" } },
          spec: {
            cloud: { project: "atlasdemo", tokenFrom: { secretKeyRef: { key: "token", name: "atlas-credentials" } } },
            dir: { remote: { name: "atlasdemo", tag: "1d579be616db48803bb21713fd836a9165030f18" } },
            urlFrom: { secretKeyRef: { key: "url", name: "postgres-credentials" } },
          },
        },
      ]);

      // The same without the env entry. By discovery alone (no plugin block: no ARGOCD_APP_PARAMETERS
      // at all) nothing else renders the tutorial's manifests beside the project file: refused.
      const bare = await render(repos.tutorial, { ...r, plugin: { name: pluginName(config) } });
      assert.equal(bare.output, result.output);
      assert.equal(bare.run.stderr, "");
      const discovered = await render(repos.tutorial, { ...r, plugin: undefined });
      assert.ok(!generateEnv({ ...r, plugin: undefined }).some((e) => e.startsWith("ARGOCD_APP_PARAMETERS=")));
      assert.equal(discovered.run.code, 1);
      assert.equal(discovered.run.stdout, "");
      assert.match(
        discovered.run.stderr,
        /^app\.yaml: a Kubernetes manifest next to atlas\.project\.yaml \(and 1 more file here\), and the Application uses argocd-atlas by discovery/,
      );
    });

    it("renders the in-repo Application: the migrations ConfigMap and both AtlasMigrations, in wave -2", async () => {
      const r = requestFor(readApplication("application-in-repo.yaml"), repos.self.sha);
      const result = await render(repos.self, r);
      assert.equal(result.run.code, 0, result.run.stderr);
      assert.equal(result.run.stderr, "");
      const objects = result.objects!;
      const wave = "argocd.argoproj.io/sync-wave";
      assert.deepEqual(
        objects.map((o) => [o.apiVersion, o.kind, o.metadata.namespace, o.metadata.name, o.metadata.annotations[wave]]),
        [
          ["v1", "ConfigMap", "shop", "app-migrations-97fe0c3696", "-2"],
          ["db.atlasgo.io/v1alpha1", "AtlasMigration", "shop", "app", "-2"],
          ["db.atlasgo.io/v1alpha1", "AtlasMigration", "shop", "billing", "-2"],
        ],
      );
      const [configMap, app, billing] = objects as [Obj, Obj, Obj];
      assert.equal(configMap.immutable, true);
      const migrations = join(repoRoot, "examples/in-repo/migrations/app");
      const files = readdirSync(migrations)
        .filter((f) => f.endsWith(".sql") || f === "atlas.sum")
        .sort();
      assert.deepEqual(configMap.data, Object.fromEntries(files.map((f) => [f, readFileSync(join(migrations, f), "utf8")])));
      assert.deepEqual(app.spec.dir, { configMapRef: { name: configMap.metadata.name } });
      assert.deepEqual(billing.spec.dir, { remote: { name: "billing", tag: "6f1c2d0e9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e" } });

      // An Application in another namespace gets ARGOCD_APP_NAME <namespace>_<name>: the same output.
      const app2 = readApplication("application-in-repo.yaml");
      const elsewhere = requestFor({ ...app2, metadata: { ...app2.metadata, namespace: "team-a" } }, repos.self.sha);
      assert.equal(elsewhere.appName, "team-a_shop-prod");
      assert.equal((await render(repos.self, elsewhere)).output, result.output);
    });

    it("takes the environment from an env entry expanded from the target revision", async () => {
      const app = readApplication("application-in-repo.yaml");
      const r: AppRequest = {
        ...requestFor(app, repos.self.sha),
        targetRevision: "staging",
        plugin: { name: pluginName(config), env: [{ name: "ATLAS_ENVIRONMENT", value: "$ARGOCD_APP_SOURCE_TARGET_REVISION" }] },
      };
      assert.ok(generateEnv(r).includes("ARGOCD_ENV_ATLAS_ENVIRONMENT=staging"));
      const result = await render(repos.self, r);
      assert.equal(result.run.code, 0, result.run.stderr);
      const billing = result.objects!.find((o) => o.metadata.name === "billing")!;
      assert.equal(billing.metadata.annotations["argocd.argoproj.io/sync-wave"], "-1");
      assert.deepEqual(billing.spec.dir, { remote: { name: "billing", tag: "0a1b2c3d4e5f60718293a4b5c6d7e8f901234567" } });
    });
  });

  describe("failures: non-zero exit, nothing on stdout, one line on stderr", () => {
    async function fails(repo: { dir: string }, r: AppRequest, stderr: (workDir: string) => string): Promise<void> {
      const result = await render(repo, r);
      const expected = stderr(realpathSync(result.workDir));
      assert.deepEqual({ code: result.run.code, stdout: result.run.stdout, stderr: result.run.stderr }, { code: 1, stdout: "", stderr: `${expected}\n` });
      assert.equal(result.error, `\`argocd-atlas generate\` failed exit status 1: ${expected}`);
    }

    it("an environment the project does not define", async () => {
      const r = requestFor(readApplication("application-in-repo.yaml"), repos.self.sha);
      r.plugin = { ...r.plugin, parameters: [{ name: "environment", string: "qa" }] };
      await fails(
        repos.self,
        r,
        () => `parameter environment: environment "qa" is not defined in atlas.project.yaml: use one of ${inRepoEnvironments.join(", ")}`,
      );
    });

    it("a migration file changed after atlas.sum was written", async () => {
      const dir = join(base, "repos/broken-sum");
      cpSync(repos.self.dir, dir, { recursive: true });
      writeFileSync(join(dir, "examples/in-repo/migrations/app/20240215093000_add_orders.sql"), "-- edited after hashing\n", { flag: "a" });
      const sha = commitAll(dir, "Edit a migration");
      const r = requestFor(readApplication("application-in-repo.yaml"), sha);
      await fails(
        { dir },
        r,
        () =>
          `../migrations/app/atlas.sum: checksum mismatch: 20240215093000_add_orders.sql differs from its atlas.sum entry (edited after hashing, or an earlier file changed); run \`atlas migrate hash\` if the change is intended, and commit atlas.sum`,
      );
    });

    it("a database URL with a password", async () => {
      const dir = join(base, "repos/credential-url");
      mkdirSync(join(dir, "db"), { recursive: true });
      writeFileSync(
        join(dir, "db/atlas.project.yaml"),
        [
          "version: 1",
          "databases:",
          "  app:",
          "    url: postgres://app:s3cret@db.shop.svc:5432/app?sslmode=disable",
          "    dir: {remote: {name: app, tag: 1d579be616db48803bb21713fd836a9165030f18}}",
          "environments:",
          "  prod: {}",
          "",
        ].join("\n"),
      );
      const sha = commitAll(dir, "Add the database");
      const r: AppRequest = { ...requestFor(readApplication("application-tutorial.yaml"), sha), path: "db" };
      await fails(
        { dir },
        r,
        () =>
          "atlas.project.yaml:4:10: databases.app.url: the URL carries a password: put the URL in a Secret and reference it with urlFrom: {secretKeyRef: {name: <secret>, key: <key>}}",
      );
    });
  });

  describe("parameters (the dynamic announcements for the UI)", () => {
    it("announces the in-repo project's environments, required, once", async () => {
      const r = requestFor(readApplication("application-in-repo.yaml"), repos.self.sha);
      const { run, announcements } = await announceParameters(sidecar, config, streamRepository(sidecar, repos.self.dir), r);
      durations.push(run.ms);
      const dynamic = {
        name: "environment",
        title: "Environment",
        tooltip: `One of: ${inRepoEnvironments.join(", ")}.`,
        required: true,
        collectionType: "string",
      };
      assert.equal(run.stdout, `${JSON.stringify([dynamic])}\n`);
      assert.equal(run.stderr, "");
      assert.deepEqual(announcements, [dynamic]);
      // Fields of Argo CD's ParameterAnnouncement only; anything else would be dropped.
      const known = ["name", "title", "tooltip", "required", "itemType", "collectionType", "string", "array", "map"];
      for (const a of announcements) for (const key of Object.keys(a)) assert.ok(known.includes(key), key);
    });

    it("announces the tutorial's only environment as the default", async () => {
      const r = requestFor(readApplication("application-tutorial.yaml"), repos.tutorial.sha);
      const { run } = await announceParameters(sidecar, config, streamRepository(sidecar, repos.tutorial.dir), r);
      durations.push(run.ms);
      assert.equal(
        run.stdout,
        '[{"name":"environment","title":"Environment","tooltip":"One of: prod. The only one is used when left empty.","required":false,"collectionType":"string","string":"prod"}]\n',
      );
    });
  });

  it("stays far below Argo CD's 60 s timeout", (t) => {
    assert.ok(durations.length >= 10, `${durations.length} runs timed`);
    const slowest = Math.max(...durations);
    t.diagnostic(`${durations.length} runs, slowest ${slowest.toFixed(0)} ms, mean ${(durations.reduce((a, b) => a + b, 0) / durations.length).toFixed(0)} ms`);
    assert.ok(slowest < deadlineMs);
  });
});
