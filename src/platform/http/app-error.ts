// Errors with stable codes. Each module declares its own (`defineErrors('records', {...})`); one
// handler turns them into responses in the user's language and hides everything internal.
import type { Text } from '../i18n/i18n.ts';

export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly statusCode: number,
    readonly text: Text,
    readonly details?: unknown,
  ) {
    super(`${code}: ${text.en}`);
  }
}

export interface ErrorDefinition extends Text {
  status: number;
}

export type ErrorFactories<E extends Record<string, ErrorDefinition>> = {
  [K in keyof E]: (details?: unknown) => AppError;
};

export function defineErrors<E extends Record<string, ErrorDefinition>>(
  module: string,
  definitions: E,
): ErrorFactories<E> {
  const factories: Record<string, (details?: unknown) => AppError> = {};
  for (const [name, definition] of Object.entries(definitions)) {
    factories[name] = (details?: unknown) =>
      new AppError(`${module}.${name}`, definition.status, { de: definition.de, en: definition.en }, details);
  }
  return factories as ErrorFactories<E>;
}

export const platformErrors = defineErrors('platform', {
  not_found: { status: 404, de: 'Diese Seite gibt es nicht.', en: 'This page does not exist.' },
  validation_failed: {
    status: 400,
    de: 'Die Eingaben sind nicht gültig.',
    en: 'The input is not valid.',
  },
  body_too_large: {
    status: 413,
    de: 'Die gesendeten Daten sind zu groß.',
    en: 'The data sent is too large.',
  },
  unsupported_media_type: {
    status: 415,
    de: 'Dieses Datenformat wird hier nicht angenommen.',
    en: 'This data format is not accepted here.',
  },
  csrf_failed: {
    status: 403,
    de: 'Das Formular ist abgelaufen oder stammt nicht von dieser Seite. Bitte laden Sie die Seite neu und senden Sie es erneut.',
    en: 'The form has expired or did not come from this site. Please reload the page and send it again.',
  },
  rate_limited: {
    status: 429,
    de: 'Zu viele Anfragen. Bitte warten Sie einen Moment und versuchen Sie es dann erneut.',
    en: 'Too many requests. Please wait a moment and try again.',
  },
  unknown_tenant: {
    status: 404,
    de: 'Für diese Adresse ist keine Kommune eingerichtet.',
    en: 'No municipality is set up for this address.',
  },
  internal: {
    status: 500,
    de: 'Ein interner Fehler ist aufgetreten. Wir kümmern uns darum.',
    en: 'An internal error occurred. We are looking into it.',
  },
  unavailable: {
    status: 503,
    de: 'Der Dienst ist gerade nicht verfügbar.',
    en: 'The service is currently unavailable.',
  },
  method_not_allowed: {
    status: 405,
    de: 'Diese Methode ist hier nicht erlaubt.',
    en: 'Method not allowed here.',
  },
});
