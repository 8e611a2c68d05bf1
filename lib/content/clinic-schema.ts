import { z } from "zod";
import { isoDate } from "./schemas";

/**
 * The parts of content/clinic.yaml that patients read on /costs, /contact and /for-clinicians.
 * Free text (not numbers or phone formats) wherever the clinic may not know the value yet, so
 * staff can write "[PLACEHOLDER: …]" there and the page shows it plainly instead of a made-up fact.
 */

const text = (max: number) =>
  z
    .string({ error: "must be text in quotes" })
    .trim()
    .min(1, { error: "must not be empty" })
    .max(max, { error: `is too long: keep it to ${max} characters or fewer` });

/*
 * Prose that patients read has a Spanish value beside it, in a field of the same name ending in
 * "Es" (`parking` / `parkingEs`): staff see both together. A missing Spanish value is shown in
 * English on the Spanish page (marked lang="en") and the content check warns about it.
 */
const spanish = (max: number) => text(max).optional();

/** A price: a number of US dollars (shown through Intl in each language) or words ("Free", "[PLACEHOLDER: price]"). */
const price = z.union([z.number().nonnegative(), text(80)], {
  error: 'must be a number of dollars (e.g. 250) or words in quotes (e.g. "Free")',
});

export const feeSchema = z.strictObject({
  name: text(80),
  nameEs: spanish(80),
  price,
  priceEs: spanish(80),
  includes: text(300),
  includesEs: spanish(300),
});

export const insuranceSchema = z.strictObject({
  accepted: text(500),
  acceptedEs: spanish(500),
  superbills: text(500),
  superbillsEs: spanish(500),
  spravato: text(500),
  spravatoEs: spanish(500),
});

const methods = z
  .array(text(80), { error: 'must be a list, e.g. ["Credit and debit cards", "HSA and FSA cards"]' })
  .min(1);

export const paymentSchema = z.strictObject({
  methods,
  // The studio writes an empty list when nobody has translated them yet.
  methodsEs: z
    .array(text(80))
    .optional()
    .transform((list) => (list && list.length > 0 ? list : undefined)),
  hsaFsa: text(500),
  hsaFsaEs: spanish(500),
  cancellation: text(500),
  cancellationEs: spanish(500),
});

const reason = text(120);
const reasonEs = spanish(120);

/** A one-day closure or a closed period; both written as quoted YYYY-MM-DD dates. */
export const closureSchema = z.union(
  [
    z.strictObject({ date: isoDate, reason, reasonEs }),
    // The studio writes a one-day closure as a period without "to".
    z
      .strictObject({ from: isoDate, to: isoDate.optional(), reason, reasonEs })
      .refine((closure) => !closure.to || closure.from <= closure.to, {
        error: '"to" must be the same day as "from" or later',
      }),
  ],
  {
    error:
      'each closure is either { date: "2027-01-15", reason: "Staff training" } or { from: "2026-12-24", to: "2026-12-26", reason: "Holidays" }',
  },
);

export const directionsSchema = z.strictObject({
  parking: text(500),
  parkingEs: spanish(500),
  transit: text(500),
  transitEs: spanish(500),
  accessibleEntrance: text(500),
  accessibleEntranceEs: spanish(500),
});

export const referralsSchema = z.strictObject({
  fax: text(40),
  secureEmail: text(254),
  phone: text(40),
});

/** A link to the address on a maps site. Never an embed or a remote image: only a link people choose to follow. */
export const mapUrlSchema = z.url({ protocol: /^https$/, error: "must be an https:// link to the address on a maps site" });

export type Fee = z.infer<typeof feeSchema>;
export type Closure = z.infer<typeof closureSchema>;

/** A closure as a first and last day (a one-day closure starts and ends the same day). */
export function closureRange(closure: Closure): { from: string; to: string; reason: string; reasonEs?: string } {
  const { reason, reasonEs } = closure;
  return "date" in closure
    ? { from: closure.date, to: closure.date, reason, reasonEs }
    : { from: closure.from, to: closure.to ?? closure.from, reason, reasonEs };
}

/**
 * Closures that have not ended before `today` (YYYY-MM-DD), soonest first. Pages are built ahead
 * of time, so a closure that has passed disappears at the next build.
 */
export function upcomingClosures(closures: readonly Closure[], today: string) {
  return closures
    .map(closureRange)
    .filter((closure) => closure.to >= today)
    .sort((a, b) => a.from.localeCompare(b.from));
}

/** Today in the clinic's own time zone, as YYYY-MM-DD. */
export function clinicToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "America/Los_Angeles" }).format(now);
}

/**
 * "Friday, January 15, 2027" or "December 24–26, 2026" style wording for a closure, in English
 * ("en-US") or Spanish ("es-US": "viernes, 15 de enero de 2027").
 */
export function formatClosureDates({ from, to }: { from: string; to: string }, languageTag = "en-US"): string {
  const day = (value: string) => new Date(`${value}T12:00:00Z`);
  const long = new Intl.DateTimeFormat(languageTag, {
    weekday: "long",
    month: "long",
    day: "numeric",
    year: "numeric",
    timeZone: "UTC",
  });
  if (from === to) return long.format(day(from));
  const short = new Intl.DateTimeFormat(languageTag, { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" });
  // ICU puts thin spaces around the dash; the site writes ranges without them ("9:00 AM–5:00 PM").
  return short.formatRange(day(from), day(to)).replace(/\s*–\s*/, "–");
}

/** A tel: target for text that is a real number, or undefined while it is still a placeholder. */
export function telHref(value: string): string | undefined {
  if (/placeholder/i.test(value)) return undefined;
  const digits = value.replace(/[^\d+]/g, "");
  return /^\+?\d{7,15}$/.test(digits) ? `tel:${digits}` : undefined;
}

/** A mailto: target for an email address, or undefined while it is still a placeholder. */
export function mailtoHref(value: string): string | undefined {
  return z.email().safeParse(value).success ? `mailto:${value}` : undefined;
}
