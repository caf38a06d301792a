// Errors of the blob store. They are AppErrors (stable code, HTTP status, German + English text), so the
// one error handler answers 413 / 404 / 400 without knowing which driver threw; they are also classes,
// so callers can tell them apart with `instanceof`.
import { AppError } from '../http/app-error.ts';

export abstract class BlobError extends AppError {
  constructor(code: string, statusCode: number, messageDe: string, messageEn: string) {
    super(code, statusCode, { de: messageDe, en: messageEn });
    this.name = new.target.name;
  }

  get messageDe(): string {
    return this.text.de;
  }

  get messageEn(): string {
    return this.text.en;
  }
}

/** Thrown by `put` once more than `maxBytes` arrived; by then the partial upload is already removed. */
export class BlobTooLargeError extends BlobError {
  constructor(readonly maxBytes: number) {
    super(
      'blobs.too_large',
      413,
      `Die Datei ist größer als erlaubt (höchstens ${maxBytes} Bytes).`,
      `The file is larger than allowed (at most ${maxBytes} bytes).`,
    );
  }
}

export class BlobNotFoundError extends BlobError {
  constructor(readonly sha256: string) {
    super('blobs.not_found', 404, 'Der Inhalt ist nicht vorhanden.', 'The content does not exist.');
  }
}

/** Keys should come from our database; a malformed one means a bug or a tampered request. */
export class InvalidBlobKeyError extends BlobError {
  constructor() {
    // The offending key is left out on purpose: it may be attacker-controlled text headed for logs.
    super(
      'blobs.invalid_key',
      400,
      'Ungültiger Inhaltsschlüssel (erwartet: SHA-256, 64 Hex-Kleinbuchstaben).',
      'Invalid content key (expected: SHA-256, 64 lowercase hex characters).',
    );
  }
}
