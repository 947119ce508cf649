/**
 * The settings table: one entry per setting a scope of atlas.project.yaml may hold, in the order
 * the project schema lists them and the renderer writes them. Each entry declares
 * - `schema`: its JSON Schema in the project file (and `definitions` it names, published with it),
 * - `merge`: how scopes combine it (src/render/resolve.ts),
 * - `lands`: where it goes: `spec` (spec.<key> of the AtlasMigration), `metadata` of every
 *   rendered object, or `plugin` (it steers the plugin and is never rendered),
 * - for spec fields: `render` (the value written, given the merged setting), `output` (the
 *   operator's schema of spec.<key>, which every printed object is validated against),
 *   `references` (the Secrets and ConfigMaps it names, for `doctor`), and `since` (the first
 *   Atlas Operator release whose CRD has the field).
 *
 * The project schema (src/project/schema.ts), the merge rules (src/project/scopes.ts), the
 * AtlasMigration builder (src/render/manifests.ts), the output schema
 * (src/render/output-schemas.ts), the doctor's references and CRD check (src/doctor/) and the
 * importer (src/import/) are derived from it: supporting an operator field is one entry here.
 *
 * Pure data and small pure functions: loaded on every render.
 */
import { quote } from "../common/errors.js";
import type { Pin, SecretSource, Settings } from "../generated/project-types.js";
import { secretRef, urlCredentialFix, urlWithoutCredentials } from "./schema-parts.js";

/** The Atlas Operator release whose CRD the table follows (its `output` schemas, its `since`s). */
export const operatorRelease = "v0.7.37";

type Json = Record<string, unknown>;
type Schema = Readonly<Json>;

/** How scopes combine a value (see src/project/scopes.ts for the rules in words). */
export interface MergeRule {
  /** Replaced as a whole by a narrower scope (Secret and ConfigMap references, variables). */
  whole?: true;
  /** Rules of named keys of a mapping. */
  keys?: Readonly<Record<string, MergeRule>>;
  /** The rule of every entry of a mapping whose keys are the user's (variables by name). */
  each?: MergeRule;
  /** Keys of this mapping that exclude each other: a scope that sets one drops the others. */
  alternatives?: ReadonlyArray<readonly string[]>;
}

/** A Secret or ConfigMap a rendered spec field names. */
export interface ReferenceSite {
  kind: "Secret" | "ConfigMap";
  name: unknown;
  key?: unknown;
  /** The field, as `credentials.userFrom` or `vars["KEY"]` (after `spec.`). */
  at: string;
  /** A ConfigMap holding a whole migration directory. */
  migrationDir?: true;
}

export interface RenderInput {
  /** The name of the ConfigMap rendered from dir.path, when the target has one. */
  configMapName?: string;
}

export interface SettingField {
  key: string;
  schema: Schema;
  definitions?: Readonly<Record<string, Schema>>;
  merge?: MergeRule;
  /** Top-level settings of one group exclude each other (`target` = url, urlFrom, credentials). */
  alternativeGroup?: string;
  lands: "spec" | "metadata" | "plugin";
  render?: (value: never, input: RenderInput) => unknown;
  output?: Schema;
  references?: (rendered: never) => ReferenceSite[];
  since?: string;
}

/** An entry whose `render` is checked against the setting's type (the generated Settings). */
function setting<K extends keyof Settings>(
  field: Omit<SettingField, "key" | "render"> & { key: K; render?: (value: Settings[K] | undefined, input: RenderInput) => unknown },
): SettingField {
  return field as SettingField;
}

/** The rendered shape of a Secret reference: the operator's SecretKeySelector. */
function secretSource(source: SecretSource | undefined) {
  return source && { secretKeyRef: { name: source.secretKeyRef.name, key: source.secretKeyRef.key } };
}

/** References of a field holding `{secretKeyRef}`. */
function secretSourceSite(at: string) {
  return (rendered: KeyRefHolder | undefined): ReferenceSite[] => keyRefSites(rendered, at);
}

type KeyRef = { name?: unknown; key?: unknown };
type KeyRefHolder = { secretKeyRef?: KeyRef; configMapKeyRef?: KeyRef };

/** The Secret and ConfigMap key references of `holder` (a `*From` or a variable's valueFrom), Secret first. */
function keyRefSites(holder: KeyRefHolder | undefined, at: string): ReferenceSite[] {
  const sites: ReferenceSite[] = [];
  if (holder?.secretKeyRef) sites.push({ kind: "Secret", name: holder.secretKeyRef.name, key: holder.secretKeyRef.key, at });
  if (holder?.configMapKeyRef) sites.push({ kind: "ConfigMap", name: holder.configMapKeyRef.name, key: holder.configMapKeyRef.key, at });
  return sites;
}

/** A setting that reads its value from a Secret (`urlFrom`, `devURLFrom`, `configFrom`). */
function secretSourceField(key: "urlFrom" | "devURLFrom" | "configFrom", description: string, since: string, alternativeGroup: string): SettingField {
  return setting({
    key,
    schema: { description, $ref: "#/definitions/SecretSource" },
    merge: { whole: true },
    alternativeGroup,
    lands: "spec",
    render: secretSource,
    output: { $ref: "#/definitions/secretSource" },
    references: secretSourceSite(key) as (rendered: never) => ReferenceSite[],
    since,
  });
}

/** A string copied into spec as written. */
function stringField(key: string, schema: Schema, since: string, alternativeGroup?: string): SettingField {
  return { key, schema, lands: "spec", output: { type: "string" }, since, ...(alternativeGroup && { alternativeGroup }) };
}

/** A database URL without credentials; a URL with a password is refused with `<key>From` as the fix. */
function databaseUrlField(key: "url" | "devURL", what: string, since: string, alternativeGroup: string): SettingField {
  return stringField(
    key,
    urlWithoutCredentials(
      `${what} URL without credentials. A URL carrying a password is rejected: use ${key}From.`,
      `the URL carries a password: put the URL in a Secret and reference it with ${key}From: ${secretRef}`,
      { minLength: 1, maxLength: 4096 },
    ),
    since,
    alternativeGroup,
  );
}

/** Drops absent fields and empty strings (the operator reads "" as absent). */
function dropUnset<T extends Json>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== "")) as Partial<T>;
}

const defaultSyncWave = -1;
const executionOrders = ["linear", "linear-skip", "non-linear"] as const;

export const settingFields: readonly SettingField[] = [
  {
    key: "enabled",
    schema: {
      description: "Render this database in this scope. Default true; set false to leave a database out of an environment.",
      type: "boolean",
      default: true,
    },
    lands: "plugin",
  },
  {
    key: "namespace",
    schema: { description: "Namespace of the rendered objects. Default: the Application's destination namespace.", $ref: "#/definitions/Namespace" },
    lands: "metadata",
  },
  { key: "labels", schema: { $ref: "#/definitions/Labels" }, lands: "metadata" },
  { key: "annotations", schema: { $ref: "#/definitions/Annotations" }, lands: "metadata" },
  {
    key: "syncWave",
    schema: {
      description: `Argo CD sync wave of the AtlasMigration and its ConfigMap. Default ${defaultSyncWave}: one wave before the application's resources (wave 0), so Argo CD applies the application only after the migration is Healthy.`,
      type: "integer",
      minimum: -1000000,
      maximum: 1000000,
      default: defaultSyncWave,
    },
    lands: "metadata",
  },
  databaseUrlField("url", "Target database", "v0.1.7", "target"),
  secretSourceField("urlFrom", "The Secret holding the target database URL (preferred).", "v0.1.7", "target"),
  setting({
    key: "credentials",
    schema: { $ref: "#/definitions/Credentials" },
    definitions: {
      Credentials: {
        description:
          "Database connection parts, used by the operator when neither url nor urlFrom is set. Secrets only through the *From fields: a plain password is rejected.",
        type: "object",
        additionalProperties: false,
        properties: {
          scheme: {
            description: "A driver scheme in lowercase, e.g. postgres, mysql, sqlserver.",
            type: "string",
            pattern: "^[a-z][a-z0-9+]*$",
            maxLength: 64,
          },
          user: {
            description: "User name.",
            type: "string",
            minLength: 1,
            maxLength: 256,
            not: {
              description: `a user name holding ':' carries a password: give the password with passwordFrom: ${secretRef}`,
              type: "string",
              pattern: ":",
            },
          },
          userFrom: { description: "The Secret holding the user name.", $ref: "#/definitions/SecretSource" },
          password: {
            description: "Not allowed: a password in Git leaks. Use passwordFrom.",
            type: "string",
            not: { description: `a password in Git leaks: put it in a Secret and use passwordFrom: ${secretRef}` },
          },
          passwordFrom: { description: "The Secret holding the password.", $ref: "#/definitions/SecretSource" },
          host: {
            description: "Host name.",
            type: "string",
            minLength: 1,
            maxLength: 253,
            not: {
              description: `a host holding '@' carries user information: set user (or userFrom) and passwordFrom: ${secretRef}`,
              type: "string",
              pattern: "@",
            },
          },
          hostFrom: { description: "The Secret holding the host name.", $ref: "#/definitions/SecretSource" },
          port: { description: "TCP port.", type: "integer", minimum: 1, maximum: 65535 },
          database: { description: "Database name.", type: "string", minLength: 1, maxLength: 256 },
          parameters: {
            description: "URL query parameters, e.g. sslmode: disable.",
            $ref: "#/definitions/StringMap",
          },
        },
      },
    },
    merge: {
      keys: { userFrom: { whole: true }, passwordFrom: { whole: true }, hostFrom: { whole: true } },
      alternatives: [
        ["user", "userFrom"],
        ["host", "hostFrom"],
      ],
    },
    alternativeGroup: "target",
    lands: "spec",
    render: (c) =>
      c &&
      dropUnset({
        scheme: c.scheme,
        user: c.user,
        userFrom: secretSource(c.userFrom),
        passwordFrom: secretSource(c.passwordFrom),
        host: c.host,
        hostFrom: secretSource(c.hostFrom),
        port: c.port,
        database: c.database,
        parameters: c.parameters && { ...c.parameters },
      }),
    output: {
      type: "object",
      additionalProperties: false,
      properties: {
        scheme: { type: "string" },
        user: { type: "string" },
        userFrom: { $ref: "#/definitions/secretSource" },
        password: { type: "string" },
        passwordFrom: { $ref: "#/definitions/secretSource" },
        host: { type: "string" },
        hostFrom: { $ref: "#/definitions/secretSource" },
        port: { type: "integer" },
        database: { type: "string" },
        parameters: { type: "object", additionalProperties: { type: "string" } },
      },
    },
    references: (c: Json | undefined) =>
      ["userFrom", "passwordFrom", "hostFrom"].flatMap((field) => secretSourceSite(`credentials.${field}`)(c?.[field] as never)),
    since: "v0.2.2",
  }),
  setting({
    key: "cloud",
    schema: { $ref: "#/definitions/Cloud" },
    definitions: {
      Cloud: {
        description: "Atlas Cloud connection.",
        type: "object",
        additionalProperties: false,
        properties: {
          url: urlWithoutCredentials(
            "An Atlas Cloud API URL, http:// or https://. Default: the operator's (Atlas Cloud).",
            "the URL carries a credential: the Atlas Cloud token belongs in the Secret of cloud.tokenFrom",
            { pattern: "^https?://[^\\s]+$", maxLength: 2048 },
          ),
          project: { description: "Atlas Cloud project name.", type: "string", minLength: 1, maxLength: 256 },
          tokenFrom: {
            description:
              "The Secret holding the Atlas Cloud token. Required for a registry directory, unless a custom config (config, configFrom) logs in to Atlas Cloud itself.",
            $ref: "#/definitions/SecretSource",
          },
        },
      },
    },
    merge: { keys: { tokenFrom: { whole: true } } },
    lands: "spec",
    render: (c) => c && dropUnset({ url: c.url, project: c.project, tokenFrom: secretSource(c.tokenFrom) }),
    output: {
      type: "object",
      additionalProperties: false,
      properties: {
        url: { type: "string" },
        project: { type: "string" },
        tokenFrom: { $ref: "#/definitions/secretSource" },
      },
    },
    references: (c: Json | undefined) => secretSourceSite("cloud.tokenFrom")(c?.tokenFrom as never),
    since: "v0.1.7",
  }),
  setting({
    key: "dir",
    schema: { $ref: "#/definitions/Dir" },
    definitions: {
      RemoteDir: {
        description: "A migration directory in the Atlas Registry (Atlas Cloud).",
        type: "object",
        additionalProperties: false,
        properties: {
          name: {
            description: "A directory name in the Atlas Cloud project (no spaces, '/', '\\', '?', '#', '&' or '=').",
            type: "string",
            pattern: "^[^\\s?#&=/\\\\]+$",
            maxLength: 256,
          },
          tag: {
            description:
              "A directory tag, usually the commit SHA pushed by CI (no spaces, '/', '\\', '?', '#', '&' or '='). `latest` (or no tag at all) follows the floating latest version, which the operator never re-applies when a new version is pushed: pin a concrete tag.",
            type: "string",
            pattern: "^[^\\s?#&=/\\\\]+$",
            maxLength: 256,
          },
        },
      },
      Dir: {
        description:
          "Where the migrations come from: exactly one of remote (Atlas Registry), path (in-repo directory, rendered as a ConfigMap) or configMapRef (an existing ConfigMap). A scope that sets one of them replaces the others inherited from wider scopes.",
        type: "object",
        additionalProperties: false,
        properties: {
          remote: { $ref: "#/definitions/RemoteDir" },
          path: {
            description:
              "An Atlas migration directory (top-level *.sql files and atlas.sum): a relative path from the directory of atlas.project.yaml, with '/' separators, that stays inside the repository.",
            type: "string",
            minLength: 1,
            maxLength: 1024,
            pattern: "^[^/\\\\\\u0000-\\u001f][^\\\\\\u0000-\\u001f]*$",
          },
          configMapRef: {
            description: "An existing ConfigMap holding the migration files.",
            type: "object",
            additionalProperties: false,
            required: ["name"],
            properties: { name: { $ref: "#/definitions/ObjectName" } },
          },
        },
      },
    },
    merge: { keys: { configMapRef: { whole: true } }, alternatives: [["remote", "path", "configMapRef"]] },
    lands: "spec",
    // Always written: the CRD requires spec.dir (a target without a directory is refused before).
    render: (d, input) => {
      if (input.configMapName !== undefined) return { configMapRef: { name: input.configMapName } };
      if (d?.configMapRef) return { configMapRef: { name: d.configMapRef.name } };
      const remote = d?.remote ?? {};
      return { remote: { name: remote.name, ...(remote.tag && { tag: remote.tag }) } };
    },
    output: {
      type: "object",
      additionalProperties: false,
      properties: {
        configMapRef: {
          type: "object",
          additionalProperties: false,
          properties: { name: { $ref: "#/definitions/objectName" } },
        },
        remote: {
          type: "object",
          additionalProperties: false,
          properties: { name: { type: "string" }, tag: { type: "string" } },
        },
        local: { type: "object", additionalProperties: { type: "string" } },
      },
    },
    references: (d: { configMapRef?: { name?: unknown } } | undefined) =>
      d?.configMapRef ? [{ kind: "ConfigMap", name: d.configMapRef.name, at: "dir.configMapRef", migrationDir: true }] : [],
    since: "v0.1.7",
  }),
  stringField(
    "envName",
    { description: "Environment name reported to Atlas Cloud (operator default: kubernetes).", type: "string", minLength: 1, maxLength: 256 },
    "v0.1.8",
  ),
  databaseUrlField("devURL", "Dev database", "v0.5.0", "devDatabase"),
  secretSourceField("devURLFrom", "The Secret holding the dev database URL.", "v0.5.0", "devDatabase"),
  {
    key: "execOrder",
    schema: { description: "How Atlas orders pending migration files (operator default: linear).", enum: executionOrders },
    lands: "spec",
    output: { enum: executionOrders },
    since: "v0.3.7",
  },
  stringField("baseline", { description: "Baseline version of a database that already has a schema.", type: "string", minLength: 1, maxLength: 256 }, "v0.3.4"),
  stringField(
    "revisionsSchema",
    { description: "Schema that holds the atlas_schema_revisions table.", type: "string", minLength: 1, maxLength: 256 },
    "v0.1.9",
  ),
  setting({
    key: "protectedFlows",
    schema: { $ref: "#/definitions/ProtectedFlows" },
    definitions: {
      MigrateDownFlow: {
        description: "Down migrations: whether they may run (allow) and whether without review (autoApprove).",
        type: "object",
        additionalProperties: false,
        properties: {
          allow: { description: "Allow down migrations.", type: "boolean" },
          autoApprove: {
            description:
              "Apply down migrations without review. Required with allow for in-repo directories; not allowed for registry directories (approval happens in Atlas Cloud).",
            type: "boolean",
          },
        },
      },
      ProtectedFlows: {
        description: "Protected flows: migrateDown {allow, autoApprove} controls down migrations (when a pin moves to an older version).",
        type: "object",
        additionalProperties: false,
        properties: { migrateDown: { $ref: "#/definitions/MigrateDownFlow" } },
      },
    },
    lands: "spec",
    render: (p) => p?.migrateDown && { migrateDown: { ...p.migrateDown } },
    output: {
      type: "object",
      additionalProperties: false,
      properties: {
        migrateDown: {
          type: "object",
          additionalProperties: false,
          properties: { allow: { type: "boolean" }, autoApprove: { type: "boolean" } },
        },
      },
    },
    since: "v0.5.0",
  }),
  {
    key: "backoffLimit",
    schema: {
      description: "How many failed attempts the operator retries (operator default 20; 0 retries forever).",
      type: "integer",
      minimum: 0,
      maximum: 1000000,
    },
    lands: "spec",
    output: { type: "integer" },
    since: "v0.7.3",
  },
  stringField(
    "config",
    { description: "A custom atlas.hcl (needs the operator's allowCustomConfig=true).", type: "string", minLength: 1, maxLength: 262144 },
    "v0.7.0",
    "config",
  ),
  secretSourceField("configFrom", "The Secret holding a custom atlas.hcl.", "v0.7.0", "config"),
  setting({
    key: "vars",
    schema: { $ref: "#/definitions/Vars" },
    definitions: {
      Variable: {
        description: "An input variable of a custom atlas.hcl: exactly one of value and valueFrom.",
        type: "object",
        additionalProperties: false,
        properties: {
          value: { type: "string", maxLength: 65536 },
          valueFrom: {
            type: "object",
            additionalProperties: false,
            properties: {
              secretKeyRef: { $ref: "#/definitions/SecretKeyRef" },
              configMapKeyRef: { $ref: "#/definitions/ConfigMapKeyRef" },
            },
          },
        },
      },
      Vars: {
        description: "Input variables of a custom atlas.hcl (config/configFrom), by name. Scopes merge them by name.",
        type: "object",
        propertyNames: {
          description: "A variable name: letters, digits and '_', not starting with a digit.",
          pattern: "^[A-Za-z_][A-Za-z0-9_]*$",
          maxLength: 256,
        },
        additionalProperties: { $ref: "#/definitions/Variable" },
      },
    },
    merge: { each: { whole: true } },
    lands: "spec",
    // A list sorted by name: the operator sorts them again into `--var` arguments, so the order
    // carries nothing, and a sorted list does not change when a scope adds a variable.
    render: (vars) =>
      vars &&
      Object.keys(vars)
        .sort()
        .map((key) => {
          const v = vars[key]!;
          return v.valueFrom ? { key, valueFrom: { ...v.valueFrom } } : { key, value: v.value };
        }),
    output: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        properties: {
          key: { type: "string" },
          value: { type: "string" },
          valueFrom: {
            type: "object",
            additionalProperties: false,
            properties: { secretKeyRef: { $ref: "#/definitions/keySelector" }, configMapKeyRef: { $ref: "#/definitions/keySelector" } },
          },
        },
      },
    },
    references: (vars: Json[] | undefined) =>
      (Array.isArray(vars) ? vars : []).flatMap((v) => keyRefSites(v.valueFrom as KeyRefHolder | undefined, `vars[${quote(v.key)}]`)),
    since: "v0.7.0",
  }),
  {
    key: "pin",
    schema: { $ref: "#/definitions/Pin" },
    definitions: {
      Pin: {
        description:
          "Pinning of dir.remote.tag to the latest tag in the Atlas Registry: the newest commit of the repository's first-parent history whose SHA was pushed as a tag. Scopes merge it by field.",
        type: "object",
        additionalProperties: false,
        properties: {
          mode: {
            description:
              "off (default): use dir.remote.tag as written. render: resolve the latest tag at every render (a concrete dir.remote.tag is only verified). write: `argocd-atlas pin` writes the latest tag into this file, and renders use what is written.",
            enum: ["off", "render", "write"],
            default: "off",
          },
          candidates: {
            description: "How many commits of the first-parent history to try, newest first. Default 50.",
            type: "integer",
            minimum: 1,
            maximum: 1000,
            default: 50,
          },
          tagFormat: {
            description:
              "A tag format: how CI tags a pushed directory, with {sha} for the full commit SHA or {sha:N} for its first N hex digits (N from 4 to 40). Default {sha}, the convention of Atlas's CI actions.",
            type: "string",
            pattern: "^[^\\s?#&=/\\\\{}]*\\{sha(:([4-9]|[1-3][0-9]|40))?\\}[^\\s?#&=/\\\\{}]*$",
            maxLength: 256,
            default: "{sha}",
          },
          verify: {
            description:
              "Check at render time that the tag exists in the registry, so a typo fails the render instead of the migration. Implied by mode render.",
            type: "boolean",
            default: false,
          },
        },
      },
    },
    lands: "plugin",
  },
];

/**
 * The settings that hold one URL (`url`, `devURL`, `cloud.url`: made with urlWithoutCredentials),
 * read strictly for credentials, with the fix their schema names.
 */
export const urlSettings: ReadonlyMap<string, string> = (() => {
  const found = new Map<string, string>();
  for (const field of settingFields) {
    const walk = (schema: Schema | undefined, path: string) => {
      const ref = typeof schema?.$ref === "string" ? schema.$ref.replace("#/definitions/", "") : undefined;
      const node = ref !== undefined ? field.definitions?.[ref] : schema;
      const fix = urlCredentialFix(node);
      if (fix !== undefined) found.set(path, fix);
      for (const [key, inner] of Object.entries((node?.properties ?? {}) as Record<string, Schema>)) walk(inner, `${path}.${key}`);
    };
    walk(field.schema, field.key);
  }
  return found;
})();

/** The setting of a key. */
function settingField(key: string): SettingField | undefined {
  return settingFields.find((f) => f.key === key);
}

/** The settings written into spec, in the order they are written. */
export const specFields = settingFields.filter((f) => f.lands === "spec");

/** The default a setting declares in its schema (`default:`). */
export function settingDefault<T>(key: string): T {
  const schema = settingField(key)?.schema;
  if (schema === undefined || !("default" in schema)) throw new Error(`setting ${key} declares no default`);
  return schema.default as T;
}

/** The defaults of pin's fields, from its schema. */
export function pinDefaults(): Required<Pin> {
  const properties = (settingField("pin")!.definitions!.Pin!.properties ?? {}) as Record<string, { default?: unknown }>;
  return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, v.default])) as Required<Pin>;
}
