/** `help [VERB]`: the list of verbs, or one verb's usage (the same text as `VERB --help`). */
import { quote, UsageError } from "../../common/errors.js";
import { closest } from "../../project/schema-problems.js";
import { parseVerbArgs } from "../args.js";
import type { Io } from "../io.js";
import { overview, type VerbName, verbNames, verbUsage } from "../verbs.js";

export async function helpCommand(args: string[], io: Io): Promise<void> {
  const { positionals } = await parseVerbArgs("help", args);
  const asked = positionals[0];
  if (asked === undefined) return io.out(overview());
  if (!(verbNames as string[]).includes(asked)) {
    const suggestion = closest(asked, verbNames);
    throw new UsageError(`unknown verb ${quote(asked)}${suggestion ? `: did you mean ${suggestion}?` : ""}`);
  }
  io.out(verbUsage(asked as VerbName));
}
