/**
 * runBulk over the client and the emulator, as the README shows it: every account a search finds
 * gets a field fixed by accounts.setAccountInfo, while the emulator answers 403048 now and then.
 */
import { describe, expect, it } from 'vitest';
import { importRecord } from '../../../src/emulator/accounts/index.js';
import { memoryCheckpoint, runBulk } from '../../../src/index.js';
import { API_KEY, useAccountsWorld } from './helpers.js';

const world = useAccountsWorld();

describe('runBulk against the emulator', () => {
  it('fixes a field on every account a search finds, slowing down on 403048, each account written once', async () => {
    for (let i = 0; i < 300; i++)
      importRecord(
        world.emulator.accounts.store,
        { apiKey: API_KEY, trusted: true },
        { UID: `fix-${i}`, data: { plan: 'old' } },
        { policy: 'insert', allowClearPassword: false },
      );
    world.emulator.setFaults([{ type: 'rate-limit', method: 'accounts.setAccountInfo', every: 25 }]);
    const client = world.server();
    const checkpoint = memoryCheckpoint();
    const found = client.accounts.search.paginate({
      query: 'SELECT UID FROM accounts WHERE data.plan = "old"',
      pageSize: 100,
    });
    const report = await runBulk(
      found,
      (account, { signal }) =>
        client.accounts.setAccountInfo({ UID: account.UID ?? '', data: { plan: 'new' } }, { signal }),
      { method: client.accounts.setAccountInfo, key: (a) => a.UID ?? '', concurrency: 16, checkpoint },
    );
    expect(report).toMatchObject({ done: 300, failed: 0, total: 300 });
    expect(report.rateLimited).toBeGreaterThan(0);
    expect(report.lowestConcurrency).toBeLessThan(16);
    expect(world.emulator.accounts.list().filter((a) => a.data['plan'] === 'new')).toHaveLength(300);
    const writes = world.emulator.requests.filter((r) => r.method === 'accounts.setAccountInfo' && r.errorCode === 0);
    expect(new Set(writes.map((r) => r.params['UID'])).size).toBe(300);
    expect(writes).toHaveLength(300);
    expect(checkpoint.entries.filter((e) => e.state === 'done')).toHaveLength(300);
  });
});
