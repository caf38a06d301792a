// File references (Aktenzeichen) from the municipality's pattern, e.g. `{plan}-{number:4}/{year}` gives
// "32.11.05-0012/2026". The running number counts per plan node and year (records_reference_counters),
// so a reference is unique as long as the pattern contains the plan code, the number and the year.
import { sql } from 'kysely';
import type { TenantTransaction } from '../../platform/db/tenant-scope.ts';
import type { RecordsTables } from './records.tables.ts';

export const DEFAULT_REFERENCE_PATTERN = '{plan}-{number:4}/{year}';

type Part =
  | { kind: 'text'; value: string }
  | { kind: 'plan' }
  | { kind: 'department' }
  | { kind: 'year' }
  | { kind: 'number'; width: number };

export interface ReferencePattern {
  source: string;
  parts: Part[];
}

export interface ReferenceValues {
  planCode: string;
  departmentNumber: string;
  year: number;
  number: number;
}

// Literal characters between the placeholders: what Aktenzeichen are written with, nothing that needs
// escaping in a URL path segment or a CSV cell.
const literal = /^[A-Za-z0-9 .\-/_:]*$/;

/** Parses and checks a pattern; throws an Error with a German message naming the problem. */
export function parseReferencePattern(source: string): ReferencePattern {
  const parts: Part[] = [];
  const placeholder = /\{([a-z]+)(?::(\d+))?\}/g;
  let position = 0;
  for (const match of source.matchAll(placeholder)) {
    const text = source.slice(position, match.index);
    if (text) parts.push({ kind: 'text', value: text });
    const [, name, width] = match;
    if (name === 'number') {
      const digits = width === undefined ? 1 : Number(width);
      if (digits < 1 || digits > 9) throw new Error('{number:N} braucht eine Stellenzahl N von 1 bis 9');
      parts.push({ kind: 'number', width: digits });
    } else if ((name === 'plan' || name === 'year' || name === 'department') && width === undefined) {
      parts.push({ kind: name });
    } else
      throw new Error(
        `unbekannter Platzhalter ${match[0]}; erlaubt: {plan}, {department}, {year}, {number:N}`,
      );
    position = match.index + match[0].length;
  }
  const rest = source.slice(position);
  if (rest) parts.push({ kind: 'text', value: rest });
  for (const part of parts)
    if (part.kind === 'text' && (!literal.test(part.value) || /[{}]/.test(part.value)))
      throw new Error(`"${part.value}" enthält Zeichen, die in Aktenzeichen nicht erlaubt sind`);
  for (const required of ['plan', 'number', 'year'] as const)
    if (parts.filter((part) => part.kind === required).length !== 1)
      throw new Error(
        `das Muster muss {${required}} genau einmal enthalten (sonst wären Aktenzeichen nicht eindeutig)`,
      );
  return { source, parts };
}

export function formatReference(pattern: ReferencePattern, values: ReferenceValues): string {
  return pattern.parts
    .map((part) => {
      switch (part.kind) {
        case 'text':
          return part.value;
        case 'plan':
          return values.planCode;
        case 'department':
          return values.departmentNumber;
        case 'year':
          return String(values.year);
        case 'number':
          return String(values.number).padStart(part.width, '0');
      }
    })
    .join('');
}

const yearFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric' });

/** The calendar year in the municipality (Europe/Berlin): a file created at 00:30 on 1 January counts for the new year. */
export function localYear(at: Date): number {
  return Number(yearFormat.format(at));
}

/**
 * Takes the next number for a plan node and year. The upsert holds the counter row's lock until the
 * caller's transaction ends, so concurrent creations wait for each other and never share a number;
 * a rolled-back creation gives its number back.
 */
export async function nextReferenceNumber(
  trx: TenantTransaction<RecordsTables>,
  planNodeId: string,
  year: number,
): Promise<number> {
  const row = await trx
    .insertInto('records_reference_counters')
    .values({ tenant_id: sql<string>`app_tenant_id()`, plan_node_id: planNodeId, year, last_number: 1 })
    .onConflict((conflict) =>
      conflict
        .columns(['tenant_id', 'plan_node_id', 'year'])
        .doUpdateSet({ last_number: sql<number>`records_reference_counters.last_number + 1` }),
    )
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return row.last_number;
}
