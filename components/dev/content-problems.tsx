import { notFound } from "next/navigation";
import { brokenEntryProblems } from "@/lib/content/collection";
import type { Collection } from "@/lib/content/content-folders";
import { formatProblem, type ContentProblem } from "@/lib/content/problems";
import { LiveContent } from "./live-content";

/**
 * For a route whose content file is not among the valid ones: in `npm run dev`, the file's
 * problems when it was skipped for them (e.g. pages/faq.mdx with a broken date); otherwise the
 * 404 page.
 */
export function MissingContent({ collection, slug }: { collection: Collection; slug: string }) {
  const problems = brokenEntryProblems(collection, slug);
  if (!problems) notFound();
  return <ContentProblems problems={problems} />;
}

/**
 * `npm run dev` only: what a page shows instead of a content file with mistakes, in the site's
 * error style and in the words of `npm run content:check` (no stack trace). The page comes back
 * by itself once the file is saved without them.
 */
export function ContentProblems({ problems }: { problems: ContentProblem[] }) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-14 sm:px-6">
      <h1 className="text-3xl font-bold text-brand-900">This page has content mistakes</h1>
      <p className="mt-4 text-lg">
        Fix the {problems.length === 1 ? "problem" : `${problems.length} problems`} below and save the file; this page
        then reloads by itself. Other pages are not affected.
      </p>
      <pre className="mt-8 overflow-x-auto rounded-lg bg-sand-100 p-4 text-sm whitespace-pre-wrap">
        {problems.map(formatProblem).join("\n\n")}
      </pre>
      <LiveContent notFound />
    </div>
  );
}
