import { projectSchema } from "../project-schema.js";
import { parseVerbArgs } from "./args.js";
import type { Io } from "../io.js";

export async function schemaCommand(args: string[], io: Io): Promise<void> {
  parseVerbArgs(args, {}, 0);
  io.out(`${JSON.stringify(projectSchema, null, 2)}\n`);
}
