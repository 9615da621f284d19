/**
 * The causes a retry can repair before the next attempt: the local clock (403002 with Gigya's
 * time) and the data center (301001 with the right `apiDomain`). A used nonce (403004) needs no
 * repair: every attempt is signed with a new one.
 */
import { GigyaConfigError } from '../errors.js';
import type { RetryClass } from '../runtime.js';
import { resolveEndpoint, type Endpoint } from '../wire/hosts.js';
import { stringField } from './classify.js';
import type { ClientContext } from './context.js';

/** Repairs the cause of a once-per-call class on the client, and says how; undefined when it cannot. */
export function repairCause(
  ctx: ClientContext,
  retryClass: RetryClass,
  envelope: Record<string, unknown>,
  headers: Record<string, string>,
): string | undefined {
  if (retryClass === 'clock-skew') return correctClock(ctx, envelope, headers);
  if (retryClass === 'redirect') return moveDataCenter(ctx, envelope);
  return 'new nonce';
}

function correctClock(
  ctx: ClientContext,
  envelope: Record<string, unknown>,
  headers: Record<string, string>,
): string | undefined {
  const server = serverTimeSeconds(envelope, headers);
  if (server === undefined) return undefined;
  ctx.clockOffsetSeconds = server - Math.floor(ctx.now() / 1000);
  return `clock corrected by ${ctx.clockOffsetSeconds} s`;
}

/** Never away from a `baseUrl`: the client was told where to send its calls. */
function moveDataCenter(ctx: ClientContext, envelope: Record<string, unknown>): string | undefined {
  const moved = movedEndpoint(ctx.endpoint, stringField(envelope, 'apiDomain'));
  if (!moved) return undefined;
  ctx.endpoint = moved;
  return `moved to data center ${moved.apiDomain}`;
}

/**
 * The endpoint a 301001 answer points to, unless the client uses a fixed `baseUrl` or the domain is unusable or
 * unchanged.
 */
function movedEndpoint(current: Endpoint, apiDomain: string | undefined): (Endpoint & { kind: 'domain' }) | undefined {
  if (current.kind !== 'domain' || apiDomain === undefined) return undefined;
  try {
    const moved = resolveEndpoint({ apiDomain, protocol: current.protocol });
    return moved.kind === 'domain' && moved.apiDomain !== current.apiDomain ? moved : undefined;
  } catch (error) {
    if (error instanceof GigyaConfigError) return undefined;
    throw error;
  }
}

/** Server time from the envelope's `time`, else the `Date` header. */
function serverTimeSeconds(envelope: Record<string, unknown>, headers: Record<string, string>): number | undefined {
  for (const candidate of [stringField(envelope, 'time'), headers.date]) {
    if (!candidate) continue;
    const ms = Date.parse(candidate);
    if (Number.isFinite(ms)) return Math.floor(ms / 1000);
  }
  return undefined;
}
