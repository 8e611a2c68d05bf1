import type { ContentEntry } from "./collection";
import { checkEntry, type EntryKind } from "./entry-check";
import type { CompiledMdx } from "./mdx";
import { ContentError } from "./problems";
import { getTeam } from "./team";

/**
 * Compiles one content file for the page that shows it. A file with errors never renders: this
 * throws a ContentError listing them in the same words `npm run content:check` prints, which
 * `npm run dev` shows in its error overlay and on the error page. (The build runs content:check
 * first, so in production this never throws.)
 */
export async function compileForPage(entry: ContentEntry<unknown>, kind: EntryKind): Promise<CompiledMdx> {
  const teamIds = kind === "article" ? new Set(getTeam().map((member) => member.slug)) : undefined;
  const { compiled, problems } = await checkEntry(entry, { kind, teamIds });
  const errors = problems.filter((problem) => problem.severity === "error");
  if (!compiled || errors.length > 0) throw new ContentError(errors);
  return compiled;
}
