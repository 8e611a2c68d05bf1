import type { ElementContent, Root, RootContent } from "hast";
import { h } from "hastscript";
import { spanishConsultationPath } from "@/components/layout/nav-links";
import { getClinic } from "@/lib/content/clinic";
import { spanishCrisisLines } from "./crisis";

/**
 * The MDX components whose words are the site's, not the author's (<CrisisNote />,
 * <ConsultationCta />), in Spanish. A Spanish body's tree is passed through
 * localizeComponents before rendering, so the renderer itself stays one for both languages.
 */
export function spanishCrisisNote(): ElementContent {
  const link = (href: string, text: string, extra: Record<string, string> = {}) =>
    h("a", { className: "font-semibold underline", href, ...extra }, text);
  return h(
    "aside",
    {
      ariaLabel: "Ayuda en crisis",
      className: "not-prose my-8 rounded-xl border-2 border-alert-700 bg-alert-50 px-5 py-4 text-ink",
    },
    [
      h(
        "p",
        { className: "font-semibold text-alert-800" },
        "Si está pensando en el suicidio o está en crisis, hay ayuda ahora mismo.",
      ),
      h("p", { className: "mt-2" }, [
        "Llame al ",
        link(spanishCrisisLines.call, "988"),
        " y oprima 2 para hablar en español (988 Lifeline de Prevención del Suicidio y Crisis, gratis, las 24 horas), ",
        link(spanishCrisisLines.text, "envíe AYUDA al 988"),
        " por mensaje de texto, o ",
        link(spanishCrisisLines.chat, "chatee en español en 988lifeline.org", { hrefLang: "es" }),
        ". Si corre peligro inmediato, llame al ",
        link("tel:911", "911"),
        ".",
      ]),
    ],
  );
}

export function spanishConsultationCta(): ElementContent {
  const clinic = getClinic();
  return h(
    "section",
    { ariaLabel: "Pida una consulta", className: "not-prose my-10 rounded-2xl bg-sand-100 px-6 py-6 text-ink" },
    [
      h(
        "p",
        { className: "text-xl font-bold text-brand-900" },
        "¿Se pregunta si la terapia con ketamina podría ser adecuada para usted?",
      ),
      h(
        "p",
        { className: "mt-2" },
        "Una consulta gratuita y sin compromiso con nuestro equipo es el primer paso. Lo escucharemos, responderemos sus preguntas y le diremos con honestidad si creemos que podría ayudarle.",
      ),
      h("p", { className: "mt-4 flex flex-wrap items-center gap-4" }, [
        h(
          "a",
          {
            href: spanishConsultationPath,
            className:
              "inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800",
          },
          "Pida una consulta",
        ),
        h("span", [
          "o llame al ",
          h("a", { className: "font-semibold underline", href: `tel:${clinic.phone}` }, clinic.phoneDisplay),
        ]),
      ]),
    ],
  );
}

const spanish: Record<string, () => ElementContent> = {
  CrisisNote: spanishCrisisNote,
  ConsultationCta: spanishConsultationCta,
};

/** Replaces the site's own components in a compiled Spanish body with their Spanish versions. */
export function localizeComponents<T extends Root>(tree: T): T {
  const swap = (node: RootContent): RootContent => {
    // The compiled tree names an allowed component by its tag (lib/content/mdx.ts).
    const name =
      node.type === "element"
        ? node.tagName
        : node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement"
          ? node.name
          : undefined;
    if (name && spanish[name]) return spanish[name]!() as RootContent;
    if ("children" in node && Array.isArray(node.children)) {
      return { ...node, children: node.children.map((child) => swap(child as RootContent)) } as RootContent;
    }
    return node;
  };
  return { ...tree, children: tree.children.map(swap) };
}
