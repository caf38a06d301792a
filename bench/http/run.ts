// HTTP throughput and latency of Rathaus against a bare Fastify hello-world on the same machine,
// and the idle memory of `rathaus serve` on PGlite. Prints figures; loopback only, bounded in time.
//
//   npm run bench:http                          (defaults: 10 connections, 10 s per target)
//   BENCH_DURATION=5 BENCH_CONNECTIONS=20 npm run bench:http
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import Fastify, { type FastifyInstance } from 'fastify';
import { buildHttpServer, openPlatform } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { seedDemo } from '../../src/seed.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const warmup = 2;
const idleSeconds = 5;
const goals = { portalVsHello: 0.5, idleRssMb: 200 };

interface Figures {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

function urlOf(server: FastifyInstance, pathname: string): string {
  const { port } = server.server.address() as AddressInfo;
  return `http://127.0.0.1:${port}${pathname}`;
}

async function startRathaus(dataDir: string) {
  const config = loadConfig(
    {},
    {
      // production: JSON logs without the pretty-printer; warn: no line per request.
      core: { dataDir, nodeEnv: 'production' },
      http: { host: '127.0.0.1', port: 0, logLevel: 'warn', rateLimitPerMinute: 10_000_000 },
    },
  );
  const platform = await openPlatform(config);
  await seedDemo(platform.database.db);
  const server = await buildHttpServer(platform);
  await server.listen({ host: '127.0.0.1', port: 0 });
  return { server, close: async () => (await server.close(), await platform.database.close()) };
}

async function startHello() {
  const server = Fastify({ logger: false });
  server.get('/', async () => ({ hello: 'world' }));
  await server.listen({ host: '127.0.0.1', port: 0 });
  return server;
}

async function measure(name: string, url: string, headers: Record<string, string> = {}): Promise<Figures> {
  // The load generator runs in its own worker thread, so it doesn't share the servers' event loop.
  const options = { url, headers, connections, workers: 1 };
  await autocannon({ ...options, duration: warmup });
  const result = await autocannon({ ...options, duration });
  return {
    name,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts `rathaus serve --seed` as its own process and reads its resident memory after it has idled. */
async function idleRss(dataDir: string): Promise<{ rssMb: number; peakMb: number; startSeconds: number }> {
  const port = await freePort();
  const { DATABASE_URL: _unused, ...env } = process.env;
  const started = Date.now();
  const child = spawn(process.execPath, ['bin/rathaus.js', 'serve', '--seed'], {
    cwd: repoRoot,
    env: {
      ...env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`rathaus serve exited with ${child.exitCode}:\n${output}`);
      if (Date.now() > deadline) throw new Error(`rathaus serve was not ready within 120 s:\n${output}`);
      const ready = await fetch(`http://127.0.0.1:${port}/health/ready`).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) break;
      await sleep(200);
    }
    const startSeconds = (Date.now() - started) / 1000;
    await sleep(idleSeconds * 1000);
    const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024, startSeconds };
  } finally {
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(killer);
  }
}

const pad = (value: string, width: number) => value.padStart(width);
const percent = (ratio: number) => `${(ratio * 100).toFixed(0)} %`;

async function main() {
  process.stdout.write(
    `HTTP bench: Node ${process.versions.node}, ${availableParallelism()} CPUs, ${connections} connections, ` +
      `${duration} s per target (+${warmup} s warm-up), loopback\n\n`,
  );
  const dataDir = await mkdtemp(path.join(tmpdir(), 'rathaus-bench-'));
  const rathaus = await startRathaus(dataDir);
  const hello = await startHello();
  const figures: Figures[] = [];
  try {
    const html = { accept: 'text/html', 'accept-language': 'de-DE,de;q=0.9' };
    const check = await fetch(urlOf(rathaus.server, '/'), { headers: html });
    if (check.status !== 200 || !(await check.text()).includes('Willkommen'))
      throw new Error(`start page answered ${check.status}`);

    figures.push(await measure('portal start page  GET /', urlOf(rathaus.server, '/'), html));
    figures.push(await measure('JSON API  GET /health/live', urlOf(rathaus.server, '/health/live')));
    figures.push(await measure('bare Fastify hello-world', urlOf(hello, '/')));
  } finally {
    await hello.close();
    await rathaus.close();
    await rm(dataDir, { recursive: true, force: true });
  }

  const [portal, json, bare] = figures as [Figures, Figures, Figures];
  process.stdout.write(
    `${'target'.padEnd(30)}${pad('req/s', 10)}${pad('p50 ms', 9)}${pad('p99 ms', 9)}${pad('non-2xx', 9)}${pad('errors', 8)}\n`,
  );
  for (const f of figures) {
    process.stdout.write(
      `${f.name.padEnd(30)}${pad(f.requestsPerSecond.toFixed(0), 10)}${pad(String(f.p50), 9)}${pad(String(f.p99), 9)}` +
        `${pad(String(f.non2xx), 9)}${pad(String(f.errors), 8)}\n`,
    );
  }
  const portalRatio = portal.requestsPerSecond / bare.requestsPerSecond;
  const jsonRatio = json.requestsPerSecond / bare.requestsPerSecond;
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT MET');
  process.stdout.write(
    `\nportal / hello: ${percent(portalRatio)}  (goal ≥ ${percent(goals.portalVsHello)}: ${verdict(portalRatio >= goals.portalVsHello)})\n` +
      `JSON / hello:   ${percent(jsonRatio)}\n`,
  );

  process.stdout.write(
    `\nIdle memory of "rathaus serve --seed" on PGlite, ${idleSeconds} s after /health/ready:\n`,
  );
  const rssDir = await mkdtemp(path.join(tmpdir(), 'rathaus-bench-rss-'));
  try {
    // The first start creates the database (initdb, migrations, seed); a restart opens it.
    for (const run of ['first start', 'restart']) {
      const memory = await idleRss(rssDir);
      process.stdout.write(
        `  ${run.padEnd(12)} ready after ${memory.startSeconds.toFixed(1).padStart(5)} s   RSS ${memory.rssMb.toFixed(0).padStart(4)} MB ` +
          `(peak ${memory.peakMb.toFixed(0)} MB)   goal ≤ ${goals.idleRssMb} MB: ${verdict(memory.rssMb <= goals.idleRssMb)}\n`,
      );
    }
  } finally {
    await rm(rssDir, { recursive: true, force: true });
  }

  const broken = figures.filter((f) => f.non2xx > 0 || f.errors > 0);
  if (broken.length > 0) {
    process.stdout.write(
      `\nWARNING: non-2xx answers or errors in: ${broken.map((f) => f.name).join(', ')}\n`,
    );
    process.exitCode = 1;
  }
}

await main();
