/** `npm start` itself: the seed walkthrough in examples/quickstart.ts, run as a user runs it. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

function quickstart(extraEnv: Record<string, string>) {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('GIGYA_')) env[k] = v;
  return spawnSync(process.execPath, ['--import', 'tsx', 'examples/quickstart.ts'], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...env, ...extraEnv },
    timeout: 60_000,
  });
}

describe('npm start', () => {
  it('runs the whole walkthrough against the embedded emulator, in JSON and XML, and passes', () => {
    const r = quickstart({});
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const step of [
      'socialize.notifyLogin',
      'socialize.setStatus',
      'socialize.getUserInfo',
      'socialize.publishUserAction',
      'socialize.getFriendsInfo',
      'typed switch on ErrorCode',
    ]) {
      expect(r.stdout.split(step).length - 1, step).toBeGreaterThanOrEqual(step === 'socialize.notifyLogin' ? 1 : 2);
    }
    expect(r.stdout).toContain('━━ format=json ━━');
    expect(r.stdout).toContain('━━ format=xml ━━');
    expect(r.stdout).toMatch(/UIDSignature valid for alice/);
    expect(r.stdout).toMatch(/friendshipSignature valid/);
    expect(r.stdout).toMatch(/403005 UnauthorizedUser/);
    // The accounts part, once per format.
    for (const step of [
      '▸ accounts.setSchema',
      '→ accounts.register →',
      '▸ accounts.login',
      '▸ accounts.getAccountInfo',
      '▸ accounts.setAccountInfo',
      '▸ accounts.search',
      '▸ accounts.getJWT + verifyIdToken',
      'verifyWebhook checks each',
    ]) {
      expect(r.stdout.split(step).length - 1, step).toBe(2);
    }
    expect(r.stdout).toContain('── accounts (format=json) ──');
    expect(r.stdout).toContain('── accounts (format=xml) ──');
    expect(r.stdout).toMatch(/a wrong password is a typed error: 403042/);
    expect(r.stdout).toMatch(/a value of the wrong type is refused \(400006 on data\.loyaltyPoints\)/);
    expect(r.stdout).toMatch(/2 matching accounts, read in 2 pages/);
    expect(r.stdout).toMatch(/a tampered id_token is refused: bad-signature/);
    expect(r.stdout).toMatch(/events for \w+: accountCreated, accountRegistered, accountLoggedIn, accountUpdated/);
    expect(r.stdout).not.toContain('✗');
    expect(r.stdout.trimEnd().endsWith('All steps passed.')).toBe(true);
  }, 60_000);

  it('refuses a half-configured real-Gigya run instead of quietly using the emulator', () => {
    const r = quickstart({ GIGYA_API_KEY: '3_someKey', GIGYA_SECRET: 'c2VjcmV0' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('also set GIGYA_UID');
    expect(r.stdout).toBe('');
  }, 60_000);
});
