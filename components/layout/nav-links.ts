/** The main navigation, shared by the desktop bar and the mobile menu. */
export const navLinks = [
  { href: "/ketamine-therapy", label: "Ketamine therapy" },
  { href: "/what-to-expect", label: "What to expect" },
  { href: "/articles", label: "Articles" },
  { href: "/about", label: "About" },
  { href: "/faq", label: "FAQ" },
] as const;

export const legalLinks = [
  { href: "/privacy", label: "Privacy" },
  { href: "/accessibility", label: "Accessibility" },
  { href: "/disclaimer", label: "Medical disclaimer" },
] as const;

/**
 * The Spanish site's navigation: only pages that exist in Spanish (content/es/pages/), so no
 * link leads to a half-translated page. The consultation form is English until its Spanish
 * route exists (then change spanishConsultationPath).
 */
export const spanishConsultationPath = "/consultation";

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
] as const;
