// A snippet is document text, i.e. user data: it is escaped as a whole, and only our own hit markers
// (characters removed from the text before ts_headline ran) become <mark> elements.
import { escapeHtml } from '../../platform/ui/jsx-runtime.ts';
import { HIT_END, HIT_START } from './records.search.repository.ts';

export interface SnippetPart {
  text: string;
  hit: boolean;
}

/** Splits a headline into plain and highlighted parts; line breaks and runs of spaces become one space. */
export function snippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const pattern = new RegExp(`${HIT_START}([^${HIT_END}]*)${HIT_END}`, 'gu');
  let last = 0;
  const push = (text: string, hit: boolean) => {
    const clean = text.replaceAll(HIT_START, '').replaceAll(HIT_END, '').replace(/\s+/gu, ' ');
    if (clean.length > 0) parts.push({ text: clean, hit });
  };
  for (const match of headline.matchAll(pattern)) {
    push(headline.slice(last, match.index), false);
    push(match[1] ?? '', true);
    last = match.index + match[0].length;
  }
  push(headline.slice(last), false);
  return parts;
}

/** The snippet as HTML for API clients: escaped text, hits in <mark>. */
export function snippetHtml(parts: SnippetPart[]): string {
  return parts
    .map((part) => (part.hit ? `<mark>${escapeHtml(part.text)}</mark>` : escapeHtml(part.text)))
    .join('');
}
