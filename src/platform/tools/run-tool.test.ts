// The tool runner keeps its promises whatever a tool does: endless output is cut, a hanging tool is
// killed, a missing one is an error — through the helper process, as in the server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { missingTools, runTool, ToolMissingError, toolFailure } from './run-tool.ts';

test('output and exit code arrive; the environment is the small fixed one', async () => {
  const result = await runTool('printenv', [], { timeoutMs: 10_000 });
  assert.equal(result.code, 0);
  const names = result.stdout
    .toString()
    .trim()
    .split('\n')
    .map((line) => line.split('=')[0])
    .sort();
  assert.deepEqual(names, ['HOME', 'LANG', 'LC_ALL', 'OMP_THREAD_LIMIT', 'PATH', 'TMPDIR']);
});

test('endless output is cut at the limit and the tool stopped', async () => {
  const result = await runTool('yes', ['Akte'], { timeoutMs: 30_000, maxStdoutBytes: 1000 });
  assert.equal(result.truncated, true);
  assert.equal(result.stdout.length, 1000);
  assert.equal(result.timedOut, false);
});

test('a tool that hangs is killed at its timeout', async () => {
  const result = await runTool('sleep', ['600'], { timeoutMs: 200 });
  assert.equal(result.timedOut, true);
  assert.notEqual(result.code, 0);
});

test('an abort signal stops a running tool', async () => {
  const controller = new AbortController();
  const running = runTool('sleep', ['600'], { timeoutMs: 60_000, signal: controller.signal });
  controller.abort();
  const result = await running;
  assert.equal(result.timedOut, false);
  assert.notEqual(result.code, 0);
});

test('a tool that does not exist is a ToolMissingError naming it, not a hang', async () => {
  await assert.rejects(runTool('rathaus-gibt-es-nicht', [], { timeoutMs: 10_000 }), (error) => {
    assert.ok(error instanceof ToolMissingError);
    assert.equal(error.command, 'rathaus-gibt-es-nicht');
    return true;
  });
});

test('missingTools lists exactly the programs not on the PATH', async () => {
  assert.deepEqual(await missingTools(['sh', 'rathaus-gibt-es-nicht']), ['rathaus-gibt-es-nicht']);
});

test('a failure is told in one line with the exit code and the last words of stderr', async () => {
  const result = await runTool('sh', ['-c', 'echo erste >&2; echo letzte >&2; exit 3'], {
    timeoutMs: 10_000,
  });
  assert.equal(toolFailure('sh', result), 'sh exited 3: erste | letzte');
});
