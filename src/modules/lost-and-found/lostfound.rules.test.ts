import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  auctionPermitted,
  findersReward,
  municipalityTakesOver,
  ownershipTransfer,
  proceedsFallToBodyOn,
  reportingDuty,
} from './lostfound.rules.ts';
import { periodEnd } from './lostfound.days.ts';

const cents = (reward: ReturnType<typeof findersReward>) =>
  reward.kind === 'amount' ? reward.cents : undefined;

test('§ 965 Abs. 2: a find worth 10 € need not be reported, one worth 10,01 € must be', () => {
  assert.equal(
    reportingDuty({ valueCents: 1_000, entitledPersonKnown: false, publicFind: false }).to,
    'none',
  );
  assert.equal(
    reportingDuty({ valueCents: 1_001, entitledPersonKnown: false, publicFind: false }).to,
    'authority',
  );
  assert.equal(
    reportingDuty({ valueCents: 500, entitledPersonKnown: true, publicFind: false }).to,
    'entitled_person',
  );
  assert.equal(
    reportingDuty({ valueCents: 500, entitledPersonKnown: false, publicFind: true }).to,
    'deliver_to_institution',
  );
});

test('§ 971 Abs. 1: 5 % up to 500 €, 3 % of the excess — a 300 € wallet earns 15 €, 1,000 € earn 40 €', () => {
  assert.equal(cents(findersReward({ valueCents: 30_000 })), 1_500);
  assert.equal(cents(findersReward({ valueCents: 50_000 })), 2_500);
  assert.equal(cents(findersReward({ valueCents: 100_000 })), 4_000);
  assert.equal(cents(findersReward({ valueCents: 1_000 })), 50);
});

test('§ 971 Abs. 1: an animal earns 3 % of its whole value — an 800 € dog, 24 €', () => {
  assert.equal(cents(findersReward({ valueCents: 80_000, animal: true })), 2_400);
});

test('the reward is rounded once, half up, to whole cents', () => {
  assert.equal(cents(findersReward({ valueCents: 1_234 })), 62); // 61,7 ct
  assert.equal(cents(findersReward({ valueCents: 10 })), 1); // 0,5 ct
  assert.equal(cents(findersReward({ valueCents: 9 })), 0); // 0,45 ct
});

test('§ 978 Abs. 2: in an authority or public transport no reward below 50 €, half the rate from 50 €', () => {
  assert.deepEqual(findersReward({ valueCents: 4_999, publicFind: true }), {
    kind: 'none',
    reason: 'public_find_below_50_euro',
    paragraph: '§ 978 Abs. 2 S. 1 BGB',
  });
  assert.equal(cents(findersReward({ valueCents: 5_000, publicFind: true })), 125);
  assert.equal(cents(findersReward({ valueCents: 100_000, publicFind: true })), 2_000);
  assert.equal(
    findersReward({ valueCents: 100_000, publicFind: true, finderIsStaffOfInstitution: true }).kind,
    'none',
  );
});

test('§ 971 Abs. 2: concealing the find or breaching the duty to report forfeits the reward', () => {
  assert.equal(findersReward({ valueCents: 100_000, concealedOnInquiry: true }).kind, 'none');
  assert.equal(findersReward({ valueCents: 100_000, breachedReportingDuty: true }).kind, 'none');
});

test('§ 971 Abs. 1 S. 3: a thing of value only to its owner leaves the reward to fair discretion', () => {
  assert.deepEqual(findersReward({ valueCents: 0, valueOnlyToEntitledPerson: true }), {
    kind: 'discretionary',
    share: 'full',
    paragraph: '§ 971 Abs. 1 S. 3 BGB',
  });
});

test('the reward never falls as the value rises and never exceeds 5 % of it', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 10_000_000 }),
      fc.integer({ min: 0, max: 100_000 }),
      fc.boolean(),
      (value, more, publicFind) => {
        const low = cents(findersReward({ valueCents: value, publicFind })) ?? 0;
        const high = cents(findersReward({ valueCents: value + more, publicFind })) ?? 0;
        return low <= high && high <= Math.ceil((value + more) * 0.05);
      },
    ),
  );
});

test('§ 973: a find reported on 15 March passes to the finder at the end of 15 September', () => {
  assert.deepEqual(
    ownershipTransfer({ foundOn: '2025-03-14', reportedToAuthorityOn: '2025-03-15', valueCents: 5_000 }),
    {
      kind: 'passes',
      to: 'finder',
      periodStartsOn: '2025-03-15',
      periodEndsOn: '2025-09-15',
      ownerFrom: '2025-09-16',
      paragraph: '§ 973 Abs. 1 S. 1 BGB',
    },
  );
});

test('§ 188 Abs. 3: reported on 31 August, the six months end on the last day of February', () => {
  assert.equal(periodEnd('2025-08-31', 6), '2026-02-28');
  assert.equal(periodEnd('2023-08-31', 6), '2024-02-29');
});

test('§ 973: without a report to the authority the period does not run; up to 10 € it runs from the find', () => {
  assert.equal(ownershipTransfer({ foundOn: '2025-03-14', valueCents: 5_000 }).kind, 'period_not_started');
  const small = ownershipTransfer({
    foundOn: '2025-03-14',
    valueCents: 1_000,
    claimRegisteredOn: '2025-04-01',
  });
  // § 973 Abs. 2 S. 3: a claim registered with the authority does not stop it for a thing worth up to 10 €.
  assert.equal(small.kind === 'passes' && small.periodEndsOn, '2025-09-14');
});

test('§ 973: an owner known or a claim registered on the last day of the period stops the acquisition', () => {
  const base = { foundOn: '2025-03-14', reportedToAuthorityOn: '2025-03-15', valueCents: 5_000 };
  assert.equal(ownershipTransfer({ ...base, claimRegisteredOn: '2025-09-15' }).kind, 'blocked');
  assert.equal(ownershipTransfer({ ...base, claimRegisteredOn: '2025-09-16' }).kind, 'passes');
  assert.equal(ownershipTransfer({ ...base, entitledPersonKnownOn: '2025-04-01' }).kind, 'blocked');
  assert.equal(ownershipTransfer({ ...base, concealedOnInquiry: true }).kind, 'never');
  assert.equal(ownershipTransfer({ ...base, publicFind: true }).kind, 'never');
});

test('§ 976 Abs. 1: after the finder waives, ownership passes to the municipality instead', () => {
  const outcome = ownershipTransfer({
    foundOn: '2025-03-14',
    reportedToAuthorityOn: '2025-03-15',
    valueCents: 5_000,
    waivedOn: '2025-03-15',
  });
  assert.equal(outcome.kind === 'passes' && outcome.to, 'municipality');
});

test('§ 976 Abs. 2: a finder who does not collect by the deadline loses ownership to the municipality', () => {
  assert.equal(municipalityTakesOver({ collectionDeadline: '2025-10-15', today: '2025-10-16' }), true);
  assert.equal(municipalityTakesOver({ collectionDeadline: '2025-10-15', today: '2025-10-15' }), false);
  assert.equal(
    municipalityTakesOver({
      collectionDeadline: '2025-10-15',
      finderAskedForHandoverOn: '2025-10-01',
      today: '2025-11-01',
    }),
    false,
  );
});

test('§§ 979, 980: a Verkehrsfund is auctioned only after the notice period, and not after a timely claim', () => {
  const base = { publicFind: true, perishableOrCostly: false, noticePeriodEndsOn: '2025-06-30' };
  assert.equal(auctionPermitted({ ...base, today: '2025-06-30' }).permitted, false);
  assert.equal(auctionPermitted({ ...base, today: '2025-07-01' }).permitted, true);
  assert.equal(
    auctionPermitted({ ...base, claimRegisteredOn: '2025-06-01', today: '2025-07-01' }).permitted,
    false,
  );
  assert.equal(
    auctionPermitted({ publicFind: true, perishableOrCostly: false, today: '2025-07-01' }).permitted,
    false,
  );
  // § 980 Abs. 2: perishable things need no notice.
  assert.deepEqual(auctionPermitted({ publicFind: true, perishableOrCostly: true, today: '2025-07-01' }), {
    permitted: true,
    noticeRequired: false,
    paragraph: '§ 980 Abs. 2 BGB',
  });
  // An ordinary find in the Fundbüro: only if it spoils or costs too much (§ 975 S. 2, § 966 Abs. 2).
  assert.equal(
    auctionPermitted({ publicFind: false, perishableOrCostly: false, today: '2025-07-01' }).permitted,
    false,
  );
});

test('§ 981 Abs. 1: the proceeds fall to the body three years after the notice period ended', () => {
  assert.equal(proceedsFallToBodyOn('2025-06-30'), '2028-07-01');
});
