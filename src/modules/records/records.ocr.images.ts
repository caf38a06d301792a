// What the fast OCR path needs to know about a JPEG or PNG (size, resolution, colours) and the one-page
// PDF that shows it unchanged: the JPEG bytes or the PNG's compressed pixel data go into the PDF as they
// are (no decoding, no re-compression), as img2pdf does. Anything unusual is declined (undefined) and
// left to OCRmyPDF.
import { assemblePdfObjects } from './records.ocr.pdf-writer.ts';

export interface ImageFacts {
  width: number;
  height: number;
  /** Dots per inch as the file says, or undefined when it does not say. */
  dpi: number | undefined;
  /** Page objects' image XObject: dictionary entries and the stream bytes. */
  xobject: { dictionary: string; data: Buffer };
}

const sofMarkers = new Set([0xc0, 0xc1, 0xc2]);

/** Baseline/progressive JPEGs in grey or RGB; CMYK and exotic ones are declined. */
export function jpegFacts(bytes: Buffer): ImageFacts | undefined {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  let dpi: number | undefined;
  let position = 2;
  while (position + 4 <= bytes.length) {
    if (bytes[position] !== 0xff) return undefined;
    const type = bytes[position + 1]!;
    const length = bytes.readUInt16BE(position + 2);
    if (type === 0xe0 && bytes.toString('latin1', position + 4, position + 9) === 'JFIF\0') {
      const units = bytes[position + 11];
      const density = bytes.readUInt16BE(position + 12);
      if (units === 1 && density > 1) dpi = density;
      if (units === 2 && density > 1) dpi = Math.round(density * 2.54);
    }
    if (sofMarkers.has(type)) {
      const components = bytes[position + 9];
      if (components !== 1 && components !== 3) return undefined;
      const height = bytes.readUInt16BE(position + 5);
      const width = bytes.readUInt16BE(position + 7);
      const colourSpace = components === 1 ? '/DeviceGray' : '/DeviceRGB';
      return {
        width,
        height,
        dpi,
        xobject: {
          dictionary: `/Width ${width} /Height ${height} /ColorSpace ${colourSpace} /BitsPerComponent 8 /Filter /DCTDecode`,
          data: bytes,
        },
      };
    }
    if (type === 0xda || type === 0xd9) return undefined;
    position += 2 + length;
  }
  return undefined;
}

/** Non-interlaced PNGs in grey (1 or 8 bit), RGB (8 bit) or palette, without transparency. */
export function pngFacts(bytes: Buffer): ImageFacts | undefined {
  if (bytes.readUInt32BE(0) !== 0x89504e47) return undefined;
  let position = 8;
  let width = 0;
  let height = 0;
  let depth = 0;
  let colourType = -1;
  let dpi: number | undefined;
  let palette: Buffer | undefined;
  const data: Buffer[] = [];
  while (position + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(position);
    const type = bytes.toString('latin1', position + 4, position + 8);
    const body = bytes.subarray(position + 8, position + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      depth = body[8]!;
      colourType = body[9]!;
      if (body[12] !== 0) return undefined; // interlaced
    } else if (type === 'pHYs' && body[8] === 1) {
      dpi = Math.round(body.readUInt32BE(0) * 0.0254);
    } else if (type === 'PLTE') {
      palette = body;
    } else if (type === 'tRNS') {
      return undefined;
    } else if (type === 'IDAT') {
      data.push(body);
    } else if (type === 'IEND') {
      break;
    }
    position += 12 + length;
  }
  const supported =
    (colourType === 0 && (depth === 1 || depth === 8)) ||
    (colourType === 2 && depth === 8) ||
    (colourType === 3 && depth <= 8 && palette !== undefined);
  if (!supported || data.length === 0) return undefined;
  const colours = colourType === 2 ? 3 : 1;
  const colourSpace =
    colourType === 0
      ? '/DeviceGray'
      : colourType === 2
        ? '/DeviceRGB'
        : `[/Indexed /DeviceRGB ${palette!.length / 3 - 1} <${palette!.toString('hex')}>]`;
  return {
    width,
    height,
    dpi,
    xobject: {
      // PNG's IDAT is a zlib stream with per-row predictors: exactly FlateDecode with PNG predictors.
      dictionary: `/Width ${width} /Height ${height} /ColorSpace ${colourSpace} /BitsPerComponent ${depth} /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors ${colours} /BitsPerComponent ${depth} /Columns ${width} >>`,
      data: Buffer.concat(data),
    },
  };
}

/** A one-page PDF showing the image at its resolution (the page is as large as the scanned sheet). */
export function singleImagePdf(facts: ImageFacts, dpi: number): Buffer {
  const pageWidth = (facts.width * 72) / dpi;
  const pageHeight = (facts.height * 72) / dpi;
  const size = `${pageWidth.toFixed(3)} ${pageHeight.toFixed(3)}`;
  const draw = Buffer.from(`q ${size.replace(' ', ' 0 0 ')} 0 0 cm /Im0 Do Q`, 'latin1');
  return assemblePdfObjects([
    { dictionary: '/Type /Catalog /Pages 2 0 R' },
    { dictionary: '/Type /Pages /Kids [3 0 R] /Count 1' },
    {
      dictionary: `/Type /Page /Parent 2 0 R /MediaBox [0 0 ${size}] /Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R`,
    },
    { dictionary: '', stream: draw },
    { dictionary: `/Type /XObject /Subtype /Image ${facts.xobject.dictionary}`, stream: facts.xobject.data },
  ]);
}
