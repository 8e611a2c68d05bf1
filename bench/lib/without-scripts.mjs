import { createServer } from "node:http";
import { gzipSync } from "node:zlib";

export const withoutScriptsPrefix = "/__without-scripts";

/**
 * A baseline for `bench:lighthouse --without-scripts`: serves `/__without-scripts<path>` as the
 * page next start renders for `<path>`, with every script removed (the inline React Server
 * Components payload, the framework's bundles and their preloads; JSON-LD stays, it is data), and
 * passes every other request (CSS, fonts, images) through to next start. Same HTML, same CSS and
 * fonts, gzip like next start: what Lighthouse gives a page that does not load the framework.
 * Listens on 127.0.0.1 only.
 */
export async function startWithoutScripts(origin) {
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? "/", origin);
      const stripped = url.pathname.startsWith(withoutScriptsPrefix);
      const upstreamPath = stripped ? url.pathname.slice(withoutScriptsPrefix.length) || "/" : url.pathname;
      const upstream = await fetch(new URL(upstreamPath + url.search, origin), {
        headers: { "accept-encoding": "identity" },
      });
      const type = upstream.headers.get("content-type") ?? "application/octet-stream";
      let body = Buffer.from(await upstream.arrayBuffer());
      if (stripped && type.includes("text/html")) body = Buffer.from(removeScripts(body.toString("utf8")));
      const headers = { "content-type": type, "cache-control": upstream.headers.get("cache-control") ?? "no-store" };
      if (/text\/|javascript|json|svg/.test(type) && /gzip/.test(String(request.headers["accept-encoding"]))) {
        body = gzipSync(body);
        headers["content-encoding"] = "gzip";
      }
      response.writeHead(upstream.status, headers).end(body);
    } catch (error) {
      response.writeHead(502).end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(resolve)) };
}

function removeScripts(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (tag) => (tag.includes("application/ld+json") ? tag : ""))
    .replace(/<link\b[^>]*\bas="script"[^>]*>/g, "");
}
