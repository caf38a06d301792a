// HTTP pages for cases (Vorgänge): list, case page, close/reopen, move to another file.
import { Type } from '@sinclair/typebox';
import { AppError } from '../../platform/http/app-error.ts';
import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import { translate, type Text } from '../../platform/i18n/i18n.ts';
import { casesText } from './records.cases.messages.ts';
import { CasePage, CasesListPage, MoveCasePage } from './records.cases.pages.tsx';
import { describeCase, listCases, moveCase, setCaseClosed } from './records.cases.usecases.ts';
import { problemMessages } from './records.core.fields.ts';
import { CASES_PATH, casePath, noStore, orUndefined, type RecordsHttp } from './records.core.http.ts';
import { loadChoices } from './records.files.choices.ts';
import type { RecordStatus } from './records.tables.ts';

const read = { permission: 'records.read' } as const;
const write = { permission: 'records.write' } as const;
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const pages = { tags: ['E-Akte'], produces: ['text/html'] };
const forms = { ...pages, consumes: ['application/x-www-form-urlencoded'] };
const ListQuery = Type.Object({
  amt: Type.Optional(Type.Union([Type.Literal(''), Type.String({ format: 'uuid' })])),
  status: Type.Optional(Type.Union([Type.Literal(''), Type.Literal('open'), Type.Literal('closed')])),
  meine: Type.Optional(Type.Union([Type.Literal(''), Type.Literal('1')])),
  nach: Type.Optional(Type.String({ maxLength: 100 })),
});
const notices: Record<string, Text> = {
  angelegt: casesText.created,
  abgeschlossen: casesText.closed,
  wiedereroeffnet: casesText.reopened,
};

const shownOnPage = new Set(['records.move_to_same_file', 'records.file_closed', 'records.not_allowed']);

export function createCasesRoutes(http: RecordsHttp): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET',
      url: CASES_PATH,
      access: read,
      schema: { querystring: ListQuery, summary: 'Vorgänge (gefiltert, seitenweise)', ...pages },
      handler: async ({ request, reply, query }) => {
        const caller = http.pageCaller(request);
        const filter = {
          departmentId: orUndefined(query.amt),
          status: orUndefined(query.status) as RecordStatus | undefined,
          responsibleStaffId: query.meine === '1' ? caller.actor.id : undefined,
        };
        const page = await listCases({
          scope: http.scopeOf(request),
          viewer: caller.viewer,
          filter,
          cursor: query.nach,
        });
        const choices = await loadChoices(http.scopeOf(request), caller.viewer);
        noStore(reply);
        return reply.html(
          CasesListPage({
            ctx: request.ctx,
            actor: caller.actor,
            cases: page.items,
            nextCursor: page.nextCursor,
            filter: { amt: query.amt, status: query.status, meine: query.meine },
            departments: choices.allDepartments,
          }),
        );
      },
    }),
    defineRoute({
      method: 'GET',
      url: `${CASES_PATH}/:id`,
      access: read,
      schema: {
        params: IdParams,
        querystring: Type.Object({ ergebnis: Type.Optional(Type.String({ maxLength: 40 })) }),
        summary: 'Vorgang mit Dokumenten',
        ...pages,
      },
      handler: async ({ request, reply, params, query }) => {
        const caller = http.pageCaller(request);
        const view = await describeCase({
          scope: http.scopeOf(request),
          viewer: caller.viewer,
          caseId: params.id,
        });
        const t = (text: Text, values?: Record<string, string>) =>
          translate(request.ctx.locale, text, values);
        const notice =
          query.ergebnis === 'verschoben'
            ? t(casesText.moved, { reference: view.file.reference })
            : notices[query.ergebnis ?? ''] && t(notices[query.ergebnis ?? '']!);
        noStore(reply);
        return reply.html(CasePage({ ctx: request.ctx, actor: caller.actor, view, notice }));
      },
    }),
    ...(['abschliessen', 'wiedereroeffnen'] as const).map((verb) =>
      defineRoute({
        method: 'POST',
        url: `${CASES_PATH}/:id/${verb}`,
        access: write,
        schema: {
          params: IdParams,
          summary: verb === 'abschliessen' ? 'Vorgang abschließen' : 'Vorgang wieder öffnen',
          ...forms,
        },
        handler: async ({ request, reply, params }) => {
          const caller = http.pageCaller(request);
          const closed = verb === 'abschliessen';
          await setCaseClosed({ ...http.depsFor(request, caller), caseId: params.id, closed });
          return reply.redirect(
            `${casePath(params.id)}?ergebnis=${closed ? 'abgeschlossen' : 'wiedereroeffnet'}`,
            303,
          );
        },
      }),
    ),
    defineRoute({
      method: 'GET',
      url: `${CASES_PATH}/:id/verschieben`,
      access: write,
      schema: { params: IdParams, summary: 'Vorgang verschieben (Formular)', ...pages },
      handler: async ({ request, reply, params }) => {
        const caller = http.pageCaller(request);
        const view = await describeCase({
          scope: http.scopeOf(request),
          viewer: caller.viewer,
          caseId: params.id,
        });
        noStore(reply);
        return reply.html(
          MoveCasePage({
            ctx: request.ctx,
            actor: caller.actor,
            caseId: params.id,
            number: view.case.number,
            fileReference: view.file.reference,
          }),
        );
      },
    }),
    defineRoute({
      method: 'POST',
      url: `${CASES_PATH}/:id/verschieben`,
      access: write,
      schema: {
        params: IdParams,
        body: Type.Object({ reference: Type.Optional(Type.String({ maxLength: 200 })) }),
        summary: 'Vorgang in eine andere Akte verschieben',
        ...forms,
      },
      handler: async ({ request, reply, params, body }) => {
        const caller = http.pageCaller(request);
        const reference = body.reference ?? '';
        let errors;
        let status = 400;
        try {
          const result = await moveCase({
            ...http.depsFor(request, caller),
            caseId: params.id,
            target: { reference },
          });
          if (result.ok) return reply.redirect(`${casePath(params.id)}?ergebnis=verschoben`, 303);
          errors = problemMessages(request.ctx.locale, result.errors);
        } catch (error) {
          // Refusals about the target belong beside the field where it was typed.
          if (!(error instanceof AppError) || !shownOnPage.has(error.code)) throw error;
          errors = [{ field: 'reference', message: translate(request.ctx.locale, error.text) }];
          status = error.statusCode;
        }
        const view = await describeCase({
          scope: http.scopeOf(request),
          viewer: caller.viewer,
          caseId: params.id,
        });
        return reply.html(
          MoveCasePage({
            ctx: request.ctx,
            actor: caller.actor,
            caseId: params.id,
            number: view.case.number,
            fileReference: view.file.reference,
            reference,
            errors,
          }),
          status,
        );
      },
    }),
  ];
}
