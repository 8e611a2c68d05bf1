import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import {
  closureSchema,
  directionsSchema,
  feeSchema,
  insuranceSchema,
  mapUrlSchema,
  paymentSchema,
  referralsSchema,
} from "./clinic-schema";
import { contentDir } from "./paths";
import { loadedContent } from "./loaded-content";

const day = z.enum(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a 24-hour time in quotes, e.g. "09:00"' });

export const clinicSchema = z.strictObject({
  name: z.string().min(1),
  shortName: z.string().min(1),
  description: z.string().min(1).max(300),
  descriptionEs: z.string().min(1).max(300).optional(),
  phone: z.string().regex(/^\+\d{8,15}$/, { error: 'must be in international form, e.g. "+19165550142"' }),
  phoneDisplay: z.string().min(7),
  email: z.email(),
  address: z.strictObject({
    street: z.string().min(1),
    city: z.string().min(1),
    region: z.string().min(2),
    postalCode: z.string().min(3),
    country: z.string().length(2),
  }),
  hours: z.array(z.strictObject({ days: z.array(day).min(1), opens: time, closes: time })).min(1),
  mapUrl: mapUrlSchema,
  directions: directionsSchema,
  /** Days the clinic is closed; optional, past ones are simply not shown. */
  closures: z.array(closureSchema, { error: "must be a list of closures (or left out)" }).default([]),
  fees: z.array(feeSchema, { error: "must be a list of fees, each with name, price and includes" }).min(1),
  insurance: insuranceSchema,
  payment: paymentSchema,
  referrals: referralsSchema,
});

export type Clinic = z.output<typeof clinicSchema>;

export const clinicFile = path.join(contentDir, "clinic.yaml");

const cache = loadedContent<Clinic>();

/** The clinic's public profile from content/clinic.yaml, validated once per process. */
export function getClinic(): Clinic {
  const kept = cache.get();
  if (kept) return kept;
  const parsed = clinicSchema.safeParse(parse(readFileSync(clinicFile, "utf8")));
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`content/clinic.yaml is invalid:\n${details}`);
  }
  cache.keep(parsed.data);
  return parsed.data;
}

/**
 * Each opening-hours slot as its days and its times ("Monday–Friday", "9:00 AM–5:00 PM"). The
 * times use no-break spaces, so "5:00 PM" never breaks between the number and "PM".
 */
export function hoursLines(clinic: Clinic): { days: string; times: string }[] {
  const fmt = (hhmm: string) => {
    const [h = 0, m = 0] = hhmm.split(":").map(Number);
    const suffix = h >= 12 ? "PM" : "AM";
    return `${((h + 11) % 12) + 1}:${String(m).padStart(2, "0")}\u00a0${suffix}`;
  };
  return clinic.hours.map((slot) => {
    const first = slot.days[0]!;
    const last = slot.days[slot.days.length - 1]!;
    return {
      days: slot.days.length === 1 ? first : `${first}–${last}`,
      times: `${fmt(slot.opens)}–${fmt(slot.closes)}`,
    };
  });
}

/** "Monday–Friday: 9:00 AM–5:00 PM" style lines. */
export function formatHours(clinic: Clinic): string[] {
  return hoursLines(clinic).map((line) => `${line.days}: ${line.times}`);
}
