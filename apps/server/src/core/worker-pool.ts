import { Worker, type ResourceLimits, type Transferable } from 'node:worker_threads';
import { apiError } from './errors';

export interface WorkerPoolOptions {
  /** Workers at most (each runs one task at a time). */
  size: number;
  /** Tasks waiting for a worker at most; one more is refused with RATE_LIMITED. */
  maxQueued: number;
  /** A task still running after this long has its worker ended (default 60 s). */
  timeoutMs?: number;
  /** An idle worker ends after this long, giving its memory back (default 30 s). */
  idleMs?: number;
  /** Heap limits of each worker: a task that needs more ends its worker, not the server. */
  resourceLimits?: ResourceLimits;
  /** The RATE_LIMITED message when the queue is full. */
  busyMessage: string;
}

/** A task that did not finish: it threw (`failed`, with its message), ran out of time or of memory. */
export class WorkerTaskError extends Error {
  constructor(
    message: string,
    readonly reason: 'failed' | 'timeout' | 'out-of-memory' | 'crashed',
  ) {
    super(message);
    this.name = 'WorkerTaskError';
  }
}

interface Task {
  input: unknown;
  transfer: Transferable[];
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  /** The thread runs: a task's time limit counts from here, not from a loaded machine's thread start. */
  online: boolean;
  task: Task | null;
  timer?: NodeJS.Timeout;
  idle?: NodeJS.Timeout;
}

/**
 * CPU-heavy work (parsing a workbook) off the event loop: a few worker_threads started on
 * demand from a plain JS file, a bounded queue in front of them. The worker file answers each
 * `{ id, input }` message with `{ id, ok: true, value }` or `{ id, ok: false, message }`.
 * Workers do not keep the process alive, and end when idle.
 */
export class WorkerPool<In, Out> {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;

  constructor(
    private readonly file: string,
    private readonly options: WorkerPoolOptions,
  ) {}

  /** Tasks running and waiting (for tests and metrics). */
  get load(): { running: number; queued: number } {
    return { running: this.slots.filter((s) => s.task).length, queued: this.queue.length };
  }

  run(input: In, transfer: Transferable[] = []): Promise<Out> {
    if (this.queue.length >= this.options.maxQueued && !this.freeSlot()) {
      return Promise.reject(apiError('RATE_LIMITED', this.options.busyMessage, { retryAfterSeconds: 5 }));
    }
    return new Promise<Out>((resolve, reject) => {
      this.queue.push({ input, transfer, resolve: resolve as (value: unknown) => void, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    for (const task of this.queue.splice(0)) task.reject(new WorkerTaskError('服务器正在关闭', 'crashed'));
    await Promise.all(this.slots.splice(0).map((slot) => this.end(slot)));
  }

  private freeSlot(): boolean {
    return this.slots.length < this.options.size || this.slots.some((s) => !s.task);
  }

  private dispatch(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.task);
      if (!slot && this.slots.length < this.options.size) slot = this.spawn();
      if (!slot) return;
      const task = this.queue.shift()!;
      this.start(slot, task);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.file, { resourceLimits: this.options.resourceLimits });
    const slot: Slot = { worker, online: false, task: null };
    worker.once('online', () => {
      slot.online = true;
      if (slot.task) this.arm(slot);
    });
    worker.on('message', (message: { ok: boolean; value?: unknown; message?: string }) => {
      const task = slot.task;
      if (!task) return;
      this.finish(slot);
      if (message.ok) task.resolve(message.value);
      else task.reject(new WorkerTaskError(String(message.message), 'failed'));
    });
    worker.on('error', (error: Error & { code?: string }) =>
      this.lose(
        slot,
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new WorkerTaskError('内存不足', 'out-of-memory')
          : new WorkerTaskError(error.message, 'crashed'),
      ),
    );
    worker.on('exit', (code) => this.lose(slot, new WorkerTaskError(`工作线程意外退出（${code}）`, 'crashed')));
    this.slots.push(slot);
    return slot;
  }

  private start(slot: Slot, task: Task): void {
    clearTimeout(slot.idle);
    slot.task = task;
    slot.worker.ref();
    if (slot.online) this.arm(slot);
    slot.worker.postMessage({ id: this.nextId++, input: task.input }, task.transfer);
  }

  private arm(slot: Slot): void {
    slot.timer = setTimeout(() => {
      this.lose(slot, new WorkerTaskError('处理超时', 'timeout'));
    }, this.options.timeoutMs ?? 60_000);
  }

  private finish(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.task = null;
    slot.worker.unref();
    slot.idle = setTimeout(() => this.retire(slot), this.options.idleMs ?? 30_000);
    slot.idle.unref();
    this.dispatch();
  }

  /** The worker is gone or must go: fail its task, replace it for the tasks waiting. */
  private lose(slot: Slot, error: WorkerTaskError): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    clearTimeout(slot.timer);
    clearTimeout(slot.idle);
    const task = slot.task;
    slot.task = null;
    void this.end(slot);
    task?.reject(error);
    this.dispatch();
  }

  private retire(slot: Slot): void {
    if (slot.task) return;
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    void this.end(slot);
  }

  private async end(slot: Slot): Promise<void> {
    clearTimeout(slot.timer);
    clearTimeout(slot.idle);
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => {});
    await slot.worker.terminate().catch(() => {});
  }
}
