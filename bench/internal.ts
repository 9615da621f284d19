/**
 * The bench's only door into the client's internals. Everything else in bench/ uses the public
 * entry points (src/index.ts, src/emulator/index.ts); when src/ moves, only the imports here change.
 *
 * `createAttemptSigner` repeats what one attempt of `invoke()` does before the transport sends
 * (src/call/invoke.ts, the retry loop): method URL, a copy of the call's common params, the headers,
 * `auth.apply` (fresh timestamp and nonce, then sig) and the form body that is sent. The signing
 * bench checks, before it measures, that the body built here has the same params in the same order
 * as a body the real client sends (`sameShape`), so a pipeline change that this copy misses stops
 * the bench instead of skewing it. When the pipeline exposes its per-attempt step as a function,
 * call that here instead.
 */
import { resolveAuth } from '../src/auth/strategies.js';
import { methodUrl, resolveEndpoint } from '../src/wire/hosts.js';
import { encodeFormBody, serializeParams } from '../src/auth/signing.js';
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

/** Returns one attempt's work as a function: each call signs afresh and returns the form body. */
export function createAttemptSigner(options: AttemptSignerOptions): () => string {
  const auth = resolveAuth({
    apiKey: options.apiKey,
    secret: options.secret,
    ...(options.userKey === undefined ? {} : { userKey: options.userKey }),
  });
  const endpoint = resolveEndpoint(
    options.baseUrl === undefined ? { dataCenter: 'us1' } : { baseUrl: options.baseUrl },
  );
  // Once per call in the pipeline (validation and serialization happen before the retry loop).
  const common: Record<string, string> = {
    ...serializeParams(options.params),
    format: 'json',
    httpStatusCodes: 'false',
    sdk: SDK_PARAM,
  };
  return () => {
    const url = methodUrl(endpoint, options.method);
    const sent = { ...common };
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' };
    auth.apply({ httpMethod: 'POST', url, params: sent, headers, nowSeconds: Math.floor(Date.now() / 1000) });
    return encodeFormBody(sent);
  };
}

/** Param names of a form body, in order. */
export function paramNames(body: string): string[] {
  return body === '' ? [] : body.split('&').map((pair) => decodeURIComponent(pair.slice(0, pair.indexOf('='))));
}

/** True when two form bodies carry the same param names in the same order. */
export function sameShape(a: string, b: string): boolean {
  return paramNames(a).join('&') === paramNames(b).join('&');
}
