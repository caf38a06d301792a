// Entry of a validation worker thread: one engine per thread, one job at a time (SaxonJS is synchronous).
import { parentPort, workerData } from 'node:worker_threads';
import { ValidationEngine, type EngineOptions } from './invoices.validation.engine.ts';
import type { WorkerRequest, WorkerResponse } from './invoices.validation.pool.ts';

const engine = new ValidationEngine(workerData as EngineOptions);
const port = parentPort!;

async function handle(request: WorkerRequest): Promise<WorkerResponse> {
  try {
    switch (request.type) {
      case 'validate':
        return { id: request.id, ok: true, value: await engine.validate(request.bytes) };
      case 'schematron':
        return {
          id: request.id,
          ok: true,
          value: await engine.runSchematron(request.bytes, request.stylesheet),
        };
      case 'warm-up':
        await engine.warmUp();
        return { id: request.id, ok: true, value: null };
    }
  } catch (error) {
    return { id: request.id, ok: false, error: (error as Error).message };
  }
}

port.on('message', (request: WorkerRequest) => {
  void handle(request).then((response) => port.postMessage(response));
});
port.postMessage({ ready: true });
