/**
 * Content pages are documents: after `next build`, every prerendered page is rewritten without
 * the framework's JavaScript (its <script> elements, script preloads and the inline React Server
 * Components payload), because nothing on those pages is interactive. The App Router has no
 * switch for this, so this module relies on Next's build output and checks every assumption it
 * makes, failing the build with the route's name when one stops holding (e.g. after an upgrade).
 *
 * What it relies on (Next 16.4):
 * - `.next/prerender-manifest.json` (version 4) lists each prerendered route; App Router pages
 *   have a `dataRoute` ending in `.rsc`.
 * - Their HTML is `.next/server/app/<route>.html`; `next start` reads it there on first request and
 *   copies it into `.next/server/route-cache/APP_PAGE/<hash>/$/<route>.html`. If a later Next
 *   writes that copy at build time, it is rewritten too.
 * - Each page's `.meta` file holds the headers `next start` sends with it: the page's
 *   Content-Security-Policy (`script-src 'none'`) is written there, so static pages need no
 *   per-request code for it.
 * - `.next/server/functions-config-manifest.json` (version 1) holds the proxy's matchers. The
 *   entry labelled `x-development-only-matcher` in proxy.ts sends every page through the proxy
 *   for `next dev`; it is removed here so that prerendered pages never pay for the proxy.
 * - `.next/app-path-routes-manifest.json` maps each page entry (with its route groups, e.g.
 *   `/(en)/page`) to its route, and `.next/server/app/<entry>_client-reference-manifest.js` names
 *   the client modules
 *   the route can render. The `.rsc` and segment files are left intact: pages that keep their
 *   JavaScript (the consultation form) navigate to content pages with them.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { consultationPaths } from "../i18n/form-paths";
import { documentCsp } from "../security/csp";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

export class ScriptFreeBuildError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Content pages must be served without JavaScript, but the build output is not what lib/build/script-free-pages.ts expects:\n` +
        problems.map((problem) => `  - ${problem}`).join("\n"),
    );
    this.name = "ScriptFreeBuildError";
  }
}

const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;

/** JSON-LD is data, not code: the one kind of <script> a document keeps. */
const isJsonLd = (element: Element) => attribute(element, "type")?.trim().toLowerCase() === "application/ld+json";

function isScriptPreload(element: Element): boolean {
  const rel = (attribute(element, "rel") ?? "").toLowerCase().split(/\s+/);
  return rel.includes("modulepreload") || (rel.includes("preload") && attribute(element, "as") === "script");
}

function* elements(node: Node): Generator<Element> {
  if ("tagName" in node) yield node;
  const children =
    "content" in node && node.content ? node.content.childNodes : "childNodes" in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
}

/** What in a document would run or fetch code: every finding names the element. */
export function executableParts(html: string): string[] {
  const found: string[] = [];
  for (const element of elements(parse(html))) {
    if (element.tagName === "script" && !isJsonLd(element)) {
      found.push(attribute(element, "src") ? `<script src="${attribute(element, "src")}">` : "an inline <script>");
    }
    if (element.tagName === "link" && isScriptPreload(element))
      found.push(`<link rel="${attribute(element, "rel")}" href="${attribute(element, "href")}">`);
  }
  if (html.includes("__next_f")) found.push("the inline React Server Components payload (self.__next_f)");
  return found;
}

/**
 * The document without its framework scripts, every other byte unchanged. Refuses documents whose
 * content is still being moved into place by a script (React's streamed Suspense boundaries):
 * removing the script would lose that content.
 */
export function withoutFrameworkScripts(html: string): string {
  if (/<template id="B:|<div hidden id="S:/.test(html)) {
    throw new Error(
      "it streams part of its content through inline scripts (a Suspense boundary that was not resolved at build time)",
    );
  }
  const ranges: [number, number][] = [];
  for (const element of elements(parse(html, { sourceCodeLocationInfo: true }))) {
    const remove =
      (element.tagName === "script" && !isJsonLd(element)) || (element.tagName === "link" && isScriptPreload(element));
    const location = element.sourceCodeLocation;
    if (!remove) continue;
    if (!location) throw new Error(`the HTML parser gave no position for a <${element.tagName}>`);
    ranges.push([location.startOffset, location.endOffset]);
  }
  let result = "";
  let position = 0;
  for (const [start, end] of ranges.sort((a, b) => a[0] - b[0])) {
    result += html.slice(position, start);
    position = end;
  }
  return result + html.slice(position);
}

/**
 * Client modules of our own that a page may list and still be a document: error boundaries render
 * only on failure, and the consultation form is a plain <form> posting to a server action, which
 * works fully without JavaScript (its responses are rendered per request and keep their scripts).
 */
const inertClientModule = /\/(global-)?error\.(t|j)sx?$|^components\/consultation\/consultation-form\.tsx$/;

/** Our own client components a route can render, from its client reference manifest. */
export function clientComponentsOf(manifestSource: string): string[] {
  const sandbox: { __RSC_MANIFEST?: Record<string, { clientModules?: Record<string, unknown> }> } = {};
  new Function("globalThis", manifestSource)(sandbox);
  const entries = Object.values(sandbox.__RSC_MANIFEST ?? {});
  if (entries.length !== 1 || !entries[0]?.clientModules)
    throw new Error("its client reference manifest has no clientModules");
  return Object.keys(entries[0].clientModules)
    .map((key) => key.replace(/^\[project\]\//, "").replace(/ \[.*$/, ""))
    .filter((module) => !module.startsWith("node_modules/") && !inertClientModule.test(module));
}

interface PrerenderManifest {
  version: number;
  routes: Record<string, { dataRoute?: string | null; srcRoute?: string | null }>;
}

export interface ScriptFreeReport {
  routes: string[];
  files: number;
  bytesRemoved: number;
}

const htmlName = (route: string) => (route === "/" ? "index" : route.slice(1));

/**
 * Where the build put a prerendered page's HTML (`.next/server/app/<route>.html`, rewritten
 * without scripts by makePrerenderedPagesScriptFree), after checking that the build lists the
 * route as a prerendered App Router page. Throws naming what it expected otherwise. Used by the
 * search route, whose results pages are its prerendered search page, filled in.
 */
export function prerenderedHtmlFile(nextDir: string, route: string): string {
  const manifestPath = path.join(nextDir, "prerender-manifest.json");
  if (!existsSync(manifestPath)) throw new Error(`expected ${manifestPath} (run next build first)`);
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as PrerenderManifest;
  if (manifest.version !== 4 || !manifest.routes?.[route]?.dataRoute?.endsWith(".rsc")) {
    throw new Error(
      `expected ${route} as a prerendered App Router page in ${manifestPath} (version 4, routes["${route}"].dataRoute ending in .rsc)`,
    );
  }
  const file = path.join(nextDir, "server", "app", `${htmlName(route)}.html`);
  if (!existsSync(file)) throw new Error(`expected the prerendered HTML of ${route} at ${file}`);
  return file;
}

/** Rewrites every prerendered App Router page of the build in `nextDir` and proves the result. */
export function makePrerenderedPagesScriptFree(nextDir: string): ScriptFreeReport {
  const problems: string[] = [];
  const manifestPath = path.join(nextDir, "prerender-manifest.json");
  if (!existsSync(manifestPath)) throw new ScriptFreeBuildError([`expected ${manifestPath} (run after next build)`]);
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as PrerenderManifest;
  if (manifest.version !== 4 || typeof manifest.routes !== "object") {
    throw new ScriptFreeBuildError([
      `expected prerender-manifest.json version 4 with "routes", found version ${manifest.version}`,
    ]);
  }
  const appDir = path.join(nextDir, "server", "app");
  const entries = pageEntries(nextDir);
  const routeCache = path.join(nextDir, "server", "route-cache", "APP_PAGE");
  const report: ScriptFreeReport = { routes: [], files: 0, bytesRemoved: 0 };

  for (const [route, entry] of Object.entries(manifest.routes)) {
    if (!entry.dataRoute?.endsWith(".rsc")) continue; // route handlers, metadata files
    const source = entry.srcRoute ?? route;
    try {
      const entry = entries.get(source);
      if (!entry) throw new Error(`expected its page in app-path-routes-manifest.json (as ${source})`);
      const clientManifest = path.join(appDir, `${entry}_client-reference-manifest.js`);
      if (!existsSync(clientManifest)) throw new Error(`expected its client reference manifest at ${clientManifest}`);
      const clientComponents = clientComponentsOf(readFileSync(clientManifest, "utf8"));
      if (clientComponents.length > 0) {
        throw new Error(
          `it is prerendered but renders client component(s) ${clientComponents.join(", ")}. ` +
            `Prerendered pages are served without JavaScript and with script-src 'none': make the component a server component, ` +
            `or render the route per request (export const dynamic = "force-dynamic"), which keeps its scripts under a nonce.`,
        );
      }
      const files = [path.join(appDir, `${htmlName(route)}.html`), ...routeCacheCopies(routeCache, route)];
      if (!existsSync(files[0]!)) throw new Error(`expected its prerendered HTML at ${files[0]}`);
      for (const file of files) {
        const html = readFileSync(file, "utf8");
        const stripped = withoutFrameworkScripts(html);
        const left = executableParts(stripped);
        if (left.length > 0) throw new Error(`after rewriting ${file} it still has ${left.join(", ")}`);
        if (!/<\/html>\s*$/.test(stripped)) throw new Error(`the rewritten ${file} no longer ends with </html>`);
        writeFileSync(file, stripped);
        addHeader(file.replace(/\.html$/, ".meta"), "content-security-policy", documentCsp);
        report.files += 1;
        report.bytesRemoved += html.length - stripped.length;
      }
      report.routes.push(route);
    } catch (error) {
      problems.push(`${route}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  try {
    dropDevelopmentOnlyProxyMatcher(nextDir, report.routes);
  } catch (error) {
    problems.push(`proxy: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (report.routes.length === 0 && problems.length === 0)
    problems.push("expected prerendered App Router pages in prerender-manifest.json, found none");
  if (problems.length > 0) throw new ScriptFreeBuildError(problems);
  return report;
}

/** Route → page entry with its route groups ("/" → "/(en)/page"), from the build's manifest. */
function pageEntries(nextDir: string): Map<string, string> {
  const file = path.join(nextDir, "app-path-routes-manifest.json");
  if (!existsSync(file)) throw new ScriptFreeBuildError([`expected ${file}`]);
  const manifest = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  const entries = new Map<string, string>();
  for (const [entry, route] of Object.entries(manifest)) if (entry.endsWith("/page")) entries.set(route, entry);
  return entries;
}

function routeCacheCopies(routeCache: string, route: string): string[] {
  if (!existsSync(routeCache)) return [];
  const relative = route === "/" ? "index.html" : `${route.slice(1)}.html`;
  return readdirSync(routeCache)
    .map((hash) => path.join(routeCache, hash, "$", relative))
    .filter((file) => existsSync(file));
}

/** Adds a header to the ones `next start` sends with a prerendered page (its `.meta` file). */
function addHeader(metaFile: string, name: string, value: string) {
  if (!existsSync(metaFile)) throw new Error(`expected its headers file at ${metaFile}`);
  const meta = JSON.parse(readFileSync(metaFile, "utf8")) as { headers?: Record<string, string> };
  if (typeof meta.headers !== "object" || meta.headers === null) throw new Error(`expected "headers" in ${metaFile}`);
  meta.headers[name] = value;
  writeFileSync(metaFile, JSON.stringify(meta));
}

interface FunctionsConfigManifest {
  version: number;
  functions: Record<string, { matchers?: { regexp: string; missing?: { key: string }[]; has?: unknown[] }[] }>;
}

export const developmentOnlyLabel = "x-development-only-matcher";

/**
 * Documents that still pass through the proxy, on purpose: the consultation form gets its signed
 * "form shown at" cookie there (lib/consultation/started-cookie.ts), and no second policy.
 */
const proxiedDocuments = new Set<string>(Object.values(consultationPaths));

/**
 * Removes the proxy matcher that only `next dev` needs, then proves that no remaining matcher
 * sends a plain request for a prerendered page through the proxy.
 */
function dropDevelopmentOnlyProxyMatcher(nextDir: string, documents: string[]) {
  const file = path.join(nextDir, "server", "functions-config-manifest.json");
  if (!existsSync(file)) throw new Error(`expected the proxy's matchers in ${file}`);
  const manifest = JSON.parse(readFileSync(file, "utf8")) as FunctionsConfigManifest;
  const proxy = manifest.functions?.["/_middleware"];
  if (manifest.version !== 1 || !Array.isArray(proxy?.matchers)) {
    throw new Error(`expected version 1 with functions["/_middleware"].matchers in ${file}`);
  }
  const isDevelopmentOnly = (matcher: NonNullable<typeof proxy.matchers>[number]) =>
    matcher.missing?.some((condition) => condition.key === developmentOnlyLabel) ?? false;
  const kept = proxy.matchers.filter((matcher) => !isDevelopmentOnly(matcher));
  // If it is already gone (the step ran twice), only the proof below matters.
  for (const route of documents.filter((document) => !proxiedDocuments.has(document))) {
    const through = kept.find((matcher) => !matcher.has && new RegExp(matcher.regexp).test(route));
    if (through) throw new Error(`${route} would still run the proxy (matcher ${through.regexp})`);
  }
  proxy.matchers = kept;
  writeFileSync(file, JSON.stringify(manifest, null, 2));
}
