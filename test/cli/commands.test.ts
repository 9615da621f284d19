/**
 * The `gigya-typed` commands, run in-process against the emulator: output, exit codes, help.
 * test/cli/packed.test.ts runs the same program from a packed install, as a user does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignatureBaseString, calcSignature } from '../../src/auth/signing.js';
import { EXIT, type Invocation, type Io } from '../../src/cli/command.js';
import { invocationFrom, run } from '../../src/cli/main.js';
import { COMMANDS } from '../../src/cli/registry.js';
import { type EmulatorHandle, startEmulator } from '../../src/emulator/index.js';

interface Run {
  code: number;
  out: string;
  err: string;
}

let emulator: EmulatorHandle;
let env: Record<string, string>;
beforeAll(async () => {
  emulator = await startEmulator();
  env = { GIGYA_API_KEY: emulator.apiKey, GIGYA_SECRET: emulator.secret, GIGYA_BASE_URL: emulator.url };
});
afterAll(() => emulator.close());

function bufferIo(
  options: { env?: Record<string, string>; stdin?: string; tty?: boolean; invocation?: Invocation } = {},
) {
  let out = '';
  let err = '';
  let stop: ((signal: string) => void) | undefined;
  const stopped = new Promise<string>((resolve) => (stop = resolve));
  const io: Io = {
    stdout: { write: (s: string) => (out += s), isTTY: options.tty ?? false },
    stderr: { write: (s: string) => (err += s) },
    ...(options.stdin === undefined ? {} : { stdin: chunks(options.stdin) }),
    env: options.env ?? {},
    cwd: process.cwd(),
    invocation: options.invocation ?? { program: 'gigya-typed' },
    stopRequested: () => stopped,
  };
  return { io, out: () => out, err: () => err, stop: (signal = 'SIGINT') => stop!(signal) };
}

async function* chunks(text: string): AsyncIterable<Buffer> {
  yield Buffer.from(text);
}

async function cli(argv: string[], options: Parameters<typeof bufferIo>[0] = {}): Promise<Run> {
  const b = bufferIo({ env, ...options });
  const code = await run(argv, b.io);
  return { code, out: b.out(), err: b.err() };
}

describe('the program', () => {
  it('lists the commands on --help, exits 2 with the list when given none, and prints its version', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    for (const c of COMMANDS) expect(help.out).toContain(`  ${c.name}`);
    expect(help.out).toMatch(/Exit codes: 0 done, 1 Gigya answered with an error/);
    expect((await cli([])).code).toBe(EXIT.usage);
    expect(await cli(['--version'])).toEqual({ code: 0, out: '0.1.0\n', err: '' });
  });

  it('every command has --help, naming how it is run; `help <command>` says the same', async () => {
    for (const c of COMMANDS) {
      const r = await cli([c.name, '--help']);
      expect(r.code, c.name).toBe(0);
      expect(r.out, c.name).toMatch(new RegExp(`^Usage: gigya-typed ${c.name} `));
      expect(r.out, c.name).toContain('-h, --help');
      expect((await cli(['help', c.name])).out).toBe(r.out);
    }
  });

  it('an unknown command or option is a usage error (2) with a suggestion', async () => {
    const r = await cli(['cal', 'socialize.getUserInfo']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toMatch(/Unknown command "cal"\. Did you mean "call"\?/);
    const o = await cli(['explain', '403003', '--jsn']);
    expect(o.code).toBe(EXIT.usage);
    expect(o.err).toMatch(/Unknown option '--jsn'/);
    expect(o.err).toMatch(/Run `gigya-typed explain --help`/);
  });

  it('names the command that runs it: npx, or the npm script of a clone', () => {
    expect(invocationFrom({})).toEqual({ program: 'gigya-typed' });
    expect(invocationFrom({ npm_lifecycle_event: 'npx' })).toEqual({ program: 'npx gigya-typed' });
    expect(
      invocationFrom({ npm_lifecycle_event: 'emulator', npm_lifecycle_script: 'tsx src/cli/main.ts emulator' }),
    ).toEqual({ program: 'gigya-typed', script: { command: 'emulator', run: 'npm run emulator --' } });
  });

  it('`npm run emulator -- --help` shows `npm run emulator --` as the usage', async () => {
    const r = await cli(['emulator', '--help'], {
      invocation: { program: 'gigya-typed', script: { command: 'emulator', run: 'npm run emulator --' } },
    });
    expect(r.out).toMatch(/^Usage: npm run emulator -- \[options\]/);
    expect(r.out).toContain('  npm run emulator -- --port 4010 --api-key');
  });
});

describe('call', () => {
  it('prints the result as JSON: compact when piped, indented on a terminal or with --pretty', async () => {
    const piped = await cli(['call', 'socialize.getUserInfo', 'uid=alice']);
    expect(piped).toMatchObject({ code: 0, err: '' });
    expect(piped.out.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(piped.out)).toMatchObject({ errorCode: 0, UID: 'alice' });
    const tty = await cli(['call', 'socialize.getUserInfo', 'uid=alice'], { tty: true });
    expect(tty.out).toMatch(/^\{\n {2}"callId"/);
    expect((await cli(['call', 'socialize.getUserInfo', 'uid=alice', '--no-pretty'], { tty: true })).out).not.toContain(
      '\n  ',
    );
  });

  it('reads text params as the catalog types them, name:=JSON as given, and --params-json from stdin', async () => {
    const r = await cli(['call', 'socialize.getUserInfo', 'signIDs=true', '--params-json', '-'], {
      stdin: '{"uid":"alice"}',
    });
    expect(r.code).toBe(0);
    const recorded = emulator.requests.at(-1)!;
    expect(recorded.method).toBe('socialize.getUserInfo');
    const typed = await cli(['call', 'socialize.getUserInfo', 'uid=alice', 'includeAllIdentities:=false']);
    expect(typed.code).toBe(0);
    // A text the validator takes as it is stays text.
    const status = await cli(['call', 'socialize.setStatus', 'uid=alice', 'status=true']);
    expect(status.code).toBe(0);
    expect((await cli(['call', 'socialize.getUserInfo', 'uid'])).err).toMatch(/"uid" is not a param: write name=value/);
    expect((await cli(['call', 'socialize.getUserInfo', 'x:={'])).code).toBe(EXIT.usage);
  });

  it('a misspelt method gets a "did you mean" (2); --uncatalogued sends it through client.call', async () => {
    const r = await cli(['call', 'socialize.getUserInf', 'uid=alice']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toMatch(/socialize\.getUserInf is not in the catalog\. Did you mean "socialize\.getUserInfo"\?/);
    const sent = await cli(['call', 'socialize.getUserInf', 'uid=alice', '--uncatalogued']);
    expect(sent.code).toBe(EXIT.failed);
    expect(sent.err).toMatch(/failed with Gigya error 501001/);
    // A method no catalogued name is close to goes out as it is.
    expect((await cli(['call', 'comments.getComments', 'categoryID=c'])).err).toMatch(/Gigya error 501001/);
  });

  it('invalid params: what is wrong with each, with the param meant, nothing sent (1)', async () => {
    const before = emulator.requests.length;
    const r = await cli(['call', 'socialize.setStatus', 'uid=alice', 'stauts=hi']);
    expect(r.code).toBe(EXIT.failed);
    expect(r.err).toContain('the params of socialize.setStatus are not valid; nothing was sent');
    expect(r.err).toMatch(/stauts: unknown param.*Did you mean "status"\?/);
    expect(r.err).toMatch(/status: is required/);
    expect(emulator.requests.length).toBe(before);
  });

  it("an API error prints the code, its name, Gigya's message and what to do (1)", async () => {
    const r = await cli(['call', 'socialize.getUserInfo', 'uid=nobody']);
    expect(r.code).toBe(EXIT.failed);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/socialize\.getUserInfo failed with Gigya error 403005 UnauthorizedUser: Unauthorized user/);
    expect(r.err).toMatch(/what to do: The user ID is not valid for this site/);
    expect(r.err).toMatch(/`gigya-typed explain 403005` says more/);
  });

  it(
    'missing credentials list the variables and the flags (3); ' + 'a dead endpoint is a transport failure (4)',
    async () => {
      const none = await cli(['call', 'socialize.getUserInfo'], { env: {} });
      expect(none.code).toBe(EXIT.config);
      expect(none.err).toMatch(/GIGYA_API_KEY and GIGYA_SECRET/);
      expect(none.err).toMatch(/--api-key with --secret/);
      const dead = await cli(['call', 'socialize.getUserInfo', 'uid=alice', '--base-url', 'http://127.0.0.1:1']);
      expect(dead.code).toBe(EXIT.transport);
      expect(dead.err).toMatch(/refused/);
    },
  );

  it('flags win over the environment; --trace and GIGYA_LOG=debug write to stderr only', async () => {
    const wrong = { ...env, GIGYA_SECRET: Buffer.from('wrong').toString('base64') };
    const r = await cli(
      [
        'call',
        'socialize.getUserInfo',
        'uid=alice',
        '--api-key',
        emulator.apiKey,
        '--secret',
        emulator.secret,
        '--trace',
      ],
      {
        env: wrong,
      },
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ UID: 'alice' });
    expect(JSON.parse(r.err)).toMatchObject({ method: 'socialize.getUserInfo', response: { httpStatus: 200 } });
    expect(r.err).not.toContain(emulator.secret);
    const debug = await cli(['call', 'socialize.getUserInfo', 'uid=alice'], { env: { ...env, GIGYA_LOG: 'debug' } });
    expect(debug.err).toMatch(/^\[debug\] socialize\.getUserInfo ok/);
    expect(JSON.parse(debug.out)).toMatchObject({ UID: 'alice' });
  });
});

describe('sign', () => {
  it(
    'prints the normalized URL, the sorted params, ' + 'the base string and the signature the client would send',
    async () => {
      const r = await cli([
        'sign',
        'socialize.setStatus',
        'uid=alice',
        'status=hi there',
        '--url',
        'HTTPS://Socialize.US1.gigya.com:443/socialize.setStatus',
        '--timestamp',
        '1700000000',
        '--nonce',
        'n-1',
      ]);
      expect(r.code).toBe(0);
      const params = {
        apiKey: emulator.apiKey,
        nonce: 'n-1',
        status: 'hi there',
        timestamp: '1700000000',
        uid: 'alice',
      };
      const base = buildSignatureBaseString('POST', 'https://socialize.us1.gigya.com/socialize.setStatus', params);
      expect(r.out).toContain('normalized URL:  https://socialize.us1.gigya.com/socialize.setStatus');
      expect(r.out).toContain(
        `  apiKey=${emulator.apiKey}\n  nonce=n-1\n  status=hi%20there\n  timestamp=1700000000\n  uid=alice\n`,
      );
      expect(r.out).toContain(`  ${base}\n`);
      expect(r.out).toContain(`signature (sig): ${calcSignature(base, emulator.secret)}`);
      expect(r.out).not.toContain(emulator.secret);
    },
  );

  it('signs what the emulator accepts, and says when there is no secret (3)', async () => {
    const r = await cli(['sign', 'socialize.getUserInfo', 'uid=alice', 'format=json', '--json']);
    const steps = JSON.parse(r.out) as { url: string; params: string[]; signature: string };
    expect(steps.url).toBe(`${emulator.url}/socialize.getUserInfo`);
    const form = new URLSearchParams(steps.params.map((p) => p.split('=').map(decodeURIComponent) as [string, string]));
    form.set('sig', steps.signature);
    const answer = (await (await fetch(steps.url, { method: 'POST', body: form })).json()) as { errorCode: number };
    expect(answer.errorCode).toBe(0);
    const none = await cli(['sign', 'socialize.getUserInfo'], { env: { GIGYA_API_KEY: 'k' } });
    expect(none.code).toBe(EXIT.config);
    expect(none.err).toMatch(/signing needs a secret: pass --secret or set GIGYA_SECRET/);
  });

  it('--compare names the mistake behind a different signature, and exits 0 on the same one', async () => {
    const args = ['sign', 'socialize.setStatus', 'uid=alice', 'status=hi there', '--timestamp', '1700000000'];
    const url = `${emulator.url}/socialize.setStatus`;
    const params = { apiKey: emulator.apiKey, nonce: 'n-2', status: 'hi there', timestamp: '1700000000', uid: 'alice' };
    // Another program signed with "+" for the space (form encoding).
    const form = new URLSearchParams(Object.entries(params).sort(([a], [b]) => (a < b ? -1 : 1))).toString();
    const wrong = calcSignature(`POST&${encodeURIComponent(url)}&${encodeURIComponent(form)}`, emulator.secret);
    const r = await cli([...args, '--nonce', 'n-2', '--compare', wrong]);
    expect(r.code).toBe(EXIT.failed);
    expect(r.out).toContain(`compared:        ${wrong} (differs)`);
    expect(r.out).toContain('the signature compared is explained by: space-as-plus');
    expect(r.out).toContain('Spaces were encoded as "+"');
    expect(r.out).not.toContain(emulator.secret);
    const right = calcSignature(buildSignatureBaseString('POST', url, params), emulator.secret);
    const same = await cli([...args, '--nonce', 'n-2', '--compare', right, '--json']);
    expect(same.code).toBe(0);
    expect(JSON.parse(same.out).comparison).toEqual({ matches: true, compared: right });
  });
});

describe('explain', () => {
  it("gives the code's name, message, outcome, retry class and what to do; by code or by name", async () => {
    const r = await cli(['explain', '403002']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^403002 RequestHasExpired\n/);
    expect(r.out).toMatch(/retry: +clock-skew, retried once at once, after the client corrects its clock/);
    expect(r.out).toMatch(/what to do: +\S/);
    expect((await cli(['explain', 'requesthasexpired'])).out).toBe(r.out);
    const pending = JSON.parse((await cli(['explain', '206001', '--json'])).out) as { outcome: string };
    expect(pending.outcome).toBe('pending');
  });

  it('an unknown code exits 1, a misspelt name gets a suggestion', async () => {
    expect(await cli(['explain', '123456'])).toMatchObject({ code: EXIT.failed, out: '' });
    expect((await cli(['explain', 'InvalidRequestSignatur'])).err).toMatch(
      /Did you mean InvalidRequestSignature \(403003\)\?/,
    );
    expect((await cli(['explain'])).code).toBe(EXIT.usage);
  });
});

describe('methods', () => {
  it('lists every method with its params, required ones marked', async () => {
    const r = await cli(['methods']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^socialize\.setStatus +uid status\* /m);
    expect(r.out).toMatch(/\d+ methods; \* marks required params\./);
  });

  it('a method in detail, as JSON too; an unknown name is a usage error with a suggestion', async () => {
    const r = await cli(['methods', 'socialize.setStatus']);
    expect(r.out).toMatch(/ {4}status\* +string/);
    expect(r.out).toMatch(/ {4}shortURLs +string/);
    const [json] = JSON.parse((await cli(['methods', 'socialize.setStatus', '--json'])).out) as Array<{
      params: Array<{ name: string; required: boolean }>;
    }>;
    expect(json!.params.find((p) => p.name === 'status')).toEqual({ name: 'status', required: true, type: 'string' });
    const bad = await cli(['methods', 'socialise']);
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.err).toMatch(/Did you mean "socialize"\?/);
  });
});

describe('emulator', () => {
  /** Starts the emulator command; its output, once the banner is complete, and a stop function. */
  async function serve(argv: string[]): Promise<{ out: string; stop: () => Promise<number> }> {
    const b = bufferIo();
    const done = run(['emulator', '--port', '0', '--quiet', ...argv], b.io);
    for (let i = 0; i < 200 && !b.out().includes('Ctrl-C'); i++) await new Promise((r) => setTimeout(r, 10));
    return {
      out: b.out(),
      stop: () => {
        b.stop();
        return done;
      },
    };
  }

  it('a key without --secret gets a fresh secret, written only to the --env-out file (mode 0600)', async () => {
    const { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'gigya-cli-env-'));
    try {
      const file = join(dir, 'gigya.env');
      writeFileSync(file, 'left by an earlier run\n', { mode: 0o644 });
      const emulator = await serve(['--api-key', '3_MyLocalKey', '--env-out', file]);
      const url = /listening on (\S+)/.exec(emulator.out)![1]!;
      expect(emulator.out).toContain(`\nInspector: ${url}/__inspector (`);
      const line = readFileSync(file, 'utf8');
      const m = /^export GIGYA_BASE_URL=(\S+) GIGYA_API_KEY=3_MyLocalKey GIGYA_SECRET=([A-Za-z0-9+/=]{32})\n$/.exec(
        line,
      );
      expect(m, line).not.toBeNull();
      expect(m![1]).toBe(url);
      if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
      const secret = m![2]!;
      expect(emulator.out).not.toContain(secret);
      expect(emulator.out).toMatch(/^ {2}secret: generated for this run, in .*gigya\.env$/m);
      expect(emulator.out).toContain(`  . ${file}`);
      const r = await cli(['call', 'socialize.getUserInfo', 'uid=alice'], {
        env: { GIGYA_BASE_URL: url, GIGYA_API_KEY: '3_MyLocalKey', GIGYA_SECRET: secret },
      });
      expect(JSON.parse(r.out)).toMatchObject({ UID: 'alice' });
      expect(await emulator.stop()).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const refused = await cli(['emulator', '--api-key', '3_MyLocalKey']);
    expect(refused.code).toBe(EXIT.usage);
    expect(refused.err).toMatch(/secrets are never printed: add --env-out FILE .*or give --secret/);
  });

  it(
    'never prints a secret: the banner names where each comes from (a flag, the fixture file, the bundled ' +
      'fixture)',
    async () => {
      const { defaultEmulatorFixture } = await import('../../src/emulator/index.js');
      const bundled = defaultEmulatorFixture();
      const secrets = Object.values(bundled.sites).flatMap((site) => [
        site.secret,
        ...Object.values(site.userKeys ?? {}).flatMap((k) => (k.secret === undefined ? [] : [k.secret])),
      ]);
      const given = 'bG9jYWwgdGVzdCBzZWNyZXQ=';
      const userSecret = 'dXNlciBrZXkgc2VjcmV0IG9mIHRoaXMgdGVzdA==';
      const plain = await serve([]);
      const flagged = await serve([
        '--api-key',
        '3_MyLocalKey',
        '--secret',
        given,
        '--user-key',
        'AMyKey',
        '--user-secret',
        userSecret,
      ]);
      const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
      const { tmpdir } = await import('node:os');
      const { join } = await import('node:path');
      const dir = mkdtempSync(join(tmpdir(), 'gigya-cli-fixture-'));
      const fixtureFile = join(dir, 'fixture.json');
      const fileSecret = 'c2VjcmV0IG9mIGEgZml4dHVyZSBmaWxl';
      writeFileSync(fixtureFile, JSON.stringify({ sites: { '3_FromFile': { secret: fileSecret } } }));
      const fromFile = await serve(['--fixture', fixtureFile]);
      rmSync(dir, { recursive: true, force: true });
      expect(fromFile.out).toContain(`  secret: from the fixture ${fixtureFile}`);
      expect(fromFile.out).not.toContain(fileSecret);
      for (const emulator of [plain, flagged, fromFile]) {
        for (const secret of [...secrets, given, userSecret]) expect(emulator.out).not.toContain(secret);
        expect(emulator.out).not.toMatch(/GIGYA_SECRET=/);
        expect(await emulator.stop()).toBe(0);
      }
      expect(plain.out).toMatch(/^ {2}secret: the bundled fixture's/m);
      expect(plain.out).toMatch(/^ {2}userKey: AEmulatorUserKey {2}secret: the bundled fixture's/m);
      expect(flagged.out).toMatch(/^ {2}secret: the one given with --secret$/m);
      expect(flagged.out).toMatch(/^ {2}userKey: AMyKey {2}secret: the one given with --user-secret$/m);
      expect(flagged.out).toMatch(/export GIGYA_BASE_URL=\S+ GIGYA_API_KEY=3_MyLocalKey\n {2}and GIGYA_SECRET set to/);
    },
  );

  it('writes its CA certificate with --ca-out and takes --request-timeout', async () => {
    const { mkdtempSync, readFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'gigya-cli-ca-'));
    try {
      const b = bufferIo();
      const file = join(dir, 'ca.pem');
      const done = run(['emulator', '--port', '0', '--quiet', '--ca-out', file, '--request-timeout', '5000'], b.io);
      for (let i = 0; i < 200 && !b.out().includes('Ctrl-C'); i++) await new Promise((r) => setTimeout(r, 10));
      expect(b.out()).toContain(`CA certificate for https through this proxy: ${file}`);
      expect(readFileSync(file, 'utf8')).toMatch(/^-----BEGIN CERTIFICATE-----/);
      b.stop('SIGTERM');
      expect(await done).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a secret that is not Base64 and flags that need each other (2)', async () => {
    const bad = await cli(['emulator', '--api-key', 'K', '--secret', 'S']);
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.err).toMatch(/--secret must be Base64, as Gigya secrets are \(e\.g\. [A-Za-z0-9+/]+\)/);
    expect((await cli(['emulator', '--port', 'x'])).err).toMatch(/--port needs a non-negative number/);
    expect((await cli(['emulator', '--tls-key', 'k.pem'])).err).toMatch(/go together/);
    expect((await cli(['emulator', '--ca-cert', 'c.pem'])).err).toMatch(/--ca-key and --ca-cert go together/);
    expect((await cli(['emulator', '--latency', '700000'])).err).toMatch(/--latency must be at most 600000 ms/);
  });
});

describe('generate', () => {
  it('needs --catalog and --out (the built-in catalog ships generated)', async () => {
    const r = await cli(['generate']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toMatch(/generate needs --catalog DIR and --out DIR/);
  });
});
