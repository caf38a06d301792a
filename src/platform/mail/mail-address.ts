// Checks the addresses and the subject of an outgoing e-mail. Pragmatic rather than all of RFC 5322:
// what citizens and staff actually use (dot-atom local part, internationalised domains such as
// bürgerbüro.de), and nothing that could break out of a header.
import { mailErrors } from './mail.errors.ts';

export interface Mailbox {
  name: string;
  address: string;
}

const lineBreak = /[\r\n\0\u2028\u2029]/;
const localPart = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const domainLabel = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const MAX_SUBJECT_LENGTH = 500;

export function assertNoLineBreak(value: string): void {
  if (lineBreak.test(value)) throw mailErrors.header_injection();
}

/** A bare address: `name@example.org`. Returns it trimmed. */
export function parseAddress(value: string): string {
  assertNoLineBreak(value);
  const address = value.trim();
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at);
  const labels = address.slice(at + 1).split('.');
  const valid =
    at > 0 &&
    address.length <= 254 &&
    local.length <= 64 &&
    localPart.test(local) &&
    labels.length >= 2 &&
    labels.every((label) => domainLabel.test(label));
  if (!valid) throw mailErrors.invalid_address();
  return address;
}

/** `Name <name@example.org>` or a bare address, as in MAIL_FROM. */
export function parseMailbox(value: string): Mailbox {
  assertNoLineBreak(value);
  const match = /^\s*(.*?)\s*<([^<>]*)>\s*$/.exec(value);
  if (!match) return { name: '', address: parseAddress(value) };
  const name = (match[1] ?? '').replace(/^"(.*)"$/, '$1');
  return { name, address: parseAddress(match[2] ?? '') };
}

export function assertSubject(subject: string): void {
  assertNoLineBreak(subject);
  if (subject.trim() === '' || subject.length > MAX_SUBJECT_LENGTH) throw mailErrors.invalid_message();
}
