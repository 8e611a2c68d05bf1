/** Crisis resources; required in any article that mentions suicide (safe-messaging practice). */
export function CrisisNote() {
  return (
    <aside
      aria-label="Crisis help"
      className="not-prose my-8 rounded-xl border-2 border-alert-700 bg-alert-50 px-5 py-4 text-ink"
    >
      <p className="font-semibold text-alert-800">
        If you are thinking about suicide or are in crisis, help is available now.
      </p>
      <p className="mt-2">
        Call or text{" "}
        <a className="font-semibold underline" href="tel:988">
          988
        </a>{" "}
        (Suicide &amp; Crisis Lifeline, free, 24/7) or{" "}
        <a className="font-semibold underline" href="sms:988">
          text 988
        </a>
        . If you are in immediate danger, call{" "}
        <a className="font-semibold underline" href="tel:911">
          911
        </a>
        .
      </p>
    </aside>
  );
}
