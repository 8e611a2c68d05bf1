import type { Nodes, Root } from "mdast";
import { SKIP, visit } from "unist-util-visit";

export interface Position {
  line: number;
  column: number;
}

/**
 * The visible text of one block (a paragraph, heading, table cell, a component's title or
 * question, a frontmatter field), with the file position of each character so a finding can
 * point at the exact word. Code, comments and frontmatter keys are not text.
 */
export interface TextBlock {
  text: string;
  /** First line of the block: an ignore comment on the line before covers the whole block. */
  startLine: number;
  positionAt(index: number): Position;
}

/** JSX attributes whose string value is shown to readers. */
const visibleAttributes = new Set(["title", "question"]);

/**
 * Collects the text blocks of an MDX body. `source` is the body the tree was parsed from;
 * `firstLine` is the file line where that body starts (frontmatter comes before it).
 */
export function textBlocks(tree: Root, source: string, firstLine: number): TextBlock[] {
  const locate = locator(source, firstLine);
  const blocks: TextBlock[] = [];

  visit(tree, (node) => {
    if (node.type === "paragraph" || node.type === "heading" || node.type === "tableCell") {
      const builder = new BlockBuilder();
      for (const child of node.children) collectInline(child as Nodes, source, builder);
      const block = builder.build(locate);
      if (block) blocks.push(block);
      return SKIP;
    }
    if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      for (const attribute of node.attributes) {
        if (attribute.type !== "mdxJsxAttribute" || typeof attribute.value !== "string") continue;
        if (!visibleAttributes.has(attribute.name) || !attribute.position) continue;
        const { start, end } = attribute.position;
        if (start.offset === undefined || end.offset === undefined) continue;
        // The value starts after name=" ; align it with the source from there.
        const valueStart = source.indexOf("=", start.offset) + 2;
        const builder = new BlockBuilder();
        builder.add(attribute.value, source, valueStart, end.offset);
        const block = builder.build(locate);
        if (block) blocks.push(block);
      }
    }
    return undefined;
  });
  return blocks;
}

/** A block for a frontmatter value that starts at `position` (one line, as written). */
export function fieldBlock(value: string, position: Position): TextBlock {
  return {
    text: value,
    startLine: position.line,
    positionAt: (index) => ({ line: position.line, column: position.column + index }),
  };
}

/** A run of the block's text and where each of its characters came from in the source. */
interface Segment {
  textStart: number;
  length: number;
  offsetAt(index: number): number;
}

/**
 * Builds a block's text. Where each character came from is worked out only for the characters
 * a finding points at: almost every block has none, and a map per character of every article
 * was most of the check's garbage.
 */
class BlockBuilder {
  private text = "";
  private segments: Segment[] = [];

  /** Text that came from source[start, end) (Markdown escapes and entities already undone). */
  add(value: string, source: string, start: number, end: number) {
    if (value.length === 0) return;
    const exact = source.slice(start, end) === value;
    let offsets: number[] | undefined;
    this.push(value, (index) => (exact ? start + index : (offsets ??= align(value, source, start, end))[index]!));
  }

  /** A separator (for line breaks and left-out code) that maps to the previous character. */
  gap(value: string) {
    const previous = this.segments.at(-1);
    this.push(value, () => (previous ? previous.offsetAt(previous.length - 1) : 0));
  }

  private push(value: string, offsetAt: (index: number) => number) {
    this.segments.push({ textStart: this.text.length, length: value.length, offsetAt });
    this.text += value;
  }

  build(locate: (offset: number) => Position): TextBlock | undefined {
    if (!this.text.trim() || this.segments.length === 0) return undefined;
    const { segments, text } = this;
    const offsetOf = (index: number) => {
      const clamped = Math.min(Math.max(index, 0), text.length - 1);
      let low = 0;
      let high = segments.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (segments[middle]!.textStart <= clamped) low = middle;
        else high = middle - 1;
      }
      const segment = segments[low]!;
      return segment.offsetAt(clamped - segment.textStart);
    };
    return {
      text,
      startLine: locate(offsetOf(0)).line,
      positionAt: (index) => locate(offsetOf(index)),
    };
  }
}

function collectInline(node: Nodes, source: string, builder: BlockBuilder) {
  switch (node.type) {
    case "text": {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      builder.add(node.value, source, start, end);
      return;
    }
    case "inlineCode":
      builder.gap(" ");
      return;
    case "break":
      builder.gap(" ");
      return;
    case "mdxTextExpression":
    case "html":
      return;
    default:
      if ("children" in node) for (const child of node.children) collectInline(child as Nodes, source, builder);
  }
}

/**
 * For each character of `value` (text after Markdown unescaping), the offset of the source
 * character it came from. Escapes (\{), entities (&amp;) and line indentation are skipped by
 * looking a few characters ahead; characters that cannot be found keep the last good offset.
 */
export function align(value: string, source: string, start: number, end: number): number[] {
  if (source.slice(start, end) === value) return Array.from(value, (_, index) => start + index);
  const offsets: number[] = [];
  let cursor = start;
  for (const char of value) {
    let probe = cursor;
    while (probe < end && probe - cursor < 12 && source[probe] !== char) probe++;
    if (probe < end && source[probe] === char) {
      offsets.push(probe);
      cursor = probe + 1;
    } else {
      offsets.push(Math.min(cursor, end - 1));
    }
    // Characters outside the BMP are two UTF-16 units in both strings.
    if (char.length === 2) {
      offsets.push(offsets.at(-1)! + 1);
      cursor = Math.max(cursor, offsets.at(-1)! + 1);
    }
  }
  return offsets;
}

/** Turns a source offset into a 1-based file line and column. */
export function locator(source: string, firstLine: number): (offset: number) => Position {
  const lineStarts = [0];
  for (let index = 0; index < source.length; index++) if (source[index] === "\n") lineStarts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + firstLine, column: offset - lineStarts[low]! + 1 };
  };
}
