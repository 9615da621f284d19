/**
 * A server in its own process: the fixed-envelope loopback server every contender talks to, or the
 * emulator. Reports its own CPU, so the parent can tell client work from server work.
 */
import { startFixedServer } from '../lib/fixed-server.js';
import { serve, workerConfig } from '../lib/serve.js';

const { kind } = workerConfig<{ kind: 'fixed' | 'emulator' }>();

function cpu(): { cpuUserUs: number; cpuSystemUs: number } {
  const { user, system } = process.cpuUsage();
  return { cpuUserUs: user, cpuSystemUs: system };
}

if (kind === 'fixed') {
  const server = await startFixedServer();
  serve(
    { stats: () => ({ ...cpu(), requests: server.requests }), lastBody: () => server.lastBody },
    { url: server.url },
  );
} else {
  // Loaded only here, so the fixed server's process stays as small as a minimal node:http server.
  const { startEmulator } = await import('../../src/emulator/index.js');
  const emulator = await startEmulator();
  serve({ stats: () => cpu() }, { url: emulator.url });
}
