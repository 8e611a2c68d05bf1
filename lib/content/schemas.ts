import { z } from "zod";

/** A calendar date written YYYY-MM-DD that actually exists (no 2026-13-45, no Feb 30). */
export const isoDate = z
  .string({ error: 'must be a date in quotes written YYYY-MM-DD, e.g. "2026-03-14"' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    error: 'must be written YYYY-MM-DD (four-digit year, two-digit month and day), e.g. "2026-03-14"',
  })
  .refine(
    (value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
    },
    { error: "is not a real calendar date (check the month is 01–12 and the day exists in that month)" },
  );

const nonEmpty = (what: string, max: number) =>
  z
    .string({ error: `must be text (${what})` })
    .trim()
    .min(1, { error: `must not be empty (${what})` })
    .max(max, { error: `is too long: keep it to ${max} characters or fewer (${what})` });

/**
 * One source an article cites. The identifiers are checked by the references rule
 * (lib/content/rules/references.ts), which can point at the line of a bad DOI.
 */
export const referenceSchema = z.strictObject({
  authors: nonEmpty('who wrote it, e.g. "Berman RM, Cappiello A, Anand A, et al."', 300),
  title: nonEmpty("the title of the article or page", 300),
  publisher: nonEmpty('the journal or publisher, e.g. "Biological Psychiatry" or "U.S. Food and Drug Administration"', 200),
  year: z.number({ error: "must be a four-digit year without quotes, e.g. 2000" }).int({ error: "must be a whole year, e.g. 2000" }),
  doi: z.string({ error: 'must be text, e.g. doi: "10.1000/xyz123"' }).optional(),
  pmid: z.union([z.string(), z.number()], { error: "must be the PubMed number, e.g. pmid: 29465478" }).optional(),
  url: z.string({ error: 'must be text, e.g. url: "https://…"' }).optional(),
});

export type Reference = z.infer<typeof referenceSchema>;

/**
 * Notes for staff, never shown on the site (what a page still needs, who must review it). They
 * live in the frontmatter, not in MDX comments, because the studio's editor keeps every field but
 * cannot keep a comment; the launch check still finds the PLACEHOLDER notes among them.
 */
/**
 * An optional group of fields (the home page's hero, a board certification) that the studio's
 * editor writes as empty objects when left empty, e.g. `hero: { primaryCta: {} }`: that means
 * "not given", as if the line were not there.
 */
const isBlank = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === "object" && !Array.isArray(value) && Object.values(value).every(isBlank));

export function optionalGroup<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (isBlank(value) ? undefined : value), schema.optional());
}

const staffNotes = z
  .array(z.string({ error: "each note must be text" }).trim().min(1).max(600), {
    error: 'must be a list of notes, each on its own line starting with "- "',
  })
  .optional();

export const articleFrontmatterSchema = z
  .strictObject({
    title: nonEmpty("the article's headline", 120),
    description: nonEmpty("one or two sentences shown in search results and link previews", 160),
    date: isoDate,
    updated: isoDate.optional(),
    author: nonEmpty("who wrote the article", 80).optional(),
    tags: z.array(nonEmpty("a tag", 40), { error: "must be a list, e.g. [depression, anxiety]" }).optional(),
    draft: z.boolean({ error: "must be true or false (without quotes)" }).optional(),
    image: z
      .string()
      .regex(/^\/images\/[\w./-]+$/, { error: 'must be a path under /images/, e.g. "/images/calm-room.jpg"' })
      .optional(),
    imageAlt: nonEmpty("a short description of the image for people who cannot see it", 200).optional(),
    reviewedBy: nonEmpty("the id of a clinician in content/team/", 60).optional(),
    lastReviewed: isoDate.optional(),
    nextReview: isoDate.optional(),
    // How many points and how long each may be is the key-points rule's job (lib/content/rules/key-points.ts),
    // so the message can name the point and its line.
    keyPoints: z.array(nonEmpty("one plain sentence", 400), { error: 'must be a list of sentences, each on its own line starting with "- "' }).optional(),
    references: z.array(referenceSchema, { error: "must be a list of references (see CONTENT.md)" }).optional(),
    notes: staffNotes,
  })
  .superRefine((data, ctx) => {
    if (data.image && !data.imageAlt) {
      ctx.addIssue({ code: "custom", path: ["imageAlt"], message: "is missing: every image needs alt text" });
    }
    if (data.reviewedBy && !data.lastReviewed) {
      ctx.addIssue({
        code: "custom",
        path: ["lastReviewed"],
        message: "is missing: an article with reviewedBy must also say when it was reviewed",
      });
    }
  });

export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;

const cta = z.strictObject({
  label: nonEmpty("the button's words", 60),
  href: z.string().regex(/^(\/[\w\-./#?=&]*|tel:\+?[\d]+|mailto:\S+@\S+|https:\/\/\S+)$/, {
    error: 'must be a page of this site such as "/consultation", or a tel:, mailto: or https:// link',
  }),
});

/** The home page's opening block (content/pages/home.mdx only). */
export const heroSchema = z.strictObject({
  heading: nonEmpty("the home page's headline", 120),
  lead: nonEmpty("one or two sentences under the headline", 400),
  primaryCta: cta,
  secondaryCta: optionalGroup(cta),
});

export type Hero = z.infer<typeof heroSchema>;

export const pageFrontmatterSchema = z.strictObject({
  title: nonEmpty("the page's headline", 120),
  description: nonEmpty("one or two sentences shown in search results and link previews", 160),
  updated: isoDate.optional(),
  hero: optionalGroup(heroSchema),
  lastReviewed: isoDate.optional(),
  nextReview: isoDate.optional(),
  notes: staffNotes,
});

export type PageFrontmatter = z.infer<typeof pageFrontmatterSchema>;

export const teamMemberSchema = z.strictObject({
  name: nonEmpty("the clinician's full name", 80),
  credentials: nonEmpty('degrees and licences, e.g. "MD, board-certified psychiatrist"', 120),
  role: nonEmpty("their role at the clinic", 80),
  roleEs: nonEmpty('their role in Spanish, e.g. "Director médico"', 80).optional(),
  bioEs: nonEmpty("the bio (the text below the frontmatter) in Spanish", 2000).optional(),
  photo: z
    .string()
    .regex(/^\/images\/[\w./-]+$/, { error: 'must be a path under /images/, e.g. "/images/team/rivera.jpg"' })
    .optional(),
  photoAlt: nonEmpty("what the photo shows, for people who cannot see it", 200).optional(),
  photoAltEs: nonEmpty("the photo's description in Spanish", 200).optional(),
  // California B&P §680.5: licence type, highest degree and board certification, as separate fields.
  licenseType: nonEmpty('the licence, e.g. "Physician and Surgeon"', 120).optional(),
  licenseNumber: nonEmpty('the licence number, e.g. "A123456"', 40).optional(),
  licensingBoard: nonEmpty('the board, e.g. "Medical Board of California"', 120).optional(),
  licenseLookup: z
    .string()
    .regex(/^https:\/\/\S+$/, { error: 'must be the https:// address of the board\'s public licence lookup, e.g. "https://search.dca.ca.gov/"' })
    .optional(),
  highestDegree: nonEmpty('the highest degree, e.g. "MD"', 80).optional(),
  boardCertification: optionalGroup(
    z.strictObject({
      board: nonEmpty('the certifying board, e.g. "American Board of Psychiatry and Neurology"', 160),
      specialty: nonEmpty('the specialty, e.g. "Psychiatry"', 120),
    }),
  ),
  notes: staffNotes,
}).superRefine((data, ctx) => {
  if (data.photo && !data.photoAlt) {
    ctx.addIssue({ code: "custom", path: ["photoAlt"], message: "is missing: every photo needs alt text" });
  }
});

export type TeamMemberFrontmatter = z.infer<typeof teamMemberSchema>;

/*
 * Spanish content (content/es/, lib/content/translations.ts): the English frontmatter plus which
 * English file it translates and who reviewed the translation.
 */
const translationFields = {
  translationOf: z
    .string({ error: "must name the English file this translates, without .mdx" })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must be an English file name without .mdx, e.g. faq" }),
  translationReviewedBy: z
    .string({ error: "must be the id of a team member in content/team/" })
    .trim()
    .min(1)
    .max(60)
    .optional(),
  translationReviewed: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be written YYYY-MM-DD, e.g. "2026-03-14"' })
    .optional(),
};

export const translatedArticleSchema = articleFrontmatterSchema.extend(translationFields);
export const translatedPageSchema = pageFrontmatterSchema.extend(translationFields);
/** The Spanish home page's frontmatter (content/es/pages/home.mdx): a page plus the hero. */
export const spanishHeroSchema = z.strictObject({
  heading: z.string().trim().min(1).max(160),
  lead: z.string().trim().min(1).max(400),
  primaryCta: z.strictObject({ label: z.string().min(1), href: z.string().startsWith("/") }),
  secondaryCta: optionalGroup(z.strictObject({ label: z.string().min(1), href: z.string().min(1) })),
});
export const translatedHomeSchema = translatedPageSchema.extend({ hero: optionalGroup(spanishHeroSchema) });

/** How to fix each field, in words for staff. */
export const fieldFixes: Record<string, string> = {
  title: 'Add a line like: title: "Why Does Ketamine Therapy Work?" (use double quotes if the title contains a colon).',
  description:
    'Add one or two plain sentences of at most 160 characters, e.g. description: "How ketamine acts on the brain, and what research says so far."',
  date: 'Write the publication date in quotes as YYYY-MM-DD, e.g. date: "2026-03-14".',
  updated: 'Write the date of the last real change in quotes as YYYY-MM-DD, e.g. updated: "2026-04-01", or remove the line.',
  author: 'Write the author\'s name, e.g. author: "ShaMynds Healing Center", or remove the line.',
  tags: "Write tags as a list in square brackets, e.g. tags: [depression, anxiety].",
  draft: "Write draft: true to hide the article, or remove the line to publish it.",
  image: 'Put the image file in public/images/ and write its path, e.g. image: "/images/calm-room.jpg".',
  imageAlt: 'Describe the image in a short sentence, e.g. imageAlt: "A quiet treatment room with a reclining chair".',
  reviewedBy: "Use the file name (without .mdx) of a clinician in content/team/, e.g. reviewedBy: medical-director.",
  lastReviewed: 'Write the date of the medical review in quotes as YYYY-MM-DD, e.g. lastReviewed: "2026-03-14".',
  name: 'Write the clinician\'s full name, e.g. name: "Dr. Jordan Rivera".',
  credentials: 'Write degrees and licences, e.g. credentials: "MD, board-certified psychiatrist".',
  role: 'Write their role, e.g. role: "Medical Director".',
  photo: 'Put the photo in public/images/team/ and write its path, e.g. photo: "/images/team/rivera.jpg".',
  photoAlt: 'Describe the photo in a short sentence, e.g. photoAlt: "Dr. Rivera smiling in the clinic\'s reception".',
  nextReview: 'Write the date the next review is due in quotes as YYYY-MM-DD, or remove the line (default: 12 months after lastReviewed).',
  keyPoints: 'Write 3 to 5 plain sentences as a list, each line starting with "- " (see CONTENT.md).',
  references: "Write each reference with authors, title, publisher, year and a doi, pmid or url (see CONTENT.md).",
  licenseType: 'Write the licence type, e.g. licenseType: "Physician and Surgeon".',
  licenseNumber: 'Write the licence number as the board shows it, e.g. licenseNumber: "A123456".',
  licensingBoard: 'Write the board, e.g. licensingBoard: "Medical Board of California".',
  licenseLookup: 'Write the board\'s public lookup address, e.g. licenseLookup: "https://search.dca.ca.gov/".',
  highestDegree: 'Write the highest degree, e.g. highestDegree: "MD".',
  boardCertification: "Write board: and specialty: under boardCertification, or remove it (see CONTENT.md).",
  notes: 'Write each note for staff on its own line starting with "- ", e.g. - "PLACEHOLDER: confirm the fee with the office manager."',
  hero: "Give the home page's hero a heading, a lead and a primaryCta with label and href (see CONTENT.md).",
};
