// The portal's part of the route access table that routes.policy.test.ts checks every route against.
import type { Who } from '../../routes.policy.who.ts';
import { everyone } from '../../routes.policy.who.ts';
import { applicationsAccess } from './applications/applications.access-table.ts';
import { catalogueAccess } from './catalogue/catalogue.access-table.ts';
import { mailboxAccess } from './mailbox/mailbox.access-table.ts';
import { noticesAccess } from './notices/notices.access-table.ts';
import { paymentsAccess } from './payments/payments.access-table.ts';

export const portalRouteAccess: Record<string, Who[]> = {
  'GET /': everyone,
  'GET /impressum': everyone,
  'GET /datenschutz': everyone,
  'GET /barrierefreiheit': everyone,
  ...catalogueAccess,
  ...paymentsAccess,
  ...mailboxAccess,
  ...applicationsAccess,
  ...noticesAccess,
};
