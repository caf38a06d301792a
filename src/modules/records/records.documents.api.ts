// The JSON API for documents, for other systems (records.read / records.write scopes) and signed-in staff:
// file a document into a case (multipart: one file plus metadata fields), file a new version, read a
// document with its versions, fetch a version's content. Refusals answer with a stable error code.
import { Type } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import { translate } from '../../platform/i18n/i18n.ts';
import { recordsErrors } from './records.errors.ts';
import {
  API_DOCUMENTS_PATH,
  apiContentPath,
  createDocumentsHttp,
  versionNumber,
  type DocumentsOptions,
} from './records.documents.http.ts';
import {
  isMetadataFields,
  readMetadata,
  IdParams,
  type MetadataFieldValues,
} from './records.documents.schemas.ts';
import { discardReceived, receiveUpload, type ReceivedUpload } from './records.documents.upload.ts';
import {
  addDocument,
  addVersion,
  loadDocument,
  loadUploadTarget,
  loadVersionTarget,
  type FiledContent,
} from './records.documents.usecases.ts';
import { ingestErrors } from './records.ingest.errors.ts';
import type { DocumentsDb } from './records.ingest.tables.ts';
import { openContent } from './records.viewer.usecases.ts';
import { sendContent } from './records.viewer.routes.ts';

const documentTag = ['E-Akte: Dokumente'];

// The API speaks English field names; they map onto the form fields the use cases check.
const apiFieldNames: Record<string, keyof MetadataFieldValues> = {
  title: 'titel',
  documentType: 'dokumentart',
  direction: 'richtung',
  receivedOn: 'eingang',
  sentOn: 'ausgang',
  sender: 'absender',
  tags: 'schlagworte',
};

const uploadDescription =
  'multipart/form-data: genau eine Datei (Feldname beliebig, z. B. "file") und optional die Felder title, documentType (letter, application, notice, note, invoice, minutes, contract, email, plan, photo, other), direction (incoming, outgoing, internal), receivedOn, sentOn (JJJJ-MM-TT), sender, tags (durch Komma getrennt). Der Dateityp wird am Inhalt erkannt. Antwort 201 mit dem Dokument und den Fundstellen desselben Inhalts (duplicates).';

function apiMetadata(upload: ReceivedUpload) {
  const fields: Record<string, string> = {};
  for (const [apiName, formName] of Object.entries(apiFieldNames))
    if (upload.fields[apiName] !== undefined) fields[formName] = upload.fields[apiName];
  return fields;
}

function singleFile(upload: ReceivedUpload) {
  const file = upload.files[0];
  if (!file) throw ingestErrors.upload_no_file();
  if (file.refusal) throw file.refusal;
  if (!file.staged) throw ingestErrors.upload_empty();
  return { ...file, staged: file.staged };
}

export function createDocumentsApiRoutes(options: DocumentsOptions): RouteDefinition[] {
  const http = createDocumentsHttp(options);
  const { deps } = http;

  async function present(tenantId: string, caller: ReturnType<typeof http.apiCaller>, documentId: string) {
    return withTenant(deps.db as Kysely<DocumentsDb>, tenantId, async (trx) => {
      const { document, loaded, repository } = await loadDocument(trx, caller, documentId);
      const versions = await repository.listVersions(documentId);
      return {
        id: document.id,
        caseId: document.caseId,
        fileId: loaded.file.id,
        fileReference: loaded.file.reference,
        title: document.title,
        documentType: document.documentType,
        direction: document.direction,
        receivedOn: document.receivedOn,
        sentOn: document.sentOn,
        sender: document.sender,
        tags: document.tags,
        currentVersion: document.currentVersion,
        rowVersion: document.rowVersion,
        createdAt: document.createdAt.toISOString(),
        versions: versions.map((version) => ({
          version: version.version,
          fileName: version.fileName,
          mediaType: version.mediaType,
          byteSize: version.byteSize,
          sha256: version.sha256,
          pageCount: version.pageCount,
          textStatus: version.textStatus,
          textError: version.textError,
          createdAt: version.createdAt.toISOString(),
          frozen: version.frozenAt !== null,
          contentUrl: apiContentPath(documentId, version.version),
          renditionUrl: version.renditionSha256 ? apiContentPath(documentId, version.version, true) : null,
        })),
      };
    });
  }

  const filedResponse = async (
    tenantId: string,
    caller: ReturnType<typeof http.apiCaller>,
    filed: FiledContent,
  ) => ({
    document: await present(tenantId, caller, filed.documentId),
    duplicates: filed.duplicates.map((place) => ({
      documentId: place.documentId,
      title: place.documentTitle,
      caseId: place.caseId,
      fileReference: place.fileReference,
    })),
  });

  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/records/cases/:id/documents',
      access: { permission: 'records.write' },
      csrf: 'bearer-exempt',
      schema: {
        params: IdParams,
        summary: 'Dokument in einen Vorgang ablegen',
        description: uploadDescription,
        tags: documentTag,
        consumes: ['multipart/form-data'],
      },
      handler: async ({ request, reply, params }) => {
        const caller = http.apiCaller(request);
        const tenantId = http.tenantOf(request);
        await loadUploadTarget(deps, tenantId, caller, params.id);
        const upload = await receiveUpload(request, deps.settings, { maxFiles: 1 });
        try {
          const file = singleFile(upload);
          const fields = apiMetadata(upload);
          if (!isMetadataFields(fields)) throw recordsErrors.validation_failed();
          const { metadata, errors } = readMetadata(fields, {
            title: file.name.name.replace(/\.[^.]{1,16}$/, '').slice(0, 300) || file.name.name.slice(0, 300),
            documentType: 'other',
            direction: 'incoming',
            receivedOn: null,
            sentOn: null,
            sender: null,
            tags: [],
          });
          if (errors.length > 0)
            throw recordsErrors.validation_failed(
              errors.map((error) => ({
                field: error.field,
                message: translate(request.ctx.locale, error.text),
              })),
            );
          const filed = await addDocument(deps, {
            tenantId,
            caller,
            caseId: params.id,
            staged: file.staged,
            fileName: file.name.name,
            metadata,
          });
          return reply.status(201).send(await filedResponse(tenantId, caller, filed));
        } finally {
          await discardReceived(upload);
        }
      },
    }),
    defineRoute({
      method: 'POST',
      url: `${API_DOCUMENTS_PATH}/:id/versions`,
      access: { permission: 'records.write' },
      csrf: 'bearer-exempt',
      schema: {
        params: IdParams,
        summary: 'Neue Fassung eines Dokuments ablegen',
        description: 'multipart/form-data mit genau einer Datei. Frühere Fassungen bleiben unverändert.',
        tags: documentTag,
        consumes: ['multipart/form-data'],
      },
      handler: async ({ request, reply, params }) => {
        const caller = http.apiCaller(request);
        const tenantId = http.tenantOf(request);
        await loadVersionTarget(deps, tenantId, caller, params.id);
        const upload = await receiveUpload(request, deps.settings, { maxFiles: 1 });
        try {
          const file = singleFile(upload);
          const filed = await addVersion(deps, {
            tenantId,
            caller,
            documentId: params.id,
            staged: file.staged,
            fileName: file.name.name,
          });
          return reply.status(201).send(await filedResponse(tenantId, caller, filed));
        } finally {
          await discardReceived(upload);
        }
      },
    }),
    defineRoute({
      method: 'GET',
      url: `${API_DOCUMENTS_PATH}/:id`,
      access: { permission: 'records.read' },
      schema: { params: IdParams, summary: 'Dokument mit seinen Fassungen', tags: documentTag },
      handler: async ({ request, params }) =>
        present(http.tenantOf(request), http.apiCaller(request), params.id),
    }),
    defineRoute({
      method: 'GET',
      url: `${API_DOCUMENTS_PATH}/:id/versions/:version/content`,
      access: { permission: 'records.read' },
      schema: {
        params: Type.Object({ id: IdParams.properties.id, version: Type.String({ maxLength: 40 }) }),
        querystring: Type.Object({ rendition: Type.Optional(Type.Boolean()) }),
        summary: 'Inhalt einer Fassung (Original oder, mit rendition=true, das durchsuchbare PDF/A)',
        tags: documentTag,
      },
      handler: async ({ request, reply, params, query }) => {
        const version = versionNumber(params.version);
        if (version === undefined) throw recordsErrors.not_found();
        const content = await openContent(deps, {
          tenantId: http.tenantOf(request),
          caller: http.apiCaller(request),
          documentId: params.id,
          version,
          rendition: query.rendition === true,
        });
        return sendContent(request, reply, content, true);
      },
    }),
  ];
}
