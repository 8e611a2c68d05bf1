import { languageTag, type Locale } from "./messages";

/**
 * Dates, numbers and lists in the reader's language, with Intl (built into Node and every
 * browser; nothing to download, and the CLDR data it uses is better than a dictionary of ours).
 */

/** "2026-03-14" → "March 14, 2026" / "14 de marzo de 2026". Content dates have no time zone. */
export function formatDateIn(locale: Locale, isoDate: string): string {
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString(languageTag[locale], {
    timeZone: "UTC",
    dateStyle: "long",
  });
}

export function formatNumberIn(locale: Locale, value: number): string {
  return new Intl.NumberFormat(languageTag[locale]).format(value);
}

const weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

/** clinic.yaml writes days in English; 2024-01-01 was a Monday, so day i is 2024-01-(1+i). */
export function weekdayIn(locale: Locale, englishDay: string): string {
  const index = weekdays.indexOf(englishDay as (typeof weekdays)[number]);
  if (index < 0) throw new Error(`Unknown weekday in clinic.yaml: ${englishDay}`);
  const name = new Date(Date.UTC(2024, 0, 1 + index, 12)).toLocaleDateString(languageTag[locale], {
    weekday: "long",
    timeZone: "UTC",
  });
  return name.charAt(0).toLocaleUpperCase(languageTag[locale]) + name.slice(1);
}

/** "09:00" → "9:00 a. m." in Spanish (as Intl writes it for es-US). */
export function timeIn(locale: Locale, hhmm: string): string {
  const [h = 0, m = 0] = hhmm.split(":").map(Number);
  return new Date(Date.UTC(2024, 0, 1, h, m)).toLocaleTimeString(languageTag[locale], {
    hour: "numeric",
    minute: "2-digit",
    timeZone: "UTC",
  });
}

/** Footer and contact page: each slot's days and times ("lunes–viernes", "9:00 a. m.–5:00 p. m.") from clinic.yaml's hours. */
export function hoursIn(
  locale: Locale,
  hours: readonly { days: readonly string[]; opens: string; closes: string }[],
): { days: string; times: string }[] {
  return hours.map((slot) => {
    const first = weekdayIn(locale, slot.days[0]!);
    const last = weekdayIn(locale, slot.days[slot.days.length - 1]!);
    return {
      days: slot.days.length === 1 ? first : `${first}–${last}`,
      times: `${timeIn(locale, slot.opens)}–${timeIn(locale, slot.closes)}`,
    };
  });
}

/** "lunes–viernes: 9:00 a. m.–5:00 p. m." lines. */
export function formatHoursIn(
  locale: Locale,
  hours: readonly { days: readonly string[]; opens: string; closes: string }[],
): string[] {
  return hoursIn(locale, hours).map((line) => `${line.days}: ${line.times}`);
}

/**
 * The review line's dates as the NHS writes them, day first: "20 November 2026" /
 * "20 de noviembre de 2026".
 */
export function formatReviewDateIn(locale: Locale, isoDate: string): string {
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString(locale === "en" ? "en-GB" : languageTag.es, {
    timeZone: "UTC",
    day: "numeric",
    month: "long",
    year: "numeric",
  });
}
