/**
 * Emulator throughput: gigya-typed at concurrency 32 against the emulator and against a minimal
 * node:http server, both in this process (`inproc`) or each in its own process (URLs given).
 */
import { createClient } from '../../src/index.js';
import { defaultEmulatorFixture, startEmulator } from '../../src/emulator/index.js';
import { drive } from '../lib/drive.js';
import { startFixedServer } from '../lib/fixed-server.js';
import { STATUS } from '../lib/fixture.js';
import { serve, workerConfig } from '../lib/serve.js';

/** `watched`: an emulator whose inspector stream has a listener (own process only). */
export type EmulatorTarget = 'emulator' | 'minimal' | 'watched';

const config = workerConfig<{ inproc: true } | { inproc: false; emulator: string; minimal: string; watched: string }>();

const closers: Array<() => Promise<void>> = [];
let urls: Partial<Record<EmulatorTarget, string>>;
if (config.inproc) {
  const emulator = await startEmulator();
  const minimal = await startFixedServer();
  closers.push(
    () => emulator.close(),
    () => minimal.close(),
  );
  urls = { emulator: emulator.url, minimal: minimal.url };
} else {
  urls = { emulator: config.emulator, minimal: config.minimal, watched: config.watched };
}

// The emulator's default site and user; the minimal server ignores what it is sent.
const [apiKey, site] = Object.entries(defaultEmulatorFixture().sites)[0]!;
const uid = Object.keys(site.users ?? {})[0]!;
const clients: Partial<Record<EmulatorTarget, ReturnType<typeof createClient>>> = {};
for (const [target, baseUrl] of Object.entries(urls) as Array<[EmulatorTarget, string]>) {
  const client = createClient({ apiKey, secret: site.secret, baseUrl });
  clients[target] = client;
  closers.push(() => client.close());
}

serve({
  round: ({ target, calls, concurrency }: { target: EmulatorTarget; calls: number; concurrency: number }) =>
    drive(() => clients[target]!.socialize.setStatus({ uid, status: STATUS }), calls, concurrency),
  close: async () => {
    for (const close of closers) await close();
  },
});
