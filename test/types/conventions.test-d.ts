/**
 * Compile-only checks of the conventions' types: checked by `tsc --noEmit`, never run.
 */
import type { Logger as PinoLogger } from 'pino';
import { expectTypeOf } from 'vitest';
import type winston from 'winston';
import {
  createClient,
  DATA_CENTERS,
  type DataCenter,
  getTrace,
  GigyaApiError,
  GigyaValidationError,
  type GigyaClient,
  type GigyaErrorCode,
  type Logger,
  type ResponseTrace,
  validateUserSignature,
} from '../../src/index.js';

declare const unknownError: unknown;
declare const pinoLogger: PinoLogger;
declare const winstonLogger: winston.Logger;

// `instanceof` narrows to the catalog's union, not `any` (a generic class would give GigyaApiError<any>).
if (unknownError instanceof GigyaApiError) {
  expectTypeOf(unknownError.errorCode).toEqualTypeOf<GigyaErrorCode>();
  expectTypeOf(unknownError.errorCode).not.toBeAny();
}
if (unknownError instanceof GigyaValidationError) {
  expectTypeOf(unknownError.errorCode).toEqualTypeOf<400002 | 400006>();
  expectTypeOf(unknownError.issues).not.toBeAny();
}
// A caller's subclass narrows to itself.
class MyApiError extends GigyaApiError {
  readonly mine = true;
}
if (unknownError instanceof MyApiError) expectTypeOf(unknownError.mine).toEqualTypeOf<boolean>();

// Credentials from the environment: no argument needed.
const client = createClient();
expectTypeOf(client).toEqualTypeOf<GigyaClient>();
// withOptions keeps the full client type, namespaces included.
expectTypeOf(client.withOptions({ timeoutMs: 1000 })).toEqualTypeOf<GigyaClient>();
// @ts-expect-error pool options cannot change on a derived client
client.withOptions({ proxy: 'http://proxy:3128' });

// console, pino and winston are loggers as they are.
expectTypeOf(console).toMatchTypeOf<Logger>();
expectTypeOf(pinoLogger).toMatchTypeOf<Logger>();
expectTypeOf(winstonLogger).toMatchTypeOf<Logger>();
createClient({ logger: pinoLogger, logLevel: 'debug' });
// @ts-expect-error not a level
createClient({ logLevel: 'verbose' });

// Response metadata of results and errors.
expectTypeOf(getTrace(unknownError)?.response).toEqualTypeOf<ResponseTrace | undefined>();
expectTypeOf<ResponseTrace['headers']>().toEqualTypeOf<Readonly<Record<string, string>>>();

// Call options: a misspelt one does not compile (and is refused at run time too).
// @ts-expect-error `timeout` is `timeoutMs`
void client.socialize.getUserInfo({ uid: 'u' }, { timeout: 5 });

// Every data center the seeds and the reference name.
expectTypeOf<'ru1'>().toMatchTypeOf<DataCenter>();
expectTypeOf<'il1'>().toMatchTypeOf<DataCenter>();
expectTypeOf(DATA_CENTERS.ru1).toEqualTypeOf<'ru1.gigya.com'>();

// SigUtils take the optional response fields as they are.
async function verify(): Promise<boolean> {
  const user = await client.socialize.getUserInfo({ uid: 'u' });
  return validateUserSignature(user.UID, user.signatureTimestamp, 'c2VjcmV0', user.UIDSignature);
}
void verify;
