/**
 * What a test sees of a running emulator's accounts and webhooks: the accounts, their sessions and
 * the messages the emulator would have e-mailed, JWT key rotation, and every webhook delivery.
 * Secrets stay out: password hashes are never reachable, tokens only through the outbox (which is
 * what a user's inbox would hold).
 */
import { inspect } from 'node:util';
import {
  verifyEmail,
  WebhookDispatcher,
  type AccountRecord,
  type AccountStore,
  type DeliveryRecord,
  type OutboxMessage,
  type ProviderUser,
  type SessionRecord,
  type SiteWebhook,
  type WebhookEndpoint,
  type WebhookRetryOptions,
} from './accounts/index.js';
import type { EmulatorState } from './state.js';
import type { EmulatorWebhookOptions } from './types.js';

export interface RotateJwtKeyOptions {
  /** The site; default the fixture's first. */
  readonly apiKey?: string;
  /** Keep publishing the previous keys, so tokens signed a moment ago still verify. Default true. */
  readonly retainPrevious?: boolean;
  /** Use this RSA private key (PEM) instead of a generated one. */
  readonly privateKey?: string;
}

export class EmulatorAccounts {
  readonly #state: EmulatorState;
  readonly #defaultApiKey: string;

  constructor(state: EmulatorState, defaultApiKey: string) {
    this.#state = state;
    this.#defaultApiKey = defaultApiKey;
  }

  /**
   * The accounts model itself (sites, schema, policies, accounts, cursors, keys), for what the helpers below do not
   * cover.
   */
  get store(): AccountStore {
    return this.#state.accounts;
  }

  /** Every account of a site (default: the fixture's first), as stored: immutable versions. */
  list(apiKey: string = this.#defaultApiKey): AccountRecord[] {
    return [...this.#state.accounts.accounts(apiKey)];
  }

  get(uid: string, apiKey: string = this.#defaultApiKey): AccountRecord | undefined {
    return this.#state.accounts.account(apiKey, uid);
  }

  /** The account a login ID (email, username or phone number) belongs to. */
  findByLoginID(loginID: string, apiKey: string = this.#defaultApiKey): AccountRecord | undefined {
    return this.#state.accounts.findByLoginID(apiKey, loginID);
  }

  /** The account's live sessions (ids and lifetimes; never the session secrets). */
  sessions(uid: string, apiKey: string = this.#defaultApiKey): readonly SessionRecord[] {
    return this.#state.accounts.liveSessions(apiKey, uid);
  }

  /**
   * The messages the emulator would have sent (verification links, password resets, one-time
   * codes), oldest first. They carry the tokens a user would click or type: keep them in tests.
   */
  outbox(apiKey: string = this.#defaultApiKey): readonly OutboxMessage[] {
    return this.#state.accounts.outbox(apiKey);
  }

  /** The newest message to an address (or to anyone), optionally of one kind. */
  lastMessage(
    to?: string,
    kind?: OutboxMessage['kind'],
    apiKey: string = this.#defaultApiKey,
  ): OutboxMessage | undefined {
    const wanted = to?.trim().toLowerCase();
    return this.outbox(apiKey).findLast(
      (m) => (wanted === undefined || m.to.toLowerCase() === wanted) && (kind === undefined || m.kind === kind),
    );
  }

  /**
   * Says who a social provider's token belongs to, as the provider would tell Gigya: a later
   * notifyLogin with `providerSessions: { [provider]: { authToken: token } }` logs that user in (its
   * email may make it a conflict with an existing login ID, 403043). Forgotten on reset.
   */
  setProviderUser(provider: string, token: string, user: ProviderUser, apiKey: string = this.#defaultApiKey): void {
    this.#state.accounts.setProviderUser(apiKey, provider, token, user);
  }

  /** What clicking an email verification link does. False for an unknown or used token. */
  verifyEmail(token: string, apiKey: string = this.#defaultApiKey): boolean {
    return verifyEmail(this.#state.accounts, apiKey, token);
  }

  /**
   * Makes a new key sign the site's id_tokens and webhook JWTs and returns its `kid`. The previous
   * key stays published by accounts.getJWTPublicKey (V2) unless `retainPrevious` is false.
   */
  rotateJwtKey(options: RotateJwtKeyOptions = {}): string {
    const apiKey = options.apiKey ?? this.#defaultApiKey;
    return this.#state.accounts.keys.rotate(apiKey, {
      ...(options.retainPrevious === undefined ? {} : { retainPrevious: options.retainPrevious }),
      ...(options.privateKey === undefined ? {} : { privateKey: options.privateKey }),
    });
  }

  /** Stops publishing a key (not the active one). */
  retireJwtKey(kid: string, apiKey: string = this.#defaultApiKey): boolean {
    return this.#state.accounts.keys.retire(apiKey, kid);
  }

  [inspect.custom](): string {
    return `EmulatorAccounts { ${inspect(this.#state.accounts)} }`;
  }
}

/** Keeps this many delivery records across every webhook, the oldest dropped. */
const MAX_DELIVERY_RECORDS = 1_000;

interface Configured {
  readonly hook: SiteWebhook;
  readonly dispatcher: WebhookDispatcher;
  readonly detach: () => void;
}

/**
 * The webhooks the emulator delivers to: those of `startEmulator({ webhooks })`, and those a site
 * configures with accounts.webhooks.set (kept in step with the registry, their status reported
 * back for accounts.webhooks.getStatus).
 */
export class EmulatorWebhooks {
  readonly #state: EmulatorState;
  readonly #now: () => number;
  readonly #retry: WebhookRetryOptions | undefined;
  readonly #fixed: WebhookDispatcher[];
  readonly #detach: Array<() => void>;
  readonly #configured = new Map<string, Configured>();
  readonly #records: DeliveryRecord[] = [];
  readonly #closing: Array<Promise<void>> = [];
  #closed = false;

  constructor(
    state: EmulatorState,
    options: readonly EmulatorWebhookOptions[],
    now: () => number,
    configuredRetry?: WebhookRetryOptions,
  ) {
    this.#state = state;
    this.#now = now;
    this.#retry = configuredRetry;
    this.#fixed = options.map((o) =>
      this.#dispatcher(
        {
          url: o.url,
          ...(o.events === undefined ? {} : { events: o.events }),
          ...(o.apiKey === undefined ? {} : { apiKey: o.apiKey }),
          ...(o.jwt === undefined ? {} : { jwt: o.jwt }),
        },
        o.retry,
        o.timeoutMs,
      ),
    );
    this.#detach = this.#fixed.map((d) => d.attach(state.accounts));
    this.#detach.push(state.accounts.webhooks.onChange((apiKey) => this.#sync(apiKey)));
  }

  #dispatcher(
    endpoint: WebhookEndpoint,
    retry: WebhookRetryOptions | undefined,
    timeoutMs: number | undefined,
    onRecord?: (record: DeliveryRecord) => void,
  ): WebhookDispatcher {
    const state = this.#state;
    return new WebhookDispatcher({
      endpoints: [endpoint],
      keyring: state.accounts.keys,
      secretFor: (apiKey) => state.site(apiKey)?.secret,
      dataCenterFor: (apiKey) => state.accounts.site(apiKey)?.dataCenter,
      now: this.#now,
      ...(retry === undefined ? {} : { retry }),
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
      onRecord: (record) => {
        this.#records.push(record);
        if (this.#records.length > MAX_DELIVERY_RECORDS) this.#records.shift();
        onRecord?.(record);
      },
    });
  }

  /** Brings the dispatchers of a site's configured webhooks in line with the registry. */
  #sync(apiKey: string): void {
    if (this.#closed) return;
    const registry = this.#state.accounts.webhooks;
    const wanted = new Map(
      registry
        .list(apiKey)
        .filter((h) => h.active)
        .map((h) => [`${apiKey}\u0000${h.name}`, h]),
    );
    for (const [key, configured] of this.#configured) {
      if (configured.hook.apiKey !== apiKey || wanted.get(key) === configured.hook) continue;
      configured.detach();
      this.#closing.push(configured.dispatcher.close());
      this.#configured.delete(key);
    }
    for (const [key, hook] of wanted) {
      if (this.#configured.has(key)) continue;
      const signing =
        hook.signingUserKey === undefined
          ? undefined
          : this.#state.site(apiKey)?.userKeys.get(hook.signingUserKey)?.secret;
      const dispatcher = this.#dispatcher(
        {
          url: hook.url,
          events: hook.events,
          apiKey,
          jwt: hook.version !== '1.0',
          ...(signing === undefined ? {} : { secret: signing }),
          headers: Object.fromEntries(hook.headers.map((h) => [h.name, h.value])),
        },
        this.#retry,
        undefined,
        (record) => {
          if (record.status === 'dropped' || record.status === 'abandoned') return;
          registry.report(apiKey, hook.url, {
            statusCode: record.httpStatus,
            lastSent: record.at,
            message: record.error ?? 'OK',
          });
        },
      );
      this.#configured.set(key, { hook, dispatcher, detach: dispatcher.attach(this.#state.accounts) });
    }
  }

  #all(): WebhookDispatcher[] {
    return [...this.#fixed, ...[...this.#configured.values()].map((c) => c.dispatcher)];
  }

  /** Every attempt so far (delivered, retrying, failed, dropped, abandoned), oldest first; no signatures. */
  get deliveries(): readonly DeliveryRecord[] {
    return [...this.#records];
  }

  /** Events not yet delivered or given up on. */
  get pending(): number {
    return this.#all().reduce((n, d) => n + d.pending, 0);
  }

  /** Resolves once every event so far is delivered or given up on. */
  async idle(): Promise<void> {
    await Promise.all(this.#all().map((d) => d.idle()));
  }

  /** Stops delivering: timers and requests in flight are cancelled; what is left is recorded as abandoned. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const detach of this.#detach) detach();
    for (const configured of this.#configured.values()) configured.detach();
    await Promise.all([...this.#all().map((d) => d.close()), ...this.#closing]);
  }

  [inspect.custom](): string {
    return (
      `EmulatorWebhooks { endpoints: ${this.#all().length}, deliveries: ${this.#records.length}, pending:` +
      ` ${this.pending} }`
    );
  }
}
