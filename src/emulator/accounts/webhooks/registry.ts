/**
 * The webhooks a site configures through the API (accounts.webhooks.set), by name, and the last
 * delivery status per endpoint URL (accounts.webhooks.getStatus). Whoever delivers (the emulator's
 * EmulatorWebhooks) listens for changes and reports statuses back; this module sends nothing.
 */
import type { AccountEventType } from '../model.js';

export interface SiteWebhook {
  readonly apiKey: string;
  readonly name: string;
  readonly url: string;
  readonly events: readonly AccountEventType[];
  readonly active: boolean;
  readonly version: string;
  readonly signingUserKey: string | undefined;
  readonly headers: ReadonlyArray<{ readonly name: string; readonly value: string }>;
  readonly id: string;
}

export interface WebhookStatus {
  readonly statusCode: number | undefined;
  /** ms */
  readonly lastSent: number;
  readonly message: string;
}

/** Webhooks per site, at most this many (Gigya's own limit is not in the sources). */
export const MAX_WEBHOOKS_PER_SITE = 50;

export class WebhookRegistry {
  readonly #hooks = new Map<string, Map<string, SiteWebhook>>();
  readonly #status = new Map<string, WebhookStatus>();
  readonly #listeners = new Set<(apiKey: string) => void>();

  list(apiKey: string): SiteWebhook[] {
    return [...(this.#hooks.get(apiKey)?.values() ?? [])];
  }

  all(): SiteWebhook[] {
    return [...this.#hooks.values()].flatMap((m) => [...m.values()]);
  }

  get(apiKey: string, name: string): SiteWebhook | undefined {
    return this.#hooks.get(apiKey)?.get(name);
  }

  set(hook: SiteWebhook): void {
    let site = this.#hooks.get(hook.apiKey);
    if (!site) this.#hooks.set(hook.apiKey, (site = new Map()));
    site.set(hook.name, hook);
    this.#changed(hook.apiKey);
  }

  delete(apiKey: string, name: string): boolean {
    const removed = this.#hooks.get(apiKey)?.delete(name) ?? false;
    if (removed) this.#changed(apiKey);
    return removed;
  }

  status(apiKey: string, url: string): WebhookStatus | undefined {
    return this.#status.get(`${apiKey}\u0000${url}`);
  }

  report(apiKey: string, url: string, status: WebhookStatus): void {
    this.#status.set(`${apiKey}\u0000${url}`, status);
  }

  /** Listens to configuration changes of any site; returns the function that stops listening. */
  onChange(listener: (apiKey: string) => void): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  clear(): void {
    const sites = [...this.#hooks.keys()];
    this.#hooks.clear();
    this.#status.clear();
    for (const apiKey of sites) this.#changed(apiKey);
  }

  #changed(apiKey: string): void {
    for (const listener of this.#listeners) listener(apiKey);
  }
}
