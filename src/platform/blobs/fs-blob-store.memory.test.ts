// Own file, so it runs in its own process and the measurement is not disturbed by other tests.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { Readable } from 'node:stream';
import { createFsBlobStore } from './fs-blob-store.ts';

const MB = 1024 * 1024;

// The same 1 MB block again and again: the source allocates nothing per chunk, so any growth is the store's.
function repeatedBlocks(count: number): Readable {
  const block = Buffer.alloc(MB, 'r');
  return Readable.from(
    (function* () {
      for (let index = 0; index < count; index += 1) yield block;
    })(),
  );
}

test('fs: storing a 256 MB file does not grow memory with the file size', { timeout: 180_000 }, async (t) => {
  const directory = await mkdtemp(path.join(tmpdir(), 'rathaus-blobs-memory-'));
  t.after(() => rm(directory, { recursive: true, force: true }));
  const store = createFsBlobStore({ directory });
  await store.put(repeatedBlocks(1)); // warm up: module loading, buffer pools, first directories

  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const size = 256 * MB;
  try {
    const stored = await store.put(repeatedBlocks(size / MB));
    assert.equal(stored.size, size);
  } finally {
    clearInterval(sampler);
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  const growth = peak - baseline;
  t.diagnostic(`peak RSS growth ${(growth / MB).toFixed(1)} MB`);
  // A buffering store would grow by ≥ 256 MB; streaming stays at a few MB plus garbage not yet collected.
  assert.ok(growth < 64 * MB, `RSS grew by ${(growth / MB).toFixed(1)} MB while storing ${size / MB} MB`);
});
