// The real Rathaus server, in this process, on a random loopback port: a fresh migrated database
// (PGlite by default, PostgreSQL when TEST_DATABASE_URL is set), the demo town seeded, and Debian's
// Chromium to drive it. Everything is closed again in `close()`.
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildHttpServer, openPlatform, type Platform } from '../../src/app.ts';
import { loadConfig, type AppConfig } from '../../src/config.ts';
import { seedDemo, type SeedResult } from '../../src/seed.ts';
import { createMigratedTestDatabase } from '../../src/test-database.ts';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// We run as root on machines without network: no sandbox, and nothing that phones home.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Journey {
  page: Page;
  context: BrowserContext;
  /** What the browser reported so far (script errors, console errors, CSP violations, failed resources). */
  problems: readonly string[];
  /** Allow problems matching this pattern (e.g. a violation the journey provokes on purpose). */
  allow: (pattern: RegExp) => void;
}

export interface E2eRun {
  baseUrl: string;
  seed: SeedResult;
  browser: Browser;
  /** The mail outbox (nothing is sent from tests): what a person would find in their mailbox. */
  mailer: Platform['mailer'];
  /**
   * Runs one journey in a fresh browser context (own cookies, German browser unless `locale` says otherwise)
   * and fails it when the browser saw a problem: a script error, a console error, a blocked request
   * (Content-Security-Policy), a failed sub-resource (CSS, font, script, image), or a request to another site.
   */
  journey: (run: (journey: Journey) => Promise<void>, options?: { locale?: string }) => Promise<void>;
  close: () => Promise<void>;
}

export interface StartOptions {
  /** A fixed port, for tests whose identity provider must know the redirect URI beforehand. */
  port?: number;
  /** Settings on top of the test defaults, e.g. an OpenID provider (oidc, citizenOidc). */
  config?: { [K in keyof AppConfig]?: Partial<AppConfig[K]> };
  /** Runs the job worker in this process too (OCR, mail), as `serve` does beside the web server. */
  worker?: boolean;
}

export async function startRathaus(options: StartOptions = {}): Promise<E2eRun> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'rathaus-e2e-'));
  const cleanups: (() => Promise<unknown>)[] = [() => rm(dataDir, { recursive: true, force: true })];
  const close = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error: Error) => console.error(error));
  };
  try {
    // An empty environment: a developer's DATABASE_URL or PORT must not leak into the tests.
    const config = loadConfig(
      {},
      {
        ...options.config,
        core: { dataDir, nodeEnv: 'test' },
        http: { host: '127.0.0.1', port: 0, logLevel: 'warn', rateLimitPerMinute: 100_000 },
      },
    );
    const database = await createMigratedTestDatabase<unknown>();
    cleanups.push(() => database.close());
    const platform = await openPlatform(config, { database });
    const seed = await seedDemo(database.db);
    if (options.worker) {
      platform.jobs.start({ concurrency: 1, pollIntervalMs: 100 });
      cleanups.push(() => platform.jobs.stop({ timeoutMs: 10_000 }));
    }
    const server = await buildHttpServer(platform);
    cleanups.push(() => server.close());
    await server.listen({ host: '127.0.0.1', port: options.port ?? 0 });
    const { port } = server.server.address() as AddressInfo;
    const baseUrl = `http://127.0.0.1:${port}`;

    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: chromiumArgs,
      timeout: 30_000,
    });
    cleanups.push(() => browser.close());

    const journey: E2eRun['journey'] = async (run, options = {}) => {
      const context = await browser.newContext({ baseURL: baseUrl, locale: options.locale ?? 'de-DE' });
      context.setDefaultTimeout(10_000);
      try {
        const watch = await watchForProblems(context, new URL(baseUrl).origin);
        const page = await context.newPage();
        await run({ page, context, problems: watch.problems, allow: watch.allow });
        watch.assertNone();
      } finally {
        await context.close();
      }
    };

    return { baseUrl, seed, browser, mailer: platform.mailer, journey, close };
  } catch (error) {
    await close();
    throw error;
  }
}

declare const document: { addEventListener: (type: string, listener: (event: CspEvent) => void) => void };
declare const window: { __reportCspViolation: (text: string) => void };
interface CspEvent {
  violatedDirective: string;
  blockedURI: string;
  sourceFile: string;
  lineNumber: number;
}

async function watchForProblems(context: BrowserContext, origin: string) {
  const problems: string[] = [];
  const allowed: RegExp[] = [];
  // The page reports every Content-Security-Policy violation straight to the test, from every document
  // of the journey. The listener is installed before any page script runs.
  await context.exposeFunction('__reportCspViolation', (text: string) => problems.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__reportCspViolation(
        `CSP ${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  context.on('weberror', (error) => problems.push(`script error: ${error.error().message}`));
  context.on('console', (message) => {
    // Failed loads are reported (with their URL) by the response listener below, which knows
    // whether it was the page itself (a 404 page is fine) or one of its resources.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  // Pages load nothing from elsewhere: no CDN, no fonts or analytics from third parties.
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) {
      problems.push(`request to another site: ${request.url()}`);
    }
  });
  context.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  context.on('response', (response) => {
    if (response.status() >= 400 && !response.request().isNavigationRequest()) {
      problems.push(`resource ${response.url()} answered ${response.status()}`);
    }
  });
  return {
    problems,
    allow: (pattern: RegExp) => allowed.push(pattern),
    assertNone: () => {
      const remaining = problems.filter((problem) => !allowed.some((pattern) => pattern.test(problem)));
      if (remaining.length > 0) {
        throw new Error(
          `The browser reported ${remaining.length} problem(s):\n  - ${remaining.join('\n  - ')}`,
        );
      }
    },
  };
}
