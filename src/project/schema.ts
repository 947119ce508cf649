/**
 * JSON Schema (draft-07) of atlas.project.yaml: the single source for
 * - validation (compiled ahead of time into src/generated/validate-project.ts),
 * - the TypeScript types (src/generated/project-types.ts),
 * - the published editor schema (schema/atlas.project.schema.json) and the README reference.
 * Run `npm run gen` after editing; a test fails when the generated files drift.
 *
 * Descriptions are user documentation: they show up in editors and in the README.
 */

import { projectSchemaUrl } from "../generated/release.js";

/** The file the plugin renders, and discovers Applications by. */
export const projectFileName = "atlas.project.yaml";

const dnsLabel = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$";
const dnsSubdomain = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";
/** Characters that would break the `atlas://<name>?tag=<tag>` URL the operator builds. */
const registryToken = "^[^\\s?#&=/\\\\]+$";

const secretRef = "{secretKeyRef: {name: <secret>, key: <key>}}";

/** `password` as a pattern matching any case (patterns take no flags). */
const anyCase = (word: string) => word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

/**
 * A URL whose user information holds a password (`://user:pass@`, the colon before the last
 * `@` of the authority), or a query parameter named like a password (`?password=`, `&db_pass=`,
 * `;authToken=`). The CLI checks more shapes (percent-encoded names, DSNs: see
 * src/common/credential-shapes.ts); this is what an editor can flag. Linear: each alternative starts
 * at a literal or a separator and scans only to the next one.
 */
const credentialInUrl = [
  "://[^/?#:]*:[^/?#]*@",
  `[?&;](?:[^=&;#?]*[-_.])?${anyCase("pass")}=`,
  `[?&;][^=&;#?]*(?:${["password", "passwd", "pwd", "passphrase", "secret", "token", "credential", "credentials", "apikey"].map(anyCase).join("|")})=`,
].join("|");

/** A URL field that refuses credentials, with the message naming its fix. */
function urlWithoutCredentials(description: string, fix: string, extra: { pattern?: string; minLength?: number; maxLength: number }) {
  return {
    description,
    type: "string",
    ...extra,
    not: { description: fix, type: "string", pattern: credentialInUrl },
  } as const;
}

/** A key of a Secret or ConfigMap, as the operator's `*KeyRef` fields name it. */
function keyReference(kind: "Secret" | "ConfigMap") {
  return {
    description: `A key of a ${kind} in the same namespace as the AtlasMigration.`,
    type: "object",
    additionalProperties: false,
    required: ["name", "key"],
    properties: {
      name: { $ref: "#/definitions/ObjectName" },
      key: {
        description: `A ${kind} data key: letters, digits, '-', '_' and '.'.`,
        type: "string",
        pattern: "^[-._a-zA-Z0-9]+$",
        maxLength: 253,
      },
    },
  } as const;
}

const definitions = {
  DatabaseKey: {
    description:
      "A DNS-1123 label of at most 50 characters: lowercase letters, digits and '-', starting and ending with a letter or digit (the operator names its dev database `<name>-atlas-dev-db` and uses that as a label value).",
    type: "string",
    pattern: dnsLabel,
    maxLength: 50,
  },
  EnvironmentName: {
    description: "An environment name: lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63 characters.",
    type: "string",
    pattern: dnsLabel,
    maxLength: 63,
  },
  Namespace: {
    description: "A Kubernetes namespace: a DNS-1123 label (lowercase letters, digits and '-', at most 63 characters).",
    type: "string",
    pattern: dnsLabel,
    maxLength: 63,
  },
  ObjectName: {
    description: "A Kubernetes object name: a DNS-1123 subdomain (lowercase letters, digits, '-' and '.', at most 253 characters).",
    type: "string",
    pattern: dnsSubdomain,
    maxLength: 253,
  },
  SecretKeyRef: keyReference("Secret"),
  ConfigMapKeyRef: keyReference("ConfigMap"),
  SecretSource: {
    description: "A value read by the operator from a Secret.",
    type: "object",
    additionalProperties: false,
    required: ["secretKeyRef"],
    properties: {
      secretKeyRef: { $ref: "#/definitions/SecretKeyRef" },
    },
  },
  StringMap: {
    type: "object",
    propertyNames: { description: "A parameter name of at most 256 characters.", maxLength: 256 },
    additionalProperties: { type: "string", maxLength: 65536 },
  },
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
        not: { description: `a user name holding ':' carries a password: give the password with passwordFrom: ${secretRef}`, type: "string", pattern: ":" },
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
        description: "The Secret holding the Atlas Cloud token. Required for a registry directory.",
        $ref: "#/definitions/SecretSource",
      },
    },
  },
  RemoteDir: {
    description: "A migration directory in the Atlas Registry (Atlas Cloud).",
    type: "object",
    additionalProperties: false,
    properties: {
      name: {
        description: "A directory name in the Atlas Cloud project (no spaces, '/', '\\', '?', '#', '&' or '=').",
        type: "string",
        pattern: registryToken,
        maxLength: 256,
      },
      tag: {
        description:
          "A directory tag, usually the commit SHA pushed by CI (no spaces, '/', '\\', '?', '#', '&' or '='). `latest` (or no tag at all) follows the floating latest version, which the operator never re-applies when a new version is pushed: pin a concrete tag.",
        type: "string",
        pattern: registryToken,
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
  Labels: {
    description: "Labels added to the rendered objects.",
    type: "object",
    propertyNames: {
      description:
        "A label key: an optional DNS subdomain prefix and '/', then at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit.",
      pattern: "^((?=[^/]{1,253}/)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$",
      maxLength: 317,
    },
    additionalProperties: {
      description: "A label value: at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit.",
      type: "string",
      pattern: "^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$",
      maxLength: 63,
    },
  },
  Annotations: {
    description: "Annotations added to the rendered objects.",
    type: "object",
    propertyNames: {
      description:
        "An annotation key: an optional DNS subdomain prefix and '/', then at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit.",
      pattern: "^((?=[^/]{1,253}/)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$",
      maxLength: 317,
    },
    additionalProperties: { type: "string", maxLength: 65536 },
  },
  ProtectedFlows: {
    description: "Protected flows: migrateDown {allow, autoApprove} controls down migrations (when a pin moves to an older version).",
    type: "object",
    additionalProperties: false,
    properties: { migrateDown: { $ref: "#/definitions/MigrateDownFlow" } },
  },
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
      },
      candidates: {
        description: "How many commits of the first-parent history to try, newest first. Default 50.",
        type: "integer",
        minimum: 1,
        maximum: 1000,
      },
      tagFormat: {
        description:
          "A tag format: how CI tags a pushed directory, with {sha} for the full commit SHA or {sha:N} for its first N hex digits (N from 4 to 40). Default {sha}, the convention of Atlas's CI actions.",
        type: "string",
        pattern: "^[^\\s?#&=/\\\\{}]*\\{sha(:([4-9]|[1-3][0-9]|40))?\\}[^\\s?#&=/\\\\{}]*$",
        maxLength: 256,
      },
      verify: {
        description: "Check at render time that the tag exists in the registry, so a typo fails the render instead of the migration. Implied by mode render.",
        type: "boolean",
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
} as const;

/** Settings that may appear at every scope: defaults, a database, an environment, a database in an environment. */
const settingsProperties = {
  enabled: {
    description: "Render this database in this scope. Default true; set false to leave a database out of an environment.",
    type: "boolean",
  },
  namespace: {
    description: "Namespace of the rendered objects. Default: the Application's destination namespace.",
    $ref: "#/definitions/Namespace",
  },
  labels: { $ref: "#/definitions/Labels" },
  annotations: { $ref: "#/definitions/Annotations" },
  syncWave: {
    description:
      "Argo CD sync wave of the AtlasMigration and its ConfigMap. Default -1: one wave before the application's resources (wave 0), so Argo CD applies the application only after the migration is Healthy.",
    type: "integer",
    minimum: -1000000,
    maximum: 1000000,
  },
  url: urlWithoutCredentials(
    "Target database URL without credentials. A URL carrying a password is rejected: use urlFrom.",
    `the URL carries a password: put the URL in a Secret and reference it with urlFrom: ${secretRef}`,
    { minLength: 1, maxLength: 4096 },
  ),
  urlFrom: {
    description: "The Secret holding the target database URL (preferred).",
    $ref: "#/definitions/SecretSource",
  },
  credentials: { $ref: "#/definitions/Credentials" },
  cloud: { $ref: "#/definitions/Cloud" },
  dir: { $ref: "#/definitions/Dir" },
  envName: {
    description: "Environment name reported to Atlas Cloud (operator default: kubernetes).",
    type: "string",
    minLength: 1,
    maxLength: 256,
  },
  devURL: urlWithoutCredentials(
    "Dev database URL without credentials. A URL carrying a password is rejected: use devURLFrom.",
    `the URL carries a password: put the URL in a Secret and reference it with devURLFrom: ${secretRef}`,
    { minLength: 1, maxLength: 4096 },
  ),
  devURLFrom: {
    description: "The Secret holding the dev database URL.",
    $ref: "#/definitions/SecretSource",
  },
  execOrder: {
    description: "How Atlas orders pending migration files (operator default: linear).",
    enum: ["linear", "linear-skip", "non-linear"],
  },
  baseline: {
    description: "Baseline version of a database that already has a schema.",
    type: "string",
    minLength: 1,
    maxLength: 256,
  },
  revisionsSchema: {
    description: "Schema that holds the atlas_schema_revisions table.",
    type: "string",
    minLength: 1,
    maxLength: 256,
  },
  protectedFlows: { $ref: "#/definitions/ProtectedFlows" },
  backoffLimit: {
    description: "How many failed attempts the operator retries (operator default 20; 0 retries forever).",
    type: "integer",
    minimum: 0,
    maximum: 1000000,
  },
  vars: { $ref: "#/definitions/Vars" },
  config: {
    description: "A custom atlas.hcl (needs the operator's allowCustomConfig=true).",
    type: "string",
    minLength: 1,
    maxLength: 262144,
  },
  configFrom: {
    description: "The Secret holding a custom atlas.hcl.",
    $ref: "#/definitions/SecretSource",
  },
  pin: { $ref: "#/definitions/Pin" },
} as const;

const databaseSettings = {
  type: "object",
  additionalProperties: false,
  properties: {
    name: {
      description: "Name of the AtlasMigration. Default: the database key.",
      $ref: "#/definitions/DatabaseKey",
    },
    ...settingsProperties,
  },
} as const;

export const projectSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: projectSchemaUrl,
  title: "atlas.project.yaml",
  description:
    "Databases and environments whose Atlas Operator AtlasMigration manifests the argocd-atlas Argo CD plugin renders. Settings merge from the widest scope to the narrowest: defaults, databases.<db>, environments.<env>, environments.<env>.databases.<db>.",
  type: "object",
  additionalProperties: false,
  required: ["version", "databases", "environments"],
  properties: {
    version: {
      description: "Version of this file format.",
      const: 1,
    },
    defaults: {
      description: "Settings for every database in every environment.",
      $ref: "#/definitions/Settings",
    },
    databases: {
      description: "The databases, by key. Each renders one AtlasMigration per environment.",
      type: "object",
      minProperties: 1,
      // Inline, not a $ref: the compiled validator then reports which key is wrong.
      propertyNames: definitions.DatabaseKey,
      additionalProperties: { $ref: "#/definitions/DatabaseSettings" },
    },
    environments: {
      description: "The environments, by name. An Application renders one of them.",
      type: "object",
      minProperties: 1,
      propertyNames: definitions.EnvironmentName,
      additionalProperties: { $ref: "#/definitions/EnvironmentSettings" },
    },
    otherManifestsRenderedByAnotherSource: {
      description:
        "true when the Kubernetes manifests in the directory of this file are rendered by another source of the same Application (for example a directory source on the same path with `directory.exclude: atlas.project.yaml`): argocd-atlas then no longer warns about them on every render. An Application that uses argocd-atlas by discovery, without a plugin block in that source, is still refused: nothing else renders those manifests there.",
      type: "boolean",
    },
  },
  definitions: {
    ...definitions,
    Settings: {
      type: "object",
      additionalProperties: false,
      properties: settingsProperties,
    },
    DatabaseSettings: {
      description: "Settings of one database.",
      ...databaseSettings,
    },
    EnvironmentSettings: {
      description: "Settings for every database in this environment, and per-database overrides.",
      type: "object",
      additionalProperties: false,
      properties: {
        ...settingsProperties,
        databases: {
          description: "Per-database overrides in this environment. Keys must be declared under the top-level databases.",
          type: "object",
          // Inline, not a $ref: the compiled validator then reports which key is wrong.
          propertyNames: definitions.DatabaseKey,
          additionalProperties: { $ref: "#/definitions/DatabaseSettings" },
        },
      },
    },
  },
} as const;
