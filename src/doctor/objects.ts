/**
 * The parts of Kubernetes objects that `doctor` reads, as the API server returns them (the typed
 * models of @kubernetes/client-node fit these shapes too). A Secret is reduced to the names of its
 * keys before it gets here.
 */

export interface KeySelector {
  name?: string;
  key?: string;
  optional?: boolean;
}

export interface EnvVar {
  name?: string;
  value?: string;
  valueFrom?: { secretKeyRef?: KeySelector; configMapKeyRef?: KeySelector };
}

export interface VolumeMount {
  name?: string;
  mountPath?: string;
  subPath?: string;
  readOnly?: boolean;
}

export interface Container {
  name?: string;
  image?: string;
  command?: readonly string[];
  env?: readonly EnvVar[];
  envFrom?: ReadonlyArray<{ prefix?: string; secretRef?: { name?: string }; configMapRef?: { name?: string } }>;
  volumeMounts?: readonly VolumeMount[];
  securityContext?: { runAsUser?: number; readOnlyRootFilesystem?: boolean };
}

interface KeyToPath {
  key?: string;
  path?: string;
}

export interface Volume {
  name?: string;
  configMap?: { name?: string; items?: readonly KeyToPath[]; optional?: boolean };
  secret?: { secretName?: string; items?: readonly KeyToPath[]; optional?: boolean };
  emptyDir?: object;
  projected?: { sources?: ReadonlyArray<{ serviceAccountToken?: object }> };
}

export interface Deployment {
  spec?: {
    template?: {
      spec?: {
        containers?: readonly Container[];
        volumes?: readonly Volume[];
        securityContext?: { runAsUser?: number };
        automountServiceAccountToken?: boolean;
      };
    };
  };
}

export interface ConfigMap {
  data?: Readonly<Record<string, string>>;
}

/** What a Secret lookup keeps: the names of its keys, never the values. */
export interface SecretKeys {
  keys: readonly string[];
}

/** The path `file` inside a volume mounted with `subPath`. */
export function joinPath(dir: string | undefined, file: string): string {
  return dir ? `${dir.replace(/(?<!\/)\/+$/, "")}/${file}` : file;
}

/** Equal paths, ignoring trailing slashes of `a`. */
export function samePath(a: string | undefined, b: string): boolean {
  return a !== undefined && a.replace(/(?<!\/)\/+$/, "") === b;
}

/** The mount of `container` that holds `path`: the deepest one at or above it. */
export function mountHolding(container: Container, path: string): VolumeMount | undefined {
  let found: VolumeMount | undefined;
  for (const m of container.volumeMounts ?? []) {
    if (m.mountPath === undefined) continue;
    const dir = m.mountPath.replace(/(?<!\/)\/+$/, "");
    if (path !== dir && !path.startsWith(`${dir}/`)) continue;
    if (!found || dir.length > found.mountPath!.replace(/(?<!\/)\/+$/, "").length) found = m;
  }
  return found;
}
