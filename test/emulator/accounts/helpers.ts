/**
 * Shared setup for the accounts model tests: a store on a hand-driven clock with a light scrypt
 * cost, the two kinds of caller, and shortcuts for the common flows.
 */
import { expect } from 'vitest';
import {
  AccountStore,
  type AccountStoreOptions,
  type CallContext,
  type Outcome,
} from '../../../src/emulator/accounts/index.js';
import { finalizeRegistration, initRegistration, register } from '../../../src/emulator/accounts/flows/registration.js';

export const API_KEY = '3_AccountsTestSite';
export const OTHER_KEY = '3_OtherSite';
export const PASSWORD = 'Correct-Horse-7';

export const server: CallContext = { apiKey: API_KEY, trusted: true, callId: 'call-server' };
export const client: CallContext = { apiKey: API_KEY, trusted: false, callId: 'call-client' };

export class ManualClock {
  t = Date.UTC(2026, 0, 15, 12, 0, 0);
  readonly now = (): number => this.t;
  advance(ms: number): void {
    this.t += ms;
  }
}

export function newStore(options: AccountStoreOptions = {}): { store: AccountStore; clock: ManualClock } {
  const clock = new ManualClock();
  const store = new AccountStore({ now: clock.now, passwordHashing: { N: 2 ** 10, r: 8, p: 1 }, ...options });
  store.addSite(API_KEY);
  return { store, clock };
}

export function expectOk(outcome: Outcome): Record<string, unknown> {
  if (outcome.errorCode !== 0)
    throw new Error(
      `expected success, ` +
        `got ${outcome.errorCode}: ${outcome.errorDetails ?? ''} ${JSON.stringify(outcome.validationErrors ?? [])}`,
    );
  return outcome.fields;
}

export function expectCode(outcome: Outcome, code: number): Outcome {
  expect({ errorCode: outcome.errorCode, details: outcome.errorDetails }).toMatchObject({ errorCode: code });
  return outcome;
}

/** initRegistration → register with finalizeRegistration=true; returns the UID. */
export function registerUser(
  store: AccountStore,
  params: Record<string, unknown> = {},
  ctx: CallContext = client,
): string {
  const regToken = expectOk(initRegistration(store, ctx, {}))['regToken'] as string;
  const result = register(store, ctx, {
    regToken,
    email: 'ada@example.com',
    password: PASSWORD,
    finalizeRegistration: true,
    ...params,
  });
  return expectOk(result)['UID'] as string;
}

/** Registration in two steps, returning the regToken the 206001 answer carried. */
export function registerPending(
  store: AccountStore,
  params: Record<string, unknown> = {},
  ctx: CallContext = client,
): string {
  const regToken = expectOk(initRegistration(store, ctx, {}))['regToken'] as string;
  const result = register(store, ctx, { regToken, email: 'ada@example.com', password: PASSWORD, ...params });
  expectCode(result, 206001);
  return result.fields['regToken'] as string;
}

export { finalizeRegistration };
