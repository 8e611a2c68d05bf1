import { consultationPaths } from "@/lib/i18n/form-paths";

/** The main navigation, shared by the desktop bar and the mobile menu. */
export const navLinks = [
  { href: "/ketamine-therapy", label: "Ketamine therapy" },
  { href: "/what-to-expect", label: "What to expect" },
  { href: "/articles", label: "Articles" },
  { href: "/costs", label: "Costs" },
  { href: "/about", label: "About" },
  { href: "/faq", label: "FAQ" },
  { href: "/contact", label: "Contact" },
] as const;

/** Footer only: for the people who send us patients. */
export const moreLinks = [
  { href: "/for-clinicians", label: "For referring clinicians" },
  { href: "/glossary", label: "Glossary" },
] as const;

export const legalLinks = [
  { href: "/privacy", label: "Privacy" },
  { href: "/accessibility", label: "Accessibility" },
  { href: "/disclaimer", label: "Medical disclaimer" },
  { href: "/notice-of-privacy-practices", label: "Notice of Privacy Practices" },
  // California requires the Open Payments notice on every physician practice's website.
  { href: "/open-payments", label: "Open Payments notice" },
  // Who writes and reviews the health information, and how to report an error (issue 22).
  { href: "/editorial-policy", label: "Editorial policy" },
] as const;

/**
 * The Spanish site's navigation: only pages that exist in Spanish (content/es/pages/), so no
 * link leads to a half-translated page.
 */
export const spanishConsultationPath = consultationPaths.es;

export const spanishNavLinks = [
  { href: "/es/terapia-con-ketamina", label: "Terapia con ketamina" },
  { href: "/es/que-esperar", label: "Qué esperar" },
  { href: "/es/articulos", label: "Artículos" },
  { href: "/es/preguntas-frecuentes", label: "Preguntas frecuentes" },
] as const;

export const spanishLegalLinks = [
  { href: "/es/privacidad", label: "Privacidad" },
  { href: "/es/accesibilidad", label: "Accesibilidad" },
  { href: "/es/aviso-medico", label: "Aviso médico" },
  { href: "/es/politica-editorial", label: "Política editorial" },
  { href: "/es/glosario", label: "Glosario" },
] as const;
