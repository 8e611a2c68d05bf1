import { t, type Locale } from "@/lib/i18n/messages";
import { switchTarget } from "@/lib/i18n/paths";

/**
 * A plain link to the same page in the other language (no JavaScript, no flag: a flag stands for
 * a country, not a language). Without a translation it leads to the other language's home page.
 * The link's text is in the language it leads to, marked with lang so screen readers say it right.
 */
export function LanguageSwitch({ locale, path }: { locale: Locale; path: string }) {
  const target = switchTarget(locale, path);
  const words = t(locale).languageSwitch;
  const otherLang = locale === "es" ? "en" : "es";
  return (
    <div className="border-b border-sand-200 bg-white" data-print="hide">
      <p className="mx-auto flex max-w-6xl justify-end px-4 sm:px-6">
        <a
          href={target.href}
          hrefLang={otherLang}
          lang={otherLang}
          data-language-switch={target.exact ? "counterpart" : "home"}
          className="inline-flex min-h-11 items-center gap-1 rounded px-2 text-sm font-semibold text-brand-800 underline underline-offset-2"
        >
          {target.exact ? words.hint : words.noCounterpart}
        </a>
      </p>
    </div>
  );
}
