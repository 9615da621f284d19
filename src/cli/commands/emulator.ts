/**
 * `gigya-typed emulator`: the local Gigya in the foreground. Prints its URL and the credentials it
 * serves (local test credentials, and the GIGYA_* lines to point a client at it), then one line
 * per request (method, apiKey, errorCode, time; never params, passwords, tokens or secrets) until Ctrl-C.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
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
    'secrets are) or a fresh one it prints. Ctrl-C stops it.',
  ].join('\n'),
  options: {
    host: { type: 'string', value: 'HOST', help: 'interface to listen on (default 127.0.0.1)' },
    port: { type: 'string', value: 'N', help: 'port (default 0: any free port)' },
    fixture: { type: 'string', value: 'FILE', help: 'JSON fixture (default: the bundled one)' },
    'api-key': { type: 'string', value: 'KEY', help: "serve this apiKey, with the users of the fixture's first site" },
    secret: { type: 'string', value: 'BASE64', help: 'site secret for --api-key (default: a fresh random one)' },
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
  },
  examples: [
    '--port 4010',
    '--port 4010 --api-key 3_MyLocalKey --secret bG9jYWwgdGVzdCBzZWNyZXQ=',
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
    io.stdout.write(banner(running.url, fixture, stringOption(args, 'api-key'), caOut));
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
      `--${name} must be Base64, as Gigya secrets are (e.g. ${randomBytes(18).toString('base64')}); got a value that is not.`,
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
    ...(booleanOption(args, 'quiet')
      ? {}
      : { log: (line: string) => void io.stdout.write(`${new Date().toISOString()} ${line}\n`) }),
  };
}

/** The URL and the local test credentials, printed once at startup so they can be pasted into a client. */
function banner(url: string, fixture: Fixture, apiKey: string | undefined, caOut: string | undefined): string {
  const out: string[] = [`Gigya emulator listening on ${url}`];
  let first: [string, string] | undefined;
  for (const [key, site] of Object.entries(fixture.sites)) {
    if (apiKey !== undefined && key !== apiKey) continue;
    first ??= [key, site.secret];
    out.push(`  apiKey: ${key}`, `  secret: ${site.secret}`, `  dataCenter: ${site.dataCenter ?? 'us1'}`);
    for (const [userKey, def] of Object.entries(site.userKeys ?? {})) {
      if (def.secret !== undefined) out.push(`  userKey: ${userKey}  userKey secret: ${def.secret}`);
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
  if (first)
    out.push(
      'Point a client or `gigya-typed call` at it with:',
      `  export GIGYA_BASE_URL=${url} GIGYA_API_KEY=${first[0]} GIGYA_SECRET=${first[1]}`,
    );
  if (caOut !== undefined) out.push(`CA certificate for https through this proxy: ${caOut}`);
  out.push('Ctrl-C to stop.');
  return `${out.join('\n')}\n`;
}
