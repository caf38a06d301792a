// Runs external Debian programs (poppler, qpdf, Ghostscript, OCRmyPDF, …) safely: an argument array and
// never a shell, a hard timeout that kills the tool and everything it started, bounded output, and a small
// fixed environment (no secrets of ours leak into a PDF parser). Tools are started through a small helper
// process (spawner-child.js), because starting them from the large server process costs a fork of all its
// memory each time; if the helper cannot run, they are started directly. Knows no domain: a module that
// wants its own words for a missing tool catches ToolMissingError.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The program is not installed (not on the PATH the tools run with): an installation fault. */
export class ToolMissingError extends Error {
  constructor(readonly command: string) {
    super(`${command}: not installed on this server (not found on PATH)`);
    this.name = 'ToolMissingError';
  }
}

export interface ToolOptions {
  timeoutMs: number;
  /** Bytes of stdout kept; past it the tool is stopped and `truncated` is set. */
  maxStdoutBytes?: number;
  signal?: AbortSignal | undefined;
  cwd?: string;
  /** Each complete line of stderr as it arrives (progress of OCRmyPDF). */
  onStderrLine?: (line: string) => void;
}

export interface ToolResult {
  code: number | null;
  stdout: Buffer;
  /** The last 16 KB of stderr: enough to say why a tool failed, never a flood in the logs. */
  stderr: string;
  timedOut: boolean;
  truncated: boolean;
}

const stderrKeep = 16 * 1024;

// One thread per tool: the job runner already runs one OCR job per core, and Tesseract's OpenMP would
// otherwise start a thread per core in each of them (DESIGN §7, oversubscription).
export function toolEnvironment(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    TMPDIR: process.env.TMPDIR ?? '/tmp',
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
    OMP_THREAD_LIMIT: '1',
  };
}

/** A started tool, wherever it runs: output and end as events, and a way to kill it with its children. */
interface ToolProcess {
  onStdout: (chunk: Buffer) => void;
  onStderr: (chunk: Buffer) => void;
  onClose: (code: number | null) => void;
  onError: (error: Error) => void;
  kill: () => void;
}

type Handlers = Pick<ToolProcess, 'onStdout' | 'onStderr' | 'onClose' | 'onError'>;

function startDirect(
  command: string,
  args: string[],
  cwd: string | undefined,
  handlers: Handlers,
): () => void {
  // detached: own process group, so a kill reaches the tool's children (gs, tesseract) too.
  const child = spawn(command, args, {
    cwd,
    env: toolEnvironment(),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout.on('data', handlers.onStdout);
  child.stderr.on('data', handlers.onStderr);
  child.on('error', handlers.onError);
  child.on('close', handlers.onClose);
  return () => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
}

const spawnerPath = fileURLToPath(new URL('./spawner-child.js', import.meta.url));
let spawner: ChildProcess | undefined;
let spawnerBroken = false;
let nextId = 0;
const pending = new Map<number, Handlers>();
const usageRequests = new Map<number, (cpuSeconds: number | undefined) => void>();

/**
 * CPU seconds used so far by all tools started through the helper (user + system, Linux only). A
 * benchmark on a shared machine compares these instead of wall time, which other load distorts.
 */
export function toolCpuSeconds(): Promise<number | undefined> {
  const helper = ensureSpawner();
  if (!helper) return Promise.resolve(undefined);
  const id = (nextId += 1);
  holdSpawner(true);
  return new Promise((resolve) => {
    usageRequests.set(id, (value) => {
      if (pending.size === 0) holdSpawner(false);
      resolve(value);
    });
    helper.send({ type: 'usage', id });
  });
}

type SpawnerMessage =
  | { type: 'usage'; id: number; cpuSeconds: number | null }
  | { type: 'stdout' | 'stderr'; id: number; data: Uint8Array }
  | { type: 'close'; id: number; code: number | null }
  | { type: 'error'; id: number; message: string; code?: string };

/** The helper keeps the server alive only while a tool runs. */
function holdSpawner(hold: boolean): void {
  if (!spawner) return;
  if (hold) {
    spawner.ref();
    spawner.channel?.ref();
  } else {
    spawner.unref();
    spawner.channel?.unref();
  }
}

function ensureSpawner(): ChildProcess | undefined {
  if (spawner || spawnerBroken) return spawner;
  try {
    spawner = fork(spawnerPath, [], {
      execArgv: [],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      env: toolEnvironment(),
    });
  } catch {
    spawnerBroken = true;
    return undefined;
  }
  const current = spawner;
  current.on('message', (message: SpawnerMessage) => {
    if (message.type === 'usage') {
      usageRequests.get(message.id)?.(message.cpuSeconds ?? undefined);
      usageRequests.delete(message.id);
      return;
    }
    const handlers = pending.get(message.id);
    if (!handlers) return;
    switch (message.type) {
      case 'stdout':
        return handlers.onStdout(Buffer.from(message.data));
      case 'stderr':
        return handlers.onStderr(Buffer.from(message.data));
      case 'close':
      case 'error':
        pending.delete(message.id);
        if (pending.size === 0) holdSpawner(false);
        if (message.type === 'close') return handlers.onClose(message.code);
        return handlers.onError(Object.assign(new Error(message.message), { code: message.code }));
    }
  });
  current.on('exit', () => {
    if (spawner === current) spawner = undefined;
    for (const [id, handlers] of pending) {
      pending.delete(id);
      handlers.onError(new Error('tool starter exited'));
    }
  });
  current.on('error', () => {
    spawnerBroken = true;
  });
  return current;
}

function startTool(command: string, args: string[], cwd: string | undefined, handlers: Handlers): () => void {
  const helper = ensureSpawner();
  if (!helper) return startDirect(command, args, cwd, handlers);
  const id = (nextId += 1);
  pending.set(id, handlers);
  holdSpawner(true);
  helper.send({ type: 'spawn', id, command, args, cwd, env: toolEnvironment() });
  return () => {
    if (pending.has(id) && helper.connected) helper.send({ type: 'kill', id });
  };
}

export function runTool(command: string, args: string[], options: ToolOptions): Promise<ToolResult> {
  const maxStdout = options.maxStdoutBytes ?? 1024 * 1024;
  return new Promise((resolve, reject) => {
    const stdout: Buffer[] = [];
    let stdoutBytes = 0;
    let stderr = '';
    let pendingLine = '';
    let timedOut = false;
    let truncated = false;
    let settled = false;
    const decoder = new TextDecoder();

    const finish = (result: ToolResult | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    const kill = startTool(command, args, options.cwd, {
      onStdout(chunk) {
        if (truncated) return;
        const room = maxStdout - stdoutBytes;
        if (chunk.length > room) {
          stdout.push(chunk.subarray(0, room));
          stdoutBytes = maxStdout;
          truncated = true;
          kill();
          return;
        }
        stdout.push(chunk);
        stdoutBytes += chunk.length;
      },
      onStderr(chunk) {
        const text = decoder.decode(chunk, { stream: true });
        stderr = (stderr + text).slice(-stderrKeep);
        if (!options.onStderrLine) return;
        const lines = (pendingLine + text).split(/\r?\n/);
        pendingLine = lines.pop() ?? '';
        for (const line of lines) options.onStderrLine(line);
      },
      onClose: (code) => finish({ code, stdout: Buffer.concat(stdout), stderr, timedOut, truncated }),
      onError: (error) =>
        finish((error as NodeJS.ErrnoException).code === 'ENOENT' ? new ToolMissingError(command) : error),
    });
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, options.timeoutMs);
    const onAbort = () => kill();
    options.signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The tool's own words for a failure, one line, for logs and job errors (never shown raw to citizens). */
export function toolFailure(command: string, result: ToolResult): string {
  if (result.timedOut) return `${command}: timed out`;
  const last = result.stderr.trim().split('\n').slice(-3).join(' | ');
  return `${command} exited ${result.code ?? 'by signal'}: ${last}`.slice(0, 900);
}

/** Those of `tools` not found on the PATH the tools run with (for a warning on start). */
export async function missingTools(tools: readonly string[]): Promise<string[]> {
  const directories = (toolEnvironment().PATH ?? '').split(path.delimiter).filter(Boolean);
  const found = async (tool: string) => {
    for (const directory of directories) {
      try {
        await access(path.join(directory, tool), constants.X_OK);
        return true;
      } catch {
        // not in this directory
      }
    }
    return false;
  };
  const missing: string[] = [];
  for (const tool of tools) if (!(await found(tool))) missing.push(tool);
  return missing;
}
