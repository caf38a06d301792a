// The files of a citizen's reply: the same upload rules as the E-Akte (limits, staging, the content
// allowlist decided from the bytes, clean file names). Each file is streamed to a staging file as it
// arrives; only when the whole body is in are the files checked, so a refused file stores nothing.
import { rm } from 'node:fs/promises';
import type { Multipart } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../../platform/http/app-error.ts';
import {
  cleanFileName,
  ingestErrors,
  inspectStaged,
  stageUpload,
  type IngestSettings,
} from '../../records/index.ts';

export { contentDisposition } from '../../records/index.ts';

export type StagedFile = Awaited<ReturnType<typeof stageUpload>>;

/** A checked file of a reply, still in the staging directory (the caller removes it). */
export interface StagedUpload {
  staged: StagedFile;
  /** Cleaned for display and download (no path, no control characters). */
  fileName: string;
  /** Decided from the content, never from the name or the browser. */
  mediaType: string;
  byteSize: number;
}

export interface ReceivedReply {
  fields: Record<string, string>;
  accepted: StagedUpload[];
  /** Files that were refused, with the reason (nothing of them is kept). */
  refused: { fileName: string; reason: AppError }[];
}

/** At most this many files with one reply (and never more than the upload setting allows). */
export const maxReplyFiles = 10;
const maxFields = 10;

export async function receiveReply(
  request: FastifyRequest,
  settings: IngestSettings,
): Promise<ReceivedReply> {
  if (!request.isMultipart()) throw ingestErrors.upload_not_multipart();
  const maxFiles = Math.min(maxReplyFiles, settings.maxFilesPerUpload);
  const received: ReceivedReply = { fields: {}, accepted: [], refused: [] };
  const staged: { fileName: string; staged?: StagedFile; refusal?: AppError }[] = [];
  try {
    const parts = request.parts({
      limits: {
        fileSize: settings.maxFileBytes,
        files: maxFiles,
        fields: maxFields,
        fieldSize: 30_000,
        parts: maxFiles + maxFields,
      },
      throwFileSizeLimit: false,
    } as Parameters<FastifyRequest['parts']>[0]);
    for await (const part of parts as AsyncIterable<Multipart>) {
      if (part.type === 'field') {
        if (typeof part.value === 'string' && !(part.fieldname in received.fields))
          received.fields[part.fieldname] = part.value;
        continue;
      }
      // A form sent without choosing a file has one empty part without a name.
      if (part.filename === '') {
        part.file.resume();
        await new Promise((resolve) => part.file.once('end', resolve));
        continue;
      }
      const file: (typeof staged)[number] = { fileName: cleanFileName(part.filename).name };
      staged.push(file);
      file.staged = await stageUpload(part.file, settings);
      if (part.file.truncated) {
        await discard(file.staged);
        delete file.staged;
        file.refusal = ingestErrors.upload_too_large();
      }
    }
    for (const file of staged) {
      if (!file.staged) {
        received.refused.push({
          fileName: file.fileName,
          reason: file.refusal ?? ingestErrors.upload_empty(),
        });
        continue;
      }
      try {
        const content = await inspectStaged(file.staged, settings);
        received.accepted.push({
          staged: file.staged,
          fileName: file.fileName,
          mediaType: content.mediaType,
          byteSize: file.staged.size,
        });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        await discard(file.staged);
        received.refused.push({ fileName: file.fileName, reason: error });
      }
    }
  } catch (error) {
    await Promise.all(staged.map((file) => discard(file.staged)));
    throw translateMultipartError(error);
  }
  return received;
}

/** Removes every staged file of the reply (accepted ones too: by then they are in the blob store). */
export async function discardReply(reply: ReceivedReply): Promise<void> {
  await Promise.all(reply.accepted.map((file) => discard(file.staged)));
}

async function discard(staged: StagedFile | undefined): Promise<void> {
  if (staged) await rm(staged.path, { force: true });
}

function translateMultipartError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  switch ((error as { code?: string }).code) {
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return ingestErrors.upload_too_many_files();
    case 'FST_REQ_FILE_TOO_LARGE':
      return ingestErrors.upload_too_large();
    default:
      return error;
  }
}
