import { z } from "zod";
import { bestTimes, contactMethods, limits, type FieldName } from "./fields";
import { defaultLocale, isLocale, locales, messagesFor, type Locale } from "./messages";

/**
 * The one schema for a consultation request, built from one definition per language (only the
 * words differ): consultationSchema("es") says the same things in Spanish. The server action
 * always re-validates with it; the form takes its limits from fields.ts, which this is built from.
 *
 * Email and phone are each optional on their own; the contact method decides which one is
 * needed (email for "email", phone for a call or a text). Both stay allowed either way.
 */

// C0/C1 controls (CR, LF, tab…) plus the Unicode line and paragraph separators: nothing a
// person types into a one-line field, and exactly what header injection needs.
const controlCharacters = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;

const phoneSeparators = /[\s().-]/g;

export function phoneDigits(phone: string): string {
  return phone.replace(phoneSeparators, "").replace(/^\+/, "");
}

const phonePattern = new RegExp(`^\\d{${limits.phoneDigitsMin},${limits.phoneDigitsMax}}$`);
// RFC 5322 addr-spec (dot-atom or quoted local part, domain or address literal).
const emailFormat = z.email({ pattern: z.regexes.rfc5322Email });
const isEmail = (value: string) =>
  // RFC 5321: at most 64 characters before the @.
  emailFormat.safeParse(value).success && value.lastIndexOf("@") <= 64;

/** A one-line text field; rejects control characters before trimming, so "Ann\r\n" is refused rather than cleaned. */
function singleLine(locale: Locale, label: string, max: number, required?: string) {
  const m = messagesFor(locale);
  const base = z
    .string({ error: required ?? m.errors.tooLong(label, max) })
    .refine((value) => !controlCharacters.test(value), { error: m.errors.controlCharacters(label), abort: true })
    .transform((value) => value.trim());
  // abort: one message per field; "Enter your first name" says it all for an empty one.
  const length = z.string().max(max, { error: m.errors.tooLong(label, max), abort: true });
  return base.pipe(required ? length.min(1, { error: required, abort: true }) : length);
}

function buildSchema(locale: Locale) {
  const m = messagesFor(locale);
  const optionalText = (label: string, max: number) =>
    z.preprocess((value) => (value === undefined || value === null ? "" : value), singleLine(locale, label, max));
  return z
    .object({
      firstName: singleLine(locale, m.errorLabels.firstName, limits.nameMax, m.errors.firstName),
      lastName: singleLine(locale, m.errorLabels.lastName, limits.nameMax, m.errors.lastName),
      email: optionalText(m.errorLabels.email, limits.emailMax).refine((email) => email === "" || isEmail(email), {
        error: m.errors.emailFormat,
      }),
      phone: optionalText(m.errorLabels.phone, limits.phoneMax).refine(
        (phone) => phone === "" || phonePattern.test(phoneDigits(phone)),
        { error: m.errors.phoneFormat(limits.phoneDigitsMin, limits.phoneDigitsMax) },
      ),
      contactMethod: z.enum(
        contactMethods.map((method) => method.value),
        { error: m.errors.contactMethod },
      ),
      bestTime: z.enum(
        bestTimes.map((time) => time.value),
        { error: m.errors.bestTime },
      ),
      consent: z.literal("yes", { error: m.errors.consent }),
      /** Set by the server (a hidden field holding the form's own language), never typed: anything else is English. */
      language: z.enum(locales).catch(defaultLocale),
    })
    .superRefine((request, ctx) => contactRule(locale, request, ctx));
}

const given = (value: unknown) => typeof value === "string" && value.trim() !== "";

/** Email for "email", phone for a call or a text. Reads raw values too (see contactRequirement). */
function contactRule(
  locale: Locale,
  request: { contactMethod?: unknown; email?: unknown; phone?: unknown },
  ctx: z.RefinementCtx,
) {
  const m = messagesFor(locale);
  if (request.contactMethod === "email" && !given(request.email)) {
    ctx.addIssue({ code: "custom", path: ["email"], message: m.errors.email });
  }
  if ((request.contactMethod === "phone" || request.contactMethod === "text") && !given(request.phone)) {
    ctx.addIssue({ code: "custom", path: ["phone"], message: m.errors.phone });
  }
}

/**
 * The same rule on its own. zod skips an object's refinements once one of its fields failed, so
 * validateConsultation also runs this on the raw input: a person who left their name empty and
 * their phone too (having asked for a call) hears about both at once.
 */
function contactRequirement(locale: Locale) {
  return z
    .looseObject({})
    .superRefine((request: { contactMethod?: unknown; email?: unknown; phone?: unknown }, ctx) =>
      contactRule(locale, request, ctx),
    );
}

const schemas = new Map<Locale, ReturnType<typeof buildSchema>>();

/** The consultation schema with its messages in `locale`. */
export function consultationSchema(locale: Locale = defaultLocale) {
  let schema = schemas.get(locale);
  if (!schema) {
    schema = buildSchema(locale);
    schemas.set(locale, schema);
  }
  return schema;
}

/** What is stored and mailed: the validated fields, without the consent tick (a request implies it). */
export type ConsultationRequest = Omit<z.output<ReturnType<typeof buildSchema>>, "consent">;

export type FieldErrors = Partial<Record<FieldName, string[]>>;

export type ValidationResult =
  { success: true; data: ConsultationRequest } | { success: false; fieldErrors: FieldErrors };

/** The language a submitted form was shown in (its hidden field); English unless it is one we have. */
export function formLocale(input: unknown): Locale {
  const language = (input as { language?: unknown } | null)?.language;
  return isLocale(language) ? language : defaultLocale;
}

export function validateConsultation(input: unknown): ValidationResult {
  const locale = formLocale(input);
  const parsed = consultationSchema(locale).safeParse(input);
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors as FieldErrors;
    const contact = contactRequirement(locale).safeParse(input ?? {});
    if (!contact.success) {
      for (const [name, messages] of Object.entries(z.flattenError(contact.error).fieldErrors)) {
        const field = name as keyof FieldErrors;
        fieldErrors[field] ??= messages as string[];
      }
    }
    return { success: false, fieldErrors };
  }
  // An explicit allowlist: only these fields are ever stored or mailed.
  const { firstName, lastName, email, phone, contactMethod, bestTime, language } = parsed.data;
  return {
    success: true,
    data: { firstName, lastName, email, phone, contactMethod, bestTime, language },
  };
}

/**
 * Stored rows are read back through this, so a corrupted row fails loudly instead of mailing junk.
 * Rows stored before the language was recorded read as English.
 */
export const storedRequestSchema = z.object({
  firstName: z.string().min(1),
  lastName: z.string().min(1),
  email: z.string(),
  phone: z.string(),
  contactMethod: z.enum(contactMethods.map((method) => method.value)),
  bestTime: z.enum(bestTimes.map((time) => time.value)),
  language: z.enum(locales).default(defaultLocale),
}) satisfies z.ZodType<ConsultationRequest, unknown>;
