// The catalogue's routes: the public pages (anyone) and the administration (portal.manage_catalogue).
import { Type } from '@sinclair/typebox';
import { defineRoute, type RouteDefinition } from '../../../platform/http/route.ts';
import type { PortalDeps } from '../portal.deps.ts';
import { createCatalogueAdminRoutes } from './catalogue.admin.routes.ts';
import { publicPages, scopeFor } from './catalogue.http.ts';
import { CatalogueListPage, DigitalPage, ServicePage } from './catalogue.pages.tsx';
import { CATALOGUE_PATHS } from './catalogue.paths.ts';
import { listDigitalServices, loadServiceBySlug, searchCatalogue } from './catalogue.usecases.ts';

const SearchQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200 })),
  online: Type.Optional(Type.String({ maxLength: 10 })),
});
const SlugParams = Type.Object({ slug: Type.String({ minLength: 1, maxLength: 100 }) });

export function createCatalogueRoutes(deps: PortalDeps): RouteDefinition[] {
  const scopeOf = scopeFor(deps.db);
  return [
    defineRoute({
      method: 'GET',
      url: CATALOGUE_PATHS.list,
      access: 'public',
      schema: { querystring: SearchQuery, summary: 'Leistungen von A bis Z, mit Suche', ...publicPages },
      handler: async ({ request, reply, query }) => {
        const q = (query.q ?? '').trim();
        const onlyOnline = query.online === 'ja';
        const { services } = await searchCatalogue({ scope: scopeOf(request), query: q, onlyOnline });
        return reply.html(
          CatalogueListPage({
            ctx: request.ctx,
            signedIn: !!request.citizen,
            query: q,
            onlyOnline,
            services,
          }),
        );
      },
    }),
    defineRoute({
      method: 'GET',
      url: CATALOGUE_PATHS.digital,
      access: 'public',
      schema: { summary: 'Was ist bereits digital?', ...publicPages },
      handler: async ({ request, reply }) => {
        const { groups, total } = await listDigitalServices({ scope: scopeOf(request) });
        return reply.html(DigitalPage({ ctx: request.ctx, signedIn: !!request.citizen, groups, total }));
      },
    }),
    defineRoute({
      method: 'GET',
      url: `${CATALOGUE_PATHS.list}/:slug`,
      access: 'public',
      schema: { params: SlugParams, summary: 'Eine Leistung mit allen Angaben', ...publicPages },
      handler: async ({ request, reply, params }) => {
        const { service } = await loadServiceBySlug({ scope: scopeOf(request), slug: params.slug });
        return reply.html(ServicePage({ ctx: request.ctx, signedIn: !!request.citizen, service }));
      },
    }),
    ...createCatalogueAdminRoutes(deps),
  ];
}
