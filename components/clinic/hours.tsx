import { hoursLines, type Clinic } from "@/lib/content/clinic";

/** Opening hours; each time range stays on one line ("9:00 AM–5:00 PM" never wraps inside). */
export function HoursList({ clinic, className }: { clinic: Clinic; className?: string }) {
  return (
    <ul className={className}>
      {hoursLines(clinic).map((line) => (
        <li key={line.days}>
          {line.days}: <span className="whitespace-nowrap">{line.times}</span>
        </li>
      ))}
    </ul>
  );
}
