/** The consultation form is a route of its own in each language, not content: its two addresses. */
export const consultationPaths = { en: "/consultation", es: "/es/consulta" } as const;
