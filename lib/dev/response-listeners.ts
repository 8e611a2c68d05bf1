import { subscribe } from "node:diagnostics_channel";
import type { ServerResponse } from "node:http";

/** Node warns (MaxListenersExceededWarning) past 10 listeners of one event on one emitter. */
const perResponseLimit = 20;
const installed = Symbol.for("shamynds.devResponseListeners");

/**
 * `next dev` only. For an address with no page, Next.js 16.4's dev server routes the request
 * twice (the address, then the 404 page), and each pass adds its own "close" listeners to the
 * one response (the request's abort signal, the proxy's, the render's): 11, one past Node's
 * warning limit, so every 404 printed a MaxListenersExceededWarning (`next start` adds fewer and
 * stays quiet). They last as long as the request, so responses, and only responses, are allowed
 * 20 in development: a leak on one response is still reported, every other emitter keeps
 * Node's limit. Uses Node's documented `http.server.request.start` diagnostics channel.
 */
export function allowNextDevResponseListeners(): void {
  const registry = globalThis as { [installed]?: true };
  if (registry[installed]) return;
  registry[installed] = true;
  subscribe("http.server.request.start", (message) => {
    (message as { response: ServerResponse }).response.setMaxListeners(perResponseLimit);
  });
}
