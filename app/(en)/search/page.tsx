import type { Metadata } from "next";
import { SearchPage } from "@/components/search/search-page";
import { t } from "@/lib/i18n/messages";
import { searchPaths } from "@/lib/i18n/paths";
import { pageMetadata } from "@/lib/seo/metadata";

// The empty search, prerendered; with ?q= the search route answers (next.config.mjs) by filling in this page.
export const metadata: Metadata = {
  ...pageMetadata({ title: t("en").search.title, description: t("en").search.description, path: searchPaths.en }),
  robots: { index: false },
  referrer: "no-referrer",
};

export default function Search() {
  return <SearchPage locale="en" />;
}
