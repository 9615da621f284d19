/**
 * accounts.webhooks.set / getAll / delete / getStatus: a site's webhooks, configured through the
 * API as on Gigya. The emulator delivers to them like to the webhooks of its options. Gigya takes
 * HTTPS endpoints only; the emulator also takes plain http on loopback hosts, where a test's
 * receiver runs.
 */
import { randomBytes } from 'node:crypto';
import type { AccountEventType } from '../model.js';
import { fail, ok, type CallContext, type Outcome } from '../outcome.js';
import { bool, guarded, isPlainObject, list, raw, text, type Params } from '../params.js';
import type { AccountStore } from '../store.js';
import { WEBHOOK_EVENT_TYPES } from '../webhooks/notification.js';
import { serverOnly } from './common.js';
import { MAX_WEBHOOKS_PER_SITE, type SiteWebhook } from '../webhooks/registry.js';

const VERSIONS = ['1.0', '2.0', '3.0'];
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function endpointProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'url is not a URL';
  }
  if (parsed.protocol === 'https:') return undefined;
  if (parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname)) return undefined;
  return 'url must be an https URL (the emulator also takes http on 127.0.0.1 and localhost)';
}

function headersOf(value: unknown): Array<{ name: string; value: string }> | string {
  if (value === undefined || value === null || value === '') return [];
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return 'headers is not valid JSON';
    }
  }
  if (!Array.isArray(parsed)) return 'headers must be an array of { name, value }';
  const out: Array<{ name: string; value: string }> = [];
  for (const h of parsed) {
    if (
      !isPlainObject(h) ||
      typeof h['name'] !== 'string' ||
      typeof h['value'] !== 'string' ||
      !/^[!#$%&'*+.^_`|~\w-]+$/.test(h['name'])
    )
      return 'headers must be an array of { name, value } with HTTP header names';
    if (/^x-gigya-sig-|^content-(type|length)$/i.test(h['name'])) return `headers cannot set ${h['name']}`;
    out.push({ name: h['name'], value: h['value'] });
  }
  return out;
}

export function webhooksSet(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const denied = serverOnly(ctx, 'configuring webhooks');
    if (denied) return denied;
    const url = text(params, 'url');
    const name = text(params, 'name');
    const events = list(params, 'events');
    const active = bool(params, 'active');
    const version = text(params, 'version');
    const missing = [
      url === undefined ? 'url' : '',
      name === undefined ? 'name' : '',
      events === undefined ? 'events' : '',
      active === undefined ? 'active' : '',
      version === undefined ? 'version' : '',
    ].filter(Boolean);
    if (missing.length > 0) return fail(400002, `Missing required parameter: ${missing.join(', ')}`);
    const problems: string[] = [];
    const urlProblem = endpointProblem(url as string);
    if (urlProblem) problems.push(urlProblem);
    if ((name as string).length > 100) problems.push('name is longer than 100 characters');
    const unknown = (events as string[]).filter((e) => !(WEBHOOK_EVENT_TYPES as readonly string[]).includes(e));
    if (unknown.length > 0)
      problems.push(`events has unknown types ${unknown.join(', ')} (use ${WEBHOOK_EVENT_TYPES.join(', ')})`);
    if (!VERSIONS.includes(version as string)) problems.push(`version must be one of ${VERSIONS.join(', ')}`);
    const headers = headersOf(raw(params, 'headers'));
    if (typeof headers === 'string') problems.push(headers);
    const existing = store.webhooks.get(ctx.apiKey, name as string);
    const clash = store.webhooks.list(ctx.apiKey).find((h) => h.url === url && h.name !== name);
    if (clash) problems.push(`url is already the endpoint of webhook ${clash.name}`);
    if (!existing && store.webhooks.list(ctx.apiKey).length >= MAX_WEBHOOKS_PER_SITE)
      problems.push(`a site has at most ${MAX_WEBHOOKS_PER_SITE} webhooks in the emulator`);
    if (problems.length > 0) return fail(400006, `Invalid parameter value: ${problems.join('; ')}`);
    const hook: SiteWebhook = {
      apiKey: ctx.apiKey,
      name: name as string,
      url: url as string,
      events: events as AccountEventType[],
      active: active as boolean,
      version: version as string,
      signingUserKey: text(params, 'signingUserKey'),
      headers: headers as Array<{ name: string; value: string }>,
      id: existing?.id ?? randomBytes(8).toString('hex'),
    };
    store.webhooks.set(hook);
    return ok();
  });
}

export function webhooksGetAll(store: AccountStore, ctx: CallContext): Outcome {
  const denied = serverOnly(ctx, 'configuring webhooks');
  if (denied) return denied;
  return ok({
    webhooks: store.webhooks.list(ctx.apiKey).map((h) => ({
      id: h.id,
      name: h.name,
      url: h.url,
      events: [...h.events],
      active: h.active,
      version: h.version,
      ...(h.signingUserKey === undefined ? {} : { signingUserKey: h.signingUserKey }),
      ...(h.headers.length === 0 ? {} : { headers: h.headers.map((x) => ({ ...x })) }),
    })),
  });
}

export function webhooksDelete(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const denied = serverOnly(ctx, 'configuring webhooks');
    if (denied) return denied;
    const name = text(params, 'name');
    if (name === undefined) return fail(400002, 'Missing required parameter: name');
    if (!store.webhooks.delete(ctx.apiKey, name))
      return fail(400006, `Invalid parameter value: no webhook named ${JSON.stringify(name)}`);
    return ok();
  });
}

export function webhooksGetStatus(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const denied = serverOnly(ctx, 'configuring webhooks');
    if (denied) return denied;
    const url = text(params, 'url');
    if (url === undefined) return fail(400002, 'Missing required parameter: url');
    if (!store.webhooks.list(ctx.apiKey).some((h) => h.url === url))
      return fail(
        400006,
        'Invalid parameter value: url is not the endpoint of a webhook of this site (it is case-sensitive)',
      );
    const status = store.webhooks.status(ctx.apiKey, url);
    return ok(
      status === undefined
        ? {}
        : {
            webhookStatus: {
              ...(status.statusCode === undefined ? {} : { statusCode: status.statusCode }),
              lastSent: new Date(status.lastSent).toISOString(),
              message: status.message,
            },
          },
    );
  });
}
