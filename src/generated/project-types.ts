// Generated from src/project/schema.ts by `npm run gen`. Do not edit.
/** Databases and environments whose Atlas Operator AtlasMigration manifests the argocd-atlas Argo CD plugin renders. Settings merge from the widest scope to the narrowest: defaults, databases.<db>, environments.<env>, environments.<env>.databases.<db>. */
export interface Project {
  /** Version of this file format. */
  version: 1;
  /** Settings for every database in every environment. */
  defaults?: Settings;
  /** The databases, by key. Each renders one AtlasMigration per environment. */
  databases: {
    [key: string]: DatabaseSettings;
  };
  /** The environments, by name. An Application renders one of them. */
  environments: {
    [key: string]: EnvironmentSettings;
  };
  /** true when the Kubernetes manifests in the directory of this file are rendered by another source of the same Application (for example a directory source on the same path with `directory.exclude: atlas.project.yaml`): argocd-atlas then no longer warns about them on every render. An Application that uses argocd-atlas by discovery, without a plugin block in that source, is still refused: nothing else renders those manifests there. */
  otherManifestsRenderedByAnotherSource?: boolean;
}

/** A DNS-1123 label of at most 50 characters: lowercase letters, digits and '-', starting and ending with a letter or digit (the operator names its dev database `<name>-atlas-dev-db` and uses that as a label value). */
export type DatabaseKey = string;

/** An environment name: lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63 characters. */
export type EnvironmentName = string;

/** A Kubernetes namespace: a DNS-1123 label (lowercase letters, digits and '-', at most 63 characters). */
export type Namespace = string;

/** A Kubernetes object name: a DNS-1123 subdomain (lowercase letters, digits, '-' and '.', at most 253 characters). */
export type ObjectName = string;

/** A key of a Secret in the same namespace as the AtlasMigration. */
export interface SecretKeyRef {
  name: ObjectName;
  /** A Secret data key: letters, digits, '-', '_' and '.'. */
  key: string;
}

/** A key of a ConfigMap in the same namespace as the AtlasMigration. */
export interface ConfigMapKeyRef {
  name: ObjectName;
  /** A ConfigMap data key: letters, digits, '-', '_' and '.'. */
  key: string;
}

/** A value read by the operator from a Secret. */
export interface SecretSource {
  secretKeyRef: SecretKeyRef;
}

export type StringMap = {
  [key: string]: string;
};

/** Labels added to the rendered objects. */
export type Labels = {
  [key: string]: string;
};

/** Annotations added to the rendered objects. */
export type Annotations = {
  [key: string]: string;
};

/** Database connection parts, used by the operator when neither url nor urlFrom is set. Secrets only through the *From fields: a plain password is rejected. */
export interface Credentials {
  /** A driver scheme in lowercase, e.g. postgres, mysql, sqlserver. */
  scheme?: string;
  /** User name. */
  user?: string;
  /** The Secret holding the user name. */
  userFrom?: SecretSource;
  /** Not allowed: a password in Git leaks. Use passwordFrom. */
  password?: string;
  /** The Secret holding the password. */
  passwordFrom?: SecretSource;
  /** Host name. */
  host?: string;
  /** The Secret holding the host name. */
  hostFrom?: SecretSource;
  /** TCP port. */
  port?: number;
  /** Database name. */
  database?: string;
  /** URL query parameters, e.g. sslmode: disable. */
  parameters?: StringMap;
}

/** Atlas Cloud connection. */
export interface Cloud {
  /** An Atlas Cloud API URL, http:// or https://. Default: the operator's (Atlas Cloud). */
  url?: string;
  /** Atlas Cloud project name. */
  project?: string;
  /** The Secret holding the Atlas Cloud token. Required for a registry directory, unless a custom config (config, configFrom) logs in to Atlas Cloud itself. */
  tokenFrom?: SecretSource;
}

/** A migration directory in the Atlas Registry (Atlas Cloud). */
export interface RemoteDir {
  /** A directory name in the Atlas Cloud project (no spaces, '/', '\', '?', '#', '&' or '='). */
  name?: string;
  /** A directory tag, usually the commit SHA pushed by CI (no spaces, '/', '\', '?', '#', '&' or '='). `latest` (or no tag at all) follows the floating latest version, which the operator never re-applies when a new version is pushed: pin a concrete tag. */
  tag?: string;
}

/** Where the migrations come from: exactly one of remote (Atlas Registry), path (in-repo directory, rendered as a ConfigMap) or configMapRef (an existing ConfigMap). A scope that sets one of them replaces the others inherited from wider scopes. */
export interface Dir {
  remote?: RemoteDir;
  /** An Atlas migration directory (top-level *.sql files and atlas.sum): a relative path from the directory of atlas.project.yaml, with '/' separators, that stays inside the repository. */
  path?: string;
  /** An existing ConfigMap holding the migration files. */
  configMapRef?: {
    name: ObjectName;
  };
}

/** Down migrations: whether they may run (allow) and whether without review (autoApprove). */
export interface MigrateDownFlow {
  /** Allow down migrations. */
  allow?: boolean;
  /** Apply down migrations without review. Required with allow for in-repo directories; not allowed for registry directories (approval happens in Atlas Cloud). */
  autoApprove?: boolean;
}

/** Protected flows: migrateDown {allow, autoApprove} controls down migrations (when a pin moves to an older version). */
export interface ProtectedFlows {
  migrateDown?: MigrateDownFlow;
}

/** An input variable of a custom atlas.hcl: exactly one of value and valueFrom. */
export interface Variable {
  value?: string;
  valueFrom?: {
    secretKeyRef?: SecretKeyRef;
    configMapKeyRef?: ConfigMapKeyRef;
  };
}

/** Input variables of a custom atlas.hcl (config/configFrom), by name. Scopes merge them by name. */
export type Vars = {
  [key: string]: Variable;
};

/** Pinning of dir.remote.tag to the latest tag in the Atlas Registry: the newest commit of the repository's first-parent history whose SHA was pushed as a tag. Scopes merge it by field. */
export interface Pin {
  /** off (default): use dir.remote.tag as written. render: resolve the latest tag at every render (a concrete dir.remote.tag is only verified). write: `argocd-atlas pin` writes the latest tag into this file, and renders use what is written. */
  mode?: "off" | "render" | "write";
  /** How many commits of the first-parent history to try, newest first. Default 50. */
  candidates?: number;
  /** A tag format: how CI tags a pushed directory, with {sha} for the full commit SHA or {sha:N} for its first N hex digits (N from 4 to 40). Default {sha}, the convention of Atlas's CI actions. */
  tagFormat?: string;
  /** Check at render time that the tag exists in the registry, so a typo fails the render instead of the migration. Implied by mode render. */
  verify?: boolean;
}

export interface Settings {
  /** Render this database in this scope. Default true; set false to leave a database out of an environment. */
  enabled?: boolean;
  /** Namespace of the rendered objects. Default: the Application's destination namespace. */
  namespace?: Namespace;
  labels?: Labels;
  annotations?: Annotations;
  /** Argo CD sync wave of the AtlasMigration and its ConfigMap. Default -1: one wave before the application's resources (wave 0), so Argo CD applies the application only after the migration is Healthy. */
  syncWave?: number;
  /** Target database URL without credentials. A URL carrying a password is rejected: use urlFrom. */
  url?: string;
  /** The Secret holding the target database URL (preferred). */
  urlFrom?: SecretSource;
  credentials?: Credentials;
  cloud?: Cloud;
  dir?: Dir;
  /** Environment name reported to Atlas Cloud (operator default: kubernetes). */
  envName?: string;
  /** Dev database URL without credentials. A URL carrying a password is rejected: use devURLFrom. */
  devURL?: string;
  /** The Secret holding the dev database URL. */
  devURLFrom?: SecretSource;
  /** How Atlas orders pending migration files (operator default: linear). */
  execOrder?: "linear" | "linear-skip" | "non-linear";
  /** Baseline version of a database that already has a schema. */
  baseline?: string;
  /** Schema that holds the atlas_schema_revisions table. */
  revisionsSchema?: string;
  protectedFlows?: ProtectedFlows;
  /** How many failed attempts the operator retries (operator default 20; 0 retries forever). */
  backoffLimit?: number;
  /** A custom atlas.hcl (needs the operator's allowCustomConfig=true). */
  config?: string;
  /** The Secret holding a custom atlas.hcl. */
  configFrom?: SecretSource;
  vars?: Vars;
  pin?: Pin;
}

/** Settings of one database. */
export interface DatabaseSettings {
  /** Name of the AtlasMigration. Default: the database key. */
  name?: DatabaseKey;
  /** Render this database in this scope. Default true; set false to leave a database out of an environment. */
  enabled?: boolean;
  /** Namespace of the rendered objects. Default: the Application's destination namespace. */
  namespace?: Namespace;
  labels?: Labels;
  annotations?: Annotations;
  /** Argo CD sync wave of the AtlasMigration and its ConfigMap. Default -1: one wave before the application's resources (wave 0), so Argo CD applies the application only after the migration is Healthy. */
  syncWave?: number;
  /** Target database URL without credentials. A URL carrying a password is rejected: use urlFrom. */
  url?: string;
  /** The Secret holding the target database URL (preferred). */
  urlFrom?: SecretSource;
  credentials?: Credentials;
  cloud?: Cloud;
  dir?: Dir;
  /** Environment name reported to Atlas Cloud (operator default: kubernetes). */
  envName?: string;
  /** Dev database URL without credentials. A URL carrying a password is rejected: use devURLFrom. */
  devURL?: string;
  /** The Secret holding the dev database URL. */
  devURLFrom?: SecretSource;
  /** How Atlas orders pending migration files (operator default: linear). */
  execOrder?: "linear" | "linear-skip" | "non-linear";
  /** Baseline version of a database that already has a schema. */
  baseline?: string;
  /** Schema that holds the atlas_schema_revisions table. */
  revisionsSchema?: string;
  protectedFlows?: ProtectedFlows;
  /** How many failed attempts the operator retries (operator default 20; 0 retries forever). */
  backoffLimit?: number;
  /** A custom atlas.hcl (needs the operator's allowCustomConfig=true). */
  config?: string;
  /** The Secret holding a custom atlas.hcl. */
  configFrom?: SecretSource;
  vars?: Vars;
  pin?: Pin;
}

/** Settings for every database in this environment, and per-database overrides. */
export interface EnvironmentSettings {
  /** Render this database in this scope. Default true; set false to leave a database out of an environment. */
  enabled?: boolean;
  /** Namespace of the rendered objects. Default: the Application's destination namespace. */
  namespace?: Namespace;
  labels?: Labels;
  annotations?: Annotations;
  /** Argo CD sync wave of the AtlasMigration and its ConfigMap. Default -1: one wave before the application's resources (wave 0), so Argo CD applies the application only after the migration is Healthy. */
  syncWave?: number;
  /** Target database URL without credentials. A URL carrying a password is rejected: use urlFrom. */
  url?: string;
  /** The Secret holding the target database URL (preferred). */
  urlFrom?: SecretSource;
  credentials?: Credentials;
  cloud?: Cloud;
  dir?: Dir;
  /** Environment name reported to Atlas Cloud (operator default: kubernetes). */
  envName?: string;
  /** Dev database URL without credentials. A URL carrying a password is rejected: use devURLFrom. */
  devURL?: string;
  /** The Secret holding the dev database URL. */
  devURLFrom?: SecretSource;
  /** How Atlas orders pending migration files (operator default: linear). */
  execOrder?: "linear" | "linear-skip" | "non-linear";
  /** Baseline version of a database that already has a schema. */
  baseline?: string;
  /** Schema that holds the atlas_schema_revisions table. */
  revisionsSchema?: string;
  protectedFlows?: ProtectedFlows;
  /** How many failed attempts the operator retries (operator default 20; 0 retries forever). */
  backoffLimit?: number;
  /** A custom atlas.hcl (needs the operator's allowCustomConfig=true). */
  config?: string;
  /** The Secret holding a custom atlas.hcl. */
  configFrom?: SecretSource;
  vars?: Vars;
  pin?: Pin;
  /** Per-database overrides in this environment. Keys must be declared under the top-level databases. */
  databases?: {
    [key: string]: DatabaseSettings;
  };
}
