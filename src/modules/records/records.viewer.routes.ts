// HTTP for reading documents: the viewer page and the content of a version (original or OCR rendition).
// Content is served with the type detected at upload (never the name's), nosniff, and a sandboxing
// Content-Security-Policy, so even a hostile file cannot run script in our origin.
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import { translate } from '../../platform/i18n/i18n.ts';
import { noStore } from './records.core.http.ts';
import type { PageError } from './records.core.pages.tsx';
import { contentDisposition } from './records.filenames.ts';
import {
  createDocumentsHttp,
  documentPath,
  versionNumber,
  type DocumentsHttp,
  type DocumentsOptions,
} from './records.documents.http.ts';
import { documentsText } from './records.documents.messages.ts';
import type { MetadataFieldValues } from './records.documents.schemas.ts';
import { IdParams } from './records.documents.schemas.ts';
import { recordsErrors } from './records.errors.ts';
import { ViewerPage } from './records.viewer.pages.tsx';
import { describeDocument, openContent, type OpenedContent } from './records.viewer.usecases.ts';

/** The viewer page, also after a failed form on it (errors, conflict). */
export async function renderViewer(
  http: DocumentsHttp,
  request: FastifyRequest,
  reply: FastifyReply,
  options: {
    documentId: string;
    version?: number | undefined;
    rendition?: boolean;
    notice?: string | undefined;
    errors?: PageError[];
    warning?: string;
    formValues?: MetadataFieldValues;
  },
  status = 200,
) {
  const caller = http.pageCaller(request);
  const view = await describeDocument(http.deps, {
    tenantId: http.tenantOf(request),
    caller,
    documentId: options.documentId,
    version: options.version,
  });
  noStore(reply);
  return reply.html(
    ViewerPage({
      ctx: request.ctx,
      actor: caller.actor,
      view,
      rendition: options.rendition ?? false,
      notice: options.notice,
      errors: options.errors,
      warning: options.warning,
      formValues: options.formValues,
    }),
    status,
  );
}

// Served content is a document of its own: sandboxed (no script, no same-origin access, no forms), no
// outside resources, and framable only by our own viewer page.
const contentSecurityPolicy =
  "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'self'";

// Text and XML are shown as plain text inline: an XML file could otherwise carry XHTML with script.
function servedType(mediaType: string, download: boolean): string {
  if (mediaType === 'text/plain') return 'text/plain; charset=utf-8';
  if (mediaType === 'application/xml')
    return download ? 'application/xml; charset=utf-8' : 'text/plain; charset=utf-8';
  return mediaType;
}

/** Sends opened content with its headers; a matching If-None-Match gets 304 without touching the store. */
export async function sendContent(
  request: FastifyRequest,
  reply: FastifyReply,
  content: OpenedContent,
  download: boolean,
) {
  const etag = `"${content.sha256}"`;
  reply.header('etag', etag);
  // Content is immutable per version, but access is not: revalidate every time (cheap with the ETag).
  reply.header('cache-control', 'private, no-cache');
  reply.header('content-security-policy', contentSecurityPolicy);
  reply.header('x-frame-options', 'SAMEORIGIN');
  reply.header('x-content-type-options', 'nosniff');
  if (request.headers['if-none-match'] === etag) return reply.status(304).send();
  reply.header('content-type', servedType(content.mediaType, download));
  reply.header('content-length', String(content.size));
  reply.header(
    'content-disposition',
    contentDisposition(download ? 'attachment' : 'inline', content.fileName),
  );
  return reply.send(await content.open());
}

export function createViewerRoutes(options: DocumentsOptions): RouteDefinition[] {
  const http = createDocumentsHttp(options);
  return [
    defineRoute({
      method: 'GET',
      url: documentPath(':id'),
      access: { permission: 'records.read' },
      schema: {
        params: IdParams,
        querystring: Type.Object({
          fassung: Type.Optional(Type.String({ maxLength: 10 })),
          darstellung: Type.Optional(Type.Literal('ocr')),
          ergebnis: Type.Optional(Type.String({ maxLength: 20 })),
        }),
        summary: 'Dokument ansehen: Inhalt, Fassungen, Angaben, Protokoll',
        tags: ['E-Akte'],
        produces: ['text/html'],
      },
      handler: async ({ request, reply, params, query }) => {
        const version = query.fassung === undefined ? undefined : versionNumber(query.fassung);
        if (query.fassung !== undefined && version === undefined) throw recordsErrors.not_found();
        const locale = request.ctx.locale;
        const notice =
          query.ergebnis === 'gespeichert'
            ? translate(locale, documentsText.saved)
            : query.ergebnis === 'fassung' && version !== undefined
              ? translate(locale, documentsText.versionAdded, { version })
              : undefined;
        return renderViewer(http, request, reply, {
          documentId: params.id,
          version,
          rendition: query.darstellung === 'ocr',
          notice,
        });
      },
    }),
    defineRoute({
      method: 'GET',
      url: `${documentPath(':id')}/versionen/:version/inhalt`,
      access: { permission: 'records.read' },
      schema: {
        params: Type.Object({ id: IdParams.properties.id, version: Type.String({ maxLength: 40 }) }),
        querystring: Type.Object({
          darstellung: Type.Optional(Type.Literal('ocr')),
          herunterladen: Type.Optional(Type.Literal('1')),
        }),
        summary: 'Inhalt einer Fassung (Original oder durchsuchbares PDF/A)',
        tags: ['E-Akte'],
      },
      handler: async ({ request, reply, params, query }) => {
        const caller = http.pageCaller(request);
        const version = versionNumber(params.version);
        if (version === undefined) throw recordsErrors.not_found();
        const content = await openContent(http.deps, {
          tenantId: http.tenantOf(request),
          caller,
          documentId: params.id,
          version,
          rendition: query.darstellung === 'ocr',
        });
        return sendContent(request, reply, content, query.herunterladen === '1');
      },
    }),
  ];
}
