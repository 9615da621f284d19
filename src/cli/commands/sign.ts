/**
 * `gigya-typed sign <method> [name=value …]`: the signature of a request, step by step, so a
 * user can compare it with what their other code computes when Gigya answers 403003.
 */
import { diagnoseSignature, type SignatureDiagnosis } from '../../auth/diagnose.js';
import {
  buildSignatureBaseString,
  calcSignature,
  createNonce,
  normalizeUrl,
  secretKey,
  serializeParams,
} from '../../auth/signing.js';
import { withEnvironment } from '../../env.js';
import { GigyaConfigError } from '../../errors.js';
import { checkMethodName, methodUrl, resolveEndpoint } from '../../wire/hosts.js';
import {
  booleanOption,
  type Command,
  commandLine,
  EXIT,
  integerOption,
  methodAndPairs,
  stringOption,
  UsageError,
} from '../command.js';
import { CREDENTIAL_OPTIONS, clientOptionsFrom } from '../credentials.js';
import { readParams } from '../params.js';

export const sign: Command = {
  name: 'sign',
  summary: 'Show how a request is signed: the normalized URL, the sorted params, the base string and the signature.',
  usage: '<method> [name=value …] [name:=JSON …] [options]',
  description: [
    "Signs like the client does (and like SAP's SDKs): HMAC-SHA1 with the Base64-decoded secret over",
    'METHOD&enc(normalized URL)&enc(sorted params). Pass the --timestamp and --nonce your other code',
    'used, and its --url, to reproduce its signature; a difference shows which part disagrees.',
    'apiKey (and userKey) are added from the credentials; the secret is never printed.',
    'With --compare SIG (the signature your code computed), a difference is diagnosed: the usual',
    'mistake that reproduces SIG (scheme, host, port, secret not Base64-decoded, + or %20 for spaces,',
    'unsorted or unsigned params, …), as the emulator explains its 403003 answers.',
  ].join('\n'),
  options: {
    url: {
      type: 'string',
      value: 'URL',
      help: 'the URL signed (default: the method on --data-center / --api-domain / --base-url)',
    },
    'http-method': { type: 'string', value: 'POST|GET', help: 'the HTTP method signed (default POST)' },
    timestamp: { type: 'string', value: 'SECONDS', help: 'Unix time signed (default: now)' },
    nonce: { type: 'string', value: 'TEXT', help: 'nonce signed (default: a fresh one)' },
    compare: {
      type: 'string',
      value: 'SIG',
      help: 'the signature your code computed: exit 1 with the mistake that explains it when it differs',
    },
    json: { type: 'boolean', help: 'print the steps as one JSON object' },
    'params-json': { type: 'string', value: 'JSON', help: 'params as one JSON object (- for stdin, @FILE)' },
    ...CREDENTIAL_OPTIONS,
  },
  examples: [
    'socialize.setStatus uid=alice status=hi --timestamp 1700000000 --nonce 1700000000123_42',
    'accounts.getAccountInfo UID=abc --url https://accounts.eu1.gigya.com/accounts.getAccountInfo',
    'socialize.setStatus uid=alice status="hi there" --timestamp 1700000000 --nonce n1 --compare Qm9ndXM=',
  ],
  maxPositionals: Number.POSITIVE_INFINITY,
  async run(args, io) {
    const program = commandLine(io.invocation, 'sign');
    const { method, pairs } = methodAndPairs(args, 'sign', checkMethodName);
    const httpMethod = (stringOption(args, 'http-method') ?? 'POST').toUpperCase();
    if (httpMethod !== 'POST' && httpMethod !== 'GET')
      throw new UsageError(`--http-method must be POST or GET, got "${httpMethod}".`);
    const timestamp = integerOption(args, 'timestamp') ?? Math.floor(Date.now() / 1000);
    const nonce = stringOption(args, 'nonce') ?? createNonce();
    const { params: given_ } = await readParams(pairs, stringOption(args, 'params-json'), io);

    const { options } = withEnvironment(clientOptionsFrom(args, io.env, io.cwd));
    if (options.secret === undefined) {
      io.stderr.write(
        `${program}: signing needs a secret: pass --secret or set GIGYA_SECRET (with --api-key / GIGYA_API_KEY, or ` +
          `--user-key / GIGYA_USER_KEY).\n`,
      );
      return EXIT.config;
    }
    try {
      const url = stringOption(args, 'url') ?? methodUrl(resolveEndpoint(options), method).href;
      const params: Record<string, string> = {
        ...serializeParams(given_),
        ...(options.apiKey !== undefined ? { apiKey: options.apiKey } : {}),
        ...(options.userKey !== undefined ? { userKey: options.userKey } : {}),
        timestamp: String(timestamp),
        nonce,
      };
      const baseString = buildSignatureBaseString(httpMethod, url, params);
      const signature = calcSignature(baseString, options.secret);
      // The base string's last part is the sorted, encoded param string, encoded once more.
      const paramString = decodeURIComponent(baseString.slice(baseString.lastIndexOf('&') + 1));
      const compared = stringOption(args, 'compare');
      const comparison =
        compared === undefined ? undefined : compare(compared, signature, httpMethod, url, params, options.secret);
      const steps = {
        httpMethod,
        url: normalizeUrl(url),
        params: paramString === '' ? [] : paramString.split('&'),
        baseString,
        signature,
        ...(comparison === undefined ? {} : { comparison }),
      };
      const code = comparison === undefined || comparison.matches ? EXIT.ok : EXIT.failed;
      if (booleanOption(args, 'json')) {
        io.stdout.write(`${JSON.stringify(steps, null, 2)}\n`);
        return code;
      }
      io.stdout.write(
        [
          `normalized URL:  ${steps.url}`,
          `HTTP method:     ${httpMethod}`,
          'params, sorted by code point and RFC 3986 encoded:',
          ...steps.params.map((p) => `  ${p}`),
          'base string:',
          `  ${baseString}`,
          `signature (sig): ${signature}`,
          ...(comparison === undefined ? [] : comparisonLines(comparison)),
          '',
        ].join('\n'),
      );
      return code;
    } catch (error) {
      if (error instanceof GigyaConfigError) {
        io.stderr.write(`${program}: ${error.message}\n`);
        return EXIT.config;
      }
      throw error;
    }
  },
};

interface Comparison {
  readonly matches: boolean;
  readonly compared: string;
  readonly diagnosis?: Pick<SignatureDiagnosis, 'mistake' | 'summary' | 'tried'>;
}

/** The signature given against the one computed, diagnosed as the emulator diagnoses a 403003. */
function compare(
  compared: string,
  signature: string,
  httpMethod: string,
  url: string,
  params: Record<string, string>,
  secret: string,
): Comparison {
  if (compared === signature) return { matches: true, compared };
  const { mistake, summary, tried } = diagnoseSignature({
    httpMethod,
    url,
    params,
    received: compared,
    key: { name: 'secret', key: secretKey(secret), text: secret },
  });
  return { matches: false, compared, diagnosis: { mistake, summary, tried } };
}

function comparisonLines(comparison: Comparison): string[] {
  if (comparison.matches) return [`compared:        ${comparison.compared} (the same)`];
  const found = comparison.diagnosis?.mistake;
  return [
    `compared:        ${comparison.compared} (differs)`,
    found
      ? `the signature compared is explained by: ${found.kinds.join(', ')}`
      : `no usual mistake explains it (${comparison.diagnosis?.tried ?? 0} tried)`,
    `  ${found ? found.explanation : (comparison.diagnosis?.summary ?? '')}`,
    ...(found ? ['base string it was computed over:', `  ${found.baseString}`] : []),
  ];
}
