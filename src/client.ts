/**
 * The client runtime's facade: a client over the pipeline, knowing the methods and error codes of
 * the catalogs it is given. It imports no values from generated/: the built-in catalog is joined at
 * the package root (src/index.ts), so a bundle that imports one method carries only that method.
 */
import { inspect } from 'node:util';
import type { MethodMap } from '../generated/index.js';
import { resolveAuth, type AuthStrategy } from './auth/strategies.js';
import type { ClientContext, ErrorLookup } from './call/context.js';
import { invoke } from './call/invoke.js';
import { environmentHint, hasNoCredentials, withEnvironment } from './env.js';
import { GigyaConfigError } from './errors.js';
import { checkLogger, checkLogLevel, createClientLog, DEFAULT_LOG_LEVEL, type ClientLog } from './log.js';
import {
  checkHeaderValues,
  isAbortSignal,
  refuseOwnedHeaders,
  resolveClientSettings,
  type CallOptions,
  type ClientOptions,
  type ClientSettings,
  type DerivedClientOptions,
} from './options.js';
import type { GigyaResult, Invoker, MethodDescriptor } from './runtime.js';
import { checkMethodName, isPlainRemote, RETIRED_DATA_CENTERS, resolveEndpoint, type Endpoint } from './wire/hosts.js';
import { createTransport, type Transport } from './wire/transport.js';
import { PACKAGE_NAME, PACKAGE_VERSION } from './version.js';

export type { ErrorLookup } from './call/context.js';

// biome-ignore lint/complexity/noBannedTypes: `{} extends P` asks whether every key of P is optional.
type CallArgs<P> = {} extends P ? [params?: P, options?: CallOptions] : [params: P, options?: CallOptions];

/** The part of every client that does not depend on the catalog. */
export interface GigyaBaseClient extends Invoker {
  /**
   * Calls any method by its full name. Catalogued names are typed and validated; any other name
   * (a method the catalog does not list yet) is signed, retried and parsed the same way.
   */
  call<M extends keyof MethodMap>(
    method: M,
    ...args: CallArgs<MethodMap[M]['params']>
  ): Promise<GigyaResult<MethodMap[M]['response']>>;
  /** Any name the catalog does not know; a catalogued name must match its typed params above. */
  call<N extends string>(
    method: N extends keyof MethodMap ? never : N,
    params?: Record<string, unknown>,
    options?: CallOptions,
  ): Promise<GigyaResult<Record<string, unknown>>>;
  /**
   * A client with other defaults (timeout, retries, headers, format, logger, even credentials or
   * data center) that shares this one's connection pool and clock correction. Credentials and the
   * endpoint are replaced as a group when any of their options is given, never mixed with this
   * client's. Pool options (`dispatcher`, `proxy`, `maxResponseBytes`, `userAgent`) cannot change.
   *
   * @example
   * const patient = client.withOptions({ timeoutMs: 120_000, maxRetries: 5 });
   */
  withOptions(options: DerivedClientOptions): this;
  /**
   * Closes pooled connections; calls made afterwards fail. The pool belongs to the client
   * `createClient` returned: closing it closes every client derived from it with `withOptions`,
   * while closing a derived client only stops that one.
   */
  close(): Promise<void>;
}

/** Descriptors by wire name (a generated `methodRegistry`), or a list of them (a generated `socializeMethods`). */
export type MethodRegistry = ReadonlyMap<string, MethodDescriptor> | readonly MethodDescriptor[];

/**
 * A module produced by `npm run generate -- --catalog DIR --out DIR`, passed to `createClient` to add its namespaces.
 */
export interface GeneratedCatalog<X extends object> {
  bindNamespaces(invoker: Invoker): X;
  methodRegistry?: ReadonlyMap<string, MethodDescriptor>;
  /** The catalog's own error table; consulted before the built-in one for outcome and retry class. */
  lookupErrorCode?: ErrorLookup;
}

/** What every client made from one `createClient` shares: the pool and the clock correction. */
interface Family {
  readonly transport: Transport;
  readonly clock: { offsetSeconds: number };
  closed: boolean;
}

/** Where a client's calls go; shared by the derived clients that keep the endpoint. */
interface Route {
  endpoint: Endpoint;
}

/** Everything needed to build a client, and to derive another from it. */
interface ClientParts {
  /** The options as given, with what the environment filled in. */
  readonly input: ClientOptions;
  readonly ctx: ClientContext;
  readonly family: Family;
  readonly route: Route;
  readonly known: (name: string) => MethodDescriptor | undefined;
  readonly errorTables: readonly ErrorLookup[];
  /** Adds the namespace objects of the catalogs to a client. */
  readonly decorate: (client: GigyaBaseClient) => void;
  /** Made by `createClient`, so it owns the pool; false for clients made by `withOptions`. */
  readonly root: boolean;
}

/**
 * A client without namespace objects, for the per-method functions of `gigya-typed/socialize`
 * (`setStatus(client, params)`). It knows the methods of `registries` (for `call(name)`) and the
 * codes of `errorTables` (for outcome and retry class), each consulted in order, and nothing else.
 */
export function createBaseClient(
  options: ClientOptions | undefined,
  registries: readonly MethodRegistry[],
  errorTables: readonly ErrorLookup[],
): GigyaBaseClient {
  return assemble(rootParts(options, registries, errorTables, () => undefined));
}

/**
 * A client with one property per namespace of the given catalogs (`client.socialize.setStatus`).
 * A later catalog wins: its namespaces replace an earlier one's of the same name, and its methods
 * and codes are looked up first.
 */
export function createCatalogClient<X extends object>(
  options: ClientOptions | undefined,
  ...catalogs: ReadonlyArray<GeneratedCatalog<X>>
): GigyaBaseClient & X {
  const latestFirst = [...catalogs].reverse();
  const decorate = (base: GigyaBaseClient): void => {
    const namespaces: Record<string, unknown> = Object.assign({}, ...catalogs.map((c) => c.bindNamespaces(base)));
    for (const [key, value] of Object.entries(namespaces)) {
      if (key in base)
        throw new GigyaConfigError(`Namespace "${key}" clashes with a client member; rename it in the catalog.`);
      Object.defineProperty(base, key, { value, enumerable: true });
    }
  };
  const parts = rootParts(
    options,
    latestFirst.flatMap((c) => (c.methodRegistry ? [c.methodRegistry] : [])),
    latestFirst.flatMap((c) => (c.lookupErrorCode ? [c.lookupErrorCode] : [])),
    decorate,
  );
  return assemble(parts) as GigyaBaseClient & X;
}

/**
 * The client of the catalogs it is given, under the name code outside src/ imports it by
 * (test/codegen); the package's `createClient` (src/index.ts) adds the built-in catalog.
 */
export { createCatalogClient as createClient };

const SDK = `${PACKAGE_NAME}_${PACKAGE_VERSION}`;

function rootParts(
  options: ClientOptions | undefined,
  registries: readonly MethodRegistry[],
  errorTables: readonly ErrorLookup[],
  decorate: (client: GigyaBaseClient) => void,
): ClientParts {
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options)))
    throw new GigyaConfigError(`createClient options must be an object or left out, got ${describe(options)}.`);
  const { options: input, used } = withEnvironment(options ?? {});
  if (hasNoCredentials(input)) throw new GigyaConfigError(`No credentials were found. ${environmentHint()}`);
  const checked = fromEnvironment(used, () => {
    const auth = resolveAuth(input);
    const endpoint = resolveEndpoint(input);
    refuseInsecureCredentials(auth, endpoint, input.allowInsecureTransport === true);
    return { auth, endpoint, settings: resolveClientSettings(input) };
  });
  const log = clientLog(input);
  // Every option is checked before the transport opens a pool that a throw would leak.
  const headers = clientHeaders(input, checked.auth, checked.endpoint);
  const transport = createTransport({
    ...(input.dispatcher ? { dispatcher: input.dispatcher } : {}),
    ...(input.proxy ? { proxy: input.proxy } : {}),
    maxResponseBytes: checked.settings.maxResponseBytes,
    userAgent: userAgentOf(input.userAgent),
  });
  const family: Family = { transport, clock: { offsetSeconds: 0 }, closed: false };
  const route: Route = { endpoint: checked.endpoint };
  warnIfRetired(input, log);
  return {
    input,
    ctx: clientContext(input, checked, headers, log, family, route, errorTables),
    family,
    route,
    known: descriptorFinder(registries),
    errorTables,
    decorate,
    root: true,
  };
}

const CREDENTIAL_OPTIONS = ['apiKey', 'secret', 'userKey', 'privateKey', 'oauthToken', 'authMode'] as const;
const ENDPOINT_OPTIONS = ['dataCenter', 'apiDomain', 'baseUrl', 'protocol'] as const;
const POOL_OPTIONS = ['dispatcher', 'proxy', 'maxResponseBytes', 'userAgent', 'env'] as const;

/** The parts of a client derived from `parent` with `overrides`. */
function derivedParts(parent: ClientParts, overrides: DerivedClientOptions): ClientParts {
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides))
    throw new GigyaConfigError(`withOptions needs an object of options, got ${describe(overrides)}.`);
  for (const key of POOL_OPTIONS) {
    if ((overrides as ClientOptions)[key] !== undefined)
      throw new GigyaConfigError(
        `withOptions cannot change ${key}: a derived client shares its parent's connection pool. Use createClient() ` +
          `for another pool.`,
      );
  }
  const has = (keys: readonly (keyof ClientOptions)[]): boolean =>
    keys.some((k) => (overrides as ClientOptions)[k] !== undefined);
  const newCredentials = has(CREDENTIAL_OPTIONS);
  const newEndpoint = has(ENDPOINT_OPTIONS);
  const base: Record<string, unknown> = { ...parent.input };
  if (newCredentials) for (const k of CREDENTIAL_OPTIONS) delete base[k];
  if (newEndpoint) for (const k of ENDPOINT_OPTIONS) delete base[k];
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  const input: ClientOptions = {
    ...(base as ClientOptions),
    ...defined,
    ...(overrides.retry || parent.input.retry ? { retry: { ...parent.input.retry, ...overrides.retry } } : {}),
    ...(overrides.headers || parent.input.headers
      ? { headers: { ...parent.input.headers, ...overrides.headers } }
      : {}),
  };
  if (hasNoCredentials(input)) throw new GigyaConfigError(`No credentials were found. ${environmentHint()}`);
  const checked = {
    auth: newCredentials ? resolveAuth(input) : parent.ctx.auth,
    endpoint: newEndpoint ? resolveEndpoint(input) : parent.route.endpoint,
    settings: resolveClientSettings(input),
  };
  refuseInsecureCredentials(checked.auth, checked.endpoint, input.allowInsecureTransport === true);
  const log = clientLog(input);
  const headers = clientHeaders(input, checked.auth, checked.endpoint);
  const route: Route = newEndpoint ? { endpoint: checked.endpoint } : parent.route;
  if (newEndpoint) warnIfRetired(input, log);
  return {
    ...parent,
    input,
    ctx: clientContext(input, checked, headers, log, parent.family, route, parent.errorTables),
    route,
    root: false,
  };
}

interface Checked {
  readonly auth: AuthStrategy;
  readonly endpoint: Endpoint;
  readonly settings: ClientSettings;
}

function clientContext(
  input: ClientOptions,
  checked: Checked,
  headers: Readonly<Record<string, string>>,
  log: ClientLog,
  family: Family,
  route: Route,
  errorTables: readonly ErrorLookup[],
): ClientContext {
  const { auth, settings } = checked;
  if (input.signal !== undefined && !isAbortSignal(input.signal))
    throw new GigyaConfigError(`signal must be an AbortSignal, got ${describe(input.signal)}.`);
  return {
    auth,
    get endpoint(): Endpoint {
      return route.endpoint;
    },
    set endpoint(endpoint: Endpoint) {
      route.endpoint = endpoint;
    },
    transport: family.transport,
    settings,
    validateParams: settings.validateParams,
    headers,
    authorizationIsOwned: authorizationIsOwned(auth, checked.endpoint),
    traceBodyLimit: settings.traceBodyLimit,
    sdk: SDK,
    log,
    signal: input.signal,
    now: input.now ?? Date.now,
    get clockOffsetSeconds(): number {
      return family.clock.offsetSeconds;
    },
    set clockOffsetSeconds(seconds: number) {
      family.clock.offsetSeconds = seconds;
    },
    random: Math.random,
    lookupError: errorLookup(errorTables),
  };
}

/** The client object over its parts. Every failure, a closed client included, is a rejected promise. */
function assemble(parts: ClientParts): GigyaBaseClient {
  const { ctx, family, known, root } = parts;
  let closed = false;
  const ensureOpen = (): void => {
    if (closed || family.closed)
      throw new GigyaConfigError('This client was closed; create a new one with createClient().');
  };
  const client = {
    async invoke<P, R, E extends number>(
      method: MethodDescriptor<P, R, E>,
      params: P | undefined,
      callOptions?: CallOptions,
    ): Promise<GigyaResult<R>> {
      ensureOpen();
      return invoke(ctx, method.name, method, params, callOptions);
    },
    async call(
      method: string,
      params?: Record<string, unknown>,
      callOptions?: CallOptions,
    ): Promise<GigyaResult<Record<string, unknown>>> {
      ensureOpen();
      const name = checkMethodName(method);
      return invoke(ctx, name, known(name), params, callOptions) as Promise<GigyaResult<Record<string, unknown>>>;
    },
    withOptions(overrides: DerivedClientOptions): GigyaBaseClient {
      ensureOpen();
      return assemble(derivedParts(parts, overrides));
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      if (!root) return;
      family.closed = true;
      await family.transport.close();
    },
  };
  hideCredentials(client, () => ({
    authMode: ctx.auth.mode,
    apiKey: ctx.auth.apiKey,
    userKey: ctx.auth.userKey,
    endpoint: ctx.endpoint.kind === 'base' ? ctx.endpoint.baseUrl.href : ctx.endpoint.apiDomain,
    closed: closed || family.closed,
  }));
  parts.decorate(client as GigyaBaseClient);
  return client as GigyaBaseClient;
}

/** Errors about values read from the environment say so, since the code that failed passed none of them. */
function fromEnvironment<T>(used: readonly string[], check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof GigyaConfigError) || used.length === 0) throw error;
    throw new GigyaConfigError(`${error.message} (Options were read from the environment: ${used.join(', ')}.)`, {
      cause: error,
    });
  }
}

function clientLog(input: ClientOptions): ClientLog {
  const logger = input.logger === undefined ? undefined : checkLogger(input.logger);
  return createClientLog(logger, checkLogLevel(input.logLevel ?? DEFAULT_LOG_LEVEL));
}

function clientHeaders(input: ClientOptions, auth: AuthStrategy, endpoint: Endpoint): Readonly<Record<string, string>> {
  if (input.headers === undefined) return {};
  const headers = checkHeaderValues('ClientOptions.headers', input.headers);
  refuseOwnedHeaders('ClientOptions.headers', headers, authorizationIsOwned(auth, endpoint));
  return Object.freeze({ ...headers });
}

/** See `refuseOwnedHeaders`: bearer auth sets it, and Gigya's own hosts would read it as credentials. */
function authorizationIsOwned(auth: AuthStrategy, endpoint: Endpoint): boolean {
  return auth.mode === 'bearer' || endpoint.kind !== 'base';
}

function warnIfRetired(input: ClientOptions, log: ClientLog): void {
  if (input.baseUrl !== undefined || input.apiDomain !== undefined || typeof input.dataCenter !== 'string') return;
  const note = RETIRED_DATA_CENTERS.get(input.dataCenter.trim().toLowerCase());
  if (note !== undefined) log.warn({ dataCenter: input.dataCenter }, note);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

/**
 * Credentials that travel as they are (an OAuth token, a bearer JWT) are not sent in clear over a
 * network. The secret-as-param mode refuses http itself, with Gigya's 403006, on every attempt.
 */
function refuseInsecureCredentials(auth: AuthStrategy, endpoint: Endpoint, allowed: boolean): void {
  if (allowed || (auth.mode !== 'oauth' && auth.mode !== 'bearer') || !isPlainRemote(endpoint)) return;
  const what = auth.mode === 'oauth' ? 'the OAuth token' : 'the bearer JWT';
  throw new GigyaConfigError(
    `The client would send ${what} in clear over plain http ` +
      `to ${endpoint.kind === 'base' ? endpoint.baseUrl.host : `<namespace>.${endpoint.apiDomain}`}. ` +
      'Use https (the default protocol), or set allowInsecureTransport: true for a trusted network (a gateway on a ' +
      'private link); loopback hosts need no flag.',
  );
}

function userAgentOf(suffix: string | undefined): string {
  return `${PACKAGE_NAME}/${PACKAGE_VERSION} node/${process.versions.node}${suffix ? ` ${suffix}` : ''}`;
}

function errorLookup(tables: readonly ErrorLookup[]): ErrorLookup {
  return (code) => {
    for (const table of tables) {
      const info = table(code);
      if (info) return info;
    }
    return undefined;
  };
}

function descriptorFinder(registries: readonly MethodRegistry[]): (name: string) => MethodDescriptor | undefined {
  const maps = registries.map(
    (r): ReadonlyMap<string, MethodDescriptor> => (isList(r) ? new Map(r.map((d) => [d.name, d])) : r),
  );
  return (name) => {
    for (const map of maps) {
      const d = map.get(name);
      if (d) return d;
    }
    return undefined;
  };
}

function isList(registry: MethodRegistry): registry is readonly MethodDescriptor[] {
  return Array.isArray(registry);
}

/** Credentials live only in closures; what inspection and JSON show is the summary. */
function hideCredentials(client: object, summary: () => Record<string, unknown>): void {
  Object.defineProperties(client, {
    [inspect.custom]: { value: (_depth: number, opts: object) => `GigyaClient ${inspect(summary(), opts)}` },
    toJSON: { value: summary },
  });
}
