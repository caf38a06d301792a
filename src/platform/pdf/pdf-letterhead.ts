// The fixed parts of a page: the letter head of the first page (DIN 5008 form B) and the foot of every
// page (footer text and "Seite n von m").
import { baselineBelow, fromTop, mm, page, textAreaWidth, type } from './pdf-geometry.ts';
import { textWidth, wrapRuns, type FontStyle } from './pdf-text.ts';
import type { DrawOp, PdfLanguage, PdfLetterhead } from './pdf.types.ts';

/** Address field of form B: 20 mm from the left, 45 mm from the top, 85 × 45 mm. */
const addressField = { widthMm: 80, returnLineBaselineMm: 60.2, firstLineTopMm: 63.5 };
/** Information block of form B: 125 mm from the left, from 50 mm below the top edge. */
const infoBlock = { leftMm: 125, topMm: 50, widthMm: 65 };

function textLines(
  text: string,
  style: FontStyle,
  size: number,
  leading: number,
  x: number,
  top: number,
  maxWidth: number,
): { ops: DrawOp[]; top: number } {
  const ops: DrawOp[] = [];
  let cursor = top;
  for (const line of wrapRuns([{ text, bold: style === 'bold' }], size, maxWidth)) {
    ops.push({ kind: 'text', x, y: baselineBelow(cursor, leading), size, segments: line.segments });
    cursor -= leading;
  }
  return { ops, top: cursor };
}

export function letterheadOps(letterhead: PdfLetterhead): DrawOp[] {
  const ops: DrawOp[] = [];
  // Sender, at the top of the 45 mm head zone.
  let top = fromTop(12);
  letterhead.sender.forEach((line, index) => {
    const font = index === 0 ? type.senderName : type.sender;
    const placed = textLines(
      line,
      index === 0 ? 'bold' : 'regular',
      font.size,
      font.leading,
      page.left,
      top,
      textAreaWidth,
    );
    ops.push(...placed.ops);
    top = placed.top;
  });
  // The return line (Rücksendeangabe), underlined, at the top of the address field; one line at most.
  // A long one is set smaller (down to 5 pt) rather than cut; what still does not fit is cut.
  const returnAddress = letterhead.returnAddress ?? letterhead.sender.join(' · ');
  const fullWidth = textWidth(returnAddress, 'regular', type.returnLine.size);
  const size = Math.max(
    5,
    Math.min(type.returnLine.size, (type.returnLine.size * addressField.widthMm * mm) / fullWidth),
  );
  const [returnLine] = wrapRuns([{ text: returnAddress }], size, addressField.widthMm * mm + 0.5);
  if (returnLine && returnLine.segments.length > 0) {
    const y = fromTop(addressField.returnLineBaselineMm);
    ops.push({ kind: 'text', x: page.left, y, size, segments: returnLine.segments });
    ops.push({
      kind: 'line',
      x1: page.left,
      y1: y - 1.5,
      x2: page.left + returnLine.width,
      y2: y - 1.5,
      width: 0.4,
    });
  }
  // The recipient in the window; lines wider than the window wrap.
  top = fromTop(addressField.firstLineTopMm);
  for (const line of letterhead.recipient) {
    const placed = textLines(
      line,
      'regular',
      type.address.size,
      type.address.leading,
      page.left,
      top,
      addressField.widthMm * mm,
    );
    ops.push(...placed.ops);
    top = placed.top;
  }
  // The information block: reference, further lines, date.
  top = fromTop(infoBlock.topMm);
  const info = [letterhead.reference, ...(letterhead.info ?? []), letterhead.date].filter(
    (line): line is string => line !== undefined && line !== '',
  );
  for (const line of info) {
    const placed = textLines(
      line,
      'regular',
      type.address.size,
      type.address.leading,
      infoBlock.leftMm * mm,
      top,
      infoBlock.widthMm * mm,
    );
    ops.push(...placed.ops);
    top = placed.top;
  }
  // Fold marks at 105 and 210 mm and the punch mark at 148.5 mm (form B), at the left edge.
  for (const [fromTopMm, lengthMm] of [
    [105, 5],
    [148.5, 7],
    [210, 5],
  ] as const) {
    const y = fromTop(fromTopMm);
    ops.push({ kind: 'line', x1: 4 * mm, y1: y, x2: (4 + lengthMm) * mm, y2: y, width: 0.3 });
  }
  return ops;
}

/** How far up from the bottom edge the foot reaches: the body stops above it. */
export function footerHeight(footer: string | undefined, pageNumbers: boolean): number {
  const footerLines = footer ? wrapRuns([{ text: footer }], type.small.size, textAreaWidth).length : 0;
  const lines = footerLines + (pageNumbers ? 1 : 0);
  return lines === 0 ? 20 * mm : page.footerBaseline + lines * type.small.leading + 6 * mm;
}

const pageLabel: Record<PdfLanguage, (n: number, m: number) => string> = {
  'de-DE': (n, m) => `Seite ${n} von ${m}`,
  'en-GB': (n, m) => `Page ${n} of ${m}`,
};

export function footerOps(
  footer: string | undefined,
  pageNumbers: boolean,
  language: PdfLanguage,
  pageNumber: number,
  pageCount: number,
): DrawOp[] {
  const ops: DrawOp[] = [];
  const { size, leading } = type.small;
  let baseline = page.footerBaseline;
  if (pageNumbers) {
    const label = pageLabel[language](pageNumber, pageCount);
    const [line] = wrapRuns([{ text: label }], size, textAreaWidth);
    if (line)
      ops.push({ kind: 'text', x: page.right - line.width, y: baseline, size, segments: line.segments });
    baseline += leading;
  }
  if (footer) {
    const lines = wrapRuns([{ text: footer }], size, textAreaWidth);
    lines.forEach((line, index) => {
      const y = baseline + (lines.length - 1 - index) * leading;
      ops.push({ kind: 'text', x: page.left, y, size, segments: line.segments });
    });
  }
  return ops;
}
