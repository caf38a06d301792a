// HTTP of the citizen's Postfach: the list, one message (its first opening is the date of receipt), its
// attachments as downloads, and the reply with text and files. Only the signed-in citizen's own messages
// exist here: every query names the citizen, so another person's message id answers 404.
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { BlobNotFoundError } from '../../../platform/blobs/blobs.errors.ts';
import { decodeTimeIdCursor, encodeTimeIdCursor } from '../../../platform/db/keyset.ts';
import { tenantScope } from '../../../platform/db/tenant-scope.ts';
import { AppError, platformErrors } from '../../../platform/http/app-error.ts';
import { defineRoute, type RouteDefinition } from '../../../platform/http/route.ts';
import { translate } from '../../../platform/i18n/i18n.ts';
import { citizenOf, type CitizenFieldError } from '../../citizens/index.ts';
import type { PortalDeps } from '../portal.deps.ts';
import { mailboxErrors } from './mailbox.errors.ts';
import { mailboxText } from './mailbox.messages.ts';
import { InboxPage, MessagePage, type ReplyForm } from './mailbox.pages.tsx';
import { MAILBOX_PATHS } from './mailbox.paths.ts';
import { checkReplyText, loadAnswerable, sendReply, type MailboxOptions } from './mailbox.reply.ts';
import type { MailboxTables } from './mailbox.tables.ts';
import {
  contentDisposition,
  discardReply,
  maxReplyFiles,
  receiveReply,
  type ReceivedReply,
} from './mailbox.uploads.ts';
import { listInbox, openAttachment, openMessage } from './mailbox.usecases.ts';

const tags = ['Postfach'];
const html = ['text/html'];
const access = { permission: 'citizen.account' };
const Id = Type.String({ format: 'uuid' });
const pageSize = 25;

// Personal data: never kept in shared caches or the browser history.
const noStore = (reply: FastifyReply) => reply.header('cache-control', 'no-store');

export function createMailboxRoutes(deps: PortalDeps, options: MailboxOptions = {}): RouteDefinition[] {
  const db = deps.db as Kysely<MailboxTables>;
  const tenantOf = (request: FastifyRequest) => {
    const tenant = request.ctx.tenant;
    if (!tenant) throw platformErrors.unknown_tenant();
    return tenant.id;
  };
  const scopeOf = (request: FastifyRequest) => tenantScope(db, tenantOf(request));
  const maxFiles = Math.min(maxReplyFiles, deps.ingest.maxFilesPerUpload);

  async function messagePage(request: FastifyRequest, id: string, form: Omit<ReplyForm, 'maxFiles'>) {
    const opened = await openMessage({
      scope: scopeOf(request),
      audit: deps.audit,
      now: deps.now,
      citizenId: citizenOf(request).id,
      messageId: id,
    });
    return MessagePage({ ctx: request.ctx, ...opened, form: { ...form, maxFiles } });
  }

  return [
    defineRoute({
      method: 'GET',
      url: MAILBOX_PATHS.list,
      access,
      schema: {
        querystring: Type.Object({ vor: Type.Optional(Type.String({ maxLength: 100 })) }),
        summary: 'Postfach: Nachrichten, Rückfragen und Bescheide der Verwaltung',
        tags,
        produces: html,
      },
      handler: async ({ request, reply, query }) => {
        const before = query.vor ? decodeTimeIdCursor(query.vor) : undefined;
        const rows = await listInbox({
          scope: scopeOf(request),
          citizenId: citizenOf(request).id,
          limit: pageSize,
          before,
        });
        const messages = rows.slice(0, pageSize);
        const last = messages.at(-1);
        const olderHref =
          rows.length > pageSize && last
            ? `${MAILBOX_PATHS.list}?vor=${encodeURIComponent(encodeTimeIdCursor({ at: last.createdAt, id: last.id }))}`
            : undefined;
        noStore(reply);
        return reply.html(InboxPage({ ctx: request.ctx, messages, olderHref }));
      },
    }),

    defineRoute({
      method: 'GET',
      url: MAILBOX_PATHS.message(':id'),
      access,
      schema: {
        params: Type.Object({ id: Id }),
        querystring: Type.Object({ gesendet: Type.Optional(Type.String({ maxLength: 1 })) }),
        summary: 'Eine Nachricht im Postfach lesen (der erste Abruf gilt als Zugang)',
        tags,
        produces: html,
      },
      handler: async ({ request, reply, params, query }) => {
        noStore(reply);
        return reply.html(await messagePage(request, params.id, { sent: query.gesendet === '1' }));
      },
    }),

    defineRoute({
      method: 'GET',
      url: MAILBOX_PATHS.attachment(':id', ':attachmentId'),
      access,
      schema: {
        params: Type.Object({ id: Id, attachmentId: Id }),
        summary: 'Einen Anhang einer Nachricht herunterladen',
        tags,
        produces: ['application/octet-stream'],
      },
      handler: async ({ request, reply, params }) => {
        const attachment = await openAttachment({
          scope: scopeOf(request),
          audit: deps.audit,
          now: deps.now,
          citizenId: citizenOf(request).id,
          messageId: params.id,
          attachmentId: params.attachmentId,
        });
        let content;
        try {
          content = await deps.blobs.get(attachment.blobSha256);
        } catch (error) {
          if (error instanceof BlobNotFoundError) throw mailboxErrors.mailbox_attachment_not_found();
          throw error;
        }
        noStore(reply);
        // Always a download, never shown in the portal's origin; the browser must not guess the type.
        reply.header(
          'content-type',
          attachment.mediaType === 'text/plain' ? 'text/plain; charset=utf-8' : attachment.mediaType,
        );
        reply.header('content-length', String(attachment.byteSize));
        reply.header('content-disposition', contentDisposition('attachment', attachment.fileName));
        reply.header('x-content-type-options', 'nosniff');
        reply.header('content-security-policy', "default-src 'none'; sandbox");
        return reply.send(content);
      },
    }),

    defineRoute({
      method: 'POST',
      url: MAILBOX_PATHS.reply(':id'),
      access,
      schema: {
        params: Type.Object({ id: Id }),
        summary: 'Auf eine Nachricht antworten (Text und Dateien)',
        description:
          'multipart/form-data: Text im Feld "nachricht" (höchstens 5.000 Zeichen), Dateien im Feld "anhaenge" (mehrere). CSRF-Token im Parameter _csrf.',
        tags,
        consumes: ['multipart/form-data'],
        produces: html,
      },
      handler: async ({ request, reply, params }) => {
        const citizenId = citizenOf(request).id;
        const scope = scopeOf(request);
        const locale = request.ctx.locale;
        // The message is checked before a byte of the upload is read.
        await loadAnswerable(scope, citizenId, params.id);
        const refusedPage = async (errors: CitizenFieldError[], text: string | undefined) => {
          noStore(reply);
          return reply.html(await messagePage(request, params.id, { text, errors }), 400);
        };
        let upload: ReceivedReply;
        try {
          upload = await receiveReply(request, deps.ingest);
        } catch (error) {
          if (!(error instanceof AppError) || error.statusCode >= 500) throw error;
          return refusedPage([{ field: 'anhaenge', message: translate(locale, error.text) }], undefined);
        }
        try {
          const { problem } = checkReplyText(upload.fields['nachricht']);
          const errors: CitizenFieldError[] = problem
            ? [{ field: problem.field, message: translate(locale, problem.text) }]
            : [];
          for (const refused of upload.refused)
            errors.push({
              field: 'anhaenge',
              message: translate(locale, mailboxText.fileRefused, {
                name: refused.fileName,
                reason: translate(locale, refused.reason.text),
              }),
            });
          // Anything refused: nothing is stored, the form comes back with the text as typed.
          if (errors.length > 0) return await refusedPage(errors, upload.fields['nachricht']);
          const { replyId, filingError } = await sendReply({ ...deps, scope }, options, {
            tenantId: tenantOf(request),
            citizenId,
            messageId: params.id,
            text: upload.fields['nachricht'] ?? '',
            files: upload.accepted,
          });
          if (filingError)
            request.log.error({ err: filingError, replyId }, 'mailbox reply could not be filed in its case');
          return reply.redirect(`${MAILBOX_PATHS.message(params.id)}?gesendet=1`, 303);
        } finally {
          await discardReply(upload);
        }
      },
    }),
  ];
}
