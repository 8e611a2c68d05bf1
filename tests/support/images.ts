/**
 * Test fixtures: the first bytes of real image files of each format, enough to carry the size,
 * so tests can put "images" in a temporary public/images/ folder.
 */
export const imageBytes = {
  png(width: number, height: number): Buffer {
    const data = Buffer.alloc(33);
    data.writeUInt32BE(0x89504e47, 0);
    data.writeUInt32BE(0x0d0a1a0a, 4);
    data.writeUInt32BE(13, 8);
    data.write("IHDR", 12, "ascii");
    data.writeUInt32BE(width, 16);
    data.writeUInt32BE(height, 20);
    return data;
  },
  gif(width: number, height: number): Buffer {
    const data = Buffer.alloc(13);
    data.write("GIF89a", 0, "ascii");
    data.writeUInt16LE(width, 6);
    data.writeUInt16LE(height, 8);
    return data;
  },
  /**
   * A baseline JPEG as cameras and editors write it: SOI, an APP0 (JFIF) segment or, with an
   * orientation, an APP1 (EXIF) one, a quantization table (DQT), then the frame (SOF0).
   */
  jpeg(width: number, height: number, orientation?: number): Buffer {
    const parts = [Buffer.from([0xff, 0xd8])];
    if (!orientation) {
      parts.push(Buffer.from([0xff, 0xe0, 0, 16, ...Buffer.from("JFIF\0", "ascii"), 1, 1, 0, 0, 1, 0, 1, 0, 0]));
    } else {
      const tiff = Buffer.alloc(8 + 2 + 12 + 4);
      tiff.write("MM", 0, "ascii");
      tiff.writeUInt16BE(42, 2);
      tiff.writeUInt32BE(8, 4);
      tiff.writeUInt16BE(1, 8); // one IFD entry
      tiff.writeUInt16BE(0x0112, 10); // Orientation
      tiff.writeUInt16BE(3, 12); // SHORT
      tiff.writeUInt32BE(1, 14);
      tiff.writeUInt16BE(orientation, 18);
      const payload = Buffer.concat([Buffer.from("Exif\0\0", "ascii"), tiff]);
      const header = Buffer.from([0xff, 0xe1, 0, 0]);
      header.writeUInt16BE(payload.length + 2, 2);
      parts.push(header, payload);
    }
    parts.push(Buffer.from([0xff, 0xdb, 0, 67, 0, ...Array<number>(64).fill(1)]));
    const frame = Buffer.from([0xff, 0xc0, 0, 17, 8, 0, 0, 0, 0, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0, 0]);
    frame.writeUInt16BE(height, 5);
    frame.writeUInt16BE(width, 7);
    parts.push(frame, Buffer.from([0xff, 0xd9]));
    return Buffer.concat(parts);
  },
  webpExtended(width: number, height: number): Buffer {
    const data = Buffer.alloc(30);
    data.write("RIFF", 0, "ascii");
    data.writeUInt32LE(22, 4);
    data.write("WEBPVP8X", 8, "ascii");
    data.writeUIntLE(width - 1, 24, 3);
    data.writeUIntLE(height - 1, 27, 3);
    return data;
  },
  webpLossy(width: number, height: number): Buffer {
    const data = Buffer.alloc(30);
    data.write("RIFF", 0, "ascii");
    data.write("WEBPVP8 ", 8, "ascii");
    data.set([0x9d, 0x01, 0x2a], 23);
    data.writeUInt16LE(width, 26);
    data.writeUInt16LE(height, 28);
    return data;
  },
  webpLossless(width: number, height: number): Buffer {
    const data = Buffer.alloc(30);
    data.write("RIFF", 0, "ascii");
    data.write("WEBPVP8L", 8, "ascii");
    data[20] = 0x2f;
    data.writeUInt32LE(((height - 1) << 14) | (width - 1), 21);
    return data;
  },
};
