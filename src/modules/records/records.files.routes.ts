// HTTP pages for files (Akten): list, new, file page, edit. Actions on a file: records.files.actions.routes.ts.
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import { translate, type Text } from '../../platform/i18n/i18n.ts';
import { problemMessages } from './records.core.fields.ts';
import { FILES_PATH, filePath, noStore, orUndefined, type RecordsHttp } from './records.core.http.ts';
import { formatDay } from './records.core.pages.tsx';
import { EditFilePage, FilePage } from './records.files.detail.pages.tsx';
import { filesText } from './records.files.messages.ts';
import { FilesListPage, NewFilePage, type NewFileForm } from './records.files.pages.tsx';
import { describeFile, listFiles } from './records.files.queries.ts';
import { loadChoices } from './records.files.choices.ts';
import { createFile, editFile } from './records.files.usecases.ts';
import type { RecordStatus } from './records.tables.ts';

const read = { permission: 'records.read' } as const;
const write = { permission: 'records.write' } as const;
const optionalId = Type.Optional(Type.Union([Type.Literal(''), Type.String({ format: 'uuid' })]));
const field = Type.Optional(Type.String({ maxLength: 1000 }));
const cursor = Type.Optional(Type.String({ maxLength: 100 }));
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const pages = { tags: ['E-Akte'], produces: ['text/html'] };
const forms = { ...pages, consumes: ['application/x-www-form-urlencoded'] };
const ListQuery = Type.Object({
  amt: optionalId,
  planknoten: optionalId,
  status: Type.Optional(Type.Union([Type.Literal(''), Type.Literal('open'), Type.Literal('closed')])),
  suche: Type.Optional(Type.String({ maxLength: 200 })),
  nach: cursor,
});
const FileQuery = Type.Object({
  ergebnis: Type.Optional(Type.String({ maxLength: 40 })),
  vorgaenge_nach: cursor,
});
export const fileNotices: Record<string, Text> = {
  gespeichert: filesText.saved,
  wiedereroeffnet: filesText.reopened,
  verknuepft: filesText.linked,
  entfernt: filesText.unlinked,
};

export function createFilesRoutes(http: RecordsHttp): RouteDefinition[] {
  const errorsOf = (request: FastifyRequest, errors: Parameters<typeof problemMessages>[1]) =>
    problemMessages(request.ctx.locale, errors);

  return [
    defineRoute({
      method: 'GET',
      url: FILES_PATH,
      access: read,
      schema: { querystring: ListQuery, summary: 'Akten (gefiltert, seitenweise)', ...pages },
      handler: async ({ request, reply, query }) => {
        const caller = http.pageCaller(request);
        const filter = {
          departmentId: orUndefined(query.amt),
          planNodeId: orUndefined(query.planknoten),
          status: orUndefined(query.status) as RecordStatus | undefined,
          text: orUndefined(query.suche?.trim()),
        };
        const page = await listFiles({
          scope: http.scopeOf(request),
          viewer: caller.viewer,
          filter,
          cursor: query.nach,
        });
        const choices = await loadChoices(http.scopeOf(request), caller.viewer);
        noStore(reply);
        return reply.html(
          FilesListPage({
            ctx: request.ctx,
            actor: caller.actor,
            files: page.items,
            nextCursor: page.nextCursor,
            filter: {
              amt: query.amt,
              planknoten: query.planknoten,
              status: query.status,
              suche: query.suche,
            },
            departments: choices.allDepartments,
            planNodes: choices.allPlanNodes,
          }),
        );
      },
    }),
    defineRoute({
      method: 'GET',
      url: `${FILES_PATH}/neu`,
      access: write,
      schema: {
        querystring: Type.Object({ planknoten: optionalId }),
        summary: 'Neue Akte (Formular)',
        ...pages,
      },
      handler: async ({ request, reply, query }) => {
        const caller = http.pageCaller(request);
        const choices = await loadChoices(http.scopeOf(request), caller.viewer);
        noStore(reply);
        const form: NewFileForm = {
          planNodeId: query.planknoten ?? '',
          title: '',
          departmentId: choices.writableDepartments[0]?.id ?? '',
          confidentiality: '',
          retentionYears: '',
          disposal: '',
        };
        return reply.html(
          NewFilePage({
            ctx: request.ctx,
            actor: caller.actor,
            planNodes: choices.usablePlanNodes,
            departments: choices.writableDepartments,
            form,
          }),
        );
      },
    }),
    defineRoute({
      method: 'POST',
      url: FILES_PATH,
      access: write,
      schema: {
        body: Type.Object({
          planNodeId: field,
          title: field,
          departmentId: field,
          confidentiality: field,
          retentionYears: field,
          disposal: field,
        }),
        summary: 'Akte anlegen',
        ...forms,
      },
      handler: async ({ request, reply, body }) => {
        const caller = http.pageCaller(request);
        const form: NewFileForm = {
          planNodeId: body.planNodeId ?? '',
          title: body.title ?? '',
          departmentId: body.departmentId ?? '',
          confidentiality: body.confidentiality ?? '',
          retentionYears: body.retentionYears ?? '',
          disposal: body.disposal ?? '',
        };
        const result = await createFile({
          ...http.depsFor(request, caller),
          pattern: http.pattern,
          input: form,
        });
        if (!result.ok) {
          const choices = await loadChoices(http.scopeOf(request), caller.viewer);
          return reply.html(
            NewFilePage({
              ctx: request.ctx,
              actor: caller.actor,
              planNodes: choices.usablePlanNodes,
              departments: choices.writableDepartments,
              form,
              errors: errorsOf(request, result.errors),
            }),
            400,
          );
        }
        return reply.redirect(`${filePath(result.fileId)}?ergebnis=angelegt`, 303);
      },
    }),
    defineRoute({
      method: 'GET',
      url: `${FILES_PATH}/:id`,
      access: read,
      schema: {
        params: IdParams,
        querystring: FileQuery,
        summary: 'Akte mit Vorgängen und Bezugsakten',
        ...pages,
      },
      handler: async ({ request, reply, params, query }) => {
        const caller = http.pageCaller(request);
        const view = await describeFile({
          scope: http.scopeOf(request),
          viewer: caller.viewer,
          fileId: params.id,
          casesCursor: query.vorgaenge_nach,
        });
        const t = (text: Text, values?: Record<string, string>) =>
          translate(request.ctx.locale, text, values);
        const notice =
          query.ergebnis === 'angelegt'
            ? t(filesText.created, { reference: view.file.reference })
            : query.ergebnis === 'geschlossen' && view.file.retentionUntil
              ? t(filesText.closed, { until: formatDay(request.ctx, view.file.retentionUntil) })
              : fileNotices[query.ergebnis ?? ''] && t(fileNotices[query.ergebnis ?? '']!);
        noStore(reply);
        return reply.html(FilePage({ ctx: request.ctx, actor: caller.actor, view, notice }));
      },
    }),
    defineRoute({
      method: 'GET',
      url: `${FILES_PATH}/:id/bearbeiten`,
      access: write,
      schema: { params: IdParams, summary: 'Akte bearbeiten (Formular)', ...pages },
      handler: async ({ request, reply, params }) => {
        const caller = http.pageCaller(request);
        const { file } = await describeFile({
          scope: http.scopeOf(request),
          viewer: caller.viewer,
          fileId: params.id,
        });
        const choices = await loadChoices(http.scopeOf(request), caller.viewer, file.departmentId);
        noStore(reply);
        return reply.html(
          EditFilePage({
            ctx: request.ctx,
            actor: caller.actor,
            fileId: file.id,
            reference: file.reference,
            departments: choices.editDepartments,
            people: choices.people,
            form: {
              title: file.title,
              departmentId: file.departmentId,
              responsibleStaffId: file.responsibleStaffId ?? '',
              confidentiality: file.confidentiality,
              retentionYears: String(file.retentionYears),
              disposal: file.disposal,
              rowVersion: String(file.rowVersion),
            },
          }),
        );
      },
    }),
    defineRoute({
      method: 'POST',
      url: `${FILES_PATH}/:id/bearbeiten`,
      access: write,
      schema: {
        params: IdParams,
        body: Type.Object({
          title: field,
          departmentId: field,
          responsibleStaffId: field,
          confidentiality: field,
          retentionYears: field,
          disposal: field,
          rowVersion: Type.Optional(Type.String({ maxLength: 12 })),
        }),
        summary: 'Akte ändern (mit der gelesenen Bearbeitungsversion)',
        ...forms,
      },
      handler: async ({ request, reply, params, body }) => {
        const caller = http.pageCaller(request);
        const form = {
          title: body.title ?? '',
          departmentId: body.departmentId ?? '',
          responsibleStaffId: body.responsibleStaffId ?? '',
          confidentiality: body.confidentiality ?? '',
          retentionYears: body.retentionYears ?? '',
          disposal: body.disposal ?? '',
        };
        const result = await editFile({
          ...http.depsFor(request, caller),
          fileId: params.id,
          // A form without the version it was loaded with cannot prove it saw the current state.
          input: {
            ...form,
            rowVersion: /^[1-9]\d{0,8}$/.test(body.rowVersion ?? '') ? Number(body.rowVersion) : 0,
          },
        });
        if (result.ok) return reply.redirect(`${filePath(params.id)}?ergebnis=gespeichert`, 303);
        const { file } = await describeFile({
          scope: http.scopeOf(request),
          viewer: caller.viewer,
          fileId: params.id,
        });
        const choices = await loadChoices(http.scopeOf(request), caller.viewer, file.departmentId);
        return reply.html(
          EditFilePage({
            ctx: request.ctx,
            actor: caller.actor,
            fileId: file.id,
            reference: file.reference,
            departments: choices.editDepartments,
            people: choices.people,
            form: { ...form, rowVersion: body.rowVersion ?? '' },
            errors: errorsOf(request, result.errors),
          }),
          400,
        );
      },
    }),
  ];
}
