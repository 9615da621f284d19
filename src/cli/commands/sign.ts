/**
 * `gigya-typed sign <method> [name=value …]`: the signature of a request, step by step, so a
 * user can compare it with what their other code computes when Gigya answers 403003.
 */
import {
  buildSignatureBaseString,
  calcSignature,
  createNonce,
  normalizeUrl,
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
    json: { type: 'boolean', help: 'print the steps as one JSON object' },
    'params-json': { type: 'string', value: 'JSON', help: 'params as one JSON object (- for stdin, @FILE)' },
    ...CREDENTIAL_OPTIONS,
  },
  examples: [
    'socialize.setStatus uid=alice status=hi --timestamp 1700000000 --nonce 1700000000123_42',
    'accounts.getAccountInfo UID=abc --url https://accounts.eu1.gigya.com/accounts.getAccountInfo',
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
        `${program}: signing needs a secret: pass --secret or set GIGYA_SECRET (with --api-key / GIGYA_API_KEY, or --user-key / GIGYA_USER_KEY).\n`,
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
      const steps = {
        httpMethod,
        url: normalizeUrl(url),
        params: paramString === '' ? [] : paramString.split('&'),
        baseString,
        signature,
      };
      if (booleanOption(args, 'json')) {
        io.stdout.write(`${JSON.stringify(steps, null, 2)}\n`);
        return EXIT.ok;
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
          '',
        ].join('\n'),
      );
      return EXIT.ok;
    } catch (error) {
      if (error instanceof GigyaConfigError) {
        io.stderr.write(`${program}: ${error.message}\n`);
        return EXIT.config;
      }
      throw error;
    }
  },
};
