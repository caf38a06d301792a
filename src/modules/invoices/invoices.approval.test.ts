// The approval rules without storage: four eyes counts people (a substitute and the person they stand in
// for are one pair of eyes per signature), signing limits per person and step, and the cash discount.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  amountToPay,
  earlierSteps,
  maySign,
  nextStep,
  skontoDeadline,
  type Signature,
} from './invoices.approval.ts';
import type { ApprovalStep } from './invoices.tables.ts';

const role = (departmentId: string) => ({ role: 'clerk' as const, departmentId });
const anna = { id: 'anna', actingFor: [] };
const bernd = { id: 'bernd', actingFor: [] };
/** Carla stands in for Anna (Vertretung). */
const carlaForAnna = {
  id: 'carla',
  actingFor: [{ staffId: 'anna', displayName: 'Anna', roles: [role('d1')] }],
};
const limits = [
  { staffId: 'anna', step: 'factual' as const, maxCents: 500_000 },
  { staffId: 'anna', step: 'order' as const, maxCents: 5_000_000 },
  { staffId: 'bernd', step: 'arithmetic' as const, maxCents: 100_000 },
  { staffId: 'bernd', step: 'factual' as const, maxCents: 100_000 },
  { staffId: 'carla', step: 'arithmetic' as const, maxCents: 1_000_000 },
];

test('the steps run factual → arithmetic → order, and a return goes only to an earlier step', () => {
  assert.equal(nextStep('factual'), 'arithmetic');
  assert.equal(nextStep('arithmetic'), 'order');
  assert.equal(nextStep('order'), null);
  assert.deepEqual(earlierSteps('order'), ['factual', 'arithmetic']);
  assert.deepEqual(earlierSteps('factual'), []);
});

test('one person never signs two steps of one invoice (four eyes)', () => {
  const signatures: Signature[] = [{ step: 'factual', staffId: 'anna', onBehalfOf: null }];
  assert.deepEqual(maySign({ actor: anna, step: 'order', amountCents: 1000, signatures, limits }), {
    ok: false,
    reason: 'four_eyes',
  });
  assert.deepEqual(maySign({ actor: bernd, step: 'arithmetic', amountCents: 1000, signatures, limits }), {
    ok: true,
    onBehalfOf: null,
  });
});

test('a substitute signs with the absent person’s authority, recorded on their behalf', () => {
  // Carla has no factual limit of her own; through Anna she has Anna's.
  assert.deepEqual(
    maySign({ actor: carlaForAnna, step: 'factual', amountCents: 1000, signatures: [], limits }),
    {
      ok: true,
      onBehalfOf: 'anna',
    },
  );
  // Her own limit comes first where she has one.
  assert.deepEqual(
    maySign({ actor: carlaForAnna, step: 'arithmetic', amountCents: 1000, signatures: [], limits }),
    { ok: true, onBehalfOf: null },
  );
});

test('a substitute and the absent person count as the same eyes', () => {
  // Anna signed the factual step herself: her substitute may not order the payment in her name …
  const annaSigned: Signature[] = [{ step: 'factual', staffId: 'anna', onBehalfOf: null }];
  assert.deepEqual(
    maySign({ actor: carlaForAnna, step: 'order', amountCents: 1000, signatures: annaSigned, limits }),
    { ok: false, reason: 'no_authority' },
  );
  // … and Carla, having signed for Anna, may not sign another step in her own name, nor Anna herself.
  const carlaSigned: Signature[] = [{ step: 'factual', staffId: 'carla', onBehalfOf: 'anna' }];
  assert.equal(
    maySign({ actor: carlaForAnna, step: 'arithmetic', amountCents: 1000, signatures: carlaSigned, limits })
      .ok,
    false,
  );
  assert.deepEqual(
    maySign({ actor: anna, step: 'order', amountCents: 1000, signatures: carlaSigned, limits }),
    {
      ok: false,
      reason: 'four_eyes',
    },
  );
});

test('the signing limit is per person and step; over it the limit is named, without one there is no authority', () => {
  assert.deepEqual(
    maySign({ actor: bernd, step: 'arithmetic', amountCents: 100_000, signatures: [], limits }),
    {
      ok: true,
      onBehalfOf: null,
    },
  );
  assert.deepEqual(
    maySign({ actor: bernd, step: 'arithmetic', amountCents: 100_001, signatures: [], limits }),
    {
      ok: false,
      reason: 'over_limit',
      limitCents: 100_000,
    },
  );
  // A credit note counts by its amount, whatever the sign.
  assert.equal(
    maySign({ actor: bernd, step: 'arithmetic', amountCents: -100_001, signatures: [], limits }).ok,
    false,
  );
  assert.deepEqual(maySign({ actor: bernd, step: 'order', amountCents: 1, signatures: [], limits }), {
    ok: false,
    reason: 'no_authority',
  });
});

test('whoever may sign has a limit at least the amount and has signed no other step', () => {
  const steps: ApprovalStep[] = ['factual', 'arithmetic', 'order'];
  const people = ['anna', 'bernd', 'carla'];
  fc.assert(
    fc.property(
      fc.constantFrom(...steps),
      fc.integer({ min: 0, max: 6_000_000 }),
      fc.constantFrom(anna, bernd, carlaForAnna),
      fc.array(fc.record({ step: fc.constantFrom(...steps), staffId: fc.constantFrom(...people) }), {
        maxLength: 3,
      }),
      (step, amountCents, actor, signed) => {
        const signatures = signed.map((s) => ({ ...s, onBehalfOf: null }));
        const decision = maySign({ actor, step, amountCents, signatures, limits });
        if (!decision.ok) return;
        const signer = decision.onBehalfOf ?? actor.id;
        const limit = limits.find((l) => l.staffId === signer && l.step === step);
        assert.ok(limit && limit.maxCents >= amountCents);
        const others = signatures.filter((s) => s.step !== step).map((s) => s.staffId);
        assert.ok(!others.includes(actor.id) && !others.includes(signer));
      },
    ),
  );
});

test('the cash discount is taken up to its last day and rounded to the cent', () => {
  assert.equal(skontoDeadline('2026-02-20', 14), '2026-03-06');
  assert.equal(skontoDeadline('2024-02-20', 10), '2024-03-01', 'a leap year');
  assert.equal(skontoDeadline(null, 14), null);
  const base = { payableCents: 11_900, skontoUntil: '2026-03-06', skontoPercent: 2 };
  assert.equal(amountToPay({ ...base, executionDate: '2026-03-06' }), 11_662);
  assert.equal(amountToPay({ ...base, executionDate: '2026-03-07' }), 11_900);
  assert.equal(
    amountToPay({ ...base, payableCents: 12_345, skontoPercent: 1.5, executionDate: '2026-03-01' }),
    12_160,
  );
});
