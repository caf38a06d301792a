// A second, small definition for the engine's tests: a repeating group, cross-field rules, a conditional
// step and the kinds the parking permit does not use.
import type { FormDefinition, FormValues } from './forms.types.ts';

export const childAllowanceTestForm: FormDefinition = {
  key: 'test-child-allowance',
  version: 1,
  title: { de: 'Testantrag', en: 'Test application' },
  steps: [
    {
      id: 'kinder',
      title: { de: 'Kinder', en: 'Children' },
      fields: [
        {
          kind: 'group',
          name: 'children',
          label: { de: 'Kinder', en: 'Children' },
          itemLabel: { de: 'Kind {number}', en: 'Child {number}' },
          minItems: 1,
          maxItems: 3,
          fields: [
            { kind: 'text', name: 'firstName', label: { de: 'Vorname', en: 'First name' }, required: true },
            {
              kind: 'date',
              name: 'birthDate',
              label: { de: 'Geburtsdatum', en: 'Date of birth' },
              required: true,
              max: 'today',
            },
            {
              kind: 'checkbox',
              name: 'disabled',
              label: { de: 'Schwerbehinderung', en: 'Severe disability' },
            },
            {
              kind: 'text',
              name: 'disabilityDegree',
              label: { de: 'Grad der Behinderung', en: 'Degree of disability' },
              visibleWhen: { field: 'disabled', equals: true },
              required: true,
            },
          ],
        },
      ],
    },
    {
      id: 'zeitraum',
      title: { de: 'Zeitraum und Geld', en: 'Period and money' },
      fields: [
        { kind: 'date', name: 'start', label: { de: 'Beginn', en: 'Start' }, required: true },
        { kind: 'date', name: 'end', label: { de: 'Ende', en: 'End' }, required: true },
        {
          kind: 'money',
          name: 'income',
          label: { de: 'Einkommen', en: 'Income' },
          required: true,
          min: 0,
          max: 10_000_000,
        },
        {
          kind: 'number',
          name: 'persons',
          label: { de: 'Personen', en: 'Persons' },
          integer: true,
          min: 1,
          max: 20,
        },
        { kind: 'iban', name: 'iban', label: { de: 'IBAN', en: 'IBAN' }, required: true },
        {
          kind: 'select',
          name: 'payment',
          label: { de: 'Auszahlung', en: 'Payment' },
          required: true,
          options: [
            { value: 'monthly', label: { de: 'monatlich', en: 'monthly' } },
            { value: 'yearly', label: { de: 'jährlich', en: 'yearly' } },
          ],
        },
        {
          kind: 'checkboxes',
          name: 'benefits',
          label: { de: 'Weitere Leistungen', en: 'Other benefits' },
          options: [
            { value: 'housing', label: { de: 'Wohngeld', en: 'Housing benefit' } },
            { value: 'citizen', label: { de: 'Bürgergeld', en: 'Citizen’s benefit' } },
          ],
        },
        { kind: 'textarea', name: 'remarks', label: { de: 'Bemerkungen', en: 'Remarks' }, maxLength: 20 },
        {
          kind: 'radio',
          name: 'hasPartner',
          label: { de: 'Partner', en: 'Partner' },
          required: true,
          options: [
            { value: 'yes', label: { de: 'Ja', en: 'Yes' } },
            { value: 'no', label: { de: 'Nein', en: 'No' } },
          ],
        },
      ],
    },
    {
      id: 'partner',
      title: { de: 'Partnerin oder Partner', en: 'Partner' },
      visibleWhen: { field: 'hasPartner', equals: 'yes' },
      fields: [
        {
          kind: 'text',
          name: 'partnerName',
          label: { de: 'Name', en: 'Name' },
          required: true,
          autocomplete: 'name',
        },
        { kind: 'phone', name: 'partnerPhone', label: { de: 'Telefon', en: 'Telephone' } },
      ],
    },
    {
      id: 'erklaerung',
      title: { de: 'Erklärung', en: 'Declaration' },
      fields: [
        {
          kind: 'checkbox',
          name: 'truthful',
          label: { de: 'Angaben sind wahr', en: 'True' },
          required: true,
        },
      ],
    },
  ],
  rules: [
    {
      field: 'end',
      check: (values: FormValues) =>
        typeof values.start !== 'string' || (values.end as string) > values.start,
      message: { de: 'Das Ende muss nach dem Beginn liegen.', en: 'The end must be after the start.' },
    },
  ],
  computed: [
    {
      name: 'childCount',
      label: { de: 'Anzahl Kinder', en: 'Number of children' },
      format: 'number',
      compute: (values) => (Array.isArray(values.children) ? values.children.length : undefined),
    },
  ],
};

/** A complete, valid residents' parking permit application. */
export const completePermit: FormValues = {
  firstName: 'Anna',
  lastName: 'Muster',
  birthDate: '1985-03-12',
  address: { street: 'Am Büscherhof', houseNumber: '1', postalCode: '42799', city: 'Leichlingen' },
  email: 'anna@beispiel.de',
  licencePlate: 'GL-AB 123',
  vehicleHolder: 'self',
  registrationCertificate: [
    { id: 'file-1', name: 'fahrzeugschein.pdf', size: 20_000, mediaType: 'application/pdf' },
  ],
  validityYears: '2',
};
