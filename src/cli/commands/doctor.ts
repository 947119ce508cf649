/**
 * `doctor [PATH]`: checks a cluster (the kubeconfig's context) for what the plugin needs, one
 * finding per line (format in src/doctor/findings.ts):
 *
 *   1. the Atlas Operator's CRDs: installed, serving v1alpha1, with the fields we render;
 *   2. the argocd-atlas sidecar of the repo-server, and how it is set up;
 *   3. the health checks in argocd-cm: present and current;
 *   4. with PATH or --environment: the Secrets and ConfigMaps that environment references.
 *
 * Exit 1 when a check fails (or the cluster cannot be asked), else 0. The checks are pure
 * functions in src/doctor/; this module reads what they need through src/doctor/kube.ts.
 */

import { pluginName } from "../../argocd/plugin-inputs.js";
import { UserError } from "../../common/errors.js";
import { packageVersion } from "../../common/package-version.js";
import { healthCheckFindings } from "../../doctor/argocd-cm.js";
import { atlasMigrationCrd, atlasMigrationCrdFindings, atlasSchemaCrd, atlasSchemaCrdFindings } from "../../doctor/crds.js";
import { type Finding, failures, formatReport, type Lookup, ok } from "../../doctor/findings.js";
import { type Cluster, connect } from "../../doctor/kube.js";
import type { ConfigMap, SecretKeys } from "../../doctor/objects.js";
import { collectReferences, type Reference, referenceFindings } from "../../doctor/references.js";
import { configMapsToRead, repoServerFindings, tokenSecretToRead } from "../../doctor/repo-server.js";
import { renderEnvironment } from "../../gather/render-environment.js";
import { openWorkspace, type Workspace } from "../../gather/workspace.js";
import { healthConfigData, readHealthScripts } from "../../health/install-files.js";
import { selectEnvironment } from "../../render/render.js";
import { parseVerbArgs } from "../args.js";
import type { Io } from "../io.js";
import { projectFilePath } from "../project-path.js";

export async function doctorCommand(args: string[], io: Io): Promise<void> {
  const { values, positionals } = await parseVerbArgs("doctor", args);
  // The project first: its problems are reported without asking the cluster anything.
  let project: { ws: Workspace; environment: string } | undefined;
  if (positionals.length > 0 || values.environment !== undefined) {
    const ws = openWorkspace(projectFilePath(io.cwd, positionals[0]), io.cwd);
    const asked = values.environment === undefined ? undefined : { value: values.environment, from: "--environment" };
    project = { ws, environment: selectEnvironment(ws.loaded, asked, "--environment") };
  }
  const cluster = await connect({ env: io.env, cwd: io.cwd, kubeconfig: values.kubeconfig, context: values.context });
  const argocdNamespace = values["argocd-namespace"] ?? "argocd";

  const findings: Finding[] = [
    ...(await crdChecks(cluster)),
    ...(await repoServerChecks(cluster, argocdNamespace, values["repo-server"] ?? "argocd-repo-server")),
    ...healthCheckFindings(argocdNamespace, await cluster.configMap(argocdNamespace, "argocd-cm"), healthConfigData(readHealthScripts())),
  ];
  if (project) {
    const namespace = values.namespace ?? cluster.namespace ?? "default";
    findings.push(...(await referenceChecks(cluster, project.ws, project.environment, namespace)));
  }
  io.out(formatReport(findings));
  const failed = failures(findings);
  if (failed > 0) throw new UserError({ source: "doctor", message: `${failed} check${failed === 1 ? "" : "s"} failed: see the FAIL lines` });
}

async function crdChecks(cluster: Cluster): Promise<Finding[]> {
  const [migrations, schemas] = await Promise.all([cluster.crd(atlasMigrationCrd), cluster.crd(atlasSchemaCrd)]);
  return [...atlasMigrationCrdFindings(migrations), ...atlasSchemaCrdFindings(schemas)];
}

async function repoServerChecks(cluster: Cluster, namespace: string, name: string): Promise<Finding[]> {
  const deployment = await cluster.deployment(namespace, name);
  const names = configMapsToRead(deployment);
  const configMaps = new Map<string, Lookup<ConfigMap>>(await Promise.all(names.map(async (n) => [n, await cluster.configMap(namespace, n)] as const)));
  const input = { namespace, name, deployment, configMaps, pluginName, version: packageVersion() };
  const secret = tokenSecretToRead(input);
  const tokenSecret = secret && (await cluster.secretKeys(secret.namespace, secret.name));
  return repoServerFindings({ ...input, ...(tokenSecret && { tokenSecret }) });
}

async function referenceChecks(cluster: Cluster, ws: Workspace, environment: string, namespace: string): Promise<Finding[]> {
  // No registry: doctor checks the cluster, and tag pinning does not change what is referenced.
  const { rendered } = await renderEnvironment(ws, environment, { namespace });
  const manifests = rendered.map((r) => r.manifest);
  const migrations = manifests.filter((m) => m.kind === "AtlasMigration").map((m) => `${m.metadata.namespace ?? namespace}/${m.metadata.name}`);
  const refs = collectReferences(manifests);
  const count = (kind: Reference["kind"]) => {
    const n = refs.filter((r) => r.kind === kind).length;
    return `${n} ${kind}${n === 1 ? "" : "s"}`;
  };
  const summary = ok(
    `environment ${environment}`,
    `${migrations.length} AtlasMigration${migrations.length === 1 ? "" : "s"} (${migrations.join(", ")}), referencing ${count("Secret")} and ${count("ConfigMap")}`,
  );
  const lookups = new Map<Reference, Lookup<SecretKeys>>(
    await Promise.all(
      refs.map(async (ref) => {
        if (ref.kind === "Secret") return [ref, await cluster.secretKeys(ref.namespace, ref.name)] as const;
        const configMap = await cluster.configMap(ref.namespace, ref.name);
        const keys: Lookup<SecretKeys> =
          configMap.status === "found" ? { status: "found", object: { keys: Object.keys(configMap.object.data ?? {}) } } : configMap;
        return [ref, keys] as const;
      }),
    ),
  );
  return [summary, ...referenceFindings(refs, lookups)];
}
