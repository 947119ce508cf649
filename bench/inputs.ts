/**
 * Inputs for the scale benchmarks, written as a user would: valid projects with settings in
 * every scope, and an in-repo migration directory with a valid atlas.sum. Deterministic.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { computeEntries, formatSumFile } from "../src/render/atlas-sum.js";

/** A throwaway repository (a .git directory marks its root) holding `files`. */
export function writeRepo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "argocd-atlas-bench-"));
  mkdirSync(join(dir, ".git"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");
/** A 40-hex-digit commit SHA, different for each `n`. */
const sha = (n: number) => (n * 2654435761).toString(16).padStart(8, "0").repeat(5).slice(0, 40);

const defaults = `defaults:
  labels: {app.kubernetes.io/part-of: shop, tier: backend}
  annotations: {example.com/owner: data-team}
  cloud:
    project: shop
    tokenFrom: {secretKeyRef: {name: atlas-credentials, key: token}}
  backoffLimit: 10
`;

function database(name: string, i: number): string {
  let s = `  ${name}:\n    urlFrom: {secretKeyRef: {name: ${name}, key: url}}\n    labels: {team: team-${i % 17}}\n    dir: {remote: {name: ${name}, tag: "${sha(i)}"}}\n`;
  if (i % 5 === 0) s += `    vars: {tenant: {value: tenant-${i}}}\n    configFrom: {secretKeyRef: {name: ${name}-hcl, key: atlas.hcl}}\n`;
  if (i % 7 === 0) s += "    execOrder: linear-skip\n";
  return s;
}

/** `count` databases in one environment, with settings in all four scopes. */
export function databasesProject(count: number): Record<string, string> {
  const names = Array.from({ length: count }, (_, i) => `db-${pad(i, 4)}`);
  let text = `version: 1\n${defaults}databases:\n`;
  for (const [i, name] of names.entries()) text += database(name, i);
  text += "environments:\n  prod:\n    labels: {env: prod}\n    syncWave: -2\n    databases:\n";
  names.forEach((name, i) => {
    if (i % 2 === 0) text += `      ${name}: {namespace: ns-${i % 10}, dir: {remote: {tag: "${sha(i + 100000)}"}}}\n`;
  });
  return { "atlas.project.yaml": text };
}

/** `environments` environments of `perEnvironment` databases each (every database in every environment). */
export function environmentsProject(environments: number, perEnvironment: number): Record<string, string> {
  const names = Array.from({ length: perEnvironment }, (_, i) => `db-${pad(i, 3)}`);
  let text = `version: 1\n${defaults}databases:\n`;
  for (const [i, name] of names.entries()) text += database(name, i);
  text += "environments:\n";
  for (let e = 0; e < environments; e++) {
    text += `  env-${pad(e, 2)}:\n    namespace: shop-${e}\n    labels: {env: env-${e}}\n    databases:\n`;
    names.forEach((name, i) => {
      if ((i + e) % 4 === 0) text += `      ${name}: {dir: {remote: {tag: "${sha(i * 100 + e)}"}}, backoffLimit: ${e}}\n`;
    });
  }
  return { "atlas.project.yaml": text };
}

/** One database whose in-repo directory holds `count` migration files (about 350 bytes each) and atlas.sum. */
export function filesProject(count: number): Record<string, string> {
  const files: Record<string, string> = {
    "deploy/atlas.project.yaml":
      "version: 1\ndatabases:\n  app:\n    urlFrom: {secretKeyRef: {name: app-db, key: url}}\n    dir: {path: ../migrations}\nenvironments:\n  prod: {}\n",
  };
  const sql: { name: string; bytes: Buffer }[] = [];
  for (let i = 1; i <= count; i++) {
    const name = `${20240101000000 + i}_change_${pad(i, 4)}.sql`;
    const text = `-- Migration ${i}: add table t_${i} and its index.\nCREATE TABLE "t_${i}" (\n  "id" bigint NOT NULL,\n  "name" character varying(255) NOT NULL,\n  "created_at" timestamptz NOT NULL DEFAULT now(),\n  PRIMARY KEY ("id")\n);\nCREATE INDEX "t_${i}_name" ON "t_${i}" ("name");\nCOMMENT ON TABLE "t_${i}" IS 'benchmark table ${i}';\n`;
    sql.push({ name, bytes: Buffer.from(text) });
    files[`migrations/${name}`] = text;
  }
  files["migrations/atlas.sum"] = formatSumFile(computeEntries(sql));
  return files;
}

/** Bytes of the migration files and atlas.sum (what the ConfigMap holds). */
export function dataBytes(files: Record<string, string>): number {
  return Object.entries(files)
    .filter(([path]) => path.startsWith("migrations/"))
    .reduce((n, [, content]) => n + Buffer.byteLength(content), 0);
}
