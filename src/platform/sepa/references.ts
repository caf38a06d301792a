// References the initiator assigns: the mandate reference (MndtId) and the identifiers of the file,
// its payment groups and each transaction (MsgId, PmtInfId, EndToEndId). The EPC implementation
// guidelines restrict them to the Latin set without umlauts — the mandate reference
// (RestrictedIdentificationSEPA2) even without spaces — and forbid a leading or trailing "/" and "//".
export type ReferenceCheck =
  { ok: true; reference: string } | { ok: false; reason: 'empty' | 'too_long' | 'characters' | 'slashes' };

const maxLength = 35;

/** The mandate reference (Mandatsreferenz): up to 35 of A–Z a–z 0–9 + ? / - : ( ) . , ' — no space. */
export function checkMandateReference(input: string): ReferenceCheck {
  return checkReference(input, /^[A-Za-z0-9+?/\-:().,']+$/);
}

/** Message, payment-group and end-to-end ids: the mandate reference's characters plus the space. */
export function checkSepaIdentifier(input: string): ReferenceCheck {
  return checkReference(input, /^[A-Za-z0-9+?/\-:().,' ]+$/);
}

function checkReference(input: string, allowed: RegExp): ReferenceCheck {
  const reference = input.trim();
  if (reference === '') return { ok: false, reason: 'empty' };
  if (reference.length > maxLength) return { ok: false, reason: 'too_long' };
  if (!allowed.test(reference)) return { ok: false, reason: 'characters' };
  if (reference.startsWith('/') || reference.endsWith('/') || reference.includes('//'))
    return { ok: false, reason: 'slashes' };
  return { ok: true, reference };
}
