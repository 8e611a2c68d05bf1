import type { Position } from "./claims/text";
import { textBlocks, type TextBlock } from "./claims/text";
import { sentences } from "./claims/sentences";
import type { FileRuleInput } from "./rule";

export interface PlacedText {
  text: string;
  /** Where the text's first character is in the file. */
  position: Position;
  /** The file position of any character of the text. */
  positionAt(index: number): Position;
}

const blocksCache = new WeakMap<FileRuleInput, TextBlock[]>();

/** The visible text blocks of the body (paragraphs, headings, table cells, component titles), once per file. */
export function bodyBlocks(input: FileRuleInput): TextBlock[] {
  let blocks = blocksCache.get(input);
  if (!blocks) {
    blocks = textBlocks(input.tree, input.body, input.bodyStartLine);
    blocksCache.set(input, blocks);
  }
  return blocks;
}

/** Every sentence of the body with its position (a heading or a table cell counts as one). */
export function bodySentences(input: FileRuleInput): PlacedText[] {
  return bodyBlocks(input).flatMap((block) =>
    sentences(block.text).map((sentence) => ({
      text: sentence.text,
      position: block.positionAt(sentence.start),
      positionAt: (index: number) => block.positionAt(sentence.start + index),
    })),
  );
}

/** Where a frontmatter value (or list item) starts, for a problem's line and column. */
export function fieldAt(input: { fields: FileRuleInput["fields"] }, name: string): { line?: number; column?: number } {
  const position = input.fields[name];
  return { line: position?.line, column: position?.column };
}
