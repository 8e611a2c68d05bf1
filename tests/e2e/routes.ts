/** Every public route and the h1 a visitor must see on it. Shared by the site-wide specs. */
export const seedArticle = {
  path: "/articles/why-does-ketamine-therapy-work",
  title: "Why Does Ketamine Therapy Work?",
};

export const routes: { path: string; h1: string | RegExp }[] = [
  { path: "/", h1: /Ketamine therapy in Sacramento/ },
  { path: "/articles", h1: "Articles" },
  { path: seedArticle.path, h1: seedArticle.title },
  { path: "/articles/tags/ketamine-therapy", h1: "Articles about ketamine therapy" },
  { path: "/about", h1: /About/ },
  { path: "/ketamine-therapy", h1: /Ketamine/ },
  { path: "/what-to-expect", h1: /What to expect/i },
  { path: "/faq", h1: /Questions|FAQ/i },
  { path: "/privacy", h1: /Privacy/ },
  { path: "/accessibility", h1: /Accessibility/ },
  { path: "/disclaimer", h1: /Disclaimer/i },
  { path: "/consultation", h1: /consultation/i },
  { path: "/costs", h1: "Costs and insurance" },
  { path: "/contact", h1: "Contact and directions" },
  { path: "/for-clinicians", h1: "For referring clinicians" },
  { path: "/notice-of-privacy-practices", h1: "Notice of Privacy Practices" },
  { path: "/open-payments", h1: "Open Payments notice" },
  { path: "/editorial-policy", h1: "Editorial policy" },
];
