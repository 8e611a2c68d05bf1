import { LicenceDetails } from "@/components/health/licence";
import { ContentImage } from "@/components/images/content-image";
import { imageSize } from "@/lib/content/images";
import { getTeam } from "@/lib/content/team";
import { Text } from "@/components/i18n/local-text";
import { inLocale } from "@/lib/i18n/local-text";
import { t, type Locale } from "@/lib/i18n/messages";

/** The clinicians from content/team/, shown on the about page of each language. */
export function TeamList({ locale }: { locale: Locale }) {
  const team = getTeam();
  if (team.length === 0) return null;
  const words = t(locale).clinicData;
  return (
    <section aria-labelledby="team-heading" className="mt-12">
      <h2 id="team-heading" className="text-2xl font-bold text-brand-900">
        {words.team}
      </h2>
      <p className="mt-2">{words.teamLead}</p>
      <ul className="mt-4 grid gap-6 sm:grid-cols-2">
        {team.map((member) => (
          // The id is where an article's "Medically reviewed by" line links to.
          <li
            key={member.slug}
            id={`team-${member.slug}`}
            className="scroll-mt-4 rounded-2xl border border-sand-200 bg-white p-6"
          >
            <TeamPhoto
              src={member.frontmatter.photo}
              alt={
                member.frontmatter.photoAlt &&
                inLocale(locale, member.frontmatter.photoAlt, member.frontmatter.photoAltEs).text
              }
            />
            <h3 className="text-lg font-bold text-brand-900">{member.frontmatter.name}</h3>
            <p className="text-ink-muted">{member.frontmatter.credentials}</p>
            <p className="mt-1 font-medium">
              <Text value={inLocale(locale, member.frontmatter.role, member.frontmatter.roleEs)} />
            </p>
            <LicenceDetails member={member.frontmatter} locale={locale} />
            <p className="mt-3">
              <Text value={inLocale(locale, member.body.trim(), member.frontmatter.bioEs)} />
            </p>
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
