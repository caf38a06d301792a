// Adobe Font Metrics (AFM 4.1): what the font dictionary and font descriptor of an embedded font need —
// glyph widths by name, the bounding boxes, cap and x-height.

export interface AfmMetrics {
  fontName: string;
  italicAngle: number;
  fontBBox: [number, number, number, number];
  capHeight: number;
  xHeight: number;
  /** 0 when the file gives none (URW's files say 0; the descriptor then uses glyph boxes). */
  ascender: number;
  descender: number;
  /** Advance width (WX) by glyph name. */
  widths: Map<string, number>;
  /** Glyph bounding box (B) by glyph name. */
  boxes: Map<string, [number, number, number, number]>;
}

export function parseAfm(text: string): AfmMetrics {
  const header = (key: string) => new RegExp(`^${key}\\s+(.+?)\\s*$`, 'm').exec(text)?.[1];
  const numbers = (value: string | undefined) => (value ?? '').split(/\s+/).filter(Boolean).map(Number);
  const widths = new Map<string, number>();
  const boxes = new Map<string, [number, number, number, number]>();
  for (const line of text.split(/\r?\n/)) {
    if (!line.startsWith('C ') && !line.startsWith('CH ')) continue;
    const fields = new Map(
      line
        .split(';')
        .map((field) => field.trim().split(/\s+/))
        .filter((parts) => parts[0])
        .map((parts) => [parts[0]!, parts.slice(1)]),
    );
    const name = fields.get('N')?.[0];
    const width = fields.get('WX')?.[0];
    if (!name || width === undefined) continue;
    widths.set(name, Number(width));
    const box = fields.get('B')?.map(Number);
    if (box?.length === 4) boxes.set(name, box as [number, number, number, number]);
  }
  const bbox = numbers(header('FontBBox'));
  return {
    fontName: header('FontName') ?? '',
    italicAngle: Number(header('ItalicAngle') ?? 0),
    fontBBox: [bbox[0] ?? 0, bbox[1] ?? 0, bbox[2] ?? 1000, bbox[3] ?? 1000],
    capHeight: Number(header('CapHeight') ?? 0),
    xHeight: Number(header('XHeight') ?? 0),
    ascender: Number(header('Ascender') ?? 0),
    descender: Number(header('Descender') ?? 0),
    widths,
    boxes,
  };
}
