/**
 * The Atlas Cloud token of the argocd-atlas sidecar, which tag pinning needs: where the plugin
 * will find it, in the order src/registry/token.ts tries (ATLAS_TOKEN, ATLAS_TOKEN_FILE,
 * ATLAS_TOKEN_SECRET), and whether the Secret it comes from holds the key. The token itself is
 * never read. Pure.
 */

import { quote } from "../common/errors.js";
import { cannotCheck, type Finding, fail, type Lookup, ok, patchSecretCommand, warn } from "./findings.js";
import { type Container, type Deployment, joinPath, mountHolding, type SecretKeys, samePath } from "./objects.js";

/** How the project installs the sidecar, for fixes. */
export const sidecarExample = "plugin/kustomize/repo-server-sidecar.yaml";

type TokenSource =
  | { kind: "none" }
  | { kind: "literal" }
  | { kind: "note"; note: string }
  | { kind: "warn"; why: string; fix: string }
  | {
      kind: "secret";
      /** How the token reaches the plugin, for the message. */
      via: string;
      secret: { namespace: string; name: string; key: string; optional: boolean };
      /** A problem in how the sidecar reads it, reported even when the Secret is fine. */
      caveat?: { why: string; fix: string };
    };

const tokenFix = `give the sidecar the Atlas Cloud token from a Secret (ATLAS_TOKEN_FILE and a Secret volume, as in ${sidecarExample})`;

/** Where the plugin will find its Atlas Cloud token, in the order src/registry/token.ts tries them. */
export function tokenSource(container: Container, deployment: Deployment, namespace: string): TokenSource {
  const env = (name: string) => container.env?.find((e) => e.name === name);
  const direct = env("ATLAS_TOKEN");
  if (direct) {
    const ref = direct.valueFrom?.secretKeyRef;
    if (ref?.name && ref.key) {
      return { kind: "secret", via: "ATLAS_TOKEN", secret: { namespace, name: ref.name, key: ref.key, optional: ref.optional === true } };
    }
    if (direct.value !== undefined) return { kind: "literal" };
    return { kind: "warn", why: "ATLAS_TOKEN comes from a ConfigMap or another non-Secret source", fix: "take it from a Secret (valueFrom.secretKeyRef)" };
  }
  const file = env("ATLAS_TOKEN_FILE");
  if (file) {
    const path = file.value;
    if (path === undefined) return { kind: "note", note: "ATLAS_TOKEN_FILE comes from a reference (not checked)" };
    const mount = mountHolding(container, path);
    if (!mount) {
      return { kind: "warn", why: `ATLAS_TOKEN_FILE is ${path}, but no volume is mounted there, so tag pinning will not work`, fix: tokenFix };
    }
    const volume = deployment.spec?.template?.spec?.volumes?.find((v) => v.name === mount.name);
    const secret = volume?.secret;
    if (!secret?.secretName) return { kind: "note", note: `ATLAS_TOKEN_FILE ${path} on volume ${mount.name ?? "?"} (not a Secret volume: not checked)` };
    const inVolume = samePath(mount.mountPath, path)
      ? (mount.subPath ?? "")
      : joinPath(mount.subPath, path.slice(mount.mountPath!.replace(/(?<!\/)\/+$/, "").length + 1));
    const key = secret.items ? secret.items.find((i) => i.path === inVolume)?.key : inVolume;
    if (!key) {
      return {
        kind: "warn",
        why: `ATLAS_TOKEN_FILE is ${path}, but volume ${mount.name ?? "?"} does not project a key of Secret ${secret.secretName} there`,
        fix: "list the token's key in the volume's items with that path",
      };
    }
    return { kind: "secret", via: `ATLAS_TOKEN_FILE ${path}`, secret: { namespace, name: secret.secretName, key, optional: secret.optional === true } };
  }
  const reference = env("ATLAS_TOKEN_SECRET");
  if (reference) {
    const parts = (reference.value ?? "").split("/");
    if (parts.length !== 3 || parts.some((p) => p === "")) {
      return { kind: "warn", why: `ATLAS_TOKEN_SECRET must be <namespace>/<name>/<key>, got ${quote(reference.value ?? "")}`, fix: "fix its value" };
    }
    const [ns, name, key] = parts as [string, string, string];
    const pod = deployment.spec?.template?.spec;
    const hasServiceAccountToken =
      pod?.automountServiceAccountToken !== false ||
      (container.volumeMounts ?? []).some((m) => pod?.volumes?.find((v) => v.name === m.name)?.projected?.sources?.some((s) => s.serviceAccountToken));
    return {
      kind: "secret",
      via: "ATLAS_TOKEN_SECRET",
      secret: { namespace: ns, name, key, optional: true },
      ...(!hasServiceAccountToken && {
        caveat: {
          why: "ATLAS_TOKEN_SECRET is read with the pod's service account, but the pod does not mount its token (automountServiceAccountToken: false)",
          fix: `use ATLAS_TOKEN_FILE with a Secret volume instead (as in ${sidecarExample})`,
        },
      }),
    };
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
      return warn(what, "no ATLAS_TOKEN, ATLAS_TOKEN_FILE or ATLAS_TOKEN_SECRET, so tag pinning (pin.mode render, pin.verify) will not work", tokenFix);
    case "literal":
      return warn(
        what,
        `ATLAS_TOKEN is written into the Deployment, where anyone who may read Deployments in ${namespace} sees it`,
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
      const startFails = !optional && source.via !== "ATLAS_TOKEN_SECRET";
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
      const note = source.via === "ATLAS_TOKEN_SECRET" ? " (the repo-server's service account needs get on it: not checked)" : "";
      return ok(what, `${source.via} from ${ref}, key ${key}${note}`);
    }
  }
}
