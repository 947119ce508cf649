/**
 * JSON Schemas of the objects this plugin prints. Every object is validated against them before
 * anything reaches stdout (see validate-manifests.ts); they are compiled ahead of time like the
 * project schema.
 *
 * AtlasMigration: db.atlasgo.io/v1alpha1 as defined by the Atlas Operator's API types at v0.7.37
 * (api/v1alpha1/{atlasmigration_types,target,project_config}.go). Strict: a field the operator
 * does not know is an error here, where the API server would silently prune it. `devDB` (a full
 * PodSpec) is left out because this plugin never renders it; `status` is never rendered.
 *
 * ConfigMap: the subset of core/v1 this plugin renders, with the API server's rules for names,
 * keys and the 1 MiB data limit (the limit is checked in code: JSON Schema cannot sum sizes).
 */

const dnsLabel = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$";
const dnsSubdomain = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";
const qualifiedName =
  "^((?=[^/]{1,253}/)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$";

const keySelector = {
  type: "object",
  additionalProperties: false,
  required: ["key"],
  properties: {
    name: { type: "string", pattern: dnsSubdomain, maxLength: 253 },
    key: { type: "string", pattern: "^[-._a-zA-Z0-9]+$", maxLength: 253 },
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
      namespace: { type: "string", pattern: dnsLabel, maxLength: 63 },
      labels: {
        type: "object",
        propertyNames: { pattern: qualifiedName, maxLength: 317 },
        additionalProperties: { type: "string", pattern: "^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$", maxLength: 63 },
      },
      annotations: {
        type: "object",
        propertyNames: { pattern: qualifiedName, maxLength: 317 },
        additionalProperties: { type: "string" },
      },
    },
  } as const;
}

export const atlasMigrationSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "AtlasMigration db.atlasgo.io/v1alpha1 (Atlas Operator v0.7.37)",
  // Shared parts are definitions, so the compiled validator checks each in one function.
  definitions: {
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
    metadata: objectMeta(50, dnsLabel),
    spec: {
      type: "object",
      additionalProperties: false,
      required: ["dir"],
      properties: {
        url: { type: "string" },
        urlFrom: { $ref: "#/definitions/secretSource" },
        credentials: {
          type: "object",
          additionalProperties: false,
          properties: {
            scheme: { type: "string" },
            user: { type: "string" },
            userFrom: { $ref: "#/definitions/secretSource" },
            password: { type: "string" },
            passwordFrom: { $ref: "#/definitions/secretSource" },
            host: { type: "string" },
            hostFrom: { $ref: "#/definitions/secretSource" },
            port: { type: "integer" },
            database: { type: "string" },
            parameters: { type: "object", additionalProperties: { type: "string" } },
          },
        },
        config: { type: "string" },
        configFrom: { $ref: "#/definitions/secretSource" },
        envName: { type: "string" },
        vars: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            properties: {
              key: { type: "string" },
              value: { type: "string" },
              valueFrom: {
                type: "object",
                additionalProperties: false,
                properties: { secretKeyRef: { $ref: "#/definitions/keySelector" }, configMapKeyRef: { $ref: "#/definitions/keySelector" } },
              },
            },
          },
        },
        cloud: {
          type: "object",
          additionalProperties: false,
          properties: {
            url: { type: "string" },
            project: { type: "string" },
            tokenFrom: { $ref: "#/definitions/secretSource" },
          },
        },
        dir: {
          type: "object",
          additionalProperties: false,
          properties: {
            configMapRef: {
              type: "object",
              additionalProperties: false,
              properties: { name: { type: "string", pattern: dnsSubdomain, maxLength: 253 } },
            },
            remote: {
              type: "object",
              additionalProperties: false,
              properties: { name: { type: "string" }, tag: { type: "string" } },
            },
            local: { type: "object", additionalProperties: { type: "string" } },
          },
        },
        devURL: { type: "string" },
        devURLFrom: { $ref: "#/definitions/secretSource" },
        revisionsSchema: { type: "string" },
        baseline: { type: "string" },
        execOrder: { enum: ["linear", "linear-skip", "non-linear"] },
        protectedFlows: {
          type: "object",
          additionalProperties: false,
          properties: {
            migrateDown: {
              type: "object",
              additionalProperties: false,
              properties: { allow: { type: "boolean" }, autoApprove: { type: "boolean" } },
            },
          },
        },
        backoffLimit: { type: "integer" },
      },
    },
  },
} as const;

export const configMapSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "ConfigMap v1 (as rendered by this plugin)",
  type: "object",
  additionalProperties: false,
  required: ["apiVersion", "kind", "metadata", "data"],
  properties: {
    apiVersion: { const: "v1" },
    kind: { const: "ConfigMap" },
    metadata: objectMeta(253, dnsSubdomain),
    immutable: { type: "boolean" },
    data: {
      type: "object",
      minProperties: 1,
      // IsConfigMapKey: not `.`, not `..`, not starting with `..`.
      propertyNames: { pattern: "^(?!\\.\\.)(?!\\.$)[-._a-zA-Z0-9]+$", maxLength: 253 },
      additionalProperties: { type: "string" },
    },
  },
} as const;

/** The API server's limit on the summed size of a ConfigMap's values (core.MaxSecretSize). */
export const configMapDataLimitBytes = 1024 * 1024;
