// Starts s3rver (an S3-compatible fake, devDependency) on a free port of 127.0.0.1 with a fresh
// directory, so the S3 driver is tested against real HTTP without AWS. s3rver ships no types; this
// file declares the little we use instead of a project-wide `declare module`.
import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
  httpServer: Server;
}
type S3rverConstructor = new (options: {
  address: string;
  port: number;
  directory: string;
  silent: boolean;
  configureBuckets: { name: string; configs: string[] }[];
}) => S3rverInstance;

const S3rver = createRequire(import.meta.url)('s3rver') as S3rverConstructor;

export interface S3TestServer {
  endpoint: string;
  bucket: string;
  /** s3rver's built-in account. */
  accessKeyId: string;
  secretAccessKey: string;
  stop(): Promise<void>;
}

export async function startS3TestServer(bucket = 'rathaus-test'): Promise<S3TestServer> {
  const directory = await mkdtemp(path.join(tmpdir(), 'rathaus-s3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory,
    silent: true,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const address = await server.run();
  // s3rver's file store is not atomic: concurrent writes to one key (two CopyObjects of the same
  // content, a delete tidying up a directory another upload is writing into) fail with ENOENT or
  // half-written metadata now and then. Real S3 applies each request atomically; a read/write lock
  // around every request gives s3rver that property, so the tests judge our driver, not the fake.
  const [handleRequest] = server.httpServer.listeners('request') as RequestListener[];
  if (handleRequest === undefined) throw new Error('s3rver registered no request handler');
  const lock = new ReadWriteLock();
  server.httpServer.removeAllListeners('request');
  server.httpServer.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const isRead = request.method === 'GET' || request.method === 'HEAD';
    void lock.acquire(!isRead).then((release) => {
      response.once('close', release);
      handleRequest(request, response);
    });
  });
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    bucket,
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    async stop() {
      server.httpServer.closeAllConnections();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

/** Many readers or one writer at a time, in arrival order. */
class ReadWriteLock {
  private readers = 0;
  private writing = false;
  private readonly queue: { write: boolean; start: () => void }[] = [];

  acquire(write: boolean): Promise<() => void> {
    return new Promise((resolve) => {
      this.queue.push({ write, start: () => resolve(() => this.release(write)) });
      this.drain();
    });
  }

  private release(write: boolean): void {
    if (write) this.writing = false;
    else this.readers -= 1;
    this.drain();
  }

  private drain(): void {
    for (let next = this.queue[0]; next !== undefined && !this.writing; next = this.queue[0]) {
      if (next.write) {
        if (this.readers > 0) return;
        this.writing = true;
      } else {
        this.readers += 1;
      }
      this.queue.shift();
      next.start();
    }
  }
}
