/**
 * The Atlas Cloud token of the argocd-atlas sidecar, which tag pinning needs: where the plugin
 * will find it, following the sources of src/registry/token-sources.ts in their order, and whether
 * the Secret it comes from holds the key. The token itself is never read. Pure.
 */

import {
  malformedSecretReference,
  secretReference,
  type TokenSourceKind,
  type TokenVariable,
  tokenSources,
  tokenVariableList,
} from "../registry/token-sources.js";
import { cannotCheck, type Finding, fail, type Lookup, ok, patchSecretCommand, warn } from "./findings.js";
import { type Container, type Deployment, type EnvVar, joinPath, mountHolding, type SecretKeys, samePath } from "./objects.js";

/** How the project installs the sidecar, for fixes. */
export const sidecarExample = "plugin/kustomize/repo-server-sidecar.yaml";

/** What doctor can tell of the source the plugin will use. */
type SourceVerdict =
  | { kind: "literal"; variable: TokenVariable }
  | { kind: "note"; note: string }
  | { kind: "warn"; why: string; fix: string }
  | {
      kind: "secret";
      /** How the token reaches the plugin, for the message. */
      via: string;
      secret: { namespace: string; name: string; key: string; optional: boolean };
      /** Read with the Kubernetes API at render time (not by the kubelet when the pod starts). */
      readWithApi?: true;
      /** A problem in how the sidecar reads it, reported even when the Secret is fine. */
      caveat?: { why: string; fix: string };
    };

/**
 * The source the plugin will use, named by its variable (`none`: no variable is set; no variable
 * either when the token may come from envFrom).
 */
type TokenSource = { kind: "none" } | (SourceVerdict & { variable?: TokenVariable });

const tokenFix = `give the sidecar the Atlas Cloud token from a Secret (ATLAS_TOKEN_FILE and a Secret volume, as in ${sidecarExample})`;

interface Pod {
  container: Container;
  deployment: Deployment;
  namespace: string;
}

/** What each kind of source tells, given the env entry of its variable in the sidecar. */
const verdicts: Record<TokenSourceKind, (variable: TokenVariable, entry: EnvVar, pod: Pod) => SourceVerdict> = {
  value: (variable, entry, { namespace }) => {
    const ref = entry.valueFrom?.secretKeyRef;
    if (ref?.name && ref.key) {
      return { kind: "secret", via: variable, secret: { namespace, name: ref.name, key: ref.key, optional: ref.optional === true } };
    }
    if (entry.valueFrom === undefined) return { kind: "literal", variable };
    return { kind: "warn", why: `${variable} comes from a ConfigMap or another non-Secret source`, fix: "take it from a Secret (valueFrom.secretKeyRef)" };
  },
  file: (variable, entry, { container, deployment, namespace }) => {
    const path = entry.value;
    if (entry.valueFrom !== undefined || path === undefined) return { kind: "note", note: `${variable} comes from a reference (not checked)` };
    const mount = mountHolding(container, path);
    if (!mount) {
      return { kind: "warn", why: `${variable} is ${path}, but no volume is mounted there, so tag pinning will not work`, fix: tokenFix };
    }
    const volume = deployment.spec?.template?.spec?.volumes?.find((v) => v.name === mount.name);
    const secret = volume?.secret;
    if (!secret?.secretName) return { kind: "note", note: `${variable} ${path} on volume ${mount.name ?? "?"} (not a Secret volume: not checked)` };
    const inVolume = samePath(mount.mountPath, path)
      ? (mount.subPath ?? "")
      : joinPath(mount.subPath, path.slice(mount.mountPath!.replace(/(?<!\/)\/+$/, "").length + 1));
    const key = secret.items ? secret.items.find((i) => i.path === inVolume)?.key : inVolume;
    if (!key) {
      return {
        kind: "warn",
        why: `${variable} is ${path}, but volume ${mount.name ?? "?"} does not project a key of Secret ${secret.secretName} there`,
        fix: "list the token's key in the volume's items with that path",
      };
    }
    return { kind: "secret", via: `${variable} ${path}`, secret: { namespace, name: secret.secretName, key, optional: secret.optional === true } };
  },
  secret: (variable, entry, { container, deployment }) => {
    if (entry.valueFrom !== undefined || entry.value === undefined) return { kind: "note", note: `${variable} comes from a reference (not checked)` };
    // The value is not shown, as the plugin does not show it: it may be the token, put there by mistake.
    const reference = secretReference(entry.value);
    if (!reference) return { kind: "warn", why: `${variable} ${malformedSecretReference}`, fix: "fix its value" };
    const pod = deployment.spec?.template?.spec;
    const hasServiceAccountToken =
      pod?.automountServiceAccountToken !== false ||
      (container.volumeMounts ?? []).some((m) => pod?.volumes?.find((v) => v.name === m.name)?.projected?.sources?.some((s) => s.serviceAccountToken));
    return {
      kind: "secret",
      via: variable,
      secret: { ...reference, optional: true },
      readWithApi: true,
      ...(!hasServiceAccountToken && {
        caveat: {
          why: `${variable} is read with the pod's service account, but the pod does not mount its token (automountServiceAccountToken: false)`,
          fix: `use ATLAS_TOKEN_FILE with a Secret volume instead (as in ${sidecarExample})`,
        },
      }),
    };
  },
};

/**
 * Where the plugin will find its Atlas Cloud token: the first source whose variable the sidecar's
 * env sets to a value that counts. Kubernetes keeps the last entry of a name; an entry without a
 * value sets the variable empty, which the plugin passes over. A value from a reference is taken
 * to count.
 */
export function tokenSource(container: Container, deployment: Deployment, namespace: string): TokenSource {
  for (const source of tokenSources) {
    const entry = container.env?.findLast((e) => e.name === source.variable);
    if (!entry) continue;
    if (entry.valueFrom === undefined && !source.counts(entry.value ?? "")) continue;
    return { ...verdicts[source.kind](source.variable, entry, { container, deployment, namespace }), variable: source.variable };
  }
  const fromSecrets = (container.envFrom ?? []).filter((e) => e.secretRef?.name).map((e) => e.secretRef!.name!);
  if (fromSecrets.length > 0) return { kind: "note", note: `may come from envFrom Secret ${fromSecrets.join(", ")} (not read)` };
  return { kind: "none" };
}

/** `tokenSecret` is the lookup of the Secret `tokenSource` names, if it names one. */
export function tokenFinding(subject: string, container: Container, deployment: Deployment, namespace: string, tokenSecret?: Lookup<SecretKeys>): Finding {
  const what = `${subject} Atlas token`;
  const source = tokenSource(container, deployment, namespace);
  switch (source.kind) {
    case "none":
      return warn(what, `no ${tokenVariableList}, so tag pinning (pin.mode render, pin.verify) will not work`, tokenFix);
    case "literal":
      return warn(
        what,
        `${source.variable} is written into the Deployment, where anyone who may read Deployments in ${namespace} sees it`,
        "take it from a Secret (valueFrom.secretKeyRef), or use ATLAS_TOKEN_FILE",
      );
    case "note":
      return ok(what, source.note);
    case "warn":
      return warn(what, source.why, source.fix);
    case "secret": {
      const { name, key, optional } = source.secret;
      const secretNamespace = source.secret.namespace;
      const ref = `Secret ${secretNamespace}/${name}`;
      const lookup = tokenSecret ?? { status: "failed", code: 0 };
      if (source.caveat) return warn(what, source.caveat.why, source.caveat.fix);
      if (lookup.status === "forbidden" || lookup.status === "failed") {
        const check = cannotCheck(what, lookup, "secrets", secretNamespace);
        return { ...check, detail: `${source.via} from ${ref}, key ${key}: ${check.detail}` };
      }
      const startFails = !optional && !source.readWithApi;
      const effect = startFails ? "the sidecar cannot start" : "tag pinning will not work";
      const level = startFails ? fail : warn;
      if (lookup.status === "missing") {
        return level(
          what,
          `${source.via} comes from ${ref}, which does not exist, so ${effect}`,
          `kubectl -n ${secretNamespace} create secret generic ${name} --from-literal=${key}=<Atlas Cloud token>`,
        );
      }
      if (!lookup.object.keys.includes(key)) {
        return level(
          what,
          `${source.via} comes from ${ref}, which has no key ${key}, so ${effect}`,
          patchSecretCommand(secretNamespace, name, [key], "<Atlas Cloud token>"),
        );
      }
      const note = source.readWithApi ? " (the repo-server's service account needs get on it: not checked)" : "";
      return ok(what, `${source.via} from ${ref}, key ${key}${note}`);
    }
  }
}
