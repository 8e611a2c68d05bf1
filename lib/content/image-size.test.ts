import { describe, expect, it } from "vitest";
import { imageBytes } from "@/tests/support/images";
import { readImageSize } from "./image-size";

describe("readImageSize", () => {
  it.each([
    ["PNG", imageBytes.png(1200, 800)],
    ["GIF", imageBytes.gif(1200, 800)],
    ["JPEG", imageBytes.jpeg(1200, 800)],
    ["WebP (extended)", imageBytes.webpExtended(1200, 800)],
    ["WebP (lossy)", imageBytes.webpLossy(1200, 800)],
    ["WebP (lossless)", imageBytes.webpLossless(1200, 800)],
  ])("reads the size of a %s file", (_format, data) => {
    expect(readImageSize(data)).toEqual({ width: 1200, height: 800 });
  });

  it("reports the size a phone photo is shown at when its EXIF says it is turned", () => {
    expect(readImageSize(imageBytes.jpeg(4032, 3024, 6))).toEqual({ width: 3024, height: 4032 });
    expect(readImageSize(imageBytes.jpeg(4032, 3024, 1))).toEqual({ width: 4032, height: 3024 });
  });

  it("reads an SVG's width and height, or else its viewBox", () => {
    const svg = (attributes: string) => Buffer.from(`<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" ${attributes}></svg>`);
    expect(readImageSize(svg('width="640" height="360px"'))).toEqual({ width: 640, height: 360 });
    expect(readImageSize(svg('width="100%" viewBox="0 0 320 180"'))).toEqual({ width: 320, height: 180 });
    expect(readImageSize(svg(""))).toBeUndefined();
  });

  it("returns undefined for anything else", () => {
    expect(readImageSize(Buffer.from("This is not an image at all."))).toBeUndefined();
    expect(readImageSize(Buffer.alloc(4))).toBeUndefined();
  });
});
