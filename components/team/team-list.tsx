import { getTeam } from "@/lib/content/team";

/** The clinicians from content/team/, shown on /about. */
export function TeamList() {
  const team = getTeam();
  if (team.length === 0) return null;
  return (
    <section aria-labelledby="team-heading" className="mt-12">
      <h2 id="team-heading" className="text-2xl font-bold text-brand-900">
        Our team
      </h2>
      <ul className="mt-4 grid gap-6 sm:grid-cols-2">
        {team.map((member) => (
          <li key={member.slug} className="rounded-2xl border border-sand-200 bg-white p-6">
            <h3 className="text-lg font-bold text-brand-900">{member.frontmatter.name}</h3>
            <p className="text-ink-muted">{member.frontmatter.credentials}</p>
            <p className="mt-1 font-medium">{member.frontmatter.role}</p>
            <p className="mt-3">{member.body.trim()}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
