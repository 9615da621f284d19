/**
 * Gigya's webhook notification: a JSON body `{ events: [...], nonce, timestamp }` where each event
 * is `{ type, id, timestamp, callId, version, apiKey, data: { uid, accountType } }` (timestamps in
 * Unix seconds), signed two ways:
 * - `X-Gigya-Sig-Hmac-Sha1`: Base64 HMAC-SHA1 of the raw body, keyed with the Base64-decoded secret
 *   (the partner secret or the signing user key's secret), as Gigya documents;
 * - `X-Gigya-Sig-JWT` (webhooks version 2.0): an RS256 JWT signed with the site's JWT key (the one
 *   getJWTPublicKey publishes), with `iss`, `iat` = the notification timestamp, `exp` 60 s later,
 *   `jti` = the nonce and `sub` = base64url SHA-256 of the raw body. The claims follow a real
 *   notification token seen in public code; Gigya's page describing them is not in the sources.
 */
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { decodeSecret } from '../../../signing.js';
import type { AccountEvent, AccountEventType } from '../model.js';
import type { JwtKeyring } from '../tokens.js';
import { issuerOf } from '../tokens.js';

export const WEBHOOK_EVENT_TYPES: readonly AccountEventType[] = [
  'accountCreated',
  'accountRegistered',
  'accountUpdated',
  'accountDeleted',
  'accountLoggedIn',
];

export const HMAC_HEADER = 'x-gigya-sig-hmac-sha1';
export const JWT_HEADER = 'x-gigya-sig-jwt';

/** How long a notification JWT is valid after its `iat`, in seconds. */
export const WEBHOOK_JWT_LIFETIME = 60;

export interface WebhookEventBody {
  readonly type: AccountEventType;
  readonly id: string;
  readonly timestamp: number;
  readonly callId?: string;
  readonly version: string;
  readonly apiKey: string;
  readonly data: { readonly uid: string; readonly accountType: 'full' };
}

export interface WebhookNotificationBody {
  readonly events: readonly WebhookEventBody[];
  readonly nonce: string;
  readonly timestamp: number;
}

/** An event as it will be delivered (its id is fixed once, so every retry carries the same id). */
export function toEventBody(event: AccountEvent): WebhookEventBody {
  return {
    type: event.type,
    id: randomUUID(),
    timestamp: Math.floor(event.at / 1000),
    ...(event.callId === undefined ? {} : { callId: event.callId }),
    version: '2.0',
    apiKey: event.apiKey,
    data: { uid: event.uid, accountType: 'full' },
  };
}

/** The raw body of a notification with a fresh nonce and timestamp. */
export function buildNotification(
  events: readonly WebhookEventBody[],
  nowMs: number,
  nonce: string = randomUUID(),
): { body: string; nonce: string; timestamp: number } {
  const timestamp = Math.floor(nowMs / 1000);
  const body: WebhookNotificationBody = { events, nonce, timestamp };
  return { body: JSON.stringify(body), nonce, timestamp };
}

/** Base64 HMAC-SHA1 of the raw body with the Base64-decoded secret. */
export function hmacSignature(body: string | Uint8Array, secretBase64: string): string {
  return createHmac('sha1', decodeSecret(secretBase64)).update(body).digest('base64');
}

export function bodyDigest(body: string | Uint8Array): string {
  return createHash('sha256').update(body).digest('base64url');
}

/** The `X-Gigya-Sig-JWT` value for a notification body of a site. */
export function notificationJwt(
  keyring: JwtKeyring,
  apiKey: string,
  body: string,
  nonce: string,
  timestamp: number,
  dataCenter?: string,
): string {
  return keyring.sign(
    apiKey,
    { sub: bodyDigest(body), jti: nonce, iat: timestamp, exp: timestamp + WEBHOOK_JWT_LIFETIME, iss: issuerOf(apiKey) },
    dataCenter === undefined ? {} : { dc: dataCenter },
  );
}
