import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeValues, describeValues } from './forms.describe.ts';
import { filesOf } from './forms.files.ts';
import {
  firstIncompleteStepId,
  mayOpenStep,
  mayOpenSummary,
  nextStepId,
  previousStepId,
  visibleSteps,
} from './forms.flow.ts';
import { residentsParkingPermitForm as form } from './forms.sample.ts';
import { childAllowanceTestForm as testForm, completePermit } from './forms.test-forms.ts';
import type { FileRef, FormValues } from './forms.types.ts';
import { validateAll } from './forms.validate.ts';

const today = '2025-06-15';
const pdf = completePermit.registrationCertificate as FileRef[];

test('a complete application passes validateAll and may open the summary', () => {
  const { problems, values } = validateAll(form, completePermit, { today });
  assert.deepEqual(problems, []);
  assert.deepEqual(values, completePermit);
  assert.equal(mayOpenSummary(form, completePermit, { today }), true);
});

test('a step skipped by URL is found by validateAll, mayOpenStep and firstIncompleteStepId', () => {
  const { registrationCertificate: _file, licencePlate: _plate, ...skipped } = completePermit;
  const { problems } = validateAll(form, skipped, { today });
  assert.deepEqual(
    problems.map((p) => [p.stepId, p.field]),
    [
      ['fahrzeug', 'f-licencePlate'],
      ['fahrzeug', 'f-registrationCertificate'],
    ],
  );
  assert.equal(mayOpenStep(form, skipped, 'zahlung', { today }), false);
  assert.equal(mayOpenStep(form, skipped, 'fahrzeug', { today }), true);
  assert.equal(firstIncompleteStepId(form, skipped, { today }), 'fahrzeug');
  assert.equal(mayOpenSummary(form, skipped, { today }), false);
});

test('validateAll re-checks stored answers, so a manipulated draft cannot be submitted', () => {
  const manipulated = {
    ...completePermit,
    validityYears: '99',
    birthDate: 'gestern',
    email: ['a'],
  } as unknown as FormValues;
  const { problems } = validateAll(form, manipulated, { today });
  assert.deepEqual(
    problems.map((p) => p.field),
    ['f-birthDate', 'f-email', 'f-validityYears'],
  );
});

test('validateAll drops answers of hidden fields and names the form does not know', () => {
  const withHidden = { ...completePermit, holderConfirmation: pdf, role: 'admin' };
  const { problems, values } = validateAll(form, withHidden, { today });
  assert.deepEqual(problems, []);
  assert.equal('holderConfirmation' in values, false);
  assert.equal('role' in values, false);
  assert.deepEqual(filesOf(form, withHidden), [{ field: 'registrationCertificate', file: pdf[0] }]);
});

test('a conditional step is part of the flow only when its condition holds', () => {
  const base: FormValues = {
    children: [{ firstName: 'Lena', birthDate: '2015-04-01' }],
    start: '2025-01-01',
    end: '2025-12-31',
    income: 0,
    iban: 'DE89370400440532013000',
    payment: 'monthly',
    truthful: true,
  };
  const single = { ...base, hasPartner: 'no' };
  const couple = { ...base, hasPartner: 'yes', partnerName: 'Max' };
  assert.deepEqual(
    visibleSteps(testForm, single).map((s) => s.id),
    ['kinder', 'zeitraum', 'erklaerung'],
  );
  assert.equal(nextStepId(testForm, single, 'zeitraum'), 'erklaerung');
  assert.equal(nextStepId(testForm, couple, 'zeitraum'), 'partner');
  assert.equal(previousStepId(testForm, single, 'erklaerung'), 'zeitraum');
  assert.equal(previousStepId(testForm, single, 'kinder'), undefined);
  assert.equal(nextStepId(testForm, single, 'erklaerung'), undefined);
  assert.deepEqual(
    validateAll(testForm, { ...single, partnerName: 'Max' }, { today }).values.partnerName,
    undefined,
  );
  assert.deepEqual(validateAll(testForm, couple, { today }).problems, []);
  assert.deepEqual(
    validateAll(testForm, { ...base, hasPartner: 'yes' }, { today }).problems.map((p) => p.stepId),
    ['partner'],
  );
});

test('the permit fee is 30,70 € per year of validity', () => {
  assert.deepEqual(computeValues(form, { validityYears: '1' }), { fee: 3070 });
  assert.deepEqual(computeValues(form, completePermit), { fee: 6140 });
  assert.deepEqual(computeValues(form, {}), {});
});

test('describeValues gives plain text per step for the application PDF', () => {
  const sections = describeValues(form, completePermit, 'de');
  assert.deepEqual(
    sections.map((s) => s.stepTitle),
    [
      'Antragstellerin oder Antragsteller',
      'Fahrzeug',
      'Gültigkeit und Gebühr',
      'Gebühren und berechnete Angaben',
    ],
  );
  assert.deepEqual(sections[0]!.rows.slice(2, 4), [
    { label: 'Geburtsdatum', value: '12.03.1985' },
    { label: 'Anschrift (Hauptwohnsitz)', value: 'Am Büscherhof 1, 42799 Leichlingen' },
  ]);
  assert.deepEqual(sections[0]!.rows[5], { label: 'Telefonnummer', value: 'keine Angabe' });
  assert.deepEqual(sections[1]!.rows, [
    { label: 'Amtliches Kennzeichen', value: 'GL-AB 123' },
    { label: 'Auf wen ist das Fahrzeug zugelassen?', value: 'Auf mich' },
    { label: 'Zulassungsbescheinigung Teil I (Fahrzeugschein)', value: 'fahrzeugschein.pdf' },
  ]);
  assert.deepEqual(sections[3]!.rows, [{ label: 'Gebühr', value: '61,40\u00a0€' }]);
  assert.equal(describeValues(form, completePermit, 'en')[3]!.rows[0]!.value, '€61.40');
});
