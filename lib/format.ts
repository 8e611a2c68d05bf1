/** "2026-03-14" → "March 14, 2026". Dates in content have no time zone; render them as written. */
export function formatDate(isoDate: string): string {
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString("en-US", { timeZone: "UTC", dateStyle: "long" });
}
