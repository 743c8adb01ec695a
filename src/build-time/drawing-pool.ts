import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

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
export const drawingWorkerFile = () => join(process.cwd(), 'src/build-time/share-image-worker.mjs');

/**
 * Worker processes that draw share images, one image per worker at a time, as many workers as
 * the machine has cores. A worker stops as soon as nothing is left to draw: its memory (fonts,
 * layout engine, renderer) is then free for the rest of the build, Pagefind's index above all,
 * and no idle worker keeps the build from ending.
 */
export class DrawingPool {
  readonly #workerData: unknown;
  readonly #size: number;
  readonly #busy = new Map<ChildProcess, Job>();
  readonly #queue: Job[] = [];

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

  /** How many workers are running: none once every image asked for is drawn. */
  get running(): number {
    return this.#busy.size;
  }

  #next(): void {
    while (this.#queue.length > 0 && this.#busy.size < this.#size) this.#give(this.#spawn(), this.#queue.shift()!);
  }

  #give(worker: ChildProcess, job: Job): void {
    this.#busy.set(worker, job);
    worker.send({ tree: job.tree });
  }

  #spawn(): ChildProcess {
    // Structured clone over the channel, as between threads: the fonts and the PNGs go as bytes.
    const worker = fork(drawingWorkerFile(), [], {
      // The build's own flags (a profiler, an inspector) are not passed on.
      execArgv: [],
      serialization: 'advanced',
    });
    // Sent at once: Node holds a message that comes while the worker still loads its modules until
    // the worker listens (tried with a worker that listens only after 300 ms).
    worker.send({ workerData: this.#workerData });
    worker.on('message', (reply: Reply) => {
      const job = this.#busy.get(worker)!;
      const next = this.#queue.shift();
      if (next) this.#give(worker, next);
      else {
        // Stopped between images, never during one: with its channel closed, the worker ends
        // once its last reply is sent.
        this.#busy.delete(worker);
        worker.disconnect();
      }
      if (reply.error !== undefined) job.reject(new Error(`share image not drawn: ${reply.error}`));
      else job.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
    });
    // A worker that fails to start or dies fails the image it was drawing; the next image gets a
    // new worker, so one bad image does not stop the others.
    worker.on('error', (error) => this.#lose(worker, error));
    worker.on('exit', (code, signal) =>
      this.#lose(worker, new Error(`share image worker stopped with ${signal ?? `code ${code}`}`)),
    );
    return worker;
  }

  #lose(worker: ChildProcess, error: Error): void {
    const job = this.#busy.get(worker);
    // A worker stopped on purpose has no image left to fail.
    if (!job) return;
    this.#busy.delete(worker);
    job.reject(error);
    this.#next();
  }
}
