/**
 * `gigya-typed emulator` (what `npm run emulator -- …` runs) as a child process: it prints the
 * listening line and the keys in use (where each secret comes from, never the secret), serves them, and logs one
 * line per request without secrets.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FAULT_HEADER } from '../../src/emulator/index.js';
import { call, callJson } from './helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(ROOT, 'src', 'cli', 'main.ts');
const CLI_KEY = '3_CliTestKey';
const CLI_SECRET = Buffer.from('cli test secret, local only').toString('base64');

let child: ChildProcess | undefined;
const dirs: string[] = [];

afterEach(async () => {
  const proc = child;
  child = undefined;
  if (proc && proc.exitCode === null && proc.signalCode === null) {
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    proc.kill('SIGTERM');
    await exited;
  }
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

interface Started {
  url: string;
  output: () => string;
  /** Waits until the output has `count` lines matching `pattern`. */
  lines: (pattern: RegExp, count: number) => Promise<string[]>;
}

function start(args: string[]): Promise<Started> {
  const proc = spawn(TSX, [CLI, 'emulator', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  child = proc;
  let out = '';
  proc.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  proc.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  const matching = (pattern: RegExp) => out.split('\n').filter((l) => pattern.test(l));
  const lines = async (pattern: RegExp, count: number): Promise<string[]> => {
    for (let i = 0; i < 300 && matching(pattern).length < count; i++) await new Promise((r) => setTimeout(r, 10));
    return matching(pattern);
  };
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /^Gigya emulator listening on (http:\/\/\S+)$/m.exec(out);
      if (match) {
        clearInterval(timer);
        resolve({ url: match[1]!, output: () => out, lines });
      }
    }, 10);
    proc.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`emulator CLI exited with ${code}: ${out}`));
    });
  });
}

describe('emulator CLI', () => {
  it('is what `npm run emulator` runs', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['emulator']).toBe('tsx src/cli/main.ts emulator');
  });

  it('prints the URL and keys (no secret), serves them, and logs one redacted line per request', async () => {
    const { url, output, lines } = await start([
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--api-key',
      CLI_KEY,
      '--secret',
      CLI_SECRET,
      '--timestamp-window',
      '60',
      '--data-center',
      'au1',
    ]);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(output().split('\n')[0]).toBe(`Gigya emulator listening on ${url}`);
    expect(output()).toContain(`apiKey: ${CLI_KEY}`);
    expect(output()).toContain('secret: the one given with --secret');
    expect(output()).not.toContain(CLI_SECRET);
    expect(output()).toContain('dataCenter: au1');
    expect(output()).toContain('users: alice, bob');

    const env = await callJson(url, 'socialize.getUserInfo', { UID: 'alice' }, { apiKey: CLI_KEY, secret: CLI_SECRET });
    expect(env['errorCode']).toBe(0);
    const stale = await callJson(
      url,
      'socialize.getUserInfo',
      { UID: 'alice' },
      { apiKey: CLI_KEY, secret: CLI_SECRET, timestamp: Math.floor(Date.now() / 1000) - 90 },
    );
    expect(stale['errorCode']).toBe(403002);
    // The secret as a param over http: refused, and not logged.
    const plain = await callJson(
      url,
      'socialize.setStatus',
      { UID: 'alice', status: 'x', secret: CLI_SECRET },
      { apiKey: CLI_KEY, secret: false },
    );
    expect(plain['errorCode']).toBe(403006);

    const logLines = await lines(/ socialize\.\w+ apiKey=/, 3);
    expect(logLines).toHaveLength(3);
    expect(logLines[0]).toMatch(/POST socialize\.getUserInfo apiKey=3_CliTestKey auth=signed errorCode=0 http=200 /);
    expect(logLines[1]).toContain('errorCode=403002');
    expect(logLines[2]).toMatch(/POST socialize\.setStatus apiKey=3_CliTestKey auth=secret errorCode=403006/);
    const logged = logLines.join('\n');
    expect(logged).not.toContain(CLI_SECRET);
    expect(logged).not.toMatch(/sig=|nonce=|UID=|alice/);
  });

  it('serves a --fixture file, its data center, and --fault rules', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gigya-cli-fixture-'));
    dirs.push(dir);
    const file = join(dir, 'fixture.json');
    const secret = Buffer.from('fixture file secret').toString('base64');
    writeFileSync(
      file,
      JSON.stringify({
        sites: {
          '3_FromFile': { secret, dataCenter: 'eu1', users: { zoe: { profile: { nickname: 'Zoe' }, loggedIn: true } } },
        },
      }),
    );
    const { url, output } = await start(['--port', '0', '--fixture', file, '--fault', 'rate-limit:2', '--quiet']);
    expect(output()).toContain('apiKey: 3_FromFile');
    expect(output()).toContain('dataCenter: eu1');
    expect(output()).toContain('users: zoe');

    const codes: number[] = [];
    for (let i = 0; i < 4; i++)
      codes.push(
        (await callJson(url, 'socialize.getUserInfo', { UID: 'zoe' }, { apiKey: '3_FromFile', secret }))[
          'errorCode'
        ] as number,
      );
    expect(codes).toEqual([0, 403048, 0, 403048]);
    // The per-request header works too.
    expect(
      (
        await call(
          url,
          'socialize.getUserInfo',
          { UID: 'zoe' },
          { apiKey: '3_FromFile', secret, headers: { [FAULT_HEADER]: '503' } },
        )
      ).status,
    ).toBe(503);
    // --quiet: no request lines (give any stray line time to arrive).
    await new Promise((r) => setTimeout(r, 200));
    expect(output()).not.toMatch(/ socialize\.\w+ apiKey=/);
  });

  it('rejects bad arguments and fixtures with a message', async () => {
    await expect(start(['--secret', CLI_SECRET])).rejects.toThrow(/--secret needs --api-key/);
    await expect(start(['--api-key', CLI_KEY, '--secret', 'S'])).rejects.toThrow(/--secret must be Base64/);
    await expect(start(['--fixture', join(tmpdir(), 'no-such-fixture.json')])).rejects.toThrow(
      /Cannot read the emulator fixture file/,
    );
    await expect(start(['--fault', 'earthquake'])).rejects.toThrow(/--fault earthquake: the type must be one of/);
    await expect(start(['--api-key', CLI_KEY, '--secret', CLI_SECRET, '--data-center', 'not a dc'])).rejects.toThrow(
      /dataCenter/,
    );
  });
});

describe('emulator CLI with accounts', () => {
  it('lists the fixture accounts by login ID and never prints a password, token or session secret', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gigya-cli-accounts-'));
    dirs.push(dir);
    const file = join(dir, 'fixture.json');
    const secret = Buffer.from('accounts fixture secret').toString('base64');
    const seededPassword = 'Seeded-Cli-Pass-1';
    const newPassword = 'Brand-New-Cli-Pass-2';
    writeFileSync(
      file,
      JSON.stringify({
        sites: {
          '3_CliAccounts': { secret, accounts: [{ UID: 'kim', email: 'kim@example.com', password: seededPassword }] },
        },
      }),
    );
    const { url, output, lines } = await start(['--port', '0', '--fixture', file]);
    expect(output()).toContain('accounts: kim@example.com');
    const opts = { apiKey: '3_CliAccounts', secret };
    const init = await callJson(url, 'accounts.initRegistration', {}, opts);
    const regToken = String(init['regToken']);
    const registered = await callJson(
      url,
      'accounts.register',
      { regToken, email: 'lee@example.com', password: newPassword, finalizeRegistration: true, include: 'id_token' },
      opts,
    );
    expect(registered['errorCode']).toBe(0);
    const login = await callJson(
      url,
      'accounts.login',
      { loginID: 'kim@example.com', password: seededPassword, targetEnv: 'mobile', include: 'id_token' },
      opts,
    );
    expect(login['errorCode']).toBe(0);
    const wrong = await callJson(url, 'accounts.login', { loginID: 'kim@example.com', password: newPassword }, opts);
    expect(wrong['errorCode']).toBe(403042);
    await lines(/ accounts\.\w+ apiKey=/, 4);
    const printed = output();
    const session = login['sessionInfo'] as Record<string, string>;
    const cookie = (registered['sessionInfo'] as Record<string, string>)['cookieValue']!;
    for (const secretText of [
      seededPassword,
      newPassword,
      regToken,
      session['sessionToken']!,
      session['sessionSecret']!,
      cookie,
      String(login['id_token']),
      String(registered['id_token']).split('.')[2]!,
    ]) {
      expect(printed).not.toContain(secretText);
    }
    expect(printed).toMatch(/POST accounts\.login apiKey=3_CliAccounts auth=signed errorCode=403042/);
  });
});
