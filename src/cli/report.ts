/** How a failed call reads on the terminal, and the exit code it gives. */
import {
  GigyaApiError,
  GigyaConfigError,
  GigyaError,
  GigyaResponseError,
  GigyaValidationError,
  isTransportError,
} from '../errors.js';
import { didYouMean } from '../suggest.js';
import { EXIT, type ExitCode, type Io } from './command.js';
import { methodRegistry, paramsOf } from './catalog.js';
import { lookupErrorCode } from './error-table.js';

/**
 * Writes what went wrong and what to do to stderr; returns the exit code. `who` starts the first
 * line (`gigya-typed call`); hints name other commands of the program.
 */
export function reportError(error: unknown, io: Io, who: string): ExitCode {
  const program = io.invocation.program;
  const out = (line: string): void => void io.stderr.write(`${line}\n`);
  if (error instanceof GigyaValidationError) {
    out(`${who}: the params of ${error.method} are not valid; nothing was sent.`);
    const known = error.method ? paramsOf(methodRegistry.get(error.method)!).map((p) => p.name) : [];
    for (const issue of error.issues) {
      const hint = issue.problem === 'unknown' ? didYouMean(issue.path, known) : '';
      out(`  ${issue.path || '(params)'}: ${issue.message}${hint}`);
    }
    out(
      `  (Gigya's code for this: ${error.errorCode}. \`${program} methods ${error.method}\` lists the params; ` +
        `--no-validate sends them as given.)`,
    );
    return EXIT.failed;
  }
  if (error instanceof GigyaApiError) {
    const info = error.info ?? lookupErrorCode(error.errorCode);
    const name = info?.name ? ` ${info.name}` : '';
    out(
      `${who}: ${error.method ?? 'the call'} failed with Gigya error ${error.errorCode}${name}: ${error.errorMessage}`,
    );
    if (error.errorDetails && error.errorDetails !== error.errorMessage) out(`  details:    ${error.errorDetails}`);
    const todo = info?.description ?? 'The catalog does not know this code; see Gigya\'s "Response Codes and Errors".';
    out(`  what to do: ${todo}`);
    const where = [error.callId ? `callId ${error.callId}` : '', error.httpStatus ? `HTTP ${error.httpStatus}` : '']
      .filter(Boolean)
      .join(', ');
    if (where) out(`  (${where}; \`${program} explain ${error.errorCode}\` says more.)`);
    return EXIT.failed;
  }
  if (error instanceof GigyaConfigError) {
    out(`${who}: ${error.message}`);
    if (/^No credentials/.test(error.message))
      out(
        '  On the command line: --api-key with --secret (or --user-key, --private-key-file), and --base-url or ' +
          '--data-center.',
      );
    return EXIT.config;
  }
  if (isTransportError(error)) {
    out(`${who}: ${error.message}`);
    if (error instanceof GigyaResponseError && error.excerpt) out(`  the answer began: ${error.excerpt}`);
    return EXIT.transport;
  }
  if (error instanceof GigyaError) {
    out(`${who}: ${error.message}`);
    return EXIT.failed;
  }
  out(`${who}: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return EXIT.internal;
}

/** The catalogued method closest to a name the catalog does not know. */
export function methodSuggestion(name: string): string {
  return didYouMean(name, methodRegistry.keys());
}
