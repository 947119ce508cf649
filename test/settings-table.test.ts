/**
 * The settings table (src/project/fields.ts) is the one declaration of an operator field: this
 * adds a hypothetical pair of operator fields to a copy of it (`lockTimeout`, a string, and
 * `lockTimeoutFrom`, the same from a Secret, which exclude each other) and checks that the
 * project schema and its TypeScript types, the merge rules, the AtlasMigration builder, the output
 * schema and the doctor's references all follow, with no other change.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import AjvModule from "ajv";
import { schemaToTypeScript } from "../scripts/schema-to-typescript.js";
import { atlasMigrationEras } from "../src/doctor/crds.js";
import { collectReferences } from "../src/doctor/references.js";
import { type SettingField, settingFields, specFields } from "../src/project/fields.js";
import { projectSchema, projectSchemaOf } from "../src/project/schema.js";
import { exclusiveGroups, exclusiveGroupsOf, mergeRuleAt } from "../src/project/scopes.js";
import { type Manifest, specOf } from "../src/render/manifests.js";
import { atlasMigrationSchema, atlasMigrationSchemaOf } from "../src/render/output-schemas.js";

type Json = Record<string, unknown>;

const lockFields: SettingField[] = [
  {
    key: "lockTimeout",
    schema: { description: "How long to wait for the migration lock.", type: "string", minLength: 1, maxLength: 64 },
    alternativeGroup: "lockTimeout",
    lands: "spec",
    output: { type: "string" },
    since: "v9.9.9",
  },
  {
    key: "lockTimeoutFrom",
    schema: { description: "The Secret holding the lock timeout.", $ref: "#/definitions/SecretSource" },
    merge: { whole: true },
    alternativeGroup: "lockTimeout",
    lands: "spec",
    render: ((v: { secretKeyRef: Json } | undefined) => v && { secretKeyRef: { ...v.secretKeyRef } }) as (value: never) => unknown,
    output: { $ref: "#/definitions/secretSource" },
    references: ((r: { secretKeyRef?: { name?: unknown; key?: unknown } } | undefined) =>
      r?.secretKeyRef ? [{ kind: "Secret", name: r.secretKeyRef.name, key: r.secretKeyRef.key, at: "lockTimeoutFrom" }] : []) as (rendered: never) => [],
    since: "v9.9.9",
  },
];
const table = [...settingFields, ...lockFields];

const ajv = new AjvModule.default({ allErrors: true, strict: false });
const lockFrom = { secretKeyRef: { name: "app-db", key: "lock-timeout" } };
const project = (settings: Json) => ({
  version: 1,
  defaults: settings,
  databases: { app: { dir: { configMapRef: { name: "app-migrations" } }, urlFrom: { secretKeyRef: { name: "app-db", key: "url" } } } },
  environments: { prod: {} },
});

describe("a field added to a copy of the settings table", () => {
  it("is a setting of the project schema, and of its TypeScript types", () => {
    const validate = ajv.compile({ ...projectSchemaOf(table), $id: "copy" });
    assert.equal(validate(project({ lockTimeoutFrom: lockFrom })), true, JSON.stringify(validate.errors));
    assert.equal(validate(project({ lockTimeout: "" })), false, "its own rules hold (minLength)");
    const real = ajv.compile({ ...projectSchema, $id: "real" });
    assert.equal(real(project({ lockTimeoutFrom: lockFrom })), false, "the real table does not have it");
    const types = schemaToTypeScript(projectSchemaOf(table) as never, "Project");
    assert.match(types, /^ {2}lockTimeout\?: string;$/m);
    assert.match(types, /^ {2}lockTimeoutFrom\?: SecretSource;$/m);
  });

  it("merges by its declared rules: replaced whole, and excluding its alternative", () => {
    assert.deepEqual(mergeRuleAt(["lockTimeoutFrom"], table), { whole: true });
    assert.deepEqual(mergeRuleAt(["lockTimeoutFrom", "secretKeyRef"], table), { whole: true });
    assert.equal(mergeRuleAt(["lockTimeout"], table), undefined);
    assert.deepEqual(exclusiveGroupsOf(table), [
      ...exclusiveGroups.filter((g) => g.at.length === 0),
      { at: [], fields: ["lockTimeout", "lockTimeoutFrom"] },
      ...exclusiveGroups.filter((g) => g.at.length > 0),
    ]);
  });

  it("is written into spec, after the fields before it in the table", () => {
    const settings = { dir: { configMapRef: { name: "app-migrations" } }, vars: { B: { value: "2" } }, lockTimeoutFrom: lockFrom };
    const spec = specOf(settings as never, {}, table);
    assert.deepEqual(Object.keys(spec), ["dir", "vars", "lockTimeoutFrom"]);
    assert.deepEqual(spec.lockTimeoutFrom, lockFrom);
    assert.deepEqual(specOf({ ...settings, lockTimeout: "" } as never, {}, table).lockTimeout, undefined, "an empty string is not written");
    assert.deepEqual(specOf(settings as never, {}, specFields), { dir: settings.dir, vars: [{ key: "B", value: "2" }] }, "the real table ignores it");
  });

  it("is allowed by the output schema, which the real table's refuses", () => {
    const object = {
      apiVersion: "db.atlasgo.io/v1alpha1",
      kind: "AtlasMigration",
      metadata: { name: "app" },
      spec: { dir: { configMapRef: { name: "app-migrations" } }, lockTimeoutFrom: lockFrom },
    };
    const copy = ajv.compile(atlasMigrationSchemaOf(table));
    assert.equal(copy(object), true, JSON.stringify(copy.errors));
    assert.equal(ajv.compile(atlasMigrationSchema)(object), false);
  });

  it("tells doctor which Secret it references", () => {
    const manifest: Manifest = {
      apiVersion: "db.atlasgo.io/v1alpha1",
      kind: "AtlasMigration",
      metadata: { name: "app", namespace: "prod" },
      spec: { urlFrom: { secretKeyRef: { name: "app-db", key: "url" } }, dir: { remote: { name: "app" } }, lockTimeoutFrom: lockFrom },
    };
    assert.deepEqual(collectReferences([manifest], table), [
      {
        kind: "Secret",
        namespace: "prod",
        name: "app-db",
        keys: ["url", "lock-timeout"],
        migrationDir: false,
        usedBy: ["AtlasMigration app spec.urlFrom", "AtlasMigration app spec.lockTimeoutFrom"],
      },
    ]);
    assert.deepEqual(collectReferences([manifest])[0]?.keys, ["url"], "the real table ignores it");
  });
});

describe("the settings table", () => {
  it("gives every spec field its output schema and the operator release that added it", () => {
    for (const field of specFields) {
      assert.ok(field.output, `${field.key}: output`);
      assert.match(field.since ?? "", /^v\d+\.\d+\.\d+$/, `${field.key}: since`);
    }
    // doctor dates a served CRD by some of these fields: the same releases.
    for (const { field, era } of atlasMigrationEras) {
      const setting = specFields.find((f) => `spec.${f.key}` === field);
      if (setting) assert.ok(era.startsWith(`${setting.since} `), `${field}: ${era} vs ${setting.since}`);
    }
    for (const field of settingFields.filter((f) => f.lands !== "spec")) {
      assert.equal(field.output, undefined, `${field.key} is not rendered into spec`);
    }
  });
});
