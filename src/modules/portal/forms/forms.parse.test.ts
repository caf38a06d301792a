import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseStep } from './forms.parse.ts';
import { residentsParkingPermitForm as form } from './forms.sample.ts';
import { childAllowanceTestForm as testForm } from './forms.test-forms.ts';
import type { FileRef } from './forms.types.ts';

const today = '2025-06-15';
const pdf: FileRef = { id: 'file-1', name: 'fahrzeugschein.pdf', size: 20_000, mediaType: 'application/pdf' };
const confirmation: FileRef = {
  id: 'file-2',
  name: 'bestaetigung.pdf',
  size: 10_000,
  mediaType: 'application/pdf',
};

const applicant = {
  firstName: ' Anna ',
  lastName: 'Muster',
  birthDate: '12.03.1985',
  'address.street': 'Am Büscherhof',
  'address.houseNumber': '1',
  'address.postalCode': '42799',
  'address.city': 'Leichlingen',
  email: 'anna@beispiel.de',
  phone: '',
};

test('a valid applicant step becomes typed values; an empty optional field stays absent', () => {
  const { values, problems } = parseStep(form, 'antragsteller', applicant, {}, {}, { today });
  assert.deepEqual(problems, []);
  assert.deepEqual(values, {
    firstName: 'Anna',
    lastName: 'Muster',
    birthDate: '1985-03-12',
    address: { street: 'Am Büscherhof', houseNumber: '1', postalCode: '42799', city: 'Leichlingen' },
    email: 'anna@beispiel.de',
  });
});

test('missing and invalid answers give one problem per input, and the typed text is kept to show again', () => {
  const body = {
    ...applicant,
    firstName: '',
    birthDate: '2030-01-01',
    'address.postalCode': '4279',
    email: 'anna@',
  };
  const { values, raw, problems } = parseStep(form, 'antragsteller', body, {}, {}, { today });
  assert.deepEqual(
    problems.map((p) => p.field),
    ['f-firstName', 'f-birthDate', 'f-address-postalCode', 'f-email'],
  );
  assert.match(problems[0]!.text.de, /„Vorname“/);
  assert.match(problems[1]!.text.de, /nicht nach dem 15\.06\.2025/);
  assert.equal(values.birthDate, undefined, 'an invalid answer is not kept as a value');
  assert.equal(values.address, undefined);
  assert.equal(raw['address.postalCode'], '4279');
  assert.equal(raw.email, 'anna@');
});

test('the residents parking permit is only for postal code 42799', () => {
  const body = { ...applicant, 'address.postalCode': '51379', 'address.city': 'Leverkusen' };
  const { problems } = parseStep(form, 'antragsteller', body, {}, {}, { today });
  assert.deepEqual(
    problems.map((p) => p.field),
    ['f-address-postalCode'],
  );
  assert.match(problems[0]!.text.de, /Leichlingen \(Postleitzahl 42799\)/);
});

test('names the step does not know are ignored and other steps keep their answers', () => {
  const previous = { licencePlate: 'GL-AB 123', validityYears: '1' };
  const body = { ...applicant, validityYears: '2', isAdmin: 'true', licencePlate: 'K-X 1' };
  const { values } = parseStep(form, 'antragsteller', body, {}, previous, { today });
  assert.equal(values.validityYears, '1');
  assert.equal(values.licencePlate, 'GL-AB 123');
  assert.equal('isAdmin' in values, false);
});

test('a licence plate is upper-cased and must have the German format', () => {
  const ok = parseStep(
    form,
    'fahrzeug',
    { licencePlate: 'gl-ab 123', vehicleHolder: 'self' },
    { registrationCertificate: [pdf] },
    {},
    { today },
  );
  assert.deepEqual(ok.problems, []);
  assert.equal(ok.values.licencePlate, 'GL-AB 123');
  assert.deepEqual(ok.values.registrationCertificate, [pdf]);
  const bad = parseStep(
    form,
    'fahrzeug',
    { licencePlate: 'ABCD-12345', vehicleHolder: 'self' },
    { registrationCertificate: [pdf] },
    {},
    { today },
  );
  assert.deepEqual(
    bad.problems.map((p) => p.field),
    ['f-licencePlate'],
  );
});

test('a company car needs the employer’s confirmation; for one’s own car the field is hidden', () => {
  const company = parseStep(
    form,
    'fahrzeug',
    { licencePlate: 'GL-AB 123', vehicleHolder: 'company' },
    { registrationCertificate: [pdf] },
    {},
    { today },
  );
  assert.deepEqual(
    company.problems.map((p) => p.field),
    ['f-holderConfirmation'],
  );
  const own = parseStep(
    form,
    'fahrzeug',
    { licencePlate: 'GL-AB 123', vehicleHolder: 'self' },
    { registrationCertificate: [pdf] },
    {},
    { today },
  );
  assert.deepEqual(own.problems, []);
});

test('a manipulated post of a hidden field stores nothing', () => {
  const { values, problems } = parseStep(
    form,
    'fahrzeug',
    { licencePlate: 'GL-AB 123', vehicleHolder: 'self' },
    { registrationCertificate: [pdf], holderConfirmation: [confirmation] },
    {},
    { today },
  );
  assert.deepEqual(problems, []);
  assert.equal('holderConfirmation' in values, false);
});

test('switching to one’s own car drops the confirmation uploaded before', () => {
  const previous = {
    vehicleHolder: 'leased',
    holderConfirmation: [confirmation],
    registrationCertificate: [pdf],
  };
  const { values } = parseStep(
    form,
    'fahrzeug',
    { licencePlate: 'GL-AB 123', vehicleHolder: 'self' },
    {},
    previous,
    { today },
  );
  assert.equal('holderConfirmation' in values, false);
  assert.deepEqual(values.registrationCertificate, [pdf], 'uploaded files stay without being posted again');
});

test('a radio value that was not offered is refused', () => {
  const { problems, values } = parseStep(form, 'zahlung', { validityYears: '10' }, {}, {}, { today });
  assert.deepEqual(
    problems.map((p) => p.field),
    ['f-validityYears'],
  );
  assert.match(problems[0]!.text.de, /angebotenen Möglichkeiten/);
  assert.equal(values.validityYears, undefined);
});

test('uploads of the wrong type or size are refused; a file is removed with its button', () => {
  const exe: FileRef = { id: 'x', name: 'virus.exe', size: 100, mediaType: 'application/x-msdownload' };
  const huge: FileRef = { id: 'y', name: 'riesig.pdf', size: 50 * 1024 * 1024, mediaType: 'application/pdf' };
  const body = { licencePlate: 'GL-AB 123', vehicleHolder: 'self' };
  const rejected = parseStep(
    form,
    'fahrzeug',
    body,
    { registrationCertificate: [exe, huge] },
    { registrationCertificate: [pdf] },
    { today },
  );
  assert.equal(rejected.problems.length, 2);
  assert.match(rejected.problems[0]!.text.de, /„virus\.exe“ hat ein Format/);
  assert.match(rejected.problems[1]!.text.de, /„riesig\.pdf“ ist zu groß \(höchstens 10 MB\)/);
  assert.deepEqual(rejected.values.registrationCertificate, [pdf], 'the file kept before stays');
  const removed = parseStep(
    form,
    'fahrzeug',
    { ...body, aktion: 'remove-file:registrationCertificate:file-1' },
    {},
    { registrationCertificate: [pdf] },
    { today },
  );
  assert.deepEqual(removed.action, {
    kind: 'removeFile',
    field: 'registrationCertificate',
    fileId: 'file-1',
  });
  assert.equal(removed.values.registrationCertificate, undefined);
  assert.deepEqual(
    removed.problems.map((p) => p.field),
    ['f-registrationCertificate'],
  );
});

test('money, numbers, IBAN, select, checkboxes and textarea are parsed and checked', () => {
  const body = {
    start: '2025-01-01',
    end: '2025-12-31',
    income: '1.234,56',
    persons: '3',
    iban: 'de89 3704 0044 0532 0130 00',
    payment: 'monthly',
    benefits: ['housing', 'citizen'],
    remarks: 'keine',
    hasPartner: 'no',
  };
  const ok = parseStep(testForm, 'zeitraum', body, {}, {}, { today });
  assert.deepEqual(ok.problems, []);
  assert.equal(ok.values.income, 123456);
  assert.equal(ok.values.persons, 3);
  assert.equal(ok.values.iban, 'DE89370400440532013000');
  assert.deepEqual(ok.values.benefits, ['housing', 'citizen']);
  const bad = parseStep(
    testForm,
    'zeitraum',
    {
      ...body,
      income: 'viel',
      persons: '2,5',
      iban: 'DE88370400440532013000',
      payment: 'daily',
      benefits: ['lottery'],
      remarks: 'x'.repeat(21),
    },
    {},
    {},
    { today },
  );
  assert.deepEqual(
    bad.problems.map((p) => p.field),
    ['f-income', 'f-persons', 'f-iban', 'f-payment', 'f-benefits', 'f-remarks'],
  );
  assert.match(bad.problems[2]!.text.de, /keine gültige IBAN/);
});

test('a cross-field rule: the end must lie after the start', () => {
  const body = {
    start: '2025-06-01',
    end: '2025-05-01',
    income: '0',
    iban: 'DE89370400440532013000',
    payment: 'yearly',
    hasPartner: 'no',
  };
  const { problems } = parseStep(testForm, 'zeitraum', body, {}, {}, { today });
  assert.deepEqual(problems, [
    {
      field: 'f-end',
      text: { de: 'Das Ende muss nach dem Beginn liegen.', en: 'The end must be after the start.' },
    },
  ]);
});
