// Stable error codes of the notice templates.
import { defineErrors } from '../../../platform/http/app-error.ts';

export const noticesErrors = defineErrors('portal', {
  // An unknown id, or one of another municipality: the same 404.
  notice_template_not_found: {
    status: 404,
    de: 'Diese Bescheidvorlage gibt es nicht.',
    en: 'This notice template does not exist.',
  },
  notice_service_not_found: {
    status: 404,
    de: 'Diese Leistung gibt es nicht.',
    en: 'This service does not exist.',
  },
});
