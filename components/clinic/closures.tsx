import { clinicToday, formatClosureDates, upcomingClosures, type Closure } from "@/lib/content/clinic-schema";

/**
 * Upcoming closures as a list ("Friday, January 15, 2027: Staff training"). Computed when the
 * page is built, so a closure that has passed is gone after the next build.
 */
export function ClosureList({ closures, className }: { closures: readonly Closure[]; className?: string }) {
  const upcoming = upcomingClosures(closures, clinicToday());
  if (upcoming.length === 0) return null;
  return (
    <ul className={className} data-testid="closures">
      {upcoming.map((closure) => (
        <li key={`${closure.from}-${closure.to}`}>
          <strong>Closed {formatClosureDates(closure)}</strong>: {closure.reason}
        </li>
      ))}
    </ul>
  );
}

export function hasUpcomingClosures(closures: readonly Closure[]): boolean {
  return upcomingClosures(closures, clinicToday()).length > 0;
}
