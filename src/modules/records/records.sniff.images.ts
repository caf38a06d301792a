// Image headers read without decoding a pixel: width, height and (TIFF) pages. A small file can
// declare a huge image (a decompression bomb for OCR); those are refused here, before anything decodes.
import type { FileHandle } from 'node:fs/promises';
import { ingestErrors } from './records.ingest.errors.ts';
import type { SniffLimits } from './records.sniff.types.ts';

interface Dimensions {
  width: number;
  height: number;
}

async function readAt(file: FileHandle, position: number, length: number, size: number): Promise<Buffer> {
  if (position < 0 || position + length > size) throw ingestErrors.image_corrupt();
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  if (bytesRead !== length) throw ingestErrors.image_corrupt();
  return buffer;
}

export async function inspectImage(
  file: FileHandle,
  size: number,
  kind: 'png' | 'jpeg' | 'tiff',
  limits: SniffLimits,
): Promise<{ pages: number }> {
  const frames =
    kind === 'png'
      ? [await pngDimensions(file, size)]
      : kind === 'jpeg'
        ? [await jpegDimensions(file, size)]
        : await tiffDimensions(file, size, limits.maxImagePages);
  for (const { width, height } of frames) {
    if (width === 0 || height === 0) throw ingestErrors.image_corrupt();
    if (width * height > limits.maxImagePixels || width > 65_000 || height > 65_000)
      throw ingestErrors.image_too_large();
  }
  return { pages: frames.length };
}

async function pngDimensions(file: FileHandle, size: number): Promise<Dimensions> {
  const header = await readAt(file, 8, 16, size);
  if (header.toString('latin1', 4, 8) !== 'IHDR') throw ingestErrors.image_corrupt();
  return { width: header.readUInt32BE(8), height: header.readUInt32BE(12) };
}

// Start-of-frame markers carry the dimensions; C4 (DHT), C8 (JPG) and CC (DAC) share the range but are not frames.
const startOfFrame = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

async function jpegDimensions(file: FileHandle, size: number): Promise<Dimensions> {
  let position = 2;
  // Segments are length-prefixed, so we hop from one to the next; a few hundred is plenty before a frame.
  for (let hops = 0; hops < 1000; hops += 1) {
    const marker = await readAt(file, position, 4, size);
    if (marker[0] !== 0xff) throw ingestErrors.image_corrupt();
    const type = marker[1]!;
    if (type === 0xff) {
      position += 1; // fill byte
      continue;
    }
    if (type === 0xd8 || (type >= 0xd0 && type <= 0xd7) || type === 0x01) {
      position += 2;
      continue;
    }
    const length = marker.readUInt16BE(2);
    if (length < 2) throw ingestErrors.image_corrupt();
    if (startOfFrame.has(type)) {
      const frame = await readAt(file, position + 4, 5, size);
      return { height: frame.readUInt16BE(1), width: frame.readUInt16BE(3) };
    }
    if (type === 0xd9 || type === 0xda) break; // end of image, or scan data before any frame header
    position += 2 + length;
  }
  throw ingestErrors.image_corrupt();
}

async function tiffDimensions(file: FileHandle, size: number, maxPages: number): Promise<Dimensions[]> {
  const header = await readAt(file, 0, 8, size);
  const little = header[0] === 0x49;
  const u16 = (buffer: Buffer, at: number) => (little ? buffer.readUInt16LE(at) : buffer.readUInt16BE(at));
  const u32 = (buffer: Buffer, at: number) => (little ? buffer.readUInt32LE(at) : buffer.readUInt32BE(at));
  const frames: Dimensions[] = [];
  const seen = new Set<number>();
  let offset = u32(header, 4);
  while (offset !== 0) {
    // A loop in the IFD chain would otherwise count pages forever.
    if (seen.has(offset)) throw ingestErrors.image_corrupt();
    seen.add(offset);
    if (frames.length >= maxPages) throw ingestErrors.image_too_large();
    const count = u16(await readAt(file, offset, 2, size), 0);
    const entries = await readAt(file, offset + 2, count * 12 + 4, size);
    let width = 0;
    let height = 0;
    for (let index = 0; index < count; index += 1) {
      const at = index * 12;
      const tag = u16(entries, at);
      const type = u16(entries, at + 2);
      // SHORT values sit in the first two bytes of the value field, LONG values fill it.
      const value = type === 3 ? u16(entries, at + 8) : u32(entries, at + 8);
      if (tag === 256) width = value;
      if (tag === 257) height = value;
    }
    frames.push({ width, height });
    offset = u32(entries, count * 12);
  }
  if (frames.length === 0) throw ingestErrors.image_corrupt();
  return frames;
}
