/** `gigya-typed call <method> [name=value …]`: one call, its result as JSON on stdout. */
import type { GigyaClient } from '../../index.js';
import type { ResponseFormat } from '../../options.js';
import { checkMethodName } from '../../wire/hosts.js';
import {
  booleanOption,
  type Command,
  commandLine,
  EXIT,
  integerOption,
  methodAndPairs,
  OUTPUT_OPTIONS,
  stringOption,
  UsageError,
  writeJson,
} from '../command.js';
import { CREDENTIAL_OPTIONS, clientOptionsFrom } from '../credentials.js';
import { coerceToCatalog, readParams } from '../params.js';

export const call: Command = {
  name: 'call',
  summary: 'Call a Gigya method and print its result as JSON.',
  usage: '<method> [name=value …] [name:=JSON …] [options]',
  description: [
    'Catalogued methods are validated before anything is sent (a misspelt method or param gets a',
    '"did you mean"); `name=value` text is read as the catalog types the param (true, 10, {"a":1}).',
    'Methods the catalog does not list are signed and sent as given. Credentials and the endpoint',
    'come from the flags or from GIGYA_API_KEY, GIGYA_SECRET, … (see --help of the options).',
    '',
    'Exit codes: 0 success, 1 Gigya answered with an error (code, name, message and what to do on',
    'stderr), 2 bad command line, 3 bad or missing credentials, 4 no usable answer (timeout, network).',
  ].join('\n'),
  options: {
    'params-json': {
      type: 'string',
      value: 'JSON',
      help: 'params as one JSON object; - reads standard input, @FILE a file (name=value pairs win)',
    },
    format: { type: 'string', value: 'json|xml', help: 'the format asked of Gigya; the output is JSON either way' },
    timeout: { type: 'string', value: 'MS', help: 'per-attempt timeout in milliseconds (default 30000)' },
    'max-retries': { type: 'string', value: 'N', help: 'retries after the first attempt (default 2)' },
    uncatalogued: {
      type: 'boolean',
      help: 'send a method the catalog does not list even when its name is close to one it does',
    },
    validate: {
      type: 'boolean',
      help: 'validate params against the catalog (default; --no-validate sends them as given)',
    },
    trace: { type: 'boolean', help: 'also print the call’s trace (redacted) to stderr' },
    ...OUTPUT_OPTIONS,
    ...CREDENTIAL_OPTIONS,
  },
  examples: [
    'socialize.getUserInfo uid=alice',
    'socialize.setStatus uid=alice status="Hello from the command line" --base-url http://127.0.0.1:4010',
    'accounts.search --params-json \'{"query":"SELECT * FROM accounts LIMIT 10"}\'',
  ],
  maxPositionals: Number.POSITIVE_INFINITY,
  async run(args, io) {
    const program = commandLine(io.invocation, 'call');
    const { method, pairs } = methodAndPairs(args, 'call', checkMethodName);
    const [{ createClient, getTrace }, { methodRegistry }, { methodSuggestion, reportError }] = await Promise.all([
      import('../../index.js'),
      import('../catalog.js'),
      import('../report.js'),
    ]);
    const descriptor = methodRegistry.get(method);
    if (!descriptor && !booleanOption(args, 'uncatalogued')) {
      const hint = methodSuggestion(method);
      if (hint) throw new UsageError(`${method} is not in the catalog.${hint} (--uncatalogued sends it anyway.)`);
    }
    const input = await readParams(pairs, stringOption(args, 'params-json'), io);
    const validate = booleanOption(args, 'validate') ?? true;
    const params = descriptor && validate ? coerceToCatalog(descriptor, input) : input.params;
    const format = stringOption(args, 'format');
    if (format !== undefined && format !== 'json' && format !== 'xml')
      throw new UsageError(`--format must be json or xml, got "${format}".`);
    const timeoutMs = integerOption(args, 'timeout');
    const maxRetries = integerOption(args, 'max-retries');

    let client: GigyaClient | undefined;
    try {
      client = createClient({
        ...clientOptionsFrom(args, io.env, io.cwd),
        ...(format ? { format: format as ResponseFormat } : {}),
        ...(timeoutMs !== undefined ? { timeoutMs } : {}),
        ...(maxRetries !== undefined ? { maxRetries } : {}),
        validateParams: validate,
        // The level comes from GIGYA_LOG (warn by default), read from io.env by createClient.
        logger: stderrLogger(io),
      });
      const result = await client.call(method as never, params as never);
      if (booleanOption(args, 'trace')) io.stderr.write(`${JSON.stringify(getTrace(result), null, 2)}\n`);
      writeJson(io, result, args);
      return EXIT.ok;
    } catch (error) {
      if (booleanOption(args, 'trace') && getTrace(error))
        io.stderr.write(`${JSON.stringify(getTrace(error), null, 2)}\n`);
      return reportError(error, io, program);
    } finally {
      await client?.close();
    }
  },
};

/** The client's log records as lines on stderr, so stdout stays the result alone. */
function stderrLogger(io: { stderr: { write(text: string): unknown } }) {
  const line =
    (level: string) =>
    (fields: Record<string, unknown>, message: string): void =>
      void io.stderr.write(`[${level}] ${message}${level === 'debug' ? ` ${JSON.stringify(fields)}` : ''}\n`);
  return { error: line('error'), warn: line('warn'), info: line('info'), debug: line('debug') };
}
