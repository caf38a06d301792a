// The handover record (Herausgabeprotokoll) filed in the item's E-Akte case: which item went to whom, how
// the person proved ownership, the fee and the finder's reward with their legal basis, the day and the
// clerk. A pure function of its input, so the record says exactly what the handover stored. Always German
// (§ 23 Abs. 1 VwVfG NRW: the official language).
import type { PdfDocumentSpec } from '../../platform/pdf/index.ts';
import { CATEGORIES } from './lostfound.categories.ts';
import { formatEuro, type CollectionAmounts } from './lostfound.fees.ts';
import { PROOF_LABELS } from './lostfound.labels.ts';
import type { Item } from './lostfound.repository.ts';
import type { ProofMethod } from './lostfound.tables.ts';

export interface HandoverRecordInput {
  authority: string;
  department: string;
  item: Pick<
    Item,
    | 'number'
    | 'category'
    | 'description'
    | 'features'
    | 'serialNumber'
    | 'foundOn'
    | 'foundPlace'
    | 'valueCents'
  > & { fileReference: string | null; keptByFinder: boolean };
  owner: {
    name: string;
    proofMethod: ProofMethod;
    proofDetails: string;
    claimStatement?: string | undefined;
  };
  amounts: CollectionAmounts;
  /** What was charged: no fee when the finder kept the thing and hands it over themselves. */
  feeCents: number;
  rewardCents: number;
  rewardNote: string;
  /** YYYY-MM-DD */
  date: string;
  at: Date;
  clerk: string;
}

const german = (day: string) => day.split('-').reverse().join('.');

function feeBasis(input: HandoverRecordInput): string {
  const fee = input.amounts.fee;
  if (input.item.keptByFinder) return 'keine Gebühr: die Sache wurde von der Finderin / dem Finder verwahrt';
  const how =
    fee.adjustedBy === 'exempt'
      ? 'gebührenfrei (geringer Wert)'
      : fee.adjustedBy === 'minimum'
        ? 'Mindestgebühr'
        : fee.adjustedBy === 'maximum'
          ? 'Höchstgebühr'
          : `${formatEuro(fee.flatCents)} Grundgebühr + ${formatEuro(fee.valueShareCents)} wertabhängig`;
  return `${how}; Rechtsgrundlage: ${fee.schedule.label}`;
}

export function buildHandoverRecordSpec(input: HandoverRecordInput): PdfDocumentSpec {
  const { item, owner } = input;
  const title = `Herausgabeprotokoll Fundsache ${item.number}`;
  return {
    title,
    author: input.authority,
    subject: `Herausgabe der Fundsache ${item.number} an ${owner.name}`,
    keywords: ['Fundbüro', 'Herausgabe', item.number],
    language: 'de-DE',
    createdAt: input.at,
    footer: `${input.authority} · ${input.department} · Fundbüro`,
    blocks: [
      { type: 'heading', level: 1, text: title },
      {
        type: 'keyValue',
        rows: [
          { label: 'Aktenzeichen', value: item.fileReference ?? '–' },
          { label: 'Datum der Herausgabe', value: german(input.date) },
          { label: 'Sachbearbeitung', value: `${input.clerk} (${input.department})` },
        ],
      },
      { type: 'heading', level: 2, text: 'Fundsache' },
      {
        type: 'keyValue',
        rows: [
          { label: 'Fundnummer', value: item.number },
          { label: 'Art', value: CATEGORIES[item.category] },
          { label: 'Beschreibung', value: item.description },
          ...(item.features ? [{ label: 'Merkmale', value: item.features }] : []),
          ...(item.serialNumber ? [{ label: 'Seriennummer', value: item.serialNumber }] : []),
          { label: 'Gefunden', value: `am ${german(item.foundOn)}, ${item.foundPlace}` },
          { label: 'Geschätzter Wert', value: formatEuro(item.valueCents) },
        ],
      },
      { type: 'heading', level: 2, text: 'Empfangsberechtigte Person und Nachweis' },
      {
        type: 'keyValue',
        rows: [
          { label: 'Ausgehändigt an', value: owner.name },
          { label: 'Eigentum nachgewiesen durch', value: PROOF_LABELS[owner.proofMethod].de },
          { label: 'Nachweis im Einzelnen', value: owner.proofDetails || '–' },
          ...(owner.claimStatement ? [{ label: 'Angaben im Anspruch', value: owner.claimStatement }] : []),
        ],
      },
      { type: 'heading', level: 2, text: 'Gebühr und Finderlohn' },
      {
        type: 'table',
        columns: [
          { header: 'Posten', width: { share: 1 } },
          { header: 'Rechtsgrundlage', width: { share: 2 } },
          { header: 'Betrag', width: { mm: 28 }, align: 'right' },
        ],
        rows: [
          ['Gebühr für die Herausgabe', feeBasis(input), formatEuro(input.feeCents)],
          ['Finderlohn', input.rewardNote, formatEuro(input.rewardCents)],
        ],
        total: ['Zusammen', '', formatEuro(input.feeCents + input.rewardCents)],
      },
      {
        type: 'paragraph',
        text:
          'Die Fundbehörde gibt die Sache nur mit Zustimmung der Finderin / des Finders heraus (§ 975 S. 3 BGB); ' +
          'der Finderlohn steht der Finderin / dem Finder gegen die empfangsberechtigte Person zu (§ 971 BGB, ' +
          'bei Funden in Behörden und Verkehrsmitteln § 978 Abs. 2 BGB).',
      },
      {
        type: 'signature',
        closing: 'Sache erhalten:',
        name: owner.name,
      },
      { type: 'signature', closing: 'Herausgegeben:', name: input.clerk, role: input.department },
    ],
  };
}
