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
