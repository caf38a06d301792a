// The tool starter: a small Node process that starts external tools (qpdf, poppler, Ghostscript, OCRmyPDF)
// for the server and relays their output. Starting a program forks the starting process, and forking the server
// (hundreds of MB, more with PGlite's WASM heap) costs 50–300 ms each time; forking this one costs a few.
// Plain JavaScript so it starts without the TypeScript loader. Limits and timeouts stay in the server
// (run-tool.ts); this only spawns (argument arrays, never a shell), relays and kills.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const running = new Map();

function send(message) {
  if (process.connected) process.send(message);
}

function killGroup(child) {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

// CPU seconds of every tool this process has started and reaped (Linux /proc; for benchmarks).
function toolCpuSeconds() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    // After the ")" field 3 is the state; cutime and cstime are fields 16 and 17 of stat(5).
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

process.on('message', (message) => {
  if (message.type === 'usage') {
    send({ type: 'usage', id: message.id, cpuSeconds: toolCpuSeconds() });
    return;
  }
  if (message.type === 'kill') {
    const child = running.get(message.id);
    if (child) killGroup(child);
    return;
  }
  if (message.type !== 'spawn') return;
  const { id } = message;
  let child;
  try {
    child = spawn(message.command, message.args, {
      cwd: message.cwd,
      env: message.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      shell: false,
    });
  } catch (error) {
    send({ type: 'error', id, message: error.message, code: error.code });
    return;
  }
  running.set(id, child);
  child.stdout.on('data', (data) => send({ type: 'stdout', id, data }));
  child.stderr.on('data', (data) => send({ type: 'stderr', id, data }));
  child.on('error', (error) => {
    running.delete(id);
    send({ type: 'error', id, message: error.message, code: error.code });
  });
  child.on('close', (code, signal) => {
    running.delete(id);
    send({ type: 'close', id, code, signal });
  });
});

// The server is gone (crash, SIGKILL): take every running tool with us.
process.on('disconnect', () => {
  for (const child of running.values()) killGroup(child);
  process.exit(0);
});
