/**
 * A local Gigya (SAP Customer Data Cloud) REST emulator: a real HTTP server that checks
 * signatures, timestamps, nonces, secrets, bearer JWTs and OAuth tokens like Gigya, validates
 * params with the catalog's generated validators, keeps users and sessions in memory, and answers
 * in Gigya's JSON or XML envelope. Faults (latency, 503, rate limits, resets, truncated bodies)
 * can be injected per rule or per request.
 *
 * ```ts
 * const emulator = await startEmulator();
 * const client = createClient({ baseUrl: emulator.url, apiKey, secret });
 * // …
 * await emulator.close();
 * ```
 */
import { startEmulatorServer, type EmulatorHandle } from './server.js';
import type { EmulatorOptions } from './types.js';

export type { EmulatorHandle } from './server.js';
export { EmulatorAccounts, EmulatorWebhooks } from './control.js';
export type { RotateJwtKeyOptions } from './control.js';
export type {
  AccountRecord,
  AccountEventType,
  DeliveryRecord,
  DeliveryStatus,
  OutboxMessage,
  SessionRecord as AccountSessionRecord,
  WebhookRetryOptions,
} from './accounts/index.js';
export type {
  EmulatorAuthMode,
  EmulatorOptions,
  EmulatorTlsOptions,
  EmulatorWebhookOptions,
  FixtureAccount,
  FixtureJwtKey,
  FaultRule,
  FaultType,
  Fixture,
  FixtureExternalFriend,
  FixtureIdentity,
  FixtureSite,
  FixtureToken,
  FixtureUser,
  FixtureUserKey,
  RecordedRequest,
  SignatureCheck,
} from './types.js';
export type { SignatureDiagnosis, SignatureMistake, SignatureMistakeKind } from '../auth/diagnose.js';
export { EmulatorState, FixtureError, defaultEmulatorFixture, loadFixture } from './state.js';
export type { Identity, SessionRecord, SiteState, UserRecord } from './state.js';
export { FAULT_HEADER } from './faults.js';
export { totpCode } from './accounts/factors.js';
export { IMPLEMENTED_METHODS } from './handlers.js';

/** Starts the emulator on `options.host` (default 127.0.0.1) and `options.port` (default: a free port). */
export function startEmulator(options: EmulatorOptions = {}): Promise<EmulatorHandle> {
  return startEmulatorServer(options);
}
