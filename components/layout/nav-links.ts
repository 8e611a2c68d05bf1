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
export const moreLinks = [{ href: "/for-clinicians", label: "For referring clinicians" }] as const;

export const legalLinks = [
  { href: "/privacy", label: "Privacy" },
  { href: "/accessibility", label: "Accessibility" },
  { href: "/disclaimer", label: "Medical disclaimer" },
  { href: "/notice-of-privacy-practices", label: "Notice of Privacy Practices" },
  // California requires the Open Payments notice on every physician practice's website.
  { href: "/open-payments", label: "Open Payments notice" },
] as const;
