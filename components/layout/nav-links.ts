import { consultationPaths } from "@/lib/i18n/form-paths";
import { t, type Locale, type Messages } from "@/lib/i18n/messages";
import { counterparts } from "@/lib/i18n/paths";

type NavItem = { key: keyof Messages["nav"]; path: string };

/** The main navigation, shared by the desktop bar and the mobile menu (English addresses). */
const main: NavItem[] = [
  { key: "ketamineTherapy", path: "/ketamine-therapy" },
  { key: "whatToExpect", path: "/what-to-expect" },
  { key: "articles", path: "/articles" },
  { key: "costs", path: "/costs" },
  { key: "about", path: "/about" },
  { key: "faq", path: "/faq" },
  { key: "contact", path: "/contact" },
];

/** Footer only: for the people who send us patients, and the glossary. */
const more: NavItem[] = [
  { key: "forClinicians", path: "/for-clinicians" },
  { key: "glossary", path: "/glossary" },
];

const legal: NavItem[] = [
  { key: "privacy", path: "/privacy" },
  { key: "accessibility", path: "/accessibility" },
  { key: "disclaimer", path: "/disclaimer" },
  { key: "privacyPractices", path: "/notice-of-privacy-practices" },
  // California requires the Open Payments notice on every physician practice's website.
  { key: "openPayments", path: "/open-payments" },
  // Who writes and reviews the health information, and how to report an error (issue 22).
  { key: "editorialPolicy", path: "/editorial-policy" },
];

const groups = { main, more, legal };

/**
 * A group of links in the reader's language. Spanish links go to each page's translation (found
 * from the content, like the language switch); a page without one is left out, so no Spanish
 * link leads to an English page by surprise.
 */
export function navLinksIn(
  locale: Locale,
  group: keyof typeof groups,
  { bar = false }: { bar?: boolean } = {},
): { href: string; label: string }[] {
  const words = t(locale);
  const labels: Record<string, string> = bar ? { ...words.nav, ...words.barNav } : words.nav;
  return groups[group].flatMap(({ key, path }) => {
    const href = locale === "en" ? path : counterparts("en", path)?.es;
    return href ? [{ href, label: labels[key]! }] : [];
  });
}

export const spanishConsultationPath = consultationPaths.es;
