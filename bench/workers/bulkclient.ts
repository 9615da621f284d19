/**
 * Bulk throughput against the emulator (in its own process, URL given): accounts imported through
 * `runBulk` and accounts.importFullAccount, and exported through `paginate` on accounts.search.
 */
import { createClient, runBulk } from '../../src/index.js';
import { defaultEmulatorFixture } from '../../src/emulator/index.js';
import { serve, workerConfig } from '../lib/serve.js';

const { url } = workerConfig<{ url: string }>();
const [apiKey, site] = Object.entries(defaultEmulatorFixture().sites)[0]!;
const client = createClient({ apiKey, secret: site.secret, baseUrl: url });

export interface ImportRound {
  wallMs: number;
  done: number;
  failed: number;
  rateLimited: number;
}

export interface ExportRound {
  wallMs: number;
  items: number;
  pages: number;
}

function* records(prefix: string, count: number) {
  for (let i = 0; i < count; i++) {
    const UID = `${prefix}-${String(i).padStart(6, '0')}`;
    yield {
      UID,
      loginIDs: { emails: [`${UID}@example.com`] },
      profile: { email: `${UID}@example.com`, firstName: `First${i % 997}`, age: 18 + (i % 60) },
      data: { score: (i * 7919) % 1000, plan: i % 3 === 0 ? 'pro' : 'free' },
    };
  }
}

serve({
  import: async ({ prefix, count, concurrency }: { prefix: string; count: number; concurrency: number }) => {
    const start = performance.now();
    const report = await runBulk(
      records(prefix, count),
      (params, { signal }) => client.accounts.importFullAccount(params, { signal }),
      { method: client.accounts.importFullAccount, concurrency, key: (r) => r.UID },
    );
    if (report.failed > 0) throw new Error(`${report.failed} imports failed: ${String(report.failures[0]?.error)}`);
    return {
      wallMs: performance.now() - start,
      done: report.done,
      failed: report.failed,
      rateLimited: report.rateLimited,
    } satisfies ImportRound;
  },
  export: async ({ prefix, count, pageSize }: { prefix: string; count: number; pageSize: number }) => {
    const start = performance.now();
    const seen = new Set<string>();
    let pages = 0;
    const query = `SELECT * FROM accounts WHERE UID CONTAINS "${prefix}-"`;
    for await (const page of client.accounts.search.paginate({ query, pageSize }).pages()) {
      pages++;
      for (const account of page.items) {
        if (seen.has(account.UID ?? '')) throw new Error(`${account.UID} exported twice`);
        seen.add(account.UID ?? '');
      }
    }
    if (seen.size !== count) throw new Error(`exported ${seen.size} of ${count} accounts`);
    return { wallMs: performance.now() - start, items: seen.size, pages } satisfies ExportRound;
  },
  close: () => client.close(),
});
