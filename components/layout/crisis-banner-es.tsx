import { spanishCrisisLines } from "@/lib/i18n/crisis";

const linkClass =
  "inline-flex min-h-6 items-center rounded px-1 underline underline-offset-2 focus-visible:outline-white";

/**
 * The 988 Lifeline in Spanish, in the Lifeline's own words (CLINIC.md): call 988 and press 2,
 * text AYUDA to 988, chat in Spanish at 988lifeline.org; 911 in immediate danger.
 */
export function SpanishCrisisBanner() {
  return (
    <aside aria-label="Ayuda en crisis" className="bg-brand-900 text-white">
      <p className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2 text-sm sm:px-6">
        <span className="font-semibold">¿En crisis? Llame al 988 y oprima 2</span>
        <span className="flex flex-wrap gap-2">
          <a className={linkClass} href={spanishCrisisLines.call}>
            Llamar al 988
          </a>
          <a className={linkClass} href={spanishCrisisLines.text}>
            Envíe AYUDA al 988
          </a>
          <a className={linkClass} href={spanishCrisisLines.chat} hrefLang="es">
            Chat en español
          </a>
        </span>
        <span>
          Si corre peligro inmediato,{" "}
          <a className={linkClass} href="tel:911">
            llame al 911
          </a>
        </span>
      </p>
    </aside>
  );
}
