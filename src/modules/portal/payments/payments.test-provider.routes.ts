// The test provider's own pages on this server: its payment page and the citizen's decision there.
// They answer 404 whenever the test provider is not the active provider (always so in production
// unless PAYMENT_TEST_PROVIDER=true).
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { defineRoute, type RouteDefinition } from '../../../platform/http/route.ts';
import { platformErrors } from '../../../platform/http/app-error.ts';
import type { PaymentsDeps } from './payments.registry.ts';
import { activeTestProvider } from './payments.registry.ts';
import { TestProviderPage } from './payments.test-provider.pages.tsx';

const tags = ['Zahlung'];
const ReferenceParams = Type.Object({ reference: Type.String({ maxLength: 64 }) });
const Decision = Type.Object({
  entscheidung: Type.Union([Type.Literal('paid'), Type.Literal('failed'), Type.Literal('cancelled')]),
});

export function tenantIdOf(request: FastifyRequest): string {
  const tenant = request.ctx.tenant;
  if (!tenant) throw platformErrors.unknown_tenant();
  return tenant.id;
}

export function createTestProviderRoutes(deps: PaymentsDeps): RouteDefinition[] {
  function provider() {
    const active = activeTestProvider(deps);
    if (!active) throw platformErrors.not_found();
    return active;
  }
  return [
    defineRoute({
      method: 'GET',
      url: '/zahlung/test/:reference',
      access: 'public',
      schema: {
        summary: 'Zahlungsseite des Testzahlungsanbieters (es wird kein Geld bewegt)',
        tags,
        params: ReferenceParams,
        produces: ['text/html'],
      },
      handler: async ({ request, reply, params }) => {
        const order = await provider().findOrder(tenantIdOf(request), params.reference);
        if (!order) throw platformErrors.not_found();
        return reply.html(TestProviderPage({ ctx: request.ctx, order }));
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/zahlung/test/:reference',
      access: 'public',
      schema: {
        summary: 'Entscheidung auf der Seite des Testzahlungsanbieters; er meldet sie signiert zurück',
        tags,
        params: ReferenceParams,
        body: Decision,
        consumes: ['application/x-www-form-urlencoded'],
        produces: ['text/html'],
      },
      handler: async ({ request, reply, params, body }) => {
        const decided = await provider().decide({
          tenantId: tenantIdOf(request),
          reference: params.reference,
          outcome: body.entscheidung,
        });
        if (!decided) throw platformErrors.not_found();
        return reply.redirect(decided.returnUrl, 303);
      },
    }),
  ];
}
