import { collection, config, fields, singleton } from "@keystatic/core";
import { block, inline, wrapper } from "@keystatic/core/content-components";

/**
 * What staff can edit in the studio, and how each file is written back. Every field the site's
 * schemas know (lib/content/schemas.ts, clinic.ts) is declared here: Keystatic drops what it does
 * not know when it saves. Field rules that need the whole site (a reviewer must be on the team,
 * claims, translations…) stay in the content check, which the studio runs before publishing.
 * studio/keystatic-round-trip.test.ts saves every file in content/ through this config and shows
 * nothing changes.
 */

/** Exactly the site's MDX components (lib/content/mdx-components.ts); nothing else is insertable. */
const components = {
  Callout: wrapper({
    label: "Highlighted note (Callout)",
    schema: { title: fields.text({ label: "Title (optional)" }) },
  }),
  CrisisNote: block({ label: "Crisis help box (988, 911)", schema: {} }),
  ConsultationCta: block({ label: '"Request a consultation" box', schema: {} }),
  Faq: wrapper({ label: "Group of questions (FAQ)", schema: {} }),
  FaqItem: wrapper({
    label: "One question and its answer",
    schema: { question: fields.text({ label: "Question", validation: { isRequired: true } }) },
  }),
  ClinicPhone: inline({ label: "Clinic phone number", schema: {} }),
  ClinicEmail: inline({ label: "Clinic email address", schema: {} }),
};

const body = fields.mdx({
  label: "Text",
  components,
  options: { image: false, codeBlock: false, table: true },
});

const date = (label: string, description?: string) => fields.date({ label, description });
const text = (label: string, description?: string) => fields.text({ label, description });
const longText = (label: string, description?: string) => fields.text({ label, description, multiline: true });

const notes = fields.array(longText("Note"), {
  label: "Notes for staff (never shown on the site)",
  itemLabel: (props) => props.value || "New note",
  description:
    'What this page still needs or who must check it. A note starting "PLACEHOLDER:" stops the public launch until it is done.',
});

const reviewFields = {
  lastReviewed: date("Last medical review", "The day a clinician last checked this page."),
  nextReview: date("Next review due", "Leave empty for 12 months after the last review."),
};

const articleSchema = {
  title: fields.slug({
    name: { label: "Title", description: "The article's headline (at most 120 characters)." },
    slug: { label: "Web address", description: "Lowercase words joined by dashes; it becomes /articles/<this>." },
  }),
  description: longText("Description", "One or two sentences (at most 160 characters) shown in search results."),
  date: date("Published on"),
  updated: date("Last real change", "Leave empty until the article changes in substance."),
  author: text("Author"),
  tags: fields.array(text("Tag"), {
    label: "Tags",
    itemLabel: (props) => props.value || "New tag",
    description: "Reuse an existing tag where one fits (see the article list); a new one makes a new topic page.",
  }),
  draft: fields.checkbox({ label: "Draft", description: "A draft is hidden from patients until you untick this." }),
  image: fields.image({
    label: "Picture at the top (optional)",
    directory: "public/images/articles",
    publicPath: "/images/articles/",
    description: "JPEG, PNG or WebP, at most 5 MB, always with its description below.",
  }),
  imageAlt: text(
    "Image description (alt text)",
    "Required with an image: what it shows, for people who cannot see it.",
  ),
  reviewedBy: fields.relationship({
    label: "Reviewed by",
    collection: "team",
    description: "The clinician who checked it.",
  }),
  ...reviewFields,
  keyPoints: fields.array(longText("Key point"), {
    label: "Key points",
    itemLabel: (props) => props.value || "New key point",
    description: "3 to 5 plain sentences shown in a box at the top.",
  }),
  references: fields.array(
    fields.object({
      authors: text("Authors", 'e.g. "Berman RM, Cappiello A, Anand A, et al."'),
      title: text("Title"),
      publisher: text("Journal or publisher"),
      year: fields.integer({ label: "Year" }),
      doi: text("DOI", 'e.g. "10.1000/xyz123"'),
      pmid: fields.integer({ label: "PubMed number (PMID)" }),
      url: fields.url({ label: "Address (URL)" }),
    }),
    { label: "References", itemLabel: (props) => props.fields.title.value || "New reference" },
  ),
  notes,
  body,
};

const cta = (label: string) =>
  fields.object(
    { label: text("Button words"), href: text("Link", 'A page of this site, e.g. "/consultation"') },
    { label },
  );

const pageSchema = {
  title: fields.slug({
    name: { label: "Title" },
    slug: { label: "Web address", description: "The file name; it becomes the page's address." },
  }),
  description: longText("Description", "One or two sentences (at most 160 characters) shown in search results."),
  updated: date("Last real change"),
  hero: fields.object(
    {
      heading: text("Headline"),
      lead: longText("Lead", "One or two sentences under the headline."),
      primaryCta: cta("Main button"),
      secondaryCta: cta("Second button (optional)"),
    },
    { label: "Home page opening block", description: "Only for the home page; leave empty on every other page." },
  ),
  ...reviewFields,
  notes,
  body,
};

const translationSchema = {
  translationOf: text("Translation of", "The English file this translates, without .mdx, e.g. faq."),
  translationReviewedBy: fields.relationship({ label: "Translation reviewed by", collection: "team" }),
  translationReviewed: date("Translation reviewed on"),
};

const teamSchema = {
  name: fields.slug({
    name: { label: "Full name" },
    slug: { label: "File name", description: "e.g. medical-director; articles name their reviewer by it." },
  }),
  credentials: text("Credentials", 'e.g. "MD, board-certified psychiatrist"'),
  role: text("Role", 'e.g. "Medical Director"'),
  roleEs: text("Role in Spanish", 'e.g. "Director médico" (shown on the Spanish team page)'),
  photo: fields.image({
    label: "Photo",
    directory: "public/images/team",
    publicPath: "/images/team/",
    description: "JPEG, PNG or WebP, at most 5 MB, with a name like alex-morgan.jpg.",
  }),
  photoAlt: text("Photo description (alt text)", "Required with a photo: what it shows."),
  photoAltEs: text("Photo description in Spanish"),
  licenseType: text("Licence type", 'e.g. "Physician and Surgeon"'),
  licenseNumber: text("Licence number"),
  licensingBoard: text("Licensing board", 'e.g. "Medical Board of California"'),
  licenseLookup: fields.url({ label: "Board's licence lookup (https://…)" }),
  highestDegree: text("Highest degree", 'e.g. "MD"'),
  boardCertification: fields.object(
    { board: text("Certifying board"), specialty: text("Specialty") },
    { label: "Board certification", description: "Leave both empty if none." },
  ),
  bioEs: longText("Biography in Spanish", "The biography below, in Spanish (shown on the Spanish team page)."),
  notes,
  body: fields.mdx({ label: "Biography", components, options: { image: false, codeBlock: false, table: false } }),
};

const weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
const placeholderNote = 'Text starting "[PLACEHOLDER" must be replaced with the real value before launch.';

const clinicSchema = {
  name: text("Clinic name"),
  shortName: text("Short name"),
  description: longText("Description", "At most 300 characters; used in search results."),
  descriptionEs: longText("Description in Spanish"),
  phone: text("Phone (international form)", 'e.g. "+19165550142"'),
  phoneDisplay: text("Phone as shown", 'e.g. "(916) 555-0142"'),
  email: text("Public email address"),
  address: fields.object(
    {
      street: text("Street", placeholderNote),
      city: text("City"),
      region: text("State", "e.g. CA"),
      postalCode: text("ZIP code"),
      country: text("Country code", "e.g. US"),
    },
    { label: "Address" },
  ),
  hours: fields.array(
    fields.object({
      days: fields.multiselect({ label: "Days", options: weekdays.map((day) => ({ label: day, value: day })) }),
      opens: text("Opens", '24-hour time, e.g. "09:00"'),
      closes: text("Closes", '24-hour time, e.g. "17:00"'),
    }),
    {
      label: "Opening hours",
      itemLabel: (props) =>
        `${props.fields.days.value.join(", ")} ${props.fields.opens.value}–${props.fields.closes.value}`,
    },
  ),
  mapUrl: fields.url({
    label: "Map link",
    description: "A link to the address on a maps site (a link only: never an embedded map or a map picture).",
  }),
  directions: fields.object(
    {
      parking: longText("Parking", placeholderNote),
      parkingEs: longText("Parking, in Spanish"),
      transit: longText("Public transport"),
      transitEs: longText("Public transport, in Spanish"),
      accessibleEntrance: longText("Step-free entrance"),
      accessibleEntranceEs: longText("Step-free entrance, in Spanish"),
    },
    { label: "How to get here (shown on the contact page)" },
  ),
  closures: fields.array(
    fields.object({
      from: date("Closed on (or from)"),
      to: date("Until (for a period; leave empty for one day)"),
      reason: text("Reason", 'e.g. "Staff training"'),
      reasonEs: text("Reason in Spanish", 'e.g. "Capacitación del personal"'),
    }),
    {
      label: "Closures",
      description:
        "Days or periods the clinic is closed. Closures that have passed disappear by themselves at the next publish.",
      itemLabel: (props) =>
        `${props.fields.from.value ?? "?"}${props.fields.to.value ? ` to ${props.fields.to.value}` : ""}: ${props.fields.reason.value}`,
    },
  ),
  fees: fields.array(
    fields.object({
      name: text("Service"),
      nameEs: text("Service, in Spanish"),
      price: text("Price", 'A number of dollars (e.g. "250", shown as $250 in both languages) or words (e.g. "Free")'),
      priceEs: text("Price in words, in Spanish", 'Only for a price in words, e.g. "Gratis"'),
      includes: longText("What it includes"),
      includesEs: longText("What it includes, in Spanish"),
    }),
    {
      label: "Fees (shown on the costs page)",
      description: "Every price must be confirmed by the clinic; never guess.",
      itemLabel: (props) => `${props.fields.name.value}: ${props.fields.price.value}`,
    },
  ),
  insurance: fields.object(
    {
      accepted: longText("Insurance accepted"),
      acceptedEs: longText("Insurance accepted, in Spanish"),
      superbills: longText("Superbills"),
      superbillsEs: longText("Superbills, in Spanish"),
      spravato: longText("Spravato"),
      spravatoEs: longText("Spravato, in Spanish"),
    },
    { label: "Insurance" },
  ),
  payment: fields.object(
    {
      methods: fields.array(text("Method"), { label: "Payment methods", itemLabel: (props) => props.value }),
      methodsEs: fields.array(text("Method"), {
        label: "Payment methods, in Spanish",
        itemLabel: (props) => props.value,
      }),
      hsaFsa: longText("HSA and FSA cards"),
      hsaFsaEs: longText("HSA and FSA cards, in Spanish"),
      cancellation: longText("Cancellation policy"),
      cancellationEs: longText("Cancellation policy, in Spanish"),
    },
    { label: "Payment" },
  ),
  referrals: fields.object(
    {
      fax: text("Referral fax"),
      secureEmail: text("Secure email for referrals"),
      phone: text("Phone line for clinicians"),
    },
    { label: "Referrals (shown on the page for clinicians; never a web form for patient information)" },
  ),
};

const mdxFormat = { contentField: "body" } as const;

export default config({
  storage: { kind: "local" },
  ui: { brand: { name: "ShaMynds studio" } },
  collections: {
    articles: collection({
      label: "Articles",
      path: "content/articles/*",
      slugField: "title",
      entryLayout: "content",
      format: mdxFormat,
      schema: articleSchema,
    }),
    pages: collection({
      label: "Clinic pages",
      path: "content/pages/*",
      slugField: "title",
      entryLayout: "content",
      format: mdxFormat,
      schema: pageSchema,
    }),
    team: collection({
      label: "Team",
      path: "content/team/*",
      slugField: "name",
      format: mdxFormat,
      schema: teamSchema,
    }),
    articlesEs: collection({
      label: "Artículos (español)",
      path: "content/es/articles/*",
      slugField: "title",
      entryLayout: "content",
      format: mdxFormat,
      schema: { ...articleSchema, ...translationSchema },
    }),
    pagesEs: collection({
      label: "Páginas (español)",
      path: "content/es/pages/*",
      slugField: "title",
      entryLayout: "content",
      format: mdxFormat,
      schema: { ...pageSchema, ...translationSchema },
    }),
  },
  singletons: {
    clinic: singleton({
      label: "Clinic details",
      path: "content/clinic",
      format: { data: "yaml" },
      schema: clinicSchema,
    }),
    topics: singleton({
      label: "Topics in Spanish",
      path: "content/topics",
      format: { data: "yaml" },
      schema: {
        topics: fields.array(
          fields.object({
            name: text("Tag", "Exactly as the English articles write it"),
            nameEs: text("In Spanish", "The name of its Spanish topic page"),
          }),
          { label: "Tags", itemLabel: (props) => `${props.fields.name.value} → ${props.fields.nameEs.value}` },
        ),
      },
    }),
  },
});
