// SEPA creditor identifier (Gläubiger-Identifikationsnummer), EPC262-08 "Creditor Identifier Overview":
// positions 1–2 country code, 3–4 check digits (ISO 7064 MOD 97-10), 5–7 creditor business code
// (free, "ZZZ" when unused), from 8 the national identifier. The check digits cover only the national
// identifier and the country code — the business code is ignored, so a creditor may change it without
// a new identifier. In Germany the Bundesbank issues 18-character identifiers (11-character national part).
import { mod97, mod97CheckDigits } from './mod97.ts';

export type CreditorIdCheck =
  | { ok: true; creditorId: string; country: string; businessCode: string; nationalId: string }
  | { ok: false; reason: 'format' | 'checksum' };

export function normalizeCreditorId(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

export function checkCreditorId(input: string): CreditorIdCheck {
  const creditorId = normalizeCreditorId(input);
  // EPC's RestrictedPersonIdentifierSEPA: 2 letters, 2 digits, then up to 31 of the restricted set.
  if (!/^[A-Z]{2}\d{2}[A-Z0-9+?/\-:().,']{3}[A-Z0-9+?/\-:().,']{1,28}$/.test(creditorId))
    return { ok: false, reason: 'format' };
  const country = creditorId.slice(0, 2);
  if (country === 'DE' && !/^DE\d{2}[A-Z0-9]{3}\d{11}$/.test(creditorId))
    return { ok: false, reason: 'format' };
  const nationalId = creditorId.slice(7);
  const digits = creditorId.slice(2, 4);
  if (mod97(checkedPart(nationalId) + country + digits) !== 1) return { ok: false, reason: 'checksum' };
  return { ok: true, creditorId, country, businessCode: creditorId.slice(4, 7), nationalId };
}

/** The check digits for a national identifier of a country (what the issuing authority computes). */
export function creditorIdCheckDigits(country: string, nationalId: string): string {
  return mod97CheckDigits(checkedPart(nationalId.toUpperCase()) + country.toUpperCase() + '00');
}

/** Only letters and digits count; the few punctuation marks the format allows are skipped. */
function checkedPart(nationalId: string): string {
  return nationalId.replace(/[^A-Z0-9]/g, '');
}
