import { imageSize } from "image-size";

/** The formats browsers show, as the `image-size` library names them. */
const webFormats = { jpg: "jpeg", png: "png", webp: "webp", avif: "avif", gif: "gif", svg: "svg" } as const;

export type WebImageFormat = (typeof webFormats)[keyof typeof webFormats];

export interface ImageSize {
  width: number;
  height: number;
}

export interface IdentifiedImage extends ImageSize {
  /** What the bytes are, whatever the file's name says. */
  format: WebImageFormat;
}

/**
 * What a file's bytes are and the size the picture is shown at, read from its header by the
 * `image-size` library. Undefined for anything that is not a readable web image (other formats,
 * damaged files, an SVG without a size), so callers can tell staff to export the file again.
 * Takes a Uint8Array (a Buffer is one), and runs in the browser as well as on the server.
 */
export function identifyImage(bytes: Uint8Array): IdentifiedImage | undefined {
  let found: ReturnType<typeof imageSize>;
  try {
    found = imageSize(bytes);
  } catch {
    return undefined; // unknown format, or a header the library cannot make sense of
  }
  const type = found.type as keyof typeof webFormats | undefined;
  const format = type !== undefined && Object.hasOwn(webFormats, type) ? webFormats[type] : undefined;
  const { width, height } = found;
  if (!format || !(Number.isFinite(width) && Number.isFinite(height) && width > 0 && height > 0)) return undefined;
  // EXIF orientations 5 to 8 turn a photo by 90°; browsers and the image optimizer apply them.
  const turned = found.orientation !== undefined && found.orientation >= 5 && found.orientation <= 8;
  const size = { width: Math.round(width), height: Math.round(height) };
  return turned ? { format, width: size.height, height: size.width } : { format, ...size };
}
