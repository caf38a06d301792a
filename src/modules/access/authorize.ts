// The one place that decides whether a request may use a route. Routes name a permission; this
// function resolves the actor and checks the permission table (and, as modules grow, the record).
import type { FastifyRequest } from 'fastify';
import type { RouteAccess } from '../../platform/http/route.ts';
import { accessErrors } from './access.errors.ts';
import { hasPermission, isPermission } from './access.policies.ts';
import type { Actor, ApiClientActor, CitizenActor, StaffActor } from './access.types.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Whoever is authenticated: a signed-in staff member or an API client with a bearer token. */
    principal?: StaffActor | ApiClientActor;
    /** The signed-in staff member, for pages; never set for an API client. */
    actor?: StaffActor;
    /** The signed-in citizen (Bürgerkonto), for portal pages; never staff, never an API client. */
    citizen?: CitizenActor;
  }
}

export function createAuthorize({
  resolveActor,
}: {
  resolveActor: (request: FastifyRequest) => Promise<Actor | undefined>;
}) {
  return async function authorize(request: FastifyRequest, access: RouteAccess): Promise<void> {
    const principal = await resolveActor(request);
    request.principal = principal?.kind === 'citizen' ? undefined : principal;
    request.actor = principal?.kind === 'staff' ? principal : undefined;
    request.citizen = principal?.kind === 'citizen' ? principal : undefined;
    if (access === 'public') return;
    if (!isPermission(access.permission)) throw new Error(`Unknown permission ${access.permission}`);
    if (!principal) throw accessErrors.unauthenticated();
    if (principal.tenantId !== request.ctx.tenant?.id) throw accessErrors.forbidden();
    if (!hasPermission(principal, access.permission)) throw accessErrors.forbidden();
  };
}
