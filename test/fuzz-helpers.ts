/**
 * Shared generators for the property tests (fuzz-project, secrets) and the benchmarks:
 * a seeded PRNG, random valid project files built from the shapes of the project schema,
 * Atlas migration directories with a valid atlas.sum, an explicit oracle of the merge rules,
 * and mutations that break a valid input in one place.
 *
 * Everything is a pure function of a seed, so a failure names a seed that reproduces it.
 */
import { isDeepStrictEqual } from "node:util";
import { parse, parseAllDocuments, stringify } from "yaml";
import { projectSchema } from "../src/project/schema.js";
import { deref, type Schema } from "../src/project/schema-problems.js";
import { computeEntries, formatSumFile } from "../src/render/atlas-sum.js";

/** Seeded PRNG (mulberry32, as in test/yaml-stream.test.ts). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rand {
  readonly next: () => number;
  constructor(readonly seed: number) {
    this.next = prng(seed);
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** Up to `max` distinct items, in their original order. */
  some<T>(items: readonly T[], max = items.length): T[] {
    const n = this.int(0, Math.min(max, items.length));
    const chosen = new Set<number>();
    while (chosen.size < n) chosen.add(this.int(0, items.length - 1));
    return [...chosen].sort((a, b) => a - b).map((i) => items[i]!);
  }
  chars(alphabet: string, min: number, max: number): string {
    let s = "";
    // By code point: half of an emoji is no string a project file can hold.
    const points = [...alphabet];
    for (let n = this.int(min, max); n > 0; n--) s += points[this.int(0, points.length - 1)];
    return s;
  }
  /** Short lengths mostly, the limit itself sometimes. */
  length(max: number): number {
    return this.chance(0.1) ? max : this.int(1, Math.min(max, 12));
  }
}

// --- names (each valid for its field) -----------------------------------------------------

const lower = "abcdefghijklmnopqrstuvwxyz";
const digits = "0123456789";
const alnum = lower + digits;

/** A DNS-1123 label of at most `max` characters. */
export function dnsLabel(r: Rand, max = 63): string {
  const n = r.length(max);
  if (n === 1) return r.chars(alnum, 1, 1);
  const label = r.chars(alnum, 1, 1) + r.chars(`${alnum}-`, n - 2, n - 2) + r.chars(alnum, 1, 1);
  return label.length < max ? label : label.replace(/^[eE]([0-9]+)$/, "x$1");
}

function dnsSubdomain(r: Rand): string {
  return Array.from({ length: r.int(1, 3) }, () => dnsLabel(r, 20)).join(".");
}

const mixed = `${lower}ABCDEFGHIJKLMNOPQRSTUVWXYZ${digits}`;

function qualifiedName(r: Rand): string {
  const n = r.length(63);
  if (n === 1) return r.chars(mixed, 1, 1);
  const name = r.chars(mixed, 1, 1) + r.chars(`${mixed}-_.`, n - 2, n - 2) + r.chars(mixed, 1, 1);
  return name.length < 63 ? name : name.replace(/^[eE]([0-9]+)$/, "x$1");
}

/** A label or annotation key: an optional DNS subdomain prefix, then a name of at most 63 characters. */
export function labelKey(r: Rand): string {
  const key = (r.chance(0.5) ? `${dnsSubdomain(r)}/` : "") + qualifiedName(r);
  return key === "argocd.argoproj.io/sync-wave" ? "sync-wave" : key;
}

export function labelValue(r: Rand): string {
  return r.chance(0.1) ? "" : qualifiedName(r);
}

/** Strings YAML readers and writers get wrong most often; any of them is a valid annotation value. */
export const trickyStrings = [
  "",
  " ",
  "yes",
  "No",
  "on",
  "OFF",
  "y",
  "n",
  "~",
  "null",
  "true",
  "<<",
  "=",
  "-1",
  "+1",
  "010",
  "0x1F",
  "1_000",
  "1:20",
  "1e3",
  ".5",
  ".inf",
  "2001-12-14",
  "a: b",
  "a:",
  "#x",
  "a #b",
  "- x",
  "? x",
  "[x]",
  "{x}",
  "*x",
  "&x",
  "!x",
  "|",
  ">",
  "%x",
  "@x",
  "`x",
  "'x'",
  '"x"',
  "x\n",
  "\n",
  "x\n\n",
  "  lead\n",
  "\tTab\n",
  "trailing \nspace  \n",
  "emoji 😀\n",
  "é",
  "\\",
  "C:\\path",
  "https://api.atlasgo.cloud/query",
  "20240101000000",
  "CREATE TABLE t (\n  id int\n);\n",
  "--- \n",
  "...\n",
  "x\n---\ny\n",
  "__proto__",
  "constructor",
];

const stringAlphabet = `${mixed} -_.:/#'"\\\n\té😀{}[],&*!|>%@\``;

export function anyString(r: Rand, min = 0): string {
  const s = r.chance(0.5) ? r.pick(trickyStrings) : r.chars(stringAlphabet, 0, 20);
  return s.length >= min ? s : `${s}x`.padEnd(min, "x");
}

function secretKey(r: Rand): string {
  return r.chars(`${mixed}-._`, 1, 12);
}

export function secretRef(r: Rand): { secretKeyRef: { name: string; key: string } } {
  return { secretKeyRef: { name: dnsSubdomain(r), key: secretKey(r) } };
}

export function varName(r: Rand): string {
  if (r.chance(0.1)) return r.pick(["__proto__", "constructor", "toString", "hasOwnProperty", "_"]);
  return r.chars(`${lower}ABCDEFGHIJKLMNOPQRSTUVWXYZ_`, 1, 1) + r.chars(`${mixed}_`, 0, 10);
}

/** URL parameter names that do not look like credentials (those are rejected, see src/project/checks.ts). */
function parameterName(r: Rand): string {
  return r.pick(["sslmode", "connect_timeout", "search_path", "application_name", "charset", "__proto__", "x-y.z"]);
}

// --- migration directories ------------------------------------------------------------------

export type RepoFiles = Record<string, string | Buffer>;

/**
 * An Atlas migration directory: `count` *.sql files (and optionally other files Atlas ignores)
 * with a valid atlas.sum. `tag` makes the content unique to this directory.
 */
export function migrationDir(r: Rand, count: number, tag: string): RepoFiles {
  const files: Record<string, Buffer> = {};
  let version = 20240101000000;
  for (let i = 1; i <= count; i++) {
    // Versions must differ (the operator refuses two files of one version).
    version += r.int(1, 99);
    const name = `${version}_${r.chars(lower, 1, 8)}.sql`;
    files[name] = Buffer.from(sqlText(r, `${tag} ${i}`));
  }
  const out: RepoFiles = { ...files, "atlas.sum": sumOf(files) };
  if (r.chance(0.2)) out["README.md"] = "Atlas ignores this file.\n";
  return out;
}

/** atlas.sum for the given *.sql files, as `atlas migrate hash` writes it. */
export function sumOf(files: Record<string, string | Buffer>): string {
  return formatSumFile(computeEntries(Object.entries(files).map(([name, bytes]) => ({ name, bytes: Buffer.from(bytes) }))));
}

function sqlText(r: Rand, tag: string): string {
  const parts = [
    `-- ${tag}\n`,
    `CREATE TABLE t_${r.chars(lower, 3, 8)} (id int PRIMARY KEY, name text NOT NULL DEFAULT 'é😀');\n`,
    "INSERT INTO t VALUES (1, 'yes'), (2, 'no: \"quoted\"');\n",
    "-- trailing spaces   \n",
    "\tindented with a tab;\r\n",
    "COMMENT ON TABLE t IS E'line\\nbreak';\n",
    "\n\n",
  ];
  let s = r.chance(0.1) ? "-- atlas:sum ignore\n" : "";
  s += parts[0];
  for (const p of r.some(parts.slice(1))) s += p;
  // A file without a final newline now and then.
  return r.chance(0.1) ? s.trimEnd() : s;
}

// --- random valid projects ------------------------------------------------------------------

export type Json = Record<string, unknown>;

export interface GeneratedProject {
  project: Json;
  /** Files of the repository besides atlas.project.yaml: the in-repo migration directories. */
  files: RepoFiles;
  /** In-repo directory path (as written in dir.path) -> its files. */
  dirs: Record<string, RepoFiles>;
  /** The project file's text. */
  text: string;
}

interface ScopeContext {
  dirPaths: readonly string[];
  /** Complete enough to render on its own (used for defaults most of the time). */
  complete: boolean;
  /** A database scope may set `name`. */
  database: boolean;
}

export function randomProject(r: Rand): GeneratedProject {
  const dirs: Record<string, RepoFiles> = {};
  const files: RepoFiles = {};
  const dirCount = r.int(0, 3);
  for (let i = 0; i < dirCount; i++) {
    const path = r.pick([`migrations/d${i}`, `db/d${i}/migrations`, `./d${i}`, `deep/a/b/d${i}`]);
    dirs[path] = migrationDir(r, r.int(1, 5), `dir ${i} seed ${r.seed}`);
    for (const [name, content] of Object.entries(dirs[path]!)) files[`${path.replace(/^\.\//, "")}/${name}`] = content;
  }
  const dirPaths = Object.keys(dirs);
  const dbNames = unique(() => (r.chance(0.1) ? r.pick(["app", "123", "a", "x-1"]) : dnsLabel(r, 50)), r.int(1, 6));
  const envNames = unique(() => (r.chance(0.2) ? r.pick(["prod", "dev", "staging", "e2e"]) : dnsLabel(r, 63)), r.int(1, 4));

  const project: Json = { version: 1 };
  // Complete defaults, or (as in projects without shared settings) complete databases, mostly.
  const sharedDefaults = r.chance(0.8);
  if (sharedDefaults || r.chance(0.5)) project.defaults = scopeSettings(r, { dirPaths, complete: sharedDefaults, database: false });
  project.databases = Object.fromEntries(dbNames.map((db) => [db, scopeSettings(r, { dirPaths, complete: !sharedDefaults && r.chance(0.9), database: true })]));
  project.environments = Object.fromEntries(
    envNames.map((env) => {
      const settings = scopeSettings(r, { dirPaths, complete: false, database: false });
      const overrides = r.some(dbNames, 3);
      if (overrides.length > 0 || r.chance(0.1)) {
        settings.databases = Object.fromEntries(overrides.map((db) => [db, scopeSettings(r, { dirPaths, complete: false, database: true })]));
      }
      return [env, settings];
    }),
  );
  return { project, files, dirs, text: projectText(r, project) };
}

function unique(make: () => string, n: number): string[] {
  const out = new Set<string>();
  for (let tries = 0; out.size < n && tries < 50; tries++) out.add(make());
  return [...out];
}

/** The project as YAML, in one of several styles (block, flow, quoted...). */
export function projectText(r: Rand, project: Json): string {
  const header = r.chance(0.3) ? "# yaml-language-server: $schema=./atlas.project.schema.json\n" : "";
  const options = {
    collectionStyle: r.pick(["any", "any", "block", "flow"] as const),
    defaultStringType: r.pick(["PLAIN", "PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE"] as const),
    indent: r.pick([2, 2, 4]),
    lineWidth: r.pick([0, 80]),
  };
  // The yaml package does not always write what it reads back: a block scalar starting with
  // spaces gets a wrong indentation indicator with indent 4 (`|2` where it needs `|4`), and a
  // plain `f:` is left unquoted in some styles. Fall back to the plainest style then.
  const roundTrips = (text: string) => {
    try {
      return isDeepStrictEqual(parse(text), project);
    } catch {
      return false;
    }
  };
  let text = stringify(project, options);
  if (!roundTrips(text))
    text = stringify(project, { indent: 2, lineWidth: 0, collectionStyle: "block", defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN" });
  if (!roundTrips(text)) throw new Error(`the generator cannot write this project as YAML: ${JSON.stringify(project)}`);
  return header + text;
}

/** One scope's settings, drawn from the fields of the project schema (src/project/schema.ts). */
function scopeSettings(r: Rand, ctx: ScopeContext): Json {
  const s: Json = {};
  const p = ctx.complete ? 0.25 : 0.12;
  const maybe = (field: string, make: () => unknown, chance = p) => {
    if (r.chance(chance)) s[field] = make();
  };
  if (ctx.database) maybe("name", () => dnsLabel(r, 50), 0.15);
  maybe("enabled", () => r.chance(0.7), 0.06);
  maybe("namespace", () => dnsLabel(r, 63));
  maybe("labels", () => Object.fromEntries(Array.from({ length: r.int(0, 3) }, () => [labelKey(r), labelValue(r)])));
  maybe("annotations", () => Object.fromEntries(Array.from({ length: r.int(0, 3) }, () => [labelKey(r), anyString(r)])));
  maybe("syncWave", () => r.pick([-1000000, -1, 0, 1, 1000000, r.int(-50, 50)]));
  // One member of each group of alternatives at most (two in one scope is an error).
  if (ctx.complete || r.chance(p)) {
    const target = ctx.complete ? r.pick(["url", "urlFrom", "urlFrom", "credentials"]) : r.pick(["url", "urlFrom", "credentials"]);
    s[target] = target === "url" ? plainUrl(r) : target === "urlFrom" ? secretRef(r) : credentials(r, ctx.complete);
  }
  if (ctx.complete || r.chance(p)) {
    const kind = ctx.dirPaths.length > 0 && r.chance(0.4) ? "path" : r.pick(["remote", "remote", "configMapRef"]);
    s.dir =
      kind === "path"
        ? { path: r.pick(ctx.dirPaths) }
        : kind === "configMapRef"
          ? { configMapRef: { name: dnsSubdomain(r) } }
          : { remote: remoteDir(r, ctx.complete) };
  } else if (r.chance(0.02)) {
    s.dir = {};
  }
  if (ctx.complete || r.chance(p)) {
    const cloud: Json = {};
    if (ctx.complete || r.chance(0.5)) cloud.tokenFrom = secretRef(r);
    if (r.chance(0.3)) cloud.project = anyString(r, 1);
    if (r.chance(0.2)) cloud.url = r.pick(["https://api.atlasgo.cloud/query", "http://localhost:8080/query"]);
    s.cloud = cloud;
  }
  maybe("envName", () => anyString(r, 1));
  if (r.chance(p)) {
    if (r.chance(0.5)) s.devURL = r.pick(["docker://postgres/15/dev", "sqlite://dev?mode=memory", "mysql://db:3306/dev"]);
    else s.devURLFrom = secretRef(r);
  }
  maybe("execOrder", () => r.pick(["linear", "linear-skip", "non-linear"]));
  maybe("baseline", () => r.pick(["20240101000000", "1", anyString(r, 1)]));
  maybe("revisionsSchema", () => r.pick(["atlas_schema_revisions", "public", anyString(r, 1)]));
  maybe(
    "protectedFlows",
    () => {
      const down: Json = {};
      if (r.chance(0.7)) down.allow = r.chance(0.5);
      if (r.chance(0.7)) down.autoApprove = r.chance(0.5);
      return r.chance(0.9) ? { migrateDown: down } : {};
    },
    p / 3,
  );
  maybe("backoffLimit", () => r.pick([0, 1, 20, 1000000, r.int(0, 100)]));
  maybe("vars", () =>
    Object.fromEntries(
      Array.from({ length: r.int(0, 3) }, () => [
        varName(r),
        r.chance(0.5)
          ? { value: anyString(r) }
          : { valueFrom: r.chance(0.5) ? secretRef(r) : { configMapKeyRef: { name: dnsSubdomain(r), key: secretKey(r) } } },
      ]),
    ),
  );
  if (r.chance(p / 2)) {
    if (r.chance(0.5)) s.config = 'env "kubernetes" {\n  url = getenv("DB_URL")\n}\n';
    else s.configFrom = secretRef(r);
  }
  return s;
}

function plainUrl(r: Rand): string {
  return r.pick(["postgres://db:5432/app?sslmode=disable", "mysql://root@db:3306/app", "sqlite://file.db?_fk=1", "postgres://user@db/app?search_path=public"]);
}

function credentials(r: Rand, complete: boolean): Json {
  const c: Json = {};
  if (complete || r.chance(0.7)) c.scheme = r.pick(["postgres", "mysql", "sqlserver", "clickhouse"]);
  if (r.chance(0.5)) {
    if (r.chance(0.5)) c.user = "app";
    else c.userFrom = secretRef(r);
  }
  if (r.chance(0.6)) c.passwordFrom = secretRef(r);
  if (complete || r.chance(0.7)) {
    if (r.chance(0.5)) c.host = dnsSubdomain(r);
    else c.hostFrom = secretRef(r);
  }
  if (r.chance(0.4)) c.port = r.pick([1, 5432, 3306, 65535]);
  if (r.chance(0.4)) c.database = anyString(r, 1);
  if (r.chance(0.3)) c.parameters = Object.fromEntries(Array.from({ length: r.int(0, 2) }, () => [parameterName(r), anyString(r)]));
  return c;
}

function remoteDir(r: Rand, complete: boolean): Json {
  const remote: Json = {};
  if (complete || r.chance(0.8)) remote.name = r.chars(`${mixed}-_.`, 1, 12);
  // Mostly a concrete tag; a floating one (absent or latest) gives a warning, not an error.
  if (complete ? r.chance(0.9) : r.chance(0.5)) remote.tag = r.chance(0.9) ? r.chars("0123456789abcdef", 7, 40) : "latest";
  return remote;
}

// --- the oracle: the merge rules of README.md, written out independently of src/ -----------

/** Groups of alternatives: a scope setting one member drops the others inherited (README "Scopes and merge rules"). */
const alternatives: ReadonlyArray<{ at: string; fields: readonly string[] }> = [
  { at: "", fields: ["url", "urlFrom", "credentials"] },
  { at: "", fields: ["devURL", "devURLFrom"] },
  { at: "", fields: ["config", "configFrom"] },
  { at: "dir", fields: ["remote", "path", "configMapRef"] },
  { at: "credentials", fields: ["user", "userFrom"] },
  { at: "credentials", fields: ["host", "hostFrom"] },
];

/** The scopes of one database in one environment, widest first (absent scopes left out). */
export function scopesOf(project: Json, env: string, db: string): Json[] {
  const environments = project.environments as Record<string, Json>;
  const { databases: overrides, ...environment } = environments[env]!;
  const narrow = (overrides as Record<string, Json> | undefined)?.[db];
  return [project.defaults as Json | undefined, (project.databases as Record<string, Json>)[db]!, environment, narrow].filter(
    (s): s is Json => s !== undefined,
  );
}

/** Mappings merge key by key; scalars, lists, `*From`, configMapRef and each variable are replaced whole. */
export function mergeSettings(scopes: readonly Json[]): Json {
  const into: Json = {};
  for (const scope of scopes) overlay(into, scope, []);
  return into;
}

function overlay(into: Json, from: Json, at: readonly string[]): void {
  for (const [key, value] of Object.entries(from)) {
    const group = alternatives.find((g) => g.at === at.join(".") && g.fields.includes(key));
    for (const other of group?.fields ?? []) if (other !== key) delete into[other];
    const path = [...at, key];
    const whole = key.endsWith("From") || key === "configMapRef" || (path.length === 2 && path[0] === "vars");
    if (isMapping(value) && !whole) {
      if (!isMapping(into[key])) define(into, key, {});
      overlay(into[key] as Json, value, path);
    } else {
      define(into, key, structuredClone(value));
    }
  }
}

export function isMapping(v: unknown): v is Json {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function define(o: Json, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The value the narrowest scope that sets `field` gives it (for fields outside any group). */
export function narrowest(scopes: readonly Json[], field: string): unknown {
  for (let i = scopes.length - 1; i >= 0; i--) if (scopes[i]![field] !== undefined) return scopes[i]![field];
  return undefined;
}

export interface ExpectedTarget {
  database: string;
  settings: Json;
  scopes: Json[];
  name: string;
  namespace: string | undefined;
}

export interface Expectation {
  targets: ExpectedTarget[];
  /** One distinctive substring per expected stderr line when the render must fail. */
  errors: string[];
  /** One substring per warning line when the render succeeds. */
  warnings: string[];
}

/**
 * What rendering `env` must give: the targets, or the problems (one line each). The rules are
 * those of README.md, checked in the order the plugin reports them.
 */
export function expectRender(project: Json, env: string, namespace: string | undefined): Expectation {
  const targets: ExpectedTarget[] = [];
  for (const database of Object.keys(project.databases as Json)) {
    const scopes = scopesOf(project, env, database);
    const settings = mergeSettings(scopes);
    if (settings.enabled === false) continue;
    targets.push({
      database,
      settings,
      scopes,
      name: (settings.name as string | undefined) ?? database,
      namespace: (settings.namespace as string | undefined) ?? namespace,
    });
  }
  if (targets.length === 0) return { targets, errors: [`environment ${JSON.stringify(env)} renders no database (all are disabled)`], warnings: [] };
  const errors = targets.flatMap((t) => targetErrors(t, env));
  if (errors.length > 0) return { targets, errors, warnings: [] };
  // Two objects of the same kind, namespace and name collide (the second is reported).
  const seen = new Set<string>();
  for (const t of targets) {
    const path = (t.settings.dir as Json | undefined)?.path as string | undefined;
    const keys = path === undefined ? [] : [`ConfigMap/${t.namespace ?? ""}/${t.name}/${path}`];
    keys.push(`AtlasMigration/${t.namespace ?? ""}/${t.name}`);
    for (const key of keys) {
      if (seen.has(key)) errors.push(`rendered ${key.split("/")[0]} ${key.startsWith("ConfigMap") ? `"${t.name}-migrations-` : JSON.stringify(t.name)}`);
      seen.add(key);
    }
  }
  const warnings = targets.flatMap((t) => {
    const remote = (t.settings.dir as Json | undefined)?.remote as Json | undefined;
    const floating = remote?.tag === undefined || remote.tag === "" || remote.tag === "latest";
    return remote?.name && floating
      ? [`warning: database ${JSON.stringify(t.database)} in environment ${JSON.stringify(env)} follows the floating latest version`]
      : [];
  });
  return { targets, errors, warnings };
}

function targetErrors(t: ExpectedTarget, env: string): string[] {
  const s = t.settings;
  const scope = `database ${JSON.stringify(t.database)} in environment ${JSON.stringify(env)}`;
  const out: string[] = [];
  const dir = (s.dir ?? {}) as Json;
  const remote = dir.remote as Json | undefined;
  const credentials = s.credentials as Json | undefined;
  const down = ((s.protectedFlows as Json | undefined)?.migrateDown ?? {}) as Json;
  if (!remote && !dir.path && !dir.configMapRef) out.push(`${scope} has no migration directory`);
  if (remote && !remote.name) out.push(`${scope}: dir.remote needs a name`);
  if (remote && !(s.cloud as Json | undefined)?.tokenFrom && !s.config && !s.configFrom) out.push(`${scope}: a registry directory needs cloud.tokenFrom`);
  if (!s.url && !s.urlFrom && !credentials && !s.config && !s.configFrom) out.push(`${scope} has no target database`);
  if (credentials && !credentials.host && !credentials.hostFrom) out.push(`${scope}: credentials need host or hostFrom`);
  if (credentials && !credentials.scheme) out.push(`${scope}: credentials need a scheme`);
  if (remote && down.autoApprove) out.push(`${scope}: autoApprove is not allowed with a registry directory`);
  if (!remote && down.allow && !down.autoApprove) out.push(`${scope}: with an in-repo directory, allow needs autoApprove`);
  return out;
}

/** Each expected substring matched by its own line, and no line left over. */
export function linesMatch(lines: readonly string[], expected: readonly string[]): boolean {
  if (lines.length !== expected.length) return false;
  const free = [...lines];
  for (const e of expected) {
    const i = free.findIndex((l) => l.includes(e));
    if (i === -1) return false;
    free.splice(i, 1);
  }
  return true;
}

// --- reading the output -----------------------------------------------------------------------

/** The objects of a YAML stream, read with YAML 1.2 and 1.1 rules (Argo CD reads with Go's YAML 1.1). */
export function readStream(stream: string): { v12: Json[]; v11: Json[]; errors: string[] } {
  const read = (version: "1.1" | "1.2") => parseAllDocuments(stream, { version, uniqueKeys: true });
  const d12 = read("1.2");
  const d11 = read("1.1");
  const errors = [...d12, ...d11].flatMap((d) => [...d.errors, ...d.warnings].map((e) => e.message));
  return { v12: d12.map((d) => d.toJS() as Json), v11: d11.map((d) => d.toJS() as Json), errors };
}

// --- mutations --------------------------------------------------------------------------------

export interface Mutation {
  name: string;
  /** The project file's new content (bytes: a mutation may break the encoding). */
  text?: Buffer;
  /** Repository files to replace (a missing file is written; `null` deletes it). */
  files?: Record<string, string | Buffer | null>;
}

/** Paths to every mapping in `value`, with the mapping. */
function mappings(value: unknown, at: (string | number)[] = []): { path: (string | number)[]; map: Json }[] {
  if (!isMapping(value)) return Array.isArray(value) ? value.flatMap((v, i) => mappings(v, [...at, i])) : [];
  return [{ path: at, map: value }, ...Object.entries(value).flatMap(([k, v]) => mappings(v, [...at, k]))];
}

const otherTypes: readonly unknown[] = [null, 0, -1, 1.5, true, "x", "", [], ["a"], {}, { a: 1 }, "yes", 99999999999];

/** Breaks a valid project in one place. */
export function mutate(r: Rand, g: GeneratedProject): Mutation {
  const kind = r.pick([
    "delete-key",
    "delete-key",
    "change-type",
    "change-type",
    "unknown-key",
    "corrupt-byte",
    "corrupt-byte",
    "truncate",
    "duplicate-line",
    "delete-line",
    "swap-lines",
    "insert-indicator",
    "tab",
    "break-sum",
    "break-dir",
  ]);
  const text = Buffer.from(g.text);
  const project = structuredClone(g.project);
  const all = mappings(project).filter((m) => Object.keys(m.map).length > 0);
  switch (kind) {
    case "delete-key": {
      const { map } = r.pick(all);
      delete map[r.pick(Object.keys(map))];
      return { name: kind, text: Buffer.from(projectText(r, project)) };
    }
    case "change-type": {
      const { map } = r.pick(all);
      define(map, r.pick(Object.keys(map)), structuredClone(r.pick(otherTypes)));
      return { name: kind, text: Buffer.from(projectText(r, project)) };
    }
    case "unknown-key": {
      const { map } = r.pick(mappings(project));
      define(map, r.pick(["replicas", "namespcae", "__proto__", "Name", "urlfrom", "spec", "x"]), structuredClone(r.pick(otherTypes)));
      return { name: kind, text: Buffer.from(projectText(r, project)) };
    }
    case "corrupt-byte": {
      const at = r.int(0, text.length - 1);
      text[at] = r.pick([0x00, 0x09, 0x0d, 0x22, 0x27, 0x3a, 0x2d, 0x5b, 0x7b, 0x26, 0x2a, 0x21, 0x7c, 0x80, 0xc3, 0xff, r.int(0, 255)]);
      return { name: kind, text };
    }
    case "truncate":
      return { name: kind, text: text.subarray(0, r.int(0, text.length - 1)) };
    case "duplicate-line":
    case "delete-line":
    case "swap-lines":
    case "insert-indicator":
    case "tab": {
      const lines = g.text.split("\n");
      const i = r.int(0, lines.length - 1);
      const j = r.int(0, lines.length - 1);
      if (kind === "duplicate-line") lines.splice(i, 0, lines[i]!);
      if (kind === "delete-line") lines.splice(i, 1);
      if (kind === "swap-lines") [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      if (kind === "insert-indicator") {
        const line = lines[i]!;
        const at = r.int(0, line.length);
        lines[i] = line.slice(0, at) + r.pick([": ", "- ", "&a ", "*a", "!!binary ", "? ", "{", "]", "'", '"', "#", "|", "\\", "\u0085"]) + line.slice(at);
      }
      if (kind === "tab") lines[i] = `\t${lines[i]}`;
      return { name: kind, text: Buffer.from(lines.join("\n")) };
    }
    case "break-sum":
    case "break-dir": {
      const paths = Object.keys(g.dirs);
      if (paths.length === 0) return { name: "truncate", text: text.subarray(0, r.int(0, text.length - 1)) };
      const dir = r.pick(paths);
      const base = dir.replace(/^\.\//, "");
      const files = g.dirs[dir]!;
      const sqlNames = Object.keys(files).filter((n) => n.endsWith(".sql"));
      if (kind === "break-sum") {
        const sum = String(files["atlas.sum"]);
        const lines = sum.split("\n");
        const i = r.int(0, lines.length - 1);
        const broken = r.pick([
          () => sum.replace(/[A-Za-z0-9]/, (c) => (c === "A" ? "B" : "A")),
          () => lines.filter((_, k) => k !== i).join("\n"),
          () => `${sum}extra.sql h1:AAAA\n`,
          () => sum.replace(/^h1:/, ""),
          () => sum.replace(/\n/g, "\r\n"),
          () => "",
          () => sum.slice(0, r.int(0, sum.length)),
          () => `\ufeff${sum}`,
        ])();
        return { name: kind, files: { [`${base}/atlas.sum`]: broken } };
      }
      const victim = r.pick(sqlNames);
      return {
        name: kind,
        files: r.pick([
          () => ({ [`${base}/${victim}`]: null }),
          () => ({ [`${base}/${victim}`]: `${String(files[victim])}-- edited\n` }),
          () => ({ [`${base}/9999_new.sql`]: "SELECT 1;\n" }),
          () => ({ [`${base}/${victim}`]: Buffer.from([0x2d, 0x2d, 0x20, 0xff, 0xfe, 0x0a]) }),
          () => ({ [`${base}/bad name.sql`]: "SELECT 1;\n" }),
          () => ({ [`${base}/atlas.sum`]: null }),
        ])(),
      };
    }
    default:
      throw new Error(`unknown mutation ${kind}`);
  }
}

// --- credentials in every shape -------------------------------------------------------------

export interface CredentialSample {
  /** The value to plant. */
  text: string;
  /** The part that must never be printed. */
  secret: string;
  /** How it is built, for failure messages. */
  shape: string;
}

const schemes = [
  "postgres",
  "postgresql",
  "POSTGRES",
  "mysql",
  "mysql+unix",
  "maria",
  "mariadb",
  "sqlserver",
  "clickhouse",
  "libsql",
  "sqlite",
  "redis",
  "mongodb+srv",
  "https",
  "http",
  "docker",
  "spanner",
  "jdbc:postgresql",
  "jdbc:mysql",
  "x-custom.1",
];
const hosts = ["db", "db.example.com", "10.0.0.7", "[::1]", "[2001:db8::1]", "db-0.db.svc.cluster.local", ""];

/** A password: distinctive (so a test can look for it), with the characters users put in one. */
function password(r: Rand): string {
  const marker = `Pw${r.chars(alnum, 6, 10)}`;
  const extra = r.pick(["", "@", "@x", ":", "%40", "%3A", "+", "!", "$", "&", "*", "(", ")", "=", "~", "é", "%25", ",", "-_."]);
  return r.chance(0.5) ? marker + extra : extra + marker;
}

/** A name Atlas's drivers take a password or token from, in any case or encoding. */
export const credentialParameterNames = [
  "password",
  "PASSWORD",
  "Password",
  "pass",
  "PASS",
  "pwd",
  "PWD",
  "passwd",
  "sslpassword",
  "sslPassword",
  "SSLPassword",
  "db_pass",
  "db-password",
  "user.password",
  "_auth_pass",
  "authToken",
  "auth_token",
  "access_token",
  "client_secret",
  "api_key",
  "apikey",
  "secret",
  "token",
  "credentials",
  "%70assword",
  "pass%77ord",
  "%50WD",
  "passphrase",
];

function withAround(r: Rand, core: string): string {
  return r.pick([
    () => core,
    () => ` ${core}`,
    () => `${core} `,
    () => `\t${core}\n`,
    () => `url = "${core}"`,
    () => `connect with ${core} please`,
    () => `'${core}'`,
    () => `<${core}>`,
    () => `env "prod" {\n  url = "${core}"\n}\n`,
  ])();
}

export function credentialSample(r: Rand): CredentialSample {
  const secret = password(r);
  const user = r.pick(["app", "", "root", "user.name", "a%40b", "u-1"]);
  const host = r.pick(hosts);
  const port = r.chance(0.5) ? `:${r.int(1, 65535)}` : "";
  const path = r.pick(["", "/", "/app", "/app?sslmode=disable", "?x=1", "#frag", "/db/schema"]);
  const query = (pair: string) => {
    const others = r.some(["sslmode=disable", "search_path=public", "x=1", "application_name=shop"], 2);
    const at = r.int(0, others.length);
    const all = [...others.slice(0, at), pair, ...others.slice(at)];
    return all.join(r.pick(["&", "&", ";"]));
  };
  const kinds: Array<() => CredentialSample> = [
    () => ({ shape: "userinfo", secret, text: `${r.pick(schemes)}://${user}:${secret}@${host}${port}${path}` }),
    () => {
      const name = r.pick(credentialParameterNames);
      return {
        shape: `query ${name}`,
        secret,
        text: `${r.pick(schemes)}://${r.chance(0.5) ? `${user}@` : ""}${host || "db"}${port}/app?${query(`${name}=${secret}`)}`,
      };
    },
    () => ({
      shape: "jdbc list",
      secret,
      text: `jdbc:sqlserver://${host || "db"}${port};databaseName=app;${r.pick(["password", "Password", "PWD"])}=${secret};encrypt=true`,
    }),
    () => ({ shape: "ado.net", secret, text: `Server=${host || "db"};Database=app;User Id=app;${r.pick(["Password", "Pwd"])}=${secret};` }),
    () => {
      const value = r.pick([secret, `'${secret}'`, `"${secret}"`]);
      const sep = r.pick(["=", " = ", "= "]);
      const parts = r.some(["host=db", "port=5432", "dbname=app", "user=app", "sslmode=require"], 4);
      parts.splice(r.int(0, parts.length), 0, `${r.pick(["password", "PASSWORD", "sslpassword"])}${sep}${value}`);
      return { shape: "libpq", secret, text: parts.join(" ") };
    },
    () => ({
      shape: "mysql dsn",
      secret,
      text: `${r.pick(["app", "", "root"])}:${secret}@${r.pick(["tcp(db:3306)", "tcp([::1]:3306)", "unix(/var/run/mysqld.sock)", "", "tcp6(db)"])}/app${r.pick(["", "?parseTime=true"])}`,
    }),
    () => ({ shape: "oracle thin", secret, text: `jdbc:oracle:thin:scott/${secret}@${host || "db"}:1521/orcl` }),
    () => ({ shape: "hcl attribute", secret, text: `data "sql" "x" {\n  ${r.pick(["password", "pass", "db_password"])} = "${secret}"\n}\n` }),
  ];
  const sample = r.pick(kinds)();
  // Now and then the whole value percent-encoded inside another URL.
  if (r.chance(0.1)) return { ...sample, shape: `${sample.shape}, encoded`, text: `https://example.com/next?to=${encodeURIComponent(sample.text)}` };
  return { ...sample, text: withAround(r, sample.text) };
}

/** Values that look close to a credential but hold none (a check that refuses them is wrong). */
export function legitimateSample(r: Rand): string {
  return r.pick([
    () =>
      `${r.pick(schemes)}://${r.pick(["app@", "", "root@", "a%40b@"])}${r.pick(hosts.filter((h) => h !== ""))}${r.pick(["", ":5432"])}/app${r.pick(["", "?sslmode=disable", "?sslmode=disable&search_path=public", "?charset=utf8mb4&parseTime=true"])}`,
    () => r.pick(["db-password", "app-db-credentials", "atlas-token", "password", "secret", "token"]),
    () => `${r.pick(["app", "user"])}@${r.pick(["db", "db.example.com"])}`,
    () => `postgres://app:\${var.db_password}@db/app`,
    () => `mysql://root:\${urlescape(data.runtimevar.pass)}@db:3306/app`,
    () => `password = var.db_password`,
    () => `pass = data.runtimevar.pass`,
    () => `password = getenv("DB_PASSWORD")`,
    () => `sslmode=disable`,
    () => `?password=`,
    () => `host=db user=app dbname=app`,
    () => `bypass=true`,
    () => `password_encryption=scram-sha-256`,
    () => `PassThrough=1`,
    () => `mailto:dba@example.com`,
    () => `ssh://git@github.com/org/repo.git`,
    () => `jdbc:oracle:thin:@//db:1521/orcl`,
    () => `jdbc:oracle:thin:@db:1521:orcl`,
    () => `10:30 at the office`,
    () => r.pick(trickyStrings),
    () => anyString(r),
  ])();
}

// --- the string fields of the schema, and the worst inputs for each ---------------------------

export interface StringField {
  /** Path inside a scope's settings; `*` stands for a key of a map. */
  path: string[];
  /** The string is the key of a map entry rather than a value. */
  key: boolean;
  /** The subschema the string is checked against (for a key: the map's propertyNames). */
  schema: Schema;
}

/**
 * Every place a scope's settings hold a string, from the project schema: properties of type
 * string (and enums), values of maps, and the keys of maps. Derived, so a new field is covered.
 */
export function stringFieldsOf(schema: Schema, root: Schema = projectSchema as unknown as Schema, at: string[] = []): StringField[] {
  const node = deref(root, schema);
  const out: StringField[] = [];
  if (node.type === "string" || (node.enum !== undefined && at.length > 0)) out.push({ path: at, key: false, schema: node });
  const properties = node.properties as Record<string, Schema> | undefined;
  for (const [name, sub] of Object.entries(properties ?? {})) {
    if (at.length === 0 && name === "databases") continue;
    out.push(...stringFieldsOf(sub, root, [...at, name]));
  }
  if (node.type === "object" && node.additionalProperties !== undefined && node.additionalProperties !== false) {
    out.push({ path: [...at, "*"], key: true, schema: (node.propertyNames ?? {}) as Schema });
    out.push(...stringFieldsOf(node.additionalProperties as Schema, root, [...at, "*"]));
  }
  return out;
}

/** The settings of one database scope: every field a user can set. */
export const databaseSettingsSchema = (projectSchema.definitions as unknown as Record<string, Schema>).DatabaseSettings!;

/** A string field's limit; undefined for a field no value passes (credentials.password). */
export function maxLengthOf(field: StringField): number | undefined {
  if (field.schema.enum !== undefined) return Math.max(...(field.schema.enum as string[]).map((v) => v.length));
  return field.schema.maxLength as number | undefined;
}

/** A field no value passes: its only purpose is to be refused with the fix. */
export function isRefusedField(field: StringField): boolean {
  const not = field.schema.not as Schema | undefined;
  return not !== undefined && Object.keys(not).every((k) => k === "description");
}

/**
 * Inputs that make a careless regular expression or scan quadratic, at exactly `length`
 * characters: long runs of what a pattern repeats (letters, '-', ':', '/', '@', '=', line breaks,
 * blanks), repeated URL and parameter starts, and a near miss at the end.
 */
export function adversarialStrings(length: number): { name: string; text: string }[] {
  const fill = (unit: string, last = "") => {
    const body = unit.repeat(Math.ceil(length / unit.length)).slice(0, Math.max(0, length - last.length));
    return body + last;
  };
  return [
    { name: "letters", text: fill("a") },
    { name: "letters, then a bad last character", text: fill("a", "-") },
    { name: "dashes between letters, then a dash", text: fill("a-", "-") },
    { name: "dots and labels, then '!'", text: fill("a.", "!") },
    { name: "colons", text: fill(":") },
    { name: "slashes, then a letter", text: fill("/", "x") },
    { name: "at signs", text: fill("@") },
    { name: "scheme separators without a host", text: fill("a://") },
    { name: "user information without an end", text: fill("a:b") },
    { name: "parameter starts", text: fill("?a&b;c") },
    { name: "password parameters without a value", text: fill("password=") },
    { name: "equals signs with blanks", text: fill("= ") },
    { name: "percent escapes", text: fill("%41") },
    { name: "line breaks, then a letter", text: fill("\n", "x") },
    { name: "blanks, then a letter", text: fill(" ", "x") },
    { name: "interpolations without an end", text: fill("${") },
    { name: "MySQL DSN starts", text: fill("a:@(") },
  ];
}

/** A valid one-database project with `value` planted at `field` of the database's own scope. */
export function projectWith(field: StringField, value: string, scope: readonly string[] = ["databases", "app"]): { project: Json; path: (string | number)[] } {
  const project: Json = {
    version: 1,
    databases: { app: { urlFrom: { secretKeyRef: { name: "app-db", key: "url" } }, dir: { configMapRef: { name: "app-migrations" } } } },
    environments: { prod: {} },
  };
  let holder = project as Json;
  for (const seg of scope) holder = (holder[seg] ??= {}) as Json;
  const path: (string | number)[] = [...scope];
  for (const [i, seg] of field.path.entries()) {
    const last = i === field.path.length - 1;
    const name = seg === "*" ? (field.key && last ? value : "k") : seg;
    path.push(name);
    if (last) {
      if (!field.key) define(holder, name, value);
      else define(holder, name, field.path.length === 2 && field.path[0] === "vars" ? { value: "v" } : "v");
    } else {
      if (!isMapping(holder[name])) define(holder, name, {});
      holder = holder[name] as Json;
    }
  }
  return { project, path };
}

export interface WorstCase {
  name: string;
  /** atlas.project.yaml. */
  text: string;
}

/** For every string field of the schema, each adversarial string at the field's maximum length. */
export function worstCaseFieldInputs(): WorstCase[] {
  const out: WorstCase[] = [];
  for (const field of stringFieldsOf(databaseSettingsSchema)) {
    const max = maxLengthOf(field) ?? 65536;
    for (const { name, text } of adversarialStrings(max)) {
      const { project } = projectWith(field, text);
      out.push({ name: `${field.path.join(".")}${field.key ? " (key)" : ""}: ${name}, ${max} characters`, text: stringify(project, { lineWidth: 0 }) });
    }
  }
  return out;
}

/**
 * Small files asking for large work: settings of a wide scope copied into every database, many
 * undeclared overrides (each would look for a suggestion), many variables replaced scope by scope.
 */
export function worstCaseProjects(scale = 1): WorstCase[] {
  const n = (count: number) => Math.round(count * scale);
  const labels = Array.from({ length: 4000 }, (_, i) => `    l${i}: v`).join("\n");
  const databases = (n: number, body = "{}") => Array.from({ length: n }, (_, i) => `  d${i}: ${body}`).join("\n");
  const vars = (n: number, value: string) => Array.from({ length: n }, (_, i) => `      v${i}: {value: ${value}}`).join("\n");
  const header = "version: 1\ndefaults:\n  urlFrom: {secretKeyRef: {name: app-db, key: url}}\n  dir: {configMapRef: {name: app-migrations}}\n";
  return [
    {
      name: `4,000 labels in defaults x ${n(30000)} databases`,
      text: `${header}  labels:\n${labels}\ndatabases:\n${databases(n(30000))}\nenvironments:\n  prod: {}\n`,
    },
    {
      name: `${n(20000)} databases, ${n(20000)} undeclared overrides`,
      text: `${header}databases:\n${databases(n(20000))}\nenvironments:\n  prod:\n    databases:\n${Array.from({ length: n(20000) }, (_, i) => `      x${i}: {}`).join("\n")}\n`,
    },
    {
      name: `${n(15000)} variables in defaults, all replaced by the environment`,
      text: `version: 1\ndefaults:\n  urlFrom: {secretKeyRef: {name: app-db, key: url}}\n  dir: {configMapRef: {name: app-migrations}}\n  config: x\n  vars:\n${vars(n(15000), "a").replace(/^ {6}/gm, "    ")}\ndatabases:\n  app: {}\nenvironments:\n  prod:\n    vars:\n${vars(n(15000), "b")}\n`,
    },
  ];
}
