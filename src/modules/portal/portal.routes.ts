import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import { StartPage } from './portal.pages.tsx';

export function createPortalRoutes(): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/',
      access: 'public',
      schema: { summary: 'Startseite des Bürgerportals', tags: ['Portal'], produces: ['text/html'] },
      handler: async ({ request, reply }) => reply.html(StartPage({ ctx: request.ctx })),
    }),
  ];
}
