import { imageSize } from "image-size";
import { identifyImage, type WebImageFormat } from "./identify-image";

/**
 * Whether a picture staff upload (in the studio) may go into public/images/: a photo format
 * browsers show (decided by the bytes, and the name must agree), not too heavy or too large,
 * and a file name that works as a web address. Problems are written for clinic staff.
 */

export type UploadFormat = Extract<WebImageFormat, "jpeg" | "png" | "webp" | "avif">;

export type ImageUploadCheck =
  | { ok: true; width: number; height: number; type: UploadFormat }
  | { ok: false; problem: string };

/** The extensions a file of each format may have; the first is the one to suggest. */
export const uploadFormats: Record<UploadFormat, { label: string; extensions: readonly string[] }> = {
  jpeg: { label: "JPEG", extensions: ["jpg", "jpeg"] },
  png: { label: "PNG", extensions: ["png"] },
  webp: { label: "WebP", extensions: ["webp"] },
  avif: { label: "AVIF", extensions: ["avif"] },
};

export const maxUploadBytes = 5 * 1024 * 1024;
/** Pixels, each way: plenty for any screen (the site makes the smaller copies itself). */
export const maxUploadSide = 6000;

/** Lowercase letters and digits in words joined by single dashes, then one extension. */
const fileNamePattern = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+$/;

const acceptedFormats = "JPEG (.jpg), PNG, WebP or AVIF";

export function checkImageUpload(fileName: string, bytes: Uint8Array): ImageUploadCheck {
  const problem = (text: string): ImageUploadCheck => ({ ok: false, problem: text });
  if (bytes.length === 0) return problem("The file is empty. Choose the picture again.");
  if (bytes.length > maxUploadBytes) {
    return problem(
      `The picture is too heavy: ${megabytes(bytes.length)} MB, and the most the site accepts is ${megabytes(maxUploadBytes)} MB. Export it again about 1600 pixels wide (plenty for any screen), as JPEG or WebP.`,
    );
  }

  const image = identifyImage(bytes);
  const format = image && image.format in uploadFormats ? (image.format as UploadFormat) : undefined;
  if (!image || !format) {
    return problem(`${whatItIs(bytes, image?.format)} Save or export it as ${acceptedFormats}, then upload it again.`);
  }
  if (image.width > maxUploadSide || image.height > maxUploadSide) {
    return problem(
      `The picture is too large: ${image.width} × ${image.height} pixels, and the most the site accepts is ${maxUploadSide} × ${maxUploadSide}. Resize it to about 1600 pixels wide; the site makes smaller copies for phones itself.`,
    );
  }

  const { label, extensions } = uploadFormats[format];
  const suggestion = `${suggestedBaseName(fileName)}.${extensions[0]}`;
  if (!fileNamePattern.test(fileName)) {
    return problem(
      `The file name "${fileName}" cannot be used: it becomes part of the web address, so use only lowercase letters, digits and dashes between words, then the ending (such as .${extensions[0]}). Rename it, for example to "${suggestion}".`,
    );
  }
  const extension = fileName.slice(fileName.lastIndexOf(".") + 1);
  if (!extensions.includes(extension)) {
    return problem(`The file is a ${label} picture, but its name ends in ".${extension}". Rename it to "${suggestion}".`);
  }
  return { ok: true, width: image.width, height: image.height, type: format };
}

/** What the `image-size` library calls HEIF files (iPhone photos): their brand. */
const heifBrands = new Set(["heic", "heix", "hevc", "hevx", "heif", "mif1", "msf1"]);
/** Formats uploads accept, as the library names them: if one could not be read, the file is damaged. */
const damagedIfUnread = new Set(["jpg", "png", "webp", "avif"]);

/** One sentence saying what the bytes are, when they are not a picture uploads accept. */
function whatItIs(bytes: Uint8Array, webFormat: WebImageFormat | undefined): string {
  if (webFormat === "gif") return "This is a GIF, which cannot be uploaded here.";
  if (webFormat === "svg") return "This is an SVG drawing, which cannot be uploaded here.";
  let type: string | undefined;
  try {
    type = imageSize(bytes).type;
  } catch {
    type = undefined;
  }
  if (type && heifBrands.has(type)) return "This is an iPhone photo in HEIC format, which most browsers cannot show.";
  if (type && !damagedIfUnread.has(type)) return `This picture is in a format websites cannot show (${type.toUpperCase()}).`;
  return "This file is not a picture the site can read: it may be damaged, or another kind of file (such as a PDF or a Word document).";
}

/** The file name in the allowed form: "IMG 2041 (1).JPG" → "img-2041-1". */
function suggestedBaseName(fileName: string): string {
  const base = fileName.includes(".") ? fileName.slice(0, fileName.lastIndexOf(".")) : fileName;
  const words = base
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.length > 0 ? words.join("-") : "picture";
}

/** "7.2", or "5" for a whole number. */
function megabytes(count: number): string {
  return String(Math.round((count / (1024 * 1024)) * 10) / 10);
}
