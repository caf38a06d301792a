// Who may use the payments routes: this part of the table routes.policy.test.ts checks every route against.
import { browsers, everyone, type Who } from '../../../routes.policy.who.ts';

export const paymentsAccess: Record<string, Who[]> = {
  // The provider's machine call: public; its signature, not a session, is what is checked.
  'POST /zahlung/rueckmeldung/:provider': everyone,
  // Public, but a payment started by a signed-in citizen is shown only to them (404 for anyone else).
  'GET /zahlung/ergebnis/:paymentId': everyone,
  'POST /zahlung/ergebnis/:paymentId/erneut': browsers,
  // The test provider's page and the decision posted from it (404 unless the test provider is active).
  'GET /zahlung/test/:reference': everyone,
  'POST /zahlung/test/:reference': browsers,
};
