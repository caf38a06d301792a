// The fast OCR path for what scanners and cameras send: a JPEG or PNG, or a PDF whose every page is one
// image covering the page (and no text). Tesseract reads the page images as they are (no rasterising),
// all pages in one run (the German model is loaded once) and writes a text-only PDF; Ghostscript turns
// that small PDF into PDF/A-2b (with an sRGB output intent), and qpdf lays the original pages under it,
// byte for byte. The same result as OCRmyPDF's sandwich, at close to the speed of bare Tesseract; every
// other input goes to OCRmyPDF (records.ocr.engine.ts).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { findIccProfile, outputIntentDefinition } from '../../platform/pdf/index.ts';
import { jpegFacts, pngFacts, singleImagePdf } from './records.ocr.images.ts';
import { cleanText, extractPdfText, pagesWithoutText } from './records.pdf.ts';
import { runTool, toolFailure, type ToolOptions } from './records.ingest.tools.ts';

export interface FastPlan {
  /** Page images in page order, with the resolution Tesseract must assume. */
  images: { path: string; dpi: number }[];
  /** The pages to show under the text: the uploaded PDF, or a PDF made around the image. */
  basePdf: string;
  iccProfile: string;
}

export interface FastRunOptions {
  workDirectory: string;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
  onPage?: ((done: number, total: number) => void) | undefined;
  maxTextCharacters: number;
}

const scanEncodings = new Set(['jpeg', 'image', 'jbig2', 'ccitt']);
const scanColours = new Set(['gray', 'rgb', 'index']);
// A resolution outside this range is not a scan's: take 300 dpi, as OCRmyPDF's --image-dpi would.
const plausibleDpi = (dpi: number | undefined) => (dpi !== undefined && dpi >= 70 && dpi <= 1200 ? dpi : 300);

/** A plan for the fast path, or undefined when the input needs OCRmyPDF. */
export async function planFastOcr(
  inputPath: string,
  mediaType: string,
  workDirectory: string,
  timeoutMs: number,
): Promise<FastPlan | undefined> {
  const iccProfile = await findIccProfile();
  if (!iccProfile) return undefined;
  if (mediaType === 'image/jpeg' || mediaType === 'image/png') {
    const bytes = await readFile(inputPath);
    const facts = mediaType === 'image/jpeg' ? jpegFacts(bytes) : pngFacts(bytes);
    if (!facts) return undefined;
    const dpi = plausibleDpi(facts.dpi);
    const basePdf = path.join(workDirectory, 'base.pdf');
    await writeFile(basePdf, singleImagePdf(facts, dpi));
    return { images: [{ path: inputPath, dpi }], basePdf, iccProfile };
  }
  if (mediaType !== 'application/pdf') return undefined;
  return planScannedPdf(inputPath, workDirectory, timeoutMs, iccProfile);
}

async function planScannedPdf(
  inputPath: string,
  workDirectory: string,
  timeoutMs: number,
  iccProfile: string,
) {
  const options: ToolOptions = { timeoutMs, maxStdoutBytes: 4 * 1024 * 1024 };
  const info = await runTool('pdfinfo', ['-f', '1', '-l', '100000', inputPath], options);
  if (info.code !== 0) return undefined;
  const pages = new Map<number, { width: number; height: number; rotation: number }>();
  for (const line of info.stdout.toString('utf8').split('\n')) {
    const size = /^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/.exec(line);
    if (size) pages.set(Number(size[1]), { width: Number(size[2]), height: Number(size[3]), rotation: 0 });
    const rotation = /^Page\s+(\d+) rot:\s+(\d+)/.exec(line);
    if (rotation && pages.has(Number(rotation[1])))
      pages.get(Number(rotation[1]))!.rotation = Number(rotation[2]);
  }
  if (pages.size === 0) return undefined;
  // Pages with a text layer would get a second one: mixed documents go to OCRmyPDF (--skip-text).
  const text = await extractPdfText(inputPath);
  if (pagesWithoutText(text.pages, pages.size).length !== pages.size) return undefined;
  const list = await runTool('pdfimages', ['-list', inputPath], options);
  if (list.code !== 0) return undefined;
  const images = list.stdout
    .toString('utf8')
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((columns) => columns.length >= 14);
  const dpis: number[] = [];
  for (const [number, page] of pages) {
    const onPage = images.filter((columns) => Number(columns[0]) === number);
    const [image] = onPage;
    if (onPage.length !== 1 || !image || image[2] !== 'image' || page.rotation !== 0) return undefined;
    const [width, height, colour, encoding, xppi, yppi] = [
      Number(image[3]),
      Number(image[4]),
      image[5]!,
      image[8]!,
      Number(image[12]),
      Number(image[13]),
    ];
    if (!scanColours.has(colour) || !scanEncodings.has(encoding) || Math.abs(xppi - yppi) > 1 || xppi < 50)
      return undefined;
    // The image must fill the page: then the text layer, sized by pixels and dpi, lies exactly over it.
    const fits = (pixels: number, points: number) =>
      Math.abs((pixels * 72) / xppi - points) <= Math.max(2, points * 0.01);
    if (!fits(width, page.width) || !fits(height, page.height)) return undefined;
    dpis.push(Math.round(xppi));
  }
  const prefix = path.join(workDirectory, 'page');
  const extracted = await runTool('pdfimages', ['-j', inputPath, prefix], { timeoutMs });
  if (extracted.code !== 0) return undefined;
  const files = (await readdir(workDirectory)).filter((name) => name.startsWith('page-')).sort();
  if (files.length !== dpis.length) return undefined;
  return {
    images: files.map((name, index) => ({ path: path.join(workDirectory, name), dpi: dpis[index]! })),
    basePdf: inputPath,
    iccProfile,
  };
}

/** A PostScript pdfmark file that gives the PDF/A an sRGB output intent (as OCRmyPDF writes it). */
async function pdfaDefinition(iccProfile: string, target: string): Promise<void> {
  await writeFile(target, outputIntentDefinition(await readFile(iccProfile)), 'ascii');
}

export async function runFastOcr(plan: FastPlan, options: FastRunOptions) {
  const directory = options.workDirectory;
  const total = plan.images.length;
  const run = async (command: string, args: string[], extra: Partial<ToolOptions> = {}) => {
    const result = await runTool(command, args, {
      timeoutMs: options.timeoutMs,
      signal: options.signal,
      cwd: directory,
      ...extra,
    });
    if (result.code !== 0) throw new Error(toolFailure(command, result));
    return result;
  };
  // One Tesseract run per resolution (normally one for the whole document), pages in order.
  const groups: { dpi: number; images: string[] }[] = [];
  for (const image of plan.images) {
    const last = groups.at(-1);
    if (last && last.dpi === image.dpi) last.images.push(image.path);
    else groups.push({ dpi: image.dpi, images: [image.path] });
  }
  const textPdfs: string[] = [];
  const texts: string[] = [];
  let done = 0;
  for (const [index, group] of groups.entries()) {
    const list = path.join(directory, `pages-${index}.txt`);
    await writeFile(list, `${group.images.join('\n')}\n`);
    const output = path.join(directory, `text-${index}`);
    const before = done;
    await run(
      'tesseract',
      [list, output, '--dpi', String(group.dpi), '-l', 'deu', '-c', 'textonly_pdf=1', 'pdf', 'txt'],
      {
        // "Page 3 : …" (counted from 0) as each page starts.
        onStderrLine: (line) => {
          const page = /^Page (\d+) :/.exec(line);
          if (page) options.onPage?.(Math.min(before + Number(page[1]), total), total);
        },
      },
    );
    done += group.images.length;
    options.onPage?.(done, total);
    textPdfs.push(`${output}.pdf`);
    texts.push(await readFile(`${output}.txt`, 'utf8'));
  }
  let textLayer = textPdfs[0]!;
  if (textPdfs.length > 1) {
    textLayer = path.join(directory, 'text.pdf');
    await run('qpdf', ['--empty', '--pages', ...textPdfs, '--', textLayer]);
  }
  const definition = path.join(directory, 'pdfa.ps');
  await pdfaDefinition(plan.iccProfile, definition);
  const textLayerA = path.join(directory, 'text-pdfa.pdf');
  await run('gs', [
    '-dBATCH',
    '-dNOPAUSE',
    '-dSAFER',
    '-dQUIET',
    '-dCompatibilityLevel=1.5',
    '-sDEVICE=pdfwrite',
    '-dAutoRotatePages=/None',
    '-sColorConversionStrategy=LeaveColorUnchanged',
    '-dPDFA=2',
    '-dPDFACompatibilityPolicy=1',
    '-o',
    textLayerA,
    definition,
    textLayer,
  ]);
  const pdfPath = path.join(directory, 'ocr.pdf');
  await run('qpdf', [textLayerA, '--underlay', plan.basePdf, '--', pdfPath]);
  return {
    pdfPath,
    text: cleanText(texts.join('')).slice(0, options.maxTextCharacters),
    pageCount: total,
  };
}
