/**
 * The core (every module under src/project and src/render) is pure: text and data in, objects
 * and problems out. It reads no file, starts no process, opens no socket and reads no environment
 * variable, directly or through anything it imports (statically or with import()). That is the
 * job of the edge (src/gather, src/registry's wiring, the CLI verbs). This walks the import graph
 * of the sources and names the chain that breaks the rule.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, it } from "node:test";
import ts from "typescript";
import { repoRoot } from "./run.js";

const coreFolders = ["src/project", "src/render"];

/** Modules that reach the file system, other processes or the network. */
const forbiddenModules = ["fs", "fs/promises", "child_process", "http", "https", "http2", "net", "tls", "dgram", "undici"];

function isForbidden(specifier: string): boolean {
  const name = specifier.replace(/^node:/, "");
  return forbiddenModules.some((f) => name === f || name.startsWith(`${f}/`));
}

interface ModuleFacts {
  /** Specifiers loaded at run time: static imports and re-exports (not `import type`), import(), require() and process.getBuiltinModule(). */
  imports: string[];
  /** Line of the first read of process.env, if any. */
  envRead?: number;
}

/** What one source file loads and whether it reads process.env, from its syntax tree. */
function factsOf(file: string, text = readFileSync(file, "utf8")): ModuleFacts {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith(".cts") ? ts.ScriptKind.TS : undefined);
  const facts: ModuleFacts = { imports: [] };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.importClause?.isTypeOnly) facts.imports.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) facts.imports.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || loadsModule(node.expression))) {
      const [arg] = node.arguments;
      // A computed specifier cannot be followed: refuse it in the core rather than guess.
      facts.imports.push(arg && ts.isStringLiteralLike(arg) ? arg.text : "<computed import()>");
    } else if (facts.envRead === undefined && readsProcessEnv(node)) {
      facts.envRead = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return facts;
}

/** `require(...)` and `process.getBuiltinModule(...)`: loads that are not import syntax. */
function loadsModule(callee: ts.Expression): boolean {
  if (ts.isIdentifier(callee)) return callee.text === "require";
  return ts.isPropertyAccessExpression(callee) && callee.name.text === "getBuiltinModule" && isProcess(callee.expression);
}

function isProcess(node: ts.Expression): boolean {
  if (ts.isIdentifier(node)) return node.text === "process";
  return ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "globalThis" && node.name.text === "process";
}

function readsProcessEnv(node: ts.Node): boolean {
  if (ts.isPropertyAccessExpression(node)) return node.name.text === "env" && isProcess(node.expression);
  if (ts.isElementAccessExpression(node))
    return isProcess(node.expression) && ts.isStringLiteralLike(node.argumentExpression) && node.argumentExpression.text === "env";
  // const { env } = process
  if (ts.isVariableDeclaration(node) && node.initializer && isProcess(node.initializer) && ts.isObjectBindingPattern(node.name)) {
    return node.name.elements.some((e) => (e.propertyName ?? e.name).getText() === "env");
  }
  return false;
}

/** The source file a relative specifier names (sources import `./x.js` for `./x.ts`). */
function resolveSource(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base.replace(/\.js$/, ".ts"), base.replace(/\.cjs$/, ".cts"), base, `${base}.ts`, join(base, "index.ts")]) {
    if (existsSync(candidate) && candidate.match(/\.c?ts$/)) return candidate;
  }
  throw new Error(`${relative(repoRoot, from)}: cannot find the source of ${specifier}`);
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.c?ts$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * Every violation reachable from `start`: a chain of files ending in a forbidden module or a
 * read of process.env. One chain per offending module (the first found, breadth first, so the
 * shortest).
 */
function violationsFrom(start: string, facts: (file: string) => ModuleFacts): string[] {
  const found: string[] = [];
  const seen = new Set([start]);
  const queue: { file: string; chain: string[] }[] = [{ file: start, chain: [relative(repoRoot, start)] }];
  while (queue.length > 0) {
    const { file, chain } = queue.shift()!;
    const f = facts(file);
    if (f.envRead !== undefined) found.push(`${chain.join(" -> ")} reads process.env (line ${f.envRead})`);
    for (const specifier of f.imports) {
      if (specifier.startsWith(".")) {
        const next = resolveSource(file, specifier);
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push({ file: next, chain: [...chain, relative(repoRoot, next)] });
      } else if (isForbidden(specifier) || specifier.startsWith("<")) {
        found.push(`${chain.join(" -> ")} imports ${specifier}`);
      }
    }
  }
  return found;
}

describe("architecture", () => {
  const cache = new Map<string, ModuleFacts>();
  const facts = (file: string) => {
    let f = cache.get(file);
    if (!f) {
      f = factsOf(file);
      cache.set(file, f);
    }
    return f;
  };

  it("the core (src/project, src/render) reaches no file system, process, network or process.env", () => {
    const files = coreFolders.flatMap((folder) => sourceFiles(join(repoRoot, folder)));
    assert.ok(files.length >= 10, `only ${files.length} core files found`);
    const violations = [...new Set(files.flatMap((file) => violationsFrom(file, facts)))];
    assert.deepEqual(violations, []);
  });

  it("the walk sees static imports, re-exports, import() and process.env, and skips import type", () => {
    const probe = factsOf(
      "probe.ts",
      [
        'import type { A } from "node:fs";',
        'import { type B, c } from "node:path";',
        'export { d } from "node:http";',
        'export type { E } from "node:net";',
        "",
        'const m = await import("node:child_process");',
        "const x = process.env.HOME;",
      ].join("\n"),
    );
    assert.deepEqual(probe, { imports: ["node:path", "node:http", "node:child_process"], envRead: 7 });
    assert.equal(factsOf("probe.ts", 'const { env } = process;\nglobalThis.process["env"];').envRead, 1);
    assert.equal(factsOf("probe.ts", "const { argv } = process;").envRead, undefined);
    assert.deepEqual(factsOf("probe.ts", 'process.getBuiltinModule("node:fs"); require("node:net");').imports, ["node:fs", "node:net"]);
  });

  it("names the chain that leads to a forbidden module", () => {
    const files: Record<string, ModuleFacts> = {
      [join(repoRoot, "src/render/render.ts")]: { imports: ["./resolve.js"] },
      [join(repoRoot, "src/render/resolve.ts")]: { imports: ["node:fs/promises", "yaml"], envRead: 3 },
    };
    assert.deepEqual(
      violationsFrom(join(repoRoot, "src/render/render.ts"), (f) => files[f]!),
      ["src/render/render.ts -> src/render/resolve.ts reads process.env (line 3)", "src/render/render.ts -> src/render/resolve.ts imports node:fs/promises"],
    );
  });
});
