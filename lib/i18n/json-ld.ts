import type { Thing } from "schema-dts";
import { languageTag, type Locale } from "./messages";

/** The same structured data, said to be in another language: every node that has inLanguage. */
export function inLanguage(nodes: readonly Thing[], locale: Locale): Thing[] {
  return nodes.map((node) =>
    typeof node === "object" && node !== null && "inLanguage" in node
      ? ({ ...node, inLanguage: languageTag[locale] } as Thing)
      : node,
  );
}
