// The template language of notices: plain text with `{{name}}` placeholders, nothing else. No code runs,
// no markup is interpreted (the output is PDF text, which the PDF writer escapes). Unknown names are
// refused when an administrator saves a template; a value that is missing when a notice is made renders
// as "—", never as the raw braces.

/** The placeholders a template may use, with the help text the editor shows. */
export const PLACEHOLDERS: readonly { name: string; description: string }[] = [
  { name: 'antragsteller.name', description: 'Name der Antragstellerin oder des Antragstellers' },
  {
    name: 'antragsteller.anschrift',
    description: 'Anschrift in einer Zeile, z. B. „Am Büscherhof 1, 42799 Leichlingen“',
  },
  { name: 'antrag.zeichen', description: 'Zeichen des Online-Antrags, z. B. „A-2026-000123“' },
  { name: 'antrag.eingang', description: 'Datum, an dem der Antrag eingegangen ist' },
  { name: 'leistung.name', description: 'Name der Leistung im Leistungskatalog' },
  { name: 'aktenzeichen', description: 'Aktenzeichen des Vorgangs in der E-Akte' },
  { name: 'datum', description: 'Datum des Bescheids' },
  { name: 'gebuehr', description: 'Gebühr in Euro, z. B. „30,70 €“' },
  { name: 'sachbearbeitung.name', description: 'Name der Person, die den Bescheid zeichnet' },
  { name: 'begruendung', description: 'Begründung, die die Sachbearbeitung beim Entscheiden eingibt' },
];

/** `{{angaben.<Feldname>}}`: an answer of the online form, as text. */
export const ANSWER_PREFIX = 'angaben.';
const answerName = /^angaben\.([A-Za-z][A-Za-z0-9_]{0,79})$/;
const knownNames = new Set(PLACEHOLDERS.map((placeholder) => placeholder.name));

/** A placeholder: two braces, a name, two braces; spaces inside the braces are allowed. */
const token = /\{\{\s*([^{}]*?)\s*\}\}/g;

export const MISSING_VALUE = '—';

/** The placeholder names a text uses, each once, in order of appearance. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(token)].map((match) => match[1]!))];
}

export interface PlaceholderCheck {
  /** Names that are neither a known placeholder nor an answer of the service's form. */
  unknown: string[];
  /** Braces left over after every placeholder is taken out: "{{name" or "name}}". */
  unclosed: boolean;
}

/**
 * Checks a text's placeholders. `answerFields`: the names of the service's form fields; when the service
 * has no online form in code, any well-formed `angaben.<name>` is accepted (it renders "—" until there is
 * such an answer).
 */
export function checkPlaceholders(
  text: string,
  { answerFields }: { answerFields?: readonly string[] | undefined } = {},
): PlaceholderCheck {
  const unknown = placeholdersIn(text).filter((name) => {
    if (knownNames.has(name)) return false;
    const answer = answerName.exec(name);
    if (!answer) return true;
    return answerFields !== undefined && !answerFields.includes(answer[1]!);
  });
  return { unknown, unclosed: /\{\{|\}\}/.test(text.replace(token, '')) };
}

/**
 * Replaces every placeholder by its value. A name without a value (or with an empty one), and a name that
 * is not known at all, becomes "—": a notice never shows raw braces.
 */
export function fillPlaceholders(
  text: string,
  values: Readonly<Record<string, string | undefined>>,
  missing = MISSING_VALUE,
): string {
  return text.replace(token, (_match, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    return value === undefined || value.trim() === '' ? missing : value;
  });
}
