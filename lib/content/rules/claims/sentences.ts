export interface Sentence {
  /** Index of the sentence's first character in the block's text. */
  start: number;
  text: string;
}

/** Tokens ending in a period that do not end a sentence: U.S., e.g., Dr., vs. … */
const abbreviation = /^(?:(?:[A-Za-z]\.)+|Dr\.|Mr\.|Mrs\.|Ms\.|St\.|vs\.|etc\.|approx\.|No\.|Fig\.)$/;

/** Splits a block of text into sentences, keeping each sentence's offset. */
export function sentences(text: string): Sentence[] {
  const result: Sentence[] = [];
  let start = 0;
  const boundary = /[.!?]+["'”’)\]]*\s+/g;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match.index + match[0].length;
    const next = text[end];
    if (next !== undefined && /[a-z]/.test(next)) continue;
    const before = text.slice(start, match.index + match[0].trimEnd().length);
    const lastToken = before.split(/\s+/).at(-1) ?? "";
    if (abbreviation.test(lastToken)) continue;
    push(result, text, start, end);
    start = end;
  }
  push(result, text, start, text.length);
  return result;
}

function push(result: Sentence[], text: string, start: number, end: number) {
  const raw = text.slice(start, end);
  const leading = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed) result.push({ start: start + leading, text: trimmed });
}

/** A sentence that asks rather than states ("Has the FDA approved ketamine?"). */
export function isQuestion(sentence: string): boolean {
  return /\?["'”’)\]]*$/.test(sentence.trim());
}
