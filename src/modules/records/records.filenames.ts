// File names as uploaded are data from outside: a browser sends the base name, but a script may send
// "../../etc/passwd", control characters, or a thousand characters. We keep a clean version for
// display and downloads and tell the person when it differed from what they sent.

export interface CleanedFileName {
  name: string;
  /** True when the name had to be changed (the page says so). */
  changed: boolean;
}

const maxCharacters = 255;
// ext4 and most file systems allow 255 bytes per name; a download must be savable under its name.
const maxUtf8Bytes = 255;
const fallbackName = 'Dokument';

// C0 and C1 controls, DEL, and the Unicode characters that reorder or hide text (bidi overrides,
// zero-width), which can make "rechnung‮fdp.exe" look like "rechnungexe.pdf".
// eslint-disable-next-line no-control-regex
const unwanted = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

export function cleanFileName(raw: string | undefined): CleanedFileName {
  // NFC first: a Mac sends "ü" decomposed, which is the same name, not a changed one.
  const original = (raw ?? '').normalize('NFC');
  let name = original;
  // Only the last path segment counts, whichever separator a client used.
  name = name.split(/[/\\]/).pop() ?? '';
  name = name.replace(unwanted, '');
  // Characters Windows refuses in names; replaced so a download can be saved everywhere.
  name = name.replace(/[<>:"|?*]/g, '_');
  name = name.replace(/\s+/g, ' ').trim();
  // Leading dots would hide the file on Unix; trailing dots and spaces vanish on Windows.
  name = name.replace(/^\.+/, '').replace(/[. ]+$/, '');
  if (name === '') name = fallbackName;
  name = shorten(name);
  return { name, changed: name !== original };
}

/** Cuts the stem, never the extension, until the name fits both limits. */
function shorten(name: string): string {
  if (fits(name)) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : '';
  let stem = extension ? name.slice(0, dot) : name;
  const characters = Array.from(stem);
  while (characters.length > 0 && !fits(characters.join('').trimEnd() + extension)) characters.pop();
  stem = characters.join('').trimEnd();
  return stem === '' ? fallbackName + extension : stem + extension;
}

function fits(name: string): boolean {
  return Array.from(name).length <= maxCharacters && Buffer.byteLength(name, 'utf8') <= maxUtf8Bytes;
}

/** The extension in lower case without the dot, or '' (used only to suggest a name, never to decide a type). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/**
 * A Content-Disposition header value: an ASCII fallback name and the exact name in RFC 5987 form, so
 * umlauts survive and no quote or line break can break out of the header.
 */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
