import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * The font drawn into generated Open Graph images. Satori (behind ImageResponse) reads TTF/OTF/WOFF,
 * not the WOFF2 the site itself uses, so we take the TTF that Next ships with its image library
 * (Geist Regular, SIL Open Font License). Read from disk at build time: images are prerendered,
 * nothing is fetched from the network.
 */
export const ogFontFile = path.join(process.cwd(), "node_modules/next/dist/compiled/@vercel/og/Geist-Regular.ttf");

let font: Promise<Buffer> | undefined;

export function loadOgFont(): Promise<Buffer> {
  font ??= readFile(ogFontFile).catch((error: unknown) => {
    font = undefined;
    throw new Error(`The Open Graph image font is missing (${ogFontFile}); was next upgraded?`, { cause: error });
  });
  return font;
}
