import type { Metadata } from "next";
import { SearchPage } from "@/components/search/search-page";
import { t } from "@/lib/i18n/messages";
import { searchPaths } from "@/lib/i18n/paths";
import { pageMetadata } from "@/lib/seo/metadata";

// La búsqueda vacía, prerenderizada; con ?q= responde la ruta de búsqueda rellenando esta página.
export const metadata: Metadata = {
  ...pageMetadata({
    title: t("es").search.title,
    description: t("es").search.description,
    path: searchPaths.es,
    locale: "es",
  }),
  robots: { index: false },
  referrer: "no-referrer",
};

export default function Buscar() {
  return <SearchPage locale="es" />;
}
