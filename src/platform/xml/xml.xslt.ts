// XSLT 3.0 with SaxonJS. SaxonJS runs compiled stylesheets (SEF); compiling a large one (the CEN rules:
// ~10 s, ~750 MB) is done once by the xslt3 compiler in a child process, so its memory goes back, and the
// result is cached under node_modules/.cache/rathaus-xslt by a hash of everything that goes into it.
// Never committed: CI and a fresh installation build it on first use.
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import SaxonJS, { type SaxonNode } from 'saxon-js';

export const defaultXsltCacheDirectory = fileURLToPath(
  new URL('../../../node_modules/.cache/rathaus-xslt/', import.meta.url),
);

/** A change to a stylesheet's source before compiling; `id` goes into the cache key. */
export interface XsltSourcePatch {
  id: string;
  apply(source: string, file: string): string;
}

export interface XsltCompileOptions {
  cacheDirectory?: string;
  patches?: readonly XsltSourcePatch[];
  /** Longest wait for a compilation another process or thread has started. */
  waitMs?: number;
}

const require = createRequire(import.meta.url);
const xslt3 = require.resolve('xslt3/xslt3.js');
const xslt3Version = (
  JSON.parse(readFileSync(require.resolve('xslt3/package.json'), 'utf8')) as { version: string }
).version;
const saxonVersion = (
  JSON.parse(readFileSync(require.resolve('saxon-js/package.json'), 'utf8')) as { version: string }
).version;
const importPattern = /(<xsl:(?:import|include)\b[^>]*?\bhref\s*=\s*)(["'])([^"']+)\2/g;

/** Source files of a stylesheet: itself and, transitively, what it imports or includes. */
async function stylesheetSources(
  file: string,
  seen = new Map<string, string>(),
): Promise<Map<string, string>> {
  if (seen.has(file)) return seen;
  const source = await readFile(file, 'utf8');
  seen.set(file, source);
  for (const match of source.matchAll(importPattern)) {
    const href = match[3]!;
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('file:')) continue;
    const target = href.startsWith('file:') ? fileURLToPath(href) : path.resolve(path.dirname(file), href);
    await stylesheetSources(target, seen);
  }
  return seen;
}

/** Path of the compiled form of `file`, compiling it first when the cache has none. */
export async function compileStylesheet(file: string, options: XsltCompileOptions = {}): Promise<string> {
  const cacheDirectory = options.cacheDirectory ?? defaultXsltCacheDirectory;
  const patches = options.patches ?? [];
  const sources = await stylesheetSources(path.resolve(file));
  const hash = createHash('sha256').update(`xslt3 ${xslt3Version}\n`);
  for (const patch of patches) hash.update(`patch ${patch.id}\n`);
  for (const [name, source] of sources) hash.update(`${path.basename(name)}\n${source}\n`);
  const key = hash.digest('hex').slice(0, 32);
  const sef = path.join(cacheDirectory, `${path.basename(file, path.extname(file))}.${key}.sef.json`);
  if (existsSync(sef)) return sef;
  await mkdir(cacheDirectory, { recursive: true });
  const lock = `${sef}.lock`;
  const waitMs = options.waitMs ?? 10 * 60_000;
  const started = Date.now();
  for (;;) {
    if (existsSync(sef)) return sef;
    const handle = await open(lock, 'wx').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return null;
      throw error;
    });
    if (handle) {
      await handle.close();
      try {
        if (!existsSync(sef)) await compileInto(path.resolve(file), sources, patches, sef);
        return sef;
      } finally {
        await rm(lock, { force: true });
      }
    }
    // Someone else compiles; a lock older than the longest compilation is left over from a crash.
    const age = await stat(lock).then(
      (info) => Date.now() - info.mtimeMs,
      () => 0,
    );
    if (age > waitMs) await rm(lock, { force: true });
    else if (Date.now() - started > waitMs) throw new Error(`waited too long for the compilation of ${file}`);
    else await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function compileInto(
  file: string,
  sources: Map<string, string>,
  patches: readonly XsltSourcePatch[],
  sef: string,
): Promise<void> {
  // The compiler reads a copy: patched, and with imports pointing back to the originals.
  let source = sources.get(file)!;
  for (const patch of patches) source = patch.apply(source, file);
  source = source.replace(importPattern, (_all, start: string, quote: string, href: string) =>
    /^[a-z][a-z0-9+.-]*:/i.test(href)
      ? `${start}${quote}${href}${quote}`
      : `${start}${quote}${pathToFileURL(path.resolve(path.dirname(file), href)).href}${quote}`,
  );
  const unique = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const copy = `${sef}.${unique}.xsl`;
  const output = `${sef}.${unique}.tmp`;
  await writeFile(copy, source);
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(
        process.execPath,
        [xslt3, `-xsl:${copy}`, `-export:${output}`, '-nogo', '-relocate:on'],
        { maxBuffer: 16 * 1024 * 1024, timeout: 10 * 60_000 },
        (error, _stdout, stderr) =>
          error
            ? reject(new Error(`xslt3 could not compile ${file}: ${String(stderr).trim() || error.message}`))
            : resolve(),
      );
    });
    await rename(output, sef);
  } finally {
    await rm(copy, { force: true });
    await rm(output, { force: true });
  }
}

/** A compiled stylesheet loaded into this thread; keep it, loading takes ~50 ms for the CEN rules. */
export interface Stylesheet {
  readonly file: string;
  readonly compiled: object;
}

export async function loadStylesheet(sef: string, file = sef): Promise<Stylesheet> {
  const compiled = JSON.parse(await readFile(sef, 'utf8')) as SefNode;
  skipPerRunWalk(compiled);
  return { file, compiled };
}

interface SefNode {
  N?: string;
  C?: SefNode[];
  PRIMED?: boolean;
}

/**
 * SaxonJS 2.7 walks the whole compiled tree at the start of every transform, looking for the nodes
 * "package" and "glob" (internal function setting up the run). For the CEN rules that is ~7 MB of JSON and
 * ~25 ms per invoice — 40 % of the time. Both kinds sit directly under the root, never inside a
 * component ("co"), so once the stylesheet is primed (its checksum checked and parent links set, which
 * also walk the tree, on the first run) the walk is cut at the components: it is the only per-run code that
 * iterates a component's children with forEach; evaluation reads them by index. The result is unchanged
 * (xml.test.ts compares SVRL with and without; the CEN unit tests run this way). Only for 2.7.0's tree shape.
 */
function skipPerRunWalk(compiled: SefNode): void {
  if (saxonVersion !== '2.7.0' || compiled.N !== 'package') return;
  try {
    transform({ file: 'priming', compiled }, parseForXslt('<priming/>'));
  } catch {
    // Stylesheets that need parameters fail here; they stay unprimed and are walked as usual.
  }
  if (compiled.PRIMED !== true) return;
  for (const component of compiled.C ?? []) {
    if (component.N !== 'co' || !Array.isArray(component.C)) continue;
    Object.defineProperty(component.C, 'forEach', { value: () => {}, enumerable: false });
  }
}

/** For the comparison test: the same stylesheet without skipPerRunWalk. */
export async function loadStylesheetUnchanged(sef: string, file = sef): Promise<Stylesheet> {
  return { file, compiled: JSON.parse(await readFile(sef, 'utf8')) as object };
}

/** Parses XML text into SaxonJS's tree. The text must have passed takeInXml (no DOCTYPE). */
export function parseForXslt(text: string): SaxonNode {
  return SaxonJS.XPath.evaluate('parse-xml($text)', null, { params: { text } }) as SaxonNode;
}

/** Runs a stylesheet synchronously (that is why it belongs in a worker thread) and returns the result document. */
export function transform(stylesheet: Stylesheet, source: SaxonNode): SaxonNode {
  return SaxonJS.transform(
    { stylesheetInternal: stylesheet.compiled, sourceNode: source, destination: 'document' },
    'sync',
  ).principalResult;
}

export function evaluateXPath(
  expression: string,
  context: SaxonNode | null,
  namespaces: Record<string, string> = {},
  params: Record<string, unknown> = {},
): unknown {
  return SaxonJS.XPath.evaluate(expression, context, { namespaceContext: namespaces, params });
}
