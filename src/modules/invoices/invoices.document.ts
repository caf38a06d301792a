// The readable content of an e-invoice, the same for UBL and CII: what a clerk checks before signing
// (parties, Leitweg-ID, references, lines, allowances and charges, VAT breakdown, totals, payment terms,
// bank account, attachments). Read once at intake from a document the validation has accepted; amounts stay
// the decimal text of the invoice, only the amount due is turned into cents for payment.
import type { XmlElement } from 'libxml2-wasm';
import { parseXml } from '../../platform/xml/index.ts';

export type Syntax = 'ubl' | 'cii';

export interface InvoiceParty {
  name: string;
  tradingName: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  vatId: string;
  contactName: string;
  phone: string;
  email: string;
  /** Electronic address (BT-34/BT-49), e.g. the e-mail the invoice came from. */
  endpoint: string;
}

export interface InvoiceLine {
  id: string;
  name: string;
  description: string;
  quantity: string;
  unit: string;
  netPrice: string;
  netAmount: string;
  vatCategory: string;
  vatRate: string;
}

export interface AllowanceCharge {
  charge: boolean;
  amount: string;
  reason: string;
  vatCategory: string;
  vatRate: string;
}

export interface VatBreakdown {
  category: string;
  rate: string;
  basis: string;
  tax: string;
  exemptionReason: string;
}

export interface Skonto {
  days: number;
  percent: number;
}

export interface InvoiceAttachment {
  id: string;
  description: string;
  fileName: string;
  mimeCode: string;
  uri: string;
  /** Bytes of an embedded attachment (base64 decoded length, approximate). */
  size: number | null;
}

export interface InvoiceDocument {
  syntax: Syntax;
  customizationId: string;
  invoiceNumber: string;
  typeCode: string;
  issueDate: string;
  dueDate: string;
  currency: string;
  leitwegId: string;
  orderReference: string;
  contractReference: string;
  /** BT-19, Buyer accounting reference: the buyer's cost centre or account, where the supplier knows it. */
  accountingCost: string;
  notes: string[];
  seller: InvoiceParty;
  buyer: InvoiceParty;
  lines: InvoiceLine[];
  allowancesCharges: AllowanceCharge[];
  vat: VatBreakdown[];
  totals: {
    lineTotal: string;
    allowanceTotal: string;
    chargeTotal: string;
    taxExclusive: string;
    tax: string;
    taxInclusive: string;
    prepaid: string;
    rounding: string;
    payable: string;
  };
  payment: {
    meansCode: string;
    iban: string;
    bic: string;
    accountName: string;
    reference: string;
    terms: string;
  };
  skonto: Skonto[];
  attachments: InvoiceAttachment[];
}

const ns = {
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  rsm: 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100',
  ram: 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100',
  udt: 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100',
};

function text(node: XmlElement, xpath: string): string {
  const value = node.eval(`string(${xpath})`, ns);
  return typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : '';
}

function elements(node: XmlElement, xpath: string): XmlElement[] {
  return node.find(xpath, ns) as XmlElement[];
}

/** CII dates are "20250314" (format 102); UBL's are ISO already. */
function isoDay(value: string): string {
  return /^\d{8}$/.test(value) ? `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}` : value;
}

/** XRechnung's cash-discount notation in the payment terms: "#SKONTO#TAGE=14#PROZENT=2.00#". */
export function parseSkonto(terms: string): Skonto[] {
  return [...terms.matchAll(/#SKONTO#TAGE=(\d{1,3})#PROZENT=(\d{1,2}(?:\.\d{1,2})?)#/g)].map((match) => ({
    days: Number(match[1]),
    percent: Number(match[2]),
  }));
}

/** "1234.5" → 123450; undefined unless a plain decimal with at most two places. */
export function decimalToCents(value: string): number | undefined {
  const match = /^(-?)(\d{1,13})(?:\.(\d{1,2}))?$/.exec(value.trim());
  if (!match) return undefined;
  const cents = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -cents : cents;
}

function base64Size(node: XmlElement, xpath: string): number | null {
  const data = text(node, xpath).replace(/\s/g, '');
  return data
    ? Math.floor((data.length * 3) / 4) - (data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0)
    : null;
}

function ublParty(party: XmlElement | undefined): InvoiceParty {
  const get = (xpath: string) => (party ? text(party, xpath) : '');
  return {
    name: get('cac:PartyLegalEntity/cbc:RegistrationName') || get('cac:PartyName/cbc:Name'),
    tradingName: get('cac:PartyName/cbc:Name'),
    street: get('cac:PostalAddress/cbc:StreetName'),
    postalCode: get('cac:PostalAddress/cbc:PostalZone'),
    city: get('cac:PostalAddress/cbc:CityName'),
    country: get('cac:PostalAddress/cac:Country/cbc:IdentificationCode'),
    vatId: get("cac:PartyTaxScheme[cac:TaxScheme/cbc:ID='VAT']/cbc:CompanyID"),
    contactName: get('cac:Contact/cbc:Name'),
    phone: get('cac:Contact/cbc:Telephone'),
    email: get('cac:Contact/cbc:ElectronicMail'),
    endpoint: get('cbc:EndpointID'),
  };
}

function readUbl(root: XmlElement): InvoiceDocument {
  const t = (xpath: string) => text(root, xpath);
  const currency = t('cbc:DocumentCurrencyCode');
  const terms = elements(root, 'cac:PaymentTerms/cbc:Note').map((note) => note.content.trim());
  return {
    syntax: 'ubl',
    customizationId: t('cbc:CustomizationID'),
    invoiceNumber: t('cbc:ID'),
    typeCode: t('cbc:InvoiceTypeCode') || t('cbc:CreditNoteTypeCode'),
    issueDate: t('cbc:IssueDate'),
    dueDate: t('cbc:DueDate') || t('cac:PaymentMeans/cbc:PaymentDueDate'),
    currency,
    leitwegId: t('cbc:BuyerReference'),
    orderReference: t('cac:OrderReference/cbc:ID'),
    contractReference: t('cac:ContractDocumentReference/cbc:ID'),
    accountingCost: t('cbc:AccountingCost'),
    notes: elements(root, 'cbc:Note').map((note) => note.content.trim()),
    seller: ublParty(elements(root, 'cac:AccountingSupplierParty/cac:Party')[0]),
    buyer: ublParty(elements(root, 'cac:AccountingCustomerParty/cac:Party')[0]),
    lines: elements(root, 'cac:InvoiceLine | cac:CreditNoteLine').map((line) => ({
      id: text(line, 'cbc:ID'),
      name: text(line, 'cac:Item/cbc:Name'),
      description: text(line, 'cac:Item/cbc:Description'),
      quantity: text(line, 'cbc:InvoicedQuantity | cbc:CreditedQuantity'),
      unit: text(line, '(cbc:InvoicedQuantity | cbc:CreditedQuantity)/@unitCode'),
      netPrice: text(line, 'cac:Price/cbc:PriceAmount'),
      netAmount: text(line, 'cbc:LineExtensionAmount'),
      vatCategory: text(line, 'cac:Item/cac:ClassifiedTaxCategory/cbc:ID'),
      vatRate: text(line, 'cac:Item/cac:ClassifiedTaxCategory/cbc:Percent'),
    })),
    allowancesCharges: elements(root, 'cac:AllowanceCharge').map((item) => ({
      charge: text(item, 'cbc:ChargeIndicator') === 'true',
      amount: text(item, 'cbc:Amount'),
      reason: text(item, 'cbc:AllowanceChargeReason'),
      vatCategory: text(item, 'cac:TaxCategory/cbc:ID'),
      vatRate: text(item, 'cac:TaxCategory/cbc:Percent'),
    })),
    vat: elements(root, 'cac:TaxTotal/cac:TaxSubtotal').map((item) => ({
      category: text(item, 'cac:TaxCategory/cbc:ID'),
      rate: text(item, 'cac:TaxCategory/cbc:Percent'),
      basis: text(item, 'cbc:TaxableAmount'),
      tax: text(item, 'cbc:TaxAmount'),
      exemptionReason: text(item, 'cac:TaxCategory/cbc:TaxExemptionReason'),
    })),
    totals: {
      lineTotal: t('cac:LegalMonetaryTotal/cbc:LineExtensionAmount'),
      allowanceTotal: t('cac:LegalMonetaryTotal/cbc:AllowanceTotalAmount'),
      chargeTotal: t('cac:LegalMonetaryTotal/cbc:ChargeTotalAmount'),
      taxExclusive: t('cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount'),
      tax: t(`cac:TaxTotal/cbc:TaxAmount[@currencyID='${currency}']`),
      taxInclusive: t('cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount'),
      prepaid: t('cac:LegalMonetaryTotal/cbc:PrepaidAmount'),
      rounding: t('cac:LegalMonetaryTotal/cbc:PayableRoundingAmount'),
      payable: t('cac:LegalMonetaryTotal/cbc:PayableAmount'),
    },
    payment: {
      meansCode: t('cac:PaymentMeans/cbc:PaymentMeansCode'),
      iban: t('cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID').replace(/\s/g, ''),
      bic: t('cac:PaymentMeans/cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cbc:ID'),
      accountName: t('cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:Name'),
      reference: t('cac:PaymentMeans/cbc:PaymentID'),
      terms: terms.join('\n'),
    },
    skonto: parseSkonto(terms.join('\n')),
    attachments: elements(root, 'cac:AdditionalDocumentReference').map((item) => ({
      id: text(item, 'cbc:ID'),
      description: text(item, 'cbc:DocumentDescription'),
      fileName: text(item, 'cac:Attachment/cbc:EmbeddedDocumentBinaryObject/@filename'),
      mimeCode: text(item, 'cac:Attachment/cbc:EmbeddedDocumentBinaryObject/@mimeCode'),
      uri: text(item, 'cac:Attachment/cac:ExternalReference/cbc:URI'),
      size: base64Size(item, 'cac:Attachment/cbc:EmbeddedDocumentBinaryObject'),
    })),
  };
}

function ciiParty(party: XmlElement | undefined): InvoiceParty {
  const get = (xpath: string) => (party ? text(party, xpath) : '');
  return {
    name: get('ram:Name'),
    tradingName: get('ram:SpecifiedLegalOrganization/ram:TradingBusinessName'),
    street: get('ram:PostalTradeAddress/ram:LineOne'),
    postalCode: get('ram:PostalTradeAddress/ram:PostcodeCode'),
    city: get('ram:PostalTradeAddress/ram:CityName'),
    country: get('ram:PostalTradeAddress/ram:CountryID'),
    vatId: get("ram:SpecifiedTaxRegistration/ram:ID[@schemeID='VA']"),
    contactName: get('ram:DefinedTradeContact/ram:PersonName'),
    phone: get('ram:DefinedTradeContact/ram:TelephoneUniversalCommunication/ram:CompleteNumber'),
    email: get('ram:DefinedTradeContact/ram:EmailURIUniversalCommunication/ram:URIID'),
    endpoint: get('ram:URIUniversalCommunication/ram:URIID'),
  };
}

function readCii(root: XmlElement): InvoiceDocument {
  const t = (xpath: string) => text(root, xpath);
  const tx = 'rsm:SupplyChainTradeTransaction';
  const agreement = `${tx}/ram:ApplicableHeaderTradeAgreement`;
  const settlement = `${tx}/ram:ApplicableHeaderTradeSettlement`;
  const sum = `${settlement}/ram:SpecifiedTradeSettlementHeaderMonetarySummation`;
  const means = `${settlement}/ram:SpecifiedTradeSettlementPaymentMeans`;
  const currency = t(`${settlement}/ram:InvoiceCurrencyCode`);
  const terms = elements(root, `${settlement}/ram:SpecifiedTradePaymentTerms/ram:Description`).map((node) =>
    node.content.trim(),
  );
  return {
    syntax: 'cii',
    customizationId: t('rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID'),
    invoiceNumber: t('rsm:ExchangedDocument/ram:ID'),
    typeCode: t('rsm:ExchangedDocument/ram:TypeCode'),
    issueDate: isoDay(t('rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString')),
    dueDate: isoDay(t(`${settlement}/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString`)),
    currency,
    leitwegId: t(`${agreement}/ram:BuyerReference`),
    orderReference: t(`${agreement}/ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID`),
    contractReference: t(`${agreement}/ram:ContractReferencedDocument/ram:IssuerAssignedID`),
    accountingCost: t(`${settlement}/ram:ReceivableSpecifiedTradeAccountingAccount/ram:ID`),
    notes: elements(root, 'rsm:ExchangedDocument/ram:IncludedNote/ram:Content').map((n) => n.content.trim()),
    seller: ciiParty(elements(root, `${agreement}/ram:SellerTradeParty`)[0]),
    buyer: ciiParty(elements(root, `${agreement}/ram:BuyerTradeParty`)[0]),
    lines: elements(root, `${tx}/ram:IncludedSupplyChainTradeLineItem`).map((line) => ({
      id: text(line, 'ram:AssociatedDocumentLineDocument/ram:LineID'),
      name: text(line, 'ram:SpecifiedTradeProduct/ram:Name'),
      description: text(line, 'ram:SpecifiedTradeProduct/ram:Description'),
      quantity: text(line, 'ram:SpecifiedLineTradeDelivery/ram:BilledQuantity'),
      unit: text(line, 'ram:SpecifiedLineTradeDelivery/ram:BilledQuantity/@unitCode'),
      netPrice: text(line, 'ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:ChargeAmount'),
      netAmount: text(
        line,
        'ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount',
      ),
      vatCategory: text(line, 'ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode'),
      vatRate: text(
        line,
        'ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:RateApplicablePercent',
      ),
    })),
    allowancesCharges: elements(root, `${settlement}/ram:SpecifiedTradeAllowanceCharge`).map((item) => ({
      charge: text(item, 'ram:ChargeIndicator/udt:Indicator') === 'true',
      amount: text(item, 'ram:ActualAmount'),
      reason: text(item, 'ram:Reason'),
      vatCategory: text(item, 'ram:CategoryTradeTax/ram:CategoryCode'),
      vatRate: text(item, 'ram:CategoryTradeTax/ram:RateApplicablePercent'),
    })),
    vat: elements(root, `${settlement}/ram:ApplicableTradeTax`).map((item) => ({
      category: text(item, 'ram:CategoryCode'),
      rate: text(item, 'ram:RateApplicablePercent'),
      basis: text(item, 'ram:BasisAmount'),
      tax: text(item, 'ram:CalculatedAmount'),
      exemptionReason: text(item, 'ram:ExemptionReason'),
    })),
    totals: {
      lineTotal: t(`${sum}/ram:LineTotalAmount`),
      allowanceTotal: t(`${sum}/ram:AllowanceTotalAmount`),
      chargeTotal: t(`${sum}/ram:ChargeTotalAmount`),
      taxExclusive: t(`${sum}/ram:TaxBasisTotalAmount`),
      tax: t(`${sum}/ram:TaxTotalAmount[@currencyID='${currency}']`),
      taxInclusive: t(`${sum}/ram:GrandTotalAmount`),
      prepaid: t(`${sum}/ram:TotalPrepaidAmount`),
      rounding: t(`${sum}/ram:RoundingAmount`),
      payable: t(`${sum}/ram:DuePayableAmount`),
    },
    payment: {
      meansCode: t(`${means}/ram:TypeCode`),
      iban: t(`${means}/ram:PayeePartyCreditorFinancialAccount/ram:IBANID`).replace(/\s/g, ''),
      bic: t(`${means}/ram:PayeeSpecifiedCreditorFinancialInstitution/ram:BICID`),
      accountName: t(`${means}/ram:PayeePartyCreditorFinancialAccount/ram:AccountName`),
      reference: t(`${settlement}/ram:PaymentReference`),
      terms: terms.join('\n'),
    },
    skonto: parseSkonto(terms.join('\n')),
    attachments: elements(root, `${agreement}/ram:AdditionalReferencedDocument`).map((item) => ({
      id: text(item, 'ram:IssuerAssignedID'),
      description: text(item, 'ram:Name'),
      fileName: text(item, 'ram:AttachmentBinaryObject/@filename'),
      mimeCode: text(item, 'ram:AttachmentBinaryObject/@mimeCode'),
      uri: text(item, 'ram:URIID'),
      size: base64Size(item, 'ram:AttachmentBinaryObject'),
    })),
  };
}

/** Reads a document the validation accepted (so well-formed, without DOCTYPE, UBL or CII). */
export function readInvoiceDocument(bytes: Uint8Array): InvoiceDocument {
  const document = parseXml(bytes);
  try {
    const root = document.root;
    return root.namespaceUri === ns.rsm ? readCii(root) : readUbl(root);
  } finally {
    document.dispose();
  }
}
