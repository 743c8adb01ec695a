import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
// Loaded on the main thread too, as sharp's documentation asks of worker threads: its native
// libraries then stay open for the whole process, not closed and reopened as a worker comes and goes.
import 'sharp';

interface Job {
  tree: unknown;
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

type Reply = { png: Uint8Array; error?: undefined } | { error: string };

/**
 * The worker's file, found from the project, not from this module: the built copy of this code
 * runs from a folder of its own, and the worker is a plain file that Node loads as it stands.
 */
export const drawingWorkerFile = () => join(process.cwd(), 'src/lib/share-image-worker.mjs');

/**
 * Worker threads that draw share images, one image per worker at a time, as many workers as the
 * machine has cores. An idle worker does not keep the process alive, so a build ends as usual.
 */
export class DrawingPool {
  readonly #workerData: unknown;
  readonly #size: number;
  readonly #idle: Worker[] = [];
  readonly #busy = new Map<Worker, Job>();
  readonly #queue: Job[] = [];
  #workers = 0;

  constructor(workerData: unknown, size = availableParallelism()) {
    this.#workerData = workerData;
    this.#size = Math.max(1, size);
  }

  /** The PNG a worker draws of `tree`, an element tree as satori reads it. */
  draw(tree: unknown): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ tree, resolve, reject });
      this.#next();
    });
  }

  /** Stops every worker; images still waiting fail. For tests: a build's idle workers let it end. */
  async close(): Promise<void> {
    const workers = [...this.#idle, ...this.#busy.keys()];
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  #next(): void {
    while (this.#queue.length > 0) {
      const worker = this.#idle.pop() ?? (this.#workers < this.#size ? this.#spawn() : undefined);
      if (!worker) return;
      const job = this.#queue.shift()!;
      this.#busy.set(worker, job);
      worker.ref();
      worker.postMessage({ tree: job.tree });
    }
  }

  #spawn(): Worker {
    const worker = new Worker(drawingWorkerFile(), { workerData: this.#workerData });
    this.#workers++;
    worker.on('message', (reply: Reply) => {
      const job = this.#busy.get(worker)!;
      this.#busy.delete(worker);
      worker.unref();
      this.#idle.push(worker);
      if (reply.error !== undefined) job.reject(new Error(`share image not drawn: ${reply.error}`));
      else job.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
      this.#next();
    });
    // A worker that fails to start or dies fails the image it was drawing; the next image gets a
    // new worker, so one bad image does not stop the others.
    worker.on('error', (error) => this.#lose(worker, error));
    worker.on('exit', (code) => this.#lose(worker, new Error(`share image worker stopped with code ${code}`)));
    return worker;
  }

  #lose(worker: Worker, error: Error): void {
    const job = this.#busy.get(worker);
    const index = this.#idle.indexOf(worker);
    if (!job && index === -1) return;
    if (index !== -1) this.#idle.splice(index, 1);
    this.#busy.delete(worker);
    this.#workers--;
    job?.reject(error);
    this.#next();
  }
}
