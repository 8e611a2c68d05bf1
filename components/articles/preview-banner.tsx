/**
 * Shown above an article in preview (draft mode): says plainly that this is not the published
 * site, and offers the way out. A plain link: it works without JavaScript and is never prefetched.
 */
export function PreviewBanner({ slug, draft }: { slug: string; draft: boolean }) {
  return (
    <aside aria-label="Preview" className="border-y-4 border-alert-700 bg-alert-50 text-ink">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <p>
          <strong className="text-alert-800">Preview</strong>
          {draft
            ? " — this draft is not published. Only browsers that opened the preview link can see this page."
            : " — you are seeing this article in preview mode."}
        </p>
        <a
          className="inline-flex min-h-11 items-center rounded-lg border-2 border-alert-700 px-4 font-semibold text-alert-800 underline-offset-2 hover:underline"
          href={`/api/preview/exit?slug=${encodeURIComponent(slug)}`}
        >
          Exit preview
        </a>
      </div>
    </aside>
  );
}
