// `npm test`: every check, in order, stopping at the first failure.
//   typecheck → lint → unit tests on PGlite → unit tests on PostgreSQL (if TEST_DATABASE_URL) → browser tests
// Each step's output goes straight to this terminal (the test runner's "ℹ pass N / ℹ fail N" summary included).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { URL } from 'node:url';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const inCi = process.env.CI === 'true' || process.env.CI === '1';
const databaseUrl = process.env.TEST_DATABASE_URL;

// Without TEST_DATABASE_URL in the environment, tests use in-memory PGlite.
const { TEST_DATABASE_URL: _ignored, ...pgliteEnv } = process.env;

const steps = [
  { title: 'Typecheck (tsc --noEmit)', script: 'typecheck', env: process.env },
  { title: 'Lint (eslint .)', script: 'lint', env: process.env },
  { title: 'Unit tests on PGlite', script: 'test:unit', env: pgliteEnv, retryOnV8Crash: true },
  databaseUrl
    ? {
        title: `Unit tests on PostgreSQL (${redact(databaseUrl)})`,
        script: 'test:unit',
        env: process.env,
        retryOnV8Crash: true,
      }
    : { title: 'Unit tests on PostgreSQL', skip: 'TEST_DATABASE_URL is not set' },
  existsSync(chromiumPath)
    ? // The browser journeys run on PGlite, the embedded default `rathaus serve` uses.
      { title: 'Browser tests (Chromium)', script: 'test:e2e', env: pgliteEnv, retryOnV8Crash: true }
    : { title: 'Browser tests (Chromium)', skip: `${chromiumPath} not found`, loud: true },
];

function redact(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'invalid URL';
  }
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

function heading(text) {
  const line = '═'.repeat(Math.max(60, text.length + 4));
  process.stdout.write(`\n${line}\n  ${text}\n${line}\n`);
}

// A known V8 bug aborts a test process now and then while PGlite's WebAssembly is created and freed many
// times (nodejs/node#64500: "Check failed: jit_page_->allocations_.erase(addr) == 1"). When a test step dies
// of it, the files that failed in that run are run once more on their own; a real failure fails again.
const v8Crash = /# Fatal error in .*\n(?:.*\n)?# Check failed: jit_page/;
const failedFile = /^(?:✖ |test at )((?:src|e2e)\/[^\s:]+\.test\.tsx?)/gm;

function run(script, env, args = null) {
  return new Promise((resolve) => {
    // npm runs the script with node_modules/.bin first on PATH, so the project's pinned Node is used.
    const child = args
      ? spawn('node_modules/.bin/node', args, { stdio: ['ignore', 'pipe', 'pipe'], env })
      : spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'], env });
    let output = '';
    const keep = (chunk, stream) => {
      stream.write(chunk);
      output = (output + chunk.toString()).slice(-8_000_000);
    };
    child.stdout.on('data', (chunk) => keep(chunk, process.stdout));
    child.stderr.on('data', (chunk) => keep(chunk, process.stderr));
    child.on('error', (error) => {
      process.stderr.write(`could not start ${args ? 'node' : 'npm'}: ${error.message}\n`);
      resolve({ code: 1, output });
    });
    child.on('exit', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

async function runTests(step) {
  const first = await run(step.script, step.env);
  if (first.code === 0 || !step.retryOnV8Crash || !v8Crash.test(first.output)) return first.code;
  const files = [...new Set([...first.output.matchAll(failedFile)].map((match) => match[1]))];
  if (files.length === 0) return first.code;
  process.stdout.write(
    `\n!! A test process died of the known V8 crash (nodejs/node#64500). Running the ${files.length} failed file(s) again:\n   ${files.join('\n   ')}\n`,
  );
  const again = await run(step.script, step.env, [
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=1',
    ...files,
  ]);
  return again.code;
}

const started = Date.now();
const summary = [];
let failed = false;

for (const [index, step] of steps.entries()) {
  const label = `[${index + 1}/${steps.length}] ${step.title}`;
  if (step.skip) {
    if (step.loud) {
      const banner = '!'.repeat(72);
      process.stdout.write(
        `\n${banner}\n!!  SKIPPED: ${step.title} — ${step.skip}.\n!!  Install it: apt-get install -y chromium\n${banner}\n`,
      );
      if (inCi) {
        process.stdout.write('!!  CI=true: browser tests are required in CI, failing.\n');
        summary.push(`✖ ${label}: skipped (${step.skip}) — not allowed in CI`);
        failed = true;
        break;
      }
    } else {
      heading(`${label} — skipped: ${step.skip}`);
    }
    summary.push(`﹣ ${label}: skipped (${step.skip})`);
    continue;
  }
  heading(label);
  const stepStarted = Date.now();
  const code = await runTests(step);
  const took = seconds(Date.now() - stepStarted);
  if (code !== 0) {
    summary.push(`✖ ${label}: failed (exit ${code}) after ${took}`);
    failed = true;
    break;
  }
  summary.push(`✔ ${label}: ${took}`);
}

heading(failed ? 'npm test: FAILED' : 'npm test: all passed');
process.stdout.write(`${summary.join('\n')}\n\nTotal: ${seconds(Date.now() - started)}\n`);
process.exitCode = failed ? 1 : 0;
