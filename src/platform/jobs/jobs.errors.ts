// Errors of the job queue. PermanentJobError is for handlers; the others have stable codes for the HTTP layer.
import { defineErrors } from '../http/app-error.ts';

export const jobsErrors = defineErrors('jobs', {
  invalid_kind: {
    status: 500,
    de: 'Ungültige Art der Hintergrundaufgabe.',
    en: 'Invalid background job kind.',
  },
  invalid_payload: {
    status: 500,
    de: 'Die Daten der Hintergrundaufgabe lassen sich nicht als JSON speichern.',
    en: 'The background job payload cannot be stored as JSON.',
  },
  // The key is taken by a job of another municipality, which this tenant scope may not see.
  idempotency_conflict: {
    status: 409,
    de: 'Der Schlüssel dieser Hintergrundaufgabe ist bereits vergeben.',
    en: 'The key of this background job is already taken.',
  },
  invalid_cursor: {
    status: 400,
    de: 'Ungültige Seitenmarke.',
    en: 'Invalid page cursor.',
  },
});

/**
 * Thrown by a handler when trying again cannot help (the record it works on is gone, the payload is
 * invalid): the job fails at once instead of using up its retries.
 */
export class PermanentJobError extends Error {
  override readonly name = 'PermanentJobError';
}
