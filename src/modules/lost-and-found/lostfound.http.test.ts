// The Fundbüro over HTTP, as the "done when" describes it without the browser, plus its bad input:
// a citizen reports a lost wallet, the clerk registers a found one (with a photo), the match mail carries
// a link, the owner claims, the clerk confirms and hands over with the fee and reward worked out by hand;
// the public never sees the finder's name or the serial number; bad input stores nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { createBrowser, csrfTokenIn, hostA } from '../../test-app.ts';
import { pngImage, registerItem, startLostFoundApp, WALLET } from './lostfound.test-helpers.ts';

const reporter = 'erika@example.org';

async function reportLoss(browser: ReturnType<typeof createBrowser>, form: Record<string, string>) {
  return browser.submit('/fundbuero/verlust-melden', '/fundbuero/verlust-melden', form);
}

const lostWallet = {
  name: 'Erika Mustermann',
  email: reporter,
  category: 'wallet',
  description: 'Schwarzes Portemonnaie aus Leder, darin Ausweis und EC-Karte',
  colour: 'schwarz',
  brand: 'Bree',
  serialNumber: '',
  lostFrom: '2026-03-01',
  lostTo: '',
  place: 'Marktplatz',
  district: 'Stadtmitte',
};

test('a wallet reported lost the day before is matched, claimed and handed over with fee and reward', async (t) => {
  const setup = await startLostFoundApp(t);
  const { clerk, visitor, rows, mailsTo } = setup;

  const reported = await reportLoss(visitor, lostWallet);
  assert.equal(reported.statusCode, 303, reported.body.slice(0, 2000));
  const reportPage = await visitor.get(String(reported.headers.location));
  assert.equal(reportPage.statusCode, 200);
  assert.match(reportPage.body, /Bisher passt keine Fundsache/);
  assert.match((await mailsTo(reporter))[0]!.subject, /Ihre Verlustanzeige VA-\d{6}/);

  const registered = await registerItem(setup, WALLET, [{ fileName: 'geldboerse.png', content: pngImage() }]);
  assert.equal(registered.statusCode, 303, registered.body.slice(0, 3000));
  const itemPath = String(registered.headers.location).split('?')[0]!;
  const itemPage = await clerk.get(String(registered.headers.location));
  assert.match(itemPage.body, /Die Fundsache ist registriert/);
  assert.match(itemPage.body, /Karl Finder/, 'staff see the finder');
  assert.match(itemPage.body, /L01X00T47/, 'staff see the serial number');
  // The item is a case in the Fundbüro's file of the year, its photo a document there.
  const [filed] = await rows(sql<{ title: string; reference: string; documents: number }>`
    select f.title, f.reference, (select count(*)::int from records_documents d where d.case_id = c.id) as documents
    from lost_found_items i join records_cases c on c.id = i.case_id join records_files f on f.id = c.file_id
    where i.serial_number = 'L01X00T47'`);
  assert.equal(filed!.title, 'Fundsachen 2026');
  assert.equal(filed!.documents, 1);

  // The match mail with its link; the office's mailbox hears of it too.
  const [matchMail] = (await mailsTo(reporter)).filter((mail) => /Möglicher Treffer/.test(mail.subject));
  assert.ok(matchMail, 'the citizen gets the match mail');
  const link = /https?:\/\/[^/\s]+(\/fundbuero\/treffer\/[0-9a-f-]{36}\?token=[A-Za-z0-9_-]+)/.exec(
    matchMail.text,
  )?.[1];
  assert.ok(link, matchMail.text);
  assert.ok((await mailsTo('fundbuero@leichlingen.example')).some((mail) => /prüfen/.test(mail.subject)));

  const matchPage = await visitor.get(link);
  assert.equal(matchPage.statusCode, 200);
  assert.doesNotMatch(matchPage.body, /Karl Finder|L01X00T47|Erika Mustermann, EC|Tresor/);
  const matchId = /treffer\/([0-9a-f-]{36})/.exec(link)![1]!;
  const token = new URL(`http://x${link}`).searchParams.get('token')!;
  const itemId = itemPath.split('/').pop()!;
  const claimed = await visitor.post(`/fundbuero/fundsachen/${itemId}/anspruch`, {
    _csrf: csrfTokenIn(matchPage.body),
    match: matchId,
    token,
    name: 'Erika Mustermann',
    email: reporter,
    statement: 'Im Portemonnaie liegt mein Ausweis und ein Foto meines Hundes Bello.',
  });
  assert.equal(claimed.statusCode, 303, claimed.body.slice(0, 2000));

  // The clerk confirms the match and hands the wallet over: 80 € value → fee 5 € + 2 % = 6,60 € (DEMO
  // schedule), finder's reward 5 % of 80 € = 4,00 € (§ 971 Abs. 1 S. 2 BGB); together 10,60 €.
  const withClaim = await clerk.get(itemPath);
  assert.match(withClaim.body, /Im Portemonnaie liegt mein Ausweis/);
  assert.match(withClaim.body, /6,60 €/);
  assert.match(withClaim.body, /4,00 € \(§ 971 Abs\. 1 S\. 2 BGB\)/);
  assert.match(withClaim.body, /10,60 €/);
  const confirmed = await clerk.post(`/intern/fundbuero/treffer/${matchId}`, {
    _csrf: csrfTokenIn(withClaim.body),
    decision: 'confirmed',
  });
  assert.equal(confirmed.statusCode, 303);
  const claimId = /<option value="([0-9a-f-]{36})"[^>]*>Erika Mustermann/.exec(
    (await clerk.get(itemPath)).body,
  )?.[1];
  assert.ok(claimId);
  const handed = await clerk.post(`${itemPath}/herausgabe`, {
    _csrf: csrfTokenIn(withClaim.body),
    claimId,
    ownerName: 'Erika Mustermann',
    proofMethod: 'id_document',
    proofDetails: 'Personalausweis vorgelegt; Name stimmt mit dem Ausweis in der Geldbörse überein.',
  });
  assert.equal(handed.statusCode, 303, handed.body.slice(0, 3000));
  const [item] = await rows(sql<{
    status: string;
    fee_cents: string;
    reward_cents: string;
    proof_method: string;
  }>`
    select status, fee_cents::text, reward_cents::text, proof_method from lost_found_items where id = ${itemId}`);
  assert.deepEqual(item, {
    status: 'returned',
    fee_cents: '660',
    reward_cents: '400',
    proof_method: 'id_document',
  });
  const [report] = await rows(sql<{ status: string }>`select status from lost_found_reports`);
  assert.equal(report!.status, 'resolved');
  const actions = await rows(sql<{ action: string }>`
    select action from audit_entries where action like 'lost-and-found.%' order by seq`);
  assert.deepEqual(
    actions.map((row) => row.action),
    [
      'lost-and-found.loss_reported',
      'lost-and-found.item_registered',
      'lost-and-found.match_suggested',
      'lost-and-found.item_claimed',
      'lost-and-found.match_confirmed',
      'lost-and-found.item_handed_over',
    ],
  );
  // Handed over: no longer in the public search, and the second handover is refused.
  assert.doesNotMatch((await visitor.get('/fundbuero?category=wallet')).body, /Geldbörse aus Leder/);
});

test('the public search shows safe fields only: never the finder, the serial number or internal features', async (t) => {
  const setup = await startLostFoundApp(t);
  const { visitor } = setup;
  const registered = await registerItem(
    setup,
    {
      ...WALLET,
      // A clerk's slip: a card number typed into the public description is cut out all the same.
      description: 'Schwarze Geldbörse, darin Karte 4711 0815 1234',
      photosPublic: 'ja',
    },
    [{ fileName: 'foto.png', content: pngImage() }],
  );
  assert.equal(registered.statusCode, 303, registered.body.slice(0, 2000));
  const search = await visitor.get(
    '/fundbuero?category=wallet&from=2026-03-01&to=2026-03-02&place=Marktplatz',
  );
  assert.equal(search.statusCode, 200);
  assert.match(search.body, /Schwarze Geldbörse, darin Karte …/);
  for (const secret of [
    /Karl Finder/,
    /L01X00T47/,
    /Tresor/,
    /Personalausweis auf den Namen/,
    /0170/,
    /4711/,
  ])
    assert.doesNotMatch(search.body, secret);
  const itemId = String(registered.headers.location).split('?')[0]!.split('/').pop()!;
  const page = await visitor.get(`/fundbuero/fundsachen/${itemId}`);
  for (const secret of [/Karl Finder/, /L01X00T47/, /Tresor/, /80,00/])
    assert.doesNotMatch(page.body, secret);
  const photo = /src="(\/fundbuero\/fundsachen\/[^"]+\/fotos\/[^"]+)"/.exec(page.body)?.[1];
  assert.ok(photo, 'the photo is public as staff allowed');
  const image = await visitor.get(photo);
  assert.equal(image.statusCode, 200);
  assert.equal(image.headers['content-type'], 'image/png');
  // Another search, a date range without the find: nothing.
  assert.match(
    (await visitor.get('/fundbuero?from=2026-01-01&to=2026-01-31')).body,
    /Keine Fundsache gefunden/,
  );
});

test('bad input is refused with clear messages and stores nothing', async (t) => {
  const setup = await startLostFoundApp(t);
  const { visitor, rows } = setup;
  const count = async (table: string) =>
    Number((await rows(sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`))[0]!.n);
  const itemsBefore = await count('lost_found_items');

  const future = await reportLoss(visitor, { ...lostWallet, lostFrom: '2026-03-05' });
  assert.equal(future.statusCode, 400);
  assert.match(future.body, /Das Datum liegt in der Zukunft/);
  assert.equal(await count('lost_found_reports'), 0);

  const notNumber = await registerItem(setup, { ...WALLET, value: 'etwa achtzig' });
  assert.equal(notNumber.statusCode, 400);
  assert.match(notNumber.body, /Bitte geben Sie einen Betrag in Euro als Zahl an/);
  assert.match(notNumber.body, /value="Bushaltestelle Marktplatz"/, 'what was typed stays in the form');

  const notImage = await registerItem(setup, WALLET, [
    {
      fileName: 'foto.png',
      content: Buffer.from('Dies ist kein Bild, nur Text.\n'),
      contentType: 'image/png',
    },
  ]);
  assert.equal(notImage.statusCode, 400);
  assert.match(notImage.body, /foto\.png: Das ist kein Foto/);
  const pdf = await registerItem(setup, WALLET, [
    { fileName: 'scan.jpg', content: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n') },
  ]);
  assert.equal(pdf.statusCode, 400);
  assert.equal(await count('lost_found_items'), itemsBefore);
  assert.equal(await count('lost_found_photos'), 0);
  assert.equal(await count('records_blob_claims'), 0);

  const futureFind = await registerItem(setup, { ...WALLET, foundOn: '2027-01-01' });
  assert.equal(futureFind.statusCode, 400);
  assert.match(futureFind.body, /Fundtag: Das Datum liegt in der Zukunft/);
  assert.equal(await count('lost_found_items'), itemsBefore);
});

test('a hundred loss reports a minute from one address are cut off after ten', async (t) => {
  const setup = await startLostFoundApp(t);
  const { visitor, rows } = setup;
  const page = await visitor.get('/fundbuero/verlust-melden');
  const statuses: number[] = [];
  for (let i = 0; i < 100; i += 1) {
    const response = await visitor.post('/fundbuero/verlust-melden', {
      ...lostWallet,
      _csrf: csrfTokenIn(page.body),
    });
    statuses.push(response.statusCode);
  }
  assert.equal(statuses.filter((status) => status === 303).length, 10);
  assert.equal(statuses.filter((status) => status === 429).length, 90);
  const [count] = await rows(sql<{ n: number }>`select count(*)::int as n from lost_found_reports`);
  assert.equal(count!.n, 10);
  const refused = await visitor.post('/fundbuero/verlust-melden', {
    ...lostWallet,
    _csrf: csrfTokenIn(page.body),
  });
  assert.match(refused.body, /Zu viele Anfragen/);
});

test('a finder reports online, the clerk registers it; the § 973 period decides when it goes to the finder', async (t) => {
  const setup = await startLostFoundApp(t);
  const { app, clerk, visitor, rows } = setup;
  const reported = await visitor.submit('/fundbuero/fund-melden', '/fundbuero/fund-melden', {
    category: 'phone',
    description: 'Smartphone mit blauer Hülle',
    colour: 'blau',
    brand: 'Samsung',
    foundOn: '2026-03-01',
    foundPlace: 'Stadtpark',
    value: '120',
    finderName: 'Paula Finderin',
    finderContact: 'paula@example.org',
    finderChoice: 'ownership',
    keptByFinder: '',
  });
  assert.equal(reported.statusCode, 303, reported.body.slice(0, 2000));
  assert.match(
    (await visitor.get(String(reported.headers.location))).body,
    /Ihre Fundanzeige FU-\d{6} ist eingegangen/,
  );
  const [item] = await rows(
    sql<{
      id: string;
      status: string;
    }>`select id, status from lost_found_items where finder_name = 'Paula Finderin'`,
  );
  assert.equal(item!.status, 'reported');
  const overview = await clerk.get('/intern/fundbuero');
  assert.match(overview.body, /Fundanzeigen zur Übernahme/);
  const itemPath = `/intern/fundbuero/fundsachen/${item!.id}`;
  const accepted = await clerk.post(`${itemPath}/annehmen`, {
    _csrf: csrfTokenIn(overview.body),
    storagePlace: 'Schublade 2',
  });
  assert.equal(accepted.statusCode, 303);
  // Registered 2 March 2026: the six months (§ 973 Abs. 1 S. 1, §§ 187, 188 BGB) end on 2 September.
  const page = await clerk.get(itemPath);
  assert.match(page.body, /02\.09\.2026 – Eigentum geht an den Finder/);
  assert.doesNotMatch(page.body, /An Finder herausgeben/);
  const early = await clerk.post(`${itemPath}/status`, { _csrf: csrfTokenIn(page.body), step: 'to_finder' });
  assert.equal(early.statusCode, 409);
  assert.match(early.body, /Die Frist nach § 973 BGB läuft noch bis 02\.09\.2026/);

  // The week before the end the item is on the list of periods ending this week.
  app.clock.advance(178 * 86_400_000);
  const staff = createBrowser(app.server, hostA, { remoteAddress: '10.1.0.9' });
  await staff.signIn('jonas.becker@leichlingen.example', 'Demo-2026!');
  const week = await staff.get('/intern/fundbuero');
  assert.match(week.body, /Fristende bis sechs Tage ab heute[\s\S]*Handy \/ Smartphone/);
  app.clock.advance(7 * 86_400_000);
  await staff.signIn('jonas.becker@leichlingen.example', 'Demo-2026!');
  const after = await staff.get(itemPath);
  assert.match(after.body, /An Finder herausgeben/);
  const moved = await staff.post(`${itemPath}/status`, { _csrf: csrfTokenIn(after.body), step: 'to_finder' });
  assert.equal(moved.statusCode, 303);
  const [done] = await rows(
    sql<{ status: string }>`select status from lost_found_items where id = ${item!.id}`,
  );
  assert.equal(done!.status, 'handed_to_finder');
});
