"use client";

import { ContentRefresh } from "@/components/dev/content-refresh";
import { t, type Locale } from "@/lib/i18n/messages";

// Error boundaries must be client components (Next.js requirement). It receives no clinic data
// from the server, so the phone number comes from the server-rendered footer and crisis banner,
// which stay on the page; this message points to them.
export function ErrorMessage({ locale, error, reset }: { locale: Locale; error: Error; reset: () => void }) {
  const words = t(locale).errorPage;
  return (
    <div className="mx-auto max-w-3xl px-4 py-14 sm:px-6">
      <h1 className="text-3xl font-bold text-brand-900">{words.title}</h1>
      <p className="mt-4 text-lg">
        {words.body}{" "}
        <a className="font-semibold underline" href="tel:988">
          988
        </a>
        .
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
      >
        {words.retry}
      </button>
      {process.env.NODE_ENV === "development" ? (
        // npm run dev only: a content mistake is shown in the words of `npm run content:check`,
        // and the page reloads by itself once the file is saved again.
        <>
          <pre className="mt-8 overflow-x-auto rounded-lg bg-sand-100 p-4 text-sm whitespace-pre-wrap">
            {error.message}
          </pre>
          <ContentRefresh reload />
        </>
      ) : null}
    </div>
  );
}
