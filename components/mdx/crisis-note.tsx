import { spanishCrisisLines } from "@/lib/i18n/crisis";
import type { Locale } from "@/lib/i18n/messages";

const link = "font-semibold underline";

/**
 * Crisis resources; required in any article that mentions suicide (safe-messaging practice). In
 * Spanish, the 988 Lifeline's Spanish options (press 2, text AYUDA, chat in Spanish), as the
 * Lifeline publishes them (see CLINIC.md).
 */
export function CrisisNote({ locale = "en" }: { locale?: Locale }) {
  return (
    <aside
      aria-label={locale === "es" ? "Ayuda en crisis" : "Crisis help"}
      className="not-prose my-8 rounded-xl border-2 border-alert-700 bg-alert-50 px-5 py-4 text-ink"
    >
      {locale === "es" ? (
        <>
          <p className="font-semibold text-alert-800">
            Si está pensando en el suicidio o está en crisis, hay ayuda ahora mismo.
          </p>
          <p className="mt-2">
            Llame al{" "}
            <a className={link} href={spanishCrisisLines.call}>
              988
            </a>{" "}
            y oprima 2 para hablar en español (988 Lifeline de Prevención del Suicidio y Crisis, gratis, las 24 horas),{" "}
            <a className={link} href={spanishCrisisLines.text}>
              envíe AYUDA al 988
            </a>{" "}
            por mensaje de texto, o{" "}
            <a className={link} href={spanishCrisisLines.chat} hrefLang="es">
              chatee en español en 988lifeline.org
            </a>
            . Si corre peligro inmediato, llame al{" "}
            <a className={link} href="tel:911">
              911
            </a>
            .
          </p>
        </>
      ) : (
        <>
          <p className="font-semibold text-alert-800">
            If you are thinking about suicide or are in crisis, help is available now.
          </p>
          <p className="mt-2">
            Call or text{" "}
            <a className={link} href="tel:988">
              988
            </a>{" "}
            (Suicide &amp; Crisis Lifeline, free, 24/7) or{" "}
            <a className={link} href="sms:988">
              text 988
            </a>
            . If you are in immediate danger, call{" "}
            <a className={link} href="tel:911">
              911
            </a>
            .
          </p>
        </>
      )}
    </aside>
  );
}
