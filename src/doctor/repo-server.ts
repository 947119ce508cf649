/**
 * The argocd-atlas sidecar of Argo CD's repo-server: a container running Argo CD's CMP server
 * whose plugin.yaml names our plugin, set up the way that server needs (uid 999, HOME=/tmp, a
 * writable /tmp of its own) and, for tag pinning, given an Atlas Cloud token. Pure: the command
 * reads what `configMapsToRead` and `tokenSecretToRead` ask for and hands the lookups back.
 */
import { parse } from "yaml";
import { cannotCheck, type Finding, fail, type Lookup, ok, warn } from "./findings.js";
import { type ConfigMap, type Container, type Deployment, joinPath, mountHolding, type SecretKeys, samePath, type Volume } from "./objects.js";
import { sidecarExample, tokenFinding, tokenSource } from "./sidecar-token.js";

export const cmpServerCommand = "/var/run/argocd/argocd-cmp-server";
const pluginConfigDir = "/home/argocd/cmp-server/config";
const pluginConfigFile = `${pluginConfigDir}/plugin.yaml`;
/** Mounts every CMP sidecar needs: the CMP server binary, and the socket directory shared with the repo-server. */
const requiredMounts = [
  { path: "/var/run/argocd", holds: "the CMP server binary (the repo-server's var-files volume)" },
  { path: "/home/argocd/cmp-server/plugins", holds: "the plugin socket (the repo-server's plugins volume)" },
];
/** The image name of ours, for a plugin.yaml baked into the image (it cannot be read from outside). */
const ourImage = "argocd-atlas";

/** Where a CMP sidecar's plugin.yaml comes from. */
type PluginConfig =
  | { from: "image" }
  | { from: "configMap"; configMap: string; key: string }
  /** A ConfigMap volume whose `items` do not project the file. */
  | { from: "unprojected"; configMap: string }
  | { from: "volume"; volume: string };

interface Sidecar {
  container: Container;
  config: PluginConfig;
}

export interface RepoServerInput {
  namespace: string;
  name: string;
  deployment: Lookup<Deployment>;
  /** The ConfigMaps `configMapsToRead` named, by name. */
  configMaps: ReadonlyMap<string, Lookup<ConfigMap>>;
  /** The Secret `tokenSecretToRead` named, if any. */
  tokenSecret?: Lookup<SecretKeys>;
  /** Our plugin's name (metadata.name of plugin.yaml). */
  pluginName: string;
  /** This release of argocd-atlas (package.json). */
  version: string;
}

/** The ConfigMaps holding the plugin.yaml of a CMP sidecar, to read from the Argo CD namespace. */
export function configMapsToRead(deployment: Lookup<Deployment>): string[] {
  if (deployment.status !== "found") return [];
  const names = sidecars(deployment.object).flatMap((s) => (s.config.from === "configMap" ? [s.config.configMap] : []));
  return [...new Set(names)];
}

/** The Secret that holds our sidecar's Atlas Cloud token, when one can be named. */
export function tokenSecretToRead(input: Omit<RepoServerInput, "tokenSecret">): { namespace: string; name: string } | undefined {
  if (input.deployment.status !== "found") return undefined;
  const ours = findSidecar(input.deployment.object, input).sidecar;
  if (!ours) return undefined;
  const source = tokenSource(ours.container, input.deployment.object, input.namespace);
  return "secret" in source && source.secret ? { namespace: source.secret.namespace, name: source.secret.name } : undefined;
}

export function repoServerFindings(input: RepoServerInput): Finding[] {
  const what = `repo-server ${input.namespace}/${input.name}`;
  const { deployment } = input;
  if (deployment.status === "missing") {
    return [
      fail(
        what,
        "Deployment not found",
        `pass --argocd-namespace with the namespace Argo CD runs in, or --repo-server with the name of its repo-server Deployment`,
      ),
    ];
  }
  if (deployment.status !== "found") return [cannotCheck(what, deployment, "deployments", input.namespace)];

  const { sidecar, finding } = findSidecar(deployment.object, input);
  if (!sidecar) return [finding];
  const container = sidecar.container;
  const subject = `sidecar ${container.name ?? "?"}`;
  const findings: Finding[] = [finding];
  const mounts = container.volumeMounts ?? [];
  for (const required of requiredMounts) {
    if (!mounts.some((m) => samePath(m.mountPath, required.path))) {
      findings.push(
        fail(`${subject} mounts`, `nothing is mounted at ${required.path}, where Argo CD puts ${required.holds}`, `mount it as in ${sidecarExample}`),
      );
    }
  }
  findings.push(userFinding(subject, container, deployment.object));
  findings.push(homeFinding(subject, container, deployment.object));
  findings.push(tmpFinding(subject, container, deployment.object));
  findings.push(tokenFinding(subject, container, deployment.object, input.namespace, input.tokenSecret));
  const release = releaseFinding(subject, container, input.version);
  if (release) findings.push(release);
  return findings;
}

/**
 * A warning when the sidecar's image is tagged with another release than this doctor's: the
 * sidecar renders, and checks, by its own release's rules. Nothing when the tag names no release.
 */
function releaseFinding(subject: string, container: Container, version: string): Finding | undefined {
  const tag = /:([^:/@]+)(@.*)?$/.exec(container.image ?? "")?.[1];
  // The release is the x.y.z at the start of the tag (0.1.0-alpine is release 0.1.0).
  const release = tag && /^v?(\d+\.\d+\.\d+)/.exec(tag)?.[1];
  if (!release || release === /^\d+\.\d+\.\d+/.exec(version)?.[0]) return undefined;
  return warn(
    `${subject} image`,
    `runs argocd-atlas ${tag}, while this doctor is ${version}`,
    `update the sidecar's image to ${version}, or run the doctor of release ${tag}`,
  );
}

/** The CMP sidecars of a Deployment and where each one's plugin.yaml comes from. */
function sidecars(deployment: Deployment): Sidecar[] {
  const pod = deployment.spec?.template?.spec;
  const volumes = pod?.volumes ?? [];
  return (pod?.containers ?? [])
    .filter((c) => c.command?.[0] === cmpServerCommand)
    .map((container) => ({ container, config: pluginConfig(container, volumes) }));
}

function pluginConfig(container: Container, volumes: readonly Volume[]): PluginConfig {
  for (const mount of container.volumeMounts ?? []) {
    let file: string;
    if (samePath(mount.mountPath, pluginConfigFile)) file = mount.subPath ?? "";
    else if (samePath(mount.mountPath, pluginConfigDir)) file = joinPath(mount.subPath, "plugin.yaml");
    else continue;
    const volume = volumes.find((v) => v.name === mount.name);
    const configMap = volume?.configMap;
    if (!configMap?.name) return { from: "volume", volume: mount.name ?? "?" };
    if (!configMap.items) return { from: "configMap", configMap: configMap.name, key: file };
    const item = configMap.items.find((i) => i.path === file);
    return item?.key ? { from: "configMap", configMap: configMap.name, key: item.key } : { from: "unprojected", configMap: configMap.name };
  }
  return { from: "image" };
}

/** Which sidecar is ours, and the finding that says so (or that none is). */
function findSidecar(deployment: Deployment, input: Omit<RepoServerInput, "tokenSecret" | "deployment">): { sidecar?: Sidecar; finding: Finding } {
  const what = `repo-server ${input.namespace}/${input.name}`;
  const all = sidecars(deployment);
  const others: string[] = [];
  for (const sidecar of all) {
    const name = sidecar.container.name ?? "?";
    const image = sidecar.container.image ?? "";
    const ourImageRuns = image.includes(ourImage);
    const config = sidecar.config;
    const fromImage = `sidecar ${name} runs ${image}`;
    if (config.from === "image" || config.from === "volume") {
      if (ourImageRuns) {
        const where = config.from === "image" ? "baked into the image" : `from volume ${config.volume}`;
        return { sidecar, finding: ok(what, `${fromImage} (plugin.yaml ${where}: its plugin name cannot be read from outside the pod)`) };
      }
      others.push(`${name} (image ${image || "?"})`);
      continue;
    }
    const ref = `ConfigMap ${input.namespace}/${config.configMap}`;
    if (config.from === "unprojected") {
      if (ourImageRuns) {
        return {
          sidecar,
          finding: fail(
            what,
            `sidecar ${name} mounts plugin.yaml from ${ref}, whose volume items do not include it`,
            `list the key holding plugin.yaml in the volume's items, with path plugin.yaml`,
          ),
        };
      }
      others.push(`${name} (plugin.yaml not projected from ${ref})`);
      continue;
    }
    const lookup = input.configMaps.get(config.configMap) ?? { status: "failed", code: 0 };
    const source = `${ref}, key ${config.key}`;
    if (lookup.status === "forbidden" || lookup.status === "failed") {
      if (ourImageRuns) {
        const why = lookup.status === "forbidden" ? `no permission to get configmaps in ${input.namespace}` : `the API server answered HTTP ${lookup.code}`;
        return {
          sidecar,
          finding: warn(
            what,
            `${fromImage} with plugin.yaml from ${source}, which cannot be read (${why}): plugin name not verified`,
            `run doctor with a user who may get configmaps in ${input.namespace}`,
          ),
        };
      }
      others.push(`${name} (plugin.yaml in ${source}, unreadable)`);
      continue;
    }
    const text = lookup.status === "found" ? lookup.object.data?.[config.key] : undefined;
    if (text === undefined) {
      if (ourImageRuns) {
        return {
          sidecar,
          finding: fail(
            what,
            `sidecar ${name} mounts plugin.yaml from ${source}, which does not exist, so the sidecar cannot start`,
            `create it from plugin.yaml, or drop the mount to use the plugin.yaml baked into the image`,
          ),
        };
      }
      others.push(`${name} (plugin.yaml in ${source}, missing)`);
      continue;
    }
    const plugin = pluginDefinition(text);
    if (plugin === undefined) {
      if (ourImageRuns) {
        return {
          sidecar,
          finding: fail(what, `plugin.yaml in ${source} is not a plugin definition (YAML with metadata.name)`, `replace it with argocd-atlas's plugin.yaml`),
        };
      }
      others.push(`${name} (plugin.yaml in ${source}, invalid)`);
      continue;
    }
    if (plugin.name === input.pluginName && plugin.version !== undefined) {
      return {
        sidecar,
        finding: warn(
          what,
          `sidecar ${name} serves plugin ${plugin.name}-${plugin.version}, not ${input.pluginName}: plugin.yaml in ${source} sets spec.version, which Argo CD appends to the name`,
          `remove spec.version, or name the plugin ${plugin.name}-${plugin.version} in Applications`,
        ),
      };
    }
    if (plugin.name === input.pluginName) {
      return { sidecar, finding: ok(what, `sidecar ${name} serves plugin ${input.pluginName} (plugin.yaml from ${source})`) };
    }
    others.push(`${name} serves ${plugin.version === undefined ? plugin.name : `${plugin.name}-${plugin.version}`}`);
  }
  const found = all.length === 0 ? "it has no plugin sidecar" : `its plugin sidecars: ${others.join(", ")}`;
  return { finding: fail(what, `no sidecar serves plugin ${input.pluginName} (${found})`, `add the argocd-atlas sidecar as in ${sidecarExample}`) };
}

function pluginDefinition(text: string): { name: string; version?: string } | undefined {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch {
    return undefined;
  }
  const d = doc as { metadata?: { name?: unknown }; spec?: { version?: unknown } } | null;
  const name = d?.metadata?.name;
  if (typeof name !== "string" || name === "") return undefined;
  const version = d?.spec?.version;
  return typeof version === "string" && version !== "" ? { name, version } : { name };
}

function userFinding(subject: string, container: Container, deployment: Deployment): Finding {
  const what = `${subject} user`;
  const uid = container.securityContext?.runAsUser ?? deployment.spec?.template?.spec?.securityContext?.runAsUser;
  if (uid === 999) return ok(what, "uid 999");
  const fix = "set securityContext.runAsUser: 999 on the container";
  if (uid === undefined) {
    return warn(what, "runAsUser is not set, so the image's user applies (999 in the argocd-atlas image; Argo CD requires 999)", fix);
  }
  return fail(what, `runs as uid ${uid}: Argo CD requires CMP sidecars to run as uid 999`, fix);
}

function homeFinding(subject: string, container: Container, deployment: Deployment): Finding {
  const what = `${subject} HOME`;
  const home = container.env?.find((e) => e.name === "HOME");
  const fix = "set env HOME=/tmp on the container";
  if (!home) {
    return warn(what, "not set, so the image's default applies (/tmp in the argocd-atlas image); uid 999 has no home directory of its own", fix);
  }
  if (home.value === "/tmp") return ok(what, "/tmp");
  if (home.value === undefined) return warn(what, "comes from a reference, so its value cannot be checked", fix);
  if (writableMountHolding(home.value, container, deployment)) return ok(what, `${home.value}, on a writable volume`);
  return warn(what, `${home.value}, which no writable volume holds: uid 999 cannot write there`, fix);
}

function tmpFinding(subject: string, container: Container, deployment: Deployment): Finding {
  const what = `${subject} /tmp`;
  const pod = deployment.spec?.template?.spec;
  const mount = (container.volumeMounts ?? []).find((m) => samePath(m.mountPath, "/tmp") && !m.subPath);
  const fix = "mount an emptyDir of its own at /tmp";
  if (!mount) {
    return container.securityContext?.readOnlyRootFilesystem
      ? fail(what, "no volume at /tmp and the root filesystem is read-only: the CMP server cannot unpack checkouts", fix)
      : warn(what, "no volume at /tmp: the CMP server unpacks every checkout into the container's own filesystem", fix);
  }
  if (mount.readOnly)
    return fail(what, `volume ${mount.name ?? "?"} is mounted read-only: the CMP server cannot unpack checkouts`, `mount it writable (${fix})`);
  const sharer = (pod?.containers ?? []).find(
    (c) => c !== container && c.command?.[0] !== cmpServerCommand && (c.volumeMounts ?? []).some((m) => m.name === mount.name && samePath(m.mountPath, "/tmp")),
  );
  if (sharer) {
    return warn(
      what,
      `volume ${mount.name ?? "?"} is also /tmp of container ${sharer.name ?? "?"}: the repo-server's /tmp must not be shared with a plugin`,
      fix,
    );
  }
  const volume = pod?.volumes?.find((v) => v.name === mount.name);
  return ok(what, `writable volume ${mount.name ?? "?"}${volume?.emptyDir ? " (emptyDir)" : ""}`);
}

function writableMountHolding(path: string, container: Container, deployment: Deployment): boolean {
  const mount = mountHolding(container, path);
  if (!mount || mount.readOnly) return false;
  return deployment.spec?.template?.spec?.volumes?.find((v) => v.name === mount.name)?.emptyDir !== undefined;
}
