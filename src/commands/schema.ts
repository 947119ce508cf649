import { projectSchema } from "../project-schema.js";
import { parseVerbArgs } from "./args.js";

export async function schemaCommand(args: string[]): Promise<void> {
  parseVerbArgs(args, {}, 0);
  process.stdout.write(`${JSON.stringify(projectSchema, null, 2)}\n`);
}
