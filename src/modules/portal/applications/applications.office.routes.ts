// HTTP of the office side: the department inbox and one application's case view with its actions.
// Each action redirects back to the case view with a result (POST-redirect-GET); bad input shows the
// view again with an error summary and the typed values.
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { platformErrors } from '../../../platform/http/app-error.ts';
import { defineRoute, type RouteDefinition } from '../../../platform/http/route.ts';
import { translate, type Text } from '../../../platform/i18n/i18n.ts';
import { decodeTimeIdCursor, encodeTimeIdCursor } from '../../../platform/db/keyset.ts';
import { parseDay, localDay } from '../../../platform/time/calendar-day.ts';
import type { Child } from '../../../platform/ui/jsx-runtime.ts';
import { accessErrors, type StaffActor } from '../../access/index.ts';
import type { PortalDeps } from '../portal.deps.ts';
import type { InboxAssignment, InboxStatusFilter } from './applications.inbox.repository.ts';
import { CaseViewPage, type CaseForms, type CaseView } from './applications.office.case.pages.tsx';
import { listSavedFilters } from './applications.filters.ts';
import { InboxPage } from './applications.office.inbox.pages.tsx';
import { decideText } from './applications.decide.messages.ts';
import { officeText } from './applications.office.messages.ts';
import {
  addNote,
  askCitizen,
  assignApplication,
  claimApplication,
  closeApplication,
  listInbox,
  loadCaseView,
} from './applications.office.usecases.ts';
import { APPLICATION_PATHS } from './applications.paths.ts';
import { onlineServiceFor } from './applications.services.ts';
import type { ApplicationStatus } from './applications.tables.ts';

const tags = ['Online-Dienste (Verwaltung)'];
const html = ['text/html'];
const form = ['application/x-www-form-urlencoded'];
const access = { permission: 'portal.work_applications' } as const;
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const statuses: ApplicationStatus[] = ['submitted', 'in_progress', 'query', 'decided', 'closed'];

const results = {
  uebernommen: officeText.claimed,
  zugewiesen: officeText.assigned,
  vermerkt: officeText.noteAdded,
  gefragt: officeText.querySent,
  abgeschlossen: officeText.closed,
  entschieden: decideText.decided,
} satisfies Record<string, Text>;
export type OfficeResult = keyof typeof results;

export function staffOf(request: FastifyRequest): StaffActor {
  if (!request.actor) throw accessErrors.unauthenticated();
  return request.actor;
}

export function tenantOf(request: FastifyRequest): string {
  if (!request.ctx.tenant) throw platformErrors.unknown_tenant();
  return request.ctx.tenant.id;
}

export function backToCase(reply: FastifyReply, id: string, result: OfficeResult) {
  return reply.redirect(`${APPLICATION_PATHS.office(id)}?ergebnis=${result}`, 303);
}

function statusFilter(value: string | undefined): InboxStatusFilter {
  if (value === 'alle') return 'all';
  return statuses.find((status) => status === value) ?? 'open';
}

function assignmentFilter(value: string | undefined): InboxAssignment {
  return value === 'meine' ? 'mine' : value === 'niemand' ? 'unassigned' : 'any';
}

/** The case view with errors and the typed values (400), as the form posted them. */
export async function showCaseWithErrors(
  deps: PortalDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  id: string,
  errors: { field: string; message: string }[],
  forms: CaseForms,
  decide: (view: CaseView) => Promise<Child>,
) {
  const actor = staffOf(request);
  const view = await loadCaseView(deps, tenantOf(request), actor, id);
  return reply.code(400).html(
    CaseViewPage({
      ctx: request.ctx,
      actor,
      view,
      online: onlineServiceFor(view.application.form_key),
      errors,
      forms,
      decide: await decide(view),
    }),
  );
}

export function createOfficeRoutes(
  deps: PortalDeps,
  decide: {
    section: (request: FastifyRequest, view: Awaited<ReturnType<typeof loadCaseView>>) => Promise<Child>;
  },
): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET',
      url: APPLICATION_PATHS.inbox,
      access,
      schema: {
        querystring: Type.Object({
          stand: Type.Optional(Type.String({ maxLength: 20 })),
          bearbeitung: Type.Optional(Type.String({ maxLength: 20 })),
          amt: Type.Optional(Type.String({ maxLength: 40 })),
          weiter: Type.Optional(Type.String({ maxLength: 100 })),
          filter: Type.Optional(Type.String({ maxLength: 20 })),
        }),
        summary: 'Anträge der eigenen Ämter (Posteingang)',
        tags,
        produces: html,
      },
      handler: async ({ request, reply, query }) => {
        const actor = staffOf(request);
        const cursor = query.weiter ? decodeTimeIdCursor(query.weiter) : undefined;
        const result = await listInbox(deps, tenantOf(request), actor, {
          status: statusFilter(query.stand),
          assignment: assignmentFilter(query.bearbeitung),
          departmentId: query.amt && /^[0-9a-f-]{36}$/.test(query.amt) ? query.amt : undefined,
          after: cursor ? { submittedAt: cursor.at, id: cursor.id } : undefined,
        });
        const formValues = {
          stand: query.stand ?? 'offen',
          bearbeitung: query.bearbeitung ?? 'alle',
          amt: query.amt ?? '',
        };
        const nextHref = result.next
          ? `${APPLICATION_PATHS.inbox}?${new URLSearchParams({
              ...formValues,
              weiter: encodeTimeIdCursor({ at: result.next.submittedAt, id: result.next.id }),
            }).toString()}`
          : undefined;
        const savedFilters = await listSavedFilters(deps, tenantOf(request), actor.id);
        const filterResults = ['gespeichert', 'geloescht', 'name-fehlt', 'zu-viele'] as const;
        const filterResult = filterResults.find((value) => value === query.filter);
        reply.header('cache-control', 'no-store');
        return reply.code(filterResult === 'name-fehlt' || filterResult === 'zu-viele' ? 400 : 200).html(
          InboxPage({
            ctx: request.ctx,
            actor,
            form: formValues,
            view: {
              rows: result.rows,
              departments: result.departments,
              nextHref,
              savedFilters,
              filterResult,
            },
          }),
        );
      },
    }),
    defineRoute({
      method: 'GET',
      url: APPLICATION_PATHS.office(':id'),
      access,
      schema: {
        params: IdParams,
        querystring: Type.Object({ ergebnis: Type.Optional(Type.String({ maxLength: 20 })) }),
        summary: 'Ein Antrag: Angaben, Nachrichten, Vermerke, Aktionen',
        tags,
        produces: html,
      },
      handler: async ({ request, reply, params, query }) => {
        const actor = staffOf(request);
        const view = await loadCaseView(deps, tenantOf(request), actor, params.id);
        const notice =
          query.ergebnis && Object.hasOwn(results, query.ergebnis)
            ? results[query.ergebnis as keyof typeof results]
            : undefined;
        reply.header('cache-control', 'no-store');
        return reply.html(
          CaseViewPage({
            ctx: request.ctx,
            actor,
            view,
            online: onlineServiceFor(view.application.form_key),
            notice,
            decide: await decide.section(request, view),
          }),
        );
      },
    }),
    defineRoute({
      method: 'POST',
      url: APPLICATION_PATHS.officeAction(':id', 'uebernehmen'),
      access,
      schema: { params: IdParams, summary: 'Antrag übernehmen', tags, consumes: form, produces: html },
      handler: async ({ request, reply, params }) => {
        await claimApplication(deps, tenantOf(request), staffOf(request), params.id);
        return backToCase(reply, params.id, 'uebernommen');
      },
    }),
    defineRoute({
      method: 'POST',
      url: APPLICATION_PATHS.officeAction(':id', 'zuweisen'),
      access,
      schema: {
        params: IdParams,
        body: Type.Object({ bearbeitung: Type.Optional(Type.String({ maxLength: 40 })) }),
        summary: 'Antrag zuweisen (Amtsleitung)',
        tags,
        consumes: form,
        produces: html,
      },
      handler: async ({ request, reply, params, body }) => {
        const staffId =
          body.bearbeitung && /^[0-9a-f-]{36}$/.test(body.bearbeitung) ? body.bearbeitung : null;
        await assignApplication(deps, tenantOf(request), staffOf(request), params.id, staffId);
        return backToCase(reply, params.id, 'zugewiesen');
      },
    }),
    defineRoute({
      method: 'POST',
      url: APPLICATION_PATHS.officeAction(':id', 'vermerk'),
      access,
      schema: {
        params: IdParams,
        body: Type.Object({ vermerk: Type.Optional(Type.String({ maxLength: 20_000 })) }),
        summary: 'Internen Vermerk zum Antrag speichern',
        tags,
        consumes: form,
        produces: html,
      },
      handler: async ({ request, reply, params, body }) => {
        const note = (body.vermerk ?? '').trim();
        if (note === '' || note.length > 5000)
          return showCaseWithErrors(
            deps,
            request,
            reply,
            params.id,
            [{ field: 'vermerk', message: translate(request.ctx.locale, officeText.noteMissing) }],
            { note: body.vermerk ?? '' },
            (view) => decide.section(request, view),
          );
        await addNote(deps, tenantOf(request), staffOf(request), params.id, note);
        return backToCase(reply, params.id, 'vermerkt');
      },
    }),
    defineRoute({
      method: 'POST',
      url: APPLICATION_PATHS.officeAction(':id', 'rueckfrage'),
      access,
      schema: {
        params: IdParams,
        body: Type.Object({
          betreff: Type.Optional(Type.String({ maxLength: 1000 })),
          nachricht: Type.Optional(Type.String({ maxLength: 20_000 })),
          antwortBis: Type.Optional(Type.String({ maxLength: 20 })),
        }),
        summary: 'Rückfrage an die antragstellende Person (Postfach, mit Frist)',
        tags,
        consumes: form,
        produces: html,
      },
      handler: async ({ request, reply, params, body }) => {
        const locale = request.ctx.locale;
        const typed = {
          betreff: body.betreff ?? '',
          nachricht: body.nachricht ?? '',
          antwortBis: body.antwortBis ?? '',
        };
        const subject = typed.betreff.trim();
        const message = typed.nachricht.trim();
        const errors: { field: string; message: string }[] = [];
        if (subject === '' || subject.length > 200)
          errors.push({ field: 'betreff', message: translate(locale, officeText.querySubjectMissing) });
        if (message === '' || message.length > 5000)
          errors.push({ field: 'nachricht', message: translate(locale, officeText.queryBodyMissing) });
        const replyBy = parseDay(typed.antwortBis);
        const today = localDay(deps.now());
        const inAYear = localDay(new Date(deps.now().getTime() + 366 * 86_400_000));
        if (!replyBy || replyBy <= today || replyBy > inAYear)
          errors.push({ field: 'antwortBis', message: translate(locale, officeText.queryReplyByInvalid) });
        if (errors.length > 0)
          return showCaseWithErrors(deps, request, reply, params.id, errors, { query: typed }, (view) =>
            decide.section(request, view),
          );
        await askCitizen(deps, tenantOf(request), staffOf(request), {
          applicationId: params.id,
          subject,
          body: message,
          replyBy: replyBy!,
        });
        return backToCase(reply, params.id, 'gefragt');
      },
    }),
    defineRoute({
      method: 'POST',
      url: APPLICATION_PATHS.officeAction(':id', 'abschliessen'),
      access,
      schema: {
        params: IdParams,
        summary: 'Entschiedenen Antrag abschließen',
        tags,
        consumes: form,
        produces: html,
      },
      handler: async ({ request, reply, params }) => {
        await closeApplication(deps, tenantOf(request), staffOf(request), params.id);
        return backToCase(reply, params.id, 'abgeschlossen');
      },
    }),
  ];
}
