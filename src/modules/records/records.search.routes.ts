// HTTP for the records search: the staff page GET /intern/suche and the API GET /api/v1/records/search.
// Both: authenticate → validate (schema) → authorise (records.read) → searchRecords → present.
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { tenantScope } from '../../platform/db/tenant-scope.ts';
import { platformErrors } from '../../platform/http/app-error.ts';
import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import { recordsActorOf, staffActorOf } from './records.core.actor.ts';
import { recordsViewer } from './records.policies.ts';
import { SEARCH_PATH, SearchPage, type SearchForm } from './records.search.pages.tsx';
import { createSearchRepository } from './records.search.repository.ts';
import { snippetHtml } from './records.search.snippet.ts';
import { SEARCH_CURSOR_PATTERN, searchRecords, type SearchFilters } from './records.search.usecases.ts';
import type { RecordsDb } from './records.tables.ts';

export const SEARCH_API_PATH = '/api/v1/records/search';

const uuid = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const isoDate = '[0-9]{4}-[0-9]{2}-[0-9]{2}';
const planCode = '[0-9A-Za-z]+([.-][0-9A-Za-z]+)*';
// A form sends empty fields as empty strings: each pattern also admits "" (= no filter).
const optional = (pattern: string, maxLength: number) =>
  Type.Optional(Type.String({ pattern: `^(${pattern})?$`, maxLength }));

const PageQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200 })),
  amt: optional(uuid, 36),
  aktenplan: optional(planCode, 40),
  art: optional('[a-z_]{1,40}', 40),
  vorgang: optional('offen|abgeschlossen', 13),
  von: optional(isoDate, 10),
  bis: optional(isoDate, 10),
  weiter: Type.Optional(Type.String({ pattern: SEARCH_CURSOR_PATTERN })),
});

const ApiQuery = Type.Object({
  q: Type.Optional(
    Type.String({ maxLength: 200, description: 'Suchbegriffe; das letzte Wort zählt auch als Wortanfang.' }),
  ),
  departmentId: Type.Optional(Type.String({ format: 'uuid' })),
  planCode: Type.Optional(
    Type.String({ pattern: `^${planCode}$`, maxLength: 40, description: 'mit Untergruppen' }),
  ),
  documentType: Type.Optional(Type.String({ pattern: '^[a-z_]{1,40}$' })),
  status: Type.Optional(
    Type.Union([Type.Literal('open'), Type.Literal('closed')], { description: 'des Vorgangs' }),
  ),
  from: Type.Optional(Type.String({ pattern: `^${isoDate}$` })),
  to: Type.Optional(Type.String({ pattern: `^${isoDate}$` })),
  cursor: Type.Optional(Type.String({ pattern: SEARCH_CURSOR_PATTERN })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
});

const Hit = Type.Object({
  documentId: Type.String({ format: 'uuid' }),
  caseId: Type.String({ format: 'uuid' }),
  fileId: Type.String({ format: 'uuid' }),
  title: Type.String(),
  documentType: Type.String(),
  documentDate: Type.String({ description: 'JJJJ-MM-TT: Eingang, sonst Versand, sonst Ablage' }),
  fileReference: Type.String(),
  fileTitle: Type.String(),
  caseNumber: Type.Integer(),
  caseTitle: Type.String(),
  caseStatus: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
  titleMatch: Type.Boolean({
    description: 'alle Wörter in Titel oder Metadaten (diese Treffer kommen zuerst)',
  }),
  snippet: Type.Union([
    Type.String({ description: 'HTML: maskierter Text, Treffer in <mark>' }),
    Type.Null(),
  ]),
});

const ApiResponse = Type.Object({
  items: Type.Array(Hit),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
  corrected: Type.Array(Type.String(), { description: 'Wörter, für die das ähnlichste Wort gesucht wurde' }),
});

function formOf(query: Static<typeof PageQuery>): SearchForm {
  return {
    q: query.q ?? '',
    amt: query.amt ?? '',
    aktenplan: query.aktenplan ?? '',
    art: query.art ?? '',
    vorgang: query.vorgang ?? '',
    von: query.von ?? '',
    bis: query.bis ?? '',
  };
}

function filtersOf(form: SearchForm): SearchFilters {
  return {
    departmentId: form.amt || undefined,
    planCode: form.aktenplan || undefined,
    documentType: form.art || undefined,
    status: form.vorgang === 'offen' ? 'open' : form.vorgang === 'abgeschlossen' ? 'closed' : undefined,
    from: form.von || undefined,
    to: form.bis || undefined,
  };
}

export function createSearchRoutes(options: { db: Kysely<unknown> }): RouteDefinition[] {
  const db = options.db as Kysely<RecordsDb>;
  const scopeOf = (request: FastifyRequest) => {
    const tenant = request.ctx.tenant;
    if (!tenant) throw platformErrors.unknown_tenant();
    return tenantScope(db, tenant.id);
  };
  return [
    defineRoute({
      method: 'GET',
      url: SEARCH_PATH,
      access: { permission: 'records.read' },
      schema: {
        summary: 'Suche in der E-Akte (Seite)',
        tags: ['E-Akte'],
        querystring: PageQuery,
        produces: ['text/html'],
      },
      handler: async ({ request, reply, query }) => {
        const actor = staffActorOf(request);
        const scope = scopeOf(request);
        const form = formOf(query);
        const result = await searchRecords({
          scope,
          viewer: recordsViewer(actor),
          text: form.q,
          filters: filtersOf(form),
          cursor: query.weiter,
        });
        const departments = await scope((trx) => createSearchRepository({ trx }).departments());
        // Hits quote record contents: no shared or browser cache keeps them.
        reply.header('cache-control', 'private, no-store');
        return reply.html(SearchPage({ ctx: request.ctx, actor, form, departments, result }));
      },
    }),

    defineRoute({
      method: 'GET',
      url: SEARCH_API_PATH,
      access: { permission: 'records.read' },
      schema: {
        summary: 'Dokumente der E-Akte suchen',
        description:
          'Volltextsuche über Titel, Metadaten und Text der Dokumente (deutsche Wortformen, ae/oe/ue/ss, Wortanfang des letzten Worts, Tippfehlerkorrektur). Liefert nur, was der Aufrufer sehen darf; API-Zugänge sehen keine vertraulichen Akten. Blättern mit `cursor` aus `nextCursor`.',
        tags: ['E-Akte'],
        querystring: ApiQuery,
        response: { 200: ApiResponse },
      },
      handler: async ({ request, reply, query }) => {
        const actor = recordsActorOf(request);
        reply.header('cache-control', 'private, no-store');
        const result = await searchRecords({
          scope: scopeOf(request),
          viewer: recordsViewer(actor),
          text: query.q ?? '',
          filters: {
            departmentId: query.departmentId,
            planCode: query.planCode,
            documentType: query.documentType,
            status: query.status,
            from: query.from,
            to: query.to,
          },
          cursor: query.cursor,
          limit: query.limit ?? 20,
        });
        return {
          items: result.hits.map(({ snippet, ...hit }) => ({
            ...hit,
            snippet: snippet === null ? null : snippetHtml(snippet),
          })),
          nextCursor: result.nextCursor,
          corrected: result.corrected,
        };
      },
    }),
  ];
}
