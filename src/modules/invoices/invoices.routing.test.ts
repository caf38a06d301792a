// Routing: Leitweg-ID before order reference before cost centre; exact rules before prefix rules, longer
// prefixes before shorter; no match leaves the invoice in the manual queue.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { routeInvoice, type RoutingRule } from './invoices.routing.ts';

const rules: RoutingRule[] = [
  { kind: 'leitweg', pattern: '04011000-12345-34', departmentId: 'buergerbuero' },
  { kind: 'leitweg', pattern: '04011000-*', departmentId: 'kaemmerei' },
  { kind: 'order', pattern: 'BAU-*', departmentId: 'bauaufsicht' },
  { kind: 'order', pattern: 'BAU-TIEF-*', departmentId: 'tiefbau' },
  { kind: 'order', pattern: 'BAU-TIEF-7', departmentId: 'strassen' },
  { kind: 'cost_centre', pattern: '5100', departmentId: 'sozialamt' },
];
const none = { leitweg: '', order: '', cost_centre: '' };
const to = (values: Partial<typeof none>) =>
  routeInvoice({ ...none, ...values }, rules)?.departmentId ?? null;

test('the Leitweg-ID routes first, exact before prefix', () => {
  assert.equal(to({ leitweg: '04011000-12345-34', order: 'BAU-1', cost_centre: '5100' }), 'buergerbuero');
  assert.equal(to({ leitweg: '04011000-99999-12' }), 'kaemmerei');
  // Case and surrounding blanks do not matter.
  assert.equal(to({ leitweg: ' 04011000-12345-34 ' }), 'buergerbuero');
});

test('an order reference routes by the longest matching prefix, an exact number before any prefix', () => {
  assert.equal(to({ leitweg: '99999999-1-1', order: 'bau-2026-17' }), 'bauaufsicht');
  assert.equal(to({ order: 'BAU-TIEF-12' }), 'tiefbau');
  assert.equal(to({ order: 'BAU-TIEF-7' }), 'strassen');
  assert.equal(to({ order: 'XBAU-1' }), null, 'a prefix matches only at the start');
});

test('the cost centre routes last and only exactly', () => {
  assert.equal(to({ cost_centre: '5100' }), 'sozialamt');
  assert.equal(to({ cost_centre: '51000' }), null);
});

test('without a matching rule the invoice waits in the manual queue', () => {
  assert.equal(routeInvoice(none, rules), null);
  assert.equal(routeInvoice({ leitweg: '04011000-12345-34', order: '', cost_centre: '' }, []), null);
  const routed = routeInvoice({ ...none, order: 'BAU-1' }, rules);
  assert.deepEqual(routed?.rule, { kind: 'order', pattern: 'BAU-*', departmentId: 'bauaufsicht' });
});
