/**
 * Data centers. Each site lives in one; Gigya answers a call that reaches another data center's
 * host with 301001 and names the right one in `apiDomain` and `location`. The emulator can only
 * tell which data center a request was meant for when the Host names one
 * (`socialize.eu1.gigya.com`), which is what an SDK sends when the emulator is its HTTP proxy; a
 * loopback Host (`127.0.0.1:4010`) names none and is never redirected.
 */
import { apiError, type ApiOutcome } from './envelope.js';
import type { EmulatorState, SiteState } from './state.js';
import { MAX_CACHED_LENGTH } from './wire.js';

/** China's API domain moved; both spellings name the same data center. */
const CHINA_DOMAINS: ReadonlySet<string> = new Set(['cn1.sapcdm.cn', 'cn1.gigya-api.cn']);

/** `eu1.gigya.com`, `us1-st1.gigya.com`, `cn1.sapcdm.cn`, … (not `api.gigya.com` or `global.gigya.com`). */
const DATA_CENTER_DOMAIN = /^[a-z]{2}\d+(-[a-z0-9]+)?\.gigya\.com$/;

/** API domain of a fixture `dataCenter`: a label (`eu1`) or already a domain (`eu1.gigya.com`). */
export function apiDomainOf(dataCenter: string): string {
  const dc = dataCenter.trim().toLowerCase();
  if (dc.includes('.')) return dc;
  return dc === 'cn1' ? 'cn1.sapcdm.cn' : `${dc}.gigya.com`;
}

function sameDataCenter(a: string, b: string): boolean {
  return a === b || (CHINA_DOMAINS.has(a) && CHINA_DOMAINS.has(b));
}

/** `{ namespace, domain }` when the host is `<namespace>.<data center domain>`. */
function dataCenterHost(hostname: string): { namespace: string; domain: string } | undefined {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  const dot = host.indexOf('.');
  if (dot <= 0) return undefined;
  const domain = host.slice(dot + 1);
  if (!DATA_CENTER_DOMAIN.test(domain) && !CHINA_DOMAINS.has(domain)) return undefined;
  return { namespace: host.slice(0, dot), domain };
}

/** The site a request's credentials name, without checking them (that comes later). */
function claimedSite(state: EmulatorState, params: Readonly<Record<string, string>>): SiteState | undefined {
  const apiKey = params['apiKey'];
  if (apiKey) return state.site(apiKey);
  const userKey = params['userKey'];
  if (userKey) return state.findUserKey(userKey)?.site;
  return undefined;
}

/**
 * 301001 when the signed URL's host names another data center than the site's. Checked before the
 * credentials, as Gigya does: a data center does not hold the secrets of another one's sites.
 */
export function checkDataCenter(
  state: EmulatorState,
  signedUrl: string,
  params: Readonly<Record<string, string>>,
): ApiOutcome | undefined {
  const target = addressedOf(signedUrl);
  if (!target) return undefined;
  const site = claimedSite(state, params);
  if (!site) return undefined;
  const { addressed, url } = target;
  const home = apiDomainOf(site.dataCenter);
  if (sameDataCenter(addressed.domain, home)) return undefined;
  const location = `${url.protocol}//${addressed.namespace}.${home}${url.port ? `:${url.port}` : ''}${url.pathname}`;
  return apiError(
    301001,
    `This site belongs to data center ${home}, not ${addressed.domain}. Send the call to ${location}.`,
    { apiDomain: home, location },
  );
}

interface Addressed {
  readonly addressed: { namespace: string; domain: string };
  readonly url: URL;
}

/**
 * The data center a signed URL names, if any. Clients send the same few URLs again and again (one
 * per host and method), so each is parsed once; a loopback URL names none.
 */
function addressedOf(signedUrl: string): Addressed | undefined {
  const known = addressedUrls.get(signedUrl);
  if (known !== undefined) return known ?? undefined;
  let found: Addressed | null = null;
  try {
    const url = new URL(signedUrl);
    const addressed = dataCenterHost(url.hostname);
    if (addressed) found = { addressed, url };
  } catch {
    // Not a URL: nothing to redirect.
  }
  if (signedUrl.length > MAX_CACHED_LENGTH) return found ?? undefined;
  if (addressedUrls.size >= 1024) addressedUrls.clear();
  addressedUrls.set(signedUrl, found);
  return found ?? undefined;
}

/** Signed URLs seen, with the data center each names (null: none). */
const addressedUrls = new Map<string, Addressed | null>();
