/**
 * `export accounts` and `import accounts` against the emulator: an export under 403048 faults
 * writes every account once; an import reports its failures (and writes them with --failures); an
 * import killed halfway (a real child process, SIGKILL) and resumed writes every account exactly once.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/command.js';
import { run } from '../../src/cli/main.js';
import { buildQuery } from '../../src/cli/commands/export.js';
import { importRecord } from '../../src/emulator/accounts/index.js';
import { type EmulatorHandle, startEmulator } from '../../src/emulator/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'gigya-cli-bulk-'));
let emulator: EmulatorHandle;
let env: Record<string, string>;

beforeAll(async () => {
  emulator = await startEmulator({ maxRecordedRequests: 50_000 });
  env = { GIGYA_API_KEY: emulator.apiKey, GIGYA_SECRET: emulator.secret, GIGYA_BASE_URL: emulator.url };
});
afterEach(() => emulator.reset());
afterAll(async () => {
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
});

async function cli(argv: string[], options: { stdin?: string; tty?: boolean } = {}) {
  let out = '';
  let err = '';
  const io: Io = {
    stdout: { write: (s: string) => (out += s), isTTY: false },
    stderr: { write: (s: string) => (err += s), isTTY: options.tty ?? false },
    ...(options.stdin === undefined
      ? {}
      : {
          stdin: (async function* () {
            yield Buffer.from(options.stdin!);
          })(),
        }),
    env,
    cwd: dir,
    invocation: { program: 'gigya-typed' },
    stopRequested: () => new Promise<string>(() => {}),
  };
  const code = await run(argv, io);
  return { code, out, err };
}

function seed(n: number): void {
  for (let i = 0; i < n; i++) {
    const UID = `bulk-${String(i).padStart(5, '0')}`;
    const outcome = importRecord(
      emulator.accounts.store,
      { apiKey: emulator.apiKey, trusted: true },
      { UID, profile: { email: `${UID}@example.com`, firstName: `F${i}` }, data: { rank: i } },
      { policy: 'insert', allowClearPassword: false },
    );
    if (outcome.errorCode !== 0) throw new Error(`seeding ${UID}: ${outcome.errorCode}`);
  }
}

/** Account lines as an export would write them, with a field importFullAccount does not take. */
function accountLines(n: number, prefix = 'imp'): string {
  return Array.from({ length: n }, (_, i) => {
    const UID = `${prefix}-${String(i).padStart(5, '0')}`;
    return JSON.stringify({ UID, profile: { email: `${UID}@example.com` }, data: { rank: i }, createdTimestamp: 1 });
  }).join('\n');
}

const importsOf = (uidPrefix: string) =>
  emulator.requests.filter((r) => r.method === 'accounts.importFullAccount' && r.params['UID']?.startsWith(uidPrefix));

describe('export accounts', () => {
  it('writes every matching account once, as JSON lines, under injected 403048', async () => {
    seed(2_500);
    // The client waits out each 403048 (a second or two), so a few faults only.
    emulator.setFaults([{ type: 'rate-limit', method: 'accounts.search', every: 3 }]);
    const r = await cli([
      'export',
      'accounts',
      '--query',
      'UID CONTAINS "bulk-"',
      '--fields',
      'UID,profile.email',
      '--page-size',
      '500',
    ]);
    expect(r.code, r.err).toBe(0);
    const rows = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { UID: string; profile: object });
    expect(rows).toHaveLength(2_500);
    expect(new Set(rows.map((a) => a.UID)).size).toBe(2_500);
    expect(rows[0]).toEqual({ UID: rows[0]!.UID, profile: { email: `${rows[0]!.UID}@example.com` } });
    expect(emulator.requests.filter((q) => q.errorCode === 403048).length).toBeGreaterThanOrEqual(2);
    expect(r.err).toMatch(/export accounts: 2,500\/2,500 accounts · [\d,]+\/s/);
    expect(r.err).toMatch(/gigya-typed export: 2,500 accounts in \d+:\d\d \([\d,]+\/s\)\n$/);
  });

  it('draws a bar on a terminal, and reads a query whole or as a condition', async () => {
    seed(30);
    const r = await cli(['export', 'accounts', '--page-size', '10', '-o', 'out.ndjson'], { tty: true });
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(readFileSync(join(dir, 'out.ndjson'), 'utf8').trim().split('\n')).toHaveLength(30);
    expect(r.err).toContain('\r\x1b[2K[########################] 100% export accounts: 30/30 accounts');
    expect(buildQuery(undefined, undefined)).toBe('SELECT * FROM accounts');
    expect(buildQuery('data.x = 1', 'UID, data')).toBe('SELECT UID, data FROM accounts WHERE data.x = 1');
    expect(buildQuery('select * from accounts where a = 1', 'UID')).toBe('SELECT UID from accounts where a = 1');
    expect(() => buildQuery('SELECT UID FROM accounts', 'data')).toThrow(/names its own fields/);
    expect((await cli(['export', 'users'])).code).toBe(2);
  });
});

describe('import accounts', () => {
  it('imports every line, sums up the failures and writes them with --failures', async () => {
    const lines = `${accountLines(40)}\nnot json\n\n${JSON.stringify({ UID: 'imp-00003' })}\n`;
    const r = await cli(['import', 'accounts', '--failures', 'failed.ndjson', '--checkpoint', 'a.checkpoint'], {
      stdin: lines,
    });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/gigya-typed import: 40 imported, 2 failed in \d+:\d\d/);
    expect(r.err).toMatch(/400003 ×1, e\.g\. line 43: An account with UID "imp-00003" exists/);
    expect(r.err).toMatch(/400006 ×1, e\.g\. line 41: record: the line is not a JSON object/);
    expect(r.err).toMatch(/left out \(not params of importFullAccount\): createdTimestamp ×40/);
    const failed = readFileSync(join(dir, 'failed.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(failed.map((f) => [f.line, f.errorCode, f.inDoubt])).toEqual([
      [41, 400006, false],
      [43, 400003, false],
    ]);
    expect(failed[1].record).toEqual({ UID: 'imp-00003' });
    expect(emulator.accounts.get('imp-00039')?.profile).toMatchObject({ email: 'imp-00039@example.com' });

    // The checkpoint is there: a second run needs --resume, and then sends only the failed lines again.
    expect((await cli(['import', 'accounts', '--checkpoint', 'a.checkpoint'], { stdin: lines })).code).toBe(2);
    const before = importsOf('imp-').length;
    const again = await cli(['import', 'accounts', '--checkpoint', 'a.checkpoint', '--resume'], { stdin: lines });
    expect(again.err).toMatch(/0 imported, 2 failed, 40 done by an earlier run/);
    expect(importsOf('imp-').length - before).toBe(1);
  });

  it('killed halfway (SIGKILL) and resumed, writes every account exactly once', async () => {
    const N = 1_200;
    writeFileSync(join(dir, 'kill.ndjson'), `${accountLines(N, 'kill')}\n`);
    const checkpoint = join(dir, 'kill.checkpoint');
    // Slow enough to be caught in flight; some calls rate-limited.
    emulator.setFaults([
      { type: 'latency', ms: 15, method: 'accounts.importFullAccount' },
      { type: 'rate-limit', method: 'accounts.importFullAccount', every: 97 },
    ]);
    const args = ['import', 'accounts', '--input', 'kill.ndjson', '--checkpoint', checkpoint, '--concurrency', '8'];
    const tsx = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
    const child = spawn(process.execPath, ['--import', tsx, join(ROOT, 'src/cli/main.ts'), ...args], {
      cwd: dir,
      env: { ...process.env, ...env, GIGYA_LOG: 'error' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let childErr = '';
    child.stderr.on('data', (d: Buffer) => (childErr += d.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    // Kill it once a third of the accounts are recorded as done.
    for (let waited = 0; ; waited += 50) {
      await new Promise((r) => setTimeout(r, 50));
      const done = existsSync(checkpoint) ? (readFileSync(checkpoint, 'utf8').match(/"s":"done"/g)?.length ?? 0) : 0;
      if (done >= N / 3) break;
      if (waited > 60_000) throw new Error(`the import did not get going: ${childErr}`);
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    // Some lines were in flight: started, never recorded as done.
    const last = new Map<string, string>();
    for (const line of readFileSync(checkpoint, 'utf8')
      .split('\n')
      .filter((l) => l.includes('"k"')))
      last.set(JSON.parse(line).k, JSON.parse(line).s);
    expect([...last.values()].filter((state) => state === 'started').length).toBeGreaterThan(0);
    // Requests the child sent before it died finish within the injected latency; then every later
    // request is the resumed run's.
    await new Promise((r) => setTimeout(r, 300));
    const killedAt = Math.max(0, ...emulator.requests.map((r) => r.seq));
    const atKill = importsOf('kill-').filter((r) => r.errorCode === 0).length;
    expect(atKill).toBeGreaterThan(N / 4);
    expect(atKill).toBeLessThan(N);

    emulator.setFaults([{ type: 'rate-limit', method: 'accounts.importFullAccount', every: 101 }]);
    const resumed = await cli([...args, '--resume']);
    expect(resumed.code, resumed.err).toBe(0);
    expect(resumed.err).toMatch(/done by an earlier run/);

    // Every account is there, written by one importFullAccount: at most one answered 0 (a request
    // cut off by the kill is recorded without an answer), none refused as a second insert (400003),
    // and after the kill no account was sent once it was written.
    const perUid = new Map<string, Array<{ code: number; afterKill: boolean }>>();
    for (const r of importsOf('kill-'))
      perUid.set(r.params['UID']!, [
        ...(perUid.get(r.params['UID']!) ?? []),
        { code: r.errorCode ?? -1, afterKill: r.seq > killedAt },
      ]);
    expect(perUid.size).toBe(N);
    for (const [uid, sent] of perUid) {
      const what = `${uid}: ${JSON.stringify(sent)}`;
      expect(sent.filter((s) => s.code === 0).length, what).toBeLessThanOrEqual(1);
      expect(
        sent.filter((s) => s.code !== 0 && s.code !== 403048 && s.code !== -1),
        what,
      ).toEqual([]);
      expect(
        sent.filter((s) => s.code === -1 && s.afterKill),
        what,
      ).toEqual([]);
      const written = sent.findIndex((s) => s.code === 0 || s.code === -1);
      if (written >= 0)
        expect(
          sent.slice(written + 1).filter((s) => s.afterKill),
          what,
        ).toEqual([]);
      expect(emulator.accounts.get(uid), uid).toBeDefined();
    }
    expect(emulator.accounts.list().filter((a) => a.UID.startsWith('kill-'))).toHaveLength(N);
  }, 120_000);
});
