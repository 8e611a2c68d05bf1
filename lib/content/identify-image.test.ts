import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { imageBytes } from "@/tests/support/images";
import { identifyImage } from "./identify-image";

/** A real file as an image editor writes it (sharp is the encoder Next's image optimizer uses). */
function encoded(format: "jpeg" | "png" | "webp" | "avif" | "gif" | "tiff", width = 1200, height = 800, options = {}) {
  return sharp({ create: { width, height, channels: 3, background: "#7a9e9f" } })
    .toFormat(format, options)
    .toBuffer();
}

describe("identifyImage", () => {
  it.each([
    ["JPEG", "jpeg", () => encoded("jpeg")],
    ["progressive JPEG", "jpeg", () => encoded("jpeg", 1200, 800, { progressive: true })],
    ["PNG", "png", () => encoded("png")],
    ["WebP", "webp", () => encoded("webp")],
    ["lossless WebP", "webp", () => encoded("webp", 1200, 800, { lossless: true })],
    ["AVIF", "avif", () => encoded("avif")],
    ["GIF", "gif", () => encoded("gif")],
  ] as const)("reads the format and size of a real %s file", async (_name, format, file) => {
    expect(identifyImage(await file())).toEqual({ format, width: 1200, height: 800 });
  });

  it.each([
    ["PNG", "png", imageBytes.png(1200, 800)],
    ["GIF", "gif", imageBytes.gif(1200, 800)],
    ["JPEG", "jpeg", imageBytes.jpeg(1200, 800)],
    ["WebP (extended)", "webp", imageBytes.webpExtended(1200, 800)],
    ["WebP (lossy)", "webp", imageBytes.webpLossy(1200, 800)],
    ["WebP (lossless)", "webp", imageBytes.webpLossless(1200, 800)],
  ] as const)("reads the header alone of a %s file", (_name, format, data) => {
    expect(identifyImage(data)).toEqual({ format, width: 1200, height: 800 });
  });

  it("reports the size a phone photo is shown at when its EXIF says it is turned", async () => {
    const photo = (orientation: number) =>
      sharp({ create: { width: 800, height: 600, channels: 3, background: "#7a9e9f" } })
        .withMetadata({ orientation })
        .jpeg()
        .toBuffer();
    expect(identifyImage(await photo(6))).toEqual({ format: "jpeg", width: 600, height: 800 });
    expect(identifyImage(await photo(8))).toEqual({ format: "jpeg", width: 600, height: 800 });
    expect(identifyImage(await photo(3))).toEqual({ format: "jpeg", width: 800, height: 600 });
    expect(identifyImage(imageBytes.jpeg(4032, 3024, 6))).toEqual({ format: "jpeg", width: 3024, height: 4032 });
    expect(identifyImage(imageBytes.jpeg(4032, 3024, 1))).toEqual({ format: "jpeg", width: 4032, height: 3024 });
  });

  it("reads an SVG's width and height, or else its viewBox", () => {
    const svg = (attributes: string) =>
      Buffer.from(`<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" ${attributes}></svg>`);
    expect(identifyImage(svg('width="640" height="360px"'))).toEqual({ format: "svg", width: 640, height: 360 });
    expect(identifyImage(svg('width="100%" viewBox="0 0 320 180"'))).toEqual({ format: "svg", width: 320, height: 180 });
    expect(identifyImage(svg(""))).toBeUndefined();
  });

  it("returns undefined for formats browsers do not show, damaged files and anything else", async () => {
    expect(identifyImage(await encoded("tiff"))).toBeUndefined();
    expect(identifyImage(Buffer.from("BM not a bitmap"))).toBeUndefined();
    expect(identifyImage(imageBytes.png(0, 0))).toBeUndefined();
    expect(identifyImage((await encoded("jpeg")).subarray(0, 40))).toBeUndefined();
    expect(identifyImage(Buffer.from("This is not an image at all."))).toBeUndefined();
    expect(identifyImage(Buffer.alloc(4))).toBeUndefined();
    expect(identifyImage(new Uint8Array())).toBeUndefined();
  });
});
