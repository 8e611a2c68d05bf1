import type {
  Article as ArticleSchema,
  BreadcrumbList,
  DayOfWeek,
  FAQPage,
  Graph,
  IdReference,
  MedicalClinic,
  MedicalWebPage,
  Person,
  Thing,
  WebPage,
} from "schema-dts";
import type { Clinic } from "@/lib/content/clinic";
import { clinicToday, upcomingClosures } from "@/lib/content/clinic-schema";
import type { FaqEntry } from "./faq";
import { siteImagePath } from "./metadata";
import { absoluteUrl, siteUrl } from "./urls";

/**
 * JSON-LD builders (schema.org, typed with schema-dts). Each returns plain nodes; a page puts all
 * of its nodes into one `@graph` (components/seo/json-ld.tsx). Nodes refer to each other by `@id`,
 * so the clinic is described once and named as publisher, author or employer elsewhere.
 */

export const clinicId = (origin: string = siteUrl) => `${origin}/#clinic`;
const ref = (id: string): IdReference => ({ "@id": id });
const pageId = (url: string) => `${url}#webpage`;

/**
 * The clinic. Upcoming closures become specialOpeningHoursSpecification entries with opens and
 * closes both "00:00", schema.org's way of saying closed all day.
 */
export function clinicNode(clinic: Clinic, origin: string = siteUrl, today: string = clinicToday()): MedicalClinic {
  const closures = upcomingClosures(clinic.closures, today);
  const { address } = clinic;
  return {
    "@type": "MedicalClinic",
    "@id": clinicId(origin),
    name: clinic.name,
    alternateName: clinic.shortName,
    description: clinic.description,
    url: absoluteUrl("/", origin),
    logo: absoluteUrl("/apple-icon.png", origin),
    image: absoluteUrl(siteImagePath, origin),
    telephone: clinic.phone,
    email: clinic.email,
    address: {
      "@type": "PostalAddress",
      streetAddress: address.street,
      addressLocality: address.city,
      addressRegion: address.region,
      postalCode: address.postalCode,
      addressCountry: address.country,
    },
    openingHoursSpecification: clinic.hours.map((slot) => ({
      "@type": "OpeningHoursSpecification",
      dayOfWeek: slot.days.map((day) => `https://schema.org/${day}` as DayOfWeek),
      opens: slot.opens,
      closes: slot.closes,
    })),
    ...(closures.length > 0
      ? {
          specialOpeningHoursSpecification: closures.map((closure) => ({
            "@type": "OpeningHoursSpecification" as const,
            name: closure.reason,
            validFrom: closure.from,
            validThrough: closure.to,
            opens: "00:00",
            closes: "00:00",
          })),
        }
      : {}),
    hasMap: clinic.mapUrl,
    medicalSpecialty: "https://schema.org/Psychiatric",
  };
}

export interface Crumb {
  name: string;
  path: string;
}

export function breadcrumbNode(crumbs: Crumb[], origin: string = siteUrl): BreadcrumbList {
  const last = crumbs[crumbs.length - 1];
  return {
    "@type": "BreadcrumbList",
    "@id": `${absoluteUrl(last?.path ?? "/", origin)}#breadcrumb`,
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path, origin),
    })),
  };
}

/** A clinician from content/team who reviewed an article. */
export interface Reviewer {
  id: string;
  name: string;
  credentials: string;
  role: string;
}

export interface ArticleLd {
  path: string;
  title: string;
  description: string;
  /** YYYY-MM-DD */
  datePublished: string;
  /** YYYY-MM-DD */
  dateModified: string;
  /** The byline; the clinic's own name (or none) means the clinic wrote it. */
  author?: string;
  tags?: string[];
  reviewer?: Reviewer;
  /** YYYY-MM-DD */
  lastReviewed?: string;
  /** Absolute or site path of the article's Open Graph image. */
  imagePath?: string;
}

function reviewerNode(reviewer: Reviewer, origin: string): Person {
  // The clinician's card on /about carries id="team-<id>".
  const url = `${absoluteUrl("/about", origin)}#team-${reviewer.id}`;
  return {
    "@type": "Person",
    "@id": url,
    url,
    name: reviewer.name,
    jobTitle: reviewer.role,
    description: reviewer.credentials,
    worksFor: ref(clinicId(origin)),
  };
}

/**
 * An article page: a MedicalWebPage (with the medical review, when there is one) whose main entity
 * is the Article, published by the clinic.
 */
export function articleNodes(
  article: ArticleLd,
  clinic: Clinic,
  origin: string = siteUrl,
): [MedicalWebPage, ArticleSchema] {
  const url = absoluteUrl(article.path, origin);
  const articleId = `${url}#article`;
  const author: ArticleSchema["author"] =
    !article.author || article.author === clinic.name
      ? ref(clinicId(origin))
      : { "@type": "Person", name: article.author };
  const image = article.imagePath ? absoluteUrl(article.imagePath, origin) : undefined;
  const page: MedicalWebPage = {
    "@type": "MedicalWebPage",
    "@id": pageId(url),
    url,
    name: article.title,
    description: article.description,
    inLanguage: "en-US",
    datePublished: article.datePublished,
    dateModified: article.dateModified,
    publisher: ref(clinicId(origin)),
    breadcrumb: ref(`${url}#breadcrumb`),
    mainEntity: ref(articleId),
    ...(article.reviewer ? { reviewedBy: reviewerNode(article.reviewer, origin) } : {}),
    ...(article.lastReviewed ? { lastReviewed: article.lastReviewed } : {}),
  };
  const node: ArticleSchema = {
    "@type": "Article",
    "@id": articleId,
    headline: article.title,
    description: article.description,
    datePublished: article.datePublished,
    dateModified: article.dateModified,
    inLanguage: "en-US",
    author,
    publisher: ref(clinicId(origin)),
    mainEntityOfPage: ref(pageId(url)),
    ...(image ? { image } : {}),
    ...(article.tags?.length ? { keywords: article.tags.join(", ") } : {}),
  };
  return [page, node];
}

/** A clinic page (costs, contact, notices…): a WebPage published by the clinic, about the clinic. */
export function clinicWebPageNode(
  page: { path: string; title: string; description: string; updated?: string },
  origin: string = siteUrl,
): WebPage {
  const url = absoluteUrl(page.path, origin);
  return {
    "@type": "WebPage",
    "@id": pageId(url),
    url,
    name: page.title,
    description: page.description,
    inLanguage: "en-US",
    publisher: ref(clinicId(origin)),
    about: ref(clinicId(origin)),
    ...(page.updated ? { dateModified: page.updated } : {}),
  };
}

export function faqPageNode(
  page: { path: string; title: string; description?: string },
  entries: FaqEntry[],
  origin: string = siteUrl,
): FAQPage {
  const url = absoluteUrl(page.path, origin);
  return {
    "@type": "FAQPage",
    "@id": pageId(url),
    url,
    name: page.title,
    ...(page.description ? { description: page.description } : {}),
    inLanguage: "en-US",
    publisher: ref(clinicId(origin)),
    mainEntity: entries.map((entry) => ({
      "@type": "Question",
      name: entry.question,
      acceptedAnswer: { "@type": "Answer", text: entry.answer },
    })),
  };
}

export function jsonLdGraph(nodes: readonly Thing[]): Graph {
  return { "@context": "https://schema.org", "@graph": nodes };
}

/**
 * JSON for inside a <script> element. JSON.stringify leaves "<" alone, so content containing
 * "</script>" would end the element early and whatever follows would run as HTML: escape "<"
 * (and ">" and "&" for good measure) as \u escapes, which JSON parsers read back unchanged.
 * U+2028/2029 are valid in JSON but were line terminators in older JavaScript: escape them too.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
