import { LanguageSwitch } from "@/components/i18n/language-switch";
import { PageHeader } from "@/components/layout/page-header";
import { glossaryIn, glossaryPaths, type GlossaryLanguage } from "@/lib/content/glossary";

const words = {
  en: {
    title: "Glossary",
    lead: "The medical words our articles use, in plain language. Articles link a word here the first time they use it.",
    empty: "No entries yet.",
  },
  es: {
    title: "Glosario",
    lead: "Las palabras médicas de nuestros artículos, en lenguaje sencillo. Los artículos enlazan aquí la primera vez que usan una.",
    empty: "Todavía no hay entradas.",
  },
} as const;

export const glossaryPageWords = words;

/**
 * /glossary and /es/glosario: every entry of content/glossary.yaml in the page's language, in
 * alphabetical order; an entry's id is its anchor in both languages (/glossary#esketamine).
 */
export function GlossaryPage({ language }: { language: GlossaryLanguage }) {
  const entries = glossaryIn(language);
  return (
    <>
      <LanguageSwitch locale={language} path={glossaryPaths[language]} />
      <PageHeader title={words[language].title} lead={words[language].lead} />
      <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
        {entries.length === 0 ? <p>{words[language].empty}</p> : null}
        <dl className="space-y-6">
          {entries.map((entry) => (
            <div
              key={entry.id}
              id={entry.id}
              className="scroll-mt-4 rounded-xl border border-sand-200 p-4 target:border-brand-700"
            >
              <dt className="text-lg font-bold text-brand-900">{entry[language]!.term}</dt>
              <dd className="mt-1">{entry[language]!.definition}</dd>
            </div>
          ))}
        </dl>
      </div>
    </>
  );
}
