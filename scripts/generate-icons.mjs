// Regenerates the raster icons from app/icon.svg's design: app/favicon.ico, app/apple-icon.png
// and the manifest's PNGs in public/icons/. Run after changing the logo: `node scripts/generate-icons.mjs`.
// Uses sharp, which Next installs for image optimisation; nothing is fetched.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

const root = path.resolve(import.meta.dirname, "..");
const brand = "#1f5a54";
const mark = `<path d="M9 19c3-7 11-7 14 0M11 13c2.5-3 7.5-3 10 0" fill="none" stroke="#fff" stroke-width="2.2" stroke-linecap="round"/>`;
// Full-bleed square (iOS rounds the corners itself; maskable icons need the safe zone filled).
const square = (scale) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${brand}"/>` +
  `<g transform="translate(16 16) scale(${scale}) translate(-16 -16)">${mark}</g></svg>`;
const round = await readFile(path.join(root, "app/icon.svg"));

const png = (svg, size) =>
  sharp(Buffer.from(svg), { density: 72 * (size / 32) * 2 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();

/** An .ico holding PNG images (supported by every browser since IE Vista era). */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, index) => {
    const at = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt8(0, at + 2);
    header.writeUInt8(0, at + 3);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(data.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.data)]);
}

await mkdir(path.join(root, "public/icons"), { recursive: true });
const favicon = await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(round, size) })));
await writeFile(path.join(root, "app/favicon.ico"), ico(favicon));
await writeFile(path.join(root, "app/apple-icon.png"), await png(square(1.1), 180));
await writeFile(path.join(root, "public/icons/icon-192.png"), await png(round, 192));
await writeFile(path.join(root, "public/icons/icon-512.png"), await png(round, 512));
await writeFile(path.join(root, "public/icons/icon-maskable-512.png"), await png(square(0.9), 512));
console.log("Icons written: app/favicon.ico, app/apple-icon.png, public/icons/*.png");
