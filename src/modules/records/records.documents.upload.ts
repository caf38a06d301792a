// Reads a multipart upload: each file is streamed to its own staging file as it arrives (nothing is
// held in memory), the form fields are collected. Only when the whole body has arrived are the files
// checked and filed, so the order of fields and files in the body does not matter, and an aborted
// request files nothing.
import type { FastifyRequest } from 'fastify';
import type { Multipart } from '@fastify/multipart';
import { AppError } from '../../platform/http/app-error.ts';
import { cleanFileName, type CleanedFileName } from './records.filenames.ts';
import { ingestErrors } from './records.ingest.errors.ts';
import { discardStaged, stageUpload, type IngestSettings, type StagedFile } from './records.ingest.ts';

export interface ReceivedFile {
  /** The form field the file was sent in. */
  field: string;
  /** As sent, for messages only (never stored). */
  sentName: string;
  name: CleanedFileName;
  staged?: StagedFile;
  /** Set when the file was refused while it arrived (too large). */
  refusal?: AppError;
}

export interface ReceivedUpload {
  files: ReceivedFile[];
  /** The first value of each field. */
  fields: Record<string, string>;
  /** Every value of each field, in order (checkbox lists send a name several times). */
  values: Record<string, string[]>;
}

export async function receiveUpload(
  request: FastifyRequest,
  settings: IngestSettings,
  { maxFiles, maxFields = 20 }: { maxFiles: number; maxFields?: number },
): Promise<ReceivedUpload> {
  if (!request.isMultipart()) throw ingestErrors.upload_not_multipart();
  const files: ReceivedFile[] = [];
  // Without a prototype: a field named "__proto__" is just a field.
  const fields: Record<string, string> = Object.create(null) as Record<string, string>;
  const values: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  try {
    const parts = request.parts({
      limits: {
        fileSize: settings.maxFileBytes,
        files: maxFiles,
        fields: maxFields,
        fieldSize: 10_000,
        parts: maxFiles + maxFields,
      },
      // A file over the limit is cut off and refused on its own; the other files of the form go on.
      throwFileSizeLimit: false,
    } as Parameters<FastifyRequest['parts']>[0]);
    for await (const part of parts as AsyncIterable<Multipart>) {
      if (part.type === 'field') {
        if (typeof part.value !== 'string') continue;
        if (!(part.fieldname in fields)) fields[part.fieldname] = part.value;
        (values[part.fieldname] ??= []).push(part.value);
        continue;
      }
      // A form submitted without choosing a file sends one empty part without a name.
      if (part.filename === '') {
        part.file.resume();
        await new Promise((resolve) => part.file.once('end', resolve));
        continue;
      }
      const received: ReceivedFile = {
        field: part.fieldname,
        sentName: part.filename,
        name: cleanFileName(part.filename),
      };
      files.push(received);
      received.staged = await stageUpload(part.file, settings);
      if (part.file.truncated) {
        await discardStaged(received.staged);
        delete received.staged;
        received.refusal = ingestErrors.upload_too_large();
      }
    }
  } catch (error) {
    await Promise.all(files.map((file) => discardStaged(file.staged)));
    throw translateMultipartError(error);
  }
  return { files, fields, values };
}

function translateMultipartError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  switch ((error as { code?: string }).code) {
    case 'FST_FILES_LIMIT':
      return ingestErrors.upload_too_many_files();
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return ingestErrors.upload_too_many_files();
    case 'FST_REQ_FILE_TOO_LARGE':
      return ingestErrors.upload_too_large();
    default:
      return error;
  }
}

export async function discardReceived(upload: ReceivedUpload): Promise<void> {
  await Promise.all(upload.files.map((file) => discardStaged(file.staged)));
}
