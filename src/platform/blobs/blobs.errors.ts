// Errors of the blob store, with stable codes and German + English messages, so the HTTP layer can
// map them to responses (413 / 404 / 400) without knowing which driver produced them.

export abstract class BlobError extends Error {
  abstract readonly code: string;
  abstract readonly httpStatus: number;
  readonly messageDe: string;
  readonly messageEn: string;

  constructor(messageDe: string, messageEn: string) {
    super(`${messageDe} / ${messageEn}`);
    this.name = new.target.name;
    this.messageDe = messageDe;
    this.messageEn = messageEn;
  }
}

/** Thrown by `put` once more than `maxBytes` arrived; by then the partial upload is already removed. */
export class BlobTooLargeError extends BlobError {
  readonly code = 'blobs.too_large';
  readonly httpStatus = 413;

  constructor(readonly maxBytes: number) {
    super(
      `Die Datei ist größer als erlaubt (höchstens ${maxBytes} Bytes).`,
      `The file is larger than allowed (at most ${maxBytes} bytes).`,
    );
  }
}

export class BlobNotFoundError extends BlobError {
  readonly code = 'blobs.not_found';
  readonly httpStatus = 404;

  constructor(readonly sha256: string) {
    super(`Inhalt ${sha256} ist nicht vorhanden.`, `Content ${sha256} does not exist.`);
  }
}

/** Keys come from our database, never from users; a malformed one means a bug or an attack. */
export class InvalidBlobKeyError extends BlobError {
  readonly code = 'blobs.invalid_key';
  readonly httpStatus = 400;

  constructor() {
    // The offending key is left out on purpose: it may be attacker-controlled text headed for logs.
    super(
      'Ungültiger Inhaltsschlüssel (erwartet: SHA-256, 64 Hex-Kleinbuchstaben).',
      'Invalid content key (expected: SHA-256, 64 lowercase hex characters).',
    );
  }
}
