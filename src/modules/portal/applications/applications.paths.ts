// Where the application pages live.
export const APPLICATION_PATHS = {
  start: (slug: string) => `/antrag/${slug}`,
  step: (slug: string, stepId: string) => `/antrag/${slug}/schritt/${stepId}`,
  summary: (slug: string) => `/antrag/${slug}/pruefen`,
  submit: (slug: string) => `/antrag/${slug}/absenden`,
  list: '/konto/antraege',
  detail: (id: string) => `/konto/antraege/${id}`,
  receipt: (id: string) => `/konto/antraege/${id}/eingangsbestaetigung.pdf`,
  pay: (id: string) => `/konto/antraege/${id}/bezahlen`,
  inbox: '/intern/antraege',
  office: (id: string) => `/intern/antraege/${id}`,
  officeAction: (id: string, action: string) => `/intern/antraege/${id}/${action}`,
};

/** Multipart forms are not parsed before the CSRF check, so their token travels in the address. */
export const withCsrf = (path: string, token: string) => `${path}?_csrf=${encodeURIComponent(token)}`;
