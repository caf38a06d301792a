// The citizens' portal: the start page and the legal pages every public site must have.
import type { Kysely } from 'kysely';
import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import { ACCESSIBILITY_PATH, IMPRINT_PATH, LegalPage, PRIVACY_PATH } from './portal.legal.pages.tsx';
import { StartPage } from './portal.pages.tsx';
import { loadSiteInfo } from './portal.site.ts';

const legalPages = [
  { url: IMPRINT_PATH, page: 'imprint', summary: 'Impressum' },
  { url: PRIVACY_PATH, page: 'privacy', summary: 'Datenschutzerklärung' },
  { url: ACCESSIBILITY_PATH, page: 'accessibility', summary: 'Erklärung zur Barrierefreiheit' },
] as const;

export function createPortalRoutes({ db }: { db: Kysely<unknown> }): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/',
      access: 'public',
      schema: { summary: 'Startseite des Bürgerportals', tags: ['Portal'], produces: ['text/html'] },
      handler: async ({ request, reply }) => reply.html(StartPage({ ctx: request.ctx })),
    }),
    ...legalPages.map(({ url, page, summary }) =>
      defineRoute({
        method: 'GET',
        url,
        access: 'public',
        schema: { summary, tags: ['Portal'], produces: ['text/html'] },
        handler: async ({ request, reply }) => {
          const tenant = request.ctx.tenant;
          const site = tenant ? await loadSiteInfo(db, tenant.id) : undefined;
          return reply.html(LegalPage({ ctx: request.ctx, page, site }));
        },
      }),
    ),
  ];
}
