import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RequestContext } from '../../../platform/http/request-context.ts';
import { parseStep } from './forms.parse.ts';
import { FormStep } from './forms.render.tsx';
import { residentsParkingPermitForm as form } from './forms.sample.ts';
import { FormSummary } from './forms.summary.tsx';
import { childAllowanceTestForm as testForm, completePermit } from './forms.test-forms.ts';
import type { FieldProblem, FormDefinition, FormValues, RawValues } from './forms.types.ts';

const today = '2025-06-15';
const ctx = (locale: 'de' | 'en' = 'de'): RequestContext => ({
  locale,
  tenant: undefined,
  csrfToken: 'token',
  path: '/',
});

function renderStep(
  definition: FormDefinition,
  stepId: string,
  values: FormValues,
  problems: FieldProblem[] = [],
  raw?: RawValues,
) {
  return FormStep({
    ctx: ctx(),
    definition,
    stepId,
    values,
    problems,
    action: `/antrag/${stepId}`,
    csrfToken: 'token',
    backHref: '/antrag/zurueck',
    ...(raw ? { raw } : {}),
  }).toString();
}

const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);

test('the error summary links to each problem’s input and each message is referenced by aria-describedby', () => {
  const body = {
    firstName: '',
    lastName: 'Muster',
    birthDate: '2030-01-01',
    'address.postalCode': '123',
    email: 'x',
    aktion: 'weiter',
  };
  const { problems, raw, values } = parseStep(form, 'antragsteller', body, {}, {}, { today });
  assert.ok(problems.length >= 4);
  const html = renderStep(form, 'antragsteller', values, problems, raw);
  const summary = html.slice(html.indexOf('id="error-summary"'), html.indexOf('</ul>'));
  for (const problem of problems) {
    assert.ok(summary.includes(`href="#${problem.field}"`), `summary links to ${problem.field}`);
    assert.ok(ids(html).includes(problem.field), `an element has id ${problem.field}`);
    assert.ok(html.includes(`id="${problem.field}-error"`), `message beside ${problem.field}`);
    assert.match(
      html,
      new RegExp(`aria-describedby="[^"]*${problem.field}-error`),
      `${problem.field} describedby its message`,
    );
  }
  assert.ok(html.indexOf('error-summary') < html.indexOf('<form'), 'the summary is at the top');
  assert.match(html, /name="address\.postalCode"[^>]*value="123"|value="123"[^>]*name="address\.postalCode"/);
  assert.match(html, /name="email"[^>]*value="x"/);
});

test('a step without problems shows no summary, ids are unique and the inputs carry autocomplete', () => {
  const html = renderStep(form, 'antragsteller', completePermit);
  assert.ok(!html.includes('error-summary'));
  const all = ids(html);
  assert.equal(new Set(all).size, all.length, 'no duplicate ids');
  for (const token of [
    'given-name',
    'family-name',
    'bday',
    'address-line1',
    'postal-code',
    'address-level2',
    'email',
    'tel',
  ]) {
    assert.ok(html.includes(`autocomplete="${token}"`), token);
  }
  assert.match(
    html,
    /<fieldset class="kern-fieldset" id="f-address-fieldset"><legend class="kern-label">Anschrift/,
  );
  assert.match(html, /value="1985-03-12"/);
  assert.match(html, /Telefonnummer \(freiwillig\)/);
  assert.match(html, /<input type="hidden" name="_csrf" value="token">/);
  assert.match(html, /Schritt 1 von 3/);
  assert.match(html, /name="aktion" value="weiter"/);
  assert.match(html, /href="\/antrag\/zurueck"/);
  assert.ok(!html.includes('multipart'), 'no file field, no multipart');
});

test('a step with uploads posts multipart, accepts only the allowed types and lists uploaded files with a remove button', () => {
  const html = renderStep(form, 'fahrzeug', { ...completePermit, vehicleHolder: 'company' });
  assert.match(html, /enctype="multipart\/form-data"/);
  assert.match(
    html,
    /type="file" id="f-registrationCertificate" name="registrationCertificate" accept="application\/pdf,image\/jpeg,image\/png" multiple/,
  );
  assert.match(html, /id="f-holderConfirmation"/);
  assert.match(html, /fahrzeugschein\.pdf/);
  assert.match(
    html,
    /name="aktion" value="remove-file:registrationCertificate:file-1"[^>]*aria-label="Entfernen fahrzeugschein\.pdf"/,
  );
  assert.match(
    html,
    /<input class="kern-form-check__radio" type="radio" id="f-vehicleHolder" name="vehicleHolder" value="self">/,
  );
  assert.match(html, /value="company" checked>/);
  const own = renderStep(form, 'fahrzeug', completePermit);
  assert.ok(!own.includes('holderConfirmation'), 'the hidden field is not rendered');
});

test('a repeating group renders its items with "add another" and "remove" as submit buttons', () => {
  const values: FormValues = {
    children: [{ firstName: 'Lena', birthDate: '2015-04-01' }, { firstName: 'Tom' }],
  };
  const html = renderStep(testForm, 'kinder', values);
  assert.match(html, /<input type="hidden" name="children\.items" value="2">/);
  assert.match(html, /id="f-children-1-firstName" name="children\.1\.firstName"[^>]*value="Tom"/);
  assert.match(html, /<legend class="kern-label">Kind 2<\/legend>/);
  assert.match(html, /name="aktion" value="remove:children:1"[^>]*aria-label="Entfernen Kind 2"/);
  assert.match(html, /name="aktion" value="add:children" id="f-children-add"/);
  assert.ok(
    html.indexOf('value="weiter"') < html.indexOf('value="add:children"'),
    'Enter submits "Weiter", not "add"',
  );
  const full = renderStep(testForm, 'kinder', { children: [{}, {}, {}] });
  assert.ok(!full.includes('add:children'), 'no add button at the maximum');
  const all = ids(full);
  assert.equal(new Set(all).size, all.length, 'no duplicate ids');
});

test('radios, checkboxes, select and the single checkbox link their problem to the first input', () => {
  const { problems, raw, values } = parseStep(
    testForm,
    'zeitraum',
    { benefits: ['lottery'], payment: 'x' },
    {},
    {},
    { today },
  );
  const html = renderStep(testForm, 'zeitraum', values, problems, raw);
  for (const id of ['f-hasPartner', 'f-benefits', 'f-payment']) {
    assert.ok(
      problems.some((p) => p.field === id),
      id,
    );
    assert.ok(ids(html).includes(id), id);
  }
  assert.match(
    html,
    /<fieldset class="kern-fieldset kern-fieldset--error" id="f-hasPartner-fieldset" aria-describedby="f-hasPartner-error">/,
  );
  const declaration = parseStep(testForm, 'erklaerung', {}, {}, {}, { today });
  const declared = renderStep(
    testForm,
    'erklaerung',
    declaration.values,
    declaration.problems,
    declaration.raw,
  );
  assert.match(
    declared,
    /type="checkbox" id="f-truthful" name="truthful" value="ja"[^>]*aria-describedby="f-truthful-error"/,
  );
});

test('the summary shows each step with change links naming what they change, file names and the fee', () => {
  const html = FormSummary({
    ctx: ctx(),
    definition: form,
    values: completePermit,
    changeHref: (stepId) => `/antrag/${stepId}`,
  }).toString();
  assert.match(html, /<h2 class="kern-heading-medium" id="summary-fahrzeug">Fahrzeug<\/h2>/);
  assert.match(
    html,
    /<a class="kern-link" href="\/antrag\/fahrzeug#f-licencePlate">Ändern<span class="kern-sr-only"> Amtliches Kennzeichen<\/span><\/a>/,
  );
  assert.match(html, /href="\/antrag\/antragsteller#f-address-street"/);
  assert.match(html, /fahrzeugschein\.pdf/);
  assert.match(
    html,
    /<dt class="kern-description-list-item__key">Gebühr<\/dt><dd class="kern-description-list-item__value">61,40\u00a0€<\/dd>/,
  );
  const english = FormSummary({
    ctx: ctx('en'),
    definition: form,
    values: completePermit,
    changeHref: (s) => `/a/${s}`,
  }).toString();
  assert.match(english, />Change<span class="kern-sr-only"> Registration number<\/span>/);
  assert.match(english, /2 years \(€61\.40\)/);
});
