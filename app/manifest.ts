import type { MetadataRoute } from "next";
import { getClinic } from "@/lib/content/clinic";

export default function manifest(): MetadataRoute.Manifest {
  const clinic = getClinic();
  return {
    name: clinic.name,
    short_name: clinic.shortName,
    description: clinic.description,
    lang: "en-US",
    start_url: "/",
    scope: "/",
    display: "browser",
    background_color: "#ffffff",
    theme_color: "#1f5a54",
    icons: [
      { src: "/icon.svg", type: "image/svg+xml", sizes: "any" },
      { src: "/icons/icon-192.png", type: "image/png", sizes: "192x192" },
      { src: "/icons/icon-512.png", type: "image/png", sizes: "512x512" },
      {
        src: "/icons/icon-maskable-512.png",
        type: "image/png",
        sizes: "512x512",
        purpose: "maskable",
      },
    ],
  };
}
