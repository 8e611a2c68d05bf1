import localFont from "next/font/local";

// Inter, self-hosted from the @fontsource-variable package: no request ever leaves the site.
// Only the Latin subset of the variable weight axis is shipped (one ~48 kB woff2, preloaded).
export const sans = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-sans",
  display: "swap",
  weight: "100 900",
  preload: true,
});
