// The records side of the tool runner: a missing tool refuses the upload in the clerk's words (503), and
// the runner itself (tested in src/platform/tools/run-tool.test.ts) is reached through the adapter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runTool } from './records.ingest.tools.ts';

test('a tool that runs answers through the records adapter as through the platform runner', async () => {
  const result = await runTool('printf', ['Akte'], { timeoutMs: 10_000 });
  assert.equal(result.code, 0);
  assert.equal(result.stdout.toString(), 'Akte');
});

test('a tool that does not exist is an error that says so in German, not a hang', async () => {
  await assert.rejects(runTool('rathaus-gibt-es-nicht', [], { timeoutMs: 10_000 }), {
    code: 'records.tool_missing',
    statusCode: 503,
  });
});
