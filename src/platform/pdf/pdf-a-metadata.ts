// Puts the document's metadata back after Ghostscript. Ghostscript 10.0 drops every information string
// that is not plain ASCII when it writes PDF/A ("Text string detected in DOCINFO cannot be represented in
// XMP"), so a title like "Bescheid über …" would become "Untitled"; it also drops the catalog's /Lang.
// We read the input's information dictionary with qpdf (JSON, strings decoded) and write the same values
// into both the information dictionary and the XMP packet of the output, with qpdf --update-from-json.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runTool, toolFailure } from '../tools/run-tool.ts';
import { isoFromPdfDate, infoEntries, xmpPacket, type PdfMetadata } from './pdf-metadata.ts';

export class PdfAError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfAError';
  }
}

interface ToolContext {
  directory: string;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
}

type QpdfValue = unknown;
interface QpdfObject {
  value?: QpdfValue;
  stream?: { dict: Record<string, QpdfValue> };
}
type QpdfObjects = Record<string, QpdfObject>;

async function qpdf(args: string[], context: ToolContext, maxStdoutBytes = 1024 * 1024) {
  const result = await runTool('qpdf', args, {
    timeoutMs: context.timeoutMs,
    signal: context.signal,
    cwd: context.directory,
    maxStdoutBytes,
  });
  // Exit code 3: done, with warnings (the file is still written and readable).
  if ((result.code !== 0 && result.code !== 3) || result.truncated)
    throw new PdfAError(toolFailure('qpdf', result));
  return result;
}

/** Every object of a PDF as qpdf's JSON (version 2), without stream data. */
async function readObjects(
  file: string,
  context: ToolContext,
): Promise<{ objects: QpdfObjects; maxObjectId: number }> {
  const result = await qpdf(
    ['--json-output=2', '--json-key=qpdf', '--json-stream-data=none', file, '-'],
    context,
    64 * 1024 * 1024,
  );
  const [header, objects] = (
    JSON.parse(result.stdout.toString('utf8')) as { qpdf: [{ maxobjectid: number }, QpdfObjects] }
  ).qpdf;
  return { objects, maxObjectId: header.maxobjectid };
}

function isReference(value: QpdfValue): value is string {
  return typeof value === 'string' && /^\d+ \d+ R$/.test(value);
}

function dictionary(objects: QpdfObjects, value: QpdfValue): Record<string, QpdfValue> | undefined {
  const resolved = isReference(value) ? objects[`obj:${value}`]?.value : value;
  return resolved && typeof resolved === 'object' && !Array.isArray(resolved)
    ? (resolved as Record<string, QpdfValue>)
    : undefined;
}

/** A qpdf JSON string ("u:" text, "b:" hex bytes read as Latin-1) as text. */
function text(value: QpdfValue): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (value.startsWith('u:')) return value.slice(2);
  if (value.startsWith('b:')) return Buffer.from(value.slice(2), 'hex').toString('latin1');
  return undefined;
}

/**
 * Writes the information dictionary, XMP (declaring PDF/A-2b) and /Lang of `inputFile` into
 * `convertedFile` (Ghostscript's PDF/A), giving `outputFile`.
 */
export async function restoreMetadata(
  inputFile: string,
  convertedFile: string,
  outputFile: string,
  context: ToolContext,
): Promise<void> {
  const input = await readObjects(inputFile, context);
  const converted = await readObjects(convertedFile, context);
  const inputTrailer = dictionary(input.objects, input.objects.trailer?.value) ?? {};
  const inputInfo = dictionary(input.objects, inputTrailer['/Info']) ?? {};
  const inputRoot = dictionary(input.objects, inputTrailer['/Root']) ?? {};
  const trailer = dictionary(converted.objects, converted.objects.trailer?.value) ?? {};
  const info = dictionary(converted.objects, trailer['/Info']) ?? {};
  const root = dictionary(converted.objects, trailer['/Root']);
  const infoRef = trailer['/Info'];
  const metadataRef = root?.['/Metadata'];
  if (!root || !isReference(trailer['/Root']) || !isReference(infoRef) || !isReference(metadataRef)) {
    throw new PdfAError('PDF/A from Ghostscript has no information dictionary or metadata stream');
  }
  const now = new Date().toISOString();
  const date = (value: QpdfValue) => isoFromPdfDate(text(value) ?? '');
  const language = text(inputRoot['/Lang']);
  const metadata: PdfMetadata = {
    title: text(inputInfo['/Title']) ?? '',
    author: text(inputInfo['/Author']),
    subject: text(inputInfo['/Subject']),
    keywords: text(inputInfo['/Keywords']),
    language,
    creator: text(inputInfo['/Creator']) ?? 'Rathaus',
    producer: text(info['/Producer']) ?? 'Ghostscript',
    createdAt: date(inputInfo['/CreationDate']) ?? date(info['/CreationDate']) ?? now,
    modifiedAt: date(info['/ModDate']) ?? now,
    pdfa: { part: 2, conformance: 'B' },
  };
  const infoValue = Object.fromEntries(
    Object.entries(infoEntries(metadata)).map(([key, value]) => [`/${key}`, `u:${value}`]),
  );
  const patch = {
    qpdf: [
      {
        jsonversion: 2,
        pushedinheritedpageresources: false,
        calledgetallpages: false,
        maxobjectid: converted.maxObjectId,
      },
      {
        [`obj:${infoRef}`]: { value: infoValue },
        [`obj:${metadataRef}`]: {
          stream: {
            dict: { '/Type': '/Metadata', '/Subtype': '/XML' },
            data: Buffer.from(xmpPacket(metadata), 'utf8').toString('base64'),
          },
        },
        ...(language
          ? { [`obj:${trailer['/Root']}`]: { value: { ...root, '/Lang': `u:${language}` } } }
          : {}),
      },
    ],
  };
  const patchFile = path.join(context.directory, 'metadata.json');
  await writeFile(patchFile, JSON.stringify(patch));
  await qpdf([convertedFile, `--update-from-json=${patchFile}`, outputFile], context);
}
