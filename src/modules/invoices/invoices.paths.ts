// URLs of the invoice workflow: the staff pages under /intern/rechnungen, the suppliers' API under /api/v1.
export const INVOICES_PATHS = {
  inbox: '/intern/rechnungen',
  upload: '/intern/rechnungen/hochladen',
  invoice: (id: string) => `/intern/rechnungen/${id}`,
  sign: (id: string) => `/intern/rechnungen/${id}/zeichnen`,
  returnTo: (id: string) => `/intern/rechnungen/${id}/zurueckgeben`,
  reject: (id: string) => `/intern/rechnungen/${id}/ablehnen`,
  comment: (id: string) => `/intern/rechnungen/${id}/kommentar`,
  booking: (id: string) => `/intern/rechnungen/${id}/kontierung`,
  assign: (id: string) => `/intern/rechnungen/${id}/zuordnen`,
  runs: '/intern/rechnungen/zahllaeufe',
  runFile: (id: string) => `/intern/rechnungen/zahllaeufe/${id}/pain001.xml`,
  api: '/api/v1/rechnungen',
  apiInvoice: (id: string) => `/api/v1/rechnungen/${id}`,
} as const;
