// BIC per ISO 9362 (2014 edition, as the pain schemas' BICFIDec2014Identifier): party prefix (4,
// letters or digits since 2014), country code (2 letters), location (2), optional branch (3).
export type BicCheck = { ok: true; bic: string } | { ok: false; reason: 'format' };

export function normalizeBic(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

export function checkBic(input: string): BicCheck {
  const bic = normalizeBic(input);
  return /^[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(bic)
    ? { ok: true, bic }
    : { ok: false, reason: 'format' };
}
