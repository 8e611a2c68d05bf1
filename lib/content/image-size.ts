/**
 * Reads the pixel size of the image formats staff may use (JPEG, PNG, WebP, GIF, SVG) from the
 * file's header, so every image is rendered with width and height and the page does not jump
 * while it loads. Returns undefined for anything it cannot read.
 */
export interface ImageSize {
  width: number;
  height: number;
}

export const supportedImageExtensions = [".jpg", ".jpeg", ".png", ".webp", ".gif", ".svg"] as const;

export function readImageSize(data: Buffer): ImageSize | undefined {
  if (data.length < 12) return undefined;
  if (data.readUInt32BE(0) === 0x89504e47) return png(data);
  if (data[0] === 0xff && data[1] === 0xd8) return jpeg(data);
  if (data.toString("ascii", 0, 4) === "RIFF" && data.toString("ascii", 8, 12) === "WEBP") return webp(data);
  if (data.toString("ascii", 0, 4) === "GIF8") return valid(data.readUInt16LE(6), data.readUInt16LE(8));
  const head = data.toString("utf8", 0, Math.min(data.length, 4096));
  if (/<svg[\s>]/i.test(head)) return svg(head);
  return undefined;
}

function valid(width: number, height: number): ImageSize | undefined {
  return Number.isFinite(width) && Number.isFinite(height) && width > 0 && height > 0
    ? { width: Math.round(width), height: Math.round(height) }
    : undefined;
}

function png(data: Buffer): ImageSize | undefined {
  if (data.length < 24 || data.toString("ascii", 12, 16) !== "IHDR") return undefined;
  return valid(data.readUInt32BE(16), data.readUInt32BE(20));
}

function webp(data: Buffer): ImageSize | undefined {
  if (data.length < 30) return undefined;
  const chunk = data.toString("ascii", 12, 16);
  if (chunk === "VP8X") return valid(1 + data.readUIntLE(24, 3), 1 + data.readUIntLE(27, 3));
  if (chunk === "VP8 ") return valid(data.readUInt16LE(26) & 0x3fff, data.readUInt16LE(28) & 0x3fff);
  if (chunk === "VP8L") {
    const bits = data.readUInt32LE(21);
    return valid(1 + (bits & 0x3fff), 1 + ((bits >> 14) & 0x3fff));
  }
  return undefined;
}

/** Start-of-frame markers carry the size; all other segments are skipped by their length. */
const startOfFrame = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function jpeg(data: Buffer): ImageSize | undefined {
  let offset = 2;
  let rotated = false;
  while (offset + 9 < data.length) {
    if (data[offset] !== 0xff) return undefined;
    const marker = data[offset + 1]!;
    if (marker === 0xff) {
      offset += 1; // padding
      continue;
    }
    const length = data.readUInt16BE(offset + 2);
    if (marker === 0xe1) rotated = exifRotates(data.subarray(offset + 4, offset + 2 + length)) || rotated;
    if (startOfFrame.has(marker)) {
      const height = data.readUInt16BE(offset + 5);
      const width = data.readUInt16BE(offset + 7);
      // Browsers and the image optimizer apply the camera's orientation: report the shown size.
      return rotated ? valid(height, width) : valid(width, height);
    }
    offset += 2 + length;
  }
  return undefined;
}

/** True when the EXIF orientation (tag 0x0112) is 5–8, i.e. the picture is turned by 90°. */
function exifRotates(segment: Buffer): boolean {
  if (segment.length < 14 || segment.toString("ascii", 0, 6) !== "Exif\0\0") return false;
  const tiff = segment.subarray(6);
  const little = tiff.toString("ascii", 0, 2) === "II";
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return false;
  const entries = u16(ifd);
  for (let index = 0; index < entries; index++) {
    const entry = ifd + 2 + index * 12;
    if (entry + 10 > tiff.length) return false;
    if (u16(entry) === 0x0112) return u16(entry + 8) >= 5 && u16(entry + 8) <= 8;
  }
  return false;
}

function svg(head: string): ImageSize | undefined {
  const tag = /<svg\b[^>]*>/i.exec(head)?.[0] ?? "";
  const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, "i").exec(tag)?.[1];
  const pixels = (value: string | undefined) => (value && /^\s*[\d.]+\s*(px)?\s*$/.test(value) ? parseFloat(value) : NaN);
  const fromAttributes = valid(pixels(attribute("width")), pixels(attribute("height")));
  if (fromAttributes) return fromAttributes;
  const box = attribute("viewBox")?.trim().split(/[\s,]+/).map(Number);
  return box && box.length === 4 ? valid(box[2]!, box[3]!) : undefined;
}
