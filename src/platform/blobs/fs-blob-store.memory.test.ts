// Own file, so it runs in its own process and the measurement is not disturbed by other tests.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { generatedStream } from './blob-test-streams.ts';
import { createFsBlobStore } from './fs-blob-store.ts';

const MB = 1024 * 1024;

test('fs: storing a 256 MB file does not grow memory with the file size', { timeout: 180_000 }, async (t) => {
  const directory = await mkdtemp(path.join(tmpdir(), 'rathaus-blobs-memory-'));
  t.after(() => rm(directory, { recursive: true, force: true }));
  const store = createFsBlobStore({ directory });
  await store.put(generatedStream(1 * MB)); // warm up: module loading, buffers pools, first directories

  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  try {
    const size = 256 * MB;
    const stored = await store.put(generatedStream(size));
    assert.equal(stored.size, size);
  } finally {
    clearInterval(sampler);
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  const growth = peak - baseline;
  console.log(`peak RSS growth ${(growth / MB).toFixed(1)} MB`);
  // A buffering store would grow by ≥ 256 MB; streaming stays at a few MB plus garbage not yet collected.
  assert.ok(growth < 64 * MB, `RSS grew by ${(growth / MB).toFixed(1)} MB while storing ${size / MB} MB`);
});
