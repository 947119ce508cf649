/**
 * JSON Schema (draft-07) of atlas.project.yaml, assembled from the settings table
 * (src/project/fields.ts) and the shared parts (src/project/schema-parts.ts): the single source for
 * - validation (compiled ahead of time into src/generated/validate-project.ts),
 * - the TypeScript types (src/generated/project-types.ts),
 * - the published editor schema (schema/atlas.project.schema.json) and the README reference.
 * Run `npm run gen` after editing; a test fails when the generated files drift.
 *
 * Descriptions are user documentation: they show up in editors and in the README.
 */

import { projectSchemaUrl } from "../generated/release.js";
import { type SettingField, settingFields } from "./fields.js";
import { sharedDefinitions } from "./schema-parts.js";

/** The file the plugin renders, and discovers Applications by. */
export const projectFileName = "atlas.project.yaml";

/** The schema of a project file whose settings are `fields` (the settings table, or a test's copy). */
export function projectSchemaOf(fields: readonly SettingField[]) {
  /** Settings that may appear at every scope: defaults, a database, an environment, a database in an environment. */
  const settingsProperties = Object.fromEntries(fields.map((f) => [f.key, f.schema]));
  const definitions = {
    ...sharedDefinitions,
    ...Object.assign({}, ...fields.map((f) => f.definitions ?? {})),
  } as typeof sharedDefinitions & Record<string, object>;
  const databaseSettings = {
    type: "object",
    additionalProperties: false,
    properties: {
      name: {
        description: "Name of the AtlasMigration. Default: the database key.",
        $ref: "#/definitions/DatabaseKey",
      },
      ...settingsProperties,
    },
  } as const;

  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: projectSchemaUrl,
    title: "atlas.project.yaml",
    description:
      "Databases and environments whose Atlas Operator AtlasMigration manifests the argocd-atlas Argo CD plugin renders. Settings merge from the widest scope to the narrowest: defaults, databases.<db>, environments.<env>, environments.<env>.databases.<db>.",
    type: "object",
    additionalProperties: false,
    required: ["version", "databases", "environments"],
    properties: {
      version: {
        description: "Version of this file format.",
        const: 1,
      },
      defaults: {
        description: "Settings for every database in every environment.",
        $ref: "#/definitions/Settings",
      },
      databases: {
        description: "The databases, by key. Each renders one AtlasMigration per environment.",
        type: "object",
        minProperties: 1,
        // Inline, not a $ref: the compiled validator then reports which key is wrong.
        propertyNames: definitions.DatabaseKey,
        additionalProperties: { $ref: "#/definitions/DatabaseSettings" },
      },
      environments: {
        description: "The environments, by name. An Application renders one of them.",
        type: "object",
        minProperties: 1,
        propertyNames: definitions.EnvironmentName,
        additionalProperties: { $ref: "#/definitions/EnvironmentSettings" },
      },
      otherManifestsRenderedByAnotherSource: {
        description:
          "true when the Kubernetes manifests in the directory of this file are rendered by another source of the same Application (for example a directory source on the same path with `directory.exclude: atlas.project.yaml`): argocd-atlas then no longer warns about them on every render. An Application that uses argocd-atlas by discovery, without a plugin block in that source, is still refused: nothing else renders those manifests there.",
        type: "boolean",
      },
    },
    definitions: {
      ...definitions,
      Settings: {
        type: "object",
        additionalProperties: false,
        properties: settingsProperties,
      },
      DatabaseSettings: {
        description: "Settings of one database.",
        ...databaseSettings,
      },
      EnvironmentSettings: {
        description: "Settings for every database in this environment, and per-database overrides.",
        type: "object",
        additionalProperties: false,
        properties: {
          ...settingsProperties,
          databases: {
            description: "Per-database overrides in this environment. Keys must be declared under the top-level databases.",
            type: "object",
            // Inline, not a $ref: the compiled validator then reports which key is wrong.
            propertyNames: definitions.DatabaseKey,
            additionalProperties: { $ref: "#/definitions/DatabaseSettings" },
          },
        },
      },
    },
  } as const;
}

export const projectSchema = projectSchemaOf(settingFields);
