/**
 * The Kubernetes and Argo CD names every part of the plugin agrees on: the API server's rules for
 * object names, label and annotation keys, label values and data keys (apimachinery's
 * validation), and the annotations Argo CD reads. Patterns are JSON Schema strings (no flags);
 * `matches` tests a value against one in code.
 */

/** IsDNS1123Label: a namespace, a label-length object name. */
export const dnsLabelPattern = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$";
export const dnsLabelMaxLength = 63;

/** IsDNS1123Subdomain: most object names. */
export const dnsSubdomainPattern = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";
export const dnsSubdomainMaxLength = 253;

/**
 * The longest AtlasMigration name the operator can serve: it names its dev database Deployment
 * `<name>-atlas-dev-db` and puts that in a label value (63 characters at most).
 */
export const atlasMigrationNameMaxLength = dnsLabelMaxLength - "-atlas-dev-db".length;

/** IsQualifiedName: a label or annotation key (an optional DNS subdomain prefix and '/', then a name). */
export const qualifiedNamePattern =
  "^((?=[^/]{1,253}/)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$";
/** A prefix of 253 characters, '/', a name of 63. */
export const qualifiedNameMaxLength = 317;

/** IsValidLabelValue: empty, or a name of at most 63 characters. */
export const labelValuePattern = "^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$";
export const labelValueMaxLength = 63;

/** The key of a Secret or ConfigMap a key selector names (IsConfigMapKey without its `.`/`..` rule). */
export const dataKeyPattern = "^[-._a-zA-Z0-9]+$";
/** IsConfigMapKey: a data key that is not `.` or `..` and does not start with `..`. */
export const configMapKeyPattern = "^(?!\\.\\.)(?!\\.$)[-._a-zA-Z0-9]+$";
export const dataKeyMaxLength = 253;

/** The annotation Argo CD orders a sync by. */
export const syncWaveAnnotation = "argocd.argoproj.io/sync-wave";
/** The annotation of per-object sync options (ServerSideApply=true, ...). */
export const syncOptionsAnnotation = "argocd.argoproj.io/sync-options";

/** Whether `value` matches a pattern of this module. */
export function matches(pattern: string, maxLength: number, value: string): boolean {
  return value.length <= maxLength && new RegExp(pattern).test(value);
}
