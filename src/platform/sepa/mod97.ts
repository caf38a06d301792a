// ISO 7064 MOD 97-10, the check shared by the IBAN (ISO 13616) and the SEPA creditor identifier.
// Letters count as two digits (A = 10 … Z = 35); the remainder is taken digit by digit so that
// numbers longer than any integer type need no big-number arithmetic.
export function mod97(alphanumeric: string): number {
  let remainder = 0;
  for (const char of alphanumeric) {
    const digits = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder;
}

/** The two check digits that make `body + checkDigits` (already rearranged) leave remainder 1. */
export function mod97CheckDigits(bodyWithZeroes: string): string {
  return String(98 - mod97(bodyWithZeroes)).padStart(2, '0');
}
