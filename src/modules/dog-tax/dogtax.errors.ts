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
  not_set_up: {
    status: 503,
    de: 'Die Hundesteuer ist für diese Gemeinde noch nicht eingerichtet (Bankverbindung, Gläubiger-ID, Satzung).',
    en: 'The dog tax is not yet set up for this municipality (bank account, creditor ID, statute).',
  },
  nothing_to_assess: {
    status: 409,
    de: 'Für diesen Haushalt ist in diesem Jahr kein Hund zu versteuern.',
    en: 'This household keeps no taxable dog in this year.',
  },
  household_not_found: {
    status: 404,
    de: 'Diesen Haushalt gibt es im Hundesteuerregister nicht.',
    en: 'This household is not in the dog tax register.',
  },
  dog_not_found: {
    status: 404,
    de: 'Dieser Hund ist bei uns nicht angemeldet.',
    en: 'This dog is not registered with us.',
  },
  chip_already_registered: {
    status: 409,
    de: 'Ein Hund mit der Chipnummer {chip} ist bereits angemeldet (Steuermarke {mark}). Ein Hund kann nur einmal angemeldet sein.',
    en: 'A dog with microchip number {chip} is already registered (tax mark {mark}). A dog can only be registered once.',
  },
  dog_not_registered: {
    status: 409,
    de: 'Dieser Hund ist nicht (mehr) angemeldet und kann nicht abgemeldet werden.',
    en: 'This dog is not (or no longer) registered and cannot be deregistered.',
  },
  leave_date_invalid: {
    status: 400,
    de: 'Das Datum der Abmeldung muss zwischen dem Beginn der Haltung ({from}) und heute liegen.',
    en: 'The deregistration date must lie between the start of keeping ({from}) and today.',
  },
  run_already_running: {
    status: 409,
    de: 'Es läuft bereits ein Jahreslauf. Warten Sie, bis er fertig ist.',
    en: 'An annual run is already in progress. Wait until it has finished.',
  },
  relief_not_requested: {
    status: 409,
    de: 'Über diesen Antrag ist bereits entschieden.',
    en: 'This application has already been decided.',
  },
  nothing_to_collect: {
    status: 409,
    de: 'Zu diesem Fälligkeitstag ist nichts per Lastschrift einzuziehen.',
    en: 'Nothing is due for direct debit on this date.',
  },
});
