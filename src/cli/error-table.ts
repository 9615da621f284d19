/**
 * The built-in error table with its texts, for `explain` and error reports: a composition point
 * like catalog.ts, kept apart from it so that `explain` does not load the validators.
 */
import { errorCodeInfo, lookupErrorCode, type ErrorCodeInfo } from '../../generated/errors.docs.gen.js';

export { lookupErrorCode };
export type { ErrorCodeInfo };

export function errorCodes(): readonly ErrorCodeInfo[] {
  return Object.values(errorCodeInfo) as ErrorCodeInfo[];
}
