// SEPA Core direct debit initiation, pain.008.001.08 (ISO 20022, 2019 version), as the EPC SDD Core
// implementation guidelines and DFÜ-Abkommen Anlage 3 describe it. One payment group (PmtInf) per
// collection date and sequence type, because both are set per group, not per transaction.
import { checkCreditorId } from './creditor-id.ts';
import {
  accountXml,
  agentXml,
  amountXml,
  createInputCheck,
  formatCents,
  formatCreationTime,
  groupBy,
  isIsoDate,
  paymentInformationId,
  sumCents,
  type SepaAccountHolder,
} from './pain-common.ts';
import { checkMandateReference } from './references.ts';
import type { SepaCharset } from './sepa-text.ts';
import { el, renderXmlDocument, withAttributes, type XmlElement } from './xml-writer.ts';

export const pain008Namespace = 'urn:iso:std:iso:20022:tech:xsd:pain.008.001.08';

// Since the rulebook of November 2016 a first collection may also be sent as RCUR; FRST stays allowed.
export type SequenceType = 'FRST' | 'RCUR' | 'OOFF' | 'FNAL';
const sequenceTypes: readonly string[] = ['FRST', 'RCUR', 'OOFF', 'FNAL'];

export interface DirectDebit {
  endToEndId: string;
  amountCents: number;
  /** The due date the creditor asks for (ReqdColltnDt), YYYY-MM-DD. */
  collectionDate: string;
  sequenceType: SequenceType;
  mandate: { reference: string; signedOn: string };
  debtor: SepaAccountHolder;
  /** Unstructured remittance information; converted to the SEPA set and cut to 140 characters. */
  remittanceInformation?: string;
}

export interface Pain008Input {
  messageId: string;
  createdAt: Date;
  initiatingPartyName: string;
  creditor: SepaAccountHolder & { creditorId: string };
  transactions: readonly DirectDebit[];
  /** Ask the bank for one booking per group (true) or one per transaction (false); bank default if unset. */
  batchBooking?: boolean;
  charset?: SepaCharset;
}

/** The pain.008 document as a string; throws `sepa.invalid_payment_file` listing every problem. */
export function buildPain008(input: Pain008Input): string {
  const check = createInputCheck(input.charset ?? 'dk');
  const messageId = check.identifier('messageId', input.messageId);
  if (Number.isNaN(input.createdAt.getTime())) check.report('createdAt', 'date');
  const initiatingParty = check.text('initiatingPartyName', input.initiatingPartyName, 70, true);
  const creditor = check.holder('creditor', input.creditor);
  const creditorId = checkCreditorId(input.creditor.creditorId);
  if (!creditorId.ok) check.report('creditor.creditorId', 'creditor_id');
  if (input.transactions.length === 0) check.report('transactions', 'empty');

  const endToEndIds = new Set<string>();
  const transactions = input.transactions.map((tx, i) => {
    const field = `transactions[${i}]`;
    const endToEndId = check.identifier(`${field}.endToEndId`, tx.endToEndId);
    if (endToEndId && endToEndIds.has(endToEndId))
      check.report(`${field}.endToEndId`, 'duplicate_identifier');
    endToEndIds.add(endToEndId);
    const mandate = checkMandateReference(tx.mandate.reference);
    if (!mandate.ok) check.report(`${field}.mandate.reference`, 'mandate_reference');
    const collectionDate = check.date(`${field}.collectionDate`, tx.collectionDate);
    const signedOn = check.date(`${field}.mandate.signedOn`, tx.mandate.signedOn);
    // A mandate must exist before money is collected on it.
    if (isIsoDate(signedOn) && isIsoDate(collectionDate) && signedOn > collectionDate)
      check.report(`${field}.mandate.signedOn`, 'date');
    if (!sequenceTypes.includes(tx.sequenceType)) check.report(`${field}.sequenceType`, 'sequence_type');
    return {
      endToEndId,
      amountCents: check.amount(`${field}.amountCents`, tx.amountCents),
      collectionDate,
      sequenceType: tx.sequenceType,
      mandateReference: mandate.ok ? mandate.reference : '',
      signedOn,
      debtor: check.holder(`${field}.debtor`, tx.debtor),
      remittanceInformation: check.text(
        `${field}.remittanceInformation`,
        tx.remittanceInformation,
        140,
        false,
      ),
    };
  });
  check.done();

  const groups = groupBy(transactions, (tx) => `${tx.collectionDate} ${tx.sequenceType}`);
  const document = el(
    'Document',
    el(
      'CstmrDrctDbtInitn',
      el(
        'GrpHdr',
        el('MsgId', messageId),
        el('CreDtTm', formatCreationTime(input.createdAt)),
        el('NbOfTxs', String(transactions.length)),
        el('CtrlSum', formatCents(sumCents(transactions))),
        el('InitgPty', el('Nm', initiatingParty)),
      ),
      ...groups.map(([, txs], index) =>
        el(
          'PmtInf',
          el('PmtInfId', paymentInformationId(messageId, index)),
          el('PmtMtd', 'DD'),
          input.batchBooking !== undefined && el('BtchBookg', String(input.batchBooking)),
          el('NbOfTxs', String(txs.length)),
          el('CtrlSum', formatCents(sumCents(txs))),
          el(
            'PmtTpInf',
            el('SvcLvl', el('Cd', 'SEPA')),
            el('LclInstrm', el('Cd', 'CORE')),
            el('SeqTp', txs[0]!.sequenceType),
          ),
          el('ReqdColltnDt', txs[0]!.collectionDate),
          el('Cdtr', el('Nm', creditor.name)),
          accountXml('CdtrAcct', creditor.iban),
          agentXml('CdtrAgt', creditor.bic),
          el('ChrgBr', 'SLEV'),
          creditorSchemeXml(creditorId.ok ? creditorId.creditorId : ''),
          ...txs.map((tx) =>
            el(
              'DrctDbtTxInf',
              el('PmtId', el('EndToEndId', tx.endToEndId)),
              amountXml('InstdAmt', tx.amountCents),
              el(
                'DrctDbtTx',
                el('MndtRltdInf', el('MndtId', tx.mandateReference), el('DtOfSgntr', tx.signedOn)),
              ),
              agentXml('DbtrAgt', tx.debtor.bic),
              el('Dbtr', el('Nm', tx.debtor.name)),
              accountXml('DbtrAcct', tx.debtor.iban),
              tx.remittanceInformation !== '' && el('RmtInf', el('Ustrd', tx.remittanceInformation)),
            ),
          ),
        ),
      ),
    ),
  );
  return renderXmlDocument(withAttributes(document, { xmlns: pain008Namespace }));
}

/** The creditor identifier as a private identification of scheme "SEPA". */
function creditorSchemeXml(creditorId: string): XmlElement {
  return el(
    'CdtrSchmeId',
    el('Id', el('PrvtId', el('Othr', el('Id', creditorId), el('SchmeNm', el('Prtry', 'SEPA'))))),
  );
}
