import { Text } from "@/components/i18n/local-text";
import { clinicToday, formatClosureDates, upcomingClosures, type Closure } from "@/lib/content/clinic-schema";
import { inLocale } from "@/lib/i18n/local-text";
import { languageTag, t, type Locale } from "@/lib/i18n/messages";

/**
 * Upcoming closures as a list ("Friday, January 15, 2027: Staff training"). Computed when the
 * page is built, so a closure that has passed is gone after the next build.
 */
export function ClosureList({
  closures,
  locale,
  className,
}: {
  closures: readonly Closure[];
  locale: Locale;
  className?: string;
}) {
  const upcoming = upcomingClosures(closures, clinicToday());
  if (upcoming.length === 0) return null;
  const closed = t(locale).clinicData.closed;
  return (
    <ul className={className} data-testid="closures">
      {upcoming.map((closure) => (
        <li key={`${closure.from}-${closure.to}`}>
          <strong>
            {closed} {formatClosureDates(closure, languageTag[locale])}
          </strong>
          : <Text value={inLocale(locale, closure.reason, closure.reasonEs)} />
        </li>
      ))}
    </ul>
  );
}

export function hasUpcomingClosures(closures: readonly Closure[]): boolean {
  return upcomingClosures(closures, clinicToday()).length > 0;
}
