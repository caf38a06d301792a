// Stable error codes of the dog-tax engine. A statute that fails its checks or a year it does not cover is
// a setup fault of the municipality (500); a dog period that contradicts itself is bad input (400).
import { defineErrors } from '../../platform/http/app-error.ts';

export const dogTaxErrors = defineErrors('dog-tax', {
  // Thrown by validateStatute: versions out of order, a version not starting on the first of a month,
  // rates that are not whole non-negative cents, reliefs outside 0–100 %.
  statute_invalid: {
    status: 500,
    de: 'Die Hundesteuersatzung ist fehlerhaft eingerichtet.',
    en: 'The dog tax statute is set up incorrectly.',
  },
  // A month to assess lies before the first version of the statute: no rate is known for it.
  no_statute_version: {
    status: 500,
    de: 'Für diesen Zeitraum ist keine Fassung der Hundesteuersatzung eingerichtet.',
    en: 'No version of the dog tax statute is set up for this period.',
  },
  dog_period_invalid: {
    status: 400,
    de: 'Die Angaben zur Hundehaltung sind nicht stimmig.',
    en: 'The details of the dog keeping are inconsistent.',
  },
});
