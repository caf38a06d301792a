// HTTP for the file plan: the tree and a group's page (records.read), maintenance and CSV import
// (records.manage_plan).
import type { MultipartFile } from '@fastify/multipart';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import type { Text } from '../../platform/i18n/i18n.ts';
import { translate } from '../../platform/i18n/i18n.ts';
import { problemMessages, type FieldProblem } from './records.core.fields.ts';
import { PLAN_IMPORT_PATH, PLAN_PATH, noStore, planNodePath, type RecordsHttp } from './records.core.http.ts';
import type { PageError } from './records.core.pages.tsx';
import { recordsErrors } from './records.errors.ts';
import { importPlanCsv, type ImportProblem } from './records.plan-import.ts';
import { PlanImportPage } from './records.plan-import.pages.tsx';
import { importText, planText } from './records.plan.messages.ts';
import { PlanNodePage, PlanPage } from './records.plan.pages.tsx';
import * as plan from './records.plan.usecases.ts';

const read = { permission: 'records.read' } as const;
const manage = { permission: 'records.manage_plan' } as const;
const field = Type.Optional(Type.String({ maxLength: 3000 }));
const NodeForm = Type.Object({
  code: field,
  title: field,
  description: field,
  retentionYears: field,
  disposal: field,
  confidentiality: field,
});
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const NoticeQuery = Type.Object({
  ergebnis: Type.Optional(Type.String({ maxLength: 40 })),
  neu: Type.Optional(Type.String({ maxLength: 10 })),
  geaendert: Type.Optional(Type.String({ maxLength: 10 })),
  gleich: Type.Optional(Type.String({ maxLength: 10 })),
});
const pages = { tags: ['E-Akte'], produces: ['text/html'] };
const forms = { ...pages, consumes: ['application/x-www-form-urlencoded'] };
const notices: Record<string, Text> = {
  angelegt: planText.created,
  gespeichert: planText.saved,
  stillgelegt: planText.deactivated,
  aktiviert: planText.reactivated,
};
export const MAX_CSV_BYTES = 2 * 1024 * 1024;

function nodeInput(body: Record<string, string | undefined>) {
  return {
    title: body.title ?? '',
    description: body.description ?? '',
    retentionYears: body.retentionYears ?? '',
    disposal: body.disposal ?? '',
    confidentiality: body.confidentiality ?? '',
  };
}

export function createPlanRoutes(http: RecordsHttp): RouteDefinition[] {
  const messages = (request: FastifyRequest, errors: FieldProblem[]) =>
    problemMessages(request.ctx.locale, errors);

  const planPage = async (request: FastifyRequest, extra: Partial<Parameters<typeof PlanPage>[0]> = {}) => {
    const { actor } = http.pageCaller(request);
    const { roots } = await plan.loadPlan({ scope: http.scopeOf(request) });
    return PlanPage({ ctx: request.ctx, actor, roots, ...extra });
  };
  const nodePage = async (
    request: FastifyRequest,
    nodeId: string,
    extra: Partial<Parameters<typeof PlanNodePage>[0]> = {},
  ) => {
    const { actor } = http.pageCaller(request);
    const { byId } = await plan.loadPlan({ scope: http.scopeOf(request) });
    const node = byId.get(nodeId);
    if (!node) throw recordsErrors.not_found();
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    return PlanNodePage({ ctx: request.ctx, actor, node, parent, ...extra });
  };

  return [
    defineRoute({
      method: 'GET',
      url: PLAN_PATH,
      access: read,
      schema: { querystring: NoticeQuery, summary: 'Aktenplan als Baum', ...pages },
      handler: async ({ request, reply, query }) => {
        noStore(reply);
        const t = (text: Text) => translate(request.ctx.locale, text);
        const notice =
          query.ergebnis === 'eingelesen'
            ? translate(request.ctx.locale, planText.imported, {
                created: Number(query.neu ?? 0),
                updated: Number(query.geaendert ?? 0),
                unchanged: Number(query.gleich ?? 0),
              })
            : notices[query.ergebnis ?? ''] && t(notices[query.ergebnis ?? '']!);
        return reply.html(await planPage(request, { notice }));
      },
    }),
    defineRoute({
      method: 'POST',
      url: PLAN_PATH,
      access: manage,
      schema: { body: NodeForm, summary: 'Gruppe zum Aktenplan hinzufügen', ...forms },
      handler: async ({ request, reply, body }) => {
        const { actor } = http.pageCaller(request);
        const input = { code: body.code ?? '', ...nodeInput(body) };
        const result = await plan.addPlanNode({
          scope: http.scopeOf(request),
          audit: http.audit,
          actor,
          ...input,
        });
        if (!result.ok)
          return reply.html(
            await planPage(request, { form: input, errors: messages(request, result.errors) }),
            400,
          );
        return reply.redirect(`${planNodePath(result.nodeId)}?ergebnis=angelegt`, 303);
      },
    }),
    defineRoute({
      method: 'GET',
      url: PLAN_IMPORT_PATH,
      access: manage,
      schema: { summary: 'Aktenplan aus CSV einlesen (Formular)', ...pages },
      handler: async ({ request, reply }) => {
        noStore(reply);
        return reply.html(PlanImportPage({ ctx: request.ctx, actor: http.pageCaller(request).actor }));
      },
    }),
    defineRoute({
      method: 'POST',
      url: PLAN_IMPORT_PATH,
      access: manage,
      bodyLimit: MAX_CSV_BYTES + 64 * 1024,
      schema: {
        querystring: Type.Object({ _csrf: Type.Optional(Type.String({ maxLength: 200 })) }),
        summary: 'Aktenplan aus CSV einlesen (alles oder nichts)',
        ...pages,
        consumes: ['multipart/form-data'],
      },
      handler: async ({ request, reply }) => {
        const { actor } = http.pageCaller(request);
        const problemPage = (problems: ImportProblem[]) => {
          const errors: PageError[] = problems.map((problem) => ({
            field: 'csv',
            message: translate(request.ctx.locale, problem.text, problem.values),
          }));
          return reply.html(PlanImportPage({ ctx: request.ctx, actor, errors }), 400);
        };
        const bytes = await readUpload(request);
        if (bytes === 'missing') return problemPage([{ line: 0, text: importText.fileMissing }]);
        if (bytes === 'too_large') return problemPage([{ line: 0, text: importText.fileTooLarge }]);
        const result = await importPlanCsv({ scope: http.scopeOf(request), audit: http.audit, actor, bytes });
        if (!result.ok) return problemPage(result.problems);
        const counts = `neu=${result.created}&geaendert=${result.updated}&gleich=${result.unchanged}`;
        return reply.redirect(`${PLAN_PATH}?ergebnis=eingelesen&${counts}`, 303);
      },
    }),
    defineRoute({
      method: 'GET',
      url: `${PLAN_PATH}/:id`,
      access: read,
      schema: { params: IdParams, querystring: NoticeQuery, summary: 'Gruppe des Aktenplans', ...pages },
      handler: async ({ request, reply, params, query }) => {
        noStore(reply);
        const notice = notices[query.ergebnis ?? ''];
        return reply.html(
          await nodePage(request, params.id, { notice: notice && translate(request.ctx.locale, notice) }),
        );
      },
    }),
    defineRoute({
      method: 'POST',
      url: `${PLAN_PATH}/:id`,
      access: manage,
      schema: { params: IdParams, body: NodeForm, summary: 'Gruppe des Aktenplans ändern', ...forms },
      handler: async ({ request, reply, params, body }) => {
        const { actor } = http.pageCaller(request);
        const input = nodeInput(body);
        const result = await plan.editPlanNode({
          scope: http.scopeOf(request),
          audit: http.audit,
          actor,
          nodeId: params.id,
          ...input,
        });
        if (!result.ok)
          return reply.html(
            await nodePage(request, params.id, { form: input, errors: messages(request, result.errors) }),
            400,
          );
        return reply.redirect(`${planNodePath(params.id)}?ergebnis=gespeichert`, 303);
      },
    }),
    ...(['stilllegen', 'aktivieren'] as const).map((verb) =>
      defineRoute({
        method: 'POST',
        url: `${PLAN_PATH}/:id/${verb}`,
        access: manage,
        schema: {
          params: IdParams,
          summary: verb === 'stilllegen' ? 'Gruppe samt Untergruppen stilllegen' : 'Gruppe wieder aktivieren',
          ...forms,
        },
        handler: async ({ request, reply, params }) => {
          const { actor } = http.pageCaller(request);
          const active = verb === 'aktivieren';
          const result = await plan.setPlanNodeActive({
            scope: http.scopeOf(request),
            audit: http.audit,
            actor,
            nodeId: params.id,
            active,
          });
          if (!result.ok)
            return reply.html(
              await nodePage(request, params.id, { errors: messages(request, result.errors) }),
              409,
            );
          return reply.redirect(
            `${planNodePath(params.id)}?ergebnis=${active ? 'aktiviert' : 'stillgelegt'}`,
            303,
          );
        },
      }),
    ),
  ];
}

/** The uploaded CSV's bytes, or why there are none. Reads at most MAX_CSV_BYTES. */
async function readUpload(request: FastifyRequest): Promise<Uint8Array | 'missing' | 'too_large'> {
  if (typeof request.isMultipart !== 'function' || !request.isMultipart()) return 'missing';
  let part: MultipartFile | undefined;
  try {
    part = await request.file({ limits: { fileSize: MAX_CSV_BYTES, files: 1, fields: 5 } });
    if (!part) return 'missing';
    const bytes = await part.toBuffer();
    if (bytes.length === 0) return 'missing';
    return bytes;
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') return 'too_large';
    throw error;
  }
}
