// Errors of the records search with stable codes (records.search_*).
import { defineErrors } from '../../platform/http/app-error.ts';

export const searchErrors = defineErrors('records', {
  // The schema checks the shape (YYYY-MM-DD); this is for dates like 2026-02-31 that have the shape.
  search_invalid_date: {
    status: 400,
    de: 'Bitte geben Sie ein gültiges Datum an (TT.MM.JJJJ).',
    en: 'Please enter a valid date.',
  },
});
