import Link from "next/link";
import { LiveContent } from "@/components/dev/live-content";
import { PageHeader } from "@/components/layout/page-header";

export default function NotFound() {
  return (
    <>
      <PageHeader title="Page not found" lead="We could not find the page you were looking for. It may have moved." />
      <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
        <ul className="list-disc space-y-2 pl-6">
          <li>
            <Link className="font-semibold text-brand-800 underline" href="/">
              Go to the home page
            </Link>
          </li>
          <li>
            <Link className="font-semibold text-brand-800 underline" href="/articles">
              Browse our articles
            </Link>
          </li>
          <li>
            <Link className="font-semibold text-brand-800 underline" href="/consultation">
              Request a consultation
            </Link>
          </li>
        </ul>
      </div>
      <LiveContent notFound />
    </>
  );
}
