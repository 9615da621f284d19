/**
 * The contract between generated code (`generated/**`) and the hand-written runtime. Generated
 * modules import only from this file, so a catalog generated elsewhere (`generate --catalog DIR
 * --out DIR`) runs on the same runtime.
 */
import type * as z from 'zod';
import type { ResultCode } from '../generated/errors.gen.js';
import { GigyaApiError, GigyaError, type GigyaTransportError, type GigyaConfigError } from './errors.js';
import type { CallOptions } from './options.js';
import type { CallTrace } from './trace.js';
import type { ResponseHints } from './wire/xml.js';
import { paginate, type Paginated, type PaginateOptions, type PaginateParams } from './bulk/paginate.js';

export { lazySchema } from './lazy-schema.js';
export type { CallOptions } from './options.js';
export type { ResponseHints, ValueHint } from './wire/xml.js';
export type { Paginated, PaginateOptions, PaginateParams, CursorPage } from './bulk/paginate.js';

/**
 * Params the client sets from its credentials and options. A caller or a catalog setting them would
 * break signing or the response-format contract, so both the pipeline and the catalog loader refuse them.
 */
export const CLIENT_PARAMS: ReadonlySet<string> = new Set([
  'apiKey',
  'userKey',
  'secret',
  'sig',
  'nonce',
  'timestamp',
  'oauth_token',
  'format',
  'httpStatusCodes',
  'sdk',
]);

/**
 * Gigya's codes the client raises itself, for any method: 400002 and 400006 when params fail the
 * validator, 403006 before sending a secret over plain HTTP. The catalog loader requires them to be
 * common codes, so every method's error union contains them.
 */
export const LOCAL_ERROR_CODES: ReadonlyMap<number, string> = new Map([
  [400002, 'a required param is missing'],
  [400006, 'a param has an invalid value'],
  [403006, 'a secret would be sent over plain HTTP'],
]);

/** How the client treats an error code when deciding whether to try again (catalog/README.md, "Retry classes"). */
export type RetryClass =
  | 'none'
  | 'transient'
  | 'transient-if-safe'
  | 'rate-limit'
  | 'clock-skew'
  | 'new-nonce'
  | 'redirect';

/** What an answer with a code means: `ok` and `pending` codes are results; only `error` codes are thrown. */
export type ErrorOutcome = 'ok' | 'pending' | 'error';

/**
 * What the runtime knows about one Gigya error code. Generated tables (`errors.gen.ts`) carry these
 * facts; the fuller table of `errors.docs.gen.ts` adds Gigya's messages and descriptions.
 */
export interface ErrorCodeInfo {
  readonly code: number;
  /** PascalCase name, the key in `ErrorCode`. */
  readonly name: string;
  /** HTTP status Gigya uses for the code when `httpStatusCodes=true`. */
  readonly httpStatus: number;
  readonly outcome: ErrorOutcome;
  readonly retry: RetryClass;
  /** Can come back from any method (signing, auth, rate limits). */
  readonly common: boolean;
  /** Gigya's own message for the code, when the table carries messages: used when an answer has none. */
  readonly message?: string;
  /** What the code means and what to do, when the table carries texts (the full table of `createClient`). */
  readonly description?: string;
}

/**
 * Static facts about one catalogued method, emitted by the generator. Without type arguments, a
 * descriptor of any method (what lists and registries hold): its params and response are unknown.
 */
export interface MethodDescriptor<P = unknown, R = unknown, E extends number = number> {
  /** Full wire name, e.g. `socialize.setStatus`; the host and path derive from it. */
  readonly name: string;
  /** The catalog says a repeat cannot do harm: transport failures and timeouts may be retried. */
  readonly safeToRepeat: boolean;
  /** Error codes this method can answer with (its own and the common ones), excluding result codes. */
  readonly errorCodes: readonly E[];
  /** Validator of the params, typed against the params interface. */
  readonly params: z.ZodType<P>;
  /** Params sent as comma-separated lists when given as arrays. */
  readonly csvParams: readonly string[];
  /** Auth the method needs: `public` methods also work with an apiKey alone. */
  readonly access: 'signed' | 'public';
  /** Deprecation note from the catalog, if any. */
  readonly deprecated?: string;
  /** Types of the response fields, so XML text parses to the same values as JSON. */
  readonly responseHints?: ResponseHints;
  /** Response fields the catalog marks as always present: a success without one is refused. */
  readonly alwaysPresent?: readonly string[];
  /**
   * Second spellings of params (`{ UID: 'uid' }`): either spelling may be passed, one per call; the
   * client sends the catalog's name.
   */
  readonly aliases?: Readonly<Record<string, string>>;
  /** How the method pages through results, for methods that return a cursor (`accounts.search`). */
  readonly cursor?: CursorFields;
  /** Phantom field carrying the response type. Never set. */
  readonly __response?: R;
}

/** The params and response fields of a cursor: which param opens and continues it, which fields carry it. */
export interface CursorFields {
  /** Param that asks for a cursor, e.g. `openCursor`. */
  readonly open: string;
  /** Param that continues one, e.g. `cursorId`. */
  readonly param: string;
  /** Response field with the next cursor; absent or empty on the last page. */
  readonly next: string;
  /** Response field with the page's items. */
  readonly items: string;
  /**
   * How a page size is asked for: a number param (`{ param: 'limit' }`), or a clause written into a
   * param's text (`{ param: 'query', clause: 'LIMIT' }`). Absent when the method takes none.
   */
  readonly pageSize?: { readonly param: string; readonly clause?: string };
}

export function defineMethod<P, R, E extends number>(descriptor: MethodDescriptor<P, R, E>): MethodDescriptor<P, R, E> {
  return Object.freeze(descriptor);
}

/**
 * A descriptor from its facts written as JSON text: what generated methods modules call. Literal
 * objects would give a user's compiler a dozen types per method to create and compare; a string is
 * one. Returns `unknown` for the module to declare the descriptor's type; validators.check.ts builds
 * the same descriptor with `defineMethod` from typed literals, and a test holds the two equal.
 */
export function describeMethod(params: z.ZodType, facts: string, responseHints?: ResponseHints): unknown {
  const { name, safeToRepeat, errorCodes, ...rest } = JSON.parse(facts) as Omit<MethodDescriptor, 'params'>;
  // The key order of `defineMethod`'s literals, so both ways give objects that print the same.
  const descriptor: Record<string, unknown> = { name, safeToRepeat, errorCodes, params };
  const { alwaysPresent, ...before } = rest;
  Object.assign(descriptor, before);
  if (responseHints !== undefined) descriptor['responseHints'] = responseHints;
  if (alwaysPresent !== undefined) descriptor['alwaysPresent'] = alwaysPresent;
  return Object.freeze(descriptor);
}

/**
 * Response hints from JSON text, for generated code (see `describeMethod`). `{ "fields": N }`, a
 * number where an object of field hints belongs, stands for `shapes[N]`: the hints of a shared shape,
 * declared once per module and shared by every method that returns it.
 */
export function hintsFromJson(text: string, shapes: readonly ResponseHints[] = []): ResponseHints {
  return JSON.parse(text, (key, value: unknown) => {
    if (key !== 'fields' || typeof value !== 'number') return value;
    const shape = shapes[value];
    if (shape === undefined) throw new RangeError(`response hints refer to shape ${value}, which was not given`);
    return shape;
  }) as ResponseHints;
}

/** A namespace's list of descriptors: one call, so a compiler does not compare every element with a list type. */
export function listMethods(...descriptors: object[]): readonly MethodDescriptor[] {
  return descriptors as MethodDescriptor[];
}

/** A param Gigya did not recognise and ignored (it answers with the rest); sent back in `ignoredParams`. */
export interface IgnoredParam {
  readonly paramName: string;
  /** 403007 in the documented examples. */
  readonly warningCode: number;
  readonly message: string;
}

/** Fields of Gigya's response envelope that every successful call carries. */
export interface ResponseEnvelope {
  readonly callId: string;
  /** 0, or a code that means "pending" (e.g. 206001 with a regToken): those are results, not errors. */
  readonly errorCode: ResultCode;
  readonly statusCode: number;
  readonly statusReason: string;
  readonly time: string;
  readonly apiVersion?: number;
  readonly errorMessage?: string;
  readonly errorDetails?: string;
  /** The `context` param of the call, sent back unchanged. */
  readonly context?: string | Record<string, unknown>;
  /** Params Gigya did not recognise for the method and ignored. */
  readonly ignoredParams?: readonly IgnoredParam[];
}

/** What a call resolves to: the method's response fields plus the envelope. */
export type GigyaResult<R> = R & ResponseEnvelope;

/**
 * A code the catalog does not list for the method. Gigya's documentation is incomplete, so any
 * number can come back; `number & {}` keeps the listed literals visible to autocompletion.
 */
export type UnlistedErrorCode = number & {};

/** No code of the method carries fields. */
export type NoFlowFields = Record<never, never>;

/**
 * An API error of a method, one variant per listed code, so `switch (error.errorCode)` narrows it.
 * `F` maps the codes that continue a flow to the fields their answer carries (`403101` →
 * `{ regToken: string }`): those are typed on `error.response` in that code's variant.
 */
export type MethodApiError<E extends number, F = NoFlowFields> = E extends number
  ? GigyaApiError<E> &
      (E extends keyof F ? { readonly response: Readonly<Record<string, unknown>> & Readonly<F[E]> } : unknown)
  : never;

/**
 * Every error a call can end with, for a method whose listed API errors are `E`. An API error with
 * a code outside `E` is possible too; `isError` tells the two apart, so a `switch` over the codes
 * it narrows to can be exhaustive.
 */
export type GigyaCallError<E extends number, F = NoFlowFields> =
  | MethodApiError<E, F>
  | GigyaApiError<UnlistedErrorCode>
  | GigyaTransportError
  | GigyaConfigError;

/** The non-throwing form: switch on `ok`, then on `error.errorCode`. */
export type SafeResult<R, E extends number, F = NoFlowFields> =
  | { readonly ok: true; readonly data: GigyaResult<R>; readonly error?: undefined }
  | { readonly ok: false; readonly data?: undefined; readonly error: GigyaCallError<E, F> };

// ---------------------------------------------------------------------------------------------
// The site's own account schema, typed once on the client: createClient<{ data: MyData }>().

/**
 * The shapes of a site's own account data: `data` (custom fields), `preferences` (consents) and
 * `subscriptions`. Each part is optional and defaults to an open record. Types only: nothing of
 * it exists at run time.
 */
export interface SiteSchema {
  readonly data?: object;
  readonly preferences?: object;
  readonly subscriptions?: object;
}

/** The site's `data` type of schema `S`, or an open record. */
export type SiteData<S extends SiteSchema> = S extends { readonly data: infer D extends object }
  ? D
  : Record<string, unknown>;
/** The site's `preferences` type of schema `S`, or an open record. */
export type SitePreferences<S extends SiteSchema> = S extends { readonly preferences: infer D extends object }
  ? D
  : Record<string, unknown>;
/** The site's `subscriptions` type of schema `S`, or an open record. */
export type SiteSubscriptions<S extends SiteSchema> = S extends { readonly subscriptions: infer D extends object }
  ? D
  : Record<string, unknown>;

/**
 * Every property optional, at every depth of nested objects: what a write may send (Gigya merges
 * the given fields into the stored ones). Arrays are sent whole, so their elements stay complete.
 */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/**
 * What a write Gigya merges may send (setAccountInfo's profile, data, preferences, subscriptions):
 * every property optional and nullable at every depth of nested objects. A field left out stays as
 * stored and `null` deletes it. Arrays replace the stored ones, so they are sent whole. Primitives
 * are tested first: a suggested-values type (`'m' | 'f' | (string & {})`) is an object type too.
 */
export type MergePatch<T> = T extends string | number | boolean | bigint | symbol | readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: MergePatch<T[K]> | null | undefined }
    : T;

/** The schema as writes see it: each part a deep partial of the site's type. */
export interface SiteWrite<S extends SiteSchema> {
  readonly data: DeepPartial<SiteData<S>>;
  readonly preferences: DeepPartial<SitePreferences<S>>;
  readonly subscriptions: DeepPartial<SiteSubscriptions<S>>;
}

/** What generated code calls into: implemented by the client. */
export interface Invoker {
  invoke<P, R, E extends number>(
    method: MethodDescriptor<P, R, E>,
    params: P | undefined,
    options?: CallOptions,
  ): Promise<GigyaResult<R>>;
}

// biome-ignore lint/complexity/noBannedTypes: `{} extends P` asks whether every key of P is optional.
type Args<P> = {} extends P ? [params?: P, options?: CallOptions] : [params: P, options?: CallOptions];

/**
 * A catalogued method bound to a client: `client.socialize.setStatus(params, options?)`. `F` types
 * the fields that come with the error codes that continue a flow (see `MethodApiError`).
 */
export interface BoundMethod<P, R, E extends number, F = NoFlowFields> {
  (...args: Args<P>): Promise<GigyaResult<R>>;
  /** Same call, but resolves to `{ ok, data }` or `{ ok: false, error }` instead of throwing. */
  safe(...args: Args<P>): Promise<SafeResult<R, E, F>>;
  /**
   * True for an API error of this method whose code the catalog lists for it (`E`), so a `switch`
   * over `errorCode` can be exhaustive. Other codes, or other methods' errors, give false.
   */
  isError(error: unknown): error is MethodApiError<E, F>;
  readonly descriptor: MethodDescriptor<P, R, E>;
}

/** The type of one item of a cursor method's page: the element type of its items field `K`. */
export type CursorItem<R, K extends string> = K extends keyof R
  ? NonNullable<R[K]> extends readonly (infer T)[]
    ? T
    : never
  : never;

/**
 * A catalogued method that pages with a cursor (`client.accounts.search`): a bound method that also
 * has `paginate`. `K` is the items field, `Own` the cursor's params, which the paginator sends itself.
 */
export interface CursorMethod<P, R, E extends number, F, K extends string, Own extends string>
  extends BoundMethod<P, R, E, F> {
  /**
   * Every item of every page, fetched one page at a time as the loop asks for them; breaking out of
   * the loop stops fetching. `.pages()` gives the pages themselves. A cursor Gigya no longer accepts
   * (expired, unknown) ends the loop with a `GigyaCursorError` that says what to do.
   *
   * @example
   * for await (const account of client.accounts.search.paginate({ query: 'SELECT * FROM accounts', pageSize: 1000 }))
   *   console.log(account.UID);
   */
  paginate(params: PaginateParams<P, Own>, options?: PaginateOptions): Paginated<CursorItem<R, K>, GigyaResult<R>>;
}

const TRACE = Symbol.for('gigya-typed.trace');

/**
 * Attaches a trace to a result without making it enumerable (JSON and logs stay clean). Given a
 * function, the trace is what it returns when `getTrace` first asks: most results are never asked
 * for theirs. Such a function returns the same trace every time.
 */
export function attachTrace<T extends object>(target: T, trace: CallTrace | (() => CallTrace)): T {
  Object.defineProperty(target, TRACE, { value: trace, enumerable: false, configurable: true });
  return target;
}

/** The trace of a result or error returned by this package. */
export function getTrace(value: unknown): CallTrace | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const fromSymbol = (value as { [TRACE]?: CallTrace | (() => CallTrace) })[TRACE];
  if (typeof fromSymbol === 'function') return fromSymbol();
  if (fromSymbol) return fromSymbol;
  const fromError = (value as { trace?: unknown }).trace;
  return typeof fromError === 'object' && fromError !== null ? (fromError as CallTrace) : undefined;
}

export function bindMethod<P, R, E extends number, F = NoFlowFields>(
  invoker: Invoker,
  descriptor: MethodDescriptor<P, R, E>,
): BoundMethod<P, R, E, F> {
  const call = ((params?: P, options?: CallOptions) =>
    invoker.invoke(descriptor, params, options)) as unknown as BoundMethod<P, R, E, F>;
  const safe = async (params?: P, options?: CallOptions): Promise<SafeResult<R, E, F>> => {
    try {
      return { ok: true, data: await invoker.invoke(descriptor, params, options) };
    } catch (error) {
      // instanceof holds across copies of the package (see errors.ts), so no duck typing is needed.
      if (error instanceof GigyaError) return { ok: false, error: error as GigyaCallError<E, F> };
      throw error;
    }
  };
  const listed: ReadonlySet<number> = new Set(descriptor.errorCodes);
  const isError = (error: unknown): error is MethodApiError<E, F> =>
    error instanceof GigyaApiError && error.method === descriptor.name && listed.has(error.errorCode);
  const bound = Object.defineProperties(call, {
    safe: { value: safe },
    isError: { value: isError },
    descriptor: { value: descriptor },
    name: { value: descriptor.name },
  });
  if (descriptor.cursor !== undefined) {
    const paginateMethod = (params: Record<string, unknown>, options?: PaginateOptions) =>
      paginate(invoker, descriptor, params as PaginateParams<P, never>, options);
    Object.defineProperty(bound, 'paginate', { value: paginateMethod });
  }
  return bound;
}

/**
 * Binds a namespace's methods from a table of descriptors keyed by their path in the namespace
 * (`'tfa.getProviders'` nests under `tfa`). Generated binders pass the table untyped and declare the
 * result as their namespace interface, so a user's compiler does not infer and compare one
 * `bindMethod` call per method; each namespace's validators.check.ts binds them one by one instead.
 */
export function bindMethods(invoker: Invoker, table: Readonly<Record<string, object>>): unknown {
  const root: Record<string, unknown> = {};
  for (const [path, descriptor] of Object.entries(table)) {
    const keys = path.split('.');
    const last = keys.pop() as string;
    let group = root;
    for (const key of keys) group = (group[key] ??= {}) as Record<string, unknown>;
    group[last] = bindMethod(invoker, descriptor as MethodDescriptor);
  }
  return root;
}

/** `bindMethod` for a method with a cursor, typed with its `paginate` (generated namespaces use it). */
export function bindCursorMethod<P, R, E extends number, F, K extends string, Own extends string>(
  invoker: Invoker,
  descriptor: MethodDescriptor<P, R, E>,
): CursorMethod<P, R, E, F, K, Own> {
  if (descriptor.cursor === undefined) throw new TypeError(`${descriptor.name} has no cursor in the catalog.`);
  return bindMethod<P, R, E, F>(invoker, descriptor) as CursorMethod<P, R, E, F, K, Own>;
}
