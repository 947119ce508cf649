/**
 * What of the Atlas Operator's AtlasMigration CRD (v0.7.37) atlas.project.yaml does not express,
 * and why. Every other field of the CRD's spec is a setting of the settings table
 * (src/project/fields.ts); a test walks the real CRD and holds this list to it, and
 * docs/project-file.md shows it (generated).
 *
 * Citations name ariga/atlas-operator files at tag v0.7.37.
 */

export interface Exclusion {
  /** CRD spec paths, as `spec.dir.local`; `*` stands for any one field, `[]` for list items. */
  paths: readonly string[];
  /** Why the project file leaves it out, and what to use instead. */
  reason: string;
  /** The operator code that makes the limit necessary. */
  cites: string;
}

/** CRD fields no setting renders. */
export const crdExclusions: readonly Exclusion[] = [
  {
    paths: ["spec.dir.local"],
    reason:
      "inline migration files: `dir.path` already ships a directory of the repository, checked as `atlas migrate apply` would check it, as an immutable ConfigMap named after its content, which the operator reads exactly like `dir.local` (the same Atlas-format branch); a second spelling of the same files in the project file would be two ways to do one thing. `import` refuses it at the field and says how to commit the files.",
    cites: "internal/controller/atlasmigration_controller.go extractData (local and configMapRef share one branch; both set is an error)",
  },
  {
    paths: ["spec.devDB"],
    reason:
      "a whole PodSpec for the dev database: the operator reads it only when it first creates the `<name>-atlas-dev-db` Deployment and ignores later edits, so a change in Git would never reach the cluster; use devURL/devURLFrom (a dev database of your own) or the operator's automatic one.",
    cites: "internal/controller/devdb.go (an existing Deployment is reused and only scaled; devURL is required as a template with devDB)",
  },
  {
    paths: ["spec.credentials.password"],
    reason: "a password in Git leaks: credentials.passwordFrom names the Secret that holds it.",
    cites: "api/v1alpha1/target.go Credentials.URL (password and passwordFrom end in the same URL)",
  },
  {
    paths: [
      "spec.urlFrom.secretKeyRef.optional",
      "spec.devURLFrom.secretKeyRef.optional",
      "spec.configFrom.secretKeyRef.optional",
      "spec.cloud.tokenFrom.secretKeyRef.optional",
      "spec.credentials.*.secretKeyRef.optional",
      "spec.vars[].valueFrom.*.optional",
    ],
    reason:
      "`optional` on a key reference: the operator never reads it (a missing Secret or ConfigMap fails the migration whatever it says), so rendering it would promise a fallback that does not exist. References are always required.",
    cites: "api/v1alpha1/target.go getSecretValue, internal/controller/common.go getSecretValue (no use of Optional anywhere)",
  },
];

/** Values the CRD accepts that the project file refuses or writes one way, and why. */
export const valueLimits: readonly Exclusion[] = [
  {
    paths: ["spec.url", "spec.devURL", "spec.envName", "spec.baseline", "spec.revisionsSchema", "spec.config", "spec.credentials.*", "spec.cloud.*"],
    reason:
      'empty strings: the operator reads "" as absent (and an empty scheme or, with a custom config, an empty envName as an error), so a setting is at least one character and an absent one is not written.',
    cites:
      'api/v1alpha1/target.go DatabaseURL and Credentials.URL, internal/controller/atlasmigration_controller.go extractData and asBlocks (checks for != "")',
  },
  {
    paths: ["spec.vars"],
    reason:
      "the order of `vars`: settings hold variables by name (so scopes can merge them), and they are written sorted by name; the operator builds a map from the list and passes it to Atlas sorted by name, so the order carries nothing (a repeated key, where only the last counts, cannot be written).",
    cites: "api/v1alpha1/project_config.go GetVars (a map, the last duplicate wins); atlasexec Vars2.AsArgs sorts the keys",
  },
  {
    paths: ["metadata.name"],
    reason:
      "names: an AtlasMigration name is a DNS-1123 label of at most 50 characters, where the API server accepts a 253-character subdomain: the operator names the dev database Deployment `<name>-atlas-dev-db` and uses that as a label value (63 characters at most), and labels the stored directory state with the name.",
    cites: "internal/controller/devdb.go nameDevDB and deploymentDevDB; internal/controller/atlasmigration_controller.go storeDirState",
  },
];

/** Whether a CRD path (`spec.vars[].valueFrom.secretKeyRef.optional`) is, or lies below, one of `paths`. */
export function covers(paths: readonly string[], path: string): boolean {
  return paths.some((pattern) => {
    const pat = pattern.split(".");
    const got = path.split(".");
    if (got.length < pat.length) return false;
    return pat.every((seg, i) => seg === "*" || seg === got[i]);
  });
}
