/**
 * The client runtime's facade: a client over the pipeline, knowing the methods and error codes of
 * the catalogs it is given. It imports no values from generated/: the built-in catalog is joined at
 * the package root (src/index.ts), so a bundle that imports one method carries only that method.
 */
import { inspect } from 'node:util';
import type { MethodMap } from '../generated/index.js';
import { resolveAuth } from './auth/strategies.js';
import type { ClientContext, ErrorLookup } from './call/context.js';
import { invoke } from './call/invoke.js';
import { GigyaConfigError } from './errors.js';
import { resolveClientSettings, type CallOptions, type ClientOptions } from './options.js';
import type { GigyaResult, Invoker, MethodDescriptor } from './runtime.js';
import { checkMethodName, isPlainRemote, resolveEndpoint, type Endpoint } from './wire/hosts.js';
import type { AuthStrategy } from './auth/strategies.js';
import { createTransport } from './wire/transport.js';
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
  /** Closes pooled connections. Calls made afterwards fail. */
  close(): Promise<void>;
}

/** Descriptors by wire name (a generated `methodRegistry`), or a list of them (a generated `socializeMethods`). */
export type MethodRegistry = ReadonlyMap<string, MethodDescriptor> | readonly MethodDescriptor[];

/** A module produced by `npm run generate -- --catalog DIR --out DIR`, passed to `createClient` to add its namespaces. */
export interface GeneratedCatalog<X extends object> {
  bindNamespaces(invoker: Invoker): X;
  methodRegistry?: ReadonlyMap<string, MethodDescriptor>;
  /** The catalog's own error table; consulted before the built-in one for outcome and retry class. */
  lookupErrorCode?: ErrorLookup;
}

/**
 * A client without namespace objects, for the per-method functions of `gigya-typed/socialize`
 * (`setStatus(client, params)`). It knows the methods of `registries` (for `call(name)`) and the
 * codes of `errorTables` (for outcome and retry class), each consulted in order, and nothing else.
 */
export function createBaseClient(
  options: ClientOptions,
  registries: readonly MethodRegistry[],
  errorTables: readonly ErrorLookup[],
): GigyaBaseClient {
  const ctx = clientContext(options, errorTables);
  const known = descriptorFinder(registries);
  let closed = false;
  const ensureOpen = (): void => {
    if (closed) throw new GigyaConfigError('This client was closed; create a new one with createClient().');
  };

  // Both are async so that every failure, a closed client or a bad method name included, is a
  // rejected promise (`.catch()` sees it), never a synchronous throw.
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
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await ctx.transport.close();
    },
  };
  hideCredentials(client, () => ({
    authMode: ctx.auth.mode,
    apiKey: ctx.auth.apiKey,
    userKey: ctx.auth.userKey,
    endpoint: ctx.endpoint.kind === 'base' ? ctx.endpoint.baseUrl.href : ctx.endpoint.apiDomain,
    closed,
  }));
  return client as GigyaBaseClient;
}

/**
 * A client with one property per namespace of the given catalogs (`client.socialize.setStatus`).
 * A later catalog wins: its namespaces replace an earlier one's of the same name, and its methods
 * and codes are looked up first.
 */
export function createCatalogClient<X extends object>(
  options: ClientOptions,
  ...catalogs: ReadonlyArray<GeneratedCatalog<X>>
): GigyaBaseClient & X {
  const latestFirst = [...catalogs].reverse();
  const base = createBaseClient(
    options,
    latestFirst.flatMap((c) => (c.methodRegistry ? [c.methodRegistry] : [])),
    latestFirst.flatMap((c) => (c.lookupErrorCode ? [c.lookupErrorCode] : [])),
  );
  const namespaces: Record<string, unknown> = Object.assign({}, ...catalogs.map((c) => c.bindNamespaces(base)));
  for (const [key, value] of Object.entries(namespaces)) {
    if (key in base)
      throw new GigyaConfigError(`Namespace "${key}" clashes with a client member; rename it in the catalog.`);
    Object.defineProperty(base, key, { value, enumerable: true });
  }
  return base as GigyaBaseClient & X;
}

/**
 * The client of the catalogs it is given, under the name code outside src/ imports it by
 * (test/codegen); the package's `createClient` (src/index.ts) adds the built-in catalog.
 */
export { createCatalogClient as createClient };

const SDK = `${PACKAGE_NAME}_${PACKAGE_VERSION}`;

/** Every option is checked before the transport opens a pool that a throw would leak. */
function clientContext(options: ClientOptions, errorTables: readonly ErrorLookup[]): ClientContext {
  const auth = resolveAuth(options);
  const endpoint = resolveEndpoint(options);
  refuseInsecureCredentials(auth, endpoint, options.allowInsecureTransport === true);
  const settings = resolveClientSettings(options);
  const transport = createTransport({
    ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
    ...(options.proxy ? { proxy: options.proxy } : {}),
    maxResponseBytes: settings.maxResponseBytes,
    userAgent: userAgentOf(options.userAgent),
  });
  return {
    auth,
    endpoint,
    transport,
    settings,
    validateParams: settings.validateParams,
    sdk: SDK,
    logger: options.logger,
    signal: options.signal,
    now: options.now ?? Date.now,
    clockOffsetSeconds: 0,
    random: Math.random,
    lookupError: errorLookup(errorTables),
  };
}

/**
 * Credentials that travel as they are (an OAuth token, a bearer JWT) are not sent in clear over a
 * network. The secret-as-param mode refuses http itself, with Gigya's 403006, on every attempt.
 */
function refuseInsecureCredentials(auth: AuthStrategy, endpoint: Endpoint, allowed: boolean): void {
  if (allowed || (auth.mode !== 'oauth' && auth.mode !== 'bearer') || !isPlainRemote(endpoint)) return;
  const what = auth.mode === 'oauth' ? 'the OAuth token' : 'the bearer JWT';
  throw new GigyaConfigError(
    `The client would send ${what} in clear over plain http to ${endpoint.kind === 'base' ? endpoint.baseUrl.host : `<namespace>.${endpoint.apiDomain}`}. ` +
      'Use https (the default protocol), or set allowInsecureTransport: true for a trusted network (a gateway on a private link); loopback hosts need no flag.',
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
