/**
 * The bench's only door into the client's internals. Everything else in bench/ uses the public
 * entry points (src/index.ts, src/emulator/index.ts); when src/ moves, only the imports here change.
 *
 * What `invoke()` does before the transport sends (src/call/invoke.ts), as two functions:
 * - `createAttemptSigner`: a call of one attempt (what almost every call is): the call's params
 *   serialized and encoded with the client's common ones (`callForm`), then one pass of the retry
 *   loop: the method URL, the headers and `auth.signForm` (fresh timestamp and nonce, sig, the form
 *   body that is sent). The peer's signer also encodes every param on each op: like for like.
 * - `createReattemptSigner`: only the pass of the retry loop, over params the pipeline prepared once
 *   for all attempts: what a retry costs.
 * The signing bench checks, before it measures, that the body built here has the same params in the
 * same order as a body the real client sends (`sameShape`), so a pipeline change that this copy
 * misses stops the bench instead of skewing it.
 */
import { serializeForm, type FormParam } from '../src/auth/signing.js';
import { resolveAuth } from '../src/auth/strategies.js';
import { callForm } from '../src/call/invoke.js';
import { methodUrl, resolveEndpoint } from '../src/wire/hosts.js';
import { PACKAGE_NAME, PACKAGE_VERSION } from '../src/version.js';

export interface AttemptSignerOptions {
  apiKey: string;
  userKey?: string;
  secret: string;
  /** Where the client would send (and so what it signs); default data center us1 over https. */
  baseUrl?: string;
  method: string;
  params: Record<string, unknown>;
}

/** The `sdk` param the client sends. */
export const SDK_PARAM = `${PACKAGE_NAME}_${PACKAGE_VERSION}`;

type Attempt = (form: readonly FormParam[]) => string;

function attemptOf(options: AttemptSignerOptions): Attempt {
  const auth = resolveAuth({
    apiKey: options.apiKey,
    secret: options.secret,
    ...(options.userKey === undefined ? {} : { userKey: options.userKey }),
  });
  const endpoint = resolveEndpoint(
    options.baseUrl === undefined ? { dataCenter: 'us1' } : { baseUrl: options.baseUrl },
  );
  return (form) => {
    const url = methodUrl(endpoint, options.method);
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' };
    return auth.signForm(form, { httpMethod: 'POST', url, headers, nowSeconds: Math.floor(Date.now() / 1000) }).body;
  };
}

function callFormOf(options: AttemptSignerOptions): readonly FormParam[] {
  return callForm(serializeForm(options.params), 'json', SDK_PARAM);
}

/** A call of one attempt as a function: the params encoded, then signed, returning the form body. */
export function createAttemptSigner(options: AttemptSignerOptions): () => string {
  const attempt = attemptOf(options);
  return () => attempt(callFormOf(options));
}

/** A retry's attempt as a function: signs afresh over params encoded once, returning the form body. */
export function createReattemptSigner(options: AttemptSignerOptions): () => string {
  const attempt = attemptOf(options);
  // Once per call in the pipeline, before the retry loop.
  const form = callFormOf(options);
  return () => attempt(form);
}

/** Param names of a form body, in order. */
export function paramNames(body: string): string[] {
  return body === '' ? [] : body.split('&').map((pair) => decodeURIComponent(pair.slice(0, pair.indexOf('='))));
}

/** True when two form bodies carry the same param names in the same order. */
export function sameShape(a: string, b: string): boolean {
  return paramNames(a).join('&') === paramNames(b).join('&');
}
