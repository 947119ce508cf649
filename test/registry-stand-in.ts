/**
 * A stand-in for the Atlas Registry on 127.0.0.1 that speaks the documented `dirState` shapes:
 * 200 with base64 tar content, 200 with a GraphQL "not found" error for an unknown tag, 401 for
 * a wrong token. `respond` overrides the answer for failure tests.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { computeEntries, formatSumFile } from "../src/render/atlas-sum.js";
import { askOracle } from "./go-oracle.js";

/** Migration files of a directory version: name -> SQL. */
export type Files = Record<string, string>;

export interface Request {
  name?: string;
  tag?: string;
  authorization?: string;
}

export interface StandInOptions {
  token: string;
  /** Directory name -> tag -> files. */
  tags: Record<string, Record<string, Files>>;
  /** Directory name -> the floating latest version. */
  latest?: Record<string, Files>;
  delayMs?: number;
  /**
   * Return an answer to override the normal one; "hang" never answers, "reset" drops the
   * connection, "trickle" sends the headers and then a byte every 50 ms, forever, "drop" sends
   * 10 of the 100 bytes its headers announce and drops the connection, "huge" announces a
   * 64 MiB body and never sends it, "garbage" answers with bytes that are not HTTP.
   */
  respond?: (
    request: Request,
    n: number,
  ) => { status: number; body: string | Buffer; headers?: Record<string, string> } | "hang" | "reset" | "trickle" | "drop" | "huge" | "garbage" | undefined;
}

export interface StandIn {
  url: string;
  requests: Request[];
  close(): Promise<void>;
}

/**
 * base64 of the tar Atlas makes of a directory: atlas.sum first, then the files in name order,
 * written by Go's archive/tar as Atlas's migrate.ArchiveDir writes them (test/go/tar).
 */
export function dirContent(files: Files): string {
  return goArchives([files])[0]!;
}

/** dirContent for many directories with one run of the Go oracle (each directory made once per process). */
export function goArchives(directories: readonly Files[]): string[] {
  const keys = directories.map((files) => JSON.stringify(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
  const missing = [...new Set(keys.filter((k) => !archives.has(k)))];
  if (missing.length > 0) {
    const write = missing.map((key) => {
      const entries = (JSON.parse(key) as Array<[string, string]>).map(([name, sql]) => ({ name, bytes: Buffer.from(sql) }));
      const sum = formatSumFile(computeEntries(entries));
      return [{ name: "atlas.sum", bytes: Buffer.from(sum) }, ...entries].map((e) => ({ name: e.name, data: Buffer.from(e.bytes).toString("base64") }));
    });
    const { written } = askOracle<{ written: Array<string | null> }>("tar", JSON.stringify({ write }));
    missing.forEach((key, i) => {
      if (written[i] === null) throw new Error(`Go's archive/tar refused the directory ${key}`);
      archives.set(key, written[i]!);
    });
  }
  return keys.map((k) => archives.get(k)!);
}

const archives = new Map<string, string>();

export async function startRegistry(options: StandInOptions): Promise<StandIn> {
  const requests: Request[] = [];
  const sockets = new Set<import("node:net").Socket>();
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    let raw = "";
    for await (const chunk of req) raw += chunk;
    let input: { name?: string; tag?: string } = {};
    try {
      input = (JSON.parse(raw) as { variables: { input: typeof input } }).variables.input;
    } catch {
      input = {};
    }
    const request: Request = { ...input, authorization: req.headers.authorization };
    requests.push(request);
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
    const override = options.respond?.(request, requests.length);
    if (override === "hang") return;
    if (override === "reset") return req.socket.destroy();
    if (override === "garbage") return req.socket.end("SSH-2.0-OpenSSH_9.2\r\n\r\n");
    if (override === "drop") {
      res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      res.write('{"data":{"');
      setTimeout(() => req.socket.destroy(), 20);
      return;
    }
    if (override === "huge") {
      res.writeHead(200, { "content-type": "application/json", "content-length": String(64 * 1024 * 1024) });
      res.flushHeaders();
      return;
    }
    if (override === "trickle") {
      res.writeHead(200, { "content-type": "application/json" });
      const timer = setInterval(() => res.write(" "), 50);
      res.on("close", () => clearInterval(timer));
      return;
    }
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(typeof body === "string" || Buffer.isBuffer(body) ? body : JSON.stringify(body));
    };
    if (override) return send(override.status, override.body, override.headers);
    if (req.headers.authorization !== `Bearer ${options.token}`) return send(401, { errors: [{ message: "unauthorized" }], data: null });
    const files = input.tag === undefined ? options.latest?.[input.name ?? ""] : options.tags[input.name ?? ""]?.[input.tag];
    if (!files) return send(200, { errors: [{ message: "dir not found", path: ["dirState"] }], data: null });
    send(200, { data: { dirState: { content: dirContent(files) } } });
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/query`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
