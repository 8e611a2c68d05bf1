import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { imageBytes } from "@/tests/support/images";
import { checkImageUpload, maxUploadBytes } from "./image-upload";

/** A real file as an image editor writes it. */
function encoded(format: Format, width = 1600, height = 1067): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: "#7a9e9f" } })
    .toFormat(format)
    .toBuffer();
}

const formats = ["jpeg", "png", "webp", "avif", "gif", "tiff"] as const;
type Format = (typeof formats)[number];
let files: Record<Format, Buffer>;
beforeAll(async () => {
  files = Object.fromEntries(await Promise.all(formats.map(async (format) => [format, await encoded(format)])));
});

describe("checkImageUpload", () => {
  it.each([
    ["calm-room.jpg", "jpeg"],
    ["calm-room.jpeg", "jpeg"],
    ["team-rivera-2026.png", "png"],
    ["waiting-room.webp", "webp"],
    ["waiting-room.avif", "avif"],
  ] as const)("accepts %s, a %s picture, with its size", (name, type) => {
    expect(checkImageUpload(name, files[type])).toEqual({ ok: true, width: 1600, height: 1067, type });
  });

  it("reports the size a phone photo is shown at", () => {
    expect(checkImageUpload("portrait.jpg", imageBytes.jpeg(4032, 3024, 6))).toEqual({
      ok: true,
      width: 3024,
      height: 4032,
      type: "jpeg",
    });
  });

  it("decides the format by the bytes: the name must agree with them", () => {
    expect(checkImageUpload("calm-room.jpg", files.png)).toEqual({
      ok: false,
      problem: 'The file is a PNG picture, but its name ends in ".jpg". Rename it to "calm-room.png".',
    });
    expect(checkImageUpload("calm-room.png", files.webp)).toMatchObject({ ok: false, problem: expect.stringContaining('"calm-room.webp"') });
  });

  it("refuses formats the site does not take, saying what the file is and what to do", async () => {
    const refusal = (name: string, data: Uint8Array) => {
      const result = checkImageUpload(name, data);
      return result.ok ? "accepted" : result.problem;
    };
    const advice = "Save or export it as JPEG (.jpg), PNG, WebP or AVIF, then upload it again.";
    expect(refusal("logo.gif", files.gif)).toBe(`This is a GIF, which cannot be uploaded here. ${advice}`);
    expect(refusal("logo.svg", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"></svg>'))).toBe(
      `This is an SVG drawing, which cannot be uploaded here. ${advice}`,
    );
    expect(refusal("scan.tiff", files.tiff)).toBe(`This picture is in a format websites cannot show (TIFF). ${advice}`);
    expect(refusal("img-2041.heic", await heic())).toBe(
      `This is an iPhone photo in HEIC format, which most browsers cannot show. ${advice}`,
    );
    const unreadable = `This file is not a picture the site can read: it may be damaged, or another kind of file (such as a PDF or a Word document). ${advice}`;
    expect(refusal("flyer.jpg", Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj"))).toBe(unreadable);
    expect(refusal("calm-room.jpg", files.jpeg.subarray(0, 40))).toBe(unreadable);
    expect(refusal("calm-room.jpg", new Uint8Array())).toBe("The file is empty. Choose the picture again.");
  });

  it("allows at most 5 MB", () => {
    const heavy = (size: number) => Buffer.concat([files.jpeg, Buffer.alloc(size - files.jpeg.length)]);
    expect(checkImageUpload("calm-room.jpg", heavy(maxUploadBytes))).toMatchObject({ ok: true });
    expect(checkImageUpload("calm-room.jpg", heavy(maxUploadBytes + 1))).toMatchObject({ ok: false });
    expect(checkImageUpload("calm-room.jpg", heavy(7.5 * 1024 * 1024))).toEqual({
      ok: false,
      problem:
        "The picture is too heavy: 7.5 MB, and the most the site accepts is 5 MB. Export it again about 1600 pixels wide (plenty for any screen), as JPEG or WebP.",
    });
  });

  it("allows at most 6000 × 6000 pixels", async () => {
    expect(checkImageUpload("wide.png", await encoded("png", 6000, 10))).toMatchObject({ ok: true, width: 6000 });
    expect(checkImageUpload("tall.png", await encoded("png", 10, 6000))).toMatchObject({ ok: true, height: 6000 });
    expect(checkImageUpload("wide.png", await encoded("png", 6001, 10))).toEqual({
      ok: false,
      problem:
        "The picture is too large: 6001 × 10 pixels, and the most the site accepts is 6000 × 6000. Resize it to about 1600 pixels wide; the site makes smaller copies for phones itself.",
    });
    expect(checkImageUpload("tall.png", imageBytes.png(10, 6001))).toMatchObject({ ok: false });
  });

  it.each([
    ["Calm Room.JPG", "calm-room.jpg"],
    ["IMG_2041 (1).jpg", "img-2041-1.jpg"],
    ["salón-de-espera.jpg", "salon-de-espera.jpg"],
    ["calm--room.jpg", "calm-room.jpg"],
    ["-calm-room.jpg", "calm-room.jpg"],
    ["calm.room.jpg", "calm-room.jpg"],
    ["calm-room", "calm-room.jpg"],
    ["images/calm-room.jpg", "images-calm-room.jpg"],
    ["???.jpg", "picture.jpg"],
  ])("refuses the file name %s and suggests %s", (name, suggestion) => {
    expect(checkImageUpload(name, files.jpeg)).toEqual({
      ok: false,
      problem: `The file name "${name}" cannot be used: it becomes part of the web address, so use only lowercase letters, digits and dashes between words, then the ending (such as .jpg). Rename it, for example to "${suggestion}".`,
    });
  });
});

/** An iPhone photo's header: the HEIF container AVIF also uses, with the brand "heic". */
async function heic(): Promise<Uint8Array> {
  const avif = await encoded("avif", 64, 64);
  avif.write("heic", avif.indexOf("avif", 0, "ascii"), "ascii");
  return avif;
}
