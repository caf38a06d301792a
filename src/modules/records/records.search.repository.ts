// All SQL of the records search (migration 0014). It reads records_search_view, which holds one row per
// document of the scope's municipality; who may see which row is decided in the WHERE by visibleWhere.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { TenantTransaction } from '../../platform/db/tenant-scope.ts';
import { visibleWhere, type RecordsViewer } from './records.policies.ts';
import type { WordAnalysis } from './records.search.query.ts';
import type { RecordsDb } from './records.tables.ts';

export interface SearchKey {
  /** YYYY-MM-DD */
  date: string;
  id: string;
}

export interface SearchFilters {
  departmentId?: string | undefined;
  /** A file plan code ("32.11"): files under that node and every node below it. */
  planCode?: string | undefined;
  documentType?: string | undefined;
  /** The case's status. */
  status?: 'open' | 'closed' | undefined;
  /** YYYY-MM-DD, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
}

export interface SearchRow {
  documentId: string;
  caseId: string;
  fileId: string;
  title: string;
  documentType: string;
  documentDate: string;
  fileReference: string;
  fileTitle: string;
  caseNumber: number;
  caseTitle: string;
  caseStatus: 'open' | 'closed';
  /** Every word matched the title or metadata, not only the text. */
  titleMatch: boolean;
}

// Hits are marked with two private-use characters, removed from the text beforehand, so the snippet
// can be HTML-escaped first and marked up afterwards (records.search.snippet.ts).
export const HIT_START = '\uE000';
export const HIT_END = '\uE001';
// One passage around the best group of hits (the fragment algorithm, MaxFragments > 0, costs about 40 %
// more per text and the snippet is the largest part of a search's time).
const headlineOptions = `StartSel=${HIT_START}, StopSel=${HIT_END}, MaxWords=30, MinWords=15, ShortWord=3`;
// ts_headline parses the whole text it is given (about 1 ms per 5,000 characters) and the snippets are most
// of a search's time; hits further in than this (about 1,100 words) show the text's beginning instead.
const HEADLINE_TEXT_LIMIT = 8_000;

type Trx = TenantTransaction<RecordsDb>;

// Date windows (days back from the cursor's date, or from the newest document) tried in turn; then the
// whole archive.
const SEARCH_WINDOWS_DAYS = [31, 366, 1827];
// How many of the newest visible documents are tested directly before the GIN index is asked: enough for
// words in about one document in twenty-five.
const RECENT_CANDIDATES = 500;

export function createSearchRepository({ trx }: { trx: Trx }) {
  return {
    /** Lexemes, spellings and prefix form of each typed word, and whether the municipality's texts have them. */
    async analyseWords(words: string[]): Promise<WordAnalysis[]> {
      if (words.length === 0) return [];
      const { rows } = await sql<Omit<WordAnalysis, 'word'> & { ord: number | string }>`
        with typed as materialized (
          select w.word, w.ord,
            tsvector_to_array(to_tsvector('records_german', records_search_fold(w.word))) as lexemes,
            unaccent(records_search_fold(w.word)) as folded
          from unnest(cast(${words} as text[])) with ordinality as w(word, ord)
        )
        select t.ord, t.lexemes, t.folded,
          tsvector_to_array(to_tsvector('records_german', t.word) || to_tsvector('records_german',
            replace(replace(replace(replace(lower(t.word), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'ß', 'ss')))
            as "headlineLexemes",
          cardinality(t.lexemes) > 0 and (select count(*) from records_search_words s
            where s.word = any(t.lexemes)) = cardinality(t.lexemes) as known,
          exists (select 1 from records_search_words s
            where s.word >= t.folded and s.word < t.folded || '{') as "prefixKnown"
        from typed t
        order by t.ord`.execute(trx);
      return rows.map((row) => ({
        word: words[Number(row.ord) - 1]!,
        lexemes: row.lexemes,
        headlineLexemes: row.headlineLexemes,
        folded: row.folded,
        // Numbers, file references and the like are never in the word list (letters only): they count as
        // known, so they are searched as typed rather than "corrected".
        known: row.known || row.lexemes.some((lexeme) => !/^[a-z]{3,40}$/.test(lexeme)),
        prefixKnown: row.prefixKnown,
      }));
    },

    /** For each lexeme, the most similar word of the word list (trigram similarity at least 0.3). */
    async nearestWords(lexemes: string[]): Promise<Map<string, string>> {
      if (lexemes.length === 0) return new Map();
      const { rows } = await sql<{ lexeme: string; word: string }>`
        select q.lexeme, best.word
        from unnest(cast(${lexemes} as text[])) as q(lexeme)
        cross join lateral (
          select c.word from (
            select s.word, similarity(s.word, q.lexeme) as similarity
            from records_search_words s
            order by s.word <-> q.lexeme
            limit 5
          ) c
          where c.similarity >= 0.3
          order by c.similarity desc, c.word
          limit 1
        ) best`.execute(trx);
      return new Map(rows.map((row) => [row.lexeme, row.word]));
    },

    /**
     * One page of hits the viewer may see, newest first, keyset on (date, id).
     *
     * Why not simply ORDER BY … LIMIT: PostgreSQL either walks the date index and tests `@@` row by row,
     * reading each document's toasted text vector — for words whose visible hits are rare that reads the
     * whole archive (3.7 s at 100 k documents, measured) — or merges the GIN posting lists of every match
     * before sorting, which for a word in half the documents grows with the archive (55 ms at 100 k).
     * So: first a bounded look at the newest visible documents (frequent words fill the page there), then
     * the GIN index alone (exact, no text vector read) within a date window that grows until the page is
     * full (rare words cost little in any window).
     */
    async search(params: {
      viewer: RecordsViewer;
      match: string | null;
      filters: SearchFilters;
      after: SearchKey | undefined;
      limit: number;
    }): Promise<SearchRow[]> {
      const { viewer, match, filters, after, limit } = params;
      const conditions: RawBuilder<SqlBool>[] = [
        visibleWhere(viewer, {
          departmentId: 'e.department_id',
          confidentiality: 'e.confidentiality',
          responsibleStaffId: 'e.responsible_staff_id',
        }),
      ];
      if (filters.departmentId) conditions.push(sql`e.department_id = ${filters.departmentId}`);
      if (filters.documentType) conditions.push(sql`e.document_type = ${filters.documentType}`);
      if (filters.status) conditions.push(sql`e.case_status = ${filters.status}`);
      if (filters.from) conditions.push(sql`e.document_date >= cast(${filters.from} as date)`);
      if (filters.to) conditions.push(sql`e.document_date <= cast(${filters.to} as date)`);
      if (filters.planCode)
        conditions.push(sql`e.plan_node_id in (
          with recursive below as (
            select id from records_plan_nodes where code = ${filters.planCode}
            union all
            select n.id from records_plan_nodes n join below b on n.parent_id = b.id
          )
          select id from below)`);
      if (after)
        conditions.push(
          sql`(e.document_date, e.document_id) < (cast(${after.date} as date), cast(${after.id} as uuid))`,
        );
      const query = match === null ? null : sql`cast(${match} as tsquery)`;
      const columns = sql`e.document_id as "documentId", e.case_id as "caseId", e.file_id as "fileId", e.title,
        e.document_type as "documentType", to_char(e.document_date, 'YYYY-MM-DD') as "documentDate",
        e.file_reference as "fileReference", e.file_title as "fileTitle", e.case_number as "caseNumber",
        e.case_title as "caseTitle", e.case_status as "caseStatus",
        ${query === null ? sql`false` : sql`e.meta_vector @@ ${query}`} as "titleMatch"`;

      const page = async (windowDays: number | null, anchor?: string) => {
        const where = [...conditions];
        if (query !== null) where.push(sql`(e.meta_vector || e.text_vector) @@ ${query}`);
        if (windowDays !== null)
          where.push(sql`e.document_date > cast(${anchor} as date) - ${windowDays}::int`);
        const { rows } = await sql<SearchRow>`
          select ${columns} from records_search_view e
          where ${sql.join(where, sql` and `)}
          order by e.document_date desc, e.document_id desc
          limit ${limit}`.execute(trx);
        return rows;
      };
      // Without words, the date or department index in order is exactly right (filters only).
      if (query === null) return page(null);
      // 1. Frequent words: the newest visible documents, taken in index order, tested one by one. Bounded
      // (each test reads a text vector), and independent of the archive's size, where the GIN index would
      // have to merge posting lists of half the archive.
      const { rows: recent } = await sql<SearchRow>`
        select ${columns} from (
          select * from records_search_view e
          where ${sql.join(conditions, sql` and `)}
          order by e.document_date desc, e.document_id desc
          limit ${RECENT_CANDIDATES}
        ) e
        where (e.meta_vector || e.text_vector) @@ ${query}
        order by e.document_date desc, e.document_id desc
        limit ${limit}`.execute(trx);
      if (recent.length >= limit) return recent;
      // 2. Rarer words: the GIN index, in growing date windows.
      // Windows count back from the cursor, else from the newest document (an archive may end in the past)
      // or the end of the date filter, whichever is earlier.
      const newest = (
        await sql<{ newest: string | null }>`
          select to_char(max(document_date), 'YYYY-MM-DD') as newest from records_search_view`.execute(trx)
      ).rows[0]?.newest;
      if (!newest) return [];
      const anchor = after?.date ?? (filters.to && filters.to < newest ? filters.to : newest);
      // Bitmap scans only (GIN ∧ date window, then sort), never the date index walked in order; until the
      // transaction ends, so the snippet query after this uses bitmap scans as well (20 rows, no matter).
      await sql`set local enable_indexscan = off`.execute(trx);
      for (const days of SEARCH_WINDOWS_DAYS) {
        const rows = await page(days, anchor);
        if (rows.length >= limit) return rows;
        // Few hits even here: the word is rare, the whole archive holds few matches; skip the other windows.
        if (rows.length < limit / 4) break;
      }
      return page(null);
    },

    /** The snippet of each document's current text, hits marked (see HIT_START). */
    async headlines(documentIds: string[], headline: string | null): Promise<Map<string, string>> {
      if (documentIds.length === 0) return new Map();
      const { rows } = await sql<{ documentId: string; headline: string }>`
        select t.document_id as "documentId",
          ts_headline('records_german', translate(left(t.body, ${HEADLINE_TEXT_LIMIT}), ${HIT_START + HIT_END}, ''),
            ${headline === null ? sql`''::tsquery` : sql`cast(${headline} as tsquery)`}, ${headlineOptions}) as headline
        from records_search_view e
        join records_document_texts t on t.document_id = e.document_id and t.version = e.current_version
        where e.document_id = any(cast(${documentIds} as uuid[]))`.execute(trx);
      return new Map(rows.map((row) => [row.documentId, row.headline]));
    },

    /** The municipality's departments, for the filter form. */
    async departments() {
      return trx
        .selectFrom('identity_departments')
        .select(['id', 'number', 'name'])
        .orderBy('number')
        .execute();
    },
  };
}

export type SearchRepository = ReturnType<typeof createSearchRepository>;
