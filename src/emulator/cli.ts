/**
 * `npm run emulator -- --port 8080 --api-key K --secret S [--fixture F] [--timestamp-window 120] [--latency MS] …`
 *
 * Starts the emulator in the foreground, prints its URL and the credentials in use, then logs one
 * line per request (method, apiKey, errorCode, time; never params, passwords, tokens or secrets).
 * Ctrl-C stops it.
 */
import { parseArgs } from 'node:util';
import {
  defaultEmulatorFixture,
  loadFixture,
  startEmulator,
  type EmulatorOptions,
  type FaultRule,
  type FaultType,
  type Fixture,
} from './index.js';

const HELP = `Usage: npm run emulator -- [options]

  --host HOST               interface to listen on (default 127.0.0.1)
  --port N                  port (default 0 = any free port)
  --fixture FILE            JSON fixture (default: the bundled src/emulator/fixtures/default.json)
  --api-key KEY             serve this apiKey (with the users of the fixture's first site)
  --secret BASE64           site secret for --api-key
  --data-center DC          data center of the --api-key site (default: the fixture's, else us1);
                            calls addressed to another one (through a proxy setting) get 301001
  --user-key KEY            also accept this userKey …
  --user-secret BASE64      … with this secret
  --timestamp-window S      allowed clock difference for signed requests (default 120)
  --latency MS              delay every answer by MS milliseconds (at most 600000)
  --request-timeout MS      close a connection whose request takes longer to arrive (default 30000)
  --fault TYPE[:EVERY]      inject a fault on every EVERY-th request (repeatable), e.g. rate-limit:3
                            types: unavailable, rate-limit, server-error, expired, reset, reset-after, truncate
  --tls-key FILE --tls-cert FILE   serve HTTPS
  --ca-key FILE --ca-cert FILE     sign tunnelled https hosts with this CA (default: a new one per run)
  --ca-out FILE             write the CA certificate (PEM) to trust for https through the proxy
  --trust-forwarded-proto   take the scheme from x-forwarded-proto
  --quiet                   no per-request log lines
  --help
`;

function fail(message: string): never {
  process.stderr.write(`emulator: ${message}\n\n${HELP}`);
  process.exit(2);
}

function number(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) fail(`--${name} needs a non-negative number, got "${value}".`);
  return n;
}

type Args = ReturnType<typeof parseCliArgs>;

function parseCliArgs() {
  try {
    return parseArgs({
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        fixture: { type: 'string' },
        'api-key': { type: 'string' },
        secret: { type: 'string' },
        'data-center': { type: 'string' },
        'user-key': { type: 'string' },
        'user-secret': { type: 'string' },
        'timestamp-window': { type: 'string' },
        latency: { type: 'string' },
        'request-timeout': { type: 'string' },
        fault: { type: 'string', multiple: true },
        'tls-key': { type: 'string' },
        'tls-cert': { type: 'string' },
        'ca-key': { type: 'string' },
        'ca-cert': { type: 'string' },
        'ca-out': { type: 'string' },
        'trust-forwarded-proto': { type: 'boolean' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean' },
      },
      strict: true,
    }).values;
  } catch (error) {
    fail((error as Error).message);
  }
}

/** The fixture to serve: the given or bundled one, with the credentials and data center of the flags. */
function fixtureOf(args: Args): Fixture {
  let fixture: Fixture = args.fixture !== undefined ? loadFixture(args.fixture) : defaultEmulatorFixture();
  const apiKey = args['api-key'];
  if ((apiKey === undefined) !== (args.secret === undefined)) fail('--api-key and --secret go together.');
  if (apiKey !== undefined && args.secret !== undefined) {
    // Serve the given credentials with the users of the fixture's first site.
    const first = Object.values(fixture.sites)[0];
    fixture = { ...fixture, sites: { ...fixture.sites, [apiKey]: { ...(first ?? {}), secret: args.secret } } };
  }
  if (args['data-center'] !== undefined) {
    if (apiKey === undefined) fail('--data-center needs --api-key and --secret.');
    fixture.sites[apiKey] = { ...fixture.sites[apiKey]!, dataCenter: args['data-center'] };
    fixture = loadFixture(fixture);
  }
  if ((args['user-key'] === undefined) !== (args['user-secret'] === undefined))
    fail('--user-key and --user-secret go together.');
  if (args['user-key'] !== undefined && args['user-secret'] !== undefined) {
    for (const site of Object.values(fixture.sites))
      site.userKeys = { ...(site.userKeys ?? {}), [args['user-key']]: { secret: args['user-secret'] } };
  }
  return fixture;
}

async function optionsOf(args: Args, fixture: Fixture): Promise<EmulatorOptions> {
  const faults: FaultRule[] = (args.fault ?? []).map((spec) => {
    const [type = '', every] = spec.split(':');
    return { type: type as FaultType, ...(every === undefined ? {} : { every: number('fault', every) ?? 1 }) };
  });
  const { readFileSync } = await import('node:fs');
  if ((args['tls-key'] === undefined) !== (args['tls-cert'] === undefined))
    fail('--tls-key and --tls-cert go together.');
  const tls =
    args['tls-key'] !== undefined && args['tls-cert'] !== undefined
      ? { key: readFileSync(args['tls-key']), cert: readFileSync(args['tls-cert']) }
      : undefined;

  if ((args['ca-key'] === undefined) !== (args['ca-cert'] === undefined)) fail('--ca-key and --ca-cert go together.');
  const ca =
    args['ca-key'] !== undefined && args['ca-cert'] !== undefined
      ? { key: readFileSync(args['ca-key']), cert: readFileSync(args['ca-cert']) }
      : undefined;
  const port = number('port', args.port);
  const windowSeconds = number('timestamp-window', args['timestamp-window']);
  const latency = number('latency', args.latency);
  const requestTimeout = number('request-timeout', args['request-timeout']);
  return {
    fixture,
    ...(args.host === undefined ? {} : { host: args.host }),
    ...(port === undefined ? {} : { port }),
    ...(windowSeconds === undefined ? {} : { timestampWindowSeconds: windowSeconds }),
    ...(latency === undefined ? {} : { latencyMs: latency }),
    ...(requestTimeout === undefined ? {} : { requestTimeoutMs: requestTimeout }),
    ...(faults.length > 0 ? { faults } : {}),
    ...(tls ? { tls } : {}),
    ...(ca ? { ca } : {}),
    ...(args['trust-forwarded-proto'] ? { trustForwardedProto: true } : {}),
    ...(args.quiet ? {} : { log: (line: string) => process.stdout.write(`${new Date().toISOString()} ${line}\n`) }),
  };
}

/** The URL and the local test credentials, printed once at startup so they can be pasted into a client. */
function banner(url: string, fixture: Fixture, apiKey: string | undefined): string {
  const out: string[] = [`Gigya emulator listening on ${url}`];
  for (const [key, site] of Object.entries(fixture.sites)) {
    if (apiKey !== undefined && key !== apiKey) continue;
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
  out.push(`Call e.g. POST ${url}/socialize.getUserInfo (format=json). Ctrl-C to stop.`);
  return `${out.join('\n')}\n`;
}

async function main(): Promise<void> {
  const args = parseCliArgs();
  if (args.help) {
    process.stdout.write(HELP);
    return;
  }
  const fixture = fixtureOf(args);
  const emulator = await startEmulator(await optionsOf(args, fixture));
  process.stdout.write(banner(emulator.url, fixture, args['api-key']));
  if (args['ca-out'] !== undefined) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(args['ca-out'], emulator.caCertificate);
    process.stdout.write(`  CA certificate for https through this proxy: ${args['ca-out']}\n`);
  }
  const stop = (): void => {
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`emulator: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
