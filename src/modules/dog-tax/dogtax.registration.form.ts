// The online form "Hund anmelden" (dog registration for the dog tax). The keeper must register a dog
// within two weeks of taking it in or moving in with it (registration duty of NRW statutes after the
// Mustersatzung, § 9 "Meldepflichten": "innerhalb von 14 Tagen … anzumelden" — DEMO wording, the
// Leichlingen paragraph is not verified). A breed on the LHundG NRW lists (§ 3 Abs. 2, § 10 Abs. 1) is
// recognised from the breed entry and asks for the permit or certificate that keeping it needs
// (§ 4 LHundG NRW for dangerous dogs, § 11 Abs. 1/2 for the § 10 breeds and large dogs).
import type { FieldValue, FormDefinition, FormValues } from '../portal/index.ts';
import { classifyBreed } from './dogtax.breeds.ts';

const EVIDENCE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
const TEN_MEGABYTES = 10 * 1024 * 1024;
export const DOG_REGISTRATION_FORM_KEY = 'dog-registration';

/** The registration's dogs as the form stores them. */
export interface RegisteredDogAnswers {
  name: string;
  breed: string;
  sex: 'female' | 'male';
  birthDate: string;
  colour: string;
  chipNumber?: string;
  keptSince: string;
  arrival: 'taken-in' | 'born' | 'moved-in';
  previousMunicipality?: string;
}

export function dogsOf(answers: FormValues | Record<string, unknown>): RegisteredDogAnswers[] {
  const dogs = answers.dogs;
  return Array.isArray(dogs) ? (dogs as unknown as RegisteredDogAnswers[]) : [];
}

/** The dogs whose breed entry names a listed breed, with the breed and section found. */
export function listedDogsOf(answers: FormValues | Record<string, unknown>) {
  return dogsOf(answers)
    .map((dog) => ({ dog, classification: classifyBreed(String(dog.breed ?? '')) }))
    .filter(({ classification }) => classification.listed !== null);
}

const anyListedBreed = (scope: (name: string) => FieldValue | undefined) =>
  listedDogsOf({ dogs: scope('dogs') ?? [] }).length > 0;

const sectionText = { section3: '§ 3 LHundG NRW', section10: '§ 10 LHundG NRW' } as const;

export const dogRegistrationForm: FormDefinition = {
  key: DOG_REGISTRATION_FORM_KEY,
  version: 1,
  title: { de: 'Hund zur Hundesteuer anmelden', en: 'Register a dog for the dog tax' },
  steps: [
    {
      id: 'halter',
      title: { de: 'Halterin oder Halter', en: 'Keeper' },
      intro: {
        de: 'Bitte melden Sie Ihren Hund innerhalb von zwei Wochen an, nachdem Sie ihn aufgenommen haben oder mit ihm nach Leichlingen gezogen sind. Alle Hunde eines Haushalts werden gemeinsam besteuert.',
        en: 'Please register your dog within two weeks of taking it in or moving to Leichlingen with it. All dogs of a household are taxed together.',
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
          kind: 'address',
          name: 'address',
          label: { de: 'Anschrift', en: 'Address' },
          required: true,
          postalCodes: {
            allowed: ['42799'],
            message: {
              de: 'Hunde melden Sie in der Gemeinde an, in der Sie wohnen. Die Stadt Leichlingen hat die Postleitzahl 42799.',
              en: 'You register dogs with the municipality you live in. The town of Leichlingen has the postal code 42799.',
            },
          },
        },
        {
          kind: 'email',
          name: 'email',
          label: { de: 'E-Mail-Adresse', en: 'E-mail address' },
          required: true,
        },
        {
          kind: 'textarea',
          name: 'coKeepers',
          label: {
            de: 'Weitere Halterinnen oder Halter im Haushalt (freiwillig)',
            en: 'Other keepers in the household (optional)',
          },
          hint: {
            de: 'Name und Vorname, je Person eine Zeile.',
            en: 'Last and first name, one person per line.',
          },
          maxLength: 500,
        },
      ],
    },
    {
      id: 'hunde',
      title: { de: 'Hunde', en: 'Dogs' },
      intro: {
        de: 'Geben Sie jeden Hund an, den Sie neu anmelden. Ist Ihr Hund ein Mischling, nennen Sie bitte die Rassen der Eltern, soweit bekannt.',
        en: 'Enter every dog you are registering. If your dog is a crossbreed, please name the parents’ breeds as far as known.',
      },
      fields: [
        {
          kind: 'group',
          name: 'dogs',
          label: { de: 'Hunde', en: 'Dogs' },
          itemLabel: { de: 'Hund {number}', en: 'Dog {number}' },
          minItems: 1,
          maxItems: 5,
          fields: [
            { kind: 'text', name: 'name', label: { de: 'Name', en: 'Name' }, required: true, maxLength: 100 },
            {
              kind: 'text',
              name: 'breed',
              label: { de: 'Rasse oder Mischling', en: 'Breed or crossbreed' },
              hint: {
                de: 'Zum Beispiel „Labrador“ oder „Mischling (Schäferhund/Labrador)“.',
                en: 'For example “Labrador” or “crossbreed (shepherd/labrador)”.',
              },
              required: true,
              maxLength: 200,
            },
            {
              kind: 'radio',
              name: 'sex',
              label: { de: 'Geschlecht', en: 'Sex' },
              required: true,
              options: [
                { value: 'female', label: { de: 'Hündin', en: 'Female' } },
                { value: 'male', label: { de: 'Rüde', en: 'Male' } },
              ],
            },
            {
              kind: 'date',
              name: 'birthDate',
              label: {
                de: 'Geburtsdatum (wenn unbekannt: geschätzt)',
                en: 'Date of birth (estimated if unknown)',
              },
              required: true,
              min: { yearsFromToday: -30 },
              max: 'today',
            },
            {
              kind: 'text',
              name: 'colour',
              label: { de: 'Farbe', en: 'Colour' },
              required: true,
              maxLength: 100,
            },
            {
              kind: 'text',
              name: 'chipNumber',
              label: { de: 'Chipnummer (Transponder)', en: 'Microchip number' },
              hint: {
                de: '15 Ziffern, zum Beispiel 276098106543210.',
                en: '15 digits, for example 276098106543210.',
              },
              maxLength: 20,
              pattern: {
                // ISO 11784/11785 transponder code: 3-digit country or manufacturer code and 12 digits.
                regex: /^[0-9]{15}$/,
                message: {
                  de: '„Chipnummer“ hat 15 Ziffern, ohne Leerzeichen.',
                  en: '“Microchip number” has 15 digits, without spaces.',
                },
              },
            },
            {
              kind: 'date',
              name: 'keptSince',
              label: { de: 'Bei Ihnen seit', en: 'Kept by you since' },
              required: true,
              min: { yearsFromToday: -30 },
              max: 'today',
            },
            {
              kind: 'radio',
              name: 'arrival',
              label: { de: 'Wie kam der Hund zu Ihnen?', en: 'How did the dog come to you?' },
              required: true,
              options: [
                {
                  value: 'taken-in',
                  label: {
                    de: 'Ich habe ihn aufgenommen (gekauft, übernommen, aus dem Tierheim)',
                    en: 'I took it in (bought, taken over, from a shelter)',
                  },
                },
                {
                  value: 'born',
                  label: {
                    de: 'Er ist bei mir geboren (Welpe der eigenen Hündin)',
                    en: 'It was born here (puppy of my own bitch)',
                  },
                },
                {
                  value: 'moved-in',
                  label: {
                    de: 'Ich bin mit ihm nach Leichlingen gezogen',
                    en: 'I moved to Leichlingen with it',
                  },
                },
              ],
            },
            {
              kind: 'text',
              name: 'previousMunicipality',
              label: { de: 'Bisherige Gemeinde', en: 'Previous municipality' },
              visibleWhen: { field: 'arrival', equals: 'moved-in' },
              required: true,
              maxLength: 100,
            },
          ],
        },
      ],
    },
    {
      id: 'nachweise',
      title: { de: 'Nachweise und Zahlung', en: 'Evidence and payment' },
      fields: [
        {
          kind: 'file',
          name: 'listedDogPermit',
          label: {
            de: 'Erlaubnis oder Bescheinigung nach dem Landeshundegesetz',
            en: 'Permit or certificate under the State Dog Act',
          },
          hint: {
            de: 'Sie halten einen Hund einer Rasse nach § 3 oder § 10 LHundG NRW. Laden Sie bitte die Erlaubnis (§ 4 LHundG NRW) oder den Nachweis der Sachkunde, Zuverlässigkeit und Haftpflichtversicherung hoch. PDF, JPEG oder PNG, höchstens 10 MB.',
            en: 'You keep a dog of a breed under § 3 or § 10 LHundG NRW. Please upload the permit (§ 4 LHundG NRW) or the proof of expertise, reliability and liability insurance. PDF, JPEG or PNG, at most 10 MB.',
          },
          visibleWhen: { holds: anyListedBreed },
          required: true,
          accept: EVIDENCE_TYPES,
          maxFiles: 3,
          maxSize: TEN_MEGABYTES,
        },
        {
          kind: 'file',
          name: 'evidence',
          label: { de: 'Weitere Nachweise (freiwillig)', en: 'Further evidence (optional)' },
          hint: {
            de: 'Zum Beispiel der Abgabevertrag des Tierheims oder die Abmeldung der bisherigen Gemeinde. PDF, JPEG oder PNG, höchstens 10 MB.',
            en: 'For example the shelter’s transfer contract or the deregistration from your previous municipality. PDF, JPEG or PNG, at most 10 MB.',
          },
          accept: EVIDENCE_TYPES,
          maxFiles: 3,
          maxSize: TEN_MEGABYTES,
        },
        {
          kind: 'radio',
          name: 'paymentSchedule',
          label: { de: 'Zahlweise', en: 'Payment schedule' },
          required: true,
          options: [
            {
              value: 'quarterly',
              label: {
                de: 'Vierteljährlich (15. Februar, 15. Mai, 15. August, 15. November)',
                en: 'Quarterly (15 February, 15 May, 15 August, 15 November)',
              },
            },
            {
              value: 'annual',
              label: { de: 'Jährlich in einer Summe zum 1. Juli', en: 'Annually in one sum on 1 July' },
            },
          ],
        },
      ],
    },
  ],
  rules: [
    {
      field: 'dogs',
      // A chip identifies one dog: the same number twice in one registration is a typing error.
      check: (values) => {
        const chips = dogsOf(values)
          .map((dog) => dog.chipNumber)
          .filter((chip) => chip);
        return new Set(chips).size === chips.length;
      },
      message: {
        de: 'Zwei Hunde haben dieselbe Chipnummer. Bitte prüfen Sie die Chipnummern.',
        en: 'Two dogs have the same microchip number. Please check the microchip numbers.',
      },
    },
    {
      field: 'dogs',
      check: (values) =>
        dogsOf(values).every((dog) => !dog.birthDate || !dog.keptSince || dog.keptSince >= dog.birthDate),
      message: {
        de: '„Bei Ihnen seit“ kann nicht vor dem Geburtsdatum des Hundes liegen.',
        en: '“Kept by you since” cannot be before the dog’s date of birth.',
      },
    },
  ],
  computed: [
    {
      name: 'listedBreeds',
      label: { de: 'Rasse nach dem Landeshundegesetz', en: 'Breed under the State Dog Act' },
      format: 'text',
      compute: (values) => {
        const listed = listedDogsOf(values);
        if (dogsOf(values).length === 0) return undefined;
        if (listed.length === 0) return 'keine';
        return listed
          .map(
            ({ dog, classification }) =>
              `${dog.name}: ${classification.matched} (${sectionText[classification.listed!]})`,
          )
          .join('; ');
      },
    },
  ],
};
