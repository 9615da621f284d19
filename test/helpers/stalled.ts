/**
 * Listeners that never let a connection complete, for tests of connect deadlines: a TCP listener
 * whose accept queue is full (a connect to it hangs in SYN_SENT), run by python3 because Node always
 * accepts.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

export interface FullBacklog {
  readonly port: number;
  readonly child: ChildProcess;
}

/** Undefined when python3 is not installed. Kill `child` when done. */
export async function fullBacklog(): Promise<FullBacklog | undefined> {
  if (spawnSync('python3', ['-c', 'pass']).status !== 0) return undefined;
  const script = [
    'import socket, time',
    's = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(0)',
    'fill = []',
    'for _ in range(4):',
    '    c = socket.socket(); c.setblocking(False)',
    '    try: c.connect(s.getsockname())',
    '    except BlockingIOError: pass',
    '    fill.append(c)',
    'print(s.getsockname()[1], flush=True)',
    'time.sleep(120)',
  ].join('\n');
  const child = spawn('python3', ['-c', script], { stdio: ['ignore', 'pipe', 'ignore'] });
  const port = await new Promise<number>((resolve) =>
    child.stdout!.once('data', (d: Buffer) => resolve(Number(String(d).trim()))),
  );
  return { port, child };
}
