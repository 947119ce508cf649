/**
 * The registry stand-in of the tests, as its own process for bench/registry.ts (the benchmark
 * spawns the CLI synchronously, so the stand-in cannot share its event loop). Reads a JSON
 * configuration from argv[2], prints its URL, and answers `stats` on stdin with the requests
 * received so far (one JSON line).
 */
import { createInterface } from "node:readline";
import { type StandInOptions, startRegistry } from "../test/registry-stand-in.js";

const options = JSON.parse(process.argv[2]!) as StandInOptions;
const registry = await startRegistry(options);
process.stdout.write(`${registry.url}\n`);
for await (const line of createInterface({ input: process.stdin })) {
  if (line === "stats") process.stdout.write(`${JSON.stringify(registry.requests.map((r) => [r.name, r.tag ?? null]))}\n`);
  if (line === "reset") registry.requests.length = 0;
}
await registry.close();
