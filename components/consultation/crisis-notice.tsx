const linkClass =
  "inline-flex min-h-11 items-center rounded-lg border-2 border-alert-700 bg-white px-4 font-semibold text-alert-800 underline-offset-2 hover:underline";

/** Shown above the consultation form: the form is not a crisis line, and what to do instead. */
export function CrisisNotice() {
  return (
    <aside
      aria-labelledby="crisis-notice-text"
      className="mb-8 rounded-xl border-l-4 border-alert-700 bg-alert-50 px-5 py-4 text-ink"
    >
      <p id="crisis-notice-text" className="font-semibold">
        This form is not monitored around the clock. If you are in crisis, call or text 988; in an emergency call 911.
      </p>
      <p className="mt-3 flex flex-wrap gap-3">
        <a className={linkClass} href="tel:988">
          Call 988
        </a>
        <a className={linkClass} href="sms:988">
          Text 988
        </a>
        <a className={linkClass} href="tel:911">
          Call 911
        </a>
      </p>
    </aside>
  );
}
