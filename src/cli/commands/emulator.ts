/**
 * `gigya-typed emulator`: the local Gigya in the foreground. Prints its URL, its inspector page's
 * and the keys it serves, with where each secret comes from but never a secret itself (terminals,
 * CI logs and screen shares keep what is printed); `--env-out FILE` writes the GIGYA_* export line, secret included,
 * to a file only its owner can read. Then one line per request (method, apiKey, errorCode, time;
 * never params, passwords, tokens or secrets) until Ctrl-C.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeSecret } from '../../auth/signing.js';
import { FAULT_TYPE_LIST, latencyProblem, MAX_LATENCY_MS } from '../../emulator/faults.js';
import type { EmulatorOptions, FaultRule, FaultType, Fixture } from '../../emulator/index.js';
import { GigyaConfigError } from '../../errors.js';
import { booleanOption, type Command, EXIT, type Io, type ParsedArgs, stringOption, UsageError } from '../command.js';

// The emulator's list itself: faults.ts is light, unlike the emulator it belongs to.
const FAULT_TYPES = FAULT_TYPE_LIST;

export const emulator: Command = {
  name: 'emulator',
  summary: 'Run the local Gigya emulator: signatures, nonces, timestamps and params checked as Gigya does.',
  usage: '[options]',
  description: [
    'Serves the bundled fixture (users alice and bob) or --fixture FILE. With --api-key it also serves',
    "that key, with the users of the fixture's first site and the --secret you give (Base64, as Gigya",
    'secrets are), or a fresh one written to --env-out FILE. Secrets are never printed: the banner says',
    'where each comes from, and --env-out FILE (mode 0600) holds the export line with the secret.',
    'Ctrl-C stops it.',
  ].join('\n'),
  options: {
    host: { type: 'string', value: 'HOST', help: 'interface to listen on (default 127.0.0.1)' },
    port: { type: 'string', value: 'N', help: 'port (default 0: any free port)' },
    fixture: { type: 'string', value: 'FILE', help: 'JSON fixture (default: the bundled one)' },
    'api-key': { type: 'string', value: 'KEY', help: "serve this apiKey, with the users of the fixture's first site" },
    secret: {
      type: 'string',
      value: 'BASE64',
      help: 'site secret for --api-key (default: a fresh random one, written only to --env-out)',
    },
    'env-out': {
      type: 'string',
      value: 'FILE',
      help: 'write `export GIGYA_BASE_URL=… GIGYA_API_KEY=… GIGYA_SECRET=…` to FILE (mode 0600) for `. FILE`',
    },
    'data-center': {
      type: 'string',
      value: 'DC',
      help: 'data center of the --api-key site (default us1); calls addressed to another get 301001',
    },
    'user-key': { type: 'string', value: 'KEY', help: 'also accept this application key …' },
    'user-secret': { type: 'string', value: 'BASE64', help: '… with this secret' },
    'timestamp-window': {
      type: 'string',
      value: 'S',
      help: 'allowed clock difference of signed requests (default 120)',
    },
    latency: { type: 'string', value: 'MS', help: `delay every answer by MS milliseconds (at most ${MAX_LATENCY_MS})` },
    'request-timeout': {
      type: 'string',
      value: 'MS',
      help: 'close a connection whose request takes longer to arrive (default 30000)',
    },
    fault: {
      type: 'string',
      multiple: true,
      value: 'TYPE[:EVERY]',
      help: `inject a fault on every EVERY-th request, e.g. rate-limit:3 (${FAULT_TYPES.join(', ')})`,
    },
    'tls-key': { type: 'string', value: 'FILE', help: 'serve HTTPS with this key …' },
    'tls-cert': { type: 'string', value: 'FILE', help: '… and this certificate' },
    'ca-key': {
      type: 'string',
      value: 'FILE',
      help: 'sign the https hosts tunnelled through it with this CA key … (default: a new CA per run)',
    },
    'ca-cert': { type: 'string', value: 'FILE', help: '… and this CA certificate' },
    'ca-out': {
      type: 'string',
      value: 'FILE',
      help: 'write the CA certificate (PEM) to trust for https through the proxy',
    },
    'trust-forwarded-proto': { type: 'boolean', help: 'take the scheme from x-forwarded-proto (behind a TLS proxy)' },
    quiet: { type: 'boolean', help: 'no per-request log lines' },
    'no-inspector': { type: 'boolean', help: 'do not serve the inspector page at /__inspector' },
  },
  examples: [
    '--port 4010',
    '--port 4010 --api-key 3_MyLocalKey --secret bG9jYWwgdGVzdCBzZWNyZXQ=',
    '--port 4010 --api-key 3_MyLocalKey --env-out .gigya-env',
    '--fixture fixture.json --fault rate-limit:3 --quiet',
  ],
  maxPositionals: 0,
  async run(args, io) {
    const emulatorModule = await import('../../emulator/index.js');
    const { FixtureError, startEmulator } = emulatorModule;
    let fixture: Fixture;
    let options: EmulatorOptions;
    try {
      fixture = fixtureOf(args, io, emulatorModule);
      options = optionsOf(args, fixture, io);
    } catch (error) {
      if (error instanceof FixtureError || error instanceof GigyaConfigError) throw new UsageError(error.message);
      throw error;
    }
    const running = await startEmulator(options);
    const caOut = stringOption(args, 'ca-out');
    if (caOut !== undefined) writeFileSync(resolve(io.cwd, caOut), running.caCertificate);
    const envOut = stringOption(args, 'env-out');
    const served = servedSites(fixture, stringOption(args, 'api-key'));
    if (envOut !== undefined && served[0] !== undefined) {
      const [key, site] = served[0];
      writePrivate(
        resolve(io.cwd, envOut),
        `export GIGYA_BASE_URL=${running.url} GIGYA_API_KEY=${key} GIGYA_SECRET=${site.secret}\n`,
      );
    }
    io.stdout.write(banner(running.url, served, origins(args), { caOut, envOut, inspectorUrl: running.inspectorUrl }));
    const signal = await io.stopRequested();
    await running.close();
    if (!booleanOption(args, 'quiet')) io.stdout.write(`Emulator stopped (${signal}).\n`);
    return EXIT.ok;
  },
};

function number(args: ParsedArgs, name: string): number | undefined {
  const value = stringOption(args, name);
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0)
    throw new UsageError(`--${name} needs a non-negative number, got "${value}".`);
  return n;
}

function base64Secret(name: string, value: string): string {
  try {
    decodeSecret(value);
    return value;
  } catch {
    throw new UsageError(
      `--${name} must be Base64, as Gigya secrets are (e.g. ${randomBytes(18).toString('base64')}); got a value ` +
        `that is not.`,
    );
  }
}

/** The fixture to serve: the given or bundled one, with the credentials and data center of the flags. */
type EmulatorModule = typeof import('../../emulator/index.js');

function fixtureOf(args: ParsedArgs, io: Io, { defaultEmulatorFixture, loadFixture }: EmulatorModule): Fixture {
  const file = stringOption(args, 'fixture');
  let fixture: Fixture = file !== undefined ? loadFixture(resolve(io.cwd, file)) : defaultEmulatorFixture();
  const apiKey = stringOption(args, 'api-key');
  const secretFlag = stringOption(args, 'secret');
  if (secretFlag !== undefined && apiKey === undefined) throw new UsageError('--secret needs --api-key.');
  if (apiKey !== undefined) {
    if (secretFlag === undefined && stringOption(args, 'env-out') === undefined)
      throw new UsageError(
        '--api-key without --secret makes a fresh secret, and secrets are never printed: add --env-out FILE to ' +
          'receive it (mode 0600), or give --secret.',
      );
    const secret = secretFlag === undefined ? randomBytes(24).toString('base64') : base64Secret('secret', secretFlag);
    const first = Object.values(fixture.sites)[0];
    const dataCenter = stringOption(args, 'data-center');
    fixture = loadFixture({
      ...fixture,
      sites: {
        ...fixture.sites,
        [apiKey]: { ...(first ?? {}), secret, ...(dataCenter === undefined ? {} : { dataCenter }) },
      },
    });
  } else if (stringOption(args, 'data-center') !== undefined) {
    throw new UsageError('--data-center needs --api-key.');
  }
  const userKey = stringOption(args, 'user-key');
  const userSecret = stringOption(args, 'user-secret');
  if ((userKey === undefined) !== (userSecret === undefined))
    throw new UsageError('--user-key and --user-secret go together.');
  if (userKey !== undefined && userSecret !== undefined) {
    base64Secret('user-secret', userSecret);
    for (const site of Object.values(fixture.sites))
      site.userKeys = { ...(site.userKeys ?? {}), [userKey]: { secret: userSecret } };
  }
  return fixture;
}

function optionsOf(args: ParsedArgs, fixture: Fixture, io: Io): EmulatorOptions {
  const faults: FaultRule[] = ((args.values['fault'] as string[] | undefined) ?? []).map((spec) => {
    const [type = '', every] = spec.split(':');
    if (!FAULT_TYPES.includes(type as FaultType))
      throw new UsageError(`--fault ${spec}: the type must be one of ${FAULT_TYPES.join(', ')}.`);
    const n = every === undefined ? undefined : Number(every);
    if (n !== undefined && !(Number.isInteger(n) && n >= 1))
      throw new UsageError(`--fault ${spec}: EVERY must be a whole number from 1.`);
    return { type: type as FaultType, ...(n === undefined ? {} : { every: n }) };
  });
  const pair = (key: string, cert: string): { key: string; cert: string } | undefined => {
    const k = stringOption(args, key);
    const c = stringOption(args, cert);
    if ((k === undefined) !== (c === undefined)) throw new UsageError(`--${key} and --${cert} go together.`);
    return k === undefined || c === undefined ? undefined : { key: k, cert: c };
  };
  const tls = pair('tls-key', 'tls-cert');
  const ca = pair('ca-key', 'ca-cert');
  const read = (flag: string, path: string): Buffer => {
    try {
      return readFileSync(resolve(io.cwd, path));
    } catch (error) {
      throw new UsageError(`--${flag} ${path} cannot be read (${(error as { code?: string }).code ?? 'error'}).`);
    }
  };
  const port = number(args, 'port');
  const windowSeconds = number(args, 'timestamp-window');
  const latency = number(args, 'latency');
  const latencyIssue = latency === undefined ? undefined : latencyProblem(latency);
  if (latencyIssue !== undefined) throw new UsageError(`--latency ${latencyIssue}.`);
  const requestTimeout = number(args, 'request-timeout');
  const host = stringOption(args, 'host');
  return {
    fixture,
    ...(host === undefined ? {} : { host }),
    ...(port === undefined ? {} : { port }),
    ...(windowSeconds === undefined ? {} : { timestampWindowSeconds: windowSeconds }),
    ...(latency === undefined ? {} : { latencyMs: latency }),
    ...(requestTimeout === undefined ? {} : { requestTimeoutMs: requestTimeout }),
    ...(faults.length > 0 ? { faults } : {}),
    ...(tls ? { tls: { key: read('tls-key', tls.key), cert: read('tls-cert', tls.cert) } } : {}),
    ...(ca ? { ca: { key: read('ca-key', ca.key), cert: read('ca-cert', ca.cert) } } : {}),
    ...(booleanOption(args, 'trust-forwarded-proto') ? { trustForwardedProto: true } : {}),
    ...(booleanOption(args, 'no-inspector') ? { inspector: false } : {}),
    ...(booleanOption(args, 'quiet')
      ? {}
      : { log: (line: string) => void io.stdout.write(`${new Date().toISOString()} ${line}\n`) }),
  };
}

/** Where the secrets of the served sites come from, named in the banner instead of the values. */
interface SecretOrigins {
  /** The site secret of `apiKey`. */
  site(apiKey: string): string;
  /** The secret of a user key. */
  userKey(userKey: string): string;
}

function origins(args: ParsedArgs): SecretOrigins {
  const apiKey = stringOption(args, 'api-key');
  const userKey = stringOption(args, 'user-key');
  const file = stringOption(args, 'fixture');
  const fixture =
    file === undefined
      ? "the bundled fixture's (emulator/fixtures/default.json in the package)"
      : `from the fixture ${file}`;
  return {
    site: (key) =>
      key !== apiKey
        ? fixture
        : stringOption(args, 'secret') !== undefined
          ? 'the one given with --secret'
          : `generated for this run, in ${stringOption(args, 'env-out')}`,
    userKey: (key) => (key === userKey ? 'the one given with --user-secret' : fixture),
  };
}

/** The sites the banner shows: the --api-key one alone when given, otherwise every site of the fixture. */
function servedSites(fixture: Fixture, apiKey: string | undefined): Array<[string, Fixture['sites'][string]]> {
  return Object.entries(fixture.sites).filter(([key]) => apiKey === undefined || key === apiKey);
}

/** Writes a file only its owner can read; an existing one is replaced, never written through. */
function writePrivate(file: string, text: string): void {
  rmSync(file, { force: true });
  writeFileSync(file, text, { mode: 0o600, flag: 'wx' });
}

/**
 * The URL and the keys served, printed once at startup. Secrets are named by where they come from,
 * never printed: the export line leaves GIGYA_SECRET to the reader, or to the --env-out file.
 */
function banner(
  url: string,
  served: ReadonlyArray<[string, Fixture['sites'][string]]>,
  origin: SecretOrigins,
  files: {
    readonly caOut: string | undefined;
    readonly envOut: string | undefined;
    readonly inspectorUrl: string | undefined;
  },
): string {
  const out: string[] = [`Gigya emulator listening on ${url}`];
  if (files.inspectorUrl !== undefined)
    out.push(`Inspector: ${files.inspectorUrl} (requests live, why a signature failed, accounts, faults)`);
  for (const [key, site] of served) {
    out.push(`  apiKey: ${key}`, `  secret: ${origin.site(key)}`, `  dataCenter: ${site.dataCenter ?? 'us1'}`);
    for (const [userKey, def] of Object.entries(site.userKeys ?? {})) {
      if (def.secret !== undefined) out.push(`  userKey: ${userKey}  secret: ${origin.userKey(userKey)}`);
      else out.push(`  userKey: ${userKey}  (bearer JWT, public key registered)`);
    }
    const users = Object.keys(site.users ?? {});
    if (users.length > 0) out.push(`  users: ${users.join(', ')}`);
    // Login IDs only: a fixture's clear passwords are for the tests that wrote them, not for the log.
    const accounts = (site.accounts ?? []).map((a) => a.email ?? a.loginIDs?.emails?.[0] ?? a.username ?? a.UID ?? '?');
    if (accounts.length > 0)
      out.push(
        `  accounts: ${accounts.slice(0, 10).join(', ')}${accounts.length > 10 ? `, … (${accounts.length})` : ''}`,
      );
  }
  const first = served[0]?.[0];
  if (first !== undefined && files.envOut !== undefined)
    out.push(
      'Point a client or `gigya-typed call` at it with:',
      `  . ${files.envOut}    (GIGYA_BASE_URL, GIGYA_API_KEY=${first} and its GIGYA_SECRET; readable by you only)`,
    );
  else if (first !== undefined)
    out.push(
      'Point a client or `gigya-typed call` at it with:',
      `  export GIGYA_BASE_URL=${url} GIGYA_API_KEY=${first}`,
      `  and GIGYA_SECRET set to the site secret (${origin.site(first)}; --env-out FILE writes it all).`,
    );
  if (files.caOut !== undefined) out.push(`CA certificate for https through this proxy: ${files.caOut}`);
  out.push('Ctrl-C to stop.');
  return `${out.join('\n')}\n`;
}
