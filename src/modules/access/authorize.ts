// The one place that decides whether a request may use a route. Routes name a permission; this
// function resolves the actor and checks the permission table (and, as modules grow, the record).
import type { FastifyRequest } from 'fastify';
import type { RouteAccess } from '../../platform/http/route.ts';
import { accessErrors } from './access.errors.ts';
import { hasPermission, isPermission } from './access.policies.ts';
import type { Actor } from './access.types.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
  }
}

export function createAuthorize({
  resolveActor,
}: {
  resolveActor: (request: FastifyRequest) => Promise<Actor | undefined>;
}) {
  return async function authorize(request: FastifyRequest, access: RouteAccess): Promise<void> {
    request.actor = await resolveActor(request);
    if (access === 'public') return;
    if (!isPermission(access.permission)) throw new Error(`Unknown permission ${access.permission}`);
    const actor = request.actor;
    if (!actor) throw accessErrors.unauthenticated();
    if (actor.tenantId !== request.ctx.tenant?.id) throw accessErrors.forbidden();
    if (!hasPermission(actor, access.permission)) throw accessErrors.forbidden();
  };
}
