import { isProduction } from "@/lib/env";
import { validEntries, type ContentEntry } from "./collection";
import type { TeamMemberFrontmatter } from "./schemas";

export type TeamMember = ContentEntry<TeamMemberFrontmatter>;

let cache: TeamMember[] | undefined;

/** Clinicians from content/team/<id>.mdx; the id is the file name. */
export function getTeam(): TeamMember[] {
  if (cache) return cache;
  const team = validEntries("team");
  if (isProduction) cache = team;
  return team;
}

export function getTeamMember(id: string): TeamMember | undefined {
  return getTeam().find((member) => member.slug === id);
}
