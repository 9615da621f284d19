/**
 * Parent side of the process protocol (see serve.ts). Every measured piece of code runs in a worker
 * process of its own, started on plain `node` from the bench's build (never under tsx), so contenders
 * do not share a heap, a JIT profile or a CPU counter, and the loopback server's CPU is its own.
 */
import { fork, type ChildProcess } from 'node:child_process';

export interface Worker<Info = Record<string, unknown>> {
  readonly name: string;
  /** What the worker announced when ready (always with its `pid`). */
  readonly info: Info & { pid: number };
  call<T>(cmd: string, args?: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
}

/** The environment of worker and cold-start processes: no inherited loader hooks or inspector flags. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  delete env.NODE_INSPECT_RESUME_ON_START;
  return env;
}

export interface WorkerOptions {
  /**
   * Node flags besides `--no-deprecation`, e.g. `--expose-gc`. The parent's own flags (tsx's loader) are never passed
   * on.
   */
  nodeFlags?: string[];
  /** Milliseconds the worker may take to get ready. */
  startTimeoutMs?: number;
}

export async function startWorker<Info = Record<string, unknown>>(
  name: string,
  script: string,
  config: unknown,
  options: WorkerOptions = {},
): Promise<Worker<Info>> {
  const child: ChildProcess = fork(script, [JSON.stringify(config)], {
    // Deprecation warnings off for every worker alike (the peer's signer uses the deprecated Buffer()).
    execArgv: ['--no-deprecation', ...(options.nodeFlags ?? [])],
    env: cleanEnv(),
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    serialization: 'json',
  });
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  let nextId = 1;
  let exited = false;

  const info = await new Promise<Info & { pid: number }>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`worker ${name} did not start within ${options.startTimeoutMs ?? 30_000} ms`)),
      options.startTimeoutMs ?? 30_000,
    );
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`worker ${name} exited during setup (${signal ?? `code ${code}`})`));
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on(
      'message',
      (message: {
        ready?: boolean;
        info?: Info & { pid: number };
        id?: number;
        ok?: boolean;
        value?: unknown;
        error?: string;
      }) => {
        if (message.ready) {
          clearTimeout(timer);
          resolve(message.info!);
          return;
        }
        const waiter = pending.get(message.id!);
        if (!waiter) return;
        pending.delete(message.id!);
        if (message.ok) waiter.resolve(message.value);
        else waiter.reject(new Error(`worker ${name}: ${message.error}`));
      },
    );
  });
  child.removeAllListeners('exit');
  child.on('exit', (code, signal) => {
    exited = true;
    for (const waiter of pending.values())
      waiter.reject(new Error(`worker ${name} exited (${signal ?? `code ${code}`})`));
    pending.clear();
  });

  return {
    name,
    info,
    call<T>(cmd: string, args: Record<string, unknown> = {}): Promise<T> {
      if (exited) return Promise.reject(new Error(`worker ${name} has exited`));
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        child.send({ id, cmd, args });
      });
    },
    async stop(): Promise<void> {
      if (exited) return;
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.disconnect();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await gone;
      clearTimeout(timer);
    },
  };
}

/** Workers of one module run, stopped together in a `finally`. */
export class Workers {
  readonly #all: Worker<unknown>[] = [];
  /** Starts still under way: a sibling's failed start must not leave them running. */
  readonly #starting = new Set<Promise<unknown>>();

  async start<Info = Record<string, unknown>>(
    name: string,
    script: string,
    config: unknown,
    options?: WorkerOptions,
  ): Promise<Worker<Info>> {
    const starting = startWorker<Info>(name, script, config, options);
    this.#starting.add(starting);
    try {
      const worker = await starting;
      this.#all.push(worker as Worker<unknown>);
      return worker;
    } finally {
      this.#starting.delete(starting);
    }
  }

  async stopAll(): Promise<void> {
    await Promise.allSettled([...this.#starting]);
    await Promise.all(this.#all.splice(0).map((w) => w.stop()));
  }
}
