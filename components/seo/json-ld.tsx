import type { Thing } from "schema-dts";
import { getClinic } from "@/lib/content/clinic";
import { clinicNode, jsonLdGraph, serializeJsonLd } from "@/lib/seo/json-ld";

/**
 * The page's one JSON-LD block: the clinic (on every page) plus the page's own nodes, in a single
 * `@graph`. A server component rendering a plain inline <script type="application/ld+json">: it is
 * data, not code, so a CSP without 'unsafe-inline' does not block it and no nonce is needed.
 */
export function JsonLd({ nodes = [] }: { nodes?: readonly Thing[] }) {
  const graph = jsonLdGraph([clinicNode(getClinic()), ...nodes]);
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(graph) }} />;
}
