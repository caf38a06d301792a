// Office documents (ODT, ODS, DOCX, XLSX) are zip containers. We read the central directory only and
// refuse what real office files never contain: more entries or unpacked bytes than the limits, entries
// overlapping each other (the trick of small zip bombs), encrypted entries, path tricks, Zip64, macros.
// Only the one small file naming the document type is ever unpacked, with an output limit.
import type { FileHandle } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import { ingestErrors } from './records.ingest.errors.ts';
import { allowedMediaTypes, type SniffLimits } from './records.sniff.types.ts';

interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const endOfDirectorySignature = 0x06054b50;
const directorySignature = 0x02014b50;
const localSignature = 0x04034b50;
const maxDirectoryBytes = 8 * 1024 * 1024;
// Deflate shrinks at most ~1030:1, so the total limit is what stops a big bomb. A large entry that
// shrank by more than this is all repetition (zeros): no text or picture of a real document does that.
const maxRatio = 200;
const ratioCheckedFrom = 10 * 1024 * 1024;

async function readAt(file: FileHandle, position: number, length: number, size: number): Promise<Buffer> {
  if (position < 0 || length < 0 || position + length > size) throw ingestErrors.archive_invalid();
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  if (bytesRead !== length) throw ingestErrors.archive_invalid();
  return buffer;
}

export async function readZipDirectory(
  file: FileHandle,
  size: number,
  limits: SniffLimits,
): Promise<ZipEntry[]> {
  // The end record is in the last 22 bytes plus a comment of at most 65,535 bytes.
  const tailLength = Math.min(size, 22 + 65_535);
  const tail = await readAt(file, size - tailLength, tailLength, size);
  let end = -1;
  for (let at = tail.length - 22; at >= 0; at -= 1) {
    if (tail.readUInt32LE(at) === endOfDirectorySignature) {
      end = at;
      break;
    }
  }
  if (end < 0) throw ingestErrors.archive_invalid();
  const entryCount = tail.readUInt16LE(end + 10);
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryOffset = tail.readUInt32LE(end + 16);
  // Zip64 (marked by all-ones fields) is for archives beyond 4 GB or 65,535 entries: not an office document.
  if (entryCount === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff)
    throw ingestErrors.archive_bomb();
  if (entryCount > limits.maxArchiveEntries) throw ingestErrors.archive_bomb();
  if (directorySize > maxDirectoryBytes) throw ingestErrors.archive_bomb();
  const directory = await readAt(file, directoryOffset, directorySize, size);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let index = 0; index < entryCount; index += 1) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== directorySignature)
      throw ingestErrors.archive_invalid();
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    entries.push({
      flags: directory.readUInt16LE(at + 8),
      method: directory.readUInt16LE(at + 10),
      compressedSize: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      localOffset: directory.readUInt32LE(at + 42),
      name: directory.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  checkEntries(entries, directoryOffset, limits);
  return entries;
}

function checkEntries(entries: ZipEntry[], directoryOffset: number, limits: SniffLimits): void {
  let unpacked = 0;
  for (const entry of entries) {
    if (entry.flags & 0x1) throw ingestErrors.archive_invalid(); // encrypted
    if (entry.method !== 0 && entry.method !== 8) throw ingestErrors.archive_invalid();
    if (entry.name.startsWith('/') || entry.name.includes('\\') || entry.name.split('/').includes('..'))
      throw ingestErrors.archive_invalid();
    if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff) throw ingestErrors.archive_bomb();
    if (entry.size > ratioCheckedFrom && entry.size > maxRatio * entry.compressedSize)
      throw ingestErrors.archive_bomb();
    unpacked += entry.size;
  }
  if (unpacked > limits.maxUnpackedBytes) throw ingestErrors.archive_bomb();
  // Each entry's data must end before the next one starts: overlapping entries reuse the same bytes.
  const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  for (let index = 0; index < byOffset.length; index += 1) {
    const entry = byOffset[index]!;
    const next = byOffset[index + 1]?.localOffset ?? directoryOffset;
    if (entry.localOffset + 30 + entry.compressedSize > next) throw ingestErrors.archive_bomb();
  }
}

/** The bytes of one (small) entry, unpacked with a hard output limit. */
async function readEntry(file: FileHandle, size: number, entry: ZipEntry, maxBytes: number): Promise<Buffer> {
  if (entry.size > maxBytes) throw ingestErrors.archive_invalid();
  const local = await readAt(file, entry.localOffset, 30, size);
  if (local.readUInt32LE(0) !== localSignature) throw ingestErrors.archive_invalid();
  const dataStart = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  const data = await readAt(file, dataStart, entry.compressedSize, size);
  if (entry.method === 0) return data;
  try {
    return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch {
    throw ingestErrors.archive_invalid();
  }
}

const odfTypes: Record<string, string> = {
  'application/vnd.oasis.opendocument.text': allowedMediaTypes.odt,
  'application/vnd.oasis.opendocument.spreadsheet': allowedMediaTypes.ods,
};

/** The media type of an allowed office document, or a refusal. */
export async function inspectZipContainer(
  file: FileHandle,
  size: number,
  limits: SniffLimits,
): Promise<string> {
  const entries = await readZipDirectory(file, size, limits);
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const mimetype = byName.get('mimetype');
  if (mimetype) {
    const declared = (await readEntry(file, size, mimetype, 200)).toString('ascii').trim();
    const mediaType = odfTypes[declared];
    if (!mediaType) throw ingestErrors.content_not_allowed();
    // OpenDocument keeps Basic macros and scripts in these folders.
    if (entries.some((entry) => /^(Basic|Scripts)\//.test(entry.name))) throw ingestErrors.archive_invalid();
    return mediaType;
  }
  const contentTypes = byName.get('[Content_Types].xml');
  if (!contentTypes) throw ingestErrors.content_not_allowed();
  const declared = (await readEntry(file, size, contentTypes, 1024 * 1024)).toString('utf8');
  if (/<!(DOCTYPE|ENTITY)/i.test(declared)) throw ingestErrors.xml_doctype();
  if (/macroEnabled/i.test(declared) || entries.some((entry) => /vbaProject\.bin$/i.test(entry.name)))
    throw ingestErrors.archive_invalid();
  if (declared.includes('wordprocessingml.document.main+xml')) return allowedMediaTypes.docx;
  if (declared.includes('spreadsheetml.sheet.main+xml')) return allowedMediaTypes.xlsx;
  throw ingestErrors.content_not_allowed();
}
