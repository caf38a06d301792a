// Stable error codes of the service catalogue.
import { defineErrors } from '../../../platform/http/app-error.ts';

export const catalogueErrors = defineErrors('portal', {
  // An unknown slug or id, or one of another municipality: the same 404.
  service_not_found: {
    status: 404,
    de: 'Diese Leistung gibt es nicht.',
    en: 'This service does not exist.',
  },
});
