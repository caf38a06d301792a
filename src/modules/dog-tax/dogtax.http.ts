// What the dog tax routes share: the municipality of the request, no caching of personal pages, and
// use-case problems as page errors in the request's language.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { platformErrors } from '../../platform/http/app-error.ts';
import { translate } from '../../platform/i18n/i18n.ts';
import type { PageError } from '../../platform/ui/page-parts.tsx';
import type { Problem } from './dogtax.register.usecases.ts';

export function tenantOf(request: FastifyRequest): string {
  const tenant = request.ctx.tenant;
  if (!tenant) throw platformErrors.unknown_tenant();
  return tenant.id;
}

/** Pages with personal data and a CSRF token are never kept in shared caches. */
export function noStore(reply: FastifyReply) {
  reply.header('cache-control', 'no-store');
}

export function errorsOf(request: FastifyRequest, problems: Problem[]): PageError[] {
  return problems.map((problem) => ({
    field: problem.field,
    message: translate(request.ctx.locale, problem.text),
  }));
}
