/** The consultation form is a route of its own in each language, not content: its two addresses. */
export const consultationPaths = { en: "/consultation", es: "/es/consulta" } as const;

/**
 * Where the proxy sends a form posted to a release that no longer runs (a rewrite: the address
 * bar keeps the form's address). Each renders the form again with the answers kept.
 */
export const resendPaths = { en: "/consultation/again", es: "/es/consulta/otra-vez" } as const;
