import { GigyaConfigError } from '../errors.js';
import type { DataCenter } from '../options.js';

/** API domain of each data center. `cn1` moved from `cn1.gigya-api.cn` to `cn1.sapcdm.cn`. */
export const DATA_CENTERS: Readonly<Record<DataCenter, string>> = Object.freeze({
  us1: 'us1.gigya.com',
  eu1: 'eu1.gigya.com',
  au1: 'au1.gigya.com',
  eu2: 'eu2.gigya.com',
  cn1: 'cn1.sapcdm.cn',
  global: 'global.gigya.com',
});

export interface EndpointOptions {
  protocol?: 'https' | 'http' | undefined;
  dataCenter?: string | undefined;
  apiDomain?: string | undefined;
  baseUrl?: string | undefined;
}

/** Where calls go: either Gigya's `<namespace>.<apiDomain>` hosts or one fixed base URL. */
export type Endpoint =
  | { readonly kind: 'domain'; readonly apiDomain: string; readonly protocol: 'https' | 'http' }
  | { readonly kind: 'base'; readonly baseUrl: URL };

export function resolveEndpoint(options: EndpointOptions): Endpoint {
  if (options.baseUrl !== undefined) {
    let url: URL;
    try {
      url = new URL(options.baseUrl);
    } catch {
      throw new GigyaConfigError(
        `baseUrl "${options.baseUrl}" is not an absolute URL; pass e.g. "http://127.0.0.1:4010".`,
      );
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new GigyaConfigError(`baseUrl must use http or https, not ${url.protocol}`);
    }
    if (url.search || url.hash) throw new GigyaConfigError('baseUrl must not carry a query string or fragment.');
    // They would not be sent (the transport uses the origin) and would show in traces.
    if (url.username || url.password)
      throw new GigyaConfigError(
        'baseUrl must not carry user:password@; pass credentials for a gateway in CallOptions.headers.',
      );
    return { kind: 'base', baseUrl: url };
  }
  const protocol = options.protocol ?? 'https';
  if (protocol !== 'https' && protocol !== 'http')
    throw new GigyaConfigError(`protocol must be "https" or "http", not "${String(protocol)}".`);
  if (options.apiDomain !== undefined) return { kind: 'domain', apiDomain: checkDomain(options.apiDomain), protocol };
  const dc = options.dataCenter ?? 'us1';
  const known = (DATA_CENTERS as Record<string, string>)[dc];
  if (known) return { kind: 'domain', apiDomain: known, protocol };
  // A full domain passed as dataCenter (e.g. "us1-st1.gigya.com") is accepted as is.
  if (dc.includes('.')) return { kind: 'domain', apiDomain: checkDomain(dc), protocol };
  throw new GigyaConfigError(
    `Unknown dataCenter "${dc}". Use one of ${Object.keys(DATA_CENTERS).join(', ')}, or pass apiDomain (e.g. "us1-st1.gigya.com").`,
  );
}

function checkDomain(domain: string): string {
  const d = domain.trim().toLowerCase().replace(/\.$/, '');
  if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(:\d+)?$/.test(d)) {
    throw new GigyaConfigError(`apiDomain "${domain}" is not a host name; pass e.g. "eu1.gigya.com".`);
  }
  return d;
}

/** The namespace is the first dot-separated token: `accounts.tfa.initTFA` is served by `accounts.<domain>`. */
export function namespaceOf(method: string): string {
  const dot = method.indexOf('.');
  return dot === -1 ? method : method.slice(0, dot);
}

const urlCache = new WeakMap<Endpoint, Map<string, URL>>();
const URL_CACHE_LIMIT = 512;

/**
 * Full request URL of a method: `https://socialize.us1.gigya.com/socialize.setStatus`. Cached per
 * endpoint, since every attempt of every call needs it; callers must not mutate the URL.
 */
export function methodUrl(endpoint: Endpoint, method: string): URL {
  let byMethod = urlCache.get(endpoint);
  if (!byMethod) urlCache.set(endpoint, (byMethod = new Map()));
  let url = byMethod.get(method);
  if (!url) {
    if (byMethod.size >= URL_CACHE_LIMIT) byMethod.clear();
    url = buildMethodUrl(endpoint, method);
    byMethod.set(method, url);
  }
  return url;
}

function buildMethodUrl(endpoint: Endpoint, method: string): URL {
  if (endpoint.kind === 'base') {
    const base = endpoint.baseUrl.href.endsWith('/') ? endpoint.baseUrl.href : `${endpoint.baseUrl.href}/`;
    return new URL(encodeURIComponent(method).replace(/%2E/gi, '.'), base);
  }
  return new URL(`${endpoint.protocol}://${namespaceOf(method)}.${endpoint.apiDomain}/${method}`);
}

/** Checks a method name before it is used in a URL. */
export function checkMethodName(method: string): string {
  const m = method.replace(/^\//, '');
  if (!/^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)+$/.test(m)) {
    throw new GigyaConfigError(
      `"${method}" is not a Gigya method name; use the full name, e.g. "socialize.getUserInfo".`,
    );
  }
  return m;
}

/** A host name that can only mean this machine: `localhost`, `*.localhost`, 127.0.0.0/8 or `::1`. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(h) || h === '::1';
}

/** Calls to this endpoint travel unencrypted over a network (plain http to a host that is not loopback). */
export function isPlainRemote(endpoint: Endpoint): boolean {
  if (endpoint.kind === 'base')
    return endpoint.baseUrl.protocol === 'http:' && !isLoopbackHost(endpoint.baseUrl.hostname);
  // Gigya's hosts are `<namespace>.<apiDomain>`: loopback only under a `localhost` domain.
  return endpoint.protocol === 'http' && !isLoopbackHost(endpoint.apiDomain.replace(/:\d+$/, ''));
}
