import { hoursLines, type Clinic } from "@/lib/content/clinic";
import { hoursIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/messages";

/** Opening hours; each time range stays on one line ("9:00 AM–5:00 PM" never wraps inside). */
export function HoursList({ clinic, locale, className }: { clinic: Clinic; locale: Locale; className?: string }) {
  const lines = locale === "en" ? hoursLines(clinic) : hoursIn(locale, clinic.hours);
  return (
    <ul className={className}>
      {lines.map((line) => (
        <li key={line.days}>
          {line.days}: <span className="whitespace-nowrap">{line.times}</span>
        </li>
      ))}
    </ul>
  );
}
