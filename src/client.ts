import { inspect } from 'node:util';
import { lookupErrorCode, type ErrorCodeInfo } from '../generated/errors.gen.js';
import { bindNamespaces, methodRegistry, type MethodMap, type Namespaces } from '../generated/index.js';
import { resolveAuth } from './auth/strategies.js';
import { GigyaConfigError } from './errors.js';
import { checkMethodName, resolveEndpoint } from './wire/hosts.js';
import { resolveClientSettings, type CallOptions, type ClientOptions } from './options.js';
import type { ClientContext } from './call/context.js';
import { invoke } from './call/invoke.js';
import type { GigyaResult, Invoker, MethodDescriptor } from './runtime.js';
import { createTransport } from './wire/transport.js';
import { PACKAGE_NAME, PACKAGE_VERSION } from './version.js';

type CallArgs<P> = {} extends P ? [params?: P, options?: CallOptions] : [params: P, options?: CallOptions];

/** The part of every client that does not depend on the catalog. */
export interface GigyaBaseClient extends Invoker {
  /**
   * Calls any method by its full name. Catalogued names are typed and validated; any other name
   * (a method the catalog does not list yet) is signed, retried and parsed the same way.
   */
  call<M extends keyof MethodMap>(method: M, ...args: CallArgs<MethodMap[M]['params']>): Promise<GigyaResult<MethodMap[M]['response']>>;
  /** Any name the catalog does not know; a catalogued name must match its typed params above. */
  call<N extends string>(method: N extends keyof MethodMap ? never : N, params?: Record<string, unknown>, options?: CallOptions): Promise<GigyaResult<Record<string, unknown>>>;
  /** Closes pooled connections. Calls made afterwards fail. */
  close(): Promise<void>;
}

/** A client with one property per catalogued namespace: `client.socialize.setStatus(…)`. */
export type GigyaClient<X extends object = {}> = GigyaBaseClient & Namespaces & X;

/** A module produced by `npm run generate -- --catalog DIR --out DIR`, passed to `createClient` to add its namespaces. */
export interface GeneratedCatalog<X extends object> {
  bindNamespaces(invoker: Invoker): X;
  methodRegistry?: ReadonlyMap<string, MethodDescriptor>;
  /** The catalog's own error table; consulted before the built-in one for outcome and retry class. */
  lookupErrorCode?: (code: number) => ErrorCodeInfo | undefined;
}

/**
 * A client without namespace objects, for the per-method functions of `gigya-typed/socialize`
 * (`setStatus(client, params)`), so bundles carry only the methods they import.
 */
export function createBaseClient(
  options: ClientOptions,
  registries: ReadonlyArray<ReadonlyMap<string, MethodDescriptor>> = [],
  errorTables: ReadonlyArray<(code: number) => ErrorCodeInfo | undefined> = [],
): GigyaBaseClient {
  const auth = resolveAuth(options);
  const endpoint = resolveEndpoint(options);
  // Every option is checked before the transport opens a pool that a throw would leak.
  const settings = resolveClientSettings(options);
  const userAgent = `${PACKAGE_NAME}/${PACKAGE_VERSION} node/${process.versions.node}${options.userAgent ? ` ${options.userAgent}` : ''}`;
  const transport = createTransport({
    ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
    ...(options.proxy ? { proxy: options.proxy } : {}),
    maxResponseBytes: settings.maxResponseBytes,
    userAgent,
  });
  const ctx: ClientContext = {
    auth,
    endpoint,
    transport,
    settings,
    validateParams: settings.validateParams,
    sdk: `${PACKAGE_NAME}_${PACKAGE_VERSION}`,
    logger: options.logger,
    signal: options.signal,
    now: options.now ?? Date.now,
    clockOffsetSeconds: 0,
    random: Math.random,
    lookupError: (code) => {
      for (const table of errorTables) {
        const info = table(code);
        if (info) return info;
      }
      return lookupErrorCode(code);
    },
  };
  let closed = false;
  const known = (name: string): MethodDescriptor | undefined => {
    for (const registry of registries) {
      const d = registry.get(name);
      if (d) return d;
    }
    return methodRegistry.get(name);
  };
  const ensureOpen = (): void => {
    if (closed) throw new GigyaConfigError('This client was closed; create a new one with createClient().');
  };

  // Both are async so that every failure, a closed client or a bad method name included, is a
  // rejected promise (`.catch()` sees it), never a synchronous throw.
  const client = {
    async invoke<P, R, E extends number>(method: MethodDescriptor<P, R, E>, params: P | undefined, callOptions?: CallOptions): Promise<GigyaResult<R>> {
      ensureOpen();
      return invoke(ctx, method.name, method, params, callOptions);
    },
    async call(method: string, params?: Record<string, unknown>, callOptions?: CallOptions): Promise<GigyaResult<Record<string, unknown>>> {
      ensureOpen();
      const name = checkMethodName(method);
      return invoke(ctx, name, known(name), params, callOptions) as Promise<GigyaResult<Record<string, unknown>>>;
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await transport.close();
    },
  };
  const summary = (): Record<string, unknown> => ({
    authMode: auth.mode,
    apiKey: auth.apiKey,
    userKey: auth.userKey,
    endpoint: ctx.endpoint.kind === 'base' ? ctx.endpoint.baseUrl.href : ctx.endpoint.apiDomain,
    closed,
  });
  // Credentials live only in closures; what inspection shows is this summary.
  Object.defineProperties(client, {
    [inspect.custom]: { value: (_depth: number, opts: object) => `GigyaClient ${inspect(summary(), opts)}` },
    toJSON: { value: summary },
  });
  return client as GigyaBaseClient;
}

/**
 * Creates a client. Credentials decide the auth mode (see `ClientOptions`); by default calls go to
 * data center us1, or to `baseUrl` (for example the emulator from `gigya-typed/emulator`).
 *
 * @example
 * const client = createClient({ apiKey, secret, dataCenter: 'eu1' });
 * await client.socialize.setStatus({ uid, status: 'I feel great' });
 */
export function createClient(options: ClientOptions): GigyaClient;
export function createClient<X extends object>(options: ClientOptions, extra: GeneratedCatalog<X>): GigyaClient<X>;
export function createClient<X extends object>(options: ClientOptions, extra?: GeneratedCatalog<X>): GigyaClient<X> {
  const base = createBaseClient(options, extra?.methodRegistry ? [extra.methodRegistry] : [], extra?.lookupErrorCode ? [extra.lookupErrorCode] : []);
  // A generated catalog may redefine a built-in namespace (e.g. a socialize.yaml with extra methods): it wins.
  const namespaces: Record<string, unknown> = { ...bindNamespaces(base), ...extra?.bindNamespaces(base) };
  for (const [key, value] of Object.entries(namespaces)) {
    if (key in base) throw new GigyaConfigError(`Namespace "${key}" clashes with a client member; rename it in the catalog.`);
    Object.defineProperty(base, key, { value, enumerable: true });
  }
  return base as GigyaClient<X>;
}
