import type { TeamMemberFrontmatter } from "@/lib/content/schemas";
import { t, type Locale } from "@/lib/i18n/messages";

/**
 * A clinician's licence as California B&P §680.5 asks (licence type, highest degree, board
 * certification), with the number, the board and a link to the board's public licence lookup.
 */
export function LicenceDetails({ member, locale = "en" }: { member: TeamMemberFrontmatter; locale?: Locale }) {
  if (!member.licenseType && !member.highestDegree) return null;
  const words = t(locale).health;
  const rows: [string, string | undefined][] = [
    [words.highestDegree, member.highestDegree],
    [words.licence, [member.licenseType, member.licenseNumber].filter(Boolean).join(", ") || undefined],
    [words.licensingBoard, member.licensingBoard],
    [
      words.boardCertification,
      member.boardCertification
        ? `${member.boardCertification.specialty} (${member.boardCertification.board})`
        : undefined,
    ],
  ];
  return (
    <>
      {/* One line per fact, label and value in the flow of the text: long board names wrap on a 320 px phone. */}
      <dl className="licence mt-3 space-y-1 text-sm wrap-break-word">
        {rows.map(([label, value]) =>
          value ? (
            <div key={label}>
              <dt className="inline font-semibold">{label}:</dt> <dd className="inline">{value}</dd>
            </div>
          ) : null,
        )}
      </dl>
      {member.licenseLookup ? (
        <LicenceLookup href={member.licenseLookup} board={member.licensingBoard} locale={locale} />
      ) : null}
    </>
  );
}

export function LicenceLookup(props: { href: string; board?: string; locale?: Locale }) {
  return (
    <p className="mt-2 text-sm">
      <LicenceLookupLink {...props} />
    </p>
  );
}

/** The link to the board's public licence lookup (search.dca.ca.gov for every California board). */
export function LicenceLookupLink({ href, board, locale = "en" }: { href: string; board?: string; locale?: Locale }) {
  return (
    <a className="licence-lookup font-medium text-brand-800 underline" href={href}>
      {t(locale).health.lookUp}
      {board ? ` (${board})` : ""}
    </a>
  );
}

/** "Physician and Surgeon, licence A123456, Medical Board of California", for the "Medically reviewed by" line. */
export function licenceSummary(member: TeamMemberFrontmatter): string | undefined {
  const parts = [
    member.licenseType,
    member.licenseNumber ? `#${member.licenseNumber}` : undefined,
    member.licensingBoard,
  ].filter(Boolean);
  return parts.length ? parts.join(", ") : undefined;
}
