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
  type SessionRecord,
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

  /** The accounts model itself (sites, schema, policies, accounts, cursors, keys), for what the helpers below do not cover. */
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

/** The webhook endpoints of `startEmulator({ webhooks })`, delivering the accounts' events. */
export class EmulatorWebhooks {
  readonly #dispatchers: WebhookDispatcher[];
  readonly #detach: Array<() => void>;

  constructor(state: EmulatorState, options: readonly EmulatorWebhookOptions[], now: () => number) {
    this.#dispatchers = options.map(
      (o) =>
        new WebhookDispatcher({
          endpoints: [
            {
              url: o.url,
              ...(o.events === undefined ? {} : { events: o.events }),
              ...(o.apiKey === undefined ? {} : { apiKey: o.apiKey }),
              ...(o.jwt === undefined ? {} : { jwt: o.jwt }),
            },
          ],
          keyring: state.accounts.keys,
          secretFor: (apiKey) => state.site(apiKey)?.secret,
          dataCenterFor: (apiKey) => state.accounts.site(apiKey)?.dataCenter,
          now,
          ...(o.retry === undefined ? {} : { retry: o.retry }),
          ...(o.timeoutMs === undefined ? {} : { timeoutMs: o.timeoutMs }),
        }),
    );
    this.#detach = this.#dispatchers.map((d) => d.attach(state.accounts));
  }

  /** Every attempt so far (delivered, retrying, failed, dropped, abandoned), oldest first; no signatures. */
  get deliveries(): readonly DeliveryRecord[] {
    const all = this.#dispatchers.flatMap((d) => d.deliveries);
    return this.#dispatchers.length > 1 ? all.sort((a, b) => a.at - b.at) : all;
  }

  /** Events not yet delivered or given up on. */
  get pending(): number {
    return this.#dispatchers.reduce((n, d) => n + d.pending, 0);
  }

  /** Resolves once every event so far is delivered or given up on. */
  async idle(): Promise<void> {
    await Promise.all(this.#dispatchers.map((d) => d.idle()));
  }

  /** Stops delivering: timers and requests in flight are cancelled; what is left is recorded as abandoned. */
  async close(): Promise<void> {
    for (const detach of this.#detach) detach();
    await Promise.all(this.#dispatchers.map((d) => d.close()));
  }

  [inspect.custom](): string {
    return `EmulatorWebhooks { endpoints: ${this.#dispatchers.length}, deliveries: ${this.deliveries.length}, pending: ${this.pending} }`;
  }
}
