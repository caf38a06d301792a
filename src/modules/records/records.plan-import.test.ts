import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translate } from '../../platform/i18n/i18n.ts';
import { parseSemicolonCsv } from './records.plan-import.csv.ts';
import { checkPlanRows } from './records.plan-import.ts';
import { parentCodeOf } from './records.plan.usecases.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const messages = (text: string) =>
  checkPlanRows(bytes(text)).problems.map((problem) => translate('de', problem.text, problem.values));

test('CSV records keep their starting line, also when a quoted field spans lines', () => {
  const result = parseSemicolonCsv('a;"b\r\nc";d\r\n\r\ne;"f ""g""";\n"h;i"');
  assert.ok(result.ok);
  assert.deepEqual(result.records, [
    { line: 1, fields: ['a', 'b\r\nc', 'd'] },
    { line: 4, fields: ['e', 'f "g"', ''] },
    { line: 5, fields: ['h;i'] },
  ]);
  const broken = parseSemicolonCsv('a;b\nc;"d\n');
  assert.deepEqual(broken.ok ? null : broken.line, 2);
  const stray = parseSemicolonCsv('a;"b"c\n');
  assert.equal(stray.ok, false);
});

test('rows become plan groups: German and KGSt words for disposal and confidentiality, empty means inherit', () => {
  const { rows, problems } = checkPlanRows(
    bytes('\uFEFFKennzeichen;Titel\n1;Verwaltung;10;A;offen\n1.1;Sonstiges\n'),
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(
    rows.map(({ code, title, retentionYears, disposal, confidentiality }) => ({
      code,
      title,
      retentionYears,
      disposal,
      confidentiality,
    })),
    [
      { code: '1', title: 'Verwaltung', retentionYears: 10, disposal: 'archive', confidentiality: 'open' },
      { code: '1.1', title: 'Sonstiges', retentionYears: null, disposal: null, confidentiality: null },
    ],
  );
});

test('every problem is reported with its line number', () => {
  assert.deepEqual(messages('code;title\n1;\n1 2;x;;;\n1.1;x;201;;\n1.2;x;;;;extra\n'), [
    'Zeile 2: Die Bezeichnung fehlt.',
    'Zeile 3: Das Kennzeichen „1 2“ ist ungültig. Erlaubt sind Ziffern und Buchstaben, gegliedert durch Punkte oder Bindestriche, höchstens 40 Zeichen.',
    'Zeile 4: Die Aufbewahrungsfrist „201“ ist keine ganze Zahl von 0 bis 200.',
    'Zeile 5: Es sind höchstens 5 Spalten erlaubt, die Zeile hat 6. Enthält eine Bezeichnung ein Semikolon, muss sie in Anführungszeichen stehen.',
  ]);
  assert.deepEqual(messages('1;Eins;;;;\n'), [], 'trailing empty columns as Excel writes them are fine');
  assert.match(messages('')[0]!, /keine Zeilen/);
  const latin1 = checkPlanRows(Uint8Array.from([0x31, 0x3b, 0x47, 0x72, 0xfc, 0x6e, 0x0a])); // "1;Grün" in Latin-1
  assert.match(translate('de', latin1.problems[0]!.text), /nicht UTF-8/);
});

test('the parent follows from the code: segments for dotted codes (must exist), decimal digits for the main groups', () => {
  assert.deepEqual(parentCodeOf('32.11.05'), { code: '32.11', required: true });
  assert.deepEqual(parentCodeOf('63-2'), { code: '63', required: true });
  assert.deepEqual(parentCodeOf('32'), { code: '3', required: false });
  assert.equal(parentCodeOf('3'), undefined);
  assert.equal(parentCodeOf('AB'), undefined);
});
