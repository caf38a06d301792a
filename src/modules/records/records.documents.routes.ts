// HTTP for filing documents from the staff pages: the upload page of a case (many files, with and without
// JavaScript), a new version of a document, and its metadata. authenticate → check the case → read the
// body → use case → present. The case is checked before a byte of the upload is read.
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/http/app-error.ts';
import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import { translate } from '../../platform/i18n/i18n.ts';
import { uiText } from '../../platform/ui/ui.messages.ts';
import type { LoadedCase } from './records.cases.repository.ts';
import { noStore } from './records.core.http.ts';
import type { PageError } from './records.core.pages.tsx';
import {
  createDocumentsHttp,
  documentPath,
  uploadPath,
  versionsPath,
  metadataPath,
  type DocumentsOptions,
} from './records.documents.http.ts';
import { documentsText } from './records.documents.messages.ts';
import {
  UploadPage,
  UploadResults,
  type UploadOutcome,
  type UploadTarget,
} from './records.documents.pages.tsx';
import {
  IdParams,
  isMetadataFields,
  MetadataFields,
  readMetadata,
  type MetadataFieldValues,
} from './records.documents.schemas.ts';
import { discardReceived, receiveUpload } from './records.documents.upload.ts';
import {
  addDocument,
  addVersion,
  changeMetadata,
  loadUploadTarget,
  loadVersionTarget,
} from './records.documents.usecases.ts';
import { recordsErrors } from './records.errors.ts';
import { ingestErrors } from './records.ingest.errors.ts';
import { renderViewer } from './records.viewer.routes.ts';

const metadataKeys = Object.keys(MetadataFields.properties) as (keyof MetadataFieldValues)[];

/** Only the metadata fields of a multipart form (the CSRF field and unknown ones are dropped). */
export function metadataFieldsOf(fields: Record<string, string>): MetadataFieldValues {
  const picked: Record<string, string> = {};
  for (const key of metadataKeys) if (fields[key] !== undefined) picked[key] = fields[key];
  return picked;
}

function targetOf(loaded: LoadedCase): UploadTarget {
  return {
    caseId: loaded.case.id,
    caseNumber: loaded.case.number,
    caseTitle: loaded.case.title,
    fileReference: loaded.file.reference,
    fileTitle: loaded.file.title,
  };
}

const stem = (name: string) => name.replace(/\.[^.]{1,16}$/, '').slice(0, 300) || name.slice(0, 300);
const isHtmx = (request: FastifyRequest) => request.headers['hx-request'] === 'true';

export function createDocumentsRoutes(options: DocumentsOptions): RouteDefinition[] {
  const http = createDocumentsHttp(options);
  const { deps } = http;
  const maxFiles = deps.settings.maxFilesPerUpload;

  return [
    defineRoute({
      method: 'GET',
      url: uploadPath(':id'),
      access: { permission: 'records.write' },
      schema: {
        params: IdParams,
        summary: 'Dokumente zu einem Vorgang hochladen (Formular)',
        tags: ['E-Akte'],
        produces: ['text/html'],
      },
      handler: async ({ request, reply, params }) => {
        const caller = http.pageCaller(request);
        const loaded = await loadUploadTarget(deps, http.tenantOf(request), caller, params.id);
        noStore(reply);
        return reply.html(
          UploadPage({
            ctx: request.ctx,
            actor: caller.actor,
            target: targetOf(loaded),
            maxFiles,
            maxFileBytes: deps.settings.maxFileBytes,
          }),
        );
      },
    }),
    defineRoute({
      method: 'POST',
      url: uploadPath(':id'),
      access: { permission: 'records.write' },
      schema: {
        params: IdParams,
        summary: 'Dokumente zu einem Vorgang hochladen',
        description:
          'multipart/form-data: Dateien im Feld "dateien" (mehrere), Angaben in titel, dokumentart, richtung, eingang, ausgang, absender, schlagworte. CSRF-Token im Parameter _csrf.',
        tags: ['E-Akte'],
        consumes: ['multipart/form-data'],
        produces: ['text/html'],
      },
      handler: async ({ request, reply, params }) => {
        const caller = http.pageCaller(request);
        const tenantId = http.tenantOf(request);
        const loaded = await loadUploadTarget(deps, tenantId, caller, params.id);
        const locale = request.ctx.locale;
        const upload = await receiveUpload(request, deps.settings, { maxFiles });
        const outcomes: UploadOutcome[] = [];
        const values = metadataFieldsOf(upload.fields);
        const errors: PageError[] = [];
        try {
          const check = isMetadataFields(values)
            ? readMetadata(values, {
                title: 'x',
                documentType: 'letter',
                direction: 'incoming',
                receivedOn: null,
                sentOn: null,
                sender: null,
                tags: [],
              })
            : { errors: [{ field: 'titel', text: documentsText.titleInvalid }] };
          errors.push(
            ...check.errors.map((error) => ({ field: error.field, message: translate(locale, error.text) })),
          );
          if (upload.files.length === 0)
            errors.push({ field: 'dateien', message: translate(locale, ingestErrors.upload_no_file().text) });
          if (errors.length === 0) {
            for (const file of upload.files) {
              const outcome: UploadOutcome = { name: file.name.name, nameChanged: file.name.changed };
              outcomes.push(outcome);
              if (file.refusal || !file.staged) {
                outcome.refusal = translate(locale, (file.refusal ?? ingestErrors.upload_empty()).text);
                continue;
              }
              const { metadata } = readMetadata(values, {
                title: stem(file.name.name),
                documentType: 'letter',
                direction: 'incoming',
                receivedOn: null,
                sentOn: null,
                sender: null,
                tags: [],
              });
              try {
                const filed = await addDocument(deps, {
                  tenantId,
                  caller,
                  caseId: params.id,
                  staged: file.staged,
                  fileName: file.name.name,
                  metadata,
                });
                outcome.accepted = {
                  documentId: filed.documentId,
                  textStatus: filed.textStatus,
                  duplicates: filed.duplicates,
                };
              } catch (error) {
                // A refusal (type, damage, closed file) concerns this file; anything else stops the step.
                if (!(error instanceof AppError)) throw error;
                outcome.refusal = translate(locale, error.text);
              }
            }
          }
        } finally {
          await discardReceived(upload);
        }
        noStore(reply);
        if (isHtmx(request)) {
          // htmx swaps only 2xx answers: problems are part of the fragment.
          if (errors.length > 0)
            return reply.html(
              UploadResults({
                ctx: request.ctx,
                caseId: params.id,
                outcomes: errors.map((error) => ({
                  name: translate(locale, uiText.errorTitle),
                  nameChanged: false,
                  refusal: error.message,
                })),
              }),
            );
          return reply.html(UploadResults({ ctx: request.ctx, outcomes, caseId: params.id }));
        }
        return reply.html(
          UploadPage({
            ctx: request.ctx,
            actor: caller.actor,
            target: targetOf(loaded),
            maxFiles,
            maxFileBytes: deps.settings.maxFileBytes,
            values,
            errors,
            outcomes: errors.length > 0 ? undefined : outcomes,
          }),
          errors.length > 0 ? 400 : 200,
        );
      },
    }),
    defineRoute({
      method: 'POST',
      url: versionsPath(':id'),
      access: { permission: 'records.write' },
      schema: {
        params: IdParams,
        summary: 'Neue Fassung eines Dokuments hochladen',
        description: 'multipart/form-data mit einer Datei im Feld "datei"; CSRF-Token im Parameter _csrf.',
        tags: ['E-Akte'],
        consumes: ['multipart/form-data'],
        produces: ['text/html'],
      },
      handler: async ({ request, reply, params }) => {
        const caller = http.pageCaller(request);
        const tenantId = http.tenantOf(request);
        await loadVersionTarget(deps, tenantId, caller, params.id);
        const upload = await receiveUpload(request, deps.settings, { maxFiles: 1 });
        try {
          const file = upload.files[0];
          const refusal = !file
            ? ingestErrors.upload_no_file()
            : (file.refusal ?? (file.staged ? undefined : ingestErrors.upload_empty()));
          if (refusal || !file?.staged) throw refusal ?? ingestErrors.upload_no_file();
          const filed = await addVersion(deps, {
            tenantId,
            caller,
            documentId: params.id,
            staged: file.staged,
            fileName: file.name.name,
          });
          return reply.redirect(`${documentPath(params.id)}?ergebnis=fassung&fassung=${filed.version}`, 303);
        } catch (error) {
          if (!(error instanceof AppError) || error.code === recordsErrors.not_found().code) throw error;
          const message = translate(request.ctx.locale, error.text);
          return renderViewer(
            http,
            request,
            reply,
            { documentId: params.id, errors: [{ field: 'datei', message }] },
            error.statusCode,
          );
        } finally {
          await discardReceived(upload);
        }
      },
    }),
    defineRoute({
      method: 'POST',
      url: metadataPath(':id'),
      access: { permission: 'records.write' },
      schema: {
        params: IdParams,
        // Every field optional here, checked in the use case with a German message per field.
        body: Type.Object({
          ...MetadataFields.properties,
          zeilenversion: Type.Optional(Type.String({ maxLength: 12 })),
        }),
        summary: 'Angaben zu einem Dokument ändern',
        tags: ['E-Akte'],
        consumes: ['application/x-www-form-urlencoded'],
        produces: ['text/html'],
      },
      handler: async ({ request, reply, params, body }) => {
        const caller = http.pageCaller(request);
        const tenantId = http.tenantOf(request);
        const { zeilenversion, ...fields } = body;
        const rowVersion = Number(zeilenversion);
        const locale = request.ctx.locale;
        try {
          if (!Number.isInteger(rowVersion) || rowVersion < 1) throw recordsErrors.stale_version();
          const result = await changeMetadata(deps, {
            tenantId,
            caller,
            documentId: params.id,
            rowVersion,
            read: (current) => readMetadata(fields, current),
          });
          if (result.ok) return reply.redirect(`${documentPath(params.id)}?ergebnis=gespeichert`, 303);
          const errors = result.errors.map((error) => ({
            field: error.field,
            message: translate(locale, error.text),
          }));
          return renderViewer(
            http,
            request,
            reply,
            { documentId: params.id, errors, formValues: fields },
            400,
          );
        } catch (error) {
          if (!(error instanceof AppError) || error.code !== recordsErrors.stale_version().code) throw error;
          return renderViewer(
            http,
            request,
            reply,
            { documentId: params.id, warning: translate(locale, error.text) },
            409,
          );
        }
      },
    }),
  ];
}
