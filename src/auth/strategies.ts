/**
 * Auth strategies: turn `Credentials` into the params/headers each attempt needs.
 *
 * Secrets live only in `#private` fields; strategies print as `{ mode, apiKey, userKey }` through
 * `util.inspect`, `JSON.stringify`, `String()` and `console.log`.
 */
import type { KeyObject } from 'node:crypto';
import { inspect } from 'node:util';
import type { InspectOptions } from 'node:util';
import { GigyaApiError, GigyaConfigError } from '../errors.js';
import { parseRsaPrivateKey, createBearerJwt } from './jwt.js';
import type { AuthMode, Credentials } from '../options.js';
import {
  createNonce,
  decodeSecret,
  formOf,
  formParam,
  base64ParamOf,
  hmacSha1Base64,
  insertForm,
  mergeForm,
  setOwn,
  signaturePrefix,
  signMerged,
  type SignedTexts,
  sortForm,
  formBody,
  unreservedParamOf,
  type FormParam,
} from './signing.js';

export type { AuthMode, Credentials } from '../options.js';

/** What a strategy sees of one HTTP attempt besides its params. */
export interface AttemptContext {
  httpMethod: 'POST' | 'GET';
  /** The URL the request goes to; the signed URL is exactly this one (scheme and port included). */
  url: URL;
  /** Request headers; edited in place. */
  headers: Record<string, string>;
  /** Current Unix time in seconds (clock-corrected by the caller if needed). */
  nowSeconds: number;
  /** The site this call acts on, when not the client's (`CallOptions.apiKey`). */
  apiKey?: string | undefined;
}

/** What a strategy sees and edits for one HTTP attempt. */
export interface SignContext extends AttemptContext {
  /** Serialized params that will be sent; edited in place. */
  params: Record<string, string>;
}

/** One attempt's params with auth added, and the form body that carries them. */
export interface SignedForm {
  /** In code-point order, as in the body. */
  readonly params: readonly FormParam[];
  readonly body: string;
}

export interface AuthStrategy {
  readonly mode: AuthMode;
  readonly apiKey: string | undefined;
  /** The application key, in the modes that use one (not a secret: it is sent in clear). */
  readonly userKey: string | undefined;
  /** Adds auth params/headers in place. Called once per attempt (fresh timestamp+nonce every time). */
  apply(ctx: SignContext): void;
  /**
   * `apply` for params already encoded (in code-point order, see `formOf`), as the pipeline calls
   * it once per attempt: returns the params with auth added and the body; headers are edited in place.
   */
  signForm(form: readonly FormParam[], ctx: AttemptContext): SignedForm;
}

const MODES: readonly AuthMode[] = ['signed', 'secret', 'bearer', 'oauth', 'anonymous'];

/** Params owned by signed auth; removed before re-signing so a retried attempt never signs stale values. */
function withoutSignedParams(form: readonly FormParam[]): readonly FormParam[] {
  for (const p of form) if (isSignedParam(p)) return form.filter((q) => !isSignedParam(q));
  return form;
}

function isSignedParam(p: FormParam): boolean {
  return p.name === 'sig' || p.name === 'timestamp' || p.name === 'nonce';
}

// createNonce and integer seconds give unreserved text, and a signature is Base64.
const nonceParam = unreservedParamOf('nonce');
const timestampParam = unreservedParamOf('timestamp');
const sigParam = base64ParamOf('sig');

/** Params in code-point order; undefined values are left out. */
function fixedForm(params: Record<string, string | undefined>): readonly FormParam[] {
  const form: FormParam[] = [];
  for (const [name, value] of Object.entries(params)) if (value !== undefined) form.push(formParam(name, value));
  return sortForm(form);
}

/** The apiKey param of the call's site: the client's (encoded once), or the one the call names. */
function siteParam(ctx: AttemptContext, own: FormParam | undefined): FormParam | undefined {
  return ctx.apiKey === undefined || ctx.apiKey === own?.value ? own : formParam('apiKey', ctx.apiKey);
}

/** `form` with the call's site as its apiKey, when the call names one other than the client's. */
function withSite(ctx: AttemptContext, clientApiKey: string | undefined, form: FormParam[]): FormParam[] {
  return ctx.apiKey === undefined || ctx.apiKey === clientApiKey
    ? form
    : insertForm(form, formParam('apiKey', ctx.apiKey));
}

function signed(params: readonly FormParam[]): SignedForm {
  return { params, body: formBody(params) };
}

function seconds(ctx: AttemptContext): number {
  if (typeof ctx.nowSeconds !== 'number' || !Number.isFinite(ctx.nowSeconds)) {
    throw new TypeError('SignContext.nowSeconds must be a finite number of Unix seconds.');
  }
  return Math.floor(ctx.nowSeconds);
}

/** Public description of a strategy: identifiers only, never secrets. */
export interface AuthDescription {
  readonly mode: AuthMode;
  readonly apiKey?: string;
  readonly userKey?: string;
}

abstract class BaseAuth implements AuthStrategy {
  abstract readonly mode: AuthMode;
  readonly apiKey: string | undefined;
  readonly userKey: string | undefined;

  constructor(apiKey: string | undefined, userKey: string | undefined) {
    this.apiKey = apiKey;
    this.userKey = userKey;
  }

  abstract signForm(form: readonly FormParam[], ctx: AttemptContext): SignedForm;

  apply(ctx: SignContext): void {
    const { params } = this.signForm(formOf(ctx.params), ctx);
    for (const name of Object.keys(ctx.params)) delete ctx.params[name];
    for (const p of params) setOwn(ctx.params, p.name, p.value);
  }

  toJSON(): AuthDescription {
    return {
      mode: this.mode,
      ...(this.apiKey === undefined ? {} : { apiKey: this.apiKey }),
      ...(this.userKey === undefined ? {} : { userKey: this.userKey }),
    };
  }

  toString(): string {
    const parts = [`mode=${this.mode}`];
    if (this.apiKey !== undefined) parts.push(`apiKey=${this.apiKey}`);
    if (this.userKey !== undefined) parts.push(`userKey=${this.userKey}`);
    return `AuthStrategy(${parts.join(', ')})`;
  }

  [inspect.custom](_depth: number, options: InspectOptions): string {
    return `AuthStrategy ${inspect(this.toJSON(), { ...options, depth: 1 })}`;
  }
}

function setAuthorization(headers: Record<string, string>, value: string): void {
  for (const name of Object.keys(headers)) if (name.toLowerCase() === 'authorization') delete headers[name];
  headers['Authorization'] = value;
}

/** HMAC-SHA1 signed requests: `apiKey`, `userKey` (if any), `timestamp`, `nonce`, then `sig` over all sent params. */
class SignedAuth extends BaseAuth {
  readonly mode = 'signed' as const;
  readonly #key: Buffer;
  /** apiKey and userKey, encoded on first use (so an unsendable one fails a call, as any param would). */
  #keys: { apiKey: FormParam | undefined; userKey: FormParam | undefined } | undefined;

  constructor(apiKey: string | undefined, userKey: string | undefined, key: Buffer) {
    super(apiKey, userKey);
    this.#key = key;
  }

  signForm(form: readonly FormParam[], ctx: AttemptContext): SignedForm {
    const now = seconds(ctx);
    const keys = (this.#keys ??= {
      apiKey: this.apiKey === undefined ? undefined : formParam('apiKey', this.apiKey),
      userKey: this.userKey === undefined ? undefined : formParam('userKey', this.userKey),
    });
    const apiKey = siteParam(ctx, keys.apiKey);
    // apiKey < nonce < timestamp < userKey: already in code-point order, with no sorting.
    const own: FormParam[] = [];
    if (apiKey) own.push(apiKey);
    // A safe integer's text is digits (and a sign): unreserved.
    const timestamp = Number.isSafeInteger(now) ? timestampParam(String(now)) : formParam('timestamp', String(now));
    own.push(nonceParam(createNonce()), timestamp);
    if (keys.userKey) own.push(keys.userKey);
    const input = withoutSignedParams(form);
    // sig last: it covers every other param exactly as it will be sent.
    const key = this.#key;
    const texts = signMerged(signaturePrefix(ctx.httpMethod, ctx.url), input, own, (base) => hmacSha1Base64(base, key));
    return new SignedAttempt(input, own, texts);
  }
}

/**
 * A signed attempt: the body at once, the list of its params (for a trace) only when read, since
 * most attempts are never traced.
 */
class SignedAttempt implements SignedForm {
  readonly body: string;
  readonly #input: readonly FormParam[];
  readonly #own: readonly FormParam[];
  readonly #sig: string;
  #params: readonly FormParam[] | undefined;

  constructor(input: readonly FormParam[], own: readonly FormParam[], texts: SignedTexts) {
    this.body = texts.body;
    this.#input = input;
    this.#own = own;
    this.#sig = texts.sig;
  }

  get params(): readonly FormParam[] {
    this.#params ??= insertForm(mergeForm(this.#input, this.#own), sigParam(this.#sig));
    return this.#params;
  }
}

/** The secret itself as a param (`apiKey`, `userKey`, `secret`), unsigned; Gigya accepts this over HTTPS only. */
class SecretParamAuth extends BaseAuth {
  readonly mode = 'secret' as const;
  readonly #secret: string;

  constructor(apiKey: string | undefined, userKey: string | undefined, secret: string) {
    super(apiKey, userKey);
    this.#secret = secret;
  }

  #fixed: readonly FormParam[] | undefined;

  signForm(form: readonly FormParam[], ctx: AttemptContext): SignedForm {
    if (ctx.url.protocol !== 'https:') {
      // Same code Gigya answers with, raised before the secret ever leaves the process.
      throw new GigyaApiError({
        errorCode: 403006,
        errorMessage: 'Secret Sent Over Http',
        errorDetails:
          `authMode 'secret' sends the secret as a request param, which is only allowed over HTTPS, but the request ` +
          `URL uses ${ctx.url.protocol.replace(':', '')}. ` +
          `Use an https:// baseUrl, or use signed auth (authMode 'signed'), which never sends the secret. Nothing ` +
          `was sent.`,
        local: true,
        attempts: 0,
      });
    }
    this.#fixed ??= fixedForm({ apiKey: this.apiKey, userKey: this.userKey, secret: this.#secret });
    return signed(withSite(ctx, this.apiKey, mergeForm(withoutSignedParams(form), this.#fixed)));
  }
}

/**
 * `Authorization: Bearer <RS256 JWT>` signed with the application key's private key; a fresh `iat`/`jti` per attempt.
 */
class BearerAuth extends BaseAuth {
  readonly mode = 'bearer' as const;
  readonly #privateKey: KeyObject;
  readonly #userKey: string;

  constructor(apiKey: string | undefined, userKey: string, privateKey: KeyObject) {
    super(apiKey, userKey);
    this.#userKey = userKey;
    this.#privateKey = privateKey;
  }

  #fixed: readonly FormParam[] | undefined;

  signForm(form: readonly FormParam[], ctx: AttemptContext): SignedForm {
    const now = seconds(ctx);
    this.#fixed ??= fixedForm({ apiKey: this.apiKey });
    const params = withSite(ctx, this.apiKey, mergeForm(form, this.#fixed));
    setAuthorization(ctx.headers, `Bearer ${createBearerJwt(this.#userKey, this.#privateKey, now)}`);
    return signed(params);
  }
}

/** An OAuth access token sent as `oauth_token` (plus `apiKey` when given). */
class OAuthTokenAuth extends BaseAuth {
  readonly mode = 'oauth' as const;
  readonly #token: string;

  constructor(apiKey: string | undefined, token: string) {
    super(apiKey, undefined);
    this.#token = token;
  }

  #fixed: readonly FormParam[] | undefined;

  signForm(form: readonly FormParam[], ctx: AttemptContext): SignedForm {
    this.#fixed ??= fixedForm({ apiKey: this.apiKey, oauth_token: this.#token });
    return signed(withSite(ctx, this.apiKey, mergeForm(form, this.#fixed)));
  }
}

/** `apiKey` only, for Gigya's few public methods. */
class AnonymousAuth extends BaseAuth {
  readonly mode = 'anonymous' as const;

  constructor(apiKey: string) {
    super(apiKey, undefined);
  }

  #fixed: readonly FormParam[] | undefined;

  signForm(form: readonly FormParam[], ctx: AttemptContext): SignedForm {
    this.#fixed ??= fixedForm({ apiKey: this.apiKey });
    return signed(withSite(ctx, this.apiKey, mergeForm(form, this.#fixed)));
  }
}

const HOW_TO =
  'Pass one of: { apiKey, secret } (signed with the site secret); { userKey, secret, apiKey? } (signed with an ' +
  "application key's secret); { userKey, privateKey, apiKey? } (RS256 bearer token); { oauthToken, apiKey? }; " +
  'or { apiKey } alone for public methods.';

function configError(message: string): GigyaConfigError {
  return new GigyaConfigError(message);
}

function isGiven(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** An identifier (apiKey, userKey): absent, or a non-empty string without whitespace. Safe to name in messages. */
function identifier(name: string, value: unknown): string | undefined {
  if (!isGiven(value)) return undefined;
  if (typeof value !== 'string') throw configError(`Credentials.${name} must be a string, got ${typeof value}.`);
  if (value.length === 0)
    throw configError(`Credentials.${name} is empty. Pass the ${name} shown in the Gigya console, or leave it out.`);
  if (/\s/.test(value))
    throw configError(
      `Credentials.${name} contains whitespace (often a trailing newline from a file or environment variable). ` +
        `Remove it.`,
    );
  return value;
}

/** A secret-bearing field: checked for type only here; its content is never named in messages. */
function secretText(name: string, value: unknown): string | undefined {
  if (!isGiven(value)) return undefined;
  if (typeof value !== 'string') throw configError(`Credentials.${name} must be a string, got ${typeof value}.`);
  if (value.length === 0)
    throw configError(`Credentials.${name} is empty (is the environment variable that should hold it set?). ${HOW_TO}`);
  return value;
}

/**
 * Picks and builds the auth strategy for a set of credentials. Secrets are checked and keys parsed
 * here, once, so a bad secret or key fails at client creation rather than on the first call.
 *
 * Without `authMode`, the mode follows from which credentials are set:
 * | credentials                          | mode        |
 * |--------------------------------------|-------------|
 * | `apiKey` + `secret`                  | `signed` (site secret) |
 * | `userKey` + `secret` (+ `apiKey`)    | `signed` with the application key's secret, `userKey` sent |
 * | `userKey` + `privateKey` (+ `apiKey`)| `bearer` (RS256 JWT, `kid` = userKey) |
 * | `oauthToken` (+ `apiKey`)            | `oauth` |
 * | `apiKey` alone                       | `anonymous` |
 *
 * `authMode: 'secret'` (never inferred) sends `apiKey`/`userKey`/`secret` as plain params over
 * HTTPS; over http, `apply()` throws a local `GigyaApiError` 403006 before anything is sent.
 *
 * Conflicts are not resolved by precedence: when more than one of `secret`, `privateKey` and
 * `oauthToken` is set and `authMode` is not, this throws and asks for `authMode`, because
 * silently picking one would hide a configuration mistake. With `authMode` set, credentials that
 * mode does not use are ignored (and not validated).
 *
 * @throws GigyaConfigError when no mode fits, the credentials are ambiguous, `authMode` lacks what it
 *   needs, the secret is not valid Base64, or the private key is not a usable RSA private key.
 *   Messages name fields, never their values (except apiKey/userKey, which are not secret).
 */
export function resolveAuth(credentials: Credentials): AuthStrategy {
  if (typeof credentials !== 'object' || credentials === null)
    throw configError(`No credentials were given. ${HOW_TO}`);
  const given: GivenCredentials = {
    credentials,
    apiKey: identifier('apiKey', credentials.apiKey),
    userKey: identifier('userKey', credentials.userKey),
    hasSecret: isGiven(credentials.secret),
    hasPrivateKey: isGiven(credentials.privateKey),
    hasToken: isGiven(credentials.oauthToken),
  };
  return buildStrategy(chooseMode(given), given);
}

/** Credentials with their identifiers checked. */
interface GivenCredentials {
  readonly credentials: Credentials;
  readonly apiKey: string | undefined;
  readonly userKey: string | undefined;
  readonly hasSecret: boolean;
  readonly hasPrivateKey: boolean;
  readonly hasToken: boolean;
}

/** `authMode` when set, else the one mode the credentials allow. */
function chooseMode(given: GivenCredentials): AuthMode {
  const mode = given.credentials.authMode;
  if (isGiven(mode)) {
    if (!MODES.includes(mode as AuthMode)) {
      throw configError(
        `Credentials.authMode must be one ` +
          `of ${MODES.map((m) => `'${m}'`).join(', ')}, got ${JSON.stringify(String(mode))}.`,
      );
    }
    return mode as AuthMode;
  }
  const set = [given.hasSecret && 'secret', given.hasPrivateKey && 'privateKey', given.hasToken && 'oauthToken'].filter(
    (x): x is string => x !== false,
  );
  if (set.length > 1) {
    throw configError(
      `Credentials are ambiguous: ${set.join(' and ')} are all set, and each selects a different auth mode. ` +
        `Remove the ones you do not use, or set authMode ('signed' or 'secret' for secret, 'bearer' for privateKey, ` +
        `'oauth' for oauthToken).`,
    );
  }
  if (given.hasSecret) return 'signed';
  if (given.hasPrivateKey) return 'bearer';
  if (given.hasToken) return 'oauth';
  if (given.userKey !== undefined) {
    throw configError(
      `Credentials have a userKey but neither its secret nor its privateKey; a userKey alone cannot ` +
        `authenticate. ${HOW_TO}`,
    );
  }
  if (given.apiKey !== undefined) return 'anonymous';
  throw configError(`No credentials were given. ${HOW_TO}`);
}

/** The strategy of a mode, from the credentials that mode uses (the others are not even checked). */
function buildStrategy(mode: AuthMode, given: GivenCredentials): AuthStrategy {
  const { credentials, apiKey, userKey } = given;
  switch (mode) {
    case 'signed':
    case 'secret': {
      const secret = credentials.secret;
      if (isGiven(secret) && typeof secret !== 'string')
        throw configError(`Credentials.secret must be a string, got ${typeof secret}.`);
      if (secret === undefined || secret === null)
        throw configError(
          `authMode '${mode}' needs Credentials.secret (the site secret, or the application key's secret with ` +
            `userKey).`,
        );
      if (apiKey === undefined && userKey === undefined) {
        throw configError(
          `authMode '${mode}' needs an apiKey (with the site secret) or a userKey (with the application key's secret).`,
        );
      }
      const key = decodeSecret(secret);
      return mode === 'signed' ? new SignedAuth(apiKey, userKey, key) : new SecretParamAuth(apiKey, userKey, secret);
    }
    case 'bearer': {
      if (userKey === undefined)
        throw configError(
          "authMode 'bearer' needs Credentials.userKey: the application key the privateKey belongs to (it becomes " +
            "the JWT's kid).",
        );
      if (!given.hasPrivateKey)
        throw configError(
          "authMode 'bearer' needs Credentials.privateKey: the application key's RSA private key (PEM or KeyObject).",
        );
      return new BearerAuth(apiKey, userKey, parseRsaPrivateKey(credentials.privateKey as string | KeyObject));
    }
    case 'oauth': {
      const token = secretText('oauthToken', credentials.oauthToken);
      if (token === undefined) throw configError("authMode 'oauth' needs Credentials.oauthToken.");
      return new OAuthTokenAuth(apiKey, token);
    }
    case 'anonymous': {
      if (apiKey === undefined) throw configError("authMode 'anonymous' needs Credentials.apiKey.");
      return new AnonymousAuth(apiKey);
    }
  }
}
