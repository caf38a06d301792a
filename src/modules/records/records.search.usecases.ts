// Searching the E-Akte: typed words → lexemes (with prefix and typo correction) → one page of hits the
// viewer may see, with snippets. Nothing invisible is ever loaded: visibility is part of the query.
import type { TenantScope } from '../../platform/db/tenant-scope.ts';
import type { RecordsViewer } from './records.policies.ts';
import { searchErrors } from './records.search.errors.ts';
import {
  correctableLexemes,
  headlineQuery,
  matchQuery,
  queryWords,
  resolveWords,
} from './records.search.query.ts';
import {
  createSearchRepository,
  type SearchFilters,
  type SearchKey,
  type SearchRow,
} from './records.search.repository.ts';
import { snippetParts, type SnippetPart } from './records.search.snippet.ts';
import type { RecordsDb } from './records.tables.ts';

export type { SearchFilters } from './records.search.repository.ts';

export interface SearchHit extends SearchRow {
  /** Null when the document has no text (yet). */
  snippet: SnippetPart[] | null;
}

export interface SearchResult {
  /** False when there was nothing to search for (no words, no filter): the page shows only the form. */
  searched: boolean;
  hits: SearchHit[];
  nextCursor: string | null;
  /** Typed words that no document contains and that were searched as the nearest real word instead. */
  corrected: string[];
}

export const SEARCH_CURSOR_PATTERN =
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';

export function encodeSearchCursor(key: SearchKey): string {
  return `${key.date}.${key.id}`;
}

/** Undefined when the cursor is not one of ours (the route's schema normally refuses it first). */
export function decodeSearchCursor(cursor: string): SearchKey | undefined {
  if (!new RegExp(SEARCH_CURSOR_PATTERN).test(cursor)) return undefined;
  const [date, id] = cursor.split('.') as [string, string];
  return isRealDate(date) ? { date, id } : undefined;
}

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function hasFilter(filters: SearchFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined && value !== '');
}

export async function searchRecords({
  scope,
  viewer,
  text,
  filters,
  cursor,
  limit = 20,
}: {
  scope: TenantScope<RecordsDb>;
  viewer: RecordsViewer;
  text: string;
  filters: SearchFilters;
  cursor?: string | undefined;
  limit?: number;
}): Promise<SearchResult> {
  for (const date of [filters.from, filters.to])
    if (date !== undefined && !isRealDate(date)) throw searchErrors.search_invalid_date();
  const after = cursor ? decodeSearchCursor(cursor) : undefined;
  const words = queryWords(text);
  if (words.length === 0 && !hasFilter(filters))
    return { searched: false, hits: [], nextCursor: null, corrected: [] };

  return scope(async (trx) => {
    const repository = createSearchRepository({ trx });
    const analysed = await repository.analyseWords(words);
    const corrections = await repository.nearestWords(correctableLexemes(analysed));
    const resolved = resolveWords(analysed, corrections);
    const match = matchQuery(resolved);
    // Only stop words ("die", "und") and no filter: nothing to look for.
    if (match === null && !hasFilter(filters))
      return { searched: true, hits: [], nextCursor: null, corrected: [] };
    const rows = await repository.search({ viewer, match, filters, after, limit: limit + 1 });
    const page = rows.slice(0, limit);
    const headlines = await repository.headlines(
      page.map((row) => row.documentId),
      headlineQuery(resolved),
    );
    const last = page.at(-1);
    return {
      searched: true,
      hits: page.map((row) => {
        const headline = headlines.get(row.documentId);
        return { ...row, snippet: headline === undefined ? null : snippetParts(headline) };
      }),
      nextCursor:
        rows.length > limit && last
          ? encodeSearchCursor({ date: last.documentDate, id: last.documentId })
          : null,
      corrected: resolved.filter((word) => word.correction !== null).map((word) => word.word),
    };
  });
}
