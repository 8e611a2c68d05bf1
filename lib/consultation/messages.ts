/**
 * Every word the consultation form shows, and the schema's error messages, per language. Free of
 * zod and Node APIs so the client form can import it. `es` must have every key `en` has
 * (messages.test.ts checks); the staff email stays English and does not use this file.
 */

export const locales = ["en", "es"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** The language's name in English, for the staff email ("Preferred language: Spanish"). */
export const languageNameForStaff: Record<Locale, string> = { en: "English", es: "Spanish" };

const en = {
  requiredNote: "All fields are required unless marked optional.",
  firstName: "First name",
  lastName: "Last name",
  email: "Email",
  emailHint: "Optional if you choose a phone call or a text message.",
  phone: "Phone",
  phoneHint: "Optional if you choose email. Include the area code, for example (916) 555-0142.",
  contactMethod: "Preferred contact method",
  contactMethods: { phone: "Phone call", text: "Text message", email: "Email" },
  contactPhrases: { phone: "a phone call", text: "a text message", email: "email" },
  bestTime: "Best time to reach you",
  bestTimes: { morning: "Morning", afternoon: "Afternoon", evening: "Evening", any: "Any time" },
  consentBefore:
    "I agree to be contacted by the method I chose, and I understand that this form is not for emergencies. Read how we protect your information in our",
  consentLink: "privacy notice",
  consentAfter: ".",
  submit: "Request consultation",
  sending: "Sending your request…",
  errorPrefix: "Error:",
  spamTrapLabel: "Leave this field empty",

  /** Field names as error messages use them ("Email address must be 254 characters or fewer"). */
  errorLabels: { firstName: "First name", lastName: "Last name", email: "Email address", phone: "Phone number" },
  errors: {
    firstName: "Enter your first name",
    lastName: "Enter your last name",
    email: "Enter your email address, or choose a phone call or a text message",
    emailFormat: "Enter an email address in the correct format, like name@example.com",
    phone: "Enter your phone number, or choose email",
    phoneFormat: (min: number, max: number) => `Enter a phone number with ${min} to ${max} digits, like (916) 555-0142`,
    contactMethod: "Choose how you would like us to contact you",
    bestTime: "Choose the best time to reach you",
    consent: "Tick the box to agree before you send your request",
    controlCharacters: (label: string) => `${label} must not contain line breaks, tabs or other control characters`,
    tooLong: (label: string, max: number) => `${label} must be ${max} characters or fewer`,
  },

  summaryHeading: "There is a problem",
  checkAgain:
    "Please check your details below. If they are right, press Request consultation again to send your request.",
  updated:
    "We updated our website while you were filling in this form, so your request has not been sent yet. Your details are still below: please check them and press Request consultation again.",
  expired:
    "For your security, this form expired before it was sent. Your details are still below: please check them and press Request consultation again.",
  rateLimitedBefore:
    "We have received several requests from your connection in a short time, so we could not accept this one. Please call us at",
  rateLimitedAfter: ", or try again later.",
  unavailableBefore: "Sorry, we could not save your request, so it has not been sent. Please call the clinic at",
  unavailableAfter: "and we will help you directly.",
  failedHeading: "Your request was not sent",
  failedBefore: "Sorry, something went wrong and we could not receive your request. Please call us at",
  failedAfter: ", or reload this page and try again.",

  thanksHeading: "Thank you",
  thanksReceived: "We have received your request. Your reference is",
  nextHeading: "What happens next",
  nextBefore: (method: string) =>
    `A staff member will contact you by ${method}, usually within one business day. If you need to reach us sooner, call`,
  nextAfter: "and mention your reference.",
  methodYouChose: "the method you chose",
  thanksCrisis: "If you are in crisis, call or text 988. In an emergency, call 911.",

  crisisNotice:
    "This form is not monitored around the clock. If you are in crisis, call or text 988; in an emergency call 911.",
  call988: "Call 988",
  text988: "Text 988",
  call911: "Call 911",
};

export type ConsultationMessages = typeof en;

const es: ConsultationMessages = {
  requiredNote: "Todos los campos son obligatorios, salvo los marcados como opcionales.",
  firstName: "Nombre",
  lastName: "Apellido",
  email: "Correo electrónico",
  emailHint: "Opcional si elige una llamada o un mensaje de texto.",
  phone: "Teléfono",
  phoneHint: "Opcional si elige correo electrónico. Incluya el código de área, por ejemplo (916) 555-0142.",
  contactMethod: "Cómo prefiere que le contactemos",
  contactMethods: { phone: "Llamada", text: "Mensaje de texto", email: "Correo electrónico" },
  contactPhrases: { phone: "teléfono", text: "mensaje de texto", email: "correo electrónico" },
  bestTime: "Mejor momento para contactarle",
  bestTimes: { morning: "Por la mañana", afternoon: "Por la tarde", evening: "Por la noche", any: "Cualquier hora" },
  consentBefore:
    "Acepto que me contacten por el medio que elegí y entiendo que este formulario no es para emergencias. Lea cómo protegemos su información en nuestro",
  consentLink: "aviso de privacidad",
  consentAfter: ".",
  submit: "Solicitar consulta",
  sending: "Enviando su solicitud…",
  errorPrefix: "Error:",
  spamTrapLabel: "Deje este campo vacío",

  errorLabels: { firstName: "Nombre", lastName: "Apellido", email: "Correo electrónico", phone: "Teléfono" },
  errors: {
    firstName: "Escriba su nombre",
    lastName: "Escriba su apellido",
    email: "Escriba su correo electrónico, o elija una llamada o un mensaje de texto",
    emailFormat: "Escriba un correo electrónico válido, por ejemplo nombre@ejemplo.com",
    phone: "Escriba su número de teléfono, o elija correo electrónico",
    phoneFormat: (min: number, max: number) =>
      `Escriba un número de teléfono de ${min} a ${max} dígitos, por ejemplo (916) 555-0142`,
    contactMethod: "Elija cómo prefiere que le contactemos",
    bestTime: "Elija el mejor momento para contactarle",
    consent: "Marque la casilla para aceptar antes de enviar su solicitud",
    controlCharacters: (label: string) =>
      `${label}: no puede contener saltos de línea, tabulaciones ni otros caracteres de control`,
    tooLong: (label: string, max: number) => `${label}: use ${max} caracteres o menos`,
  },

  summaryHeading: "Hay un problema",
  checkAgain: "Revise sus datos abajo. Si son correctos, pulse Solicitar consulta otra vez para enviar su solicitud.",
  updated:
    "Actualizamos nuestro sitio web mientras usted llenaba este formulario, así que su solicitud todavía no se ha enviado. Sus datos siguen abajo: revíselos y pulse Solicitar consulta otra vez.",
  expired:
    "Por su seguridad, este formulario caducó antes de enviarse. Sus datos siguen abajo: revíselos y pulse Solicitar consulta otra vez.",
  rateLimitedBefore:
    "Hemos recibido varias solicitudes desde su conexión en poco tiempo, así que no pudimos aceptar esta. Llámenos al",
  rateLimitedAfter: ", o inténtelo más tarde.",
  unavailableBefore: "Lo sentimos, no pudimos guardar su solicitud, así que no se ha enviado. Llame a la clínica al",
  unavailableAfter: "y le ayudaremos directamente.",
  failedHeading: "Su solicitud no se envió",
  failedBefore: "Lo sentimos, algo salió mal y no pudimos recibir su solicitud. Llámenos al",
  failedAfter: ", o vuelva a cargar esta página e inténtelo otra vez.",

  thanksHeading: "Gracias",
  thanksReceived: "Hemos recibido su solicitud. Su número de referencia es",
  nextHeading: "Qué pasa ahora",
  nextBefore: (method: string) =>
    `Una persona de nuestro equipo le contactará por ${method}, normalmente en un día hábil. Si necesita hablar con nosotros antes, llame al`,
  nextAfter: "y mencione su número de referencia.",
  methodYouChose: "el medio que eligió",
  thanksCrisis: "Si está en crisis, llame al 988 y oprima 2, o envíe AYUDA al 988. En una emergencia, llame al 911.",

  crisisNotice:
    "Nadie revisa este formulario las 24 horas. Si está en crisis, llame al 988 y oprima 2 para hablar en español, o envíe AYUDA por mensaje de texto al 988; en una emergencia llame al 911.",
  call988: "Llamar al 988",
  text988: "Enviar AYUDA al 988",
  call911: "Llamar al 911",
};

export const consultationMessages: Record<Locale, ConsultationMessages> = { en, es };

export function messagesFor(locale: Locale = defaultLocale): ConsultationMessages {
  return consultationMessages[locale];
}
