// IBAN check per ISO 13616: country code, length of that country, mod-97 check digits.
// Lengths of the countries of the SEPA area (EPC list of participating countries).
import { mod97 } from './mod97.ts';

const ibanLengths: Record<string, number> = {
  AD: 24,
  AT: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GI: 23,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  VA: 22,
};

/** Removes spaces (also the grouping people type) and upper-cases. */
export function normalizeIban(input: string): string {
  return input.replace(/[\s\u00a0-]+/g, '').toUpperCase();
}

export type IbanCheck = { ok: true; iban: string } | { ok: false; reason: 'format' | 'country' | 'checksum' };

export function checkIban(input: string, countries?: readonly string[]): IbanCheck {
  const iban = normalizeIban(input);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return { ok: false, reason: 'format' };
  const country = iban.slice(0, 2);
  const length = ibanLengths[country];
  if (length === undefined || (countries && !countries.includes(country)))
    return { ok: false, reason: 'country' };
  if (iban.length !== length) return { ok: false, reason: 'format' };
  // The first four characters move to the end; a valid IBAN then leaves remainder 1.
  return mod97(iban.slice(4) + iban.slice(0, 4)) === 1
    ? { ok: true, iban }
    : { ok: false, reason: 'checksum' };
}

/** Groups in fours for display: "DE89 3704 0044 0532 0130 00". */
export function formatIban(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, '$1 ');
}
