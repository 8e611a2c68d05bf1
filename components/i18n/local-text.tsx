import type { LocalText } from "@/lib/i18n/local-text";

/** A clinic.yaml value; an untranslated one keeps lang="en" on the Spanish page. */
export function Text({ value }: { value: LocalText }) {
  return value.lang ? <span lang={value.lang}>{value.text}</span> : <>{value.text}</>;
}
