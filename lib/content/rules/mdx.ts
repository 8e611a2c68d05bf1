import type { Root } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import { allowedLinkProtocols, isAllowedUrl, rawHtmlElements } from "../html-allow-list";
import { componentAttributes, componentUsage, mdxComponentNames, mdxComponentSpec, suggestComponent } from "../mdx-components";

export interface MdxCheckFinding {
  line?: number;
  column?: number;
  rule: string;
  message: string;
  fix: string;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const loadsOrRuns = new Set(["script", "iframe", "object", "embed", "link", "meta", "base", "frame", "frameset", "template", "noscript", "svg", "math", "style"]);
const formElements = new Set(["form", "input", "button", "select", "textarea", "option", "label", "fieldset", "output"]);
const rawHtmlList = Object.keys(rawHtmlElements)
  .map((name) => `<${name}>`)
  .join(", ");

/**
 * Everything in an MDX body's syntax tree that the site cannot show as written: imports,
 * {expressions}, unknown components or wrong attributes, raw HTML outside the allow-list
 * (lib/content/html-allow-list.ts) and links with schemes the site does not support. Each
 * finding has the line (relative to the body), what is wrong and the fix; all are reported.
 */
export function checkMdxTree(tree: Root): MdxCheckFinding[] {
  const findings: MdxCheckFinding[] = [];
  visit(tree, (node) => {
    const start = node.position?.start;
    const at = { line: start?.line, column: start?.column };
    const report = (rule: string, message: string, fix: string) => findings.push({ ...at, rule, message, fix });
    switch (node.type) {
      case "mdxjsEsm":
        report(
          "mdx/import",
          "Articles cannot import or export code.",
          "Remove the import/export line; use the components listed in CONTENT.md, which are always available.",
        );
        return;
      case "mdxFlowExpression":
      case "mdxTextExpression":
        if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) {
          report(
            "mdx/expression",
            `Curly braces {…} are read as code: "{${node.value.trim().slice(0, 40)}}".`,
            "Remove the braces, or write \\{ and \\} to show them as text. Comments {/* like this */} are fine.",
          );
        }
        return;
      case "link":
        if (!isAllowedUrl(node.url)) {
          report(
            "link/scheme",
            `The link target "${node.url.slice(0, 60)}" uses a scheme the site does not support; it would be shown without its link.`,
            `Link to a page of the site (/…), a web address (https://…), or ${allowedLinkProtocols.filter((p) => !p.startsWith("http")).join(":, ")}:.`,
          );
        }
        return;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement":
        for (const finding of checkJsxElement(node)) findings.push({ ...at, ...finding });
        return;
      default:
        return;
    }
  });
  return findings;
}

function checkJsxElement(node: JsxElement): Omit<MdxCheckFinding, "line" | "column">[] {
  const name = node.name ?? "";
  if (name === "") return []; // a fragment <>…</>: its text is shown as usual
  const findings: Omit<MdxCheckFinding, "line" | "column">[] = [];
  const attributes: { name: string; value: string }[] = [];
  for (const attribute of node.attributes) {
    // Attributes are text (title="…"); code in braces would be dropped from the page without a word.
    if (attribute.type === "mdxJsxExpressionAttribute" || (typeof attribute.value === "object" && attribute.value !== null)) {
      const attributeName = attribute.type === "mdxJsxAttribute" ? `"${attribute.name}" ` : "";
      findings.push({
        rule: "mdx/expression",
        message: `An attribute ${attributeName}of <${name}> is written as code in braces {…}.`,
        fix: 'Write it as text in quotes instead, e.g. title="Before your first session".',
      });
      continue;
    }
    attributes.push({ name: attribute.name, value: attribute.value ?? "" });
  }

  if (/^[A-Z]/.test(name)) return [...findings, ...checkComponent(name, attributes)];
  return [...findings, ...checkRawHtml(name, attributes)];
}

function checkComponent(name: string, attributes: { name: string; value: string }[]) {
  const spec = mdxComponentSpec(name);
  if (!spec) {
    const suggestion = suggestComponent(name);
    return [
      {
        rule: "mdx/component",
        message: `<${name}> is not a component the site knows.`,
        fix: suggestion
          ? `Did you mean <${suggestion}>? It is written ${componentUsage(suggestion)}.`
          : `Use one of: ${mdxComponentNames.map((c) => `<${c}>`).join(", ")} (see CONTENT.md), or check the spelling.`,
      },
    ];
  }
  const known = componentAttributes(name as never);
  const result = spec.props.safeParse(Object.fromEntries(attributes.map((a) => [a.name, a.value])));
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        rule: "mdx/props",
        message: `<${name}> has no attribute "${key}".`,
        fix: known.length
          ? `<${name}> accepts only ${known.map((k) => `${k}="…"`).join(", ")}; write it as ${componentUsage(name as never)}.`
          : `Remove "${key}": <${name}> takes no attributes; write it as ${componentUsage(name as never)}.`,
      }));
    }
    const field = String(issue.path[0] ?? "");
    const missing = !attributes.some((a) => a.name === field);
    return [
      {
        rule: "mdx/props",
        message: missing ? `<${name}> needs the attribute ${field}="…".` : `The attribute ${field} of <${name}> is empty.`,
        fix: `Write it as ${componentUsage(name as never)}, with the ${field} filled in.`,
      },
    ];
  });
}

function checkRawHtml(name: string, attributes: { name: string; value: string }[]) {
  const element = name.toLowerCase();
  if (element === "img") {
    return [
      {
        rule: "image/html",
        message: "Images are written in Markdown, not as <img> tags.",
        fix: "Write ![A short description of the picture](/images/file.jpg) on its own line instead.",
      },
    ];
  }
  const allowed = rawHtmlElements[element];
  if (!allowed) return [unsupportedElement(name, element), ...attributes.flatMap((a) => attributeProblem(name, a, undefined))];
  return attributes.flatMap((attribute) => attributeProblem(name, attribute, allowed));
}

function unsupportedElement(name: string, element: string) {
    if (loadsOrRuns.has(element)) {
      return {
          rule: "html/element",
          message: `<${name}> is not allowed in content: it could load or run something from outside the site, or change how the page looks.`,
          fix: "Remove it. For a video or map, link to it instead.",
        };
    }
    if (formElements.has(element)) {
      return {
          rule: "html/element",
          message: `<${name}> is a form element; content cannot contain forms.`,
          fix: "Remove it and link to the consultation page instead: [Request a consultation](/consultation).",
        };
    }
    return {
      rule: "html/element",
      message: `<${name}> is not HTML the site supports; it would not be shown.`,
      fix: `Use Markdown (## headings, **bold**, - lists, [links](/…)), a component from CONTENT.md, or one of ${rawHtmlList}.`,
    };
}

/** Event handlers and style on any element; other attributes outside the element's list when it has one. */
function attributeProblem(name: string, { name: attribute, value }: { name: string; value: string }, allowed: readonly string[] | undefined) {
    const lower = attribute.toLowerCase();
    if (lower.startsWith("on")) {
      return [
        {
          rule: "html/event-handler",
          message: `The attribute "${attribute}" on <${name}> would run code in the reader's browser.`,
          fix: `Remove ${attribute}="…". Content is text only; nothing in it can react to the mouse or keyboard.`,
        },
      ];
    }
    if (lower === "style") {
      return [
        {
          rule: "html/style",
          message: `The style attribute on <${name}> could change or cover the page ("${value.slice(0, 40)}").`,
          fix: "Remove style=\"…\". The site's look comes from its own styles; for emphasis use **bold** or a <Callout>.",
        },
      ];
    }
    if (allowed && !allowed.includes(lower)) {
      return [
        {
          rule: "html/attribute",
          message: `<${name}> does not support the attribute "${attribute}"; it would be removed.`,
          fix: allowed.length ? `Use only ${allowed.map((a) => `${a}="…"`).join(", ")} on <${name}>.` : `Remove ${attribute}="…": <${name}> takes no attributes.`,
        },
      ];
    }
    return [];
}
