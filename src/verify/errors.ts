/**
 * Typed errors of the verification helpers. Messages say what failed and what to do; they never
 * contain the token, the signature, the secret or the body.
 */
import { GigyaError, type GigyaErrorOptions } from '../errors.js';

export type IdTokenProblem =
  /** Not a compact JWS, or its header/payload is not JSON. */
  | 'malformed'
  /** An algorithm other than RS256 (including `none`). */
  | 'unsupported-alg'
  /** The signature does not verify with the key named by `kid`. */
  | 'bad-signature'
  /** No published key has the token's `kid` (after one refetch when a client is given). */
  | 'unknown-kid'
  | 'expired'
  /** `nbf` or `iat` is in the future beyond the clock tolerance. */
  | 'not-yet-valid'
  | 'wrong-issuer'
  | 'wrong-api-key'
  | 'wrong-audience'
  /** A claim every id_token carries (`sub`, `exp`, `iat`) is missing or of the wrong type. */
  | 'missing-claim'
  /** The public keys could not be fetched or read. */
  | 'jwks-unavailable';

/** An id_token was refused; `problem` says why. */
export class GigyaIdTokenError extends GigyaError {
  static override readonly kind: string = 'GigyaIdTokenError';
  readonly problem: IdTokenProblem;
  /** The token header's `kid`, when it could be read (not a secret). */
  readonly kid: string | undefined;

  constructor(
    problem: IdTokenProblem,
    message: string,
    options: GigyaErrorOptions & { kid?: string | undefined } = {},
  ) {
    super(message, options);
    this.problem = problem;
    this.kid = options.kid;
  }
}

export type WebhookProblem =
  /** The body was given parsed (an object); the signature covers the raw bytes. */
  | 'body-not-raw'
  /** None of the configured signatures is present in the headers. */
  | 'missing-signature'
  /** A signature is present but does not match the body. */
  | 'bad-signature'
  /** The body is not a Gigya notification (`events`, `nonce`, `timestamp`). */
  | 'malformed-body'
  /** The notification's timestamp is outside the tolerance window. */
  | 'stale'
  /** The nonce was seen before (needs a nonce store). */
  | 'replayed';

/** A webhook notification was refused; `problem` says why. */
export class GigyaWebhookError extends GigyaError {
  static override readonly kind: string = 'GigyaWebhookError';
  readonly problem: WebhookProblem;
  /** For a JWT-signed notification whose JWT failed, what was wrong with it. */
  readonly jwtProblem: IdTokenProblem | undefined;

  constructor(
    problem: WebhookProblem,
    message: string,
    options: GigyaErrorOptions & { jwtProblem?: IdTokenProblem } = {},
  ) {
    super(message, options);
    this.problem = problem;
    this.jwtProblem = options.jwtProblem;
  }
}
