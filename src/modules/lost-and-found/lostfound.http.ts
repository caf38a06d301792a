// Request helpers the Fundbüro's routes share: the tenant, the signed-in person, the site's base URL for
// links in mails, problems as page errors, and reading the staff form's photos (images only, decided from
// the bytes, never from the name or the browser's claim).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, platformErrors } from '../../platform/http/app-error.ts';
import { translate } from '../../platform/i18n/i18n.ts';
import { accessErrors, type StaffActor } from '../access/index.ts';
import { discardReceived, inspectStaged, receiveUpload, type ReceivedUpload } from '../records/index.ts';
import type { LostAndFoundDeps } from './lostfound.deps.ts';
import type { Problem } from './lostfound.input.ts';
import type { PhotoUpload } from './lostfound.items.usecases.ts';
import type { PageError } from './lostfound.ui.tsx';

export function tenantOf(request: FastifyRequest): string {
  const tenant = request.ctx.tenant;
  if (!tenant) throw platformErrors.unknown_tenant();
  return tenant.id;
}

export function staffOf(request: FastifyRequest): StaffActor {
  if (!request.actor) throw accessErrors.unauthenticated();
  return request.actor;
}

export function noStore(reply: FastifyReply) {
  reply.header('cache-control', 'no-store');
}

export function baseUrlOf(request: FastifyRequest, publicUrl: string | undefined): string {
  return (publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/$/, '');
}

export function errorsOf(request: FastifyRequest, problems: Problem[]): PageError[] {
  return problems.map((problem) => ({
    field: problem.field,
    message: translate(request.ctx.locale, problem.text),
  }));
}

/** An error the person can act on (the item moved on), shown on the page instead of an error page. */
export function asPageError(request: FastifyRequest, error: unknown, field: string): PageError[] {
  if (!(error instanceof AppError) || error.statusCode >= 500 || error.statusCode === 404) throw error;
  const details =
    typeof error.details === 'object' && error.details ? (error.details as Record<string, string>) : {};
  return [{ field, message: translate(request.ctx.locale, error.text, details) }];
}

const MAX_PHOTOS = 6;

export interface ReceivedPhotos {
  upload: ReceivedUpload;
  fields: Record<string, string | undefined>;
  photos: PhotoUpload[];
  problems: Problem[];
}

/** Reads the multipart form; every file must be a JPEG or PNG by its content. */
export async function receivePhotos(
  request: FastifyRequest,
  deps: LostAndFoundDeps,
): Promise<ReceivedPhotos> {
  const upload = await receiveUpload(request, deps.ingest, {
    maxFiles: Math.min(MAX_PHOTOS, deps.ingest.maxFilesPerUpload),
    maxFields: 30,
  });
  const photos: PhotoUpload[] = [];
  const problems: Problem[] = [];
  for (const file of upload.files) {
    const refuse = (text: { de: string; en: string }) =>
      problems.push({
        field: 'photos',
        text: { de: `${file.name.name}: ${text.de}`, en: `${file.name.name}: ${text.en}` },
      });
    if (!file.staged) {
      refuse(file.refusal?.text ?? { de: 'Die Datei ist leer.', en: 'The file is empty.' });
      continue;
    }
    try {
      const content = await inspectStaged(file.staged, deps.ingest);
      if (content.mediaType !== 'image/jpeg' && content.mediaType !== 'image/png') {
        refuse({
          de: 'Das ist kein Foto. Bitte nur Bilder im Format JPEG oder PNG hochladen.',
          en: 'This is not a photo. Please upload JPEG or PNG images only.',
        });
        continue;
      }
      photos.push({
        path: file.staged.path,
        sha256: file.staged.sha256,
        size: file.staged.size,
        fileName: file.name.name,
        mediaType: content.mediaType,
      });
    } catch (error) {
      if (!(error instanceof AppError) || error.statusCode >= 500) throw error;
      refuse({
        de: `Das ist kein Foto (${error.text.de}) Bitte nur Bilder im Format JPEG oder PNG hochladen.`,
        en: `This is not a photo (${error.text.en}) Please upload JPEG or PNG images only.`,
      });
    }
  }
  return { upload, fields: upload.fields, photos, problems };
}

export { discardReceived };
