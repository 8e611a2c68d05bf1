/**
 * The site's chrome (header, navigation, footer, crisis banner, skip link, article meta, 404) in
 * each language. Content pages are MDX files (content/ and content/es/); only the words around
 * them live here. A flat catalogue of strings and small functions is all the site needs: plurals
 * and dates are done by Intl (see format.ts), so no message-format library is loaded.
 */
export const locales = ["en", "es"] as const;
export type Locale = (typeof locales)[number];

/** BCP 47 tags for <html lang>, JSON-LD inLanguage and RSS; Open Graph wants ll_CC. */
export const languageTag: Record<Locale, string> = { en: "en-US", es: "es-US" };
export const htmlLang: Record<Locale, string> = { en: "en-US", es: "es" };
export const ogLocale: Record<Locale, string> = { en: "en_US", es: "es_US" };

const en = {
  skipLink: "Skip to main content",
  crisis: {
    label: "Crisis help",
    heading: "In crisis? Call or text 988",
    call: "Call 988",
    text: "Text 988",
    chat: "",
    emergency: "In immediate danger,",
    call911: "call 911",
  },
  header: {
    home: "home page",
    menu: "Menu",
    mainNav: "Main",
    mobileNav: "Main (mobile)",
    cta: "Request a consultation",
  },
  nav: {
    ketamineTherapy: "Ketamine therapy",
    whatToExpect: "What to expect",
    articles: "Articles",
    about: "About",
    faq: "FAQ",
    privacy: "Privacy",
    accessibility: "Accessibility",
    disclaimer: "Medical disclaimer",
    rss: "RSS feed",
  },
  footer: {
    contact: "Contact",
    hours: "Hours",
    explore: "Explore",
    legal: "Legal",
    notice:
      "The information on this site is general and is not medical advice. Individual results vary. If you are in crisis, call or text",
    emergency: "; in an emergency call",
  },
  health: {
    keyPoints: "Key points",
    references: "References",
    backToText: "Back to the text",
    citation: (n: number) => `Reference ${n}`,
    lastReviewed: "Page last reviewed:",
    nextReview: "Next review due:",
    editorialPolicy: "How we write and review",
    editorialPolicyPath: "/editorial-policy",
    glossary: "Glossary",
    glossaryPath: "/glossary",
    licence: "Licence",
    licensingBoard: "Licensing board",
    highestDegree: "Highest degree",
    boardCertification: "Board certification",
    lookUp: "Check this licence",
  },
  article: {
    toc: "On this page",
    published: "Published",
    updated: "Updated",
    reviewedBy: "Medically reviewed by",
    readingTime: (minutes: number) => `${minutes} min read`,
    related: "Related articles",
    allArticles: "All articles",
    tags: "Topics",
  },
  languageSwitch: {
    /** The link's text is the other language's own name, so a reader of it recognises it. */
    label: "Español",
    hint: "Leer en español",
    noCounterpart: "Sitio en español",
  },
  notFound: {
    title: "Page not found",
    lead: "We could not find the page you were looking for. It may have moved.",
    home: "Go to the home page",
    articles: "Browse our articles",
    consultation: "Request a consultation",
  },
  articlesIndex: {
    title: "Articles",
    description: "Plain-language articles about ketamine therapy and mental health.",
  },
  consultationPage: {
    title: "Request a consultation",
    description: "Ask for a free consultation. Tell us how to reach you and a staff member will contact you.",
    lead: "Tell us how to reach you. A member of our team will contact you, usually within one business day.",
  },
  consultationCta: {
    label: "Request a consultation",
    heading: "Wondering whether ketamine therapy could be right for you?",
    body: "A free, no-obligation consultation with our team is the first step. We will listen, answer your questions and tell you honestly whether we think it could help.",
    button: "Request a consultation",
    orCall: "or call",
  },
  search: {
    title: "Search",
    description: "Search the articles, clinic pages and answers to common questions.",
    label: "Search the site",
    button: "Search",
    /** The header's disclosure button and the search form's landmark name. */
    open: "Search",
    formName: "Site search",
    lead: "Search our articles, clinic pages and answers to common questions.",
    results: (count: number, query: string) =>
      count === 1 ? `1 result for “${query}”` : `${count} results for “${query}”`,
    firstResults: (shown: number, count: number, query: string) =>
      `The first ${shown} of ${count} results for “${query}”. Add a word to narrow the search.`,
    noResults: (query: string) => `Nothing on our site matches “${query}”.`,
    suggestionsHeading: "You may find what you need here",
    faq: "Answers to common questions",
    consultation: "Request a consultation",
    call: "Or call us:",
    crisisLead:
      "You do not have to go through this alone. Free, confidential help is available right now, day and night.",
    kinds: { article: "Article", page: "Page", faq: "Question" },
  },
  feedTitle: (clinic: string) => `${clinic} articles`,
} as const;

/** Widens literal strings so another language can fill the same shape with its own words. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : { [K in keyof T]: Widen<T[K]> };
export type Messages = Widen<typeof en>;

const es: Messages = {
  skipLink: "Saltar al contenido principal",
  crisis: {
    label: "Ayuda en crisis",
    heading: "¿En crisis? Llame al 988 y oprima 2",
    call: "Llamar al 988",
    text: "Envíe AYUDA al 988",
    chat: "Chat en español",
    emergency: "Si corre peligro inmediato,",
    call911: "llame al 911",
  },
  header: {
    home: "página de inicio",
    menu: "Menú",
    mainNav: "Principal",
    mobileNav: "Principal (móvil)",
    cta: "Pida una consulta",
  },
  nav: {
    ketamineTherapy: "Terapia con ketamina",
    whatToExpect: "Qué esperar",
    articles: "Artículos",
    about: "Quiénes somos",
    faq: "Preguntas frecuentes",
    privacy: "Privacidad",
    accessibility: "Accesibilidad",
    disclaimer: "Aviso médico",
    rss: "Canal RSS",
  },
  footer: {
    contact: "Contacto",
    hours: "Horario",
    explore: "Explorar",
    legal: "Legal",
    notice:
      "La información de este sitio es general y no es consejo médico. Los resultados varían de una persona a otra. Si está en crisis, llame al 988 y oprima 2, o envíe un mensaje de texto al",
    emergency: "; en una emergencia llame al",
  },
  health: {
    keyPoints: "Puntos clave",
    references: "Referencias",
    backToText: "Volver al texto",
    citation: (n: number) => `Referencia ${n}`,
    lastReviewed: "Última revisión:",
    nextReview: "Próxima revisión:",
    editorialPolicy: "Cómo escribimos y revisamos",
    editorialPolicyPath: "/es/politica-editorial",
    glossary: "Glosario",
    glossaryPath: "/es/glosario",
    licence: "Licencia",
    licensingBoard: "Junta que otorga la licencia",
    highestDegree: "Título más alto",
    boardCertification: "Certificación de especialidad",
    lookUp: "Verificar esta licencia",
  },
  article: {
    toc: "En esta página",
    published: "Publicado",
    updated: "Actualizado",
    reviewedBy: "Revisión médica de",
    readingTime: (minutes: number) => `${minutes} min de lectura`,
    related: "Artículos relacionados",
    allArticles: "Todos los artículos",
    tags: "Temas",
  },
  languageSwitch: {
    label: "English",
    hint: "Read in English",
    noCounterpart: "English site",
  },
  notFound: {
    title: "No encontramos esta página",
    lead: "No pudimos encontrar la página que buscaba. Es posible que haya cambiado de lugar.",
    home: "Ir a la página de inicio",
    articles: "Ver nuestros artículos",
    consultation: "Pida una consulta",
  },
  articlesIndex: {
    title: "Artículos",
    description: "Artículos en lenguaje sencillo sobre la terapia con ketamina y la salud mental.",
  },
  consultationPage: {
    title: "Pida una consulta",
    description:
      "Pida una consulta gratuita. Díganos cómo comunicarnos con usted y un miembro del personal se pondrá en contacto.",
    lead: "Díganos cómo comunicarnos con usted. Un miembro de nuestro equipo se pondrá en contacto, por lo general en un día hábil. Le llamaremos o escribiremos en español.",
  },
  consultationCta: {
    label: "Pida una consulta",
    heading: "¿Se pregunta si la terapia con ketamina podría ser adecuada para usted?",
    body: "Una consulta gratuita y sin compromiso con nuestro equipo es el primer paso. Lo escucharemos, responderemos sus preguntas y le diremos con honestidad si creemos que podría ayudarle.",
    button: "Pida una consulta",
    orCall: "o llame al",
  },
  search: {
    title: "Buscar",
    description: "Busque en los artículos, las páginas de la clínica y las respuestas a preguntas frecuentes.",
    label: "Buscar en el sitio",
    button: "Buscar",
    open: "Buscar",
    formName: "Búsqueda en el sitio",
    lead: "Busque en nuestros artículos, las páginas de la clínica y las respuestas a preguntas frecuentes.",
    results: (count: number, query: string) =>
      count === 1 ? `1 resultado para «${query}»` : `${count} resultados para «${query}»`,
    firstResults: (shown: number, count: number, query: string) =>
      `Los primeros ${shown} de ${count} resultados para «${query}». Añada una palabra para precisar la búsqueda.`,
    noResults: (query: string) => `Nada en nuestro sitio coincide con «${query}».`,
    suggestionsHeading: "Quizás encuentre aquí lo que necesita",
    faq: "Respuestas a preguntas frecuentes",
    consultation: "Pida una consulta",
    call: "O llámenos:",
    crisisLead:
      "No tiene que pasar por esto a solas. Hay ayuda gratuita y confidencial ahora mismo, de día y de noche.",
    kinds: { article: "Artículo", page: "Página", faq: "Pregunta" },
  },
  feedTitle: (clinic: string) => `Artículos de ${clinic}`,
};

export const messages: Record<Locale, Messages> = { en, es };

export function t(locale: Locale): Messages {
  return messages[locale];
}
