// The invoices module: the Kämmerei's incoming-invoice workflow (intake, display, routing, approval,
// payment runs) and the suppliers' API. The validation core lives beside it (invoices.validation*.ts).
import type { RouteDefinition } from '../../platform/http/route.ts';
import type { InvoicesDeps } from './invoices.deps.ts';
import { createInvoicesRoutes } from './invoices.routes.ts';

export interface InvoicesModule {
  routes: RouteDefinition[];
}

export function createInvoices(deps: InvoicesDeps): InvoicesModule {
  return { routes: createInvoicesRoutes(deps) };
}
