/**
 * JSON Schemas of the objects this plugin prints. Every object is validated against them before
 * anything reaches stdout (see output-checks.ts); they are compiled ahead of time like the
 * project schema.
 *
 * AtlasMigration: db.atlasgo.io/v1alpha1 as defined by the Atlas Operator's API types at v0.7.37
 * (api/v1alpha1/{atlasmigration_types,target,project_config}.go), spec field by spec field from
 * the settings table (src/project/fields.ts, `output`). Strict: a field the operator does not
 * know is an error here, where the API server would silently prune it. Each field has the
 * operator's whole shape, with the parts the plugin never writes (dir.local, credentials.password,
 * `optional`), which `import` reads and refuses at the field; the CRD's fields no setting maps to
 * (devDB: src/project/crd-coverage.ts) are left out, and `status` is never rendered.
 *
 * ConfigMap: the subset of core/v1 this plugin renders, with the API server's rules for names,
 * keys and the 1 MiB data limit (the limit is checked in code: JSON Schema cannot sum sizes).
 */

import {
  atlasMigrationNameMaxLength,
  configMapKeyPattern,
  dataKeyMaxLength,
  dataKeyPattern,
  dnsLabelMaxLength,
  dnsLabelPattern,
  dnsSubdomainMaxLength,
  dnsSubdomainPattern,
  labelValueMaxLength,
  labelValuePattern,
  qualifiedNameMaxLength,
  qualifiedNamePattern,
} from "../common/names.js";
import { operatorRelease, type SettingField, specFields } from "../project/fields.js";

const keySelector = {
  type: "object",
  additionalProperties: false,
  required: ["key"],
  properties: {
    name: { $ref: "#/definitions/objectName" },
    key: { type: "string", pattern: dataKeyPattern, maxLength: dataKeyMaxLength },
    optional: { type: "boolean" },
  },
} as const;

function objectMeta(nameMaxLength: number, namePattern: string) {
  return {
    type: "object",
    additionalProperties: false,
    required: ["name"],
    properties: {
      name: { type: "string", pattern: namePattern, maxLength: nameMaxLength },
      namespace: { type: "string", pattern: dnsLabelPattern, maxLength: dnsLabelMaxLength },
      labels: {
        type: "object",
        propertyNames: { pattern: qualifiedNamePattern, maxLength: qualifiedNameMaxLength },
        additionalProperties: { type: "string", pattern: labelValuePattern, maxLength: labelValueMaxLength },
      },
      annotations: {
        type: "object",
        propertyNames: { pattern: qualifiedNamePattern, maxLength: qualifiedNameMaxLength },
        additionalProperties: { type: "string" },
      },
    },
  } as const;
}

/** The AtlasMigration schema for the spec fields of `fields` (the settings table, or a test's copy). */
export function atlasMigrationSchemaOf(fields: readonly SettingField[]) {
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: `AtlasMigration db.atlasgo.io/v1alpha1 (Atlas Operator ${operatorRelease})`,
    // Shared parts are definitions, so the compiled validator checks each in one function.
    definitions: {
      objectName: { type: "string", pattern: dnsSubdomainPattern, maxLength: dnsSubdomainMaxLength },
      keySelector,
      secretSource: { type: "object", additionalProperties: false, properties: { secretKeyRef: { $ref: "#/definitions/keySelector" } } },
    },
    type: "object",
    additionalProperties: false,
    required: ["apiVersion", "kind", "metadata", "spec"],
    properties: {
      apiVersion: { const: "db.atlasgo.io/v1alpha1" },
      kind: { const: "AtlasMigration" },
      // The operator names its dev database `<name>-atlas-dev-db` and uses that as a label value.
      metadata: objectMeta(atlasMigrationNameMaxLength, dnsLabelPattern),
      spec: {
        type: "object",
        additionalProperties: false,
        required: ["dir"],
        properties: Object.fromEntries(fields.filter((f) => f.lands === "spec").map((f) => [f.key, f.output])),
      },
    },
  } as const;
}

export const atlasMigrationSchema = atlasMigrationSchemaOf(specFields);

export const configMapSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "ConfigMap v1 (as rendered by this plugin)",
  type: "object",
  additionalProperties: false,
  required: ["apiVersion", "kind", "metadata", "data"],
  properties: {
    apiVersion: { const: "v1" },
    kind: { const: "ConfigMap" },
    metadata: objectMeta(dnsSubdomainMaxLength, dnsSubdomainPattern),
    immutable: { type: "boolean" },
    data: {
      type: "object",
      minProperties: 1,
      // IsConfigMapKey: not `.`, not `..`, not starting with `..`.
      propertyNames: { pattern: configMapKeyPattern, maxLength: dataKeyMaxLength },
      additionalProperties: { type: "string" },
    },
  },
} as const;

/** The API server's limit on the summed size of a ConfigMap's values (core.MaxSecretSize). */
export const configMapDataLimitBytes = 1024 * 1024;
