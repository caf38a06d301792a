// The Fundbüro's forms as plain values: each parser checks what was sent and returns either the clean
// input or the problems, field by field, in German and English. Nothing is stored before this says yes,
// so bad input (a future date, a value that is not a number) leaves nothing half-stored.
import type { Text } from '../../platform/i18n/i18n.ts';
import { parseDay } from '../../platform/time/calendar-day.ts';
import { isCategory, type Category } from './lostfound.categories.ts';
import { centsFromEuroText } from './lostfound.fees.ts';
import type { FinderChoice, ProofMethod } from './lostfound.tables.ts';

export interface Problem {
  field: string;
  text: Text;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

type Fields = Record<string, string | undefined>;

const FINDER_CHOICES: FinderChoice[] = ['ownership', 'reward', 'waive'];
export const PROOF_METHODS: ProofMethod[] = [
  'description',
  'serial_number',
  'receipt',
  'key_test',
  'id_document',
  'other',
];

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

class Checker {
  readonly problems: Problem[] = [];
  constructor(private readonly fields: Fields) {}

  text(field: string, max: number, required: Text | undefined): string {
    const value = (this.fields[field] ?? '').trim();
    if (required && value === '') this.problems.push({ field, text: required });
    else if (value.length > max)
      this.problems.push({
        field,
        text: {
          de: `Bitte höchstens ${max.toLocaleString('de-DE')} Zeichen.`,
          en: `At most ${max.toLocaleString('en-GB')} characters, please.`,
        },
      });
    return value;
  }

  category(field: string): Category {
    const value = (this.fields[field] ?? '').trim();
    if (!isCategory(value)) {
      this.problems.push({
        field,
        text: { de: 'Bitte wählen Sie eine Kategorie.', en: 'Please choose a category.' },
      });
      return 'other';
    }
    return value;
  }

  /** A calendar day, not after `today` (a thing cannot be found or lost tomorrow). */
  pastDay(field: string, today: string, label: Text, optional = false): string {
    const raw = (this.fields[field] ?? '').trim();
    if (raw === '' && optional) return '';
    const day = parseDay(raw);
    if (!day) {
      this.problems.push({
        field,
        text: {
          de: `${label.de}: Bitte geben Sie ein Datum an (TT.MM.JJJJ).`,
          en: `${label.en}: Please enter a date (DD.MM.YYYY).`,
        },
      });
      return today;
    }
    if (day > today) {
      this.problems.push({
        field,
        text: {
          de: `${label.de}: Das Datum liegt in der Zukunft. Bitte geben Sie einen Tag bis heute an.`,
          en: `${label.en}: The date is in the future. Please enter a day up to today.`,
        },
      });
      return today;
    }
    return day;
  }

  euro(field: string): number {
    const raw = (this.fields[field] ?? '').trim();
    const cents = raw === '' ? undefined : centsFromEuroText(raw);
    if (cents === undefined) {
      this.problems.push({
        field,
        text: {
          de: 'Geschätzter Wert: Bitte geben Sie einen Betrag in Euro als Zahl an, zum Beispiel 25 oder 25,50.',
          en: 'Estimated value: Please enter an amount in euros as a number, for example 25 or 25.50.',
        },
      });
      return 0;
    }
    return cents;
  }

  email(field: string): string {
    const value = (this.fields[field] ?? '').trim();
    if (!EMAIL.test(value) || value.length > 254)
      this.problems.push({
        field,
        text: {
          de: 'Bitte geben Sie eine gültige E-Mail-Adresse an.',
          en: 'Please enter a valid e-mail address.',
        },
      });
    return value;
  }

  choice<T extends string>(field: string, options: readonly T[], text: Text): T {
    const value = (this.fields[field] ?? '').trim();
    if (!(options as readonly string[]).includes(value)) {
      this.problems.push({ field, text });
      return options[0]!;
    }
    return value as T;
  }

  result<T>(value: T): Parsed<T> {
    return this.problems.length > 0 ? { ok: false, problems: this.problems } : { ok: true, value };
  }
}

const checked = (value: string | undefined) => value === 'ja' || value === 'on' || value === 'true';

export interface ItemInput {
  category: Category;
  description: string;
  features: string;
  colour: string;
  brand: string;
  serialNumber: string;
  foundOn: string;
  foundPlace: string;
  foundDistrict: string;
  valueCents: number;
  storagePlace: string;
  finderName: string;
  finderContact: string;
  finderChoice: FinderChoice;
  publicFind: boolean;
  photosPublic: boolean;
  keptByFinder: boolean;
}

/** The staff form "Fundsache erfassen". */
export function parseItemForm(fields: Fields, today: string): Parsed<ItemInput> {
  const check = new Checker(fields);
  const value: ItemInput = {
    category: check.category('category'),
    description: check.text('description', 1000, {
      de: 'Bitte beschreiben Sie die Fundsache (ohne Namen und Nummern – dieser Text ist öffentlich).',
      en: 'Please describe the item (without names and numbers – this text is public).',
    }),
    features: check.text('features', 2000, undefined),
    colour: check.text('colour', 100, undefined),
    brand: check.text('brand', 100, undefined),
    serialNumber: check.text('serialNumber', 100, undefined),
    foundOn: check.pastDay('foundOn', today, { de: 'Fundtag', en: 'Day found' }),
    foundPlace: check.text('foundPlace', 300, {
      de: 'Bitte geben Sie den Fundort an.',
      en: 'Please enter where it was found.',
    }),
    foundDistrict: check.text('foundDistrict', 100, undefined),
    valueCents: check.euro('value'),
    storagePlace: check.text('storagePlace', 200, undefined),
    finderName: check.text('finderName', 200, undefined),
    finderContact: check.text('finderContact', 300, undefined),
    finderChoice: check.choice('finderChoice', FINDER_CHOICES, {
      de: 'Bitte wählen Sie, was die Finderin oder der Finder beansprucht.',
      en: 'Please choose what the finder claims.',
    }),
    publicFind: checked(fields.publicFind),
    photosPublic: checked(fields.photosPublic),
    keptByFinder: checked(fields.keptByFinder),
  };
  if (value.keptByFinder && value.finderName === '')
    check.problems.push({
      field: 'finderName',
      text: {
        de: 'Behält die Finderin oder der Finder die Sache, brauchen wir ihren oder seinen Namen.',
        en: 'If the finder keeps the item, we need their name.',
      },
    });
  return check.result(value);
}

export interface LossReportInput {
  name: string;
  email: string;
  category: Category;
  description: string;
  colour: string;
  brand: string;
  serialNumber: string;
  lostFrom: string;
  lostTo: string;
  place: string;
  district: string;
}

/** The public form "Verlust melden". */
export function parseLossReportForm(fields: Fields, today: string): Parsed<LossReportInput> {
  const check = new Checker(fields);
  const lostFrom = check.pastDay('lostFrom', today, {
    de: 'Verloren am (frühestens)',
    en: 'Lost on (earliest)',
  });
  const lostToRaw = check.pastDay('lostTo', today, { de: 'Verloren bis', en: 'Lost by' }, true);
  const value: LossReportInput = {
    name: check.text('name', 200, { de: 'Bitte geben Sie Ihren Namen an.', en: 'Please enter your name.' }),
    email: check.email('email'),
    category: check.category('category'),
    description: check.text('description', 2000, {
      de: 'Bitte beschreiben Sie, was Sie verloren haben.',
      en: 'Please describe what you lost.',
    }),
    colour: check.text('colour', 100, undefined),
    brand: check.text('brand', 100, undefined),
    serialNumber: check.text('serialNumber', 100, undefined),
    lostFrom,
    lostTo: lostToRaw === '' ? lostFrom : lostToRaw,
    place: check.text('place', 300, undefined),
    district: check.text('district', 100, undefined),
  };
  if (value.lostTo < value.lostFrom)
    check.problems.push({
      field: 'lostTo',
      text: {
        de: 'Das Ende des Zeitraums liegt vor seinem Anfang.',
        en: 'The end of the period lies before its start.',
      },
    });
  return check.result(value);
}

export interface FindReportInput {
  category: Category;
  description: string;
  features: string;
  colour: string;
  brand: string;
  foundOn: string;
  foundPlace: string;
  valueCents: number;
  finderName: string;
  finderContact: string;
  finderChoice: FinderChoice;
  keptByFinder: boolean;
}

/** The public form "Fund melden" (a finder reports online; staff accept it into the register). */
export function parseFindReportForm(fields: Fields, today: string): Parsed<FindReportInput> {
  const check = new Checker(fields);
  return check.result({
    category: check.category('category'),
    description: check.text('description', 1000, {
      de: 'Bitte beschreiben Sie die Fundsache.',
      en: 'Please describe the item.',
    }),
    features: check.text('features', 2000, undefined),
    colour: check.text('colour', 100, undefined),
    brand: check.text('brand', 100, undefined),
    foundOn: check.pastDay('foundOn', today, { de: 'Fundtag', en: 'Day found' }),
    foundPlace: check.text('foundPlace', 300, {
      de: 'Bitte geben Sie den Fundort an.',
      en: 'Please enter where you found it.',
    }),
    valueCents: check.euro('value'),
    finderName: check.text('finderName', 200, {
      de: 'Bitte geben Sie Ihren Namen an.',
      en: 'Please enter your name.',
    }),
    finderContact: check.text('finderContact', 300, {
      de: 'Bitte geben Sie an, wie wir Sie erreichen (Telefon oder E-Mail).',
      en: 'Please tell us how to reach you (phone or e-mail).',
    }),
    finderChoice: check.choice('finderChoice', FINDER_CHOICES, {
      de: 'Bitte wählen Sie, was Sie beanspruchen.',
      en: 'Please choose what you claim.',
    }),
    keptByFinder: checked(fields.keptByFinder),
  });
}

export interface ClaimInput {
  name: string;
  email: string;
  statement: string;
}

/** The owner's claim to an item. */
export function parseClaimForm(fields: Fields): Parsed<ClaimInput> {
  const check = new Checker(fields);
  return check.result({
    name: check.text('name', 200, { de: 'Bitte geben Sie Ihren Namen an.', en: 'Please enter your name.' }),
    email: check.email('email'),
    statement: check.text('statement', 2000, {
      de: 'Bitte beschreiben Sie, woran wir erkennen, dass die Sache Ihnen gehört (Inhalt, Merkmale, Kaufbeleg).',
      en: 'Please describe how we can tell the item is yours (contents, features, receipt).',
    }),
  });
}

export interface HandoverInput {
  ownerName: string;
  proofMethod: ProofMethod;
  proofDetails: string;
  claimId: string;
}

/** The clerk's handover form. */
export function parseHandoverForm(fields: Fields): Parsed<HandoverInput> {
  const check = new Checker(fields);
  return check.result({
    ownerName: check.text('ownerName', 200, {
      de: 'Bitte geben Sie an, wem die Sache ausgehändigt wird.',
      en: 'Please enter to whom the item is handed over.',
    }),
    proofMethod: check.choice('proofMethod', PROOF_METHODS, {
      de: 'Bitte wählen Sie, wie das Eigentum nachgewiesen wurde.',
      en: 'Please choose how ownership was proved.',
    }),
    proofDetails: check.text('proofDetails', 2000, {
      de: 'Bitte halten Sie den Nachweis fest (z. B. Inhalt beschrieben, Ausweis geprüft).',
      en: 'Please record the proof (e.g. contents described, ID checked).',
    }),
    claimId: (fields.claimId ?? '').trim(),
  });
}
