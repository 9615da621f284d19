import type { GigyaErrorCode } from '../generated/errors.gen.js';
import type { ErrorCodeInfo } from './runtime.js';
import type { CallTrace } from './trace.js';

/**
 * `instanceof` must hold across two copies of this package (a dependency tree with two versions
 * of gigya-typed is common). Each error carries the list of class kinds it belongs to under a
 * registry symbol, and every class answers `instanceof` from that list instead of the prototype chain.
 */
const KINDS = Symbol.for('gigya-typed.error.kinds');

type Kinded = { [KINDS]?: readonly string[] };

function kindsOf(value: unknown): readonly string[] | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const kinds = (value as Kinded)[KINDS];
  return Array.isArray(kinds) ? kinds : undefined;
}

export interface GigyaErrorOptions {
  cause?: unknown;
  /** Full method name, e.g. `socialize.setStatus`, when the error belongs to a call. */
  method?: string | undefined;
  /** How many HTTP attempts were made (0 when the error was raised before sending). */
  attempts?: number | undefined;
  trace?: CallTrace | undefined;
}

/** Base class of every error this package throws. */
export class GigyaError extends Error {
  /** Stable machine-readable kind, one per class. */
  static readonly kind: string = 'GigyaError';

  declare readonly [KINDS]: readonly string[];
  readonly method: string | undefined;
  attempts: number;
  /** Per-call trace (params redacted). Not enumerable, so logging the error stays short. */
  declare trace: CallTrace | undefined;

  constructor(message: string, options: GigyaErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    const kinds: string[] = [];
    for (
      let ctor = new.target as unknown;
      typeof ctor === 'function' && ctor !== Error;
      ctor = Object.getPrototypeOf(ctor)
    ) {
      const kind = (ctor as { kind?: unknown }).kind;
      if (typeof kind === 'string' && Object.hasOwn(ctor, 'kind')) kinds.push(kind);
    }
    Object.defineProperty(this, KINDS, { value: Object.freeze(kinds), enumerable: false });
    Object.defineProperty(this, 'trace', { value: options.trace, enumerable: false, writable: true });
    // The class's own `kind`, not its function name: a minifier renames classes, never string literals.
    // A caller's subclass without a kind of its own keeps its function name.
    this.name = Object.hasOwn(new.target, 'kind') ? (new.target as unknown as { kind: string }).kind : new.target.name;
    this.method = options.method;
    this.attempts = options.attempts ?? 0;
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    // A caller's own subclass has no `kind` of its own: the prototype chain decides for it, or every
    // GigyaApiError would count as an instance of `class MyError extends GigyaApiError`.
    if (!Object.hasOwn(this, 'kind')) return Function.prototype[Symbol.hasInstance].call(this, value);
    const kinds = kindsOf(value);
    if (kinds === undefined) return false;
    return kinds.includes((this as unknown as { kind: string }).kind);
  }
}

/**
 * Records which call an error belongs to. The pipeline calls this for every error a call ends with,
 * including those raised before sending (validation, 403006) and by the transport, which knows
 * only the URL.
 */
export function attachCallInfo(error: GigyaError, method: string, attempts: number, trace: CallTrace): void {
  if (error.method === undefined)
    Object.defineProperty(error, 'method', { value: method, enumerable: true, writable: false, configurable: true });
  error.attempts = attempts;
  error.trace = trace;
}

export interface GigyaApiErrorInit<E extends number> extends GigyaErrorOptions {
  errorCode: E;
  errorMessage: string;
  errorDetails?: string | undefined;
  callId?: string | undefined;
  statusCode?: number | undefined;
  statusReason?: string | undefined;
  /** HTTP status of the response (200 for most API errors, since `httpStatusCodes=false`). */
  httpStatus?: number | undefined;
  /** The parsed response envelope, when the error came from Gigya. */
  response?: Readonly<Record<string, unknown>> | undefined;
  /** True when this package raised the error before (or instead of) asking Gigya. */
  local?: boolean | undefined;
  info?: ErrorCodeInfo | undefined;
}

/** The class behind `GigyaApiError`, exported under that name with the constructor type below. */
class ApiError<E extends number = GigyaErrorCode> extends GigyaError {
  static override readonly kind: string = 'GigyaApiError';

  readonly errorCode: E;
  readonly errorMessage: string;
  readonly errorDetails: string | undefined;
  readonly callId: string | undefined;
  readonly statusCode: number | undefined;
  readonly statusReason: string | undefined;
  readonly httpStatus: number | undefined;
  readonly local: boolean;
  /** Catalog facts for this code (name, retry class, …); undefined for a code the catalog does not know. */
  readonly info: ErrorCodeInfo | undefined;
  declare readonly response: Readonly<Record<string, unknown>> | undefined;

  constructor(init: GigyaApiErrorInit<E>) {
    const where = init.method ? ` (${init.method})` : '';
    const details = init.errorDetails && init.errorDetails !== init.errorMessage ? `: ${init.errorDetails}` : '';
    const hint = init.info?.name ? ` [${init.info.name}]` : '';
    super(`Gigya error ${init.errorCode}${hint}${where}: ${init.errorMessage}${details}`, init);
    this.errorCode = init.errorCode;
    this.errorMessage = init.errorMessage;
    this.errorDetails = init.errorDetails;
    this.callId = init.callId;
    this.statusCode = init.statusCode;
    this.statusReason = init.statusReason;
    this.httpStatus = init.httpStatus;
    this.local = init.local ?? false;
    this.info = init.info;
    Object.defineProperty(this, 'response', { value: init.response, enumerable: false });
  }
}

/**
 * The constructor's type, written out so that `prototype` names the catalog's union: TypeScript
 * narrows `e instanceof GigyaApiError` to the type of `prototype`, which for a generic class would
 * be `GigyaApiError<any>`. With this, a `catch` gets `e.errorCode: GigyaErrorCode`.
 */
export interface GigyaApiErrorConstructor {
  new <E extends number = GigyaErrorCode>(init: GigyaApiErrorInit<E>): GigyaApiError<E>;
  readonly prototype: GigyaApiError<GigyaErrorCode>;
  /** Stable machine-readable kind: `'GigyaApiError'`. */
  readonly kind: string;
}

/**
 * Gigya answered with a non-zero `errorCode` (or this package raised one of Gigya's codes locally,
 * e.g. 403006 before sending a secret over plain HTTP). `errorCode` is typed by the union of codes
 * the catalog lists for the method, so `switch (e.errorCode)` can be exhaustive.
 */
export type GigyaApiError<E extends number = GigyaErrorCode> = ApiError<E>;
export const GigyaApiError: GigyaApiErrorConstructor = ApiError;

export interface ValidationIssue {
  /** Dotted path of the offending param, e.g. `userAction.mediaItems.0.src`. */
  readonly path: string;
  readonly message: string;
  /** `missing` maps to Gigya's 400002, `invalid` to 400006. */
  readonly problem: 'missing' | 'invalid' | 'unknown';
}

/**
 * Params failed the catalog's validator before anything was sent. Carries Gigya's own code for
 * the same problem (400002 missing, 400006 invalid) so one `switch` handles local and remote
 * validation failures alike.
 */
export class GigyaValidationError extends GigyaApiError<400002 | 400006> {
  static override readonly kind: string = 'GigyaValidationError';
  readonly issues: readonly ValidationIssue[];

  constructor(method: string, issues: readonly ValidationIssue[], options: GigyaErrorOptions = {}) {
    const missing = issues.some((i) => i.problem === 'missing');
    const summary = issues.map((i) => `${i.path || '(params)'}: ${i.message}`).join('; ');
    super({
      ...options,
      method,
      errorCode: missing ? 400002 : 400006,
      errorMessage: missing ? 'Missing required parameter' : 'Invalid parameter value',
      errorDetails: `${summary}. Fix the params passed to ${method}; nothing was sent.`,
      local: true,
    });
    this.issues = issues;
  }
}

/** The client was configured in a way that cannot work (bad secret, unreadable key, …). */
export class GigyaConfigError extends GigyaError {
  static override readonly kind: string = 'GigyaConfigError';
}

/** The request did not complete within its timeout. */
export class GigyaTimeoutError extends GigyaError {
  static override readonly kind: string = 'GigyaTimeoutError';
  readonly timeoutMs: number;
  constructor(message: string, timeoutMs: number, options: GigyaErrorOptions = {}) {
    super(message, options);
    this.timeoutMs = timeoutMs;
  }
}

/** The connection could not be made or broke (refused, reset, DNS, TLS). */
export class GigyaConnectionError extends GigyaError {
  static override readonly kind: string = 'GigyaConnectionError';
  /** System error code such as `ECONNRESET`, when known. */
  readonly code: string | undefined;
  constructor(message: string, code: string | undefined, options: GigyaErrorOptions = {}) {
    super(message, options);
    this.code = code;
  }
}

/** The caller's `AbortSignal` fired. */
export class GigyaAbortError extends GigyaError {
  static override readonly kind: string = 'GigyaAbortError';
}

export type ResponseProblem =
  | 'http-status'
  | 'html'
  | 'empty'
  | 'invalid-json'
  | 'invalid-xml'
  | 'truncated'
  | 'too-large'
  /** The body could not be decoded: an unknown Content-Encoding, corrupt compressed data or invalid UTF-8. */
  | 'bad-encoding'
  /**
   * The answer's HTTP framing is broken or ambiguous (two Content-Length values, Content-Length with
   * Transfer-Encoding, bytes that are not HTTP): where the body ends cannot be trusted, so it is not
   * read, and the call is not retried (the same server answers the same way).
   */
  | 'framing'
  | 'unexpected-shape';

export interface GigyaResponseErrorInit extends GigyaErrorOptions {
  problem: ResponseProblem;
  httpStatus: number | undefined;
  contentType?: string | undefined;
  /** At most a few hundred characters of the body, for diagnosis. */
  excerpt?: string | undefined;
  /** The parsed envelope, when the body was one but could not be accepted (`unexpected-shape`). */
  response?: Readonly<Record<string, unknown>> | undefined;
}

/** The server answered, but not with a readable Gigya envelope (HTML error page, 5xx, truncated body, …). */
export class GigyaResponseError extends GigyaError {
  static override readonly kind: string = 'GigyaResponseError';
  readonly problem: ResponseProblem;
  readonly httpStatus: number | undefined;
  readonly contentType: string | undefined;
  readonly excerpt: string | undefined;
  declare readonly response: Readonly<Record<string, unknown>> | undefined;
  constructor(message: string, init: GigyaResponseErrorInit) {
    super(message, init);
    this.problem = init.problem;
    this.httpStatus = init.httpStatus;
    this.contentType = init.contentType;
    this.excerpt = init.excerpt;
    // Not enumerable, like GigyaApiError's: logging the error stays short.
    Object.defineProperty(this, 'response', { value: init.response, enumerable: false });
  }
}

/** Errors that mean the request may not have reached Gigya or its answer was lost. */
export type GigyaTransportError = GigyaTimeoutError | GigyaConnectionError | GigyaAbortError | GigyaResponseError;

/** Whether `error` is one of the {@link GigyaTransportError}s: no answer, or none the client could read. */
export function isTransportError(error: unknown): error is GigyaTransportError {
  return (
    error instanceof GigyaTimeoutError ||
    error instanceof GigyaConnectionError ||
    error instanceof GigyaResponseError ||
    error instanceof GigyaAbortError
  );
}

/** Why a cursor could not be continued: it lived out its time, or the server does not know it. */
export type CursorProblem = 'expired' | 'invalid';

export interface GigyaCursorErrorInit {
  readonly problem: CursorProblem;
  /** The param that carried the cursor (`cursorId`). */
  readonly cursorParam: string;
  /** Pages and items read before the cursor was refused (0 when the first cursor given was refused). */
  readonly pagesRead: number;
  readonly itemsRead: number;
  /** True when the refused cursor was the caller's own `resumeFrom`. */
  readonly resumed: boolean;
}

/**
 * Gigya refused a cursor while paging (`paginate`): it expired between two pages, or it is not a
 * cursor of this site. A cursor cannot be revived; the listing has to start again (or, for a large
 * job, restart only its query range). Still a `GigyaApiError` with Gigya's own code, so handlers
 * that switch on `errorCode` keep working.
 */
export class GigyaCursorError extends GigyaApiError<GigyaErrorCode> {
  static override readonly kind: string = 'GigyaCursorError';
  readonly problem: CursorProblem;
  readonly cursorParam: string;
  readonly pagesRead: number;
  readonly itemsRead: number;

  constructor(refusal: GigyaApiError<number>, init: GigyaCursorErrorInit) {
    const what =
      init.problem === 'expired'
        ? `the cursor (${init.cursorParam}) expired after ${init.pagesRead} page(s), ${init.itemsRead} item(s)`
        : `${init.cursorParam} was not accepted as a cursor${
            init.resumed ? ' (the resumeFrom given)' : ''
          } after ${init.pagesRead} page(s), ${init.itemsRead} item(s)`;
    const todo =
      init.problem === 'expired'
        ? 'A cursor lives only minutes between pages and cannot be revived: start the listing again with ' +
          'paginate(…), consume pages faster, or split a long job into query ranges (one cursor each) so a restart ' +
          'repeats one range only.'
        : 'Pass only a nextCursorId this site returned, unchanged and while it lives; otherwise start again with ' +
          'paginate(…) without resumeFrom.';
    super({
      errorCode: refusal.errorCode as GigyaErrorCode,
      errorMessage: refusal.errorMessage,
      errorDetails: `${what}. ${todo}${refusal.errorDetails ? ` (Gigya: ${refusal.errorDetails})` : ''}`,
      callId: refusal.callId,
      statusCode: refusal.statusCode,
      statusReason: refusal.statusReason,
      httpStatus: refusal.httpStatus,
      response: refusal.response,
      info: refusal.info,
      method: refusal.method,
      attempts: refusal.attempts,
      trace: refusal.trace,
      cause: refusal,
    });
    this.problem = init.problem;
    this.cursorParam = init.cursorParam;
    this.pagesRead = init.pagesRead;
    this.itemsRead = init.itemsRead;
  }
}
