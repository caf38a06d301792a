// The JSON API of the E-Akte's core: file plan, files, cases. The same use cases as the pages; staff
// sessions (with the CSRF header) and API clients (bearer token with records.read / records.write).
import { Type } from '@sinclair/typebox';
import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import { createCase, describeCase, listCases } from './records.cases.usecases.ts';
import {
  CaseListItemShape,
  CaseShape,
  FileListItemShape,
  FileShape,
  PlanNodeShape,
  pageOf,
  presentCase,
  presentCaseListItem,
  presentFile,
  presentFileListItem,
  presentPlanNode,
} from './records.core.api.presenters.ts';
import { validationError } from './records.core.fields.ts';
import { API_PATH, noStore, type RecordsHttp } from './records.core.http.ts';
import { describeFile, listFiles } from './records.files.queries.ts';
import { createFile } from './records.files.usecases.ts';
import { loadPlan } from './records.plan.usecases.ts';

const read = { permission: 'records.read' } as const;
const write = { permission: 'records.write' } as const;
const tags = ['E-Akte'];
const Id = Type.String({ format: 'uuid' });
const Confidentiality = Type.Union([
  Type.Literal('open'),
  Type.Literal('internal'),
  Type.Literal('confidential'),
]);
const Disposal = Type.Union([Type.Literal('destroy'), Type.Literal('archive'), Type.Literal('review')]);
const Status = Type.Union([Type.Literal('open'), Type.Literal('closed')]);
const ErrorResponse = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String(), details: Type.Optional(Type.Unknown()) }),
  requestId: Type.String(),
});
const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};
const paging = {
  cursor: Type.Optional(Type.String({ maxLength: 100, description: 'nextCursor der vorigen Seite' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
};

export function createRecordsApiRoutes(http: RecordsHttp): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET',
      url: `${API_PATH}/plan`,
      access: read,
      schema: {
        summary: 'Der Aktenplan: alle Gruppen, nach Kennzeichen sortiert',
        tags,
        response: { 200: Type.Object({ nodes: Type.Array(PlanNodeShape) }), ...errors },
      },
      handler: async ({ request, reply }) => {
        http.apiCaller(request);
        const { byId } = await loadPlan({ scope: http.scopeOf(request) });
        noStore(reply);
        return { nodes: [...byId.values()].map(presentPlanNode) };
      },
    }),
    defineRoute({
      method: 'GET',
      url: `${API_PATH}/files`,
      access: read,
      schema: {
        summary: 'Akten, die der Aufrufer sehen darf, neueste zuerst (seitenweise)',
        tags,
        querystring: Type.Object({
          department: Type.Optional(Id),
          planNode: Type.Optional(Id),
          status: Type.Optional(Status),
          q: Type.Optional(
            Type.String({ minLength: 1, maxLength: 200, description: 'Teil von Titel oder Aktenzeichen' }),
          ),
          ...paging,
        }),
        response: { 200: pageOf(FileListItemShape), ...errors },
      },
      handler: async ({ request, reply, query }) => {
        const { viewer } = http.apiCaller(request);
        const page = await listFiles({
          scope: http.scopeOf(request),
          viewer,
          filter: {
            departmentId: query.department,
            planNodeId: query.planNode,
            status: query.status,
            text: query.q,
          },
          cursor: query.cursor,
          limit: query.limit,
        });
        noStore(reply);
        return { items: page.items.map(presentFileListItem), nextCursor: page.nextCursor };
      },
    }),
    defineRoute({
      method: 'POST',
      url: `${API_PATH}/files`,
      access: write,
      csrf: 'bearer-exempt',
      schema: {
        summary: 'Akte anlegen; das Aktenzeichen wird erzeugt',
        description:
          'Vertraulichkeit, Aufbewahrungsfrist und Aussonderung übernehmen ohne Angabe die Vorgaben der Aktenplangruppe. Ohne responsibleStaffId ist bei Personen diese selbst federführend, bei API-Zugängen niemand.',
        tags,
        // Every field optional in the schema: access is decided before the use case checks what is missing
        // (planNodeId, title and departmentId are required), and it answers with a message per field.
        body: Type.Object(
          {
            planNodeId: Type.Optional(Type.String({ maxLength: 100 })),
            title: Type.Optional(Type.String({ maxLength: 1000 })),
            departmentId: Type.Optional(Type.String({ maxLength: 100 })),
            responsibleStaffId: Type.Optional(Type.Union([Id, Type.Null()])),
            confidentiality: Type.Optional(Confidentiality),
            retentionYears: Type.Optional(Type.Integer({ minimum: 0, maximum: 200 })),
            disposal: Type.Optional(Disposal),
          },
          { additionalProperties: false },
        ),
        response: { 201: FileShape, ...errors },
      },
      handler: async ({ request, reply, body }) => {
        const caller = http.apiCaller(request);
        const deps = http.depsFor(request, caller);
        const result = await createFile({
          ...deps,
          pattern: http.pattern,
          input: {
            ...body,
            planNodeId: body.planNodeId ?? '',
            title: body.title ?? '',
            departmentId: body.departmentId ?? '',
            retentionYears: body.retentionYears === undefined ? undefined : String(body.retentionYears),
          },
        });
        if (!result.ok) throw validationError(request.ctx.locale, result.errors);
        const view = await describeFile({ scope: deps.scope, viewer: caller.viewer, fileId: result.fileId });
        return reply
          .status(201)
          .header('location', `${API_PATH}/files/${result.fileId}`)
          .send(presentFile(view));
      },
    }),
    defineRoute({
      method: 'GET',
      url: `${API_PATH}/files/:id`,
      access: read,
      schema: {
        summary: 'Eine Akte',
        tags,
        params: Type.Object({ id: Id }),
        response: { 200: FileShape, ...errors },
      },
      handler: async ({ request, reply, params }) => {
        const { viewer } = http.apiCaller(request);
        const view = await describeFile({ scope: http.scopeOf(request), viewer, fileId: params.id });
        noStore(reply);
        return presentFile(view);
      },
    }),
    defineRoute({
      method: 'POST',
      url: `${API_PATH}/files/:id/cases`,
      access: write,
      csrf: 'bearer-exempt',
      schema: {
        summary: 'Vorgang in einer offenen Akte anlegen',
        tags,
        params: Type.Object({ id: Id }),
        body: Type.Object(
          {
            title: Type.Optional(Type.String({ maxLength: 1000, description: 'Pflichtfeld' })),
            responsibleStaffId: Type.Optional(Type.Union([Id, Type.Null()])),
          },
          { additionalProperties: false },
        ),
        response: { 201: CaseShape, ...errors },
      },
      handler: async ({ request, reply, params, body }) => {
        const caller = http.apiCaller(request);
        const deps = http.depsFor(request, caller);
        const result = await createCase({
          ...deps,
          fileId: params.id,
          title: body.title ?? '',
          responsibleStaffId: body.responsibleStaffId,
        });
        if (!result.ok) throw validationError(request.ctx.locale, result.errors);
        const view = await describeCase({ scope: deps.scope, viewer: caller.viewer, caseId: result.caseId });
        return reply
          .status(201)
          .header('location', `${API_PATH}/cases/${result.caseId}`)
          .send(presentCase(view));
      },
    }),
    defineRoute({
      method: 'GET',
      url: `${API_PATH}/cases`,
      access: read,
      schema: {
        summary: 'Vorgänge, die der Aufrufer sehen darf, neueste zuerst (seitenweise)',
        tags,
        querystring: Type.Object({
          department: Type.Optional(Id),
          file: Type.Optional(Id),
          status: Type.Optional(Status),
          ...paging,
        }),
        response: { 200: pageOf(CaseListItemShape), ...errors },
      },
      handler: async ({ request, reply, query }) => {
        const { viewer } = http.apiCaller(request);
        const page = await listCases({
          scope: http.scopeOf(request),
          viewer,
          filter: { departmentId: query.department, fileId: query.file, status: query.status },
          cursor: query.cursor,
          limit: query.limit,
        });
        noStore(reply);
        return { items: page.items.map(presentCaseListItem), nextCursor: page.nextCursor };
      },
    }),
    defineRoute({
      method: 'GET',
      url: `${API_PATH}/cases/:id`,
      access: read,
      schema: {
        summary: 'Ein Vorgang mit seinen Dokumenten (ohne Inhalt)',
        tags,
        params: Type.Object({ id: Id }),
        response: { 200: CaseShape, ...errors },
      },
      handler: async ({ request, reply, params }) => {
        const { viewer } = http.apiCaller(request);
        const view = await describeCase({ scope: http.scopeOf(request), viewer, caseId: params.id });
        noStore(reply);
        return presentCase(view);
      },
    }),
  ];
}
