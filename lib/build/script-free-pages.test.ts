import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  developmentOnlyLabel,
  executableParts,
  makePrerenderedPagesScriptFree,
  ScriptFreeBuildError,
  withoutFrameworkScripts,
} from "./script-free-pages";

const page = (body: string) =>
  `<!DOCTYPE html><html lang="en-US"><head><meta charSet="utf-8"/>` +
  `<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>` +
  `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/w.js"/>` +
  `<script src="/_next/static/chunks/m.js" async=""></script>` +
  `<script type="application/ld+json">{"@context":"https://schema.org"}</script></head>` +
  `<body>${body}<script>(self.__next_f=self.__next_f||[]).push([0])</script>` +
  `<script>self.__next_f.push([1,"x"])</script></body></html>`;

/** A minimal `.next` folder with the files the step reads, shaped like Next 16.4's output. */
function fakeBuild(pages: Record<string, { html: string; clientModules?: string[] }>) {
  const nextDir = mkdtempSync(path.join(tmpdir(), "script-free-"));
  const appDir = path.join(nextDir, "server", "app");
  const routes: Record<string, unknown> = {};
  for (const [route, { html, clientModules = [] }] of Object.entries(pages)) {
    const name = route === "/" ? "index" : route.slice(1);
    mkdirSync(path.dirname(path.join(appDir, name)), { recursive: true });
    writeFileSync(path.join(appDir, `${name}.html`), html);
    writeFileSync(path.join(appDir, `${name}.meta`), JSON.stringify({ headers: { "x-nextjs-prerender": "1" } }));
    mkdirSync(path.join(appDir, route.slice(1)), { recursive: true });
    const modules = Object.fromEntries(
      ["[project]/node_modules/next/dist/client/app-dir/link.js", "[project]/app/error.tsx", ...clientModules].map(
        (key) => [key, { id: 1 }],
      ),
    );
    writeFileSync(
      path.join(appDir, route.slice(1), "page_client-reference-manifest.js"),
      `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST["${route}/page"] = ${JSON.stringify({ clientModules: modules })};`,
    );
    routes[route] = { srcRoute: route, dataRoute: `${route === "/" ? "/index" : route}.rsc` };
  }
  routes["/robots.txt"] = { srcRoute: "/robots.txt", dataRoute: null };
  const entries = Object.keys(pages).map((route) => [route === "/" ? "/page" : `${route}/page`, route]);
  writeFileSync(path.join(nextDir, "app-path-routes-manifest.json"), JSON.stringify(Object.fromEntries(entries)));
  writeFileSync(path.join(nextDir, "prerender-manifest.json"), JSON.stringify({ version: 4, routes }));
  const matchers = [
    { regexp: "^(?:\\/(consultation))$", missing: [] },
    { regexp: "^\\/.*$", missing: [{ type: "header", key: developmentOnlyLabel }] },
  ];
  writeFileSync(
    path.join(nextDir, "server", "functions-config-manifest.json"),
    JSON.stringify({ version: 1, functions: { "/_middleware": { runtime: "nodejs", matchers } } }),
  );
  return { nextDir, appDir };
}

function buildError(run: () => unknown): ScriptFreeBuildError {
  try {
    run();
  } catch (error) {
    if (error instanceof ScriptFreeBuildError) return error;
    throw error;
  }
  throw new Error("expected the step to fail");
}

describe("withoutFrameworkScripts", () => {
  it("removes scripts, script preloads and the payload; keeps JSON-LD, CSS and every other byte", () => {
    const html = page("<main><h1>Hello</h1></main>");
    const result = withoutFrameworkScripts(html);
    expect(executableParts(result)).toEqual([]);
    expect(result).toContain('<script type="application/ld+json">{"@context":"https://schema.org"}</script>');
    expect(result).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>');
    expect(result).toContain("<body><main><h1>Hello</h1></main></body></html>");
  });

  it("finds what would still run", () => {
    expect(executableParts(page(""))).toEqual([
      '<link rel="preload" href="/_next/static/chunks/w.js">',
      '<script src="/_next/static/chunks/m.js">',
      "an inline <script>",
      "an inline <script>",
      "the inline React Server Components payload (self.__next_f)",
    ]);
  });
});

describe("makePrerenderedPagesScriptFree (the build step)", () => {
  it("rewrites every prerendered page, gives it script-src 'none' and takes it off the proxy", () => {
    const { nextDir, appDir } = fakeBuild({
      "/": { html: page("<h1>Home</h1>") },
      "/articles/a": { html: page("<h1>A</h1>") },
    });
    const report = makePrerenderedPagesScriptFree(nextDir);
    expect(report.routes).toEqual(["/", "/articles/a"]);
    const html = readFileSync(path.join(appDir, "articles/a.html"), "utf8");
    expect(executableParts(html)).toEqual([]);
    const meta = JSON.parse(readFileSync(path.join(appDir, "articles/a.meta"), "utf8"));
    expect(meta.headers["content-security-policy"]).toContain("script-src 'none'");
    const functions = JSON.parse(readFileSync(path.join(nextDir, "server/functions-config-manifest.json"), "utf8"));
    expect(functions.functions["/_middleware"].matchers).toHaveLength(1);
  });

  it("fails naming the route when a page's output would still have the runtime", () => {
    // Content streamed in by React's inline scripts would be lost without them.
    const streamed = page('<template id="B:0"></template><div hidden id="S:0"><p>late</p></div>');
    const { nextDir } = fakeBuild({ "/": { html: page("<h1>Home</h1>") }, "/articles/late": { html: streamed } });
    const error = buildError(() => makePrerenderedPagesScriptFree(nextDir));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(/^\/articles\/late: .*streams part of its content/);
  });

  it("fails naming the route and the component when a prerendered page renders a client component", () => {
    const { nextDir } = fakeBuild({
      "/about": {
        html: page("<h1>About</h1>"),
        clientModules: ["[project]/components/team/carousel.tsx [app-client] (ecmascript)"],
      },
    });
    const error = buildError(() => makePrerenderedPagesScriptFree(nextDir));
    expect(error.message).toContain(
      "/about: it is prerendered but renders client component(s) components/team/carousel.tsx",
    );
  });

  it("fails loudly when Next's output is not laid out as expected", () => {
    const { nextDir } = fakeBuild({ "/": { html: page("<h1>Home</h1>") } });
    writeFileSync(path.join(nextDir, "prerender-manifest.json"), JSON.stringify({ version: 5, routes: {} }));
    expect(buildError(() => makePrerenderedPagesScriptFree(nextDir)).message).toContain(
      "expected prerender-manifest.json version 4",
    );
    const other = fakeBuild({ "/faq": { html: page("<h1>FAQ</h1>") } });
    rmSync(path.join(other.appDir, "faq.html"));
    expect(buildError(() => makePrerenderedPagesScriptFree(other.nextDir)).message).toContain(
      "/faq: expected its prerendered HTML at",
    );
  });

  it("fails when a remaining proxy matcher would still catch a document", () => {
    const { nextDir } = fakeBuild({ "/": { html: page("<h1>Home</h1>") } });
    const file = path.join(nextDir, "server/functions-config-manifest.json");
    const manifest = JSON.parse(readFileSync(file, "utf8"));
    manifest.functions["/_middleware"].matchers.push({ regexp: "^\\/$", missing: [] });
    writeFileSync(file, JSON.stringify(manifest));
    expect(buildError(() => makePrerenderedPagesScriptFree(nextDir)).message).toContain(
      "proxy: / would still run the proxy",
    );
  });
});
