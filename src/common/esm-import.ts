/**
 * Loads an ESM-only package (the Kubernetes client) when a verb needs it. In the built CLI the
 * code runs inside a vm.Script, where Node.js 20 allows import() only behind an experimental
 * flag (and a warning on stderr); the launcher therefore hands over its own import() as
 * `globalThis.argocdAtlasImport`. Run from the sources, the plain import() is used.
 */
type Importer = (specifier: string) => Promise<unknown>;

export function importEsm<T>(specifier: string): Promise<T> {
  const fromLauncher = (globalThis as { argocdAtlasImport?: Importer }).argocdAtlasImport;
  return (fromLauncher ? fromLauncher(specifier) : import(specifier)) as Promise<T>;
}
