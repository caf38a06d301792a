// Who may use the mailbox routes: this part of the table routes.policy.test.ts checks every route against.
// The Postfach is the signed-in citizen's own (citizen.account): no staff role and no API scope reaches
// it, and anonymous visitors are sent to the citizen login. Whose messages are shown is decided in the
// queries (citizen id and tenant), so another citizen's message id answers 404.
import type { Who } from '../../../routes.policy.who.ts';

const citizen: Who[] = ['citizen'];

export const mailboxAccess: Record<string, Who[]> = {
  'GET /konto/postfach': citizen,
  'GET /konto/postfach/:id': citizen,
  'GET /konto/postfach/:id/anhaenge/:attachmentId': citizen,
  'POST /konto/postfach/:id/antwort': citizen,
};
