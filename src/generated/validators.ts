// Generated from src/project-schema.ts and src/manifest-schemas.ts by `npm run gen`. Do not edit.
// @ts-nocheck
/* eslint-disable */
"use strict";
export const validateProject = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/argocd-atlas/argocd-atlas/main/schema/atlas.project.schema.json","title":"atlas.project.yaml","description":"Databases and environments whose Atlas Operator AtlasMigration manifests the argocd-atlas Argo CD plugin renders. Settings merge from the widest scope to the narrowest: defaults, databases.<db>, environments.<env>, environments.<env>.databases.<db>.","type":"object","additionalProperties":false,"required":["version","databases","environments"],"properties":{"version":{"description":"Version of this file format.","const":1},"defaults":{"description":"Settings for every database in every environment.","$ref":"#/definitions/Settings"},"databases":{"description":"The databases, by key. Each renders one AtlasMigration per environment.","type":"object","minProperties":1,"propertyNames":{"$ref":"#/definitions/DatabaseKey"},"additionalProperties":{"$ref":"#/definitions/DatabaseSettings"}},"environments":{"description":"The environments, by name. An Application renders one of them.","type":"object","minProperties":1,"propertyNames":{"$ref":"#/definitions/EnvironmentName"},"additionalProperties":{"$ref":"#/definitions/EnvironmentSettings"}}},"definitions":{"DatabaseKey":{"description":"A DNS-1123 label of at most 50 characters: lowercase letters, digits and '-', starting and ending with a letter or digit (the operator names its dev database `<name>-atlas-dev-db` and uses that as a label value).","type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","maxLength":50},"EnvironmentName":{"description":"An environment name: lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63 characters.","type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","maxLength":63},"Namespace":{"description":"A Kubernetes namespace: a DNS-1123 label (lowercase letters, digits and '-', at most 63 characters).","type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","maxLength":63},"ObjectName":{"description":"A Kubernetes object name: a DNS-1123 subdomain (lowercase letters, digits, '-' and '.', at most 253 characters).","type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","maxLength":253},"SecretKeyRef":{"description":"A key of a Secret in the same namespace as the AtlasMigration.","type":"object","additionalProperties":false,"required":["name","key"],"properties":{"name":{"$ref":"#/definitions/ObjectName"},"key":{"description":"A Secret data key: letters, digits, '-', '_' and '.'.","type":"string","pattern":"^[-._a-zA-Z0-9]+$","maxLength":253}}},"ConfigMapKeyRef":{"description":"A key of a ConfigMap in the same namespace as the AtlasMigration.","type":"object","additionalProperties":false,"required":["name","key"],"properties":{"name":{"$ref":"#/definitions/ObjectName"},"key":{"description":"A ConfigMap data key: letters, digits, '-', '_' and '.'.","type":"string","pattern":"^[-._a-zA-Z0-9]+$","maxLength":253}}},"SecretSource":{"description":"A value read by the operator from a Secret.","type":"object","additionalProperties":false,"required":["secretKeyRef"],"properties":{"secretKeyRef":{"$ref":"#/definitions/SecretKeyRef"}}},"StringMap":{"type":"object","additionalProperties":{"type":"string","maxLength":65536}},"Credentials":{"description":"Database connection parts, used by the operator when neither url nor urlFrom is set. Secrets only through the *From fields: a plain password is rejected.","type":"object","additionalProperties":false,"properties":{"scheme":{"description":"A driver scheme in lowercase, e.g. postgres, mysql, sqlserver.","type":"string","pattern":"^[a-z][a-z0-9+]*$","maxLength":64},"user":{"description":"User name.","type":"string","minLength":1,"maxLength":256},"userFrom":{"description":"The Secret holding the user name.","$ref":"#/definitions/SecretSource"},"password":{"description":"Not allowed: a password in Git leaks. Use passwordFrom.","type":"string"},"passwordFrom":{"description":"The Secret holding the password.","$ref":"#/definitions/SecretSource"},"host":{"description":"Host name.","type":"string","minLength":1,"maxLength":253},"hostFrom":{"description":"The Secret holding the host name.","$ref":"#/definitions/SecretSource"},"port":{"description":"TCP port.","type":"integer","minimum":1,"maximum":65535},"database":{"description":"Database name.","type":"string","minLength":1,"maxLength":256},"parameters":{"description":"URL query parameters, e.g. sslmode: disable.","$ref":"#/definitions/StringMap"}}},"Cloud":{"description":"Atlas Cloud connection.","type":"object","additionalProperties":false,"properties":{"url":{"description":"An Atlas Cloud API URL, http:// or https://. Default: the operator's (Atlas Cloud).","type":"string","pattern":"^https?://[^\\s]+$","maxLength":2048},"project":{"description":"Atlas Cloud project name.","type":"string","minLength":1,"maxLength":256},"tokenFrom":{"description":"The Secret holding the Atlas Cloud token. Required for a registry directory.","$ref":"#/definitions/SecretSource"}}},"RemoteDir":{"description":"A migration directory in the Atlas Registry (Atlas Cloud).","type":"object","additionalProperties":false,"properties":{"name":{"description":"A directory name in the Atlas Cloud project (no spaces, '/', '\\', '?', '#', '&' or '=').","type":"string","pattern":"^[^\\s?#&=/\\\\]+$","maxLength":256},"tag":{"description":"A directory tag, usually the commit SHA pushed by CI (no spaces, '/', '\\', '?', '#', '&' or '='). Empty or `latest` follows the floating latest version, which the operator never re-applies when a new version is pushed: pin a concrete tag.","type":"string","pattern":"^[^\\s?#&=/\\\\]+$","maxLength":256}}},"Dir":{"description":"Where the migrations come from: exactly one of remote (Atlas Registry), path (in-repo directory, rendered as a ConfigMap) or configMapRef (an existing ConfigMap). A scope that sets one of them replaces the others inherited from wider scopes.","type":"object","additionalProperties":false,"properties":{"remote":{"$ref":"#/definitions/RemoteDir"},"path":{"description":"An Atlas migration directory (top-level *.sql files and atlas.sum): a relative path from the directory of atlas.project.yaml, with '/' separators, that stays inside the repository.","type":"string","minLength":1,"maxLength":1024,"pattern":"^[^/\\\\\\u0000][^\\\\\\u0000]*$"},"configMapRef":{"description":"An existing ConfigMap holding the migration files.","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/definitions/ObjectName"}}}}},"MigrateDownFlow":{"description":"Down migrations: whether they may run (allow) and whether without review (autoApprove).","type":"object","additionalProperties":false,"properties":{"allow":{"description":"Allow down migrations.","type":"boolean"},"autoApprove":{"description":"Apply down migrations without review. Required with allow for in-repo directories; not allowed for registry directories (approval happens in Atlas Cloud).","type":"boolean"}}},"Variable":{"description":"An input variable of a custom atlas.hcl: exactly one of value and valueFrom.","type":"object","additionalProperties":false,"properties":{"value":{"type":"string","maxLength":65536},"valueFrom":{"type":"object","additionalProperties":false,"properties":{"secretKeyRef":{"$ref":"#/definitions/SecretKeyRef"},"configMapKeyRef":{"$ref":"#/definitions/ConfigMapKeyRef"}}}}},"Settings":{"type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Render this database in this scope. Default true; set false to leave a database out of an environment.","type":"boolean"},"namespace":{"description":"Namespace of the rendered objects. Default: the Application's destination namespace.","$ref":"#/definitions/Namespace"},"labels":{"description":"Labels added to the rendered objects.","type":"object","propertyNames":{"description":"A label key: an optional DNS subdomain prefix and '/', then at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit.","pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$","maxLength":317},"additionalProperties":{"description":"A label value: at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit.","type":"string","pattern":"^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$","maxLength":63}},"annotations":{"description":"Annotations added to the rendered objects.","type":"object","propertyNames":{"description":"An annotation key: an optional DNS subdomain prefix and '/', then at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit.","pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$","maxLength":317},"additionalProperties":{"type":"string","maxLength":65536}},"syncWave":{"description":"Argo CD sync wave of the AtlasMigration and its ConfigMap. Default -1: one wave before the application's resources (wave 0), so Argo CD applies the application only after the migration is Healthy.","type":"integer","minimum":-1000000,"maximum":1000000},"url":{"description":"Target database URL without credentials. A URL carrying a password is rejected: use urlFrom.","type":"string","minLength":1,"maxLength":4096},"urlFrom":{"description":"The Secret holding the target database URL (preferred).","$ref":"#/definitions/SecretSource"},"credentials":{"$ref":"#/definitions/Credentials"},"cloud":{"$ref":"#/definitions/Cloud"},"dir":{"$ref":"#/definitions/Dir"},"envName":{"description":"Environment name reported to Atlas Cloud (operator default: kubernetes).","type":"string","minLength":1,"maxLength":256},"devURL":{"description":"Dev database URL without credentials. A URL carrying a password is rejected: use devURLFrom.","type":"string","minLength":1,"maxLength":4096},"devURLFrom":{"description":"The Secret holding the dev database URL.","$ref":"#/definitions/SecretSource"},"execOrder":{"description":"How Atlas orders pending migration files (operator default: linear).","enum":["linear","linear-skip","non-linear"]},"baseline":{"description":"Baseline version of a database that already has a schema.","type":"string","minLength":1,"maxLength":256},"revisionsSchema":{"description":"Schema that holds the atlas_schema_revisions table.","type":"string","minLength":1,"maxLength":256},"protectedFlows":{"description":"Protected flows: migrateDown {allow, autoApprove} controls down migrations (when a pin moves to an older version).","type":"object","additionalProperties":false,"properties":{"migrateDown":{"$ref":"#/definitions/MigrateDownFlow"}}},"backoffLimit":{"description":"How many failed attempts the operator retries (operator default 20; 0 retries forever).","type":"integer","minimum":0,"maximum":1000000},"vars":{"description":"Input variables of a custom atlas.hcl (config/configFrom), by name. Scopes merge them by name.","type":"object","propertyNames":{"description":"A variable name: letters, digits and '_', not starting with a digit.","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","maxLength":256},"additionalProperties":{"$ref":"#/definitions/Variable"}},"config":{"description":"A custom atlas.hcl (needs the operator's allowCustomConfig=true).","type":"string","minLength":1,"maxLength":262144},"configFrom":{"description":"The Secret holding a custom atlas.hcl.","$ref":"#/definitions/SecretSource"}}},"DatabaseSettings":{"description":"Settings of one database.","type":"object","additionalProperties":false,"properties":{"name":{"description":"Name of the AtlasMigration. Default: the database key.","$ref":"#/definitions/DatabaseKey"},"enabled":{"description":"Render this database in this scope. Default true; set false to leave a database out of an environment.","type":"boolean"},"namespace":{"description":"Namespace of the rendered objects. Default: the Application's destination namespace.","$ref":"#/definitions/Namespace"},"labels":{"description":"Labels added to the rendered objects.","type":"object","propertyNames":{"description":"A label key: an optional DNS subdomain prefix and '/', then at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit.","pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$","maxLength":317},"additionalProperties":{"description":"A label value: at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit.","type":"string","pattern":"^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$","maxLength":63}},"annotations":{"description":"Annotations added to the rendered objects.","type":"object","propertyNames":{"description":"An annotation key: an optional DNS subdomain prefix and '/', then at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit.","pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$","maxLength":317},"additionalProperties":{"type":"string","maxLength":65536}},"syncWave":{"description":"Argo CD sync wave of the AtlasMigration and its ConfigMap. Default -1: one wave before the application's resources (wave 0), so Argo CD applies the application only after the migration is Healthy.","type":"integer","minimum":-1000000,"maximum":1000000},"url":{"description":"Target database URL without credentials. A URL carrying a password is rejected: use urlFrom.","type":"string","minLength":1,"maxLength":4096},"urlFrom":{"description":"The Secret holding the target database URL (preferred).","$ref":"#/definitions/SecretSource"},"credentials":{"$ref":"#/definitions/Credentials"},"cloud":{"$ref":"#/definitions/Cloud"},"dir":{"$ref":"#/definitions/Dir"},"envName":{"description":"Environment name reported to Atlas Cloud (operator default: kubernetes).","type":"string","minLength":1,"maxLength":256},"devURL":{"description":"Dev database URL without credentials. A URL carrying a password is rejected: use devURLFrom.","type":"string","minLength":1,"maxLength":4096},"devURLFrom":{"description":"The Secret holding the dev database URL.","$ref":"#/definitions/SecretSource"},"execOrder":{"description":"How Atlas orders pending migration files (operator default: linear).","enum":["linear","linear-skip","non-linear"]},"baseline":{"description":"Baseline version of a database that already has a schema.","type":"string","minLength":1,"maxLength":256},"revisionsSchema":{"description":"Schema that holds the atlas_schema_revisions table.","type":"string","minLength":1,"maxLength":256},"protectedFlows":{"description":"Protected flows: migrateDown {allow, autoApprove} controls down migrations (when a pin moves to an older version).","type":"object","additionalProperties":false,"properties":{"migrateDown":{"$ref":"#/definitions/MigrateDownFlow"}}},"backoffLimit":{"description":"How many failed attempts the operator retries (operator default 20; 0 retries forever).","type":"integer","minimum":0,"maximum":1000000},"vars":{"description":"Input variables of a custom atlas.hcl (config/configFrom), by name. Scopes merge them by name.","type":"object","propertyNames":{"description":"A variable name: letters, digits and '_', not starting with a digit.","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","maxLength":256},"additionalProperties":{"$ref":"#/definitions/Variable"}},"config":{"description":"A custom atlas.hcl (needs the operator's allowCustomConfig=true).","type":"string","minLength":1,"maxLength":262144},"configFrom":{"description":"The Secret holding a custom atlas.hcl.","$ref":"#/definitions/SecretSource"}}},"EnvironmentSettings":{"description":"Settings for every database in this environment, and per-database overrides.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Render this database in this scope. Default true; set false to leave a database out of an environment.","type":"boolean"},"namespace":{"description":"Namespace of the rendered objects. Default: the Application's destination namespace.","$ref":"#/definitions/Namespace"},"labels":{"description":"Labels added to the rendered objects.","type":"object","propertyNames":{"description":"A label key: an optional DNS subdomain prefix and '/', then at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit.","pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$","maxLength":317},"additionalProperties":{"description":"A label value: at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit.","type":"string","pattern":"^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$","maxLength":63}},"annotations":{"description":"Annotations added to the rendered objects.","type":"object","propertyNames":{"description":"An annotation key: an optional DNS subdomain prefix and '/', then at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit.","pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$","maxLength":317},"additionalProperties":{"type":"string","maxLength":65536}},"syncWave":{"description":"Argo CD sync wave of the AtlasMigration and its ConfigMap. Default -1: one wave before the application's resources (wave 0), so Argo CD applies the application only after the migration is Healthy.","type":"integer","minimum":-1000000,"maximum":1000000},"url":{"description":"Target database URL without credentials. A URL carrying a password is rejected: use urlFrom.","type":"string","minLength":1,"maxLength":4096},"urlFrom":{"description":"The Secret holding the target database URL (preferred).","$ref":"#/definitions/SecretSource"},"credentials":{"$ref":"#/definitions/Credentials"},"cloud":{"$ref":"#/definitions/Cloud"},"dir":{"$ref":"#/definitions/Dir"},"envName":{"description":"Environment name reported to Atlas Cloud (operator default: kubernetes).","type":"string","minLength":1,"maxLength":256},"devURL":{"description":"Dev database URL without credentials. A URL carrying a password is rejected: use devURLFrom.","type":"string","minLength":1,"maxLength":4096},"devURLFrom":{"description":"The Secret holding the dev database URL.","$ref":"#/definitions/SecretSource"},"execOrder":{"description":"How Atlas orders pending migration files (operator default: linear).","enum":["linear","linear-skip","non-linear"]},"baseline":{"description":"Baseline version of a database that already has a schema.","type":"string","minLength":1,"maxLength":256},"revisionsSchema":{"description":"Schema that holds the atlas_schema_revisions table.","type":"string","minLength":1,"maxLength":256},"protectedFlows":{"description":"Protected flows: migrateDown {allow, autoApprove} controls down migrations (when a pin moves to an older version).","type":"object","additionalProperties":false,"properties":{"migrateDown":{"$ref":"#/definitions/MigrateDownFlow"}}},"backoffLimit":{"description":"How many failed attempts the operator retries (operator default 20; 0 retries forever).","type":"integer","minimum":0,"maximum":1000000},"vars":{"description":"Input variables of a custom atlas.hcl (config/configFrom), by name. Scopes merge them by name.","type":"object","propertyNames":{"description":"A variable name: letters, digits and '_', not starting with a digit.","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","maxLength":256},"additionalProperties":{"$ref":"#/definitions/Variable"}},"config":{"description":"A custom atlas.hcl (needs the operator's allowCustomConfig=true).","type":"string","minLength":1,"maxLength":262144},"configFrom":{"description":"The Secret holding a custom atlas.hcl.","$ref":"#/definitions/SecretSource"},"databases":{"description":"Per-database overrides in this environment. Keys must be declared under the top-level databases.","type":"object","propertyNames":{"$ref":"#/definitions/DatabaseKey"},"additionalProperties":{"$ref":"#/definitions/DatabaseSettings"}}}}}};
const schema27 = {"description":"A DNS-1123 label of at most 50 characters: lowercase letters, digits and '-', starting and ending with a letter or digit (the operator names its dev database `<name>-atlas-dev-db` and uses that as a label value).","type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","maxLength":50};
const schema32 = {"description":"An environment name: lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63 characters.","type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","maxLength":63};
const schema12 = {"type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Render this database in this scope. Default true; set false to leave a database out of an environment.","type":"boolean"},"namespace":{"description":"Namespace of the rendered objects. Default: the Application's destination namespace.","$ref":"#/definitions/Namespace"},"labels":{"description":"Labels added to the rendered objects.","type":"object","propertyNames":{"description":"A label key: an optional DNS subdomain prefix and '/', then at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit.","pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$","maxLength":317},"additionalProperties":{"description":"A label value: at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit.","type":"string","pattern":"^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$","maxLength":63}},"annotations":{"description":"Annotations added to the rendered objects.","type":"object","propertyNames":{"description":"An annotation key: an optional DNS subdomain prefix and '/', then at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit.","pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$","maxLength":317},"additionalProperties":{"type":"string","maxLength":65536}},"syncWave":{"description":"Argo CD sync wave of the AtlasMigration and its ConfigMap. Default -1: one wave before the application's resources (wave 0), so Argo CD applies the application only after the migration is Healthy.","type":"integer","minimum":-1000000,"maximum":1000000},"url":{"description":"Target database URL without credentials. A URL carrying a password is rejected: use urlFrom.","type":"string","minLength":1,"maxLength":4096},"urlFrom":{"description":"The Secret holding the target database URL (preferred).","$ref":"#/definitions/SecretSource"},"credentials":{"$ref":"#/definitions/Credentials"},"cloud":{"$ref":"#/definitions/Cloud"},"dir":{"$ref":"#/definitions/Dir"},"envName":{"description":"Environment name reported to Atlas Cloud (operator default: kubernetes).","type":"string","minLength":1,"maxLength":256},"devURL":{"description":"Dev database URL without credentials. A URL carrying a password is rejected: use devURLFrom.","type":"string","minLength":1,"maxLength":4096},"devURLFrom":{"description":"The Secret holding the dev database URL.","$ref":"#/definitions/SecretSource"},"execOrder":{"description":"How Atlas orders pending migration files (operator default: linear).","enum":["linear","linear-skip","non-linear"]},"baseline":{"description":"Baseline version of a database that already has a schema.","type":"string","minLength":1,"maxLength":256},"revisionsSchema":{"description":"Schema that holds the atlas_schema_revisions table.","type":"string","minLength":1,"maxLength":256},"protectedFlows":{"description":"Protected flows: migrateDown {allow, autoApprove} controls down migrations (when a pin moves to an older version).","type":"object","additionalProperties":false,"properties":{"migrateDown":{"$ref":"#/definitions/MigrateDownFlow"}}},"backoffLimit":{"description":"How many failed attempts the operator retries (operator default 20; 0 retries forever).","type":"integer","minimum":0,"maximum":1000000},"vars":{"description":"Input variables of a custom atlas.hcl (config/configFrom), by name. Scopes merge them by name.","type":"object","propertyNames":{"description":"A variable name: letters, digits and '_', not starting with a digit.","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","maxLength":256},"additionalProperties":{"$ref":"#/definitions/Variable"}},"config":{"description":"A custom atlas.hcl (needs the operator's allowCustomConfig=true).","type":"string","minLength":1,"maxLength":262144},"configFrom":{"description":"The Secret holding a custom atlas.hcl.","$ref":"#/definitions/SecretSource"}}};
const schema13 = {"description":"A Kubernetes namespace: a DNS-1123 label (lowercase letters, digits and '-', at most 63 characters).","type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","maxLength":63};
const schema23 = {"description":"Down migrations: whether they may run (allow) and whether without review (autoApprove).","type":"object","additionalProperties":false,"properties":{"allow":{"description":"Allow down migrations.","type":"boolean"},"autoApprove":{"description":"Apply down migrations without review. Required with allow for in-repo directories; not allowed for registry directories (approval happens in Atlas Cloud).","type":"boolean"}}};
const func2 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
const pattern1 = new RegExp("^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$", "u");
const pattern2 = new RegExp("^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$", "u");
const pattern12 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const schema14 = {"description":"A value read by the operator from a Secret.","type":"object","additionalProperties":false,"required":["secretKeyRef"],"properties":{"secretKeyRef":{"$ref":"#/definitions/SecretKeyRef"}}};
const schema15 = {"description":"A key of a Secret in the same namespace as the AtlasMigration.","type":"object","additionalProperties":false,"required":["name","key"],"properties":{"name":{"$ref":"#/definitions/ObjectName"},"key":{"description":"A Secret data key: letters, digits, '-', '_' and '.'.","type":"string","pattern":"^[-._a-zA-Z0-9]+$","maxLength":253}}};
const schema16 = {"description":"A Kubernetes object name: a DNS-1123 subdomain (lowercase letters, digits, '-' and '.', at most 253 characters).","type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","maxLength":253};
const pattern4 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
const pattern5 = new RegExp("^[-._a-zA-Z0-9]+$", "u");

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema15.required,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.key === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema15.required,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "name") || (key0 === "key"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(data0.length > 253){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/ObjectName/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema16,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern4.test(data0)){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/ObjectName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",parentSchema:schema16,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/ObjectName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.key !== undefined){
let data1 = data.key;
if(typeof data1 === "string"){
if(data1.length > 253){
const err6 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema15.properties.key,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern5.test(data1)){
const err7 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]+$"},message:"must match pattern \""+"^[-._a-zA-Z0-9]+$"+"\"",schema:"^[-._a-zA-Z0-9]+$",parentSchema:schema15.properties.key,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.key.type,parentSchema:schema15.properties.key,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}


function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.secretKeyRef === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "secretKeyRef"},message:"must have required property '"+"secretKeyRef"+"'",schema:schema14.required,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "secretKeyRef")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.secretKeyRef !== undefined){
if(!(validate13(data.secretKeyRef, {instancePath:instancePath+"/secretKeyRef",parentData:data,parentDataProperty:"secretKeyRef",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}

const schema17 = {"description":"Database connection parts, used by the operator when neither url nor urlFrom is set. Secrets only through the *From fields: a plain password is rejected.","type":"object","additionalProperties":false,"properties":{"scheme":{"description":"A driver scheme in lowercase, e.g. postgres, mysql, sqlserver.","type":"string","pattern":"^[a-z][a-z0-9+]*$","maxLength":64},"user":{"description":"User name.","type":"string","minLength":1,"maxLength":256},"userFrom":{"description":"The Secret holding the user name.","$ref":"#/definitions/SecretSource"},"password":{"description":"Not allowed: a password in Git leaks. Use passwordFrom.","type":"string"},"passwordFrom":{"description":"The Secret holding the password.","$ref":"#/definitions/SecretSource"},"host":{"description":"Host name.","type":"string","minLength":1,"maxLength":253},"hostFrom":{"description":"The Secret holding the host name.","$ref":"#/definitions/SecretSource"},"port":{"description":"TCP port.","type":"integer","minimum":1,"maximum":65535},"database":{"description":"Database name.","type":"string","minLength":1,"maxLength":256},"parameters":{"description":"URL query parameters, e.g. sslmode: disable.","$ref":"#/definitions/StringMap"}}};
const schema18 = {"type":"object","additionalProperties":{"type":"string","maxLength":65536}};
const pattern6 = new RegExp("^[a-z][a-z0-9+]*$", "u");

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema17.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.scheme !== undefined){
let data0 = data.scheme;
if(typeof data0 === "string"){
if(data0.length > 64){
const err1 = {instancePath:instancePath+"/scheme",schemaPath:"#/properties/scheme/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema17.properties.scheme,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern6.test(data0)){
const err2 = {instancePath:instancePath+"/scheme",schemaPath:"#/properties/scheme/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9+]*$"},message:"must match pattern \""+"^[a-z][a-z0-9+]*$"+"\"",schema:"^[a-z][a-z0-9+]*$",parentSchema:schema17.properties.scheme,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/scheme",schemaPath:"#/properties/scheme/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.scheme.type,parentSchema:schema17.properties.scheme,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.user !== undefined){
let data1 = data.user;
if(typeof data1 === "string"){
if(data1.length > 256){
const err4 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema17.properties.user,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.length < 1){
const err5 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema17.properties.user,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.user.type,parentSchema:schema17.properties.user,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.userFrom !== undefined){
if(!(validate12(data.userFrom, {instancePath:instancePath+"/userFrom",parentData:data,parentDataProperty:"userFrom",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.password !== undefined){
let data3 = data.password;
if(typeof data3 !== "string"){
const err7 = {instancePath:instancePath+"/password",schemaPath:"#/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.password.type,parentSchema:schema17.properties.password,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.passwordFrom !== undefined){
if(!(validate12(data.passwordFrom, {instancePath:instancePath+"/passwordFrom",parentData:data,parentDataProperty:"passwordFrom",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.host !== undefined){
let data5 = data.host;
if(typeof data5 === "string"){
if(data5.length > 253){
const err8 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema17.properties.host,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data5.length < 1){
const err9 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema17.properties.host,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.host.type,parentSchema:schema17.properties.host,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.hostFrom !== undefined){
if(!(validate12(data.hostFrom, {instancePath:instancePath+"/hostFrom",parentData:data,parentDataProperty:"hostFrom",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.port !== undefined){
let data7 = data.port;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err11 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema17.properties.port.type,parentSchema:schema17.properties.port,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 65535 || isNaN(data7)){
const err12 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema17.properties.port,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data7 < 1 || isNaN(data7)){
const err13 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema17.properties.port,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.database !== undefined){
let data8 = data.database;
if(typeof data8 === "string"){
if(data8.length > 256){
const err14 = {instancePath:instancePath+"/database",schemaPath:"#/properties/database/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema17.properties.database,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data8.length < 1){
const err15 = {instancePath:instancePath+"/database",schemaPath:"#/properties/database/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema17.properties.database,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/database",schemaPath:"#/properties/database/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.database.type,parentSchema:schema17.properties.database,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.parameters !== undefined){
let data9 = data.parameters;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key1 in data9){
let data10 = data9[key1];
if(typeof data10 === "string"){
if(data10.length > 65536){
const err17 = {instancePath:instancePath+"/parameters/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/StringMap/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 65536},message:"must NOT have more than 65536 characters",schema:65536,parentSchema:schema18.additionalProperties,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/parameters/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/StringMap/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.additionalProperties.type,parentSchema:schema18.additionalProperties,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/parameters",schemaPath:"#/definitions/StringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.type,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate16.errors = vErrors;
return errors === 0;
}

const schema19 = {"description":"Atlas Cloud connection.","type":"object","additionalProperties":false,"properties":{"url":{"description":"An Atlas Cloud API URL, http:// or https://. Default: the operator's (Atlas Cloud).","type":"string","pattern":"^https?://[^\\s]+$","maxLength":2048},"project":{"description":"Atlas Cloud project name.","type":"string","minLength":1,"maxLength":256},"tokenFrom":{"description":"The Secret holding the Atlas Cloud token. Required for a registry directory.","$ref":"#/definitions/SecretSource"}}};
const pattern7 = new RegExp("^https?://[^\\s]+$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "url") || (key0 === "project")) || (key0 === "tokenFrom"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.url !== undefined){
let data0 = data.url;
if(typeof data0 === "string"){
if(data0.length > 2048){
const err1 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema19.properties.url,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern7.test(data0)){
const err2 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema19.properties.url,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.url.type,parentSchema:schema19.properties.url,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.project !== undefined){
let data1 = data.project;
if(typeof data1 === "string"){
if(data1.length > 256){
const err4 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema19.properties.project,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.length < 1){
const err5 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.project,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.project.type,parentSchema:schema19.properties.project,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.tokenFrom !== undefined){
if(!(validate12(data.tokenFrom, {instancePath:instancePath+"/tokenFrom",parentData:data,parentDataProperty:"tokenFrom",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.type,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

const schema20 = {"description":"Where the migrations come from: exactly one of remote (Atlas Registry), path (in-repo directory, rendered as a ConfigMap) or configMapRef (an existing ConfigMap). A scope that sets one of them replaces the others inherited from wider scopes.","type":"object","additionalProperties":false,"properties":{"remote":{"$ref":"#/definitions/RemoteDir"},"path":{"description":"An Atlas migration directory (top-level *.sql files and atlas.sum): a relative path from the directory of atlas.project.yaml, with '/' separators, that stays inside the repository.","type":"string","minLength":1,"maxLength":1024,"pattern":"^[^/\\\\\\u0000][^\\\\\\u0000]*$"},"configMapRef":{"description":"An existing ConfigMap holding the migration files.","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/definitions/ObjectName"}}}}};
const schema21 = {"description":"A migration directory in the Atlas Registry (Atlas Cloud).","type":"object","additionalProperties":false,"properties":{"name":{"description":"A directory name in the Atlas Cloud project (no spaces, '/', '\\', '?', '#', '&' or '=').","type":"string","pattern":"^[^\\s?#&=/\\\\]+$","maxLength":256},"tag":{"description":"A directory tag, usually the commit SHA pushed by CI (no spaces, '/', '\\', '?', '#', '&' or '='). Empty or `latest` follows the floating latest version, which the operator never re-applies when a new version is pushed: pin a concrete tag.","type":"string","pattern":"^[^\\s?#&=/\\\\]+$","maxLength":256}}};
const pattern8 = new RegExp("^[^\\s?#&=/\\\\]+$", "u");
const pattern10 = new RegExp("^[^/\\\\\\u0000][^\\\\\\u0000]*$", "u");

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "remote") || (key0 === "path")) || (key0 === "configMapRef"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.remote !== undefined){
let data0 = data.remote;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key1 in data0){
if(!((key1 === "name") || (key1 === "tag"))){
const err1 = {instancePath:instancePath+"/remote",schemaPath:"#/definitions/RemoteDir/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0.name !== undefined){
let data1 = data0.name;
if(typeof data1 === "string"){
if(data1.length > 256){
const err2 = {instancePath:instancePath+"/remote/name",schemaPath:"#/definitions/RemoteDir/properties/name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema21.properties.name,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern8.test(data1)){
const err3 = {instancePath:instancePath+"/remote/name",schemaPath:"#/definitions/RemoteDir/properties/name/pattern",keyword:"pattern",params:{pattern: "^[^\\s?#&=/\\\\]+$"},message:"must match pattern \""+"^[^\\s?#&=/\\\\]+$"+"\"",schema:"^[^\\s?#&=/\\\\]+$",parentSchema:schema21.properties.name,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/remote/name",schemaPath:"#/definitions/RemoteDir/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.name.type,parentSchema:schema21.properties.name,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.tag !== undefined){
let data2 = data0.tag;
if(typeof data2 === "string"){
if(data2.length > 256){
const err5 = {instancePath:instancePath+"/remote/tag",schemaPath:"#/definitions/RemoteDir/properties/tag/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema21.properties.tag,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern8.test(data2)){
const err6 = {instancePath:instancePath+"/remote/tag",schemaPath:"#/definitions/RemoteDir/properties/tag/pattern",keyword:"pattern",params:{pattern: "^[^\\s?#&=/\\\\]+$"},message:"must match pattern \""+"^[^\\s?#&=/\\\\]+$"+"\"",schema:"^[^\\s?#&=/\\\\]+$",parentSchema:schema21.properties.tag,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/remote/tag",schemaPath:"#/definitions/RemoteDir/properties/tag/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.tag.type,parentSchema:schema21.properties.tag,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/remote",schemaPath:"#/definitions/RemoteDir/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.path !== undefined){
let data3 = data.path;
if(typeof data3 === "string"){
if(data3.length > 1024){
const err9 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema20.properties.path,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data3.length < 1){
const err10 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.path,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern10.test(data3)){
const err11 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/pattern",keyword:"pattern",params:{pattern: "^[^/\\\\\\u0000][^\\\\\\u0000]*$"},message:"must match pattern \""+"^[^/\\\\\\u0000][^\\\\\\u0000]*$"+"\"",schema:"^[^/\\\\\\u0000][^\\\\\\u0000]*$",parentSchema:schema20.properties.path,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.path.type,parentSchema:schema20.properties.path,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.configMapRef !== undefined){
let data4 = data.configMapRef;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.name === undefined){
const err13 = {instancePath:instancePath+"/configMapRef",schemaPath:"#/properties/configMapRef/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema20.properties.configMapRef.required,parentSchema:schema20.properties.configMapRef,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key2 in data4){
if(!(key2 === "name")){
const err14 = {instancePath:instancePath+"/configMapRef",schemaPath:"#/properties/configMapRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.configMapRef,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data4.name !== undefined){
let data5 = data4.name;
if(typeof data5 === "string"){
if(data5.length > 253){
const err15 = {instancePath:instancePath+"/configMapRef/name",schemaPath:"#/definitions/ObjectName/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema16,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern4.test(data5)){
const err16 = {instancePath:instancePath+"/configMapRef/name",schemaPath:"#/definitions/ObjectName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",parentSchema:schema16,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/configMapRef/name",schemaPath:"#/definitions/ObjectName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/configMapRef",schemaPath:"#/properties/configMapRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.configMapRef.type,parentSchema:schema20.properties.configMapRef,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}

const schema24 = {"description":"An input variable of a custom atlas.hcl: exactly one of value and valueFrom.","type":"object","additionalProperties":false,"properties":{"value":{"type":"string","maxLength":65536},"valueFrom":{"type":"object","additionalProperties":false,"properties":{"secretKeyRef":{"$ref":"#/definitions/SecretKeyRef"},"configMapKeyRef":{"$ref":"#/definitions/ConfigMapKeyRef"}}}}};
const schema25 = {"description":"A key of a ConfigMap in the same namespace as the AtlasMigration.","type":"object","additionalProperties":false,"required":["name","key"],"properties":{"name":{"$ref":"#/definitions/ObjectName"},"key":{"description":"A ConfigMap data key: letters, digits, '-', '_' and '.'.","type":"string","pattern":"^[-._a-zA-Z0-9]+$","maxLength":253}}};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.key === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "name") || (key0 === "key"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(data0.length > 253){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/ObjectName/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema16,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern4.test(data0)){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/ObjectName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",parentSchema:schema16,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/ObjectName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.key !== undefined){
let data1 = data.key;
if(typeof data1 === "string"){
if(data1.length > 253){
const err6 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema25.properties.key,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern5.test(data1)){
const err7 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]+$"},message:"must match pattern \""+"^[-._a-zA-Z0-9]+$"+"\"",schema:"^[-._a-zA-Z0-9]+$",parentSchema:schema25.properties.key,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.key.type,parentSchema:schema25.properties.key,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}


function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "value") || (key0 === "valueFrom"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.value !== undefined){
let data0 = data.value;
if(typeof data0 === "string"){
if(data0.length > 65536){
const err1 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit: 65536},message:"must NOT have more than 65536 characters",schema:65536,parentSchema:schema24.properties.value,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.value.type,parentSchema:schema24.properties.value,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.valueFrom !== undefined){
let data1 = data.valueFrom;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!((key1 === "secretKeyRef") || (key1 === "configMapKeyRef"))){
const err3 = {instancePath:instancePath+"/valueFrom",schemaPath:"#/properties/valueFrom/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema24.properties.valueFrom,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.secretKeyRef !== undefined){
if(!(validate13(data1.secretKeyRef, {instancePath:instancePath+"/valueFrom/secretKeyRef",parentData:data1,parentDataProperty:"secretKeyRef",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
if(data1.configMapKeyRef !== undefined){
if(!(validate29(data1.configMapKeyRef, {instancePath:instancePath+"/valueFrom/configMapKeyRef",parentData:data1,parentDataProperty:"configMapKeyRef",rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/valueFrom",schemaPath:"#/properties/valueFrom/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.properties.valueFrom.type,parentSchema:schema24.properties.valueFrom,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}


function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema12.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.enabled !== undefined){
let data0 = data.enabled;
if(typeof data0 !== "boolean"){
const err1 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.enabled.type,parentSchema:schema12.properties.enabled,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.namespace !== undefined){
let data1 = data.namespace;
if(typeof data1 === "string"){
if(data1.length > 63){
const err2 = {instancePath:instancePath+"/namespace",schemaPath:"#/definitions/Namespace/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",schema:63,parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern0.test(data1)){
const err3 = {instancePath:instancePath+"/namespace",schemaPath:"#/definitions/Namespace/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/namespace",schemaPath:"#/definitions/Namespace/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.labels !== undefined){
let data2 = data.labels;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
const _errs9 = errors;
if(typeof key1 === "string"){
if(key1.length > 317){
const err5 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/propertyNames/maxLength",keyword:"maxLength",params:{limit: 317},message:"must NOT have more than 317 characters",schema:317,parentSchema:schema12.properties.labels.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern1.test(key1)){
const err6 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/propertyNames/pattern",keyword:"pattern",params:{pattern: "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"},message:"must match pattern \""+"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"+"\"",schema:"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$",parentSchema:schema12.properties.labels.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var valid2 = _errs9 === errors;
if(!valid2){
const err7 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema12.properties.labels.propertyNames,parentSchema:schema12.properties.labels,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
for(const key2 in data2){
let data3 = data2[key2];
if(typeof data3 === "string"){
if(data3.length > 63){
const err8 = {instancePath:instancePath+"/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",schema:63,parentSchema:schema12.properties.labels.additionalProperties,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern2.test(data3)){
const err9 = {instancePath:instancePath+"/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$"},message:"must match pattern \""+"^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$"+"\"",schema:"^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$",parentSchema:schema12.properties.labels.additionalProperties,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.labels.additionalProperties.type,parentSchema:schema12.properties.labels.additionalProperties,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.labels.type,parentSchema:schema12.properties.labels,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.annotations !== undefined){
let data4 = data.annotations;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key3 in data4){
const _errs15 = errors;
if(typeof key3 === "string"){
if(key3.length > 317){
const err12 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/propertyNames/maxLength",keyword:"maxLength",params:{limit: 317},message:"must NOT have more than 317 characters",schema:317,parentSchema:schema12.properties.annotations.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern1.test(key3)){
const err13 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/propertyNames/pattern",keyword:"pattern",params:{pattern: "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"},message:"must match pattern \""+"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"+"\"",schema:"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$",parentSchema:schema12.properties.annotations.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var valid4 = _errs15 === errors;
if(!valid4){
const err14 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema12.properties.annotations.propertyNames,parentSchema:schema12.properties.annotations,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
for(const key4 in data4){
let data5 = data4[key4];
if(typeof data5 === "string"){
if(data5.length > 65536){
const err15 = {instancePath:instancePath+"/annotations/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/annotations/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 65536},message:"must NOT have more than 65536 characters",schema:65536,parentSchema:schema12.properties.annotations.additionalProperties,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/annotations/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/annotations/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.annotations.additionalProperties.type,parentSchema:schema12.properties.annotations.additionalProperties,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.annotations.type,parentSchema:schema12.properties.annotations,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.syncWave !== undefined){
let data6 = data.syncWave;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err18 = {instancePath:instancePath+"/syncWave",schemaPath:"#/properties/syncWave/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.syncWave.type,parentSchema:schema12.properties.syncWave,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 1000000 || isNaN(data6)){
const err19 = {instancePath:instancePath+"/syncWave",schemaPath:"#/properties/syncWave/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema12.properties.syncWave,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data6 < -1000000 || isNaN(data6)){
const err20 = {instancePath:instancePath+"/syncWave",schemaPath:"#/properties/syncWave/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000},message:"must be >= -1000000",schema:-1000000,parentSchema:schema12.properties.syncWave,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.url !== undefined){
let data7 = data.url;
if(typeof data7 === "string"){
if(data7.length > 4096){
const err21 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema12.properties.url,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data7.length < 1){
const err22 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.url,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.url.type,parentSchema:schema12.properties.url,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.urlFrom !== undefined){
if(!(validate12(data.urlFrom, {instancePath:instancePath+"/urlFrom",parentData:data,parentDataProperty:"urlFrom",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.credentials !== undefined){
if(!(validate16(data.credentials, {instancePath:instancePath+"/credentials",parentData:data,parentDataProperty:"credentials",rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
}
if(data.cloud !== undefined){
if(!(validate21(data.cloud, {instancePath:instancePath+"/cloud",parentData:data,parentDataProperty:"cloud",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.dir !== undefined){
if(!(validate24(data.dir, {instancePath:instancePath+"/dir",parentData:data,parentDataProperty:"dir",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.envName !== undefined){
let data12 = data.envName;
if(typeof data12 === "string"){
if(data12.length > 256){
const err24 = {instancePath:instancePath+"/envName",schemaPath:"#/properties/envName/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema12.properties.envName,data:data12};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data12.length < 1){
const err25 = {instancePath:instancePath+"/envName",schemaPath:"#/properties/envName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.envName,data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/envName",schemaPath:"#/properties/envName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.envName.type,parentSchema:schema12.properties.envName,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.devURL !== undefined){
let data13 = data.devURL;
if(typeof data13 === "string"){
if(data13.length > 4096){
const err27 = {instancePath:instancePath+"/devURL",schemaPath:"#/properties/devURL/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema12.properties.devURL,data:data13};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data13.length < 1){
const err28 = {instancePath:instancePath+"/devURL",schemaPath:"#/properties/devURL/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.devURL,data:data13};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/devURL",schemaPath:"#/properties/devURL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.devURL.type,parentSchema:schema12.properties.devURL,data:data13};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.devURLFrom !== undefined){
if(!(validate12(data.devURLFrom, {instancePath:instancePath+"/devURLFrom",parentData:data,parentDataProperty:"devURLFrom",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.execOrder !== undefined){
let data15 = data.execOrder;
if(!(((data15 === "linear") || (data15 === "linear-skip")) || (data15 === "non-linear"))){
const err30 = {instancePath:instancePath+"/execOrder",schemaPath:"#/properties/execOrder/enum",keyword:"enum",params:{allowedValues: schema12.properties.execOrder.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.execOrder.enum,parentSchema:schema12.properties.execOrder,data:data15};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.baseline !== undefined){
let data16 = data.baseline;
if(typeof data16 === "string"){
if(data16.length > 256){
const err31 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema12.properties.baseline,data:data16};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data16.length < 1){
const err32 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.baseline,data:data16};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.baseline.type,parentSchema:schema12.properties.baseline,data:data16};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.revisionsSchema !== undefined){
let data17 = data.revisionsSchema;
if(typeof data17 === "string"){
if(data17.length > 256){
const err34 = {instancePath:instancePath+"/revisionsSchema",schemaPath:"#/properties/revisionsSchema/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema12.properties.revisionsSchema,data:data17};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data17.length < 1){
const err35 = {instancePath:instancePath+"/revisionsSchema",schemaPath:"#/properties/revisionsSchema/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.revisionsSchema,data:data17};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/revisionsSchema",schemaPath:"#/properties/revisionsSchema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.revisionsSchema.type,parentSchema:schema12.properties.revisionsSchema,data:data17};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.protectedFlows !== undefined){
let data18 = data.protectedFlows;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key5 in data18){
if(!(key5 === "migrateDown")){
const err37 = {instancePath:instancePath+"/protectedFlows",schemaPath:"#/properties/protectedFlows/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.protectedFlows,data:data18};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data18.migrateDown !== undefined){
let data19 = data18.migrateDown;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key6 in data19){
if(!((key6 === "allow") || (key6 === "autoApprove"))){
const err38 = {instancePath:instancePath+"/protectedFlows/migrateDown",schemaPath:"#/definitions/MigrateDownFlow/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data:data19};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data19.allow !== undefined){
let data20 = data19.allow;
if(typeof data20 !== "boolean"){
const err39 = {instancePath:instancePath+"/protectedFlows/migrateDown/allow",schemaPath:"#/definitions/MigrateDownFlow/properties/allow/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema23.properties.allow.type,parentSchema:schema23.properties.allow,data:data20};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data19.autoApprove !== undefined){
let data21 = data19.autoApprove;
if(typeof data21 !== "boolean"){
const err40 = {instancePath:instancePath+"/protectedFlows/migrateDown/autoApprove",schemaPath:"#/definitions/MigrateDownFlow/properties/autoApprove/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema23.properties.autoApprove.type,parentSchema:schema23.properties.autoApprove,data:data21};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/protectedFlows/migrateDown",schemaPath:"#/definitions/MigrateDownFlow/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data:data19};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/protectedFlows",schemaPath:"#/properties/protectedFlows/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.protectedFlows.type,parentSchema:schema12.properties.protectedFlows,data:data18};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.backoffLimit !== undefined){
let data22 = data.backoffLimit;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err43 = {instancePath:instancePath+"/backoffLimit",schemaPath:"#/properties/backoffLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.backoffLimit.type,parentSchema:schema12.properties.backoffLimit,data:data22};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 > 1000000 || isNaN(data22)){
const err44 = {instancePath:instancePath+"/backoffLimit",schemaPath:"#/properties/backoffLimit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema12.properties.backoffLimit,data:data22};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data22 < 0 || isNaN(data22)){
const err45 = {instancePath:instancePath+"/backoffLimit",schemaPath:"#/properties/backoffLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema12.properties.backoffLimit,data:data22};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
if(data.vars !== undefined){
let data23 = data.vars;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
for(const key7 in data23){
const _errs52 = errors;
if(typeof key7 === "string"){
if(key7.length > 256){
const err46 = {instancePath:instancePath+"/vars",schemaPath:"#/properties/vars/propertyNames/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema12.properties.vars.propertyNames,data:key7,propertyName:key7};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(!pattern12.test(key7)){
const err47 = {instancePath:instancePath+"/vars",schemaPath:"#/properties/vars/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema12.properties.vars.propertyNames,data:key7,propertyName:key7};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
var valid9 = _errs52 === errors;
if(!valid9){
const err48 = {instancePath:instancePath+"/vars",schemaPath:"#/properties/vars/propertyNames",keyword:"propertyNames",params:{propertyName: key7},message:"property name must be valid",schema:schema12.properties.vars.propertyNames,parentSchema:schema12.properties.vars,data:data23};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
for(const key8 in data23){
if(!(validate27(data23[key8], {instancePath:instancePath+"/vars/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data23,parentDataProperty:key8,rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err49 = {instancePath:instancePath+"/vars",schemaPath:"#/properties/vars/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.vars.type,parentSchema:schema12.properties.vars,data:data23};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.config !== undefined){
let data25 = data.config;
if(typeof data25 === "string"){
if(data25.length > 262144){
const err50 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/maxLength",keyword:"maxLength",params:{limit: 262144},message:"must NOT have more than 262144 characters",schema:262144,parentSchema:schema12.properties.config,data:data25};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data25.length < 1){
const err51 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.config,data:data25};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.config.type,parentSchema:schema12.properties.config,data:data25};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.configFrom !== undefined){
if(!(validate12(data.configFrom, {instancePath:instancePath+"/configFrom",parentData:data,parentDataProperty:"configFrom",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
}
else {
const err53 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const schema28 = {"description":"Settings of one database.","type":"object","additionalProperties":false,"properties":{"name":{"description":"Name of the AtlasMigration. Default: the database key.","$ref":"#/definitions/DatabaseKey"},"enabled":{"description":"Render this database in this scope. Default true; set false to leave a database out of an environment.","type":"boolean"},"namespace":{"description":"Namespace of the rendered objects. Default: the Application's destination namespace.","$ref":"#/definitions/Namespace"},"labels":{"description":"Labels added to the rendered objects.","type":"object","propertyNames":{"description":"A label key: an optional DNS subdomain prefix and '/', then at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit.","pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$","maxLength":317},"additionalProperties":{"description":"A label value: at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit.","type":"string","pattern":"^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$","maxLength":63}},"annotations":{"description":"Annotations added to the rendered objects.","type":"object","propertyNames":{"description":"An annotation key: an optional DNS subdomain prefix and '/', then at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit.","pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$","maxLength":317},"additionalProperties":{"type":"string","maxLength":65536}},"syncWave":{"description":"Argo CD sync wave of the AtlasMigration and its ConfigMap. Default -1: one wave before the application's resources (wave 0), so Argo CD applies the application only after the migration is Healthy.","type":"integer","minimum":-1000000,"maximum":1000000},"url":{"description":"Target database URL without credentials. A URL carrying a password is rejected: use urlFrom.","type":"string","minLength":1,"maxLength":4096},"urlFrom":{"description":"The Secret holding the target database URL (preferred).","$ref":"#/definitions/SecretSource"},"credentials":{"$ref":"#/definitions/Credentials"},"cloud":{"$ref":"#/definitions/Cloud"},"dir":{"$ref":"#/definitions/Dir"},"envName":{"description":"Environment name reported to Atlas Cloud (operator default: kubernetes).","type":"string","minLength":1,"maxLength":256},"devURL":{"description":"Dev database URL without credentials. A URL carrying a password is rejected: use devURLFrom.","type":"string","minLength":1,"maxLength":4096},"devURLFrom":{"description":"The Secret holding the dev database URL.","$ref":"#/definitions/SecretSource"},"execOrder":{"description":"How Atlas orders pending migration files (operator default: linear).","enum":["linear","linear-skip","non-linear"]},"baseline":{"description":"Baseline version of a database that already has a schema.","type":"string","minLength":1,"maxLength":256},"revisionsSchema":{"description":"Schema that holds the atlas_schema_revisions table.","type":"string","minLength":1,"maxLength":256},"protectedFlows":{"description":"Protected flows: migrateDown {allow, autoApprove} controls down migrations (when a pin moves to an older version).","type":"object","additionalProperties":false,"properties":{"migrateDown":{"$ref":"#/definitions/MigrateDownFlow"}}},"backoffLimit":{"description":"How many failed attempts the operator retries (operator default 20; 0 retries forever).","type":"integer","minimum":0,"maximum":1000000},"vars":{"description":"Input variables of a custom atlas.hcl (config/configFrom), by name. Scopes merge them by name.","type":"object","propertyNames":{"description":"A variable name: letters, digits and '_', not starting with a digit.","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","maxLength":256},"additionalProperties":{"$ref":"#/definitions/Variable"}},"config":{"description":"A custom atlas.hcl (needs the operator's allowCustomConfig=true).","type":"string","minLength":1,"maxLength":262144},"configFrom":{"description":"The Secret holding a custom atlas.hcl.","$ref":"#/definitions/SecretSource"}}};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema28.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(data0.length > 50){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DatabaseKey/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern0.test(data0)){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DatabaseKey/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DatabaseKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.enabled !== undefined){
let data1 = data.enabled;
if(typeof data1 !== "boolean"){
const err4 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties.enabled.type,parentSchema:schema28.properties.enabled,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.namespace !== undefined){
let data2 = data.namespace;
if(typeof data2 === "string"){
if(data2.length > 63){
const err5 = {instancePath:instancePath+"/namespace",schemaPath:"#/definitions/Namespace/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",schema:63,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern0.test(data2)){
const err6 = {instancePath:instancePath+"/namespace",schemaPath:"#/definitions/Namespace/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/namespace",schemaPath:"#/definitions/Namespace/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.labels !== undefined){
let data3 = data.labels;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
const _errs12 = errors;
if(typeof key1 === "string"){
if(key1.length > 317){
const err8 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/propertyNames/maxLength",keyword:"maxLength",params:{limit: 317},message:"must NOT have more than 317 characters",schema:317,parentSchema:schema28.properties.labels.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern1.test(key1)){
const err9 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/propertyNames/pattern",keyword:"pattern",params:{pattern: "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"},message:"must match pattern \""+"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"+"\"",schema:"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$",parentSchema:schema28.properties.labels.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var valid3 = _errs12 === errors;
if(!valid3){
const err10 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema28.properties.labels.propertyNames,parentSchema:schema28.properties.labels,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key2 in data3){
let data4 = data3[key2];
if(typeof data4 === "string"){
if(data4.length > 63){
const err11 = {instancePath:instancePath+"/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",schema:63,parentSchema:schema28.properties.labels.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern2.test(data4)){
const err12 = {instancePath:instancePath+"/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$"},message:"must match pattern \""+"^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$"+"\"",schema:"^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$",parentSchema:schema28.properties.labels.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.labels.additionalProperties.type,parentSchema:schema28.properties.labels.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.labels.type,parentSchema:schema28.properties.labels,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.annotations !== undefined){
let data5 = data.annotations;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key3 in data5){
const _errs18 = errors;
if(typeof key3 === "string"){
if(key3.length > 317){
const err15 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/propertyNames/maxLength",keyword:"maxLength",params:{limit: 317},message:"must NOT have more than 317 characters",schema:317,parentSchema:schema28.properties.annotations.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern1.test(key3)){
const err16 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/propertyNames/pattern",keyword:"pattern",params:{pattern: "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"},message:"must match pattern \""+"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"+"\"",schema:"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$",parentSchema:schema28.properties.annotations.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
var valid5 = _errs18 === errors;
if(!valid5){
const err17 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema28.properties.annotations.propertyNames,parentSchema:schema28.properties.annotations,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
for(const key4 in data5){
let data6 = data5[key4];
if(typeof data6 === "string"){
if(data6.length > 65536){
const err18 = {instancePath:instancePath+"/annotations/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/annotations/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 65536},message:"must NOT have more than 65536 characters",schema:65536,parentSchema:schema28.properties.annotations.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/annotations/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/annotations/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.annotations.additionalProperties.type,parentSchema:schema28.properties.annotations.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.annotations.type,parentSchema:schema28.properties.annotations,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.syncWave !== undefined){
let data7 = data.syncWave;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err21 = {instancePath:instancePath+"/syncWave",schemaPath:"#/properties/syncWave/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema28.properties.syncWave.type,parentSchema:schema28.properties.syncWave,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 1000000 || isNaN(data7)){
const err22 = {instancePath:instancePath+"/syncWave",schemaPath:"#/properties/syncWave/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema28.properties.syncWave,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data7 < -1000000 || isNaN(data7)){
const err23 = {instancePath:instancePath+"/syncWave",schemaPath:"#/properties/syncWave/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000},message:"must be >= -1000000",schema:-1000000,parentSchema:schema28.properties.syncWave,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
if(data.url !== undefined){
let data8 = data.url;
if(typeof data8 === "string"){
if(data8.length > 4096){
const err24 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema28.properties.url,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data8.length < 1){
const err25 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.url,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.url.type,parentSchema:schema28.properties.url,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.urlFrom !== undefined){
if(!(validate12(data.urlFrom, {instancePath:instancePath+"/urlFrom",parentData:data,parentDataProperty:"urlFrom",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.credentials !== undefined){
if(!(validate16(data.credentials, {instancePath:instancePath+"/credentials",parentData:data,parentDataProperty:"credentials",rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
}
if(data.cloud !== undefined){
if(!(validate21(data.cloud, {instancePath:instancePath+"/cloud",parentData:data,parentDataProperty:"cloud",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.dir !== undefined){
if(!(validate24(data.dir, {instancePath:instancePath+"/dir",parentData:data,parentDataProperty:"dir",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.envName !== undefined){
let data13 = data.envName;
if(typeof data13 === "string"){
if(data13.length > 256){
const err27 = {instancePath:instancePath+"/envName",schemaPath:"#/properties/envName/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema28.properties.envName,data:data13};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data13.length < 1){
const err28 = {instancePath:instancePath+"/envName",schemaPath:"#/properties/envName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.envName,data:data13};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/envName",schemaPath:"#/properties/envName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.envName.type,parentSchema:schema28.properties.envName,data:data13};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.devURL !== undefined){
let data14 = data.devURL;
if(typeof data14 === "string"){
if(data14.length > 4096){
const err30 = {instancePath:instancePath+"/devURL",schemaPath:"#/properties/devURL/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema28.properties.devURL,data:data14};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data14.length < 1){
const err31 = {instancePath:instancePath+"/devURL",schemaPath:"#/properties/devURL/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.devURL,data:data14};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/devURL",schemaPath:"#/properties/devURL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.devURL.type,parentSchema:schema28.properties.devURL,data:data14};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.devURLFrom !== undefined){
if(!(validate12(data.devURLFrom, {instancePath:instancePath+"/devURLFrom",parentData:data,parentDataProperty:"devURLFrom",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.execOrder !== undefined){
let data16 = data.execOrder;
if(!(((data16 === "linear") || (data16 === "linear-skip")) || (data16 === "non-linear"))){
const err33 = {instancePath:instancePath+"/execOrder",schemaPath:"#/properties/execOrder/enum",keyword:"enum",params:{allowedValues: schema28.properties.execOrder.enum},message:"must be equal to one of the allowed values",schema:schema28.properties.execOrder.enum,parentSchema:schema28.properties.execOrder,data:data16};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.baseline !== undefined){
let data17 = data.baseline;
if(typeof data17 === "string"){
if(data17.length > 256){
const err34 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema28.properties.baseline,data:data17};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data17.length < 1){
const err35 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.baseline,data:data17};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.baseline.type,parentSchema:schema28.properties.baseline,data:data17};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.revisionsSchema !== undefined){
let data18 = data.revisionsSchema;
if(typeof data18 === "string"){
if(data18.length > 256){
const err37 = {instancePath:instancePath+"/revisionsSchema",schemaPath:"#/properties/revisionsSchema/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema28.properties.revisionsSchema,data:data18};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data18.length < 1){
const err38 = {instancePath:instancePath+"/revisionsSchema",schemaPath:"#/properties/revisionsSchema/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.revisionsSchema,data:data18};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/revisionsSchema",schemaPath:"#/properties/revisionsSchema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.revisionsSchema.type,parentSchema:schema28.properties.revisionsSchema,data:data18};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.protectedFlows !== undefined){
let data19 = data.protectedFlows;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key5 in data19){
if(!(key5 === "migrateDown")){
const err40 = {instancePath:instancePath+"/protectedFlows",schemaPath:"#/properties/protectedFlows/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema28.properties.protectedFlows,data:data19};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data19.migrateDown !== undefined){
let data20 = data19.migrateDown;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key6 in data20){
if(!((key6 === "allow") || (key6 === "autoApprove"))){
const err41 = {instancePath:instancePath+"/protectedFlows/migrateDown",schemaPath:"#/definitions/MigrateDownFlow/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data:data20};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data20.allow !== undefined){
let data21 = data20.allow;
if(typeof data21 !== "boolean"){
const err42 = {instancePath:instancePath+"/protectedFlows/migrateDown/allow",schemaPath:"#/definitions/MigrateDownFlow/properties/allow/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema23.properties.allow.type,parentSchema:schema23.properties.allow,data:data21};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data20.autoApprove !== undefined){
let data22 = data20.autoApprove;
if(typeof data22 !== "boolean"){
const err43 = {instancePath:instancePath+"/protectedFlows/migrateDown/autoApprove",schemaPath:"#/definitions/MigrateDownFlow/properties/autoApprove/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema23.properties.autoApprove.type,parentSchema:schema23.properties.autoApprove,data:data22};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/protectedFlows/migrateDown",schemaPath:"#/definitions/MigrateDownFlow/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data:data20};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/protectedFlows",schemaPath:"#/properties/protectedFlows/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.protectedFlows.type,parentSchema:schema28.properties.protectedFlows,data:data19};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.backoffLimit !== undefined){
let data23 = data.backoffLimit;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err46 = {instancePath:instancePath+"/backoffLimit",schemaPath:"#/properties/backoffLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema28.properties.backoffLimit.type,parentSchema:schema28.properties.backoffLimit,data:data23};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 > 1000000 || isNaN(data23)){
const err47 = {instancePath:instancePath+"/backoffLimit",schemaPath:"#/properties/backoffLimit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema28.properties.backoffLimit,data:data23};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data23 < 0 || isNaN(data23)){
const err48 = {instancePath:instancePath+"/backoffLimit",schemaPath:"#/properties/backoffLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema28.properties.backoffLimit,data:data23};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
if(data.vars !== undefined){
let data24 = data.vars;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key7 in data24){
const _errs55 = errors;
if(typeof key7 === "string"){
if(key7.length > 256){
const err49 = {instancePath:instancePath+"/vars",schemaPath:"#/properties/vars/propertyNames/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema28.properties.vars.propertyNames,data:key7,propertyName:key7};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(!pattern12.test(key7)){
const err50 = {instancePath:instancePath+"/vars",schemaPath:"#/properties/vars/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema28.properties.vars.propertyNames,data:key7,propertyName:key7};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
var valid10 = _errs55 === errors;
if(!valid10){
const err51 = {instancePath:instancePath+"/vars",schemaPath:"#/properties/vars/propertyNames",keyword:"propertyNames",params:{propertyName: key7},message:"property name must be valid",schema:schema28.properties.vars.propertyNames,parentSchema:schema28.properties.vars,data:data24};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
for(const key8 in data24){
if(!(validate27(data24[key8], {instancePath:instancePath+"/vars/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data24,parentDataProperty:key8,rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err52 = {instancePath:instancePath+"/vars",schemaPath:"#/properties/vars/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.vars.type,parentSchema:schema28.properties.vars,data:data24};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.config !== undefined){
let data26 = data.config;
if(typeof data26 === "string"){
if(data26.length > 262144){
const err53 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/maxLength",keyword:"maxLength",params:{limit: 262144},message:"must NOT have more than 262144 characters",schema:262144,parentSchema:schema28.properties.config,data:data26};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data26.length < 1){
const err54 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.config,data:data26};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.config.type,parentSchema:schema28.properties.config,data:data26};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.configFrom !== undefined){
if(!(validate12(data.configFrom, {instancePath:instancePath+"/configFrom",parentData:data,parentDataProperty:"configFrom",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
}
else {
const err56 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.type,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}

const schema33 = {"description":"Settings for every database in this environment, and per-database overrides.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Render this database in this scope. Default true; set false to leave a database out of an environment.","type":"boolean"},"namespace":{"description":"Namespace of the rendered objects. Default: the Application's destination namespace.","$ref":"#/definitions/Namespace"},"labels":{"description":"Labels added to the rendered objects.","type":"object","propertyNames":{"description":"A label key: an optional DNS subdomain prefix and '/', then at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit.","pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$","maxLength":317},"additionalProperties":{"description":"A label value: at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit.","type":"string","pattern":"^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$","maxLength":63}},"annotations":{"description":"Annotations added to the rendered objects.","type":"object","propertyNames":{"description":"An annotation key: an optional DNS subdomain prefix and '/', then at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit.","pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$","maxLength":317},"additionalProperties":{"type":"string","maxLength":65536}},"syncWave":{"description":"Argo CD sync wave of the AtlasMigration and its ConfigMap. Default -1: one wave before the application's resources (wave 0), so Argo CD applies the application only after the migration is Healthy.","type":"integer","minimum":-1000000,"maximum":1000000},"url":{"description":"Target database URL without credentials. A URL carrying a password is rejected: use urlFrom.","type":"string","minLength":1,"maxLength":4096},"urlFrom":{"description":"The Secret holding the target database URL (preferred).","$ref":"#/definitions/SecretSource"},"credentials":{"$ref":"#/definitions/Credentials"},"cloud":{"$ref":"#/definitions/Cloud"},"dir":{"$ref":"#/definitions/Dir"},"envName":{"description":"Environment name reported to Atlas Cloud (operator default: kubernetes).","type":"string","minLength":1,"maxLength":256},"devURL":{"description":"Dev database URL without credentials. A URL carrying a password is rejected: use devURLFrom.","type":"string","minLength":1,"maxLength":4096},"devURLFrom":{"description":"The Secret holding the dev database URL.","$ref":"#/definitions/SecretSource"},"execOrder":{"description":"How Atlas orders pending migration files (operator default: linear).","enum":["linear","linear-skip","non-linear"]},"baseline":{"description":"Baseline version of a database that already has a schema.","type":"string","minLength":1,"maxLength":256},"revisionsSchema":{"description":"Schema that holds the atlas_schema_revisions table.","type":"string","minLength":1,"maxLength":256},"protectedFlows":{"description":"Protected flows: migrateDown {allow, autoApprove} controls down migrations (when a pin moves to an older version).","type":"object","additionalProperties":false,"properties":{"migrateDown":{"$ref":"#/definitions/MigrateDownFlow"}}},"backoffLimit":{"description":"How many failed attempts the operator retries (operator default 20; 0 retries forever).","type":"integer","minimum":0,"maximum":1000000},"vars":{"description":"Input variables of a custom atlas.hcl (config/configFrom), by name. Scopes merge them by name.","type":"object","propertyNames":{"description":"A variable name: letters, digits and '_', not starting with a digit.","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","maxLength":256},"additionalProperties":{"$ref":"#/definitions/Variable"}},"config":{"description":"A custom atlas.hcl (needs the operator's allowCustomConfig=true).","type":"string","minLength":1,"maxLength":262144},"configFrom":{"description":"The Secret holding a custom atlas.hcl.","$ref":"#/definitions/SecretSource"},"databases":{"description":"Per-database overrides in this environment. Keys must be declared under the top-level databases.","type":"object","propertyNames":{"$ref":"#/definitions/DatabaseKey"},"additionalProperties":{"$ref":"#/definitions/DatabaseSettings"}}}};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema33.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.enabled !== undefined){
let data0 = data.enabled;
if(typeof data0 !== "boolean"){
const err1 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema33.properties.enabled.type,parentSchema:schema33.properties.enabled,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.namespace !== undefined){
let data1 = data.namespace;
if(typeof data1 === "string"){
if(data1.length > 63){
const err2 = {instancePath:instancePath+"/namespace",schemaPath:"#/definitions/Namespace/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",schema:63,parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern0.test(data1)){
const err3 = {instancePath:instancePath+"/namespace",schemaPath:"#/definitions/Namespace/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/namespace",schemaPath:"#/definitions/Namespace/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.labels !== undefined){
let data2 = data.labels;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
const _errs9 = errors;
if(typeof key1 === "string"){
if(key1.length > 317){
const err5 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/propertyNames/maxLength",keyword:"maxLength",params:{limit: 317},message:"must NOT have more than 317 characters",schema:317,parentSchema:schema33.properties.labels.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern1.test(key1)){
const err6 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/propertyNames/pattern",keyword:"pattern",params:{pattern: "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"},message:"must match pattern \""+"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"+"\"",schema:"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$",parentSchema:schema33.properties.labels.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var valid2 = _errs9 === errors;
if(!valid2){
const err7 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema33.properties.labels.propertyNames,parentSchema:schema33.properties.labels,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
for(const key2 in data2){
let data3 = data2[key2];
if(typeof data3 === "string"){
if(data3.length > 63){
const err8 = {instancePath:instancePath+"/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",schema:63,parentSchema:schema33.properties.labels.additionalProperties,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern2.test(data3)){
const err9 = {instancePath:instancePath+"/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$"},message:"must match pattern \""+"^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$"+"\"",schema:"^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$",parentSchema:schema33.properties.labels.additionalProperties,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.labels.additionalProperties.type,parentSchema:schema33.properties.labels.additionalProperties,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.labels.type,parentSchema:schema33.properties.labels,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.annotations !== undefined){
let data4 = data.annotations;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key3 in data4){
const _errs15 = errors;
if(typeof key3 === "string"){
if(key3.length > 317){
const err12 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/propertyNames/maxLength",keyword:"maxLength",params:{limit: 317},message:"must NOT have more than 317 characters",schema:317,parentSchema:schema33.properties.annotations.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern1.test(key3)){
const err13 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/propertyNames/pattern",keyword:"pattern",params:{pattern: "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"},message:"must match pattern \""+"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"+"\"",schema:"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$",parentSchema:schema33.properties.annotations.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var valid4 = _errs15 === errors;
if(!valid4){
const err14 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema33.properties.annotations.propertyNames,parentSchema:schema33.properties.annotations,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
for(const key4 in data4){
let data5 = data4[key4];
if(typeof data5 === "string"){
if(data5.length > 65536){
const err15 = {instancePath:instancePath+"/annotations/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/annotations/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 65536},message:"must NOT have more than 65536 characters",schema:65536,parentSchema:schema33.properties.annotations.additionalProperties,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/annotations/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/annotations/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.annotations.additionalProperties.type,parentSchema:schema33.properties.annotations.additionalProperties,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.annotations.type,parentSchema:schema33.properties.annotations,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.syncWave !== undefined){
let data6 = data.syncWave;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err18 = {instancePath:instancePath+"/syncWave",schemaPath:"#/properties/syncWave/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.properties.syncWave.type,parentSchema:schema33.properties.syncWave,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 1000000 || isNaN(data6)){
const err19 = {instancePath:instancePath+"/syncWave",schemaPath:"#/properties/syncWave/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema33.properties.syncWave,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data6 < -1000000 || isNaN(data6)){
const err20 = {instancePath:instancePath+"/syncWave",schemaPath:"#/properties/syncWave/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000},message:"must be >= -1000000",schema:-1000000,parentSchema:schema33.properties.syncWave,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.url !== undefined){
let data7 = data.url;
if(typeof data7 === "string"){
if(data7.length > 4096){
const err21 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema33.properties.url,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data7.length < 1){
const err22 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.url,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.url.type,parentSchema:schema33.properties.url,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.urlFrom !== undefined){
if(!(validate12(data.urlFrom, {instancePath:instancePath+"/urlFrom",parentData:data,parentDataProperty:"urlFrom",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.credentials !== undefined){
if(!(validate16(data.credentials, {instancePath:instancePath+"/credentials",parentData:data,parentDataProperty:"credentials",rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
}
if(data.cloud !== undefined){
if(!(validate21(data.cloud, {instancePath:instancePath+"/cloud",parentData:data,parentDataProperty:"cloud",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.dir !== undefined){
if(!(validate24(data.dir, {instancePath:instancePath+"/dir",parentData:data,parentDataProperty:"dir",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.envName !== undefined){
let data12 = data.envName;
if(typeof data12 === "string"){
if(data12.length > 256){
const err24 = {instancePath:instancePath+"/envName",schemaPath:"#/properties/envName/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema33.properties.envName,data:data12};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data12.length < 1){
const err25 = {instancePath:instancePath+"/envName",schemaPath:"#/properties/envName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.envName,data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/envName",schemaPath:"#/properties/envName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.envName.type,parentSchema:schema33.properties.envName,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.devURL !== undefined){
let data13 = data.devURL;
if(typeof data13 === "string"){
if(data13.length > 4096){
const err27 = {instancePath:instancePath+"/devURL",schemaPath:"#/properties/devURL/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema33.properties.devURL,data:data13};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data13.length < 1){
const err28 = {instancePath:instancePath+"/devURL",schemaPath:"#/properties/devURL/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.devURL,data:data13};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/devURL",schemaPath:"#/properties/devURL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.devURL.type,parentSchema:schema33.properties.devURL,data:data13};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.devURLFrom !== undefined){
if(!(validate12(data.devURLFrom, {instancePath:instancePath+"/devURLFrom",parentData:data,parentDataProperty:"devURLFrom",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.execOrder !== undefined){
let data15 = data.execOrder;
if(!(((data15 === "linear") || (data15 === "linear-skip")) || (data15 === "non-linear"))){
const err30 = {instancePath:instancePath+"/execOrder",schemaPath:"#/properties/execOrder/enum",keyword:"enum",params:{allowedValues: schema33.properties.execOrder.enum},message:"must be equal to one of the allowed values",schema:schema33.properties.execOrder.enum,parentSchema:schema33.properties.execOrder,data:data15};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.baseline !== undefined){
let data16 = data.baseline;
if(typeof data16 === "string"){
if(data16.length > 256){
const err31 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema33.properties.baseline,data:data16};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data16.length < 1){
const err32 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.baseline,data:data16};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.baseline.type,parentSchema:schema33.properties.baseline,data:data16};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.revisionsSchema !== undefined){
let data17 = data.revisionsSchema;
if(typeof data17 === "string"){
if(data17.length > 256){
const err34 = {instancePath:instancePath+"/revisionsSchema",schemaPath:"#/properties/revisionsSchema/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema33.properties.revisionsSchema,data:data17};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data17.length < 1){
const err35 = {instancePath:instancePath+"/revisionsSchema",schemaPath:"#/properties/revisionsSchema/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.revisionsSchema,data:data17};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/revisionsSchema",schemaPath:"#/properties/revisionsSchema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.revisionsSchema.type,parentSchema:schema33.properties.revisionsSchema,data:data17};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.protectedFlows !== undefined){
let data18 = data.protectedFlows;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key5 in data18){
if(!(key5 === "migrateDown")){
const err37 = {instancePath:instancePath+"/protectedFlows",schemaPath:"#/properties/protectedFlows/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema33.properties.protectedFlows,data:data18};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data18.migrateDown !== undefined){
let data19 = data18.migrateDown;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key6 in data19){
if(!((key6 === "allow") || (key6 === "autoApprove"))){
const err38 = {instancePath:instancePath+"/protectedFlows/migrateDown",schemaPath:"#/definitions/MigrateDownFlow/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data:data19};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data19.allow !== undefined){
let data20 = data19.allow;
if(typeof data20 !== "boolean"){
const err39 = {instancePath:instancePath+"/protectedFlows/migrateDown/allow",schemaPath:"#/definitions/MigrateDownFlow/properties/allow/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema23.properties.allow.type,parentSchema:schema23.properties.allow,data:data20};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data19.autoApprove !== undefined){
let data21 = data19.autoApprove;
if(typeof data21 !== "boolean"){
const err40 = {instancePath:instancePath+"/protectedFlows/migrateDown/autoApprove",schemaPath:"#/definitions/MigrateDownFlow/properties/autoApprove/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema23.properties.autoApprove.type,parentSchema:schema23.properties.autoApprove,data:data21};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/protectedFlows/migrateDown",schemaPath:"#/definitions/MigrateDownFlow/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data:data19};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/protectedFlows",schemaPath:"#/properties/protectedFlows/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.protectedFlows.type,parentSchema:schema33.properties.protectedFlows,data:data18};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.backoffLimit !== undefined){
let data22 = data.backoffLimit;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err43 = {instancePath:instancePath+"/backoffLimit",schemaPath:"#/properties/backoffLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.properties.backoffLimit.type,parentSchema:schema33.properties.backoffLimit,data:data22};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 > 1000000 || isNaN(data22)){
const err44 = {instancePath:instancePath+"/backoffLimit",schemaPath:"#/properties/backoffLimit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema33.properties.backoffLimit,data:data22};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data22 < 0 || isNaN(data22)){
const err45 = {instancePath:instancePath+"/backoffLimit",schemaPath:"#/properties/backoffLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema33.properties.backoffLimit,data:data22};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
if(data.vars !== undefined){
let data23 = data.vars;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
for(const key7 in data23){
const _errs52 = errors;
if(typeof key7 === "string"){
if(key7.length > 256){
const err46 = {instancePath:instancePath+"/vars",schemaPath:"#/properties/vars/propertyNames/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema33.properties.vars.propertyNames,data:key7,propertyName:key7};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(!pattern12.test(key7)){
const err47 = {instancePath:instancePath+"/vars",schemaPath:"#/properties/vars/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema33.properties.vars.propertyNames,data:key7,propertyName:key7};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
var valid9 = _errs52 === errors;
if(!valid9){
const err48 = {instancePath:instancePath+"/vars",schemaPath:"#/properties/vars/propertyNames",keyword:"propertyNames",params:{propertyName: key7},message:"property name must be valid",schema:schema33.properties.vars.propertyNames,parentSchema:schema33.properties.vars,data:data23};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
for(const key8 in data23){
if(!(validate27(data23[key8], {instancePath:instancePath+"/vars/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data23,parentDataProperty:key8,rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err49 = {instancePath:instancePath+"/vars",schemaPath:"#/properties/vars/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.vars.type,parentSchema:schema33.properties.vars,data:data23};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.config !== undefined){
let data25 = data.config;
if(typeof data25 === "string"){
if(data25.length > 262144){
const err50 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/maxLength",keyword:"maxLength",params:{limit: 262144},message:"must NOT have more than 262144 characters",schema:262144,parentSchema:schema33.properties.config,data:data25};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data25.length < 1){
const err51 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.config,data:data25};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.config.type,parentSchema:schema33.properties.config,data:data25};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.configFrom !== undefined){
if(!(validate12(data.configFrom, {instancePath:instancePath+"/configFrom",parentData:data,parentDataProperty:"configFrom",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.databases !== undefined){
let data27 = data.databases;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
for(const key9 in data27){
const _errs60 = errors;
if(typeof key9 === "string"){
if(key9.length > 50){
const err53 = {instancePath:instancePath+"/databases",schemaPath:"#/definitions/DatabaseKey/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema27,data:key9,propertyName:key9};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(!pattern0.test(key9)){
const err54 = {instancePath:instancePath+"/databases",schemaPath:"#/definitions/DatabaseKey/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",parentSchema:schema27,data:key9,propertyName:key9};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/databases",schemaPath:"#/definitions/DatabaseKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:key9,propertyName:key9};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
var valid11 = _errs60 === errors;
if(!valid11){
const err56 = {instancePath:instancePath+"/databases",schemaPath:"#/properties/databases/propertyNames",keyword:"propertyNames",params:{propertyName: key9},message:"property name must be valid",schema:schema33.properties.databases.propertyNames,parentSchema:schema33.properties.databases,data:data27};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
for(const key10 in data27){
if(!(validate34(data27[key10], {instancePath:instancePath+"/databases/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data27,parentDataProperty:key10,rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
}
else {
const err57 = {instancePath:instancePath+"/databases",schemaPath:"#/properties/databases/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.databases.type,parentSchema:schema33.properties.databases,data:data27};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://raw.githubusercontent.com/argocd-atlas/argocd-atlas/main/schema/atlas.project.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.databases === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "databases"},message:"must have required property '"+"databases"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.environments === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "environments"},message:"must have required property '"+"environments"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "version") || (key0 === "defaults")) || (key0 === "databases")) || (key0 === "environments"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.version !== undefined){
let data0 = data.version;
if(1 !== data0){
const err4 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema11.properties.version,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.defaults !== undefined){
if(!(validate11(data.defaults, {instancePath:instancePath+"/defaults",parentData:data,parentDataProperty:"defaults",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data.databases !== undefined){
let data2 = data.databases;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(Object.keys(data2).length < 1){
const err5 = {instancePath:instancePath+"/databases",schemaPath:"#/properties/databases/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema11.properties.databases,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data2){
const _errs6 = errors;
if(typeof key1 === "string"){
if(key1.length > 50){
const err6 = {instancePath:instancePath+"/databases",schemaPath:"#/definitions/DatabaseKey/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema27,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern0.test(key1)){
const err7 = {instancePath:instancePath+"/databases",schemaPath:"#/definitions/DatabaseKey/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",parentSchema:schema27,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/databases",schemaPath:"#/definitions/DatabaseKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid1 = _errs6 === errors;
if(!valid1){
const err9 = {instancePath:instancePath+"/databases",schemaPath:"#/properties/databases/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema11.properties.databases.propertyNames,parentSchema:schema11.properties.databases,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
for(const key2 in data2){
if(!(validate34(data2[key2], {instancePath:instancePath+"/databases/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data2,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/databases",schemaPath:"#/properties/databases/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.databases.type,parentSchema:schema11.properties.databases,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.environments !== undefined){
let data4 = data.environments;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(Object.keys(data4).length < 1){
const err11 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema11.properties.environments,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key3 in data4){
const _errs13 = errors;
if(typeof key3 === "string"){
if(key3.length > 63){
const err12 = {instancePath:instancePath+"/environments",schemaPath:"#/definitions/EnvironmentName/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",schema:63,parentSchema:schema32,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern0.test(key3)){
const err13 = {instancePath:instancePath+"/environments",schemaPath:"#/definitions/EnvironmentName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",parentSchema:schema32,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/environments",schemaPath:"#/definitions/EnvironmentName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid4 = _errs13 === errors;
if(!valid4){
const err15 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema11.properties.environments.propertyNames,parentSchema:schema11.properties.environments,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
for(const key4 in data4){
if(!(validate43(data4[key4], {instancePath:instancePath+"/environments/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data4,parentDataProperty:key4,rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.environments.type,parentSchema:schema11.properties.environments,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const validateAtlasMigration = validate53;
const schema37 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"AtlasMigration db.atlasgo.io/v1alpha1 (Atlas Operator v0.7.37)","type":"object","additionalProperties":false,"required":["apiVersion","kind","metadata","spec"],"properties":{"apiVersion":{"const":"db.atlasgo.io/v1alpha1"},"kind":{"const":"AtlasMigration"},"metadata":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","maxLength":50},"namespace":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","maxLength":63},"labels":{"type":"object","propertyNames":{"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$","maxLength":317},"additionalProperties":{"type":"string","pattern":"^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$","maxLength":63}},"annotations":{"type":"object","propertyNames":{"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$","maxLength":317},"additionalProperties":{"type":"string"}}}},"spec":{"type":"object","additionalProperties":false,"required":["dir"],"properties":{"url":{"type":"string"},"urlFrom":{"type":"object","additionalProperties":false,"properties":{"secretKeyRef":{"type":"object","additionalProperties":false,"required":["key"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","maxLength":253},"key":{"type":"string","pattern":"^[-._a-zA-Z0-9]+$","maxLength":253},"optional":{"type":"boolean"}}}}},"credentials":{"type":"object","additionalProperties":false,"properties":{"scheme":{"type":"string"},"user":{"type":"string"},"userFrom":{"type":"object","additionalProperties":false,"properties":{"secretKeyRef":{"type":"object","additionalProperties":false,"required":["key"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","maxLength":253},"key":{"type":"string","pattern":"^[-._a-zA-Z0-9]+$","maxLength":253},"optional":{"type":"boolean"}}}}},"password":{"type":"string"},"passwordFrom":{"type":"object","additionalProperties":false,"properties":{"secretKeyRef":{"type":"object","additionalProperties":false,"required":["key"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","maxLength":253},"key":{"type":"string","pattern":"^[-._a-zA-Z0-9]+$","maxLength":253},"optional":{"type":"boolean"}}}}},"host":{"type":"string"},"hostFrom":{"type":"object","additionalProperties":false,"properties":{"secretKeyRef":{"type":"object","additionalProperties":false,"required":["key"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","maxLength":253},"key":{"type":"string","pattern":"^[-._a-zA-Z0-9]+$","maxLength":253},"optional":{"type":"boolean"}}}}},"port":{"type":"integer"},"database":{"type":"string"},"parameters":{"type":"object","additionalProperties":{"type":"string"}}}},"config":{"type":"string"},"configFrom":{"type":"object","additionalProperties":false,"properties":{"secretKeyRef":{"type":"object","additionalProperties":false,"required":["key"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","maxLength":253},"key":{"type":"string","pattern":"^[-._a-zA-Z0-9]+$","maxLength":253},"optional":{"type":"boolean"}}}}},"envName":{"type":"string"},"vars":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"key":{"type":"string"},"value":{"type":"string"},"valueFrom":{"type":"object","additionalProperties":false,"properties":{"secretKeyRef":{"type":"object","additionalProperties":false,"required":["key"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","maxLength":253},"key":{"type":"string","pattern":"^[-._a-zA-Z0-9]+$","maxLength":253},"optional":{"type":"boolean"}}},"configMapKeyRef":{"type":"object","additionalProperties":false,"required":["key"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","maxLength":253},"key":{"type":"string","pattern":"^[-._a-zA-Z0-9]+$","maxLength":253},"optional":{"type":"boolean"}}}}}}}},"cloud":{"type":"object","additionalProperties":false,"properties":{"url":{"type":"string"},"project":{"type":"string"},"tokenFrom":{"type":"object","additionalProperties":false,"properties":{"secretKeyRef":{"type":"object","additionalProperties":false,"required":["key"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","maxLength":253},"key":{"type":"string","pattern":"^[-._a-zA-Z0-9]+$","maxLength":253},"optional":{"type":"boolean"}}}}}}},"dir":{"type":"object","additionalProperties":false,"properties":{"configMapRef":{"type":"object","additionalProperties":false,"properties":{"name":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","maxLength":253}}},"remote":{"type":"object","additionalProperties":false,"properties":{"name":{"type":"string"},"tag":{"type":"string"}}},"local":{"type":"object","additionalProperties":{"type":"string"}}}},"devURL":{"type":"string"},"devURLFrom":{"type":"object","additionalProperties":false,"properties":{"secretKeyRef":{"type":"object","additionalProperties":false,"required":["key"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","maxLength":253},"key":{"type":"string","pattern":"^[-._a-zA-Z0-9]+$","maxLength":253},"optional":{"type":"boolean"}}}}},"revisionsSchema":{"type":"string"},"baseline":{"type":"string"},"execOrder":{"enum":["linear","linear-skip","non-linear"]},"protectedFlows":{"type":"object","additionalProperties":false,"properties":{"migrateDown":{"type":"object","additionalProperties":false,"properties":{"allow":{"type":"boolean"},"autoApprove":{"type":"boolean"}}}}},"backoffLimit":{"type":"integer"}}}}};

function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metadata === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
if("db.atlasgo.io/v1alpha1" !== data0){
const err5 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "db.atlasgo.io/v1alpha1"},message:"must be equal to constant",schema:"db.atlasgo.io/v1alpha1",parentSchema:schema37.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if("AtlasMigration" !== data1){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "AtlasMigration"},message:"must be equal to constant",schema:"AtlasMigration",parentSchema:schema37.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.metadata !== undefined){
let data2 = data.metadata;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.name === undefined){
const err7 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema37.properties.metadata.required,parentSchema:schema37.properties.metadata,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data2){
if(!((((key1 === "name") || (key1 === "namespace")) || (key1 === "labels")) || (key1 === "annotations"))){
const err8 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema37.properties.metadata,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.name !== undefined){
let data3 = data2.name;
if(typeof data3 === "string"){
if(data3.length > 50){
const err9 = {instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema37.properties.metadata.properties.name,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern0.test(data3)){
const err10 = {instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",parentSchema:schema37.properties.metadata.properties.name,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.metadata.properties.name.type,parentSchema:schema37.properties.metadata.properties.name,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.namespace !== undefined){
let data4 = data2.namespace;
if(typeof data4 === "string"){
if(data4.length > 63){
const err12 = {instancePath:instancePath+"/metadata/namespace",schemaPath:"#/properties/metadata/properties/namespace/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",schema:63,parentSchema:schema37.properties.metadata.properties.namespace,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern0.test(data4)){
const err13 = {instancePath:instancePath+"/metadata/namespace",schemaPath:"#/properties/metadata/properties/namespace/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",parentSchema:schema37.properties.metadata.properties.namespace,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/metadata/namespace",schemaPath:"#/properties/metadata/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.metadata.properties.namespace.type,parentSchema:schema37.properties.metadata.properties.namespace,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.labels !== undefined){
let data5 = data2.labels;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
const _errs13 = errors;
if(typeof key2 === "string"){
if(key2.length > 317){
const err15 = {instancePath:instancePath+"/metadata/labels",schemaPath:"#/properties/metadata/properties/labels/propertyNames/maxLength",keyword:"maxLength",params:{limit: 317},message:"must NOT have more than 317 characters",schema:317,parentSchema:schema37.properties.metadata.properties.labels.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern1.test(key2)){
const err16 = {instancePath:instancePath+"/metadata/labels",schemaPath:"#/properties/metadata/properties/labels/propertyNames/pattern",keyword:"pattern",params:{pattern: "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"},message:"must match pattern \""+"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"+"\"",schema:"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$",parentSchema:schema37.properties.metadata.properties.labels.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
var valid2 = _errs13 === errors;
if(!valid2){
const err17 = {instancePath:instancePath+"/metadata/labels",schemaPath:"#/properties/metadata/properties/labels/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema37.properties.metadata.properties.labels.propertyNames,parentSchema:schema37.properties.metadata.properties.labels,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
for(const key3 in data5){
let data6 = data5[key3];
if(typeof data6 === "string"){
if(data6.length > 63){
const err18 = {instancePath:instancePath+"/metadata/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/properties/labels/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",schema:63,parentSchema:schema37.properties.metadata.properties.labels.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!pattern2.test(data6)){
const err19 = {instancePath:instancePath+"/metadata/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/properties/labels/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$"},message:"must match pattern \""+"^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$"+"\"",schema:"^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$",parentSchema:schema37.properties.metadata.properties.labels.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/metadata/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.metadata.properties.labels.additionalProperties.type,parentSchema:schema37.properties.metadata.properties.labels.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/metadata/labels",schemaPath:"#/properties/metadata/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.metadata.properties.labels.type,parentSchema:schema37.properties.metadata.properties.labels,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data2.annotations !== undefined){
let data7 = data2.annotations;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key4 in data7){
const _errs19 = errors;
if(typeof key4 === "string"){
if(key4.length > 317){
const err22 = {instancePath:instancePath+"/metadata/annotations",schemaPath:"#/properties/metadata/properties/annotations/propertyNames/maxLength",keyword:"maxLength",params:{limit: 317},message:"must NOT have more than 317 characters",schema:317,parentSchema:schema37.properties.metadata.properties.annotations.propertyNames,data:key4,propertyName:key4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!pattern1.test(key4)){
const err23 = {instancePath:instancePath+"/metadata/annotations",schemaPath:"#/properties/metadata/properties/annotations/propertyNames/pattern",keyword:"pattern",params:{pattern: "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"},message:"must match pattern \""+"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"+"\"",schema:"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$",parentSchema:schema37.properties.metadata.properties.annotations.propertyNames,data:key4,propertyName:key4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
var valid4 = _errs19 === errors;
if(!valid4){
const err24 = {instancePath:instancePath+"/metadata/annotations",schemaPath:"#/properties/metadata/properties/annotations/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid",schema:schema37.properties.metadata.properties.annotations.propertyNames,parentSchema:schema37.properties.metadata.properties.annotations,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
for(const key5 in data7){
let data8 = data7[key5];
if(typeof data8 !== "string"){
const err25 = {instancePath:instancePath+"/metadata/annotations/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/properties/annotations/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.metadata.properties.annotations.additionalProperties.type,parentSchema:schema37.properties.metadata.properties.annotations.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/metadata/annotations",schemaPath:"#/properties/metadata/properties/annotations/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.metadata.properties.annotations.type,parentSchema:schema37.properties.metadata.properties.annotations,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.metadata.type,parentSchema:schema37.properties.metadata,data:data2};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.spec !== undefined){
let data9 = data.spec;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.dir === undefined){
const err28 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "dir"},message:"must have required property '"+"dir"+"'",schema:schema37.properties.spec.required,parentSchema:schema37.properties.spec,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
for(const key6 in data9){
if(!(func2.call(schema37.properties.spec.properties, key6))){
const err29 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema37.properties.spec,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data9.url !== undefined){
let data10 = data9.url;
if(typeof data10 !== "string"){
const err30 = {instancePath:instancePath+"/spec/url",schemaPath:"#/properties/spec/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.url.type,parentSchema:schema37.properties.spec.properties.url,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data9.urlFrom !== undefined){
let data11 = data9.urlFrom;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key7 in data11){
if(!(key7 === "secretKeyRef")){
const err31 = {instancePath:instancePath+"/spec/urlFrom",schemaPath:"#/properties/spec/properties/urlFrom/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema37.properties.spec.properties.urlFrom,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data11.secretKeyRef !== undefined){
let data12 = data11.secretKeyRef;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.key === undefined){
const err32 = {instancePath:instancePath+"/spec/urlFrom/secretKeyRef",schemaPath:"#/properties/spec/properties/urlFrom/properties/secretKeyRef/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema37.properties.spec.properties.urlFrom.properties.secretKeyRef.required,parentSchema:schema37.properties.spec.properties.urlFrom.properties.secretKeyRef,data:data12};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key8 in data12){
if(!(((key8 === "name") || (key8 === "key")) || (key8 === "optional"))){
const err33 = {instancePath:instancePath+"/spec/urlFrom/secretKeyRef",schemaPath:"#/properties/spec/properties/urlFrom/properties/secretKeyRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema37.properties.spec.properties.urlFrom.properties.secretKeyRef,data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data12.name !== undefined){
let data13 = data12.name;
if(typeof data13 === "string"){
if(data13.length > 253){
const err34 = {instancePath:instancePath+"/spec/urlFrom/secretKeyRef/name",schemaPath:"#/properties/spec/properties/urlFrom/properties/secretKeyRef/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema37.properties.spec.properties.urlFrom.properties.secretKeyRef.properties.name,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!pattern4.test(data13)){
const err35 = {instancePath:instancePath+"/spec/urlFrom/secretKeyRef/name",schemaPath:"#/properties/spec/properties/urlFrom/properties/secretKeyRef/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",parentSchema:schema37.properties.spec.properties.urlFrom.properties.secretKeyRef.properties.name,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/spec/urlFrom/secretKeyRef/name",schemaPath:"#/properties/spec/properties/urlFrom/properties/secretKeyRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.urlFrom.properties.secretKeyRef.properties.name.type,parentSchema:schema37.properties.spec.properties.urlFrom.properties.secretKeyRef.properties.name,data:data13};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data12.key !== undefined){
let data14 = data12.key;
if(typeof data14 === "string"){
if(data14.length > 253){
const err37 = {instancePath:instancePath+"/spec/urlFrom/secretKeyRef/key",schemaPath:"#/properties/spec/properties/urlFrom/properties/secretKeyRef/properties/key/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema37.properties.spec.properties.urlFrom.properties.secretKeyRef.properties.key,data:data14};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(!pattern5.test(data14)){
const err38 = {instancePath:instancePath+"/spec/urlFrom/secretKeyRef/key",schemaPath:"#/properties/spec/properties/urlFrom/properties/secretKeyRef/properties/key/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]+$"},message:"must match pattern \""+"^[-._a-zA-Z0-9]+$"+"\"",schema:"^[-._a-zA-Z0-9]+$",parentSchema:schema37.properties.spec.properties.urlFrom.properties.secretKeyRef.properties.key,data:data14};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/spec/urlFrom/secretKeyRef/key",schemaPath:"#/properties/spec/properties/urlFrom/properties/secretKeyRef/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.urlFrom.properties.secretKeyRef.properties.key.type,parentSchema:schema37.properties.spec.properties.urlFrom.properties.secretKeyRef.properties.key,data:data14};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data12.optional !== undefined){
let data15 = data12.optional;
if(typeof data15 !== "boolean"){
const err40 = {instancePath:instancePath+"/spec/urlFrom/secretKeyRef/optional",schemaPath:"#/properties/spec/properties/urlFrom/properties/secretKeyRef/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema37.properties.spec.properties.urlFrom.properties.secretKeyRef.properties.optional.type,parentSchema:schema37.properties.spec.properties.urlFrom.properties.secretKeyRef.properties.optional,data:data15};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/spec/urlFrom/secretKeyRef",schemaPath:"#/properties/spec/properties/urlFrom/properties/secretKeyRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.spec.properties.urlFrom.properties.secretKeyRef.type,parentSchema:schema37.properties.spec.properties.urlFrom.properties.secretKeyRef,data:data12};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/spec/urlFrom",schemaPath:"#/properties/spec/properties/urlFrom/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.spec.properties.urlFrom.type,parentSchema:schema37.properties.spec.properties.urlFrom,data:data11};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data9.credentials !== undefined){
let data16 = data9.credentials;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key9 in data16){
if(!(func2.call(schema37.properties.spec.properties.credentials.properties, key9))){
const err43 = {instancePath:instancePath+"/spec/credentials",schemaPath:"#/properties/spec/properties/credentials/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema37.properties.spec.properties.credentials,data:data16};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data16.scheme !== undefined){
let data17 = data16.scheme;
if(typeof data17 !== "string"){
const err44 = {instancePath:instancePath+"/spec/credentials/scheme",schemaPath:"#/properties/spec/properties/credentials/properties/scheme/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.credentials.properties.scheme.type,parentSchema:schema37.properties.spec.properties.credentials.properties.scheme,data:data17};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data16.user !== undefined){
let data18 = data16.user;
if(typeof data18 !== "string"){
const err45 = {instancePath:instancePath+"/spec/credentials/user",schemaPath:"#/properties/spec/properties/credentials/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.credentials.properties.user.type,parentSchema:schema37.properties.spec.properties.credentials.properties.user,data:data18};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data16.userFrom !== undefined){
let data19 = data16.userFrom;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key10 in data19){
if(!(key10 === "secretKeyRef")){
const err46 = {instancePath:instancePath+"/spec/credentials/userFrom",schemaPath:"#/properties/spec/properties/credentials/properties/userFrom/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema37.properties.spec.properties.credentials.properties.userFrom,data:data19};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data19.secretKeyRef !== undefined){
let data20 = data19.secretKeyRef;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.key === undefined){
const err47 = {instancePath:instancePath+"/spec/credentials/userFrom/secretKeyRef",schemaPath:"#/properties/spec/properties/credentials/properties/userFrom/properties/secretKeyRef/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema37.properties.spec.properties.credentials.properties.userFrom.properties.secretKeyRef.required,parentSchema:schema37.properties.spec.properties.credentials.properties.userFrom.properties.secretKeyRef,data:data20};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
for(const key11 in data20){
if(!(((key11 === "name") || (key11 === "key")) || (key11 === "optional"))){
const err48 = {instancePath:instancePath+"/spec/credentials/userFrom/secretKeyRef",schemaPath:"#/properties/spec/properties/credentials/properties/userFrom/properties/secretKeyRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema37.properties.spec.properties.credentials.properties.userFrom.properties.secretKeyRef,data:data20};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data20.name !== undefined){
let data21 = data20.name;
if(typeof data21 === "string"){
if(data21.length > 253){
const err49 = {instancePath:instancePath+"/spec/credentials/userFrom/secretKeyRef/name",schemaPath:"#/properties/spec/properties/credentials/properties/userFrom/properties/secretKeyRef/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema37.properties.spec.properties.credentials.properties.userFrom.properties.secretKeyRef.properties.name,data:data21};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(!pattern4.test(data21)){
const err50 = {instancePath:instancePath+"/spec/credentials/userFrom/secretKeyRef/name",schemaPath:"#/properties/spec/properties/credentials/properties/userFrom/properties/secretKeyRef/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",parentSchema:schema37.properties.spec.properties.credentials.properties.userFrom.properties.secretKeyRef.properties.name,data:data21};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/spec/credentials/userFrom/secretKeyRef/name",schemaPath:"#/properties/spec/properties/credentials/properties/userFrom/properties/secretKeyRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.credentials.properties.userFrom.properties.secretKeyRef.properties.name.type,parentSchema:schema37.properties.spec.properties.credentials.properties.userFrom.properties.secretKeyRef.properties.name,data:data21};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data20.key !== undefined){
let data22 = data20.key;
if(typeof data22 === "string"){
if(data22.length > 253){
const err52 = {instancePath:instancePath+"/spec/credentials/userFrom/secretKeyRef/key",schemaPath:"#/properties/spec/properties/credentials/properties/userFrom/properties/secretKeyRef/properties/key/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema37.properties.spec.properties.credentials.properties.userFrom.properties.secretKeyRef.properties.key,data:data22};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(!pattern5.test(data22)){
const err53 = {instancePath:instancePath+"/spec/credentials/userFrom/secretKeyRef/key",schemaPath:"#/properties/spec/properties/credentials/properties/userFrom/properties/secretKeyRef/properties/key/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]+$"},message:"must match pattern \""+"^[-._a-zA-Z0-9]+$"+"\"",schema:"^[-._a-zA-Z0-9]+$",parentSchema:schema37.properties.spec.properties.credentials.properties.userFrom.properties.secretKeyRef.properties.key,data:data22};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/spec/credentials/userFrom/secretKeyRef/key",schemaPath:"#/properties/spec/properties/credentials/properties/userFrom/properties/secretKeyRef/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.credentials.properties.userFrom.properties.secretKeyRef.properties.key.type,parentSchema:schema37.properties.spec.properties.credentials.properties.userFrom.properties.secretKeyRef.properties.key,data:data22};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data20.optional !== undefined){
let data23 = data20.optional;
if(typeof data23 !== "boolean"){
const err55 = {instancePath:instancePath+"/spec/credentials/userFrom/secretKeyRef/optional",schemaPath:"#/properties/spec/properties/credentials/properties/userFrom/properties/secretKeyRef/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema37.properties.spec.properties.credentials.properties.userFrom.properties.secretKeyRef.properties.optional.type,parentSchema:schema37.properties.spec.properties.credentials.properties.userFrom.properties.secretKeyRef.properties.optional,data:data23};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/spec/credentials/userFrom/secretKeyRef",schemaPath:"#/properties/spec/properties/credentials/properties/userFrom/properties/secretKeyRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.spec.properties.credentials.properties.userFrom.properties.secretKeyRef.type,parentSchema:schema37.properties.spec.properties.credentials.properties.userFrom.properties.secretKeyRef,data:data20};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/spec/credentials/userFrom",schemaPath:"#/properties/spec/properties/credentials/properties/userFrom/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.spec.properties.credentials.properties.userFrom.type,parentSchema:schema37.properties.spec.properties.credentials.properties.userFrom,data:data19};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data16.password !== undefined){
let data24 = data16.password;
if(typeof data24 !== "string"){
const err58 = {instancePath:instancePath+"/spec/credentials/password",schemaPath:"#/properties/spec/properties/credentials/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.credentials.properties.password.type,parentSchema:schema37.properties.spec.properties.credentials.properties.password,data:data24};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data16.passwordFrom !== undefined){
let data25 = data16.passwordFrom;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
for(const key12 in data25){
if(!(key12 === "secretKeyRef")){
const err59 = {instancePath:instancePath+"/spec/credentials/passwordFrom",schemaPath:"#/properties/spec/properties/credentials/properties/passwordFrom/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema37.properties.spec.properties.credentials.properties.passwordFrom,data:data25};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data25.secretKeyRef !== undefined){
let data26 = data25.secretKeyRef;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.key === undefined){
const err60 = {instancePath:instancePath+"/spec/credentials/passwordFrom/secretKeyRef",schemaPath:"#/properties/spec/properties/credentials/properties/passwordFrom/properties/secretKeyRef/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema37.properties.spec.properties.credentials.properties.passwordFrom.properties.secretKeyRef.required,parentSchema:schema37.properties.spec.properties.credentials.properties.passwordFrom.properties.secretKeyRef,data:data26};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
for(const key13 in data26){
if(!(((key13 === "name") || (key13 === "key")) || (key13 === "optional"))){
const err61 = {instancePath:instancePath+"/spec/credentials/passwordFrom/secretKeyRef",schemaPath:"#/properties/spec/properties/credentials/properties/passwordFrom/properties/secretKeyRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema37.properties.spec.properties.credentials.properties.passwordFrom.properties.secretKeyRef,data:data26};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data26.name !== undefined){
let data27 = data26.name;
if(typeof data27 === "string"){
if(data27.length > 253){
const err62 = {instancePath:instancePath+"/spec/credentials/passwordFrom/secretKeyRef/name",schemaPath:"#/properties/spec/properties/credentials/properties/passwordFrom/properties/secretKeyRef/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema37.properties.spec.properties.credentials.properties.passwordFrom.properties.secretKeyRef.properties.name,data:data27};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(!pattern4.test(data27)){
const err63 = {instancePath:instancePath+"/spec/credentials/passwordFrom/secretKeyRef/name",schemaPath:"#/properties/spec/properties/credentials/properties/passwordFrom/properties/secretKeyRef/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",parentSchema:schema37.properties.spec.properties.credentials.properties.passwordFrom.properties.secretKeyRef.properties.name,data:data27};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/spec/credentials/passwordFrom/secretKeyRef/name",schemaPath:"#/properties/spec/properties/credentials/properties/passwordFrom/properties/secretKeyRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.credentials.properties.passwordFrom.properties.secretKeyRef.properties.name.type,parentSchema:schema37.properties.spec.properties.credentials.properties.passwordFrom.properties.secretKeyRef.properties.name,data:data27};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data26.key !== undefined){
let data28 = data26.key;
if(typeof data28 === "string"){
if(data28.length > 253){
const err65 = {instancePath:instancePath+"/spec/credentials/passwordFrom/secretKeyRef/key",schemaPath:"#/properties/spec/properties/credentials/properties/passwordFrom/properties/secretKeyRef/properties/key/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema37.properties.spec.properties.credentials.properties.passwordFrom.properties.secretKeyRef.properties.key,data:data28};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(!pattern5.test(data28)){
const err66 = {instancePath:instancePath+"/spec/credentials/passwordFrom/secretKeyRef/key",schemaPath:"#/properties/spec/properties/credentials/properties/passwordFrom/properties/secretKeyRef/properties/key/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]+$"},message:"must match pattern \""+"^[-._a-zA-Z0-9]+$"+"\"",schema:"^[-._a-zA-Z0-9]+$",parentSchema:schema37.properties.spec.properties.credentials.properties.passwordFrom.properties.secretKeyRef.properties.key,data:data28};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/spec/credentials/passwordFrom/secretKeyRef/key",schemaPath:"#/properties/spec/properties/credentials/properties/passwordFrom/properties/secretKeyRef/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.credentials.properties.passwordFrom.properties.secretKeyRef.properties.key.type,parentSchema:schema37.properties.spec.properties.credentials.properties.passwordFrom.properties.secretKeyRef.properties.key,data:data28};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data26.optional !== undefined){
let data29 = data26.optional;
if(typeof data29 !== "boolean"){
const err68 = {instancePath:instancePath+"/spec/credentials/passwordFrom/secretKeyRef/optional",schemaPath:"#/properties/spec/properties/credentials/properties/passwordFrom/properties/secretKeyRef/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema37.properties.spec.properties.credentials.properties.passwordFrom.properties.secretKeyRef.properties.optional.type,parentSchema:schema37.properties.spec.properties.credentials.properties.passwordFrom.properties.secretKeyRef.properties.optional,data:data29};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/spec/credentials/passwordFrom/secretKeyRef",schemaPath:"#/properties/spec/properties/credentials/properties/passwordFrom/properties/secretKeyRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.spec.properties.credentials.properties.passwordFrom.properties.secretKeyRef.type,parentSchema:schema37.properties.spec.properties.credentials.properties.passwordFrom.properties.secretKeyRef,data:data26};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
else {
const err70 = {instancePath:instancePath+"/spec/credentials/passwordFrom",schemaPath:"#/properties/spec/properties/credentials/properties/passwordFrom/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.spec.properties.credentials.properties.passwordFrom.type,parentSchema:schema37.properties.spec.properties.credentials.properties.passwordFrom,data:data25};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data16.host !== undefined){
let data30 = data16.host;
if(typeof data30 !== "string"){
const err71 = {instancePath:instancePath+"/spec/credentials/host",schemaPath:"#/properties/spec/properties/credentials/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.credentials.properties.host.type,parentSchema:schema37.properties.spec.properties.credentials.properties.host,data:data30};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data16.hostFrom !== undefined){
let data31 = data16.hostFrom;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
for(const key14 in data31){
if(!(key14 === "secretKeyRef")){
const err72 = {instancePath:instancePath+"/spec/credentials/hostFrom",schemaPath:"#/properties/spec/properties/credentials/properties/hostFrom/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema37.properties.spec.properties.credentials.properties.hostFrom,data:data31};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data31.secretKeyRef !== undefined){
let data32 = data31.secretKeyRef;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(data32.key === undefined){
const err73 = {instancePath:instancePath+"/spec/credentials/hostFrom/secretKeyRef",schemaPath:"#/properties/spec/properties/credentials/properties/hostFrom/properties/secretKeyRef/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema37.properties.spec.properties.credentials.properties.hostFrom.properties.secretKeyRef.required,parentSchema:schema37.properties.spec.properties.credentials.properties.hostFrom.properties.secretKeyRef,data:data32};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
for(const key15 in data32){
if(!(((key15 === "name") || (key15 === "key")) || (key15 === "optional"))){
const err74 = {instancePath:instancePath+"/spec/credentials/hostFrom/secretKeyRef",schemaPath:"#/properties/spec/properties/credentials/properties/hostFrom/properties/secretKeyRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema37.properties.spec.properties.credentials.properties.hostFrom.properties.secretKeyRef,data:data32};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data32.name !== undefined){
let data33 = data32.name;
if(typeof data33 === "string"){
if(data33.length > 253){
const err75 = {instancePath:instancePath+"/spec/credentials/hostFrom/secretKeyRef/name",schemaPath:"#/properties/spec/properties/credentials/properties/hostFrom/properties/secretKeyRef/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema37.properties.spec.properties.credentials.properties.hostFrom.properties.secretKeyRef.properties.name,data:data33};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(!pattern4.test(data33)){
const err76 = {instancePath:instancePath+"/spec/credentials/hostFrom/secretKeyRef/name",schemaPath:"#/properties/spec/properties/credentials/properties/hostFrom/properties/secretKeyRef/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",parentSchema:schema37.properties.spec.properties.credentials.properties.hostFrom.properties.secretKeyRef.properties.name,data:data33};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/spec/credentials/hostFrom/secretKeyRef/name",schemaPath:"#/properties/spec/properties/credentials/properties/hostFrom/properties/secretKeyRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.credentials.properties.hostFrom.properties.secretKeyRef.properties.name.type,parentSchema:schema37.properties.spec.properties.credentials.properties.hostFrom.properties.secretKeyRef.properties.name,data:data33};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data32.key !== undefined){
let data34 = data32.key;
if(typeof data34 === "string"){
if(data34.length > 253){
const err78 = {instancePath:instancePath+"/spec/credentials/hostFrom/secretKeyRef/key",schemaPath:"#/properties/spec/properties/credentials/properties/hostFrom/properties/secretKeyRef/properties/key/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema37.properties.spec.properties.credentials.properties.hostFrom.properties.secretKeyRef.properties.key,data:data34};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(!pattern5.test(data34)){
const err79 = {instancePath:instancePath+"/spec/credentials/hostFrom/secretKeyRef/key",schemaPath:"#/properties/spec/properties/credentials/properties/hostFrom/properties/secretKeyRef/properties/key/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]+$"},message:"must match pattern \""+"^[-._a-zA-Z0-9]+$"+"\"",schema:"^[-._a-zA-Z0-9]+$",parentSchema:schema37.properties.spec.properties.credentials.properties.hostFrom.properties.secretKeyRef.properties.key,data:data34};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/spec/credentials/hostFrom/secretKeyRef/key",schemaPath:"#/properties/spec/properties/credentials/properties/hostFrom/properties/secretKeyRef/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.credentials.properties.hostFrom.properties.secretKeyRef.properties.key.type,parentSchema:schema37.properties.spec.properties.credentials.properties.hostFrom.properties.secretKeyRef.properties.key,data:data34};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data32.optional !== undefined){
let data35 = data32.optional;
if(typeof data35 !== "boolean"){
const err81 = {instancePath:instancePath+"/spec/credentials/hostFrom/secretKeyRef/optional",schemaPath:"#/properties/spec/properties/credentials/properties/hostFrom/properties/secretKeyRef/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema37.properties.spec.properties.credentials.properties.hostFrom.properties.secretKeyRef.properties.optional.type,parentSchema:schema37.properties.spec.properties.credentials.properties.hostFrom.properties.secretKeyRef.properties.optional,data:data35};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath:instancePath+"/spec/credentials/hostFrom/secretKeyRef",schemaPath:"#/properties/spec/properties/credentials/properties/hostFrom/properties/secretKeyRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.spec.properties.credentials.properties.hostFrom.properties.secretKeyRef.type,parentSchema:schema37.properties.spec.properties.credentials.properties.hostFrom.properties.secretKeyRef,data:data32};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/spec/credentials/hostFrom",schemaPath:"#/properties/spec/properties/credentials/properties/hostFrom/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.spec.properties.credentials.properties.hostFrom.type,parentSchema:schema37.properties.spec.properties.credentials.properties.hostFrom,data:data31};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data16.port !== undefined){
let data36 = data16.port;
if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){
const err84 = {instancePath:instancePath+"/spec/credentials/port",schemaPath:"#/properties/spec/properties/credentials/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.spec.properties.credentials.properties.port.type,parentSchema:schema37.properties.spec.properties.credentials.properties.port,data:data36};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data16.database !== undefined){
let data37 = data16.database;
if(typeof data37 !== "string"){
const err85 = {instancePath:instancePath+"/spec/credentials/database",schemaPath:"#/properties/spec/properties/credentials/properties/database/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.credentials.properties.database.type,parentSchema:schema37.properties.spec.properties.credentials.properties.database,data:data37};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data16.parameters !== undefined){
let data38 = data16.parameters;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
for(const key16 in data38){
let data39 = data38[key16];
if(typeof data39 !== "string"){
const err86 = {instancePath:instancePath+"/spec/credentials/parameters/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/credentials/properties/parameters/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.credentials.properties.parameters.additionalProperties.type,parentSchema:schema37.properties.spec.properties.credentials.properties.parameters.additionalProperties,data:data39};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath:instancePath+"/spec/credentials/parameters",schemaPath:"#/properties/spec/properties/credentials/properties/parameters/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.spec.properties.credentials.properties.parameters.type,parentSchema:schema37.properties.spec.properties.credentials.properties.parameters,data:data38};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/spec/credentials",schemaPath:"#/properties/spec/properties/credentials/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.spec.properties.credentials.type,parentSchema:schema37.properties.spec.properties.credentials,data:data16};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data9.config !== undefined){
let data40 = data9.config;
if(typeof data40 !== "string"){
const err89 = {instancePath:instancePath+"/spec/config",schemaPath:"#/properties/spec/properties/config/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.config.type,parentSchema:schema37.properties.spec.properties.config,data:data40};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data9.configFrom !== undefined){
let data41 = data9.configFrom;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
for(const key17 in data41){
if(!(key17 === "secretKeyRef")){
const err90 = {instancePath:instancePath+"/spec/configFrom",schemaPath:"#/properties/spec/properties/configFrom/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema37.properties.spec.properties.configFrom,data:data41};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data41.secretKeyRef !== undefined){
let data42 = data41.secretKeyRef;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
if(data42.key === undefined){
const err91 = {instancePath:instancePath+"/spec/configFrom/secretKeyRef",schemaPath:"#/properties/spec/properties/configFrom/properties/secretKeyRef/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema37.properties.spec.properties.configFrom.properties.secretKeyRef.required,parentSchema:schema37.properties.spec.properties.configFrom.properties.secretKeyRef,data:data42};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
for(const key18 in data42){
if(!(((key18 === "name") || (key18 === "key")) || (key18 === "optional"))){
const err92 = {instancePath:instancePath+"/spec/configFrom/secretKeyRef",schemaPath:"#/properties/spec/properties/configFrom/properties/secretKeyRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema37.properties.spec.properties.configFrom.properties.secretKeyRef,data:data42};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data42.name !== undefined){
let data43 = data42.name;
if(typeof data43 === "string"){
if(data43.length > 253){
const err93 = {instancePath:instancePath+"/spec/configFrom/secretKeyRef/name",schemaPath:"#/properties/spec/properties/configFrom/properties/secretKeyRef/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema37.properties.spec.properties.configFrom.properties.secretKeyRef.properties.name,data:data43};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(!pattern4.test(data43)){
const err94 = {instancePath:instancePath+"/spec/configFrom/secretKeyRef/name",schemaPath:"#/properties/spec/properties/configFrom/properties/secretKeyRef/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",parentSchema:schema37.properties.spec.properties.configFrom.properties.secretKeyRef.properties.name,data:data43};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
else {
const err95 = {instancePath:instancePath+"/spec/configFrom/secretKeyRef/name",schemaPath:"#/properties/spec/properties/configFrom/properties/secretKeyRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.configFrom.properties.secretKeyRef.properties.name.type,parentSchema:schema37.properties.spec.properties.configFrom.properties.secretKeyRef.properties.name,data:data43};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data42.key !== undefined){
let data44 = data42.key;
if(typeof data44 === "string"){
if(data44.length > 253){
const err96 = {instancePath:instancePath+"/spec/configFrom/secretKeyRef/key",schemaPath:"#/properties/spec/properties/configFrom/properties/secretKeyRef/properties/key/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema37.properties.spec.properties.configFrom.properties.secretKeyRef.properties.key,data:data44};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(!pattern5.test(data44)){
const err97 = {instancePath:instancePath+"/spec/configFrom/secretKeyRef/key",schemaPath:"#/properties/spec/properties/configFrom/properties/secretKeyRef/properties/key/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]+$"},message:"must match pattern \""+"^[-._a-zA-Z0-9]+$"+"\"",schema:"^[-._a-zA-Z0-9]+$",parentSchema:schema37.properties.spec.properties.configFrom.properties.secretKeyRef.properties.key,data:data44};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
else {
const err98 = {instancePath:instancePath+"/spec/configFrom/secretKeyRef/key",schemaPath:"#/properties/spec/properties/configFrom/properties/secretKeyRef/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.configFrom.properties.secretKeyRef.properties.key.type,parentSchema:schema37.properties.spec.properties.configFrom.properties.secretKeyRef.properties.key,data:data44};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data42.optional !== undefined){
let data45 = data42.optional;
if(typeof data45 !== "boolean"){
const err99 = {instancePath:instancePath+"/spec/configFrom/secretKeyRef/optional",schemaPath:"#/properties/spec/properties/configFrom/properties/secretKeyRef/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema37.properties.spec.properties.configFrom.properties.secretKeyRef.properties.optional.type,parentSchema:schema37.properties.spec.properties.configFrom.properties.secretKeyRef.properties.optional,data:data45};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
else {
const err100 = {instancePath:instancePath+"/spec/configFrom/secretKeyRef",schemaPath:"#/properties/spec/properties/configFrom/properties/secretKeyRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.spec.properties.configFrom.properties.secretKeyRef.type,parentSchema:schema37.properties.spec.properties.configFrom.properties.secretKeyRef,data:data42};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
}
else {
const err101 = {instancePath:instancePath+"/spec/configFrom",schemaPath:"#/properties/spec/properties/configFrom/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.spec.properties.configFrom.type,parentSchema:schema37.properties.spec.properties.configFrom,data:data41};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data9.envName !== undefined){
let data46 = data9.envName;
if(typeof data46 !== "string"){
const err102 = {instancePath:instancePath+"/spec/envName",schemaPath:"#/properties/spec/properties/envName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.envName.type,parentSchema:schema37.properties.spec.properties.envName,data:data46};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data9.vars !== undefined){
let data47 = data9.vars;
if(Array.isArray(data47)){
const len0 = data47.length;
for(let i0=0; i0<len0; i0++){
let data48 = data47[i0];
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
for(const key19 in data48){
if(!(((key19 === "key") || (key19 === "value")) || (key19 === "valueFrom"))){
const err103 = {instancePath:instancePath+"/spec/vars/" + i0,schemaPath:"#/properties/spec/properties/vars/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema37.properties.spec.properties.vars.items,data:data48};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data48.key !== undefined){
let data49 = data48.key;
if(typeof data49 !== "string"){
const err104 = {instancePath:instancePath+"/spec/vars/" + i0+"/key",schemaPath:"#/properties/spec/properties/vars/items/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.vars.items.properties.key.type,parentSchema:schema37.properties.spec.properties.vars.items.properties.key,data:data49};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data48.value !== undefined){
let data50 = data48.value;
if(typeof data50 !== "string"){
const err105 = {instancePath:instancePath+"/spec/vars/" + i0+"/value",schemaPath:"#/properties/spec/properties/vars/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.vars.items.properties.value.type,parentSchema:schema37.properties.spec.properties.vars.items.properties.value,data:data50};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data48.valueFrom !== undefined){
let data51 = data48.valueFrom;
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
for(const key20 in data51){
if(!((key20 === "secretKeyRef") || (key20 === "configMapKeyRef"))){
const err106 = {instancePath:instancePath+"/spec/vars/" + i0+"/valueFrom",schemaPath:"#/properties/spec/properties/vars/items/properties/valueFrom/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties",schema:false,parentSchema:schema37.properties.spec.properties.vars.items.properties.valueFrom,data:data51};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data51.secretKeyRef !== undefined){
let data52 = data51.secretKeyRef;
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
if(data52.key === undefined){
const err107 = {instancePath:instancePath+"/spec/vars/" + i0+"/valueFrom/secretKeyRef",schemaPath:"#/properties/spec/properties/vars/items/properties/valueFrom/properties/secretKeyRef/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema37.properties.spec.properties.vars.items.properties.valueFrom.properties.secretKeyRef.required,parentSchema:schema37.properties.spec.properties.vars.items.properties.valueFrom.properties.secretKeyRef,data:data52};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
for(const key21 in data52){
if(!(((key21 === "name") || (key21 === "key")) || (key21 === "optional"))){
const err108 = {instancePath:instancePath+"/spec/vars/" + i0+"/valueFrom/secretKeyRef",schemaPath:"#/properties/spec/properties/vars/items/properties/valueFrom/properties/secretKeyRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties",schema:false,parentSchema:schema37.properties.spec.properties.vars.items.properties.valueFrom.properties.secretKeyRef,data:data52};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data52.name !== undefined){
let data53 = data52.name;
if(typeof data53 === "string"){
if(data53.length > 253){
const err109 = {instancePath:instancePath+"/spec/vars/" + i0+"/valueFrom/secretKeyRef/name",schemaPath:"#/properties/spec/properties/vars/items/properties/valueFrom/properties/secretKeyRef/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema37.properties.spec.properties.vars.items.properties.valueFrom.properties.secretKeyRef.properties.name,data:data53};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(!pattern4.test(data53)){
const err110 = {instancePath:instancePath+"/spec/vars/" + i0+"/valueFrom/secretKeyRef/name",schemaPath:"#/properties/spec/properties/vars/items/properties/valueFrom/properties/secretKeyRef/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",parentSchema:schema37.properties.spec.properties.vars.items.properties.valueFrom.properties.secretKeyRef.properties.name,data:data53};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
else {
const err111 = {instancePath:instancePath+"/spec/vars/" + i0+"/valueFrom/secretKeyRef/name",schemaPath:"#/properties/spec/properties/vars/items/properties/valueFrom/properties/secretKeyRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.vars.items.properties.valueFrom.properties.secretKeyRef.properties.name.type,parentSchema:schema37.properties.spec.properties.vars.items.properties.valueFrom.properties.secretKeyRef.properties.name,data:data53};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data52.key !== undefined){
let data54 = data52.key;
if(typeof data54 === "string"){
if(data54.length > 253){
const err112 = {instancePath:instancePath+"/spec/vars/" + i0+"/valueFrom/secretKeyRef/key",schemaPath:"#/properties/spec/properties/vars/items/properties/valueFrom/properties/secretKeyRef/properties/key/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema37.properties.spec.properties.vars.items.properties.valueFrom.properties.secretKeyRef.properties.key,data:data54};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(!pattern5.test(data54)){
const err113 = {instancePath:instancePath+"/spec/vars/" + i0+"/valueFrom/secretKeyRef/key",schemaPath:"#/properties/spec/properties/vars/items/properties/valueFrom/properties/secretKeyRef/properties/key/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]+$"},message:"must match pattern \""+"^[-._a-zA-Z0-9]+$"+"\"",schema:"^[-._a-zA-Z0-9]+$",parentSchema:schema37.properties.spec.properties.vars.items.properties.valueFrom.properties.secretKeyRef.properties.key,data:data54};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
else {
const err114 = {instancePath:instancePath+"/spec/vars/" + i0+"/valueFrom/secretKeyRef/key",schemaPath:"#/properties/spec/properties/vars/items/properties/valueFrom/properties/secretKeyRef/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.vars.items.properties.valueFrom.properties.secretKeyRef.properties.key.type,parentSchema:schema37.properties.spec.properties.vars.items.properties.valueFrom.properties.secretKeyRef.properties.key,data:data54};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data52.optional !== undefined){
let data55 = data52.optional;
if(typeof data55 !== "boolean"){
const err115 = {instancePath:instancePath+"/spec/vars/" + i0+"/valueFrom/secretKeyRef/optional",schemaPath:"#/properties/spec/properties/vars/items/properties/valueFrom/properties/secretKeyRef/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema37.properties.spec.properties.vars.items.properties.valueFrom.properties.secretKeyRef.properties.optional.type,parentSchema:schema37.properties.spec.properties.vars.items.properties.valueFrom.properties.secretKeyRef.properties.optional,data:data55};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
}
else {
const err116 = {instancePath:instancePath+"/spec/vars/" + i0+"/valueFrom/secretKeyRef",schemaPath:"#/properties/spec/properties/vars/items/properties/valueFrom/properties/secretKeyRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.spec.properties.vars.items.properties.valueFrom.properties.secretKeyRef.type,parentSchema:schema37.properties.spec.properties.vars.items.properties.valueFrom.properties.secretKeyRef,data:data52};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data51.configMapKeyRef !== undefined){
let data56 = data51.configMapKeyRef;
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
if(data56.key === undefined){
const err117 = {instancePath:instancePath+"/spec/vars/" + i0+"/valueFrom/configMapKeyRef",schemaPath:"#/properties/spec/properties/vars/items/properties/valueFrom/properties/configMapKeyRef/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema37.properties.spec.properties.vars.items.properties.valueFrom.properties.configMapKeyRef.required,parentSchema:schema37.properties.spec.properties.vars.items.properties.valueFrom.properties.configMapKeyRef,data:data56};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
for(const key22 in data56){
if(!(((key22 === "name") || (key22 === "key")) || (key22 === "optional"))){
const err118 = {instancePath:instancePath+"/spec/vars/" + i0+"/valueFrom/configMapKeyRef",schemaPath:"#/properties/spec/properties/vars/items/properties/valueFrom/properties/configMapKeyRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties",schema:false,parentSchema:schema37.properties.spec.properties.vars.items.properties.valueFrom.properties.configMapKeyRef,data:data56};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data56.name !== undefined){
let data57 = data56.name;
if(typeof data57 === "string"){
if(data57.length > 253){
const err119 = {instancePath:instancePath+"/spec/vars/" + i0+"/valueFrom/configMapKeyRef/name",schemaPath:"#/properties/spec/properties/vars/items/properties/valueFrom/properties/configMapKeyRef/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema37.properties.spec.properties.vars.items.properties.valueFrom.properties.configMapKeyRef.properties.name,data:data57};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if(!pattern4.test(data57)){
const err120 = {instancePath:instancePath+"/spec/vars/" + i0+"/valueFrom/configMapKeyRef/name",schemaPath:"#/properties/spec/properties/vars/items/properties/valueFrom/properties/configMapKeyRef/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",parentSchema:schema37.properties.spec.properties.vars.items.properties.valueFrom.properties.configMapKeyRef.properties.name,data:data57};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
else {
const err121 = {instancePath:instancePath+"/spec/vars/" + i0+"/valueFrom/configMapKeyRef/name",schemaPath:"#/properties/spec/properties/vars/items/properties/valueFrom/properties/configMapKeyRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.vars.items.properties.valueFrom.properties.configMapKeyRef.properties.name.type,parentSchema:schema37.properties.spec.properties.vars.items.properties.valueFrom.properties.configMapKeyRef.properties.name,data:data57};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data56.key !== undefined){
let data58 = data56.key;
if(typeof data58 === "string"){
if(data58.length > 253){
const err122 = {instancePath:instancePath+"/spec/vars/" + i0+"/valueFrom/configMapKeyRef/key",schemaPath:"#/properties/spec/properties/vars/items/properties/valueFrom/properties/configMapKeyRef/properties/key/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema37.properties.spec.properties.vars.items.properties.valueFrom.properties.configMapKeyRef.properties.key,data:data58};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if(!pattern5.test(data58)){
const err123 = {instancePath:instancePath+"/spec/vars/" + i0+"/valueFrom/configMapKeyRef/key",schemaPath:"#/properties/spec/properties/vars/items/properties/valueFrom/properties/configMapKeyRef/properties/key/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]+$"},message:"must match pattern \""+"^[-._a-zA-Z0-9]+$"+"\"",schema:"^[-._a-zA-Z0-9]+$",parentSchema:schema37.properties.spec.properties.vars.items.properties.valueFrom.properties.configMapKeyRef.properties.key,data:data58};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
else {
const err124 = {instancePath:instancePath+"/spec/vars/" + i0+"/valueFrom/configMapKeyRef/key",schemaPath:"#/properties/spec/properties/vars/items/properties/valueFrom/properties/configMapKeyRef/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.vars.items.properties.valueFrom.properties.configMapKeyRef.properties.key.type,parentSchema:schema37.properties.spec.properties.vars.items.properties.valueFrom.properties.configMapKeyRef.properties.key,data:data58};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data56.optional !== undefined){
let data59 = data56.optional;
if(typeof data59 !== "boolean"){
const err125 = {instancePath:instancePath+"/spec/vars/" + i0+"/valueFrom/configMapKeyRef/optional",schemaPath:"#/properties/spec/properties/vars/items/properties/valueFrom/properties/configMapKeyRef/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema37.properties.spec.properties.vars.items.properties.valueFrom.properties.configMapKeyRef.properties.optional.type,parentSchema:schema37.properties.spec.properties.vars.items.properties.valueFrom.properties.configMapKeyRef.properties.optional,data:data59};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
}
else {
const err126 = {instancePath:instancePath+"/spec/vars/" + i0+"/valueFrom/configMapKeyRef",schemaPath:"#/properties/spec/properties/vars/items/properties/valueFrom/properties/configMapKeyRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.spec.properties.vars.items.properties.valueFrom.properties.configMapKeyRef.type,parentSchema:schema37.properties.spec.properties.vars.items.properties.valueFrom.properties.configMapKeyRef,data:data56};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
}
else {
const err127 = {instancePath:instancePath+"/spec/vars/" + i0+"/valueFrom",schemaPath:"#/properties/spec/properties/vars/items/properties/valueFrom/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.spec.properties.vars.items.properties.valueFrom.type,parentSchema:schema37.properties.spec.properties.vars.items.properties.valueFrom,data:data51};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
}
else {
const err128 = {instancePath:instancePath+"/spec/vars/" + i0,schemaPath:"#/properties/spec/properties/vars/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.spec.properties.vars.items.type,parentSchema:schema37.properties.spec.properties.vars.items,data:data48};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
}
else {
const err129 = {instancePath:instancePath+"/spec/vars",schemaPath:"#/properties/spec/properties/vars/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.spec.properties.vars.type,parentSchema:schema37.properties.spec.properties.vars,data:data47};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data9.cloud !== undefined){
let data60 = data9.cloud;
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
for(const key23 in data60){
if(!(((key23 === "url") || (key23 === "project")) || (key23 === "tokenFrom"))){
const err130 = {instancePath:instancePath+"/spec/cloud",schemaPath:"#/properties/spec/properties/cloud/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties",schema:false,parentSchema:schema37.properties.spec.properties.cloud,data:data60};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data60.url !== undefined){
let data61 = data60.url;
if(typeof data61 !== "string"){
const err131 = {instancePath:instancePath+"/spec/cloud/url",schemaPath:"#/properties/spec/properties/cloud/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.cloud.properties.url.type,parentSchema:schema37.properties.spec.properties.cloud.properties.url,data:data61};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data60.project !== undefined){
let data62 = data60.project;
if(typeof data62 !== "string"){
const err132 = {instancePath:instancePath+"/spec/cloud/project",schemaPath:"#/properties/spec/properties/cloud/properties/project/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.cloud.properties.project.type,parentSchema:schema37.properties.spec.properties.cloud.properties.project,data:data62};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data60.tokenFrom !== undefined){
let data63 = data60.tokenFrom;
if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
for(const key24 in data63){
if(!(key24 === "secretKeyRef")){
const err133 = {instancePath:instancePath+"/spec/cloud/tokenFrom",schemaPath:"#/properties/spec/properties/cloud/properties/tokenFrom/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties",schema:false,parentSchema:schema37.properties.spec.properties.cloud.properties.tokenFrom,data:data63};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data63.secretKeyRef !== undefined){
let data64 = data63.secretKeyRef;
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
if(data64.key === undefined){
const err134 = {instancePath:instancePath+"/spec/cloud/tokenFrom/secretKeyRef",schemaPath:"#/properties/spec/properties/cloud/properties/tokenFrom/properties/secretKeyRef/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema37.properties.spec.properties.cloud.properties.tokenFrom.properties.secretKeyRef.required,parentSchema:schema37.properties.spec.properties.cloud.properties.tokenFrom.properties.secretKeyRef,data:data64};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
for(const key25 in data64){
if(!(((key25 === "name") || (key25 === "key")) || (key25 === "optional"))){
const err135 = {instancePath:instancePath+"/spec/cloud/tokenFrom/secretKeyRef",schemaPath:"#/properties/spec/properties/cloud/properties/tokenFrom/properties/secretKeyRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties",schema:false,parentSchema:schema37.properties.spec.properties.cloud.properties.tokenFrom.properties.secretKeyRef,data:data64};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data64.name !== undefined){
let data65 = data64.name;
if(typeof data65 === "string"){
if(data65.length > 253){
const err136 = {instancePath:instancePath+"/spec/cloud/tokenFrom/secretKeyRef/name",schemaPath:"#/properties/spec/properties/cloud/properties/tokenFrom/properties/secretKeyRef/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema37.properties.spec.properties.cloud.properties.tokenFrom.properties.secretKeyRef.properties.name,data:data65};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
if(!pattern4.test(data65)){
const err137 = {instancePath:instancePath+"/spec/cloud/tokenFrom/secretKeyRef/name",schemaPath:"#/properties/spec/properties/cloud/properties/tokenFrom/properties/secretKeyRef/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",parentSchema:schema37.properties.spec.properties.cloud.properties.tokenFrom.properties.secretKeyRef.properties.name,data:data65};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
else {
const err138 = {instancePath:instancePath+"/spec/cloud/tokenFrom/secretKeyRef/name",schemaPath:"#/properties/spec/properties/cloud/properties/tokenFrom/properties/secretKeyRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.cloud.properties.tokenFrom.properties.secretKeyRef.properties.name.type,parentSchema:schema37.properties.spec.properties.cloud.properties.tokenFrom.properties.secretKeyRef.properties.name,data:data65};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data64.key !== undefined){
let data66 = data64.key;
if(typeof data66 === "string"){
if(data66.length > 253){
const err139 = {instancePath:instancePath+"/spec/cloud/tokenFrom/secretKeyRef/key",schemaPath:"#/properties/spec/properties/cloud/properties/tokenFrom/properties/secretKeyRef/properties/key/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema37.properties.spec.properties.cloud.properties.tokenFrom.properties.secretKeyRef.properties.key,data:data66};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
if(!pattern5.test(data66)){
const err140 = {instancePath:instancePath+"/spec/cloud/tokenFrom/secretKeyRef/key",schemaPath:"#/properties/spec/properties/cloud/properties/tokenFrom/properties/secretKeyRef/properties/key/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]+$"},message:"must match pattern \""+"^[-._a-zA-Z0-9]+$"+"\"",schema:"^[-._a-zA-Z0-9]+$",parentSchema:schema37.properties.spec.properties.cloud.properties.tokenFrom.properties.secretKeyRef.properties.key,data:data66};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
else {
const err141 = {instancePath:instancePath+"/spec/cloud/tokenFrom/secretKeyRef/key",schemaPath:"#/properties/spec/properties/cloud/properties/tokenFrom/properties/secretKeyRef/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.cloud.properties.tokenFrom.properties.secretKeyRef.properties.key.type,parentSchema:schema37.properties.spec.properties.cloud.properties.tokenFrom.properties.secretKeyRef.properties.key,data:data66};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data64.optional !== undefined){
let data67 = data64.optional;
if(typeof data67 !== "boolean"){
const err142 = {instancePath:instancePath+"/spec/cloud/tokenFrom/secretKeyRef/optional",schemaPath:"#/properties/spec/properties/cloud/properties/tokenFrom/properties/secretKeyRef/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema37.properties.spec.properties.cloud.properties.tokenFrom.properties.secretKeyRef.properties.optional.type,parentSchema:schema37.properties.spec.properties.cloud.properties.tokenFrom.properties.secretKeyRef.properties.optional,data:data67};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
}
else {
const err143 = {instancePath:instancePath+"/spec/cloud/tokenFrom/secretKeyRef",schemaPath:"#/properties/spec/properties/cloud/properties/tokenFrom/properties/secretKeyRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.spec.properties.cloud.properties.tokenFrom.properties.secretKeyRef.type,parentSchema:schema37.properties.spec.properties.cloud.properties.tokenFrom.properties.secretKeyRef,data:data64};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
}
else {
const err144 = {instancePath:instancePath+"/spec/cloud/tokenFrom",schemaPath:"#/properties/spec/properties/cloud/properties/tokenFrom/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.spec.properties.cloud.properties.tokenFrom.type,parentSchema:schema37.properties.spec.properties.cloud.properties.tokenFrom,data:data63};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
}
else {
const err145 = {instancePath:instancePath+"/spec/cloud",schemaPath:"#/properties/spec/properties/cloud/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.spec.properties.cloud.type,parentSchema:schema37.properties.spec.properties.cloud,data:data60};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data9.dir !== undefined){
let data68 = data9.dir;
if(data68 && typeof data68 == "object" && !Array.isArray(data68)){
for(const key26 in data68){
if(!(((key26 === "configMapRef") || (key26 === "remote")) || (key26 === "local"))){
const err146 = {instancePath:instancePath+"/spec/dir",schemaPath:"#/properties/spec/properties/dir/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties",schema:false,parentSchema:schema37.properties.spec.properties.dir,data:data68};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data68.configMapRef !== undefined){
let data69 = data68.configMapRef;
if(data69 && typeof data69 == "object" && !Array.isArray(data69)){
for(const key27 in data69){
if(!(key27 === "name")){
const err147 = {instancePath:instancePath+"/spec/dir/configMapRef",schemaPath:"#/properties/spec/properties/dir/properties/configMapRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties",schema:false,parentSchema:schema37.properties.spec.properties.dir.properties.configMapRef,data:data69};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
if(data69.name !== undefined){
let data70 = data69.name;
if(typeof data70 === "string"){
if(data70.length > 253){
const err148 = {instancePath:instancePath+"/spec/dir/configMapRef/name",schemaPath:"#/properties/spec/properties/dir/properties/configMapRef/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema37.properties.spec.properties.dir.properties.configMapRef.properties.name,data:data70};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
if(!pattern4.test(data70)){
const err149 = {instancePath:instancePath+"/spec/dir/configMapRef/name",schemaPath:"#/properties/spec/properties/dir/properties/configMapRef/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",parentSchema:schema37.properties.spec.properties.dir.properties.configMapRef.properties.name,data:data70};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
else {
const err150 = {instancePath:instancePath+"/spec/dir/configMapRef/name",schemaPath:"#/properties/spec/properties/dir/properties/configMapRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.dir.properties.configMapRef.properties.name.type,parentSchema:schema37.properties.spec.properties.dir.properties.configMapRef.properties.name,data:data70};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
}
else {
const err151 = {instancePath:instancePath+"/spec/dir/configMapRef",schemaPath:"#/properties/spec/properties/dir/properties/configMapRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.spec.properties.dir.properties.configMapRef.type,parentSchema:schema37.properties.spec.properties.dir.properties.configMapRef,data:data69};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
if(data68.remote !== undefined){
let data71 = data68.remote;
if(data71 && typeof data71 == "object" && !Array.isArray(data71)){
for(const key28 in data71){
if(!((key28 === "name") || (key28 === "tag"))){
const err152 = {instancePath:instancePath+"/spec/dir/remote",schemaPath:"#/properties/spec/properties/dir/properties/remote/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties",schema:false,parentSchema:schema37.properties.spec.properties.dir.properties.remote,data:data71};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data71.name !== undefined){
let data72 = data71.name;
if(typeof data72 !== "string"){
const err153 = {instancePath:instancePath+"/spec/dir/remote/name",schemaPath:"#/properties/spec/properties/dir/properties/remote/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.dir.properties.remote.properties.name.type,parentSchema:schema37.properties.spec.properties.dir.properties.remote.properties.name,data:data72};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data71.tag !== undefined){
let data73 = data71.tag;
if(typeof data73 !== "string"){
const err154 = {instancePath:instancePath+"/spec/dir/remote/tag",schemaPath:"#/properties/spec/properties/dir/properties/remote/properties/tag/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.dir.properties.remote.properties.tag.type,parentSchema:schema37.properties.spec.properties.dir.properties.remote.properties.tag,data:data73};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
}
else {
const err155 = {instancePath:instancePath+"/spec/dir/remote",schemaPath:"#/properties/spec/properties/dir/properties/remote/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.spec.properties.dir.properties.remote.type,parentSchema:schema37.properties.spec.properties.dir.properties.remote,data:data71};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
if(data68.local !== undefined){
let data74 = data68.local;
if(data74 && typeof data74 == "object" && !Array.isArray(data74)){
for(const key29 in data74){
let data75 = data74[key29];
if(typeof data75 !== "string"){
const err156 = {instancePath:instancePath+"/spec/dir/local/" + key29.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/dir/properties/local/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.dir.properties.local.additionalProperties.type,parentSchema:schema37.properties.spec.properties.dir.properties.local.additionalProperties,data:data75};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
}
else {
const err157 = {instancePath:instancePath+"/spec/dir/local",schemaPath:"#/properties/spec/properties/dir/properties/local/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.spec.properties.dir.properties.local.type,parentSchema:schema37.properties.spec.properties.dir.properties.local,data:data74};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
}
else {
const err158 = {instancePath:instancePath+"/spec/dir",schemaPath:"#/properties/spec/properties/dir/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.spec.properties.dir.type,parentSchema:schema37.properties.spec.properties.dir,data:data68};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
if(data9.devURL !== undefined){
let data76 = data9.devURL;
if(typeof data76 !== "string"){
const err159 = {instancePath:instancePath+"/spec/devURL",schemaPath:"#/properties/spec/properties/devURL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.devURL.type,parentSchema:schema37.properties.spec.properties.devURL,data:data76};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
if(data9.devURLFrom !== undefined){
let data77 = data9.devURLFrom;
if(data77 && typeof data77 == "object" && !Array.isArray(data77)){
for(const key30 in data77){
if(!(key30 === "secretKeyRef")){
const err160 = {instancePath:instancePath+"/spec/devURLFrom",schemaPath:"#/properties/spec/properties/devURLFrom/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties",schema:false,parentSchema:schema37.properties.spec.properties.devURLFrom,data:data77};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
if(data77.secretKeyRef !== undefined){
let data78 = data77.secretKeyRef;
if(data78 && typeof data78 == "object" && !Array.isArray(data78)){
if(data78.key === undefined){
const err161 = {instancePath:instancePath+"/spec/devURLFrom/secretKeyRef",schemaPath:"#/properties/spec/properties/devURLFrom/properties/secretKeyRef/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema37.properties.spec.properties.devURLFrom.properties.secretKeyRef.required,parentSchema:schema37.properties.spec.properties.devURLFrom.properties.secretKeyRef,data:data78};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
for(const key31 in data78){
if(!(((key31 === "name") || (key31 === "key")) || (key31 === "optional"))){
const err162 = {instancePath:instancePath+"/spec/devURLFrom/secretKeyRef",schemaPath:"#/properties/spec/properties/devURLFrom/properties/secretKeyRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties",schema:false,parentSchema:schema37.properties.spec.properties.devURLFrom.properties.secretKeyRef,data:data78};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data78.name !== undefined){
let data79 = data78.name;
if(typeof data79 === "string"){
if(data79.length > 253){
const err163 = {instancePath:instancePath+"/spec/devURLFrom/secretKeyRef/name",schemaPath:"#/properties/spec/properties/devURLFrom/properties/secretKeyRef/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema37.properties.spec.properties.devURLFrom.properties.secretKeyRef.properties.name,data:data79};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
if(!pattern4.test(data79)){
const err164 = {instancePath:instancePath+"/spec/devURLFrom/secretKeyRef/name",schemaPath:"#/properties/spec/properties/devURLFrom/properties/secretKeyRef/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",parentSchema:schema37.properties.spec.properties.devURLFrom.properties.secretKeyRef.properties.name,data:data79};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
else {
const err165 = {instancePath:instancePath+"/spec/devURLFrom/secretKeyRef/name",schemaPath:"#/properties/spec/properties/devURLFrom/properties/secretKeyRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.devURLFrom.properties.secretKeyRef.properties.name.type,parentSchema:schema37.properties.spec.properties.devURLFrom.properties.secretKeyRef.properties.name,data:data79};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
if(data78.key !== undefined){
let data80 = data78.key;
if(typeof data80 === "string"){
if(data80.length > 253){
const err166 = {instancePath:instancePath+"/spec/devURLFrom/secretKeyRef/key",schemaPath:"#/properties/spec/properties/devURLFrom/properties/secretKeyRef/properties/key/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema37.properties.spec.properties.devURLFrom.properties.secretKeyRef.properties.key,data:data80};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
if(!pattern5.test(data80)){
const err167 = {instancePath:instancePath+"/spec/devURLFrom/secretKeyRef/key",schemaPath:"#/properties/spec/properties/devURLFrom/properties/secretKeyRef/properties/key/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]+$"},message:"must match pattern \""+"^[-._a-zA-Z0-9]+$"+"\"",schema:"^[-._a-zA-Z0-9]+$",parentSchema:schema37.properties.spec.properties.devURLFrom.properties.secretKeyRef.properties.key,data:data80};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
else {
const err168 = {instancePath:instancePath+"/spec/devURLFrom/secretKeyRef/key",schemaPath:"#/properties/spec/properties/devURLFrom/properties/secretKeyRef/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.devURLFrom.properties.secretKeyRef.properties.key.type,parentSchema:schema37.properties.spec.properties.devURLFrom.properties.secretKeyRef.properties.key,data:data80};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data78.optional !== undefined){
let data81 = data78.optional;
if(typeof data81 !== "boolean"){
const err169 = {instancePath:instancePath+"/spec/devURLFrom/secretKeyRef/optional",schemaPath:"#/properties/spec/properties/devURLFrom/properties/secretKeyRef/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema37.properties.spec.properties.devURLFrom.properties.secretKeyRef.properties.optional.type,parentSchema:schema37.properties.spec.properties.devURLFrom.properties.secretKeyRef.properties.optional,data:data81};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
}
else {
const err170 = {instancePath:instancePath+"/spec/devURLFrom/secretKeyRef",schemaPath:"#/properties/spec/properties/devURLFrom/properties/secretKeyRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.spec.properties.devURLFrom.properties.secretKeyRef.type,parentSchema:schema37.properties.spec.properties.devURLFrom.properties.secretKeyRef,data:data78};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
}
else {
const err171 = {instancePath:instancePath+"/spec/devURLFrom",schemaPath:"#/properties/spec/properties/devURLFrom/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.spec.properties.devURLFrom.type,parentSchema:schema37.properties.spec.properties.devURLFrom,data:data77};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
if(data9.revisionsSchema !== undefined){
let data82 = data9.revisionsSchema;
if(typeof data82 !== "string"){
const err172 = {instancePath:instancePath+"/spec/revisionsSchema",schemaPath:"#/properties/spec/properties/revisionsSchema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.revisionsSchema.type,parentSchema:schema37.properties.spec.properties.revisionsSchema,data:data82};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
if(data9.baseline !== undefined){
let data83 = data9.baseline;
if(typeof data83 !== "string"){
const err173 = {instancePath:instancePath+"/spec/baseline",schemaPath:"#/properties/spec/properties/baseline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.spec.properties.baseline.type,parentSchema:schema37.properties.spec.properties.baseline,data:data83};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
if(data9.execOrder !== undefined){
let data84 = data9.execOrder;
if(!(((data84 === "linear") || (data84 === "linear-skip")) || (data84 === "non-linear"))){
const err174 = {instancePath:instancePath+"/spec/execOrder",schemaPath:"#/properties/spec/properties/execOrder/enum",keyword:"enum",params:{allowedValues: schema37.properties.spec.properties.execOrder.enum},message:"must be equal to one of the allowed values",schema:schema37.properties.spec.properties.execOrder.enum,parentSchema:schema37.properties.spec.properties.execOrder,data:data84};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
if(data9.protectedFlows !== undefined){
let data85 = data9.protectedFlows;
if(data85 && typeof data85 == "object" && !Array.isArray(data85)){
for(const key32 in data85){
if(!(key32 === "migrateDown")){
const err175 = {instancePath:instancePath+"/spec/protectedFlows",schemaPath:"#/properties/spec/properties/protectedFlows/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties",schema:false,parentSchema:schema37.properties.spec.properties.protectedFlows,data:data85};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data85.migrateDown !== undefined){
let data86 = data85.migrateDown;
if(data86 && typeof data86 == "object" && !Array.isArray(data86)){
for(const key33 in data86){
if(!((key33 === "allow") || (key33 === "autoApprove"))){
const err176 = {instancePath:instancePath+"/spec/protectedFlows/migrateDown",schemaPath:"#/properties/spec/properties/protectedFlows/properties/migrateDown/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties",schema:false,parentSchema:schema37.properties.spec.properties.protectedFlows.properties.migrateDown,data:data86};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
if(data86.allow !== undefined){
let data87 = data86.allow;
if(typeof data87 !== "boolean"){
const err177 = {instancePath:instancePath+"/spec/protectedFlows/migrateDown/allow",schemaPath:"#/properties/spec/properties/protectedFlows/properties/migrateDown/properties/allow/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema37.properties.spec.properties.protectedFlows.properties.migrateDown.properties.allow.type,parentSchema:schema37.properties.spec.properties.protectedFlows.properties.migrateDown.properties.allow,data:data87};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
if(data86.autoApprove !== undefined){
let data88 = data86.autoApprove;
if(typeof data88 !== "boolean"){
const err178 = {instancePath:instancePath+"/spec/protectedFlows/migrateDown/autoApprove",schemaPath:"#/properties/spec/properties/protectedFlows/properties/migrateDown/properties/autoApprove/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema37.properties.spec.properties.protectedFlows.properties.migrateDown.properties.autoApprove.type,parentSchema:schema37.properties.spec.properties.protectedFlows.properties.migrateDown.properties.autoApprove,data:data88};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
}
else {
const err179 = {instancePath:instancePath+"/spec/protectedFlows/migrateDown",schemaPath:"#/properties/spec/properties/protectedFlows/properties/migrateDown/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.spec.properties.protectedFlows.properties.migrateDown.type,parentSchema:schema37.properties.spec.properties.protectedFlows.properties.migrateDown,data:data86};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
}
else {
const err180 = {instancePath:instancePath+"/spec/protectedFlows",schemaPath:"#/properties/spec/properties/protectedFlows/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.spec.properties.protectedFlows.type,parentSchema:schema37.properties.spec.properties.protectedFlows,data:data85};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
if(data9.backoffLimit !== undefined){
let data89 = data9.backoffLimit;
if(!(((typeof data89 == "number") && (!(data89 % 1) && !isNaN(data89))) && (isFinite(data89)))){
const err181 = {instancePath:instancePath+"/spec/backoffLimit",schemaPath:"#/properties/spec/properties/backoffLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.spec.properties.backoffLimit.type,parentSchema:schema37.properties.spec.properties.backoffLimit,data:data89};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
}
else {
const err182 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.spec.type,parentSchema:schema37.properties.spec,data:data9};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
}
else {
const err183 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}

export const validateConfigMap = validate54;
const schema38 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"ConfigMap v1 (as rendered by this plugin)","type":"object","additionalProperties":false,"required":["apiVersion","kind","metadata","data"],"properties":{"apiVersion":{"const":"v1"},"kind":{"const":"ConfigMap"},"metadata":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","maxLength":253},"namespace":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","maxLength":63},"labels":{"type":"object","propertyNames":{"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$","maxLength":317},"additionalProperties":{"type":"string","pattern":"^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$","maxLength":63}},"annotations":{"type":"object","propertyNames":{"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$","maxLength":317},"additionalProperties":{"type":"string"}}}},"immutable":{"type":"boolean"},"data":{"type":"object","minProperties":1,"propertyNames":{"pattern":"^[-._a-zA-Z0-9]+$","maxLength":253},"additionalProperties":{"type":"string"}}}};

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metadata === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.data === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "immutable")) || (key0 === "data"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
if("v1" !== data0){
const err5 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "v1"},message:"must be equal to constant",schema:"v1",parentSchema:schema38.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if("ConfigMap" !== data1){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "ConfigMap"},message:"must be equal to constant",schema:"ConfigMap",parentSchema:schema38.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.metadata !== undefined){
let data2 = data.metadata;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.name === undefined){
const err7 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema38.properties.metadata.required,parentSchema:schema38.properties.metadata,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data2){
if(!((((key1 === "name") || (key1 === "namespace")) || (key1 === "labels")) || (key1 === "annotations"))){
const err8 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.metadata,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.name !== undefined){
let data3 = data2.name;
if(typeof data3 === "string"){
if(data3.length > 253){
const err9 = {instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema38.properties.metadata.properties.name,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern4.test(data3)){
const err10 = {instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",parentSchema:schema38.properties.metadata.properties.name,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.metadata.properties.name.type,parentSchema:schema38.properties.metadata.properties.name,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.namespace !== undefined){
let data4 = data2.namespace;
if(typeof data4 === "string"){
if(data4.length > 63){
const err12 = {instancePath:instancePath+"/metadata/namespace",schemaPath:"#/properties/metadata/properties/namespace/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",schema:63,parentSchema:schema38.properties.metadata.properties.namespace,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern0.test(data4)){
const err13 = {instancePath:instancePath+"/metadata/namespace",schemaPath:"#/properties/metadata/properties/namespace/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",parentSchema:schema38.properties.metadata.properties.namespace,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/metadata/namespace",schemaPath:"#/properties/metadata/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.metadata.properties.namespace.type,parentSchema:schema38.properties.metadata.properties.namespace,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.labels !== undefined){
let data5 = data2.labels;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
const _errs13 = errors;
if(typeof key2 === "string"){
if(key2.length > 317){
const err15 = {instancePath:instancePath+"/metadata/labels",schemaPath:"#/properties/metadata/properties/labels/propertyNames/maxLength",keyword:"maxLength",params:{limit: 317},message:"must NOT have more than 317 characters",schema:317,parentSchema:schema38.properties.metadata.properties.labels.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern1.test(key2)){
const err16 = {instancePath:instancePath+"/metadata/labels",schemaPath:"#/properties/metadata/properties/labels/propertyNames/pattern",keyword:"pattern",params:{pattern: "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"},message:"must match pattern \""+"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"+"\"",schema:"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$",parentSchema:schema38.properties.metadata.properties.labels.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
var valid2 = _errs13 === errors;
if(!valid2){
const err17 = {instancePath:instancePath+"/metadata/labels",schemaPath:"#/properties/metadata/properties/labels/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema38.properties.metadata.properties.labels.propertyNames,parentSchema:schema38.properties.metadata.properties.labels,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
for(const key3 in data5){
let data6 = data5[key3];
if(typeof data6 === "string"){
if(data6.length > 63){
const err18 = {instancePath:instancePath+"/metadata/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/properties/labels/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",schema:63,parentSchema:schema38.properties.metadata.properties.labels.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!pattern2.test(data6)){
const err19 = {instancePath:instancePath+"/metadata/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/properties/labels/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$"},message:"must match pattern \""+"^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$"+"\"",schema:"^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$",parentSchema:schema38.properties.metadata.properties.labels.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/metadata/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.metadata.properties.labels.additionalProperties.type,parentSchema:schema38.properties.metadata.properties.labels.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/metadata/labels",schemaPath:"#/properties/metadata/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.metadata.properties.labels.type,parentSchema:schema38.properties.metadata.properties.labels,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data2.annotations !== undefined){
let data7 = data2.annotations;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key4 in data7){
const _errs19 = errors;
if(typeof key4 === "string"){
if(key4.length > 317){
const err22 = {instancePath:instancePath+"/metadata/annotations",schemaPath:"#/properties/metadata/properties/annotations/propertyNames/maxLength",keyword:"maxLength",params:{limit: 317},message:"must NOT have more than 317 characters",schema:317,parentSchema:schema38.properties.metadata.properties.annotations.propertyNames,data:key4,propertyName:key4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!pattern1.test(key4)){
const err23 = {instancePath:instancePath+"/metadata/annotations",schemaPath:"#/properties/metadata/properties/annotations/propertyNames/pattern",keyword:"pattern",params:{pattern: "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"},message:"must match pattern \""+"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"+"\"",schema:"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$",parentSchema:schema38.properties.metadata.properties.annotations.propertyNames,data:key4,propertyName:key4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
var valid4 = _errs19 === errors;
if(!valid4){
const err24 = {instancePath:instancePath+"/metadata/annotations",schemaPath:"#/properties/metadata/properties/annotations/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid",schema:schema38.properties.metadata.properties.annotations.propertyNames,parentSchema:schema38.properties.metadata.properties.annotations,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
for(const key5 in data7){
let data8 = data7[key5];
if(typeof data8 !== "string"){
const err25 = {instancePath:instancePath+"/metadata/annotations/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/properties/annotations/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.metadata.properties.annotations.additionalProperties.type,parentSchema:schema38.properties.metadata.properties.annotations.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/metadata/annotations",schemaPath:"#/properties/metadata/properties/annotations/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.metadata.properties.annotations.type,parentSchema:schema38.properties.metadata.properties.annotations,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.metadata.type,parentSchema:schema38.properties.metadata,data:data2};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.immutable !== undefined){
let data9 = data.immutable;
if(typeof data9 !== "boolean"){
const err28 = {instancePath:instancePath+"/immutable",schemaPath:"#/properties/immutable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.immutable.type,parentSchema:schema38.properties.immutable,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.data !== undefined){
let data10 = data.data;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(Object.keys(data10).length < 1){
const err29 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema38.properties.data,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key6 in data10){
const _errs27 = errors;
if(typeof key6 === "string"){
if(key6.length > 253){
const err30 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/propertyNames/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema38.properties.data.propertyNames,data:key6,propertyName:key6};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!pattern5.test(key6)){
const err31 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]+$"},message:"must match pattern \""+"^[-._a-zA-Z0-9]+$"+"\"",schema:"^[-._a-zA-Z0-9]+$",parentSchema:schema38.properties.data.propertyNames,data:key6,propertyName:key6};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
var valid6 = _errs27 === errors;
if(!valid6){
const err32 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/propertyNames",keyword:"propertyNames",params:{propertyName: key6},message:"property name must be valid",schema:schema38.properties.data.propertyNames,parentSchema:schema38.properties.data,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
for(const key7 in data10){
let data11 = data10[key7];
if(typeof data11 !== "string"){
const err33 = {instancePath:instancePath+"/data/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/data/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.data.additionalProperties.type,parentSchema:schema38.properties.data.additionalProperties,data:data11};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.data.type,parentSchema:schema38.properties.data,data:data10};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}

