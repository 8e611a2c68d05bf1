import { isProduction } from "@/lib/env";
import { validEntries, type ContentEntry } from "./collection";
import type { TeamMemberFrontmatter } from "./schemas";
import { loadedContent } from "./loaded-content";

export type TeamMember = ContentEntry<TeamMemberFrontmatter>;

const cache = loadedContent<TeamMember[]>();

/** Clinicians from content/team/<id>.mdx; the id is the file name. */
export function getTeam(): TeamMember[] {
  const kept = cache.get();
  if (kept) return kept;
  const team = validEntries("team");
  if (isProduction) cache.keep(team);
  return team;
}

export function getTeamMember(id: string): TeamMember | undefined {
  return getTeam().find((member) => member.slug === id);
}
