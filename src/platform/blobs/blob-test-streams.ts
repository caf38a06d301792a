// Test inputs made on the fly: a large "file" is a stream of generated chunks, never a buffer, so
// the tests themselves stay small in memory and can tell whether the store does.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';

const chunkSize = 64 * 1024;

/** Deterministic pseudo-random bytes: the same `seed` and `size` always give the same content. */
function* generatedChunks(size: number, seed: string): Generator<Buffer> {
  const base = Buffer.alloc(chunkSize);
  let block = createHash('sha256').update(seed).digest();
  for (let offset = 0; offset < chunkSize; offset += block.length) {
    block.copy(base, offset);
    block = createHash('sha256').update(block).digest();
  }
  for (let index = 0, remaining = size; remaining > 0; index += 1) {
    const length = Math.min(chunkSize, remaining);
    // A fresh buffer per chunk: a store may still hold the previous one. The index makes chunks differ.
    const chunk = Buffer.from(base.subarray(0, length));
    if (length >= 8) chunk.writeBigUInt64BE(BigInt(index));
    remaining -= length;
    yield chunk;
  }
}

export function generatedStream(size: number, seed = 'rathaus'): Readable {
  return Readable.from(generatedChunks(size, seed));
}

export function sha256OfGenerated(size: number, seed = 'rathaus'): string {
  const hash = createHash('sha256');
  for (const chunk of generatedChunks(size, seed)) hash.update(chunk);
  return hash.digest('hex');
}

/** Emits `size` bytes, then fails like a client that drops the connection mid-upload. */
export function failingStream(size: number, error: Error): Readable {
  return Readable.from(
    (async function* () {
      yield* generatedChunks(size, 'failing');
      throw error;
    })(),
  );
}

export async function sha256OfStream(stream: Readable): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { sha256: hash.digest('hex'), size };
}
