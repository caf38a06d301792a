// The portal's payment routes: the providers' callback, the citizen's result page and a new attempt,
// and the test provider's pages (payments.test-provider.routes.ts).
import { Type } from '@sinclair/typebox';
import { defineRoute, type RouteDefinition } from '../../../platform/http/route.ts';
import type { PortalDeps } from '../portal.deps.ts';
import { receiveCallback, reconcilePayment } from './payments.callback.ts';
import { PaymentResultPage } from './payments.pages.tsx';
import { settingsOf, type PaymentsDeps } from './payments.registry.ts';
import { createTestProviderRoutes, tenantIdOf } from './payments.test-provider.routes.ts';
import { paymentForResultPage, requestOrigin, retryPayment } from './payments.usecases.ts';

const tags = ['Zahlung'];
const PaymentParams = Type.Object({ paymentId: Type.String({ format: 'uuid' }) });
const ProviderParams = Type.Object({ provider: Type.String({ maxLength: 40 }) });
const CallbackAnswer = Type.Object({
  paymentId: Type.String(),
  status: Type.String(),
  repeated: Type.Boolean(),
});

export function createPaymentsRoutes(
  deps: PortalDeps & Partial<Pick<PaymentsDeps, 'payments'>>,
): RouteDefinition[] {
  // Read once at start, so a wrong PAYMENT_* value stops the start rather than the first payment.
  const paymentsDeps: PaymentsDeps = { ...deps, payments: settingsOf(deps) };
  return [
    defineRoute({
      method: 'POST',
      url: '/zahlung/rueckmeldung/:provider',
      access: 'public',
      // A machine call without cookies; what authenticates it is the provider's signature, checked below.
      csrf: 'bearer-exempt',
      schema: {
        summary: 'Rückmeldung eines Zahlungsanbieters (server-to-server, signiert)',
        description:
          'Der Zahlungsanbieter meldet das Ergebnis einer Zahlung. Gebucht wird nur, was gültig signiert ist und zur Zahlung passt (vorhanden, offen, gleicher Betrag); alles andere wird mit 400/403/404/409 abgewiesen und im Protokoll vermerkt. Eine wiederholte Rückmeldung bucht nichts doppelt.',
        tags,
        params: ProviderParams,
        consumes: ['application/json'],
        produces: ['application/json'],
        response: { 200: CallbackAnswer },
      },
      handler: async ({ request, params }) =>
        receiveCallback(paymentsDeps, {
          providerName: params.provider,
          tenantId: tenantIdOf(request),
          headers: request.headers,
          body: request.body,
        }),
    }),
    defineRoute({
      method: 'GET',
      url: '/zahlung/ergebnis/:paymentId',
      access: 'public',
      schema: {
        summary: 'Ergebnis einer Zahlung für die Bürgerin oder den Bürger',
        tags,
        params: PaymentParams,
        produces: ['text/html'],
      },
      handler: async ({ request, reply, params }) => {
        const tenantId = tenantIdOf(request);
        const record = await paymentForResultPage(paymentsDeps, {
          tenantId,
          paymentId: params.paymentId,
          citizenId: request.citizen?.id,
        });
        const payment = await reconcilePayment(paymentsDeps, { tenantId, record });
        return reply.html(
          PaymentResultPage({ ctx: request.ctx, payment, signedIn: Boolean(request.citizen) }),
        );
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/zahlung/ergebnis/:paymentId/erneut',
      access: 'public',
      schema: {
        summary: 'Neuer Zahlungsversuch nach einer gescheiterten oder abgebrochenen Zahlung',
        tags,
        params: PaymentParams,
        consumes: ['application/x-www-form-urlencoded'],
        produces: ['text/html'],
      },
      handler: async ({ request, reply, params }) => {
        const result = await retryPayment(paymentsDeps, {
          tenantId: tenantIdOf(request),
          paymentId: params.paymentId,
          citizenId: request.citizen?.id,
          origin: requestOrigin(request),
        });
        return 'unchanged' in result
          ? reply.redirect(`/zahlung/ergebnis/${result.unchanged.id}`, 303)
          : reply.redirect(result.redirectUrl, 303);
      },
    }),
    ...createTestProviderRoutes(paymentsDeps),
  ];
}
