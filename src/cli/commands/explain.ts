/** `gigya-typed explain <errorCode>`: what a Gigya error code means and what to do about it. */
import type { RetryClass } from '../../runtime.js';
import { closestName } from '../../suggest.js';
import { booleanOption, type Command, EXIT, OUTPUT_OPTIONS, UsageError, writeJson } from '../command.js';
import type { ErrorCodeInfo } from '../error-table.js';

/** What the client does with each retry class, in words. */
const RETRY_TEXT: Readonly<Record<RetryClass, string>> = {
  none: 'not retried',
  transient: 'retried with exponential backoff and jitter, within maxRetries',
  'transient-if-safe': 'retried like a transient error, but only for methods the catalog marks safe to repeat',
  'rate-limit': 'retried after a longer pause (at least half of retry.rateLimitDelayMs), within maxRetries',
  'clock-skew': "retried once at once, after the client corrects its clock from Gigya's time",
  'new-nonce': 'retried once at once with a new nonce, for methods safe to repeat',
  redirect: 'retried once at once, after the client moves to the data center Gigya names',
};

const OUTCOME_TEXT: Readonly<Record<ErrorCodeInfo['outcome'], string>> = {
  ok: 'a result: the call resolves',
  pending: 'a result that needs a next step (it carries e.g. a regToken): the call resolves',
  error: 'an error: the call rejects with a GigyaApiError',
};

export const explain: Command = {
  name: 'explain',
  summary: "Explain a Gigya error code: its name, Gigya's message, the outcome, the retry class and what to do.",
  usage: '<errorCode | ErrorName> [options]',
  options: {
    json: { type: 'boolean', help: 'print the facts as JSON' },
    ...OUTPUT_OPTIONS,
  },
  examples: ['403003', 'InvalidRequestSignature', '206001 --json'],
  maxPositionals: 1,
  async run(args, io) {
    const query = args.positionals[0]?.trim();
    if (!query) throw new UsageError('Which code? e.g. explain 403003');
    const all = (await import('../error-table.js')).errorCodes();
    const info = /^\d+$/.test(query)
      ? all.find((c) => c.code === Number(query))
      : all.find((c) => c.name.toLowerCase() === query.toLowerCase());
    if (!info) {
      const byName = closestName(
        query,
        all.map((c) => c.name),
      );
      const hint = byName ? ` Did you mean ${byName} (${all.find((c) => c.name === byName)!.code})?` : '';
      io.stderr.write(
        `${query} is not in the catalog's error table (${all.length} codes).${hint} Gigya's documentation is not ` +
          `complete: a code it does not list still comes back as a GigyaApiError.\n`,
      );
      return EXIT.failed;
    }
    if (booleanOption(args, 'json')) {
      writeJson(io, info, args);
      return EXIT.ok;
    }
    io.stdout.write(
      [
        `${info.code} ${info.name}`,
        `  message:     ${info.message}`,
        `  HTTP status: ${info.httpStatus} (when httpStatusCodes=true; the client asks for 200)`,
        `  outcome:     ${info.outcome}, ${OUTCOME_TEXT[info.outcome]}`,
        `  retry:       ${info.retry}, ${RETRY_TEXT[info.retry]}`,
        `  common:      ${info.common ? 'yes, any method can answer with it' : 'no, only the methods that list it'}`,
        `  what to do:  ${info.description}`,
        '',
      ].join('\n'),
    );
    return EXIT.ok;
  },
};
