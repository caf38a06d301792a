// A pool of worker threads, one per core, that validate invoices off the main thread: a SaxonJS transform
// is synchronous and takes tens of milliseconds (seconds for a 1,000-line invoice), which would stall a
// server's event loop. A worker that dies (out of memory) or overruns the time limit is replaced, and only
// its job fails. Idle workers do not keep the process alive.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { defaultXmlLimits, type SvrlFinding, type XmlLimits } from '../../platform/xml/index.ts';
import { invoicesValidationConfig } from './invoices.validation.config.ts';
import type { EngineOptions } from './invoices.validation.engine.ts';
import { refusals } from './invoices.validation.errors.ts';
import type { ValidationReport } from './invoices.validation.report.ts';

export type WorkerRequest =
  | { id: number; type: 'validate'; bytes: Uint8Array }
  | { id: number; type: 'schematron'; bytes: Uint8Array; stylesheet: string }
  | { id: number; type: 'warm-up' };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type WorkerResponse =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

/** Beside the repository: ../shared/standards/xrechnung (XRECHNUNG_CONFIG_DIR in production). */
export const defaultConfigurationDirectory = invoicesValidationConfig.configurationDirectory.default;

export interface ValidationPoolOptions {
  /** Folder with scenarios.xml and resources/ (the official release, unpacked). */
  configurationDirectory?: string;
  /** Where compiled stylesheets are kept (default node_modules/.cache/rathaus-xslt). */
  cacheDirectory?: string;
  /** Default: one per core. */
  workers?: number;
  limits?: XmlLimits;
  /** A job running longer is stopped with its worker (default 120 s). */
  jobTimeoutMs?: number;
  /** Heap limit of one worker in MB (default 2048). */
  workerMemoryMb?: number;
}

export interface InvoiceValidationPool {
  validate(bytes: Uint8Array): Promise<ValidationReport>;
  /** One schematron stylesheet's raw findings (for rule tests); `stylesheet` is an absolute path. */
  runSchematron(bytes: Uint8Array, stylesheet: string): Promise<SvrlFinding[]>;
  /** Compiles and loads everything in every worker; the first call after an update compiles (~30 s). */
  warmUp(): Promise<void>;
  readonly size: number;
  readonly configurationDirectory: string;
  close(): Promise<void>;
}

interface Job {
  request: WorkerRequest;
  /** Only this worker may take the job (warm-up). */
  target?: PoolWorker;
  resolve(value: unknown): void;
  reject(error: Error): void;
  timer?: NodeJS.Timeout;
}

interface PoolWorker {
  worker: Worker;
  ready: boolean;
  job: Job | null;
}

const workerFile = fileURLToPath(new URL('./invoices.validation.worker.ts', import.meta.url));

/**
 * The worker runs our TypeScript sources through tsx, as the main thread does: a worker inherits
 * `--import tsx` from the command line (tests), but not tsx registered at run time (bin/rathaus.js).
 */
function workerExecArgv(): string[] | undefined {
  const inherited = process.execArgv.some((argument) => argument.includes('tsx'));
  return inherited ? undefined : ['--import', import.meta.resolve('tsx')];
}

export function createInvoiceValidationPool(options: ValidationPoolOptions = {}): InvoiceValidationPool {
  const size = Math.max(1, options.workers ?? os.availableParallelism());
  const engineOptions: EngineOptions = {
    configurationDirectory: path.resolve(options.configurationDirectory ?? defaultConfigurationDirectory),
    limits: options.limits ?? defaultXmlLimits,
    ...(options.cacheDirectory ? { cacheDirectory: options.cacheDirectory } : {}),
  };
  const jobTimeoutMs = options.jobTimeoutMs ?? 120_000;
  const queue: Job[] = [];
  const workers: PoolWorker[] = [];
  let nextId = 1;
  let closed = false;
  let startupError: Error | null = null;

  const execArgv = workerExecArgv();

  function spawn(): PoolWorker {
    const entry: PoolWorker = {
      worker: new Worker(workerFile, {
        workerData: engineOptions,
        ...(execArgv ? { execArgv } : {}),
        // A larger young generation: SaxonJS makes much short-lived garbage, and fewer scavenges leave the
        // other core to the other worker (measured: bench/invoices).
        resourceLimits: {
          maxOldGenerationSizeMb: options.workerMemoryMb ?? 2048,
          maxYoungGenerationSizeMb: 96,
        },
      }),
      ready: false,
      job: null,
    };
    entry.worker.unref();
    entry.worker.on('message', (message: WorkerResponse | { ready: true }) => {
      if ('ready' in message) {
        entry.ready = true;
      } else if (entry.job && entry.job.request.id === message.id) {
        const job = entry.job;
        finish(entry);
        if (message.ok) job.resolve(message.value);
        else job.reject(new Error(message.error));
      }
      dispatch();
    });
    const died = (error: Error) => {
      const index = workers.indexOf(entry);
      if (index < 0) return;
      workers.splice(index, 1);
      // A worker that cannot even start (configuration missing) would fail again: stop instead of looping.
      if (!entry.ready && !closed) {
        startupError = new Error(`validation worker could not start: ${error.message}`);
        for (const job of queue.splice(0)) job.reject(startupError);
        return;
      }
      const job = entry.job;
      if (job) {
        finish(entry);
        job.reject(error);
      }
      for (let i = queue.length - 1; i >= 0; i--)
        if (queue[i]!.target === entry) queue.splice(i, 1)[0]!.reject(error);
      if (!closed) workers.push(spawn());
      dispatch();
    };
    entry.worker.on('error', died);
    entry.worker.on('exit', (code) => died(new Error(`validation worker stopped (exit code ${code})`)));
    return entry;
  }

  function finish(entry: PoolWorker) {
    if (entry.job?.timer) clearTimeout(entry.job.timer);
    entry.job = null;
    entry.worker.unref();
  }

  function dispatch() {
    for (const entry of workers) {
      if (queue.length === 0) return;
      if (!entry.ready || entry.job) continue;
      const index = queue.findIndex((candidate) => !candidate.target || candidate.target === entry);
      if (index < 0) continue;
      const [job] = queue.splice(index, 1) as [Job];
      entry.job = job;
      entry.worker.ref();
      if (job.request.type !== 'warm-up')
        job.timer = setTimeout(() => {
          void entry.worker.terminate();
          // terminate() makes the worker exit: "died" rejects the job and spawns a replacement.
        }, jobTimeoutMs);
      entry.worker.postMessage(job.request);
    }
  }

  function submit<T>(request: DistributiveOmit<WorkerRequest, 'id'>, target?: PoolWorker): Promise<T> {
    if (closed) return Promise.reject(new Error('the validation pool is closed'));
    if (startupError) return Promise.reject(startupError);
    return new Promise<T>((resolve, reject) => {
      queue.push({
        request: { ...request, id: nextId++ },
        resolve: resolve as (value: unknown) => void,
        reject,
        ...(target ? { target } : {}),
      });
      dispatch();
    });
  }

  for (let i = 0; i < size; i++) workers.push(spawn());

  return {
    size,
    configurationDirectory: engineOptions.configurationDirectory,
    async validate(bytes) {
      const started = performance.now();
      try {
        return await submit<ValidationReport>({ type: 'validate', bytes });
      } catch (error) {
        // The worker died or overran: the invoice is not judged; the report says so and rejects.
        return {
          accepted: false,
          scenario: null,
          refusal: { ...refusals.validation_failed, detail: (error as Error).message },
          steps: [],
          findings: [],
          document: {},
          durationMs: Math.round(performance.now() - started),
        };
      }
    },
    runSchematron: (bytes, stylesheet) => submit<SvrlFinding[]>({ type: 'schematron', bytes, stylesheet }),
    async warmUp() {
      // One warm-up per worker: each must load every stylesheet itself. Compiling happens once (file lock).
      await Promise.all(workers.map((entry) => submit({ type: 'warm-up' }, entry)));
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('the validation pool is closed'));
      await Promise.all(workers.splice(0).map((entry) => entry.worker.terminate()));
    },
  };
}
