/**
 * Worker side of the bench's process protocol: a worker sets itself up, announces `ready` with what
 * the parent needs (a URL, a pid), then answers `{ id, cmd, args }` messages one at a time. It exits
 * when the parent goes away, so a crashed run leaves no process behind.
 */
type Handler = (args: never) => unknown;

export function serve(handlers: Record<string, Handler>, info: Record<string, unknown> = {}): void {
  if (!process.send) throw new Error('a bench worker must be started by bench/run.ts (it needs an IPC channel)');
  process.on('disconnect', () => process.exit(0));
  process.on('message', (message: { id: number; cmd: string; args?: unknown }) => {
    void (async () => {
      try {
        const handler = handlers[message.cmd];
        if (!handler) throw new Error(`unknown command ${message.cmd}`);
        const value = await (handler as (args: unknown) => unknown)(message.args ?? {});
        process.send!({ id: message.id, ok: true, value });
      } catch (error) {
        process.send!({
          id: message.id,
          ok: false,
          error: error instanceof Error ? (error.stack ?? error.message) : String(error),
        });
      }
    })();
  });
  process.send({ ready: true, info: { pid: process.pid, ...info } });
}

/** Reads the worker's JSON config from argv[2]. */
export function workerConfig<T>(): T {
  const raw = process.argv[2];
  if (raw === undefined) throw new Error('missing worker config (argv[2])');
  return JSON.parse(raw) as T;
}
