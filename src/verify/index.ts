/**
 * Verification helpers for what Gigya sends to a site: id_tokens (verifyIdToken) and webhook
 * notifications (verifyWebhook). Meant to be exported from the package root.
 */
export { verifyIdToken, gigyaIssuer } from './id-token.js';
export type { GigyaIdTokenClaims, VerifyIdTokenOptions, VerifyClock } from './id-token.js';
export { verifyWebhook, createNonceCache } from './webhook.js';
export type {
  GigyaWebhookEvent,
  GigyaWebhookEventType,
  GigyaWebhookNotification,
  WebhookNonceStore,
  WebhookRequest,
  VerifyWebhookOptions,
  HeadersInput,
} from './webhook.js';
export { clearJwksCache, readJwks } from './jwks.js';
export type { JwksClient, JwksInput, PublicJwkInput, JwksCacheOptions } from './jwks.js';
export { GigyaIdTokenError, GigyaWebhookError } from './errors.js';
export type { IdTokenProblem, WebhookProblem } from './errors.js';
