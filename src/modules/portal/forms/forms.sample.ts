// The sample service of the demo town: "Bewohnerparkausweis beantragen" (residents' parking permit,
// § 45 Abs. 1b Nr. 2a StVO). Used by the engine's tests and as the portal's first online service.
import type { FormDefinition, FormValues } from './forms.types.ts';

const ACCEPTED_DOCUMENTS = ['application/pdf', 'image/jpeg', 'image/png'] as const;
const TEN_MEGABYTES = 10 * 1024 * 1024;

// The fee is set by each municipality (since 2020 § 6a Abs. 5a StVG lets the Länder, in NRW the towns,
// set their own). 30,70 € per year is the former federal maximum (GebOSt, Gebühren-Nr. 265) that many NRW
// towns still charge; it is the demo town's figure here, not a rule of the engine.
export const PARKING_PERMIT_FEE_PER_YEAR_CENTS = 3070;

export function parkingPermitFee(values: FormValues): number | undefined {
  const years = values.validityYears === '1' ? 1 : values.validityYears === '2' ? 2 : undefined;
  return years === undefined ? undefined : years * PARKING_PERMIT_FEE_PER_YEAR_CENTS;
}

export const residentsParkingPermitForm: FormDefinition = {
  key: 'residents-parking-permit',
  version: 1,
  title: { de: 'Bewohnerparkausweis beantragen', en: 'Apply for a residents’ parking permit' },
  steps: [
    {
      id: 'antragsteller',
      title: { de: 'Antragstellerin oder Antragsteller', en: 'Applicant' },
      intro: {
        de: 'Einen Bewohnerparkausweis erhalten Personen, die in der Bewohnerparkzone mit Hauptwohnsitz gemeldet sind.',
        en: 'A residents’ parking permit is issued to people whose main residence is registered in the residents’ parking zone.',
      },
      fields: [
        {
          kind: 'text',
          name: 'firstName',
          label: { de: 'Vorname', en: 'First name' },
          required: true,
          maxLength: 100,
          autocomplete: 'given-name',
        },
        {
          kind: 'text',
          name: 'lastName',
          label: { de: 'Familienname', en: 'Last name' },
          required: true,
          maxLength: 100,
          autocomplete: 'family-name',
        },
        {
          kind: 'date',
          name: 'birthDate',
          label: { de: 'Geburtsdatum', en: 'Date of birth' },
          required: true,
          min: { iso: '1900-01-01' },
          max: 'today',
          autocomplete: 'bday',
        },
        {
          kind: 'address',
          name: 'address',
          label: { de: 'Anschrift (Hauptwohnsitz)', en: 'Address (main residence)' },
          required: true,
          postalCodes: {
            allowed: ['42799'],
            message: {
              de: 'Den Bewohnerparkausweis der Stadt Leichlingen erhalten nur Personen mit Hauptwohnsitz in Leichlingen (Postleitzahl 42799).',
              en: 'The residents’ parking permit of the town of Leichlingen is only for people whose main residence is in Leichlingen (postal code 42799).',
            },
          },
        },
        {
          kind: 'email',
          name: 'email',
          label: { de: 'E-Mail-Adresse', en: 'E-mail address' },
          hint: {
            de: 'Hierhin schicken wir die Eingangsbestätigung.',
            en: 'We send the confirmation of receipt here.',
          },
          required: true,
        },
        {
          kind: 'phone',
          name: 'phone',
          label: { de: 'Telefonnummer', en: 'Telephone number' },
          hint: { de: 'Für Rückfragen.', en: 'In case we have questions.' },
        },
      ],
    },
    {
      id: 'fahrzeug',
      title: { de: 'Fahrzeug', en: 'Vehicle' },
      fields: [
        {
          kind: 'text',
          name: 'licencePlate',
          label: { de: 'Amtliches Kennzeichen', en: 'Registration number' },
          hint: { de: 'Zum Beispiel GL-AB 123', en: 'For example GL-AB 123' },
          required: true,
          maxLength: 12,
          uppercase: true,
          // Unterscheidungszeichen (1–3 letters), Erkennungsnummer: 1–2 letters and 1–4 digits (§ 8 FZV),
          // optionally E (electric) or H (historic).
          pattern: {
            regex: /^[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2}[- ]?[1-9][0-9]{0,3}[EH]?$/,
            message: {
              de: '„Amtliches Kennzeichen“ muss ein deutsches Kennzeichen sein, zum Beispiel GL-AB 123.',
              en: '“Registration number” must be a German registration number, for example GL-AB 123.',
            },
          },
        },
        {
          kind: 'radio',
          name: 'vehicleHolder',
          label: {
            de: 'Auf wen ist das Fahrzeug zugelassen?',
            en: 'Who is the registered keeper of the vehicle?',
          },
          required: true,
          options: [
            { value: 'self', label: { de: 'Auf mich', en: 'Me' } },
            {
              value: 'company',
              label: { de: 'Auf meinen Arbeitgeber (Firmenwagen)', en: 'My employer (company car)' },
            },
            {
              value: 'leased',
              label: { de: 'Auf eine Leasing- oder Mietfirma', en: 'A leasing or rental company' },
            },
          ],
        },
        {
          kind: 'file',
          name: 'holderConfirmation',
          label: {
            de: 'Bestätigung des Arbeitgebers oder der Leasingfirma',
            en: 'Confirmation from the employer or the leasing company',
          },
          hint: {
            de: 'Dass Sie das Fahrzeug dauerhaft allein nutzen. PDF, JPEG oder PNG, höchstens 10 MB.',
            en: 'That you have sole and permanent use of the vehicle. PDF, JPEG or PNG, at most 10 MB.',
          },
          visibleWhen: { field: 'vehicleHolder', in: ['company', 'leased'] },
          required: true,
          accept: ACCEPTED_DOCUMENTS,
          maxFiles: 1,
          maxSize: TEN_MEGABYTES,
        },
        {
          kind: 'file',
          name: 'registrationCertificate',
          label: {
            de: 'Zulassungsbescheinigung Teil I (Fahrzeugschein)',
            en: 'Registration certificate part I',
          },
          hint: { de: 'PDF, JPEG oder PNG, höchstens 10 MB.', en: 'PDF, JPEG or PNG, at most 10 MB.' },
          required: true,
          accept: ACCEPTED_DOCUMENTS,
          maxFiles: 2,
          maxSize: TEN_MEGABYTES,
        },
      ],
    },
    {
      id: 'zahlung',
      title: { de: 'Gültigkeit und Gebühr', en: 'Validity and fee' },
      intro: {
        de: 'Die Gebühr bezahlen Sie nach dem Absenden online. Eine Bankverbindung brauchen wir nicht.',
        en: 'You pay the fee online after submitting. We do not need your bank details.',
      },
      fields: [
        {
          kind: 'radio',
          name: 'validityYears',
          label: { de: 'Gültigkeit', en: 'Validity' },
          required: true,
          options: [
            { value: '1', label: { de: '1 Jahr (30,70 €)', en: '1 year (€30.70)' } },
            { value: '2', label: { de: '2 Jahre (61,40 €)', en: '2 years (€61.40)' } },
          ],
        },
      ],
    },
  ],
  computed: [{ name: 'fee', label: { de: 'Gebühr', en: 'Fee' }, format: 'money', compute: parkingPermitFee }],
};
