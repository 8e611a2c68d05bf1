import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { identifyImage, type ImageSize, type WebImageFormat } from "./identify-image";
import { publicDir as defaultPublicDir } from "./paths";

/** Images live in public/images/ and are referenced by their web path, e.g. /images/calm-room.jpg. */
export const imagePathPattern = /^\/images\/[\w./-]+$/;

/** What content may use: these file names, with bytes in one of these formats (not necessarily the one named). */
const contentImageExtensions = [".jpg", ".jpeg", ".png", ".webp", ".gif", ".svg"];
const contentImageFormats: readonly WebImageFormat[] = ["jpeg", "png", "webp", "gif", "svg"];

export type ImageLookup =
  | { status: "ok"; size: ImageSize }
  | { status: "not-under-images" | "missing" | "unsupported" | "unreadable" };

/** Finds an image referenced by web path and reads its size; says why when it cannot. */
export function lookUpImage(src: string, publicDir: string = defaultPublicDir): ImageLookup {
  if (!imagePathPattern.test(src) || src.split("/").includes("..")) return { status: "not-under-images" };
  const file = path.join(publicDir, src);
  if (!existsSync(file) || !statSync(file).isFile()) return { status: "missing" };
  const extension = path.extname(file).toLowerCase();
  if (!contentImageExtensions.includes(extension)) return { status: "unsupported" };
  const image = identifyImage(readFileSync(file));
  return image && contentImageFormats.includes(image.format)
    ? { status: "ok", size: { width: image.width, height: image.height } }
    : { status: "unreadable" };
}

/** Size of an image that content:check has already validated (undefined if it has gone since). */
export function imageSize(src: string, publicDir: string = defaultPublicDir): ImageSize | undefined {
  const found = lookUpImage(src, publicDir);
  return found.status === "ok" ? found.size : undefined;
}

const formats = "JPEG (.jpg), PNG, WebP, GIF or SVG";

/** What is wrong with an image reference and how to fix it, in words for staff. */
export function describeImageProblem(
  src: string,
  status: Exclude<ImageLookup["status"], "ok">,
): { message: string; fix: string } {
  switch (status) {
    case "not-under-images":
      return {
        message: `The image "${src}" is not a file in public/images/. Images from other websites are not allowed (they would tell another company who reads our pages).`,
        fix: 'Save the image in public/images/ and write its path starting with /images/, e.g. "/images/calm-room.jpg".',
      };
    case "missing":
      return {
        message: `The image ${src} does not exist: there is no file public${src}.`,
        fix: "Copy the image file into public/images/ or correct the path (it is case-sensitive).",
      };
    case "unsupported":
      return {
        message: `The image ${src} is not in a format the site can show.`,
        fix: `Save it as ${formats}.`,
      };
    case "unreadable":
      return {
        message: `The size of the image ${src} could not be read; the file may be damaged or not really an image.`,
        fix: `Export it again as ${formats} and replace the file.`,
      };
  }
}
