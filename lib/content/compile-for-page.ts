import type { ContentEntry } from "./collection";
import { checkEntry, type EntryKind } from "./entry-check";
import { compileMdx, type CompiledMdx } from "./mdx";
import type { ContentProblem } from "./problems";
import { getTeam } from "./team";

/**
 * Compiles one content file for the page that shows it.
 *
 * In production the build has already run content:check over every file, so pages only
 * compile (the checks do not run again page by page). In `npm run dev` the file is checked
 * first, and a file with errors gives its problems instead, in the same words
 * `npm run content:check` prints, for the page to show (components/dev/content-problems.tsx).
 */
export async function compileForPage(
  entry: ContentEntry<unknown>,
  kind: EntryKind,
): Promise<{ compiled: CompiledMdx; problems?: undefined } | { compiled?: undefined; problems: ContentProblem[] }> {
  if (process.env.NODE_ENV !== "production") {
    const teamIds = kind === "article" ? new Set(getTeam().map((member) => member.slug)) : undefined;
    const { problems } = await checkEntry(entry, { kind, teamIds });
    const errors = problems.filter((problem) => problem.severity === "error");
    if (errors.length > 0) return { problems: errors };
  }
  return { compiled: await compileMdx(entry.body, entry.bodyStartLine) };
}
