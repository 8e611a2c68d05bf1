import type { Metadata } from "next";
import { LiveContent } from "@/components/dev/live-content";
import { NotFoundBody } from "@/components/i18n/not-found-body";

// Its own <title> (the layout's template adds the clinic's name), not the home page's; never indexed.
export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default function NotFound() {
  return (
    <>
      <NotFoundBody locale="en" />
      <LiveContent notFound />
    </>
  );
}
