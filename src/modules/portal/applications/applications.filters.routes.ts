// Saving and deleting a person's inbox filters (the inbox page lists them as links).
import { Type } from '@sinclair/typebox';
import { defineRoute, type RouteDefinition } from '../../../platform/http/route.ts';
import type { PortalDeps } from '../portal.deps.ts';
import { deleteFilter, filterQuery, saveFilter } from './applications.filters.ts';
import { staffOf, tenantOf } from './applications.office.routes.ts';
import { APPLICATION_PATHS } from './applications.paths.ts';

const access = { permission: 'portal.work_applications' } as const;
const tags = ['Online-Dienste (Verwaltung)'];
const short = (max: number) => Type.Optional(Type.String({ maxLength: max }));

export function createFilterRoutes(deps: PortalDeps): RouteDefinition[] {
  return [
    defineRoute({
      method: 'POST',
      url: `${APPLICATION_PATHS.inbox}/filter`,
      access,
      schema: {
        body: Type.Object({ name: short(500), stand: short(20), bearbeitung: short(20), amt: short(40) }),
        summary: 'Den aktuellen Filter des Posteingangs unter einem Namen speichern',
        tags,
        consumes: ['application/x-www-form-urlencoded'],
        produces: ['text/html'],
      },
      handler: async ({ request, reply, body }) => {
        const values = {
          stand: body.stand ?? 'offen',
          bearbeitung: body.bearbeitung ?? 'alle',
          amt: body.amt ?? '',
        };
        const name = (body.name ?? '').trim();
        const back = `${APPLICATION_PATHS.inbox}?${filterQuery(values)}`;
        if (name === '' || name.length > 80) return reply.redirect(`${back}&filter=name-fehlt`, 303);
        const saved = await saveFilter(deps, tenantOf(request), staffOf(request).id, name, values);
        return reply.redirect(`${back}&filter=${saved ? 'gespeichert' : 'zu-viele'}`, 303);
      },
    }),
    defineRoute({
      method: 'POST',
      url: `${APPLICATION_PATHS.inbox}/filter/:id/loeschen`,
      access,
      schema: {
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        summary: 'Einen gespeicherten Filter löschen',
        tags,
        consumes: ['application/x-www-form-urlencoded'],
        produces: ['text/html'],
      },
      handler: async ({ request, reply, params }) => {
        await deleteFilter(deps, tenantOf(request), staffOf(request).id, params.id);
        return reply.redirect(`${APPLICATION_PATHS.inbox}?filter=geloescht`, 303);
      },
    }),
  ];
}
