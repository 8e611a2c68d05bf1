/**
 * The 988 Suicide & Crisis Lifeline in Spanish, as the Lifeline publishes it (see CLINIC.md):
 * call 988 and press 2 for Spanish; text the word AYUDA to 988; chat in Spanish on its site.
 * Plain links: they work on any phone without JavaScript.
 */
export const spanishCrisisLines = {
  call: "tel:988",
  /** Opens the phone's messages app with AYUDA already written (iOS and Android read ?body=). */
  text: "sms:988?body=AYUDA",
  chat: "https://988lifeline.org/es/",
} as const;

/** The sentence used wherever crisis help is spelled out in Spanish (CrisisNote, 404, footer). */
export const spanishCrisisSentence =
  "Llame al 988 y oprima 2 para hablar en español, envíe un mensaje de texto con la palabra AYUDA al 988, o chatee en español en 988lifeline.org. Es gratis y confidencial, las 24 horas. Si corre peligro inmediato, llame al 911.";
