import { GigyaConfigError } from '../errors.js';

/**
 * API domain of each data center Gigya's documentation or SDKs name. Each entry says where it
 * comes from and, for the ones Gigya no longer lists, what that means.
 */
export interface DataCenterDomains {
  /** United States; the default of every SDK. */
  readonly us1: 'us1.gigya.com';
  /** Europe. */
  readonly eu1: 'eu1.gigya.com';
  /** Australia. */
  readonly au1: 'au1.gigya.com';
  /** Europe, hosted on Azure. */
  readonly eu2: 'eu2.gigya.com';
  /**
   * China. Older docs and SDKs use `cn1.gigya-api.cn`, which still names the same data center (pass it as `apiDomain`).
   */
  readonly cn1: 'cn1.sapcdm.cn';
  /** Global site groups spanning data centers. */
  readonly global: 'global.gigya.com';
  /**
   * Russia. Retired: Gigya's docs of 2016 to 2020 and the seed's SDK guide list it, SAP's current list
   * of data centers does not. Accepted by name for sites that still have it; a client using it logs a warning.
   */
  readonly ru1: 'ru1.gigya.com';
  /**
   * Israel. Not in SAP's lists of data centers: named only by a community SDK's type, with the
   * domain assumed from the naming pattern. Accepted by name; prefer the `apiDomain` your console shows.
   */
  readonly il1: 'il1.gigya.com';
}

export const DATA_CENTERS: DataCenterDomains = Object.freeze({
  us1: 'us1.gigya.com',
  eu1: 'eu1.gigya.com',
  au1: 'au1.gigya.com',
  eu2: 'eu2.gigya.com',
  cn1: 'cn1.sapcdm.cn',
  global: 'global.gigya.com',
  ru1: 'ru1.gigya.com',
  il1: 'il1.gigya.com',
});

/** Data centers Gigya no longer lists, with what to say to a client that uses one. */
export const RETIRED_DATA_CENTERS: ReadonlyMap<string, string> = new Map([
  [
    'ru1',
    "Data center ru1 is retired: SAP's current list of data centers no longer has it. If calls fail, check the data " +
      "center your site's console shows.",
  ],
]);

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
  if (options.dataCenter !== undefined && typeof options.dataCenter !== 'string')
    throw new GigyaConfigError(`dataCenter must be a string such as "eu1", got ${typeof options.dataCenter}.`);
  // Names are matched without regard to case: environment files often spell them EU1.
  const dc = (options.dataCenter ?? 'us1').trim().toLowerCase();
  const known = Object.hasOwn(DATA_CENTERS, dc) ? (DATA_CENTERS as unknown as Record<string, string>)[dc] : undefined;
  if (known) return { kind: 'domain', apiDomain: known, protocol };
  // A full domain passed as dataCenter (e.g. "us1-st1.gigya.com") is accepted as is.
  if (dc.includes('.')) return { kind: 'domain', apiDomain: checkDomain(dc), protocol };
  throw new GigyaConfigError(
    `Unknown dataCenter "${dc}". Use one of ${Object.keys(DATA_CENTERS).join(', ')}, or pass apiDomain (e.g. ` +
      `"us1-st1.gigya.com").`,
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
