// Sample XRechnung 3.0 invoices, UBL and CII, for tests and the benchmark: valid as generated, with knobs
// to make them wrong in one place. Amounts are computed in cents, so totals always add up.
export interface SampleInvoiceOptions {
  lines?: number;
  iban?: string;
  customizationId?: string;
  /** Leitweg-ID (BT-10); empty to leave the Buyer reference out (BR-DE-15). */
  buyerReference?: string;
  invoiceNumber?: string;
}

export const xrechnungCustomizationId =
  'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0';

interface Line {
  id: number;
  name: string;
  quantity: number;
  priceCents: number;
  totalCents: number;
}

function amount(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function invoiceLines(count: number): { lines: Line[]; netCents: number; taxCents: number } {
  const lines: Line[] = [];
  for (let i = 1; i <= count; i++) {
    const quantity = (i % 5) + 1;
    const priceCents = 1000 + ((i * 379) % 9000);
    lines.push({
      id: i,
      name: `Büromaterial Position ${i}`,
      quantity,
      priceCents,
      totalCents: quantity * priceCents,
    });
  }
  const netCents = lines.reduce((sum, line) => sum + line.totalCents, 0);
  // 19 % VAT, rounded half up to the cent (BR-CO-17).
  const taxCents = Math.floor((netCents * 19 + 50) / 100);
  return { lines, netCents, taxCents };
}

export function sampleUblInvoice(options: SampleInvoiceOptions = {}): string {
  const { lines, netCents, taxCents } = invoiceLines(options.lines ?? 3);
  const buyerReference = options.buyerReference ?? '04011000-12345-34';
  const grossCents = netCents + taxCents;
  return `<?xml version="1.0" encoding="UTF-8"?>
<ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
  xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
  xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>${escape(options.customizationId ?? xrechnungCustomizationId)}</cbc:CustomizationID>
  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
  <cbc:ID>${escape(options.invoiceNumber ?? 'RE-2025-0815')}</cbc:ID>
  <cbc:IssueDate>2025-03-14</cbc:IssueDate>
  <cbc:DueDate>2025-04-13</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
${buyerReference ? `  <cbc:BuyerReference>${escape(buyerReference)}</cbc:BuyerReference>\n` : ''}  <cac:OrderReference>
    <cbc:ID>BEST-4711</cbc:ID>
  </cac:OrderReference>
  <cac:AccountingSupplierParty>
    <cac:Party>
      <cbc:EndpointID schemeID="EM">rechnung@buerobedarf-mueller.example</cbc:EndpointID>
      <cac:PostalAddress>
        <cbc:StreetName>Hauptstraße 12</cbc:StreetName>
        <cbc:CityName>Solingen</cbc:CityName>
        <cbc:PostalZone>42651</cbc:PostalZone>
        <cac:Country>
          <cbc:IdentificationCode>DE</cbc:IdentificationCode>
        </cac:Country>
      </cac:PostalAddress>
      <cac:PartyTaxScheme>
        <cbc:CompanyID>DE123456789</cbc:CompanyID>
        <cac:TaxScheme>
          <cbc:ID>VAT</cbc:ID>
        </cac:TaxScheme>
      </cac:PartyTaxScheme>
      <cac:PartyLegalEntity>
        <cbc:RegistrationName>Bürobedarf Müller GmbH</cbc:RegistrationName>
      </cac:PartyLegalEntity>
      <cac:Contact>
        <cbc:Name>Erika Müller</cbc:Name>
        <cbc:Telephone>+49 212 123456</cbc:Telephone>
        <cbc:ElectronicMail>erika.mueller@buerobedarf-mueller.example</cbc:ElectronicMail>
      </cac:Contact>
    </cac:Party>
  </cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty>
    <cac:Party>
      <cbc:EndpointID schemeID="EM">rechnungseingang@leichlingen.example</cbc:EndpointID>
      <cac:PostalAddress>
        <cbc:StreetName>Am Büscherhof 1</cbc:StreetName>
        <cbc:CityName>Leichlingen (Rheinland)</cbc:CityName>
        <cbc:PostalZone>42799</cbc:PostalZone>
        <cac:Country>
          <cbc:IdentificationCode>DE</cbc:IdentificationCode>
        </cac:Country>
      </cac:PostalAddress>
      <cac:PartyLegalEntity>
        <cbc:RegistrationName>Stadt Leichlingen (Rheinland)</cbc:RegistrationName>
      </cac:PartyLegalEntity>
    </cac:Party>
  </cac:AccountingCustomerParty>
  <cac:PaymentMeans>
    <cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>
    <cac:PayeeFinancialAccount>
      <cbc:ID>${escape(options.iban ?? 'DE89370400440532013000')}</cbc:ID>
    </cac:PayeeFinancialAccount>
  </cac:PaymentMeans>
  <cac:PaymentTerms>
    <cbc:Note>Zahlbar innerhalb von 30 Tagen ohne Abzug.</cbc:Note>
  </cac:PaymentTerms>
  <cac:TaxTotal>
    <cbc:TaxAmount currencyID="EUR">${amount(taxCents)}</cbc:TaxAmount>
    <cac:TaxSubtotal>
      <cbc:TaxableAmount currencyID="EUR">${amount(netCents)}</cbc:TaxableAmount>
      <cbc:TaxAmount currencyID="EUR">${amount(taxCents)}</cbc:TaxAmount>
      <cac:TaxCategory>
        <cbc:ID>S</cbc:ID>
        <cbc:Percent>19</cbc:Percent>
        <cac:TaxScheme>
          <cbc:ID>VAT</cbc:ID>
        </cac:TaxScheme>
      </cac:TaxCategory>
    </cac:TaxSubtotal>
  </cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="EUR">${amount(netCents)}</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="EUR">${amount(netCents)}</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="EUR">${amount(grossCents)}</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount currencyID="EUR">${amount(grossCents)}</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
${lines
  .map(
    (line) => `  <cac:InvoiceLine>
    <cbc:ID>${line.id}</cbc:ID>
    <cbc:InvoicedQuantity unitCode="C62">${line.quantity}</cbc:InvoicedQuantity>
    <cbc:LineExtensionAmount currencyID="EUR">${amount(line.totalCents)}</cbc:LineExtensionAmount>
    <cac:Item>
      <cbc:Name>${escape(line.name)}</cbc:Name>
      <cac:ClassifiedTaxCategory>
        <cbc:ID>S</cbc:ID>
        <cbc:Percent>19</cbc:Percent>
        <cac:TaxScheme>
          <cbc:ID>VAT</cbc:ID>
        </cac:TaxScheme>
      </cac:ClassifiedTaxCategory>
    </cac:Item>
    <cac:Price>
      <cbc:PriceAmount currencyID="EUR">${amount(line.priceCents)}</cbc:PriceAmount>
    </cac:Price>
  </cac:InvoiceLine>`,
  )
  .join('\n')}
</ubl:Invoice>
`;
}

export function sampleCiiInvoice(options: SampleInvoiceOptions = {}): string {
  const { lines, netCents, taxCents } = invoiceLines(options.lines ?? 3);
  const buyerReference = options.buyerReference ?? '04011000-12345-34';
  const grossCents = netCents + taxCents;
  return `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
  xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
  xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext>
    <ram:BusinessProcessSpecifiedDocumentContextParameter>
      <ram:ID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</ram:ID>
    </ram:BusinessProcessSpecifiedDocumentContextParameter>
    <ram:GuidelineSpecifiedDocumentContextParameter>
      <ram:ID>${escape(options.customizationId ?? xrechnungCustomizationId)}</ram:ID>
    </ram:GuidelineSpecifiedDocumentContextParameter>
  </rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument>
    <ram:ID>${escape(options.invoiceNumber ?? 'RE-2025-0816')}</ram:ID>
    <ram:TypeCode>380</ram:TypeCode>
    <ram:IssueDateTime>
      <udt:DateTimeString format="102">20250314</udt:DateTimeString>
    </ram:IssueDateTime>
  </rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
${lines
  .map(
    (line) => `    <ram:IncludedSupplyChainTradeLineItem>
      <ram:AssociatedDocumentLineDocument>
        <ram:LineID>${line.id}</ram:LineID>
      </ram:AssociatedDocumentLineDocument>
      <ram:SpecifiedTradeProduct>
        <ram:Name>${escape(line.name)}</ram:Name>
      </ram:SpecifiedTradeProduct>
      <ram:SpecifiedLineTradeAgreement>
        <ram:NetPriceProductTradePrice>
          <ram:ChargeAmount>${amount(line.priceCents)}</ram:ChargeAmount>
        </ram:NetPriceProductTradePrice>
      </ram:SpecifiedLineTradeAgreement>
      <ram:SpecifiedLineTradeDelivery>
        <ram:BilledQuantity unitCode="C62">${line.quantity}</ram:BilledQuantity>
      </ram:SpecifiedLineTradeDelivery>
      <ram:SpecifiedLineTradeSettlement>
        <ram:ApplicableTradeTax>
          <ram:TypeCode>VAT</ram:TypeCode>
          <ram:CategoryCode>S</ram:CategoryCode>
          <ram:RateApplicablePercent>19</ram:RateApplicablePercent>
        </ram:ApplicableTradeTax>
        <ram:SpecifiedTradeSettlementLineMonetarySummation>
          <ram:LineTotalAmount>${amount(line.totalCents)}</ram:LineTotalAmount>
        </ram:SpecifiedTradeSettlementLineMonetarySummation>
      </ram:SpecifiedLineTradeSettlement>
    </ram:IncludedSupplyChainTradeLineItem>`,
  )
  .join('\n')}
    <ram:ApplicableHeaderTradeAgreement>
${buyerReference ? `      <ram:BuyerReference>${escape(buyerReference)}</ram:BuyerReference>\n` : ''}      <ram:SellerTradeParty>
        <ram:Name>Bürobedarf Müller GmbH</ram:Name>
        <ram:DefinedTradeContact>
          <ram:PersonName>Erika Müller</ram:PersonName>
          <ram:TelephoneUniversalCommunication>
            <ram:CompleteNumber>+49 212 123456</ram:CompleteNumber>
          </ram:TelephoneUniversalCommunication>
          <ram:EmailURIUniversalCommunication>
            <ram:URIID>erika.mueller@buerobedarf-mueller.example</ram:URIID>
          </ram:EmailURIUniversalCommunication>
        </ram:DefinedTradeContact>
        <ram:PostalTradeAddress>
          <ram:PostcodeCode>42651</ram:PostcodeCode>
          <ram:LineOne>Hauptstraße 12</ram:LineOne>
          <ram:CityName>Solingen</ram:CityName>
          <ram:CountryID>DE</ram:CountryID>
        </ram:PostalTradeAddress>
        <ram:URIUniversalCommunication>
          <ram:URIID schemeID="EM">rechnung@buerobedarf-mueller.example</ram:URIID>
        </ram:URIUniversalCommunication>
        <ram:SpecifiedTaxRegistration>
          <ram:ID schemeID="VA">DE123456789</ram:ID>
        </ram:SpecifiedTaxRegistration>
      </ram:SellerTradeParty>
      <ram:BuyerTradeParty>
        <ram:Name>Stadt Leichlingen (Rheinland)</ram:Name>
        <ram:PostalTradeAddress>
          <ram:PostcodeCode>42799</ram:PostcodeCode>
          <ram:LineOne>Am Büscherhof 1</ram:LineOne>
          <ram:CityName>Leichlingen (Rheinland)</ram:CityName>
          <ram:CountryID>DE</ram:CountryID>
        </ram:PostalTradeAddress>
        <ram:URIUniversalCommunication>
          <ram:URIID schemeID="EM">rechnungseingang@leichlingen.example</ram:URIID>
        </ram:URIUniversalCommunication>
      </ram:BuyerTradeParty>
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeDelivery/>
    <ram:ApplicableHeaderTradeSettlement>
      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
      <ram:SpecifiedTradeSettlementPaymentMeans>
        <ram:TypeCode>58</ram:TypeCode>
        <ram:PayeePartyCreditorFinancialAccount>
          <ram:IBANID>${escape(options.iban ?? 'DE89370400440532013000')}</ram:IBANID>
        </ram:PayeePartyCreditorFinancialAccount>
      </ram:SpecifiedTradeSettlementPaymentMeans>
      <ram:ApplicableTradeTax>
        <ram:CalculatedAmount>${amount(taxCents)}</ram:CalculatedAmount>
        <ram:TypeCode>VAT</ram:TypeCode>
        <ram:BasisAmount>${amount(netCents)}</ram:BasisAmount>
        <ram:CategoryCode>S</ram:CategoryCode>
        <ram:RateApplicablePercent>19</ram:RateApplicablePercent>
      </ram:ApplicableTradeTax>
      <ram:SpecifiedTradePaymentTerms>
        <ram:Description>Zahlbar innerhalb von 30 Tagen ohne Abzug.</ram:Description>
        <ram:DueDateDateTime>
          <udt:DateTimeString format="102">20250413</udt:DateTimeString>
        </ram:DueDateDateTime>
      </ram:SpecifiedTradePaymentTerms>
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        <ram:LineTotalAmount>${amount(netCents)}</ram:LineTotalAmount>
        <ram:TaxBasisTotalAmount>${amount(netCents)}</ram:TaxBasisTotalAmount>
        <ram:TaxTotalAmount currencyID="EUR">${amount(taxCents)}</ram:TaxTotalAmount>
        <ram:GrandTotalAmount>${amount(grossCents)}</ram:GrandTotalAmount>
        <ram:DuePayableAmount>${amount(grossCents)}</ram:DuePayableAmount>
      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
`;
}
