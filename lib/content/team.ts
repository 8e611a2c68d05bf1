import path from "node:path";
import { isProduction } from "@/lib/env";
import { validEntries, type ContentEntry } from "./collection";
import { contentDir } from "./paths";
import type { TeamMemberFrontmatter } from "./schemas";

export const teamDir = path.join(contentDir, "team");

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
