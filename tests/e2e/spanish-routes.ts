/** Every Spanish route, the h1 a reader sees on it, and the English page it translates. */
export const spanishRoutes: { path: string; h1: string | RegExp; english: string }[] = [
  { path: "/es", h1: "Terapia con ketamina en Sacramento, con cuidado en cada paso", english: "/" },
  { path: "/es/articulos", h1: "Artículos", english: "/articles" },
  {
    path: "/es/articulos/por-que-funciona-la-terapia-con-ketamina",
    h1: "¿Por qué funciona la terapia con ketamina?",
    english: "/articles/why-does-ketamine-therapy-work",
  },
  { path: "/es/terapia-con-ketamina", h1: "Terapia con ketamina", english: "/ketamine-therapy" },
  { path: "/es/que-esperar", h1: "Qué esperar", english: "/what-to-expect" },
  { path: "/es/preguntas-frecuentes", h1: "Preguntas frecuentes", english: "/faq" },
  { path: "/es/privacidad", h1: "Aviso de privacidad", english: "/privacy" },
  { path: "/es/accesibilidad", h1: "Declaración de accesibilidad", english: "/accessibility" },
  { path: "/es/aviso-medico", h1: "Aviso médico", english: "/disclaimer" },
  { path: "/es/politica-editorial", h1: "Política editorial", english: "/editorial-policy" },
  { path: "/es/costos", h1: "Costos y seguro médico", english: "/costs" },
  { path: "/es/contacto", h1: "Contacto y cómo llegar", english: "/contact" },
  { path: "/es/quienes-somos", h1: "Acerca de ShaMynds Healing Center", english: "/about" },
  {
    path: "/es/aviso-de-practicas-de-privacidad",
    h1: "Aviso de prácticas de privacidad",
    english: "/notice-of-privacy-practices",
  },
  { path: "/es/pagos-abiertos", h1: "Aviso sobre Open Payments", english: "/open-payments" },
  {
    path: "/es/para-profesionales-de-salud",
    h1: "Para profesionales que remiten pacientes",
    english: "/for-clinicians",
  },
  { path: "/es/glosario", h1: "Glosario", english: "/glossary" },
  { path: "/es/articulos/temas/depresion", h1: "Artículos sobre depresión", english: "/articles/tags/depression" },
  { path: "/es/consulta", h1: "Pida una consulta", english: "/consultation" },
];
