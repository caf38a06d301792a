// What every handler and page knows about the request, set once by the server's hooks.
import type { Locale } from '../i18n/i18n.ts';
import type { Tenant } from '../tenancy/tenants.repository.ts';

export interface RequestContext {
  locale: Locale;
  /** The municipality this request is for; absent only on infrastructure routes (health, metrics, assets). */
  tenant: Tenant | undefined;
  csrfToken: string;
  /** The path and query of this request, for links that keep the place (language switch). */
  path: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
  }
  interface FastifyReply {
    html(markup: { toString(): string }, statusCode?: number): FastifyReply;
  }
}
