// The page: A4 portrait in points, with the margins and zones of DIN 5008 (form B, the usual one for
// authorities). Positions are given from the top edge in millimetres, as the standard gives them.
export const mm = 72 / 25.4;

export const page = {
  width: 210 * mm,
  height: 297 * mm,
  /** Text starts 25 mm from the left edge (the address field at 20 mm plus its 5 mm inner margin). */
  left: 25 * mm,
  /** At least 20 mm on the right. */
  right: 190 * mm,
  /** Top of the text on pages without a letter head, and on every page after the first. */
  top: 20 * mm,
  /** Form B: the text of a letter begins 98.46 mm from the top, below address field and information block. */
  letterBodyTop: 98.46 * mm,
  /** Baseline of the page number, above the bottom edge. */
  footerBaseline: 12 * mm,
} as const;

export const textAreaWidth = page.right - page.left;

/** PDF's y axis points up from the bottom edge; DIN 5008 measures down from the top. */
export function fromTop(millimetres: number): number {
  return page.height - millimetres * mm;
}

/** Type sizes and leading (line distance) in points. */
export const type = {
  body: { size: 11, leading: 14.3 },
  heading1: { size: 14, leading: 18 },
  heading2: { size: 12, leading: 15.6 },
  small: { size: 8, leading: 10 },
  /** Table cells: a point smaller than the body, so five or six columns fit the text area. */
  table: { size: 10, leading: 12.5 },
  address: { size: 10, leading: 12 },
  returnLine: { size: 7, leading: 9 },
  sender: { size: 9, leading: 11 },
  senderName: { size: 14, leading: 17 },
} as const;

/** The baseline of a line whose box starts at `top` (a fifth of the leading stays below it for descenders). */
export function baselineBelow(top: number, leading: number): number {
  return top - leading * 0.8;
}
