// The document model of the PDF writer: what a module says (a letter with blocks of text), never how it
// is drawn. Domain-free: a notice, an application form or a receipt is built from the same blocks.
import type { TextRun } from './pdf-text.ts';

export type { TextRun } from './pdf-text.ts';

export type PdfLanguage = 'de-DE' | 'en-GB';

/**
 * The head of a letter on the first page, laid out after DIN 5008 form B: sender at the top, the
 * recipient in the address field of a DL window envelope (45 mm from the top, 20 mm from the left), an
 * information block on the right (reference, date), fold and punch marks at the left edge.
 */
export interface PdfLetterhead {
  /** The authority and its address, first line in bold, e.g. ['Stadt Leichlingen', 'Am Büscherhof 1', '42799 Leichlingen']. */
  sender: string[];
  /** The small return line above the address; defaults to the sender lines joined by " · ". */
  returnAddress?: string;
  /** The address block as it goes in the window, up to 6 lines (more do not fit the window). */
  recipient: string[];
  /** As printed, e.g. 'Leichlingen, 12. Mai 2025' or 'Datum: 12.05.2025'. */
  date: string;
  /** As printed, e.g. 'Aktenzeichen: 32.10-2025-0001'. */
  reference?: string;
  /** More lines of the information block (contact person, telephone), printed under the reference. */
  info?: string[];
}

/** A column of a table block. */
export interface PdfTableColumn {
  header: string;
  /** Fixed width in millimetres, or a share of the width the fixed columns leave (shares count relative to
   *  each other: { share: 2 } is twice as wide as { share: 1 }). Fixed widths wider than the text area are
   *  scaled down to fit it. */
  width: { mm: number } | { share: number };
  /** How the text sits in its cell; amounts are right-aligned. Default 'left'. */
  align?: 'left' | 'right';
}

export type PdfBlock =
  | { type: 'heading'; level: 1 | 2; text: string }
  /** Wrapped text; newlines break the line; runs may be bold. */
  | { type: 'paragraph'; text: string | TextRun[] }
  /** A two-column table of labels and values; both columns wrap. */
  | { type: 'keyValue'; rows: { label: string; value: string }[] }
  | { type: 'list'; items: string[] }
  /**
   * Rows of cells under a bold header row, thin rules between rows. Cells wrap inside their column and
   * newlines break them; a row stays on one page (unless it is taller than a page); where the table
   * continues on a new page the header row is repeated. `total` is an emphasised (bold) last row, e.g. a sum.
   */
  | { type: 'table'; columns: PdfTableColumn[]; rows: string[][]; total?: string[] }
  | { type: 'spacer'; heightMm?: number }
  | { type: 'pageBreak' }
  /** Closing, space, name and role, kept together on one page (e.g. 'Im Auftrag', 'Erika Muster'). */
  | { type: 'signature'; closing?: string; name: string; role?: string };

export interface PdfDocumentSpec {
  /** Document information Title and XMP dc:title; not printed (add a heading for that). */
  title: string;
  author?: string;
  subject?: string;
  keywords?: string[];
  language: PdfLanguage;
  /** CreationDate; defaults to now. */
  createdAt?: Date;
  letterhead?: PdfLetterhead;
  /** A small line (or more) at the foot of every page, above the page number. */
  footer?: string;
  /** "Seite n von m" / "Page n of m" at the foot of every page; on unless false. */
  pageNumbers?: boolean;
  blocks: PdfBlock[];
}

/** Something drawn on a page, in points from the bottom left corner (PDF user space). */
export type DrawOp =
  | {
      kind: 'text';
      x: number;
      y: number;
      size: number;
      segments: { text: string; style: 'regular' | 'bold' }[];
    }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; width: number };

export interface LaidOutPage {
  ops: DrawOp[];
}
