/** Longest query kept, in characters (code points): anything longer is cut, never refused. */
export const maxQueryLength = 200;

/**
 * The `q` of a search address as the text to search for: a string, a repeated parameter (the
 * first one counts) or nothing. Control characters become spaces, runs of white space one space,
 * the ends are trimmed and the rest cut to 200 characters. Never throws: any input is a query,
 * possibly empty.
 */
export function normalizeQuery(value: string | readonly string[] | null | undefined): string {
  const first = typeof value === "string" ? value : (value?.find((item) => typeof item === "string") ?? "");
  const cleaned = first
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  // By code points, so that a cut never splits a character written with two UTF-16 units.
  const points = Array.from(cleaned);
  return points.length > maxQueryLength ? points.slice(0, maxQueryLength).join("").trimEnd() : cleaned;
}
