/**
 * Public types of the Gigya emulator: options, fixture format, fault rules, recorded requests.
 */
import type { AccountImportRecord, AccountEventType, PoliciesInput, SetSchemaInput } from './accounts/index.js';
import type { WebhookRetryOptions } from './accounts/webhooks/dispatcher.js';
import type { SignatureDiagnosis } from '../auth/diagnose.js';

/**
 * Why a request's signature did not match, without the signatures: the base string expected (values
 * of secret-named params redacted), the key it must be signed with, and the usual mistake that
 * explains the signature received. The two signatures are shown by the inspector page only.
 */
export type SignatureCheck = Omit<SignatureDiagnosis, 'expectedSignature' | 'receivedSignature'>;

/**
 * How a request authenticates (or claims to, when it was rejected or faulted before the check). `none` = no credentials
 * at all.
 */
export type EmulatorAuthMode = 'signed' | 'secret' | 'bearer' | 'oauth' | 'anonymous' | 'none';

// ---------------------------------------------------------------------------------------------
// Fixture (JSON)
// ---------------------------------------------------------------------------------------------

/**
 * An application/user key: a secret (HMAC signing, or sent as `secret` over HTTPS) and/or an RSA public key (bearer
 * JWT).
 */
export interface FixtureUserKey {
  /** Base64 secret of the key. */
  secret?: string;
  /** RSA public key (PEM, SPKI or PKCS#1) that verifies the key's bearer JWTs (`kid` = the user key). */
  publicKey?: string;
}

/** An OAuth access token accepted as `oauth_token`. */
export interface FixtureToken {
  /** The user the token acts for; omitted = an app-level token (calls must then pass `UID`). */
  uid?: string;
  /** Unix seconds after which the token is rejected (403025); omitted = never expires. */
  expiresAt?: number;
}

/** A social identity of a user (Gigya's Identity object; free-form fields besides these). */
export interface FixtureIdentity {
  provider: string;
  providerUID: string;
  [field: string]: unknown;
}

/** A friend who is not a user of the site (returned by getFriendsInfo with `isSiteUser: false`). */
export interface FixtureExternalFriend {
  UID: string;
  nickname?: string;
  photoURL?: string;
  thumbnailURL?: string;
  identities?: FixtureIdentity[];
  [field: string]: unknown;
}

export interface FixtureUser {
  /** Default true when the UID does not start with `_gid_`. */
  isSiteUID?: boolean;
  /** User-object profile fields: nickname, firstName, lastName, gender, age, email, photoURL, city, … */
  profile?: Record<string, unknown>;
  identities?: FixtureIdentity[];
  /** UIDs of other users of the same site, or external friends. */
  friends?: Array<string | FixtureExternalFriend>;
  status?: string;
  /** Start with an active session (as if notifyLogin had been called). Default false. */
  loggedIn?: boolean;
  /** Settings by group (`""` = settings stored without a group). */
  settings?: Record<string, Record<string, unknown>>;
  /** Previously published user actions. */
  actions?: Record<string, unknown>[];
}

export interface FixtureSite {
  /** Base64 site (partner) secret. */
  secret: string;
  /**
   * Data center of the site: a label (`us1`, `eu1`, `au1`, `cn1`, …) or an API domain
   * (`eu1.gigya.com`). Default `us1`. A request whose Host names another data center
   * (`socialize.eu1.gigya.com`, as sent by an SDK using the emulator as its HTTP proxy) is answered
   * 301001 with `apiDomain` and `location` naming this one. Loopback hosts name none and pass.
   */
  dataCenter?: string;
  /** Cookie domain returned by notifyLogin (browser). Default empty. */
  cookieDomain?: string;
  userKeys?: Record<string, FixtureUserKey>;
  oauthTokens?: Record<string, FixtureToken>;
  /** Users of the socialize namespace (social identities, friends, status). */
  users?: Record<string, FixtureUser>;
  /**
   * Accounts (the accounts namespace) as `accounts.importFullAccount` takes them, seeded on start
   * and on every reset. A fixture may give a clear `password`: it is hashed on load and never kept.
   */
  accounts?: FixtureAccount[];
  /** The site's account schema, as `accounts.setSchema` takes it. */
  schema?: SetSchemaInput;
  /**
   * The site's policies (verification, password complexity, lockout, reset tokens, login IDs), as
   * `accounts.setPolicies` takes them.
   */
  policies?: PoliciesInput;
  /**
   * RSA private keys (PEM) that sign the site's id_tokens and webhook JWTs, the first active. Default: generated on
   * first use.
   */
  jwtKeys?: FixtureJwtKey[];
}

/** An account of the fixture: an importFullAccount record, with an optional clear password. */
export type FixtureAccount = AccountImportRecord;

export interface FixtureJwtKey {
  /** PEM (PKCS#8 or PKCS#1) RSA private key. */
  privateKey: string;
  /** Default: derived from the public key, as Gigya's kids are. */
  kid?: string;
}

/** The fixture file: sites by apiKey. See `src/emulator/fixtures/default.json`. */
export interface Fixture {
  /** Free text, ignored. */
  description?: string;
  sites: Record<string, FixtureSite>;
}

// ---------------------------------------------------------------------------------------------
// Faults
// ---------------------------------------------------------------------------------------------

/**
 * - `latency`: wait `ms` before handling the request (combines with the others)
 * - `unavailable`: HTTP 503 with an HTML page, request not handled
 * - `rate-limit`: envelope 403048, request not handled
 * - `server-error`: envelope 500001, request not handled
 * - `expired`: envelope 403002 (request has expired), request not handled
 * - `reset`: the connection is destroyed before the request is handled
 * - `reset-after`: the request IS handled (state changes), then the connection is destroyed without an answer
 * - `truncate`: the request IS handled, the answer announces a longer Content-Length than it sends, then the connection
 * is destroyed
 */
export type FaultType =
  | 'latency'
  | 'unavailable'
  | 'rate-limit'
  | 'server-error'
  | 'expired'
  | 'reset'
  | 'reset-after'
  | 'truncate';

export interface FaultRule {
  type: FaultType;
  /** For `latency`: milliseconds. */
  ms?: number;
  /** Only requests for these methods (full wire names). Default: all. */
  method?: string | readonly string[];
  /** Only requests carrying this apiKey. Default: all. */
  apiKey?: string;
  /** Fires on every Nth matching request (N, 2N, …). Default 1 (every one). */
  every?: number;
  /** Matching requests let through before the rule starts counting. Default 0. */
  skip?: number;
  /** Stops after firing this many times. Default unlimited. */
  times?: number;
}

// ---------------------------------------------------------------------------------------------
// Options and handle
// ---------------------------------------------------------------------------------------------

export interface EmulatorTlsOptions {
  key: string | Buffer;
  cert: string | Buffer;
}

export interface EmulatorOptions {
  /** Default `127.0.0.1`. */
  host?: string;
  /** Default 0 (a free port). */
  port?: number;
  /** A fixture object, or the path of a JSON fixture file. Default: the bundled `fixtures/default.json`. */
  fixture?: Fixture | string;
  /** Allowed `|now - timestamp|` for signed requests and `|now - iat|` for bearer JWTs. Default 120 s. */
  timestampWindowSeconds?: number;
  /** How long a nonce (and a JWT `jti`) stays remembered: at least twice the timestamp window. Default 600 s. */
  nonceTtlSeconds?: number;
  /** Most nonces remembered at once; the oldest are dropped beyond this. Default 1 000 000. */
  maxNonces?: number;
  /** Largest request body accepted (413001 beyond). Default 1 MiB. */
  maxBodyBytes?: number;
  /** Serve HTTPS with this key and certificate (then `secret` and `oauth_token` are accepted). */
  tls?: EmulatorTlsOptions;
  /**
   * The CA that signs the certificates of tunnelled https hosts (PEM key and certificate). Default:
   * a new CA for each run; pass the same pair to trust it once (a JVM truststore in CI). The
   * certificate is on the handle as `caCertificate`.
   */
  ca?: EmulatorTlsOptions;
  /**
   * Answer 301001 (with `apiDomain` and `location`) when the Host names another data center than the
   * site's fixture `dataCenter`. Default true.
   */
  enforceDataCenter?: boolean;
  /** Trust `x-forwarded-proto` for the scheme (a TLS-terminating proxy in front). Default false. */
  trustForwardedProto?: boolean;
  /**
   * Also accept signatures computed over the URL without its port. SAP's .NET SDK never puts the
   * port in the base string, so it can only talk to an emulator on a non-default port with this.
   * Default false (Gigya's hosts use default ports, so the strict rule is the faithful one).
   */
  acceptSignatureWithoutPort?: boolean;
  /** Fault rules applied to every matching request. Can be replaced later with `setFaults`. */
  faults?: readonly FaultRule[];
  /** Honour the per-request `x-emulator-fault` header. Default true. */
  faultHeader?: boolean;
  /** Added latency on every request, in ms (same as a `latency` fault rule for all requests); at most 600 000. */
  latencyMs?: number;
  /**
   * Longest time a request may take to arrive, headers and body; a connection still sending after
   * that is closed. Default 30 000 ms (Node's own default, 300 s, lets a slow client hold a
   * connection for five minutes).
   */
  requestTimeoutMs?: number;
  /** Current time in ms since the epoch. Default `Date.now`. Sets the `time` field and the `Date` header too. */
  now?: () => number;
  /**
   * Serve the inspector page at `/__inspector` (to browsers that name the emulator by IP address or
   * localhost). Default true; it costs requests nothing until a page listens.
   */
  inspector?: boolean;
  /** Receives one line per request (method, apiKey, errorCode, ms). Never params or secrets. */
  log?: (line: string) => void;
  /** Most recorded requests kept (oldest dropped). Default 10 000. */
  maxRecordedRequests?: number;
  /**
   * Where to POST Gigya's webhook notifications of account events (accountCreated, accountRegistered,
   * accountUpdated, accountDeleted, accountLoggedIn), signed like Gigya's; one endpoint or several.
   * Deliveries are recorded in `emulator.webhooks.deliveries`.
   */
  webhooks?: EmulatorWebhookOptions | readonly EmulatorWebhookOptions[];
  /** Retries of the webhooks a site configures with accounts.webhooks.set. Default: 6 attempts from 1 s, doubling. */
  webhookRetry?: WebhookRetryOptions;
  /**
   * scrypt cost of passwords set in the emulator. Default N = 4096 (r 8, p 1); a test suite that
   * registers many accounts may lower N (a power of two, at least 2).
   */
  passwordHashing?: { N: number; r: number; p: number };
}

export interface EmulatorWebhookOptions {
  /** http(s) URL of the receiver. */
  url: string;
  /** Event types to send. Default: all five. */
  events?: readonly AccountEventType[];
  /** Only events of this site. Default: every site. */
  apiKey?: string;
  /** Also sign with `X-Gigya-Sig-JWT` (RS256, the site's JWT key). Default true. */
  jwt?: boolean;
  /** Retries of a failed delivery (non-2xx, network error, timeout), with exponential backoff. */
  retry?: WebhookRetryOptions;
  /** Per attempt. Default 10 000 ms. */
  timeoutMs?: number;
}

/**
 * One request as the emulator saw it. Secrets (by name, credential-shaped name or JWT value) are replaced by
 * `[REDACTED]`.
 */
export interface RecordedRequest {
  /** Arrival order, from 1. */
  readonly seq: number;
  /** Arrival time (ms, from the emulator clock). */
  readonly receivedAt: number;
  readonly httpMethod: string;
  /** Full API method name from the path, e.g. `socialize.setStatus` (`''` if the path named none). */
  readonly method: string;
  /** The URL the signature was checked against (`scheme://host[:port]/path`). */
  readonly url: string;
  /** True when the request line used the absolute form (as sent to a proxy). */
  readonly absoluteForm: boolean;
  /**
   * Query and body params merged, values decoded; secrets redacted as in the client's traces (`secret`,
   * `sig`, `oauth_token`, `password`, provider tokens, `code`, credential-shaped names, JWT values, …,
   * also inside JSON params).
   */
  readonly params: Readonly<Record<string, string>>;
  readonly apiKey: string | undefined;
  readonly userKey: string | undefined;
  readonly nonce: string | undefined;
  readonly timestamp: string | undefined;
  /** `jti` of a bearer JWT. */
  readonly jti: string | undefined;
  /** Mode the request used; for requests stopped before the auth check, the mode its credentials claim. */
  readonly authMode: EmulatorAuthMode;
  /**
   * The envelope's errorCode (for `truncate`, the one of the answer cut short); undefined when no envelope was produced
   * (reset, reset-after, 503).
   */
  readonly errorCode: number | undefined;
  /** HTTP status sent (undefined when the connection was dropped before a status line). */
  readonly httpStatus: number | undefined;
  /** Fault that fired on this request, if any (`latency` is listed too). */
  readonly faults: readonly FaultType[];
  readonly format: 'json' | 'jsonp' | 'xml';
  readonly durationMs: number;
  /**
   * For a 403003: the base string expected (values of secret-named params redacted), the key it
   * must be signed with and the usual mistake that explains the signature received. Like the rest
   * of the record it holds no signature: the inspector page shows the expected and received ones
   * for the latest requests.
   */
  readonly signatureCheck: SignatureCheck | undefined;
}
