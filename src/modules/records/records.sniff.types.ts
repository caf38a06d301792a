// The allowlist of content types and the limits that keep a hostile file from exhausting the server.

/** How the rest of ingest treats a file: PDFs get checked and their text read, images go to OCR. */
export type ContentFamily = 'pdf' | 'image' | 'text' | 'xml' | 'office';

export interface DetectedContent {
  mediaType: string;
  family: ContentFamily;
  /** Pages of an image file (multi-page TIFF); PDFs are counted by pdfinfo. */
  pageCount?: number;
}

export const allowedMediaTypes = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  tiff: 'image/tiff',
  text: 'text/plain',
  xml: 'application/xml',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export interface SniffLimits {
  /** Largest image in pixels (width × height) and most pages of a TIFF: OCR works on the decoded image. */
  maxImagePixels: number;
  maxImagePages: number;
  /** What an office container may unpack to, in bytes and in entries. */
  maxUnpackedBytes: number;
  maxArchiveEntries: number;
}

export const defaultSniffLimits: SniffLimits = {
  maxImagePixels: 100_000_000, // A4 at 1200 dpi is 140 MP; at 300 dpi, what scanners send, 8.7 MP.
  maxImagePages: 500,
  maxUnpackedBytes: 1024 ** 3,
  maxArchiveEntries: 10_000,
};
