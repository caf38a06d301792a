// HTTP actions on one file: close (zdA) and reopen, link and unlink related files, add a case.
// Refusals a person can act on (open cases, an unknown reference) are shown on the file page itself.
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/http/app-error.ts';
import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import { translate } from '../../platform/i18n/i18n.ts';
import { createCase } from './records.cases.usecases.ts';
import type { RecordsCaller } from './records.core.actor.ts';
import { problemMessages } from './records.core.fields.ts';
import { FILES_PATH, casePath, filePath, type RecordsHttp } from './records.core.http.ts';
import type { PageError } from './records.core.pages.tsx';
import { FilePage } from './records.files.detail.pages.tsx';
import { changeFileLink } from './records.files.links.ts';
import { describeFile } from './records.files.queries.ts';
import { closeFile, reopenFile } from './records.files.usecases.ts';

const write = { permission: 'records.write' } as const;
const field = Type.Optional(Type.String({ maxLength: 1000 }));
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const forms = { tags: ['E-Akte'], produces: ['text/html'], consumes: ['application/x-www-form-urlencoded'] };
const shownOnPage = new Set([
  'records.file_has_open_cases',
  'records.file_already_closed',
  'records.link_to_itself',
]);

export function createFileActionRoutes(http: RecordsHttp): RouteDefinition[] {
  const filePage = async (
    request: FastifyRequest,
    caller: RecordsCaller & { actor: NonNullable<FastifyRequest['actor']> },
    fileId: string,
    extra: {
      casesCursor?: string | undefined;
      caseTitle?: string;
      linkReference?: string;
      errors?: PageError[];
      notice?: string;
    } = {},
  ) => {
    const view = await describeFile({
      scope: http.scopeOf(request),
      viewer: caller.viewer,
      fileId,
      casesCursor: extra.casesCursor,
    });
    return FilePage({ ctx: request.ctx, actor: caller.actor, view, ...extra });
  };
  const errorsOf = (request: FastifyRequest, errors: Parameters<typeof problemMessages>[1]) =>
    problemMessages(request.ctx.locale, errors);

  return [
    ...(['schliessen', 'wiedereroeffnen'] as const).map((verb) =>
      defineRoute({
        method: 'POST',
        url: `${FILES_PATH}/:id/${verb}`,
        access: write,
        schema: {
          params: IdParams,
          summary:
            verb === 'schliessen' ? 'Akte schließen (zdA)' : 'Geschlossene Akte wieder öffnen (Registratur)',
          ...forms,
        },
        handler: async ({ request, reply, params }) => {
          const caller = http.pageCaller(request);
          try {
            if (verb === 'schliessen')
              await closeFile({ ...http.depsFor(request, caller), fileId: params.id });
            else await reopenFile({ ...http.depsFor(request, caller), fileId: params.id });
          } catch (error) {
            if (!(error instanceof AppError) || !shownOnPage.has(error.code)) throw error;
            const errors = [{ field: 'cases-heading', message: translate(request.ctx.locale, error.text) }];
            return reply.html(await filePage(request, caller, params.id, { errors }), error.statusCode);
          }
          return reply.redirect(
            `${filePath(params.id)}?ergebnis=${verb === 'schliessen' ? 'geschlossen' : 'wiedereroeffnet'}`,
            303,
          );
        },
      }),
    ),
    defineRoute({
      method: 'POST',
      url: `${FILES_PATH}/:id/bezuege`,
      access: write,
      schema: {
        params: IdParams,
        body: Type.Object({ reference: field }),
        summary: 'Bezugsakte verknüpfen',
        ...forms,
      },
      handler: async ({ request, reply, params, body }) => {
        const caller = http.pageCaller(request);
        const reference = body.reference ?? '';
        try {
          const result = await changeFileLink({
            ...http.depsFor(request, caller),
            fileId: params.id,
            target: { otherReference: reference },
            link: true,
          });
          if (!result.ok)
            return reply.html(
              await filePage(request, caller, params.id, {
                linkReference: reference,
                errors: errorsOf(request, result.errors),
              }),
              400,
            );
        } catch (error) {
          if (!(error instanceof AppError) || !shownOnPage.has(error.code)) throw error;
          const errors = [{ field: 'reference', message: translate(request.ctx.locale, error.text) }];
          return reply.html(
            await filePage(request, caller, params.id, { linkReference: reference, errors }),
            error.statusCode,
          );
        }
        return reply.redirect(`${filePath(params.id)}?ergebnis=verknuepft`, 303);
      },
    }),
    defineRoute({
      method: 'POST',
      url: `${FILES_PATH}/:id/bezuege/:otherId/entfernen`,
      access: write,
      schema: {
        params: Type.Object({
          id: Type.String({ format: 'uuid' }),
          otherId: Type.String({ format: 'uuid' }),
        }),
        summary: 'Verknüpfung mit einer Bezugsakte entfernen',
        ...forms,
      },
      handler: async ({ request, reply, params }) => {
        const caller = http.pageCaller(request);
        await changeFileLink({
          ...http.depsFor(request, caller),
          fileId: params.id,
          target: { otherFileId: params.otherId },
          link: false,
        });
        return reply.redirect(`${filePath(params.id)}?ergebnis=entfernt`, 303);
      },
    }),
    defineRoute({
      method: 'POST',
      url: `${FILES_PATH}/:id/vorgaenge`,
      access: write,
      schema: {
        params: IdParams,
        body: Type.Object({ title: field }),
        summary: 'Vorgang in der Akte anlegen',
        ...forms,
      },
      handler: async ({ request, reply, params, body }) => {
        const caller = http.pageCaller(request);
        const title = body.title ?? '';
        const result = await createCase({ ...http.depsFor(request, caller), fileId: params.id, title });
        if (!result.ok)
          return reply.html(
            await filePage(request, caller, params.id, {
              caseTitle: title,
              errors: errorsOf(request, result.errors),
            }),
            400,
          );
        return reply.redirect(`${casePath(result.caseId)}?ergebnis=angelegt`, 303);
      },
    }),
  ];
}
