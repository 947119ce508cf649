/**
 * One HTTP POST with a JSON body, on Node.js's own http/https modules: a process that pins pays
 * for loading them (part of Node.js, compiled into its binary) and nothing else. HTTP(S)_PROXY
 * and NO_PROXY work as curl and undici read them: a request to a host that is not exempted goes
 * through a CONNECT tunnel of the proxy (HTTPS_PROXY for https:// endpoints, falling back to
 * HTTP_PROXY; HTTP_PROXY for http:// ones).
 *
 * Faults come back as `HttpFault`s whose message says what happened on the wire (could not
 * connect, dropped mid-answer, answer too large, tunnel refused), already phrased for a user.
 * An abort through `signal` rejects with the signal's reason. Bounded: a body over `maxBytes`
 * is refused from its declared Content-Length before it is read, or as soon as it grows past.
 */
import * as http from "node:http";
import * as https from "node:https";
import type { Socket } from "node:net";
import * as tls from "node:tls";
import * as zlib from "node:zlib";

export interface Proxies {
  /** Proxy URLs ("" for none) and the NO_PROXY list, as normalised by the caller. */
  http: string;
  https: string;
  noProxy: string;
}

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export class HttpFault extends Error {
  constructor(
    message: string,
    /** Asking again cannot help (an answer over the size limit). */
    readonly definite = false,
  ) {
    super(message);
    this.name = "HttpFault";
  }
}

export interface Transport {
  post(url: string, headers: Record<string, string>, body: string, signal: AbortSignal): Promise<HttpAnswer>;
  /** Drops every connection: requests still running fail. */
  close(): void;
}

export function transport(options: { proxy: Proxies; concurrency: number; maxResponseBytes: number }): Transport {
  const agents = {
    "http:": new http.Agent({ keepAlive: true, maxSockets: options.concurrency }),
    "https:": new https.Agent({ keepAlive: true, maxSockets: options.concurrency }),
  };
  const tunnels = new Set<Socket>();

  async function post(address: string, headers: Record<string, string>, body: string, signal: AbortSignal): Promise<HttpAnswer> {
    const url = new URL(address);
    const secure = url.protocol === "https:";
    const proxy = proxyFor(url, options.proxy);
    let createConnection: (() => Socket) | undefined;
    if (proxy) {
      const socket = await tunnel(proxy, url, signal);
      tunnels.add(socket);
      socket.once("close", () => tunnels.delete(socket));
      const carried = secure ? tls.connect({ socket, servername: isIp(url.hostname) ? undefined : url.hostname }) : socket;
      createConnection = () => carried;
    }
    return new Promise<HttpAnswer>((resolve, reject) => {
      let connected = Boolean(proxy);
      let settled = false;
      const fail = (error: Error) => {
        if (settled) return;
        settled = true;
        reject(signal.aborted ? (signal.reason as Error) : error);
      };
      const request = (secure ? https : http).request(
        url,
        {
          method: "POST",
          headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
          signal,
          // With createConnection and no agent, the request runs on the tunnel it is given.
          ...(createConnection ? { createConnection } : { agent: agents[secure ? "https:" : "http:"] }),
        },
        (response) => {
          const declared = Number(response.headers["content-length"]);
          if (Number.isFinite(declared) && declared > options.maxResponseBytes) {
            request.destroy();
            return fail(tooLarge(`declares ${declared} bytes`, options.maxResponseBytes));
          }
          const chunks: Buffer[] = [];
          let size = 0;
          response.on("data", (chunk: Buffer) => {
            size += chunk.length;
            if (size > options.maxResponseBytes) {
              request.destroy();
              return fail(tooLarge(`runs past ${options.maxResponseBytes} bytes`, options.maxResponseBytes));
            }
            chunks.push(chunk);
          });
          response.on("end", () => {
            if (settled) return;
            let body: Buffer;
            try {
              body = decoded(Buffer.concat(chunks), response.headers["content-encoding"], options.maxResponseBytes);
            } catch (e) {
              return fail(e instanceof HttpFault ? e : new HttpFault(`the answer's ${String(response.headers["content-encoding"])} encoding is broken`, true));
            }
            settled = true;
            resolve({ status: response.statusCode ?? 0, headers: response.headers, body });
          });
          const dropped = (e?: NodeJS.ErrnoException) =>
            fail(
              new HttpFault(
                (e && malformed(e)) ??
                  `the connection was dropped in the middle of the answer (HTTP ${response.statusCode}, after ${size}${Number.isFinite(declared) ? ` of ${declared}` : ""} bytes)`,
              ),
            );
          response.on("error", dropped);
          response.on("close", () => {
            if (!response.complete) dropped();
          });
        },
      );
      request.on("socket", (socket: Socket) => {
        // A socket kept alive from an earlier request is already connected.
        if (!socket.connecting) connected = true;
        else socket.once("connect", () => (connected = true));
      });
      request.on("error", (e: NodeJS.ErrnoException) => fail(new HttpFault(tlsFailure(e) ?? malformed(e) ?? (connected ? closedEarly(e) : cannotConnect(e)))));
      request.end(body);
    });
  }

  return {
    post,
    close() {
      for (const agent of Object.values(agents)) agent.destroy();
      for (const socket of tunnels) socket.destroy();
    },
  };
}

/** A CONNECT tunnel through `proxy` to the endpoint's host and port. */
function tunnel(proxy: URL, target: URL, signal: AbortSignal): Promise<Socket> {
  const port = target.port || (target.protocol === "https:" ? "443" : "80");
  const authority = `${target.hostname}:${port}`;
  const headers: Record<string, string> = { host: authority };
  if (proxy.username !== "" || proxy.password !== "") {
    headers["proxy-authorization"] = `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString("base64")}`;
  }
  return new Promise((resolve, reject) => {
    const request = (proxy.protocol === "https:" ? https : http).request({
      host: proxy.hostname.replace(/^\[|\]$/g, ""),
      port: proxy.port || (proxy.protocol === "https:" ? 443 : 80),
      method: "CONNECT",
      path: authority,
      headers,
      signal,
      agent: false,
    });
    request.on("connect", (response: http.IncomingMessage, socket: Socket) => {
      if (response.statusCode === 200) return resolve(socket);
      socket.destroy();
      const status = response.statusCode ?? 0;
      reject(new HttpFault(`the proxy refused the tunnel (HTTP ${status}${status === 407 ? ": check the credentials in the proxy variable" : ""})`));
    });
    request.on("error", (e: NodeJS.ErrnoException) =>
      reject(signal.aborted ? (signal.reason as Error) : new HttpFault(`cannot connect to the proxy${e.code ? ` (${e.code})` : ""}`)),
    );
    request.end();
  });
}

/** The proxy to use for `url`, or undefined when none applies (unset, or exempted by NO_PROXY). */
export function proxyFor(url: URL, proxies: Proxies): URL | undefined {
  const chosen = url.protocol === "https:" ? proxies.https || proxies.http : proxies.http;
  if (!chosen || exempted(url, proxies.noProxy)) return undefined;
  return new URL(chosen);
}

/**
 * NO_PROXY: entries separated by commas or white space; `*` exempts every host; an entry
 * matches its host and every subdomain (a leading `.` or `*.` changes nothing), and, with
 * `:port`, only that port.
 */
export function exempted(url: URL, noProxy: string): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  for (const raw of noProxy.split(/[\s,]+/)) {
    if (raw === "") continue;
    if (raw === "*") return true;
    const m = /^(.*?)(?::(\d+))?$/.exec(raw.toLowerCase())!;
    const entry = m[1]!.replace(/^\[|\]$/g, "").replace(/^\*?\./, "");
    if (m[2] !== undefined && m[2] !== port) continue;
    if (host === entry || host.endsWith(`.${entry}`)) return true;
  }
  return false;
}

function isIp(host: string): boolean {
  return /^[\d.]+$/.test(host) || host.startsWith("[");
}

function tooLarge(how: string, limit: number): HttpFault {
  return new HttpFault(`the answer ${how}, over the limit of ${limit}`, true);
}

/**
 * The body as sent, undone from a Content-Encoding the server applied unasked (gzip, deflate, br),
 * within the same size limit.
 */
function decoded(body: Buffer, encoding: string | undefined, limit: number): Buffer {
  const how = (encoding ?? "identity").trim().toLowerCase();
  if (how === "identity" || how === "") return body;
  const options = { maxOutputLength: limit };
  try {
    if (how === "gzip" || how === "x-gzip") return zlib.gunzipSync(body, options);
    if (how === "deflate") return zlib.inflateSync(body, options);
    if (how === "br") return zlib.brotliDecompressSync(body, options);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw tooLarge(`unpacks past ${limit} bytes`, limit);
    throw e;
  }
  throw new HttpFault(`the answer is encoded as ${JSON.stringify(how)}, which the plugin does not read`, true);
}

function tlsFailure(e: NodeJS.ErrnoException): string | undefined {
  if (e.code && /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH)/.test(e.code))
    return `cannot connect securely (${e.code}): check the endpoint's TLS certificate`;
  return undefined;
}

/** A reply that is not HTTP (llhttp's HPE_ codes). */
function malformed(e: NodeJS.ErrnoException): string | undefined {
  return e.code?.startsWith("HPE_") ? `the answer is not valid HTTP (${e.code}); is the endpoint right?` : undefined;
}

function cannotConnect(e: NodeJS.ErrnoException): string {
  return e.code ? `cannot connect (${e.code})` : "cannot connect";
}

function closedEarly(e: NodeJS.ErrnoException): string {
  return `the connection was closed before an answer came${e.code ? ` (${e.code})` : ""}`;
}
