// Generated from package.json by `npm run gen`. Do not edit.
export const releaseVersion = "0.1.0";
export const projectSchemaUrl = "https://raw.githubusercontent.com/argocd-atlas/argocd-atlas/v0.1.0/schema/atlas.project.schema.json";
