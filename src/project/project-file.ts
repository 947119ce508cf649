/**
 * atlas.project.yaml as a typed Project: one YAML document, validated against the project
 * schema, then the rules the schema cannot express. Throws a UserError listing every problem
 * found. The file is read (size-capped, inside the repository) by src/gather/workspace.ts.
 */

import { UserError } from "../common/errors.js";
import type { Project } from "../generated/project-types.js";
import { validateProject } from "../generated/validate-project.js";
import { projectProblems } from "./checks.js";
import { projectSchema } from "./schema.js";
import { type CompiledValidator, schemaProblems } from "./schema-problems.js";
import { parseYamlDocument, type YamlSource } from "./yaml-source.js";

/** Far above any real project file (1,000 databases take about 100 KiB), far below trouble. */
export const maxProjectFileBytes = 1024 * 1024;

export interface LoadedProject {
  project: Project;
  source: YamlSource;
}

/** The project file's text in (`name` for messages), the project out. */
export function parseProject(name: string, text: string): LoadedProject {
  const source = parseYamlDocument(name, text);
  if (source.value === null || source.value === undefined) {
    throw new UserError({ source: name, line: 1, column: 1, message: "the file is empty: run `argocd-atlas init` to write a starter file" });
  }
  const problems = schemaProblems(validateProject as CompiledValidator, projectSchema, source.value, source.problem);
  if (problems.length > 0) throw new UserError(problems);
  const project = source.value as Project;
  const semantic = projectProblems(project, source);
  if (semantic.length > 0) throw new UserError(semantic);
  return { project, source };
}
