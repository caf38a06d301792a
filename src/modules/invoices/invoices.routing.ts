// Which department an invoice goes to: the first rule that matches, Leitweg-ID (BT-10) before order
// reference (BT-13) before cost centre (BT-19); a pattern ending in "*" matches by prefix. No match: the
// manual queue, where the Kämmerei assigns the department by hand.
import type { RoutingKind } from './invoices.tables.ts';

export interface RoutingRule {
  kind: RoutingKind;
  pattern: string;
  departmentId: string;
}

const order: RoutingKind[] = ['leitweg', 'order', 'cost_centre'];

function matches(pattern: string, value: string): boolean {
  const p = pattern.trim().toLowerCase();
  const v = value.trim().toLowerCase();
  if (v === '') return false;
  return p.endsWith('*') ? v.startsWith(p.slice(0, -1)) : v === p;
}

export function routeInvoice(
  values: Record<RoutingKind, string>,
  rules: readonly RoutingRule[],
): { departmentId: string; rule: RoutingRule } | null {
  for (const kind of order) {
    // Exact rules before prefix rules, longer prefixes before shorter ones.
    const candidates = rules
      .filter((rule) => rule.kind === kind)
      .sort(
        (a, b) =>
          Number(a.pattern.endsWith('*')) - Number(b.pattern.endsWith('*')) ||
          b.pattern.length - a.pattern.length,
      );
    const rule = candidates.find((candidate) => matches(candidate.pattern, values[kind]));
    if (rule) return { departmentId: rule.departmentId, rule };
  }
  return null;
}
