import type { TocEntry } from "@/lib/content/mdx-plugins";

export function TableOfContents({ entries, label = "On this page" }: { entries: TocEntry[]; label?: string }) {
  if (entries.length < 2) return null;
  return (
    <nav aria-labelledby="toc-heading" className="rounded-xl border border-sand-200 bg-sand-50 px-5 py-4">
      <h2 id="toc-heading" className="text-base font-bold text-brand-900">
        {label}
      </h2>
      <ol className="mt-2 space-y-1 text-base">
        {entries.map((entry) => (
          <li key={entry.id} className={entry.depth === 3 ? "pl-4" : "font-medium"}>
            <a
              className="inline-flex min-h-6 items-center text-brand-800 underline-offset-2 hover:underline"
              href={`#${entry.id}`}
            >
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
