import http from "node:http";

/**
 * Which client a request comes from, for the per-IP rate limit.
 *
 * Next.js only tells the app the socket's address through X-Forwarded-For, and only when the
 * client did not send that header itself, so without a proxy anyone could pick their own
 * address. The hook below stamps the socket address into a header of our own on every request
 * (overwriting whatever a client sent under that name) before Next.js sees it.
 */
export const peerAddressHeader = "x-shamynds-peer-address";

const installed = Symbol.for("shamynds.peerAddressHook");

/** Called once per server process from instrumentation.ts, before the first request is handled. */
export function installPeerAddressHook(): void {
  const registry = globalThis as { [installed]?: true };
  if (registry[installed]) return;
  registry[installed] = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[peerAddressHeader] = request.socket.remoteAddress ?? "unknown";
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  };
}

/**
 * With TRUST_PROXY=1 the right-most X-Forwarded-For entry, which our one reverse proxy appended
 * (everything left of it came from the client). Otherwise the socket address from the hook.
 */
export function clientAddress(headers: Headers, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = headers
      .get("x-forwarded-for")
      ?.split(",")
      .map((part) => part.trim())
      .filter(Boolean);
    const last = forwarded?.at(-1);
    if (last) return last;
  }
  return headers.get(peerAddressHeader) ?? "unknown";
}
