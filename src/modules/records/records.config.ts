// Settings of the E-Akte.
import { key } from '../../platform/config/config-keys.ts';
import { DEFAULT_REFERENCE_PATTERN, parseReferencePattern } from './records.reference.ts';

export const recordsConfig = {
  referencePattern: key({
    env: 'RECORDS_REFERENCE_PATTERN',
    description:
      'Muster der Aktenzeichen: {plan} Aktenplankennzeichen, {number:N} laufende Nummer je Aktenplangruppe und Jahr mit N Stellen, {year} Jahr, {department} Amtsnummer; z. B. ergibt {plan}-{number:4}/{year} das Aktenzeichen 32.11.05-0012/2026',
    default: DEFAULT_REFERENCE_PATTERN,
    // Checked at start, so a pattern that could give duplicate references never runs.
    parse: (raw: string) => parseReferencePattern(raw.trim()).source,
  }),
};

export interface RecordsConfig {
  referencePattern: string;
}
