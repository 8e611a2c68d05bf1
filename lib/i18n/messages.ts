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
    costs: "Costs",
    contact: "Contact",
    forClinicians: "For referring clinicians",
    glossary: "Glossary",
    privacyPractices: "Notice of Privacy Practices",
    openPayments: "Open Payments notice",
    editorialPolicy: "Editorial policy",
    directions: "Directions and parking",
  },
  /** Shorter names for the desktop bar, where seven links and the button share one line at 1280 px. */
  barNav: { ketamineTherapy: "Ketamine therapy", faq: "FAQ" },
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
    description:
      "Plain-language articles from ShaMynds Healing Center about ketamine therapy, depression, anxiety and care.",
    lead: "Plain-language reading about ketamine therapy and mental health, written by our clinic. General information, not medical advice.",
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
  home: { latest: "Latest articles" },
  errorPage: {
    title: "Something went wrong",
    body: "Sorry — this page could not be shown. Please try again. If it keeps happening, call us at the number at the bottom of this page. If you are in crisis, call or text",
    retry: "Try again",
  },
  breadcrumbs: { home: "Home", articles: "Articles" },
  topics: {
    label: "Topics",
    title: (name: string) => `Articles about ${name}`,
    description: (clinic: string, name: string) => `Articles from ${clinic} about ${name}.`,
  },
  articleList: {
    none: "No articles here yet. New articles appear on this page as soon as they are published.",
    draft: "Draft",
  },
  articleMeta: {
    by: "By",
    draft: "Draft (not published)",
    reviewedOn: "on",
  },
  clinicData: {
    fees: "Fees",
    feesTable: "Fees table",
    feesCaption: "Fees for self-pay patients",
    service: "Service",
    price: "Price",
    includes: "What it includes",
    insurance: "Insurance",
    superbills: "Superbills",
    spravato: "Spravato (esketamine)",
    payment: "Payment",
    hsaFsa: "HSA and FSA",
    cancellations: "Cancellations",
    reachUs: "Call, text or email",
    call: "Call",
    text: "Text",
    email: "Email",
    noHealthDetails: "Please do not send health details by text or email. You can also",
    requestConsultation: "request a consultation",
    weWillContact: "and we will contact you.",
    address: "Address",
    openMap: "Open the address in a map",
    opensAnotherSite: "(opens another website).",
    hours: "Opening hours",
    upcomingClosures: "Upcoming closures",
    closed: "Closed",
    gettingHere: "Getting here",
    parking: "Parking",
    transit: "Bus and light rail",
    accessibleEntrance: "Accessible entrance",
    directionsLink: "Directions and parking",
    howToRefer: "How to refer a patient",
    fax: "Fax",
    secureEmail: "Secure email",
    cliniciansPhone: "Phone for clinicians",
    referralNote:
      "Please send patient information only by fax, secure email or phone. This website has no form for patient information, and ordinary email is not secure.",
    team: "Our team",
    teamLead:
      "A medical director oversees all treatment, and a lead therapist supports patients before, during and after their sessions.",
    inEnglish: "(in English)",
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
    costs: "Costos",
    contact: "Contacto",
    forClinicians: "Para profesionales de salud",
    glossary: "Glosario",
    privacyPractices: "Aviso de prácticas de privacidad",
    openPayments: "Aviso de Open Payments",
    editorialPolicy: "Política editorial",
    directions: "Cómo llegar y estacionamiento",
  },
  barNav: { ketamineTherapy: "Ketamina", faq: "Preguntas" },
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
    description:
      "Artículos en lenguaje sencillo de ShaMynds Healing Center sobre la terapia con ketamina y la salud mental.",
    lead: "Lecturas en lenguaje sencillo sobre la terapia con ketamina y la salud mental, escritas por nuestra clínica. Información general, no consejo médico.",
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
  home: { latest: "Artículos recientes" },
  errorPage: {
    title: "Algo salió mal",
    body: "Lo sentimos: no pudimos mostrar esta página. Inténtelo de nuevo. Si sigue pasando, llámenos al número que aparece al final de esta página. Si está en crisis, llame al 988 y oprima 2, o envíe un mensaje de texto al",
    retry: "Intentar de nuevo",
  },
  breadcrumbs: { home: "Inicio", articles: "Artículos" },
  topics: {
    label: "Temas",
    title: (name: string) => `Artículos sobre ${name}`,
    description: (clinic: string, name: string) => `Artículos de ${clinic} sobre ${name}.`,
  },
  articleList: {
    none: "Todavía no hay artículos aquí. Los artículos nuevos aparecen en esta página en cuanto se publican.",
    draft: "Borrador",
  },
  articleMeta: {
    by: "Por",
    draft: "Borrador (no publicado)",
    reviewedOn: "el",
  },
  clinicData: {
    fees: "Tarifas",
    feesTable: "Tabla de tarifas",
    feesCaption: "Tarifas para pacientes que pagan por su cuenta",
    service: "Servicio",
    price: "Precio",
    includes: "Qué incluye",
    insurance: "Seguro médico",
    superbills: "Recibos detallados (superbills)",
    spravato: "Spravato (esketamina)",
    payment: "Pago",
    hsaFsa: "Cuentas HSA y FSA",
    cancellations: "Cancelaciones",
    reachUs: "Llame, envíe un mensaje de texto o escríbanos",
    call: "Llamar",
    text: "Mensaje de texto",
    email: "Correo electrónico",
    noHealthDetails:
      "Por favor, no envíe detalles de salud por mensaje de texto ni por correo electrónico. También puede",
    requestConsultation: "pedir una consulta",
    weWillContact: "y nos comunicaremos con usted.",
    address: "Dirección",
    openMap: "Abrir la dirección en un mapa",
    opensAnotherSite: "(abre otro sitio web).",
    hours: "Horario de atención",
    upcomingClosures: "Próximos cierres",
    closed: "Cerrado",
    gettingHere: "Cómo llegar",
    parking: "Estacionamiento",
    transit: "Autobús y tren ligero",
    accessibleEntrance: "Entrada accesible",
    directionsLink: "Cómo llegar y estacionamiento",
    howToRefer: "Cómo remitir a un paciente",
    fax: "Fax",
    secureEmail: "Correo electrónico seguro",
    cliniciansPhone: "Teléfono para profesionales de salud",
    referralNote:
      "Envíe la información de pacientes solo por fax, correo electrónico seguro o teléfono. Este sitio web no tiene ningún formulario para información de pacientes, y el correo electrónico común no es seguro.",
    team: "Nuestro equipo",
    teamLead:
      "Un director médico supervisa todo el tratamiento, y un terapeuta principal acompaña a los pacientes antes, durante y después de sus sesiones.",
    inEnglish: "(en inglés)",
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
