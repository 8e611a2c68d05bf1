import { renderOgImage } from "@/components/seo/og-image";
import { getClinic } from "@/lib/content/clinic";
import { ogImageSize } from "@/lib/seo/metadata";

export const alt = getClinic().name;
export const size = ogImageSize;
export const contentType = "image/png";

export default async function SiteImage() {
  const clinic = getClinic();
  return renderOgImage({
    kicker: clinic.name,
    title: "Ketamine therapy in Sacramento, with care at every step",
    footer: `Mental-health care in ${clinic.address.city}, ${clinic.address.region}`,
  });
}
