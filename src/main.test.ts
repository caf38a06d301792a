// The command line as a user meets it: one clear line and a non-zero exit code for what stops a start.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sampleCiiInvoice, sampleUblInvoice } from './modules/invoices/index.ts';

const bin = fileURLToPath(new URL('../bin/rathaus.js', import.meta.url));

function run(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { env: { ...process.env, ...env }, timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

test('--help lists the commands', async () => {
  const { code, stdout } = await run(['--help']);
  assert.equal(code, 0);
  for (const command of ['serve', 'worker', 'migrate', 'seed', 'audit verify', 'invoice validate', 'config'])
    assert.match(stdout, new RegExp(`\\n  ${command}`));
});

test('an invalid setting stops with one line naming the variable', async () => {
  const { code, stderr } = await run(['serve'], { PORT: 'dreitausend' });
  assert.equal(code, 1);
  assert.equal(
    stderr.trim(),
    'Fehler: Konfiguration PORT: "dreitausend" ist keine ganze Zahl / is not an integer',
  );
});

test('a port in use stops with one clear line', async (t) => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'rathaus-cli-'));
  const blocker = net.createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  t.after(async () => {
    blocker.close();
    await rm(dataDir, { recursive: true, force: true });
  });
  const port = String((blocker.address() as net.AddressInfo).port);
  const { code, stderr } = await run(['serve'], { PORT: port, DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  assert.equal(code, 1);
  assert.match(stderr.trim(), new RegExp(`^Fehler: Port ${port} ist belegt`));
});

test('an unknown command is named', async () => {
  const { code, stderr } = await run(['zaubern']);
  assert.equal(code, 1);
  assert.match(stderr, /Unbekannter Befehl "zaubern"/);
});

test('audit verify checks the demo data and exits 0 when the chain is intact', async (t) => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'rathaus-cli-'));
  t.after(() => rm(dataDir, { recursive: true, force: true }));
  assert.equal((await run(['seed'], { DATA_DIR: dataDir })).code, 0);
  const { code, stdout } = await run(['audit', 'verify'], { DATA_DIR: dataDir });
  assert.equal(code, 0);
  assert.match(
    stdout,
    /Stadt Leichlingen \(Rheinland\) \(leichlingen\): \d+ Einträge geprüft, Protokollkette unversehrt/,
  );
});

test('invoice validate prints one line per file of a directory and exits 1 when one is rejected', async (t) => {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'rathaus-invoices-'));
  t.after(() => rm(directory, { recursive: true, force: true }));
  await mkdir(path.join(directory, 'eingang'));
  await writeFile(path.join(directory, 'eingang', 'a-ubl.xml'), sampleUblInvoice());
  await writeFile(path.join(directory, 'eingang', 'b-cii.xml'), sampleCiiInvoice());
  await writeFile(
    path.join(directory, 'eingang', 'c-ohne-leitweg-id.xml'),
    sampleUblInvoice({ buyerReference: '' }),
  );
  await writeFile(path.join(directory, 'eingang', 'liesmich.txt'), 'kein XML, wird übergangen');
  const rejected = await run(['invoice', 'validate', path.join(directory, 'eingang')]);
  assert.equal(rejected.code, 1);
  assert.deepEqual(rejected.stdout.trim().split('\n'), [
    `${path.join(directory, 'eingang', 'a-ubl.xml')} ACCEPT`,
    `${path.join(directory, 'eingang', 'b-cii.xml')} ACCEPT`,
    `${path.join(directory, 'eingang', 'c-ohne-leitweg-id.xml')} REJECT BR-DE-15`,
  ]);
  const accepted = await run(['invoice', 'validate', path.join(directory, 'eingang', 'a-ubl.xml')]);
  assert.equal(accepted.code, 0);
});
