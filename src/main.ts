// The command line: rathaus serve | worker | migrate | seed | audit verify | invoice validate | config.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildHttpServer, openPlatform, type Platform } from './app.ts';
import { auditCommand } from './modules/audit/index.ts';
import {
  createInvoiceValidationPool,
  invoiceValidateCommand,
  invoicesValidationConfig,
} from './modules/invoices/index.ts';
import { missingIngestTools } from './modules/records/index.ts';
import { configSections, loadConfig, type AppConfig } from './config.ts';
import { describeSections, readSection } from './platform/config/config-keys.ts';
import { seedDemo } from './seed.ts';

const help = `Rathaus – das digitale Rathaus

Aufruf: rathaus <Befehl> [Optionen]

Befehle:
  serve [--seed]   Webserver starten (führt Migrationen aus; --seed lädt die Demo-Kommune)
  worker           Hintergrundaufträge abarbeiten (ohne Webserver)
  migrate          Datenbank-Migrationen ausführen
  seed             Demo-Kommune "Stadt Leichlingen (Rheinland)" laden
  audit verify     Protokollkette (Audit-Trail) jeder Kommune nachrechnen; Exit-Code 1 bei Manipulation
  invoice validate DATEI|ORDNER …
                   E-Rechnungen prüfen wie der KoSIT-Validator (XRechnung): je Datei ACCEPT oder REJECT
                   mit den Regeln der Fehler; Exit-Code 1, wenn eine abgelehnt wird
  config           Alle Konfigurationsvariablen mit Standardwerten anzeigen

Ohne DATABASE_URL arbeitet Rathaus mit dem eingebetteten PGlite im Datenverzeichnis (DATA_DIR, Standard ./data).
Mit DATABASE_URL=postgres://… laufen dieselben Befehle gegen einen PostgreSQL-Server.
`;

function fail(message: string): never {
  process.stderr.write(`Fehler: ${message}\n`);
  process.exit(1);
}

async function withPlatform<T>(config: AppConfig, work: (platform: Platform) => Promise<T>): Promise<T> {
  const platform = await openPlatform(config);
  try {
    return await work(platform);
  } finally {
    await platform.close();
  }
}

function printLogins(result: Awaited<ReturnType<typeof seedDemo>>, url?: string) {
  if (url) process.stdout.write(`\nRathaus läuft: ${url}\n`);
  process.stdout.write(`Demo-Kommune: ${result.tenant.name}\n`);
  if (result.logins.length > 0) {
    process.stdout.write('Demo-Zugänge (Mitarbeitende: /intern, Bürgerkonto: /konto/anmelden):\n');
    for (const login of result.logins)
      process.stdout.write(`  ${login.email.padEnd(36)} ${login.password.padEnd(14)} ${login.description}\n`);
  }
}

async function serve(config: AppConfig, seed: boolean) {
  const platform = await openPlatform(config);
  const seeded = seed ? await seedDemo(platform.database.db) : undefined;
  const server = await buildHttpServer(platform);
  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    server.log.info({ signal }, 'shutting down: finishing requests in flight');
    // Fastify stops accepting connections and waits for requests in flight before close resolves.
    await server.close();
    await platform.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  try {
    await server.listen({ port: config.http.port, host: config.http.host });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    await platform.close();
    if (code === 'EADDRINUSE')
      fail(`Port ${config.http.port} ist belegt / port in use. Anderen Port mit PORT=… wählen.`);
    if (code === 'EACCES') fail(`Port ${config.http.port} darf nicht geöffnet werden / permission denied.`);
    throw error;
  }
  if (config.jobs.inProcess)
    platform.jobs.start({ concurrency: config.jobs.concurrency, pollIntervalMs: config.jobs.pollMs });
  const url = config.http.publicUrl ?? `http://localhost:${config.http.port}`;
  await warnAboutMissingTools();
  if (seeded) printLogins(seeded, url);
  else process.stdout.write(`Rathaus läuft: ${url}\n`);
}

/** Uploads and OCR need Debian's document tools; without them uploads are refused (README, "Two commands"). */
async function warnAboutMissingTools() {
  const missing = await missingIngestTools();
  if (missing.length === 0) return;
  process.stderr.write(
    `Warnung: Es fehlen Programme für Dokumente/OCR: ${missing.join(', ')}. Hochladen ist so nicht möglich.\n` +
      '  Debian: apt-get install -y qpdf poppler-utils ghostscript tesseract-ocr-deu ocrmypdf\n',
  );
}

async function worker(config: AppConfig) {
  // PGlite's data directory belongs to one process; separate workers need a PostgreSQL server.
  if (!config.db.databaseUrl)
    fail(
      'Ein eigener Worker braucht DATABASE_URL (PostgreSQL). Mit PGlite arbeitet "serve" die Aufträge selbst ab.',
    );
  const platform = await openPlatform(config);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    process.stdout.write('Worker hält an: laufende Aufträge werden beendet …\n');
    await platform.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  platform.jobs.start({ concurrency: config.jobs.concurrency, pollIntervalMs: config.jobs.pollMs });
  await warnAboutMissingTools();
  process.stdout.write(`Worker läuft (${config.jobs.concurrency} gleichzeitige Aufträge).\n`);
}

/** Validates in worker threads, one per core; the first run compiles the rules once (about half a minute). */
async function validateInvoices(files: string[]): Promise<number> {
  const settings = readSection(invoicesValidationConfig, process.env);
  if (!existsSync(path.join(settings.configurationDirectory, 'scenarios.xml')))
    fail(
      `Keine Prüfkonfiguration in ${settings.configurationDirectory} (scenarios.xml fehlt). XRECHNUNG_CONFIG_DIR setzen.`,
    );
  const pool = createInvoiceValidationPool({
    configurationDirectory: settings.configurationDirectory,
    workers: settings.workers,
    limits: { maxBytes: settings.maxBytes },
  });
  try {
    return await invoiceValidateCommand(files, pool);
  } finally {
    await pool.close();
  }
}

async function main(argv: string[]) {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h' }, seed: { type: 'boolean' } },
  });
  const command = positionals[0];
  if (values.help || !command || command === 'help') {
    process.stdout.write(help);
    return;
  }
  if (command === 'config') {
    process.stdout.write(`${describeSections(configSections).join('\n')}\n`);
    return;
  }
  const config = loadConfig();
  switch (command) {
    case 'serve':
      return serve(config, values.seed ?? false);
    case 'migrate':
      return withPlatform(config, async () =>
        process.stdout.write('Datenbank ist auf dem neuesten Stand.\n'),
      );
    case 'seed':
      return withPlatform(config, async (platform) => printLogins(await seedDemo(platform.database.db)));
    case 'worker':
      return worker(config);
    case 'audit':
      if (positionals[1] !== 'verify') fail('Aufruf: rathaus audit verify');
      process.exitCode = await withPlatform(config, (platform) => auditCommand(platform.database.db));
      return;
    case 'invoice':
      if (positionals[1] !== 'validate') fail('Aufruf: rathaus invoice validate DATEI|ORDNER …');
      process.exitCode = await validateInvoices(positionals.slice(2));
      return;
    default:
      fail(`Unbekannter Befehl "${command}". Hilfe: rathaus --help`);
  }
}

main(process.argv.slice(2)).catch((error: Error) => {
  // Known start-up failures (config, database, data directory) are one clear line; anything else too.
  fail(error.message);
});
