import { LicenceDetails } from "@/components/health/licence";
import { ContentImage } from "@/components/images/content-image";
import { imageSize } from "@/lib/content/images";
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
      <p className="mt-2">
        A medical director oversees all treatment, and a lead therapist supports patients before, during and after their
        sessions.
      </p>
      <ul className="mt-4 grid gap-6 sm:grid-cols-2">
        {team.map((member) => (
          // The id is where an article's "Medically reviewed by" line links to.
          <li
            key={member.slug}
            id={`team-${member.slug}`}
            className="scroll-mt-4 rounded-2xl border border-sand-200 bg-white p-6"
          >
            <TeamPhoto src={member.frontmatter.photo} alt={member.frontmatter.photoAlt} />
            <h3 className="text-lg font-bold text-brand-900">{member.frontmatter.name}</h3>
            <p className="text-ink-muted">{member.frontmatter.credentials}</p>
            <p className="mt-1 font-medium">{member.frontmatter.role}</p>
            <LicenceDetails member={member.frontmatter} />
            <p className="mt-3">{member.body.trim()}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A portrait from public/images/, resized by our server, with its real width and height (no layout shift). */
function TeamPhoto({ src, alt }: { src?: string; alt?: string }) {
  const size = src ? imageSize(src) : undefined;
  if (!src || !size || !alt) return null;
  return (
    <ContentImage
      src={src}
      alt={alt}
      width={size.width}
      height={size.height}
      sizes="8rem"
      className="mb-4 size-32 rounded-full object-cover"
    />
  );
}
