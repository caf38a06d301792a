// SEPA credit transfer initiation, pain.001.001.09 (ISO 20022, 2019 version), as the EPC SCT
// customer-to-PSP implementation guidelines (2023) and DFÜ-Abkommen Anlage 3 describe it. The town is
// the debtor; each payee a creditor. One payment group (PmtInf) per requested execution date.
import {
  accountXml,
  agentXml,
  amountXml,
  createInputCheck,
  formatCents,
  formatCreationTime,
  groupBy,
  paymentInformationId,
  sumCents,
  type SepaAccountHolder,
} from './pain-common.ts';
import type { SepaCharset } from './sepa-text.ts';
import { el, renderXmlDocument, withAttributes } from './xml-writer.ts';

export const pain001Namespace = 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.09';

export interface CreditTransfer {
  endToEndId: string;
  amountCents: number;
  /** The day the town's bank shall execute the transfer (ReqdExctnDt), YYYY-MM-DD. */
  executionDate: string;
  creditor: SepaAccountHolder;
  /** Unstructured remittance information; converted to the SEPA set and cut to 140 characters. */
  remittanceInformation?: string;
}

export interface Pain001Input {
  messageId: string;
  createdAt: Date;
  initiatingPartyName: string;
  debtor: SepaAccountHolder;
  transactions: readonly CreditTransfer[];
  /** Ask the bank for one booking per group (true) or one per transaction (false); bank default if unset. */
  batchBooking?: boolean;
  charset?: SepaCharset;
}

/** The pain.001 document as a string; throws `sepa.invalid_payment_file` listing every problem. */
export function buildPain001(input: Pain001Input): string {
  const check = createInputCheck(input.charset ?? 'dk');
  const messageId = check.identifier('messageId', input.messageId);
  if (Number.isNaN(input.createdAt.getTime())) check.report('createdAt', 'date');
  const initiatingParty = check.text('initiatingPartyName', input.initiatingPartyName, 70, true);
  const debtor = check.holder('debtor', input.debtor);
  if (input.transactions.length === 0) check.report('transactions', 'empty');

  const endToEndIds = new Set<string>();
  const transactions = input.transactions.map((tx, i) => {
    const field = `transactions[${i}]`;
    const endToEndId = check.identifier(`${field}.endToEndId`, tx.endToEndId);
    if (endToEndId && endToEndIds.has(endToEndId))
      check.report(`${field}.endToEndId`, 'duplicate_identifier');
    endToEndIds.add(endToEndId);
    return {
      endToEndId,
      amountCents: check.amount(`${field}.amountCents`, tx.amountCents),
      executionDate: check.date(`${field}.executionDate`, tx.executionDate),
      creditor: check.holder(`${field}.creditor`, tx.creditor),
      remittanceInformation: check.text(
        `${field}.remittanceInformation`,
        tx.remittanceInformation,
        140,
        false,
      ),
    };
  });
  check.done();

  const groups = groupBy(transactions, (tx) => tx.executionDate);
  const document = el(
    'Document',
    el(
      'CstmrCdtTrfInitn',
      el(
        'GrpHdr',
        el('MsgId', messageId),
        el('CreDtTm', formatCreationTime(input.createdAt)),
        el('NbOfTxs', String(transactions.length)),
        el('CtrlSum', formatCents(sumCents(transactions))),
        el('InitgPty', el('Nm', initiatingParty)),
      ),
      ...groups.map(([executionDate, txs], index) =>
        el(
          'PmtInf',
          el('PmtInfId', paymentInformationId(messageId, index)),
          el('PmtMtd', 'TRF'),
          input.batchBooking !== undefined && el('BtchBookg', String(input.batchBooking)),
          el('NbOfTxs', String(txs.length)),
          el('CtrlSum', formatCents(sumCents(txs))),
          el('PmtTpInf', el('SvcLvl', el('Cd', 'SEPA'))),
          el('ReqdExctnDt', el('Dt', executionDate)),
          el('Dbtr', el('Nm', debtor.name)),
          accountXml('DbtrAcct', debtor.iban),
          agentXml('DbtrAgt', debtor.bic),
          el('ChrgBr', 'SLEV'),
          ...txs.map((tx) =>
            el(
              'CdtTrfTxInf',
              el('PmtId', el('EndToEndId', tx.endToEndId)),
              el('Amt', amountXml('InstdAmt', tx.amountCents)),
              // Within SEPA the IBAN suffices (IBAN-only); a BIC is sent only when known.
              tx.creditor.bic !== undefined && el('CdtrAgt', el('FinInstnId', el('BICFI', tx.creditor.bic))),
              el('Cdtr', el('Nm', tx.creditor.name)),
              accountXml('CdtrAcct', tx.creditor.iban),
              tx.remittanceInformation !== '' && el('RmtInf', el('Ustrd', tx.remittanceInformation)),
            ),
          ),
        ),
      ),
    ),
  );
  return renderXmlDocument(withAttributes(document, { xmlns: pain001Namespace }));
}
