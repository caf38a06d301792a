import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderPdf, type PdfBlock } from '../../../platform/pdf/index.ts';
import { flat, pdfText } from '../../../platform/pdf/pdf.test-tools.ts';
import { DEMO_SITE_INFO } from '../portal.seed.ts';
import { buildNoticeSpec, textBlocks, type NoticeSpecInput } from './notices.letter.ts';
import { demoNoticeTemplates } from './notices.seed.ts';

const [approval, rejection] = demoNoticeTemplates;

function input(changes: Partial<NoticeSpecInput> = {}): NoticeSpecInput {
  return {
    template: approval!,
    site: DEMO_SITE_INFO,
    application: {
      reference: 'A-2026-000042',
      submittedAt: new Date('2026-03-02T09:30:00Z'),
      fileReference: '32.12.02-0001/2026',
      serviceName: 'Bewohnerparkausweis beantragen',
      feeCents: 6140,
      answers: {
        firstName: 'Erika',
        lastName: 'Mustermann',
        licencePlate: 'GL-AB 123',
        validityYears: '2',
        address: { street: 'Kirchstraße', houseNumber: '5', postalCode: '42799', city: 'Leichlingen' },
      },
    },
    applicant: { name: 'Erika Mustermann', addressLines: ['Kirchstraße 5', '42799 Leichlingen'] },
    signer: { name: 'Jonas Becker', role: 'Ordnungsamt' },
    date: new Date('2026-03-10T10:00:00Z'),
    ...changes,
  };
}

test('a notice is a DIN 5008 letter from the authority to the applicant with both references', () => {
  const spec = buildNoticeSpec(input());
  assert.equal(spec.language, 'de-DE');
  assert.deepEqual(spec.letterhead?.sender, [
    DEMO_SITE_INFO.authority,
    DEMO_SITE_INFO.street,
    `${DEMO_SITE_INFO.postalCode} ${DEMO_SITE_INFO.city}`,
  ]);
  assert.deepEqual(spec.letterhead?.recipient, ['Erika Mustermann', 'Kirchstraße 5', '42799 Leichlingen']);
  assert.equal(spec.letterhead?.date, 'Datum: 10. März 2026');
  assert.equal(spec.letterhead?.reference, 'Aktenzeichen: 32.12.02-0001/2026');
  assert.ok(spec.letterhead?.info?.includes('Ihr Zeichen: A-2026-000042'));
  assert.ok(spec.letterhead?.info?.includes('Ihr Antrag vom 2. März 2026'));
  assert.match(spec.footer ?? '', /^Stadt Leichlingen .* · Am Büscherhof 1 · 42799 /);
});

test('the blocks are: subject heading, body, signature "Im Auftrag", then the Rechtsbehelfsbelehrung', () => {
  const { blocks } = buildNoticeSpec(input());
  assert.deepEqual(blocks[0], {
    type: 'heading',
    level: 1,
    text: 'Bewohnerparkausweis für das Fahrzeug GL-AB 123',
  });
  assert.deepEqual(blocks[1], { type: 'paragraph', text: 'Guten Tag Erika Mustermann,' });
  const list = blocks.find((block) => block.type === 'list');
  assert.deepEqual(list, {
    type: 'list',
    items: [
      'Fahrzeug mit dem Kennzeichen GL-AB 123',
      'gültig für 2 Jahr(e) ab dem Datum dieses Bescheids',
      'Gebühr: 61,40\u00a0€',
    ],
  });
  const signatureAt = blocks.findIndex((block) => block.type === 'signature');
  const remedyAt = blocks.findIndex((block) => block.type === 'heading' && block.level === 2);
  assert.deepEqual(blocks[signatureAt], {
    type: 'signature',
    closing: 'Mit freundlichen Grüßen\nIm Auftrag',
    name: 'Jonas Becker',
    role: 'Ordnungsamt',
  });
  assert.ok(signatureAt > 1 && remedyAt === signatureAt + 1, 'remedy after the signature');
  assert.deepEqual(blocks[remedyAt], { type: 'heading', level: 2, text: 'Rechtsbehelfsbelehrung' });
  const remedy = blocks.slice(remedyAt + 1) as Extract<PdfBlock, { type: 'paragraph' }>[];
  assert.match(String(remedy[0]?.text), /innerhalb eines Monats .* Klage beim Verwaltungsgericht Köln/);
  assert.match(String(remedy[1]?.text), /§ 55a der Verwaltungsgerichtsordnung/);
});

test('the rejection carries the clerk\'s reason; without one the letter shows "—"', () => {
  const withReason = buildNoticeSpec(
    input({ template: rejection!, reason: 'Kein Hauptwohnsitz in der Zone.' }),
  );
  assert.ok(
    withReason.blocks.some(
      (block) => block.type === 'paragraph' && block.text === 'Begründung:\nKein Hauptwohnsitz in der Zone.',
    ),
  );
  const without = buildNoticeSpec(input({ template: rejection! }));
  assert.ok(without.blocks.some((block) => block.type === 'paragraph' && block.text === 'Begründung:\n—'));
});

test('without a legal remedy there is no remedy heading', () => {
  const spec = buildNoticeSpec(input({ template: { ...approval!, kind: 'other', legalRemedy: '' } }));
  assert.ok(!spec.blocks.some((block) => block.type === 'heading' && block.level === 2));
});

test('structure is read before values are filled: a value cannot make a list item or paragraph', () => {
  const blocks = textBlocks('Grund: {{begruendung}}\n- Punkt {{aktenzeichen}}', (line) =>
    line.replace('{{begruendung}}', 'a\n\n- b').replace('{{aktenzeichen}}', '\n\nx'),
  );
  assert.deepEqual(blocks, [
    { type: 'paragraph', text: 'Grund: a\n\n- b' },
    { type: 'list', items: ['Punkt \n\nx'] },
  ]);
});

test('hostile text in answers and reason comes out of the PDF literally', async () => {
  const hostile = ') Tj ET BT (\\) {{datum}} <script>';
  const spec = buildNoticeSpec(
    input({
      template: rejection!,
      reason: hostile,
      applicant: { name: 'Erika (Mustermann)', addressLines: ['Kirchstraße 5', '42799 Leichlingen'] },
    }),
  );
  const text = flat(await pdfText(renderPdf(spec)));
  assert.ok(text.includes(hostile), text);
  assert.ok(text.includes('Guten Tag Erika (Mustermann),'));
  assert.ok(text.includes('Rechtsbehelfsbelehrung'));
  assert.ok(text.includes('Ihr Zeichen: A-2026-000042'));
});
