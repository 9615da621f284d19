/**
 * Delivers account events to webhook endpoints the way Gigya does: at least once, in order per
 * endpoint (so per UID), several queued events per notification, retried with exponential backoff
 * when the endpoint fails (non-2xx, network error, timeout). Every attempt is recorded. Each attempt
 * gets a fresh nonce and timestamp (and so fresh signatures); event ids stay the same, which is
 * what a receiver de-duplicates on.
 */
import { request } from 'undici';
import type { AccountEvent, AccountEventType } from '../model.js';
import type { Clock } from '../outcome.js';
import type { AccountStore } from '../store.js';
import type { JwtKeyring } from '../tokens.js';
import {
  buildNotification,
  HMAC_HEADER,
  hmacSignature,
  JWT_HEADER,
  notificationJwt,
  toEventBody,
  WEBHOOK_EVENT_TYPES,
  type WebhookEventBody,
} from './notification.js';

export interface WebhookEndpoint {
  readonly url: string;
  /** Event types to send. Default: all five account events. */
  readonly events?: readonly AccountEventType[];
  /** Only events of this site. Default: every site. */
  readonly apiKey?: string;
  /** Base64 secret for `X-Gigya-Sig-Hmac-Sha1`; default the dispatcher's `secretFor(apiKey)`. */
  readonly secret?: string;
  /** Also send `X-Gigya-Sig-JWT` (needs the dispatcher's keyring). Default true. */
  readonly jwt?: boolean;
  /** Extra HTTP headers for each notification (accounts.webhooks.set `headers`); they cannot replace the signatures. */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface WebhookRetryOptions {
  /** Attempts per notification, the first included. Default 6. */
  readonly maxAttempts?: number;
  /** Delay before the first retry. Default 1 000 ms. */
  readonly baseDelayMs?: number;
  /** Longest delay between attempts. Default 60 000 ms. */
  readonly maxDelayMs?: number;
  /** Randomize each delay by ±20 %. Default true. */
  readonly jitter?: boolean;
}

export interface WebhookDispatcherOptions {
  readonly endpoints: readonly WebhookEndpoint[];
  /** Signs the JWT form with the site keys (pass `store.keys`). */
  readonly keyring?: JwtKeyring;
  /** The signing secret of a site (the partner secret, Base64). */
  readonly secretFor?: (apiKey: string) => string | undefined;
  /** Data center label for the JWT header's `dc`. */
  readonly dataCenterFor?: (apiKey: string) => string | undefined;
  readonly now?: Clock;
  readonly retry?: WebhookRetryOptions;
  /** Per attempt. Default 10 000 ms. */
  readonly timeoutMs?: number;
  /** Events waiting per endpoint; the oldest are dropped (and recorded) beyond. Default 10 000. */
  readonly maxQueued?: number;
  /** Most events in one notification. Default 20. */
  readonly maxEventsPerNotification?: number;
  /** Delivery records kept, oldest dropped. Default 1 000. */
  readonly maxRecorded?: number;
  /** Told of every delivery record as it is made. */
  readonly onRecord?: (record: DeliveryRecord) => void;
}

export type DeliveryStatus = 'delivered' | 'retrying' | 'failed' | 'dropped' | 'abandoned';

/** One delivery attempt (or a notification given up on). Never contains a secret or signature. */
export interface DeliveryRecord {
  readonly seq: number;
  readonly url: string;
  readonly attempt: number;
  readonly status: DeliveryStatus;
  /** ms */
  readonly at: number;
  readonly durationMs: number;
  readonly httpStatus: number | undefined;
  /** Why the attempt failed (status line or network error code). */
  readonly error: string | undefined;
  readonly eventIds: readonly string[];
  readonly eventTypes: readonly AccountEventType[];
  readonly uids: readonly string[];
  readonly nonce: string | undefined;
  /** The raw body sent (UIDs and event metadata only). */
  readonly body: string | undefined;
  /** When the next attempt is due, for `retrying`. */
  readonly nextAttemptAt: number | undefined;
}

interface Queue {
  readonly endpoint: WebhookEndpoint;
  readonly events: WebhookEventBody[];
  busy: boolean;
  timer: NodeJS.Timeout | undefined;
  abort: AbortController | undefined;
  /** The batch being delivered and its attempt count. */
  batch: WebhookEventBody[] | undefined;
  attempt: number;
}

export class WebhookDispatcher {
  readonly #queues: Queue[];
  readonly #options: WebhookDispatcherOptions;
  readonly #now: Clock;
  readonly #records: DeliveryRecord[] = [];
  readonly #idleWaiters = new Set<() => void>();
  #seq = 0;
  #closed = false;

  constructor(options: WebhookDispatcherOptions) {
    for (const e of options.endpoints) {
      const url = new URL(e.url);
      if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new TypeError(`A webhook URL must be http(s): ${url.protocol}`);
      for (const t of e.events ?? [])
        if (!WEBHOOK_EVENT_TYPES.includes(t))
          throw new TypeError(`Unknown webhook event type ${JSON.stringify(t)}; use ${WEBHOOK_EVENT_TYPES.join(', ')}`);
    }
    this.#options = options;
    this.#now = options.now ?? Date.now;
    this.#queues = options.endpoints.map((endpoint) => ({
      endpoint,
      events: [],
      busy: false,
      timer: undefined,
      abort: undefined,
      batch: undefined,
      attempt: 0,
    }));
  }

  /** Sends the store's events from now on; returns the function that detaches. */
  attach(store: AccountStore): () => void {
    return store.subscribe((event) => this.enqueue(event));
  }

  /** Queues an event for every endpoint that wants it (muted events are never sent). */
  enqueue(event: AccountEvent): void {
    if (this.#closed || event.muted) return;
    const body = toEventBody(event);
    for (const queue of this.#queues) {
      const { endpoint } = queue;
      if (endpoint.apiKey !== undefined && endpoint.apiKey !== event.apiKey) continue;
      if (!(endpoint.events ?? WEBHOOK_EVENT_TYPES).includes(event.type)) continue;
      queue.events.push(body);
      const max = this.#options.maxQueued ?? 10_000;
      while (queue.events.length > max) {
        const dropped = queue.events.shift() as WebhookEventBody;
        this.#record(queue, 'dropped', { attempt: 0, events: [dropped], error: `queue full (${max} events)` });
      }
      this.#pump(queue);
    }
  }

  /** Every attempt so far, oldest first. */
  get deliveries(): readonly DeliveryRecord[] {
    return [...this.#records];
  }

  /** Events not yet delivered or given up on. */
  get pending(): number {
    return this.#queues.reduce((n, q) => n + q.events.length + (q.batch?.length ?? 0), 0);
  }

  /** Resolves once every queue is empty (delivered or given up on). */
  idle(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.add(resolve));
  }

  /** Stops: cancels timers and in-flight requests; what was not delivered is recorded as abandoned. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    for (const queue of this.#queues) {
      if (queue.timer) clearTimeout(queue.timer);
      queue.timer = undefined;
      queue.abort?.abort();
      const left = [...(queue.batch ?? []), ...queue.events];
      queue.events.length = 0;
      queue.batch = undefined;
      if (left.length > 0)
        this.#record(queue, 'abandoned', { attempt: queue.attempt, events: left, error: 'dispatcher closed' });
    }
    this.#notifyIdle();
  }

  #pump(queue: Queue): void {
    if (this.#closed || queue.busy || queue.timer) return;
    if (!queue.batch) {
      if (queue.events.length === 0) {
        this.#notifyIdle();
        return;
      }
      // One notification carries events of one site only: it is signed with that site's keys.
      const max = Math.max(1, this.#options.maxEventsPerNotification ?? 20);
      const apiKey = (queue.events[0] as WebhookEventBody).apiKey;
      let n = 1;
      while (n < max && n < queue.events.length && (queue.events[n] as WebhookEventBody).apiKey === apiKey) n++;
      queue.batch = queue.events.splice(0, n);
      queue.attempt = 0;
    }
    queue.busy = true;
    void this.#attempt(queue).finally(() => {
      queue.busy = false;
      this.#pump(queue);
    });
  }

  async #attempt(queue: Queue): Promise<void> {
    const batch = queue.batch as WebhookEventBody[];
    queue.attempt += 1;
    const { endpoint } = queue;
    const apiKey = batch[0]?.apiKey as string;
    const { body, nonce, timestamp } = buildNotification(batch, this.#now());
    const headers: Record<string, string> = {
      ...endpoint.headers,
      'content-type': 'application/json',
      'user-agent': 'gigya-typed-emulator',
    };
    const secret = endpoint.secret ?? this.#options.secretFor?.(apiKey);
    if (secret !== undefined) headers[HMAC_HEADER] = hmacSignature(body, secret);
    if ((endpoint.jwt ?? true) && this.#options.keyring) {
      headers[JWT_HEADER] = notificationJwt(
        this.#options.keyring,
        apiKey,
        body,
        nonce,
        timestamp,
        this.#options.dataCenterFor?.(apiKey),
      );
    }
    const started = this.#now();
    const abort = new AbortController();
    queue.abort = abort;
    const timeout = setTimeout(() => abort.abort(), this.#options.timeoutMs ?? 10_000);
    let httpStatus: number | undefined;
    let error: string | undefined;
    try {
      const res = await request(endpoint.url, { method: 'POST', body, headers, signal: abort.signal });
      httpStatus = res.statusCode;
      await res.body.dump();
      if (httpStatus < 200 || httpStatus >= 300) error = `HTTP ${httpStatus}`;
    } catch (cause) {
      const code =
        typeof cause === 'object' && cause !== null
          ? ((cause as { code?: unknown }).code ?? (cause as { name?: unknown }).name)
          : undefined;
      error = abort.signal.aborted
        ? this.#closed
          ? 'dispatcher closed'
          : 'timeout'
        : typeof code === 'string'
          ? code
          : 'network error';
    } finally {
      clearTimeout(timeout);
      queue.abort = undefined;
    }
    if (this.#closed) return;
    const durationMs = this.#now() - started;
    if (error === undefined) {
      this.#record(queue, 'delivered', { attempt: queue.attempt, events: batch, httpStatus, nonce, body, durationMs });
      queue.batch = undefined;
      return;
    }
    const retry = this.#options.retry ?? {};
    const maxAttempts = Math.max(1, retry.maxAttempts ?? 6);
    if (queue.attempt >= maxAttempts) {
      this.#record(queue, 'failed', {
        attempt: queue.attempt,
        events: batch,
        httpStatus,
        error: `${error}; gave up after ${queue.attempt} attempts`,
        nonce,
        body,
        durationMs,
      });
      queue.batch = undefined;
      return;
    }
    const base = retry.baseDelayMs ?? 1_000;
    let delay = Math.min(retry.maxDelayMs ?? 60_000, base * 2 ** (queue.attempt - 1));
    if (retry.jitter ?? true) delay = Math.round(delay * (0.8 + Math.random() * 0.4));
    this.#record(queue, 'retrying', {
      attempt: queue.attempt,
      events: batch,
      httpStatus,
      error,
      nonce,
      body,
      durationMs,
      nextAttemptAt: this.#now() + delay,
    });
    queue.timer = setTimeout(() => {
      queue.timer = undefined;
      this.#pump(queue);
    }, delay);
  }

  #record(
    queue: Queue,
    status: DeliveryStatus,
    r: {
      attempt: number;
      events: readonly WebhookEventBody[];
      httpStatus?: number | undefined;
      error?: string;
      nonce?: string;
      body?: string;
      durationMs?: number;
      nextAttemptAt?: number;
    },
  ): void {
    this.#seq += 1;
    const record: DeliveryRecord = {
      seq: this.#seq,
      url: queue.endpoint.url,
      attempt: r.attempt,
      status,
      at: this.#now(),
      durationMs: r.durationMs ?? 0,
      httpStatus: r.httpStatus,
      error: r.error,
      eventIds: r.events.map((e) => e.id),
      eventTypes: r.events.map((e) => e.type),
      uids: [...new Set(r.events.map((e) => e.data.uid))],
      nonce: r.nonce,
      body: r.body,
      nextAttemptAt: r.nextAttemptAt,
    };
    this.#records.push(record);
    this.#options.onRecord?.(record);
    const max = this.#options.maxRecorded ?? 1_000;
    while (this.#records.length > max) this.#records.shift();
  }

  #notifyIdle(): void {
    if (this.pending > 0 && !this.#closed) return;
    for (const resolve of this.#idleWaiters) resolve();
    this.#idleWaiters.clear();
  }
}
