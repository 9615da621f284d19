/**
 * The plain types of the accounts model: accounts, sessions, policies, events and limits.
 * Accounts are immutable documents: every change stores a new object, so a search cursor that holds
 * the old one keeps a stable page.
 */
import type { PasswordComplexity } from './password.js';
import type { JsonObject } from './params.js';

export interface Identity {
  readonly provider: string;
  readonly providerUID: string;
  readonly [field: string]: unknown;
}

export interface LoginEmail {
  /** Normalized (trimmed, lower case). */
  readonly email: string;
  readonly verified: boolean;
}

export interface AccountRecord {
  readonly UID: string;
  readonly profile: JsonObject;
  readonly data: JsonObject;
  readonly preferences: JsonObject;
  readonly subscriptions: JsonObject;
  /** Server-only data (Gigya's `internal`). */
  readonly internal: JsonObject;
  readonly loginEmails: readonly LoginEmail[];
  /** Addresses of the account that are not login IDs (accounts.addEmails). */
  readonly otherEmails?: readonly LoginEmail[];
  readonly username: string | undefined;
  readonly phoneNumber: string | undefined;
  readonly identities: readonly Identity[];
  readonly isRegistered: boolean;
  readonly isVerified: boolean;
  readonly isActive: boolean;
  /** ms */
  readonly created: number;
  readonly registered: number | undefined;
  readonly verified: number | undefined;
  readonly lastLogin: number | undefined;
  readonly lastUpdated: number;
  readonly oldestDataUpdated: number;
  readonly loginProvider: string | undefined;
  readonly regSource: string | undefined;
  readonly lang: string | undefined;
  readonly hasPassword: boolean;
}

/**
 * Views derived from a stored account version (its answer core, login IDs, emails), computed on
 * first use. The store gives each stored version a holder under this non-enumerable key: spreads
 * and JSON skip it, and a new version starts with an empty one.
 */
export const DERIVED: unique symbol = Symbol('gigya-typed.accounts.derived');

export interface DerivedViews {
  core?: Readonly<Record<string, unknown>>;
  loginIDs?: Readonly<Record<string, unknown>>;
  emails?: Readonly<Record<string, unknown>>;
}

/** The holder of a stored account version, or undefined for an account the store did not store. */
export function derivedOf(account: AccountRecord): DerivedViews | undefined {
  return (account as { [DERIVED]?: DerivedViews })[DERIVED];
}

export interface SessionRecord {
  readonly id: string;
  readonly kind: 'browser' | 'mobile';
  /** ms */
  readonly createdAt: number;
  /** ms; undefined = until logout */
  readonly expiresAt: number | undefined;
}

export interface LockoutState {
  failures: number;
  /** ms of the first failure counted. */
  firstFailureAt: number;
  lockedUntil: number | undefined;
}

/**
 * `tfa`: a login waits for its second factor; `tfaPassed`: tfa.finalizeTFA accepted it, finalizeRegistration logs in.
 */
export type PendingPurpose = 'registration' | 'verification' | 'link' | 'tfa' | 'tfaPassed';

/** What a regToken stands for. Keyed by the token's hash; the token itself is not kept. */
export interface PendingToken {
  readonly uid: string | undefined;
  readonly purpose: PendingPurpose;
  readonly createdAt: number;
  readonly expiresAt: number;
  readonly isLite: boolean;
}

/** A one-time token sent by e-mail: a password reset or an email verification link. */
export interface ResetToken {
  readonly uid: string;
  readonly purpose: 'reset' | 'verify';
  readonly expiresAt: number;
}

/**
 * A message the emulator would have sent (it sends none), by e-mail, SMS or push, for tests to
 * pick up: verification links, reset links, one-time codes (otp, TFA), magic links.
 */
/**
 * What a social provider would answer about one of its tokens: the user it belongs to. Gigya asks
 * the provider; the emulator has no provider to ask, so tests say it up front.
 */
export interface ProviderUser {
  /** The user's ID at the provider; default derived from the token, so one token is one user. */
  readonly providerUID?: string;
  /** The email the provider shares; a login ID of another account makes the login a conflict (403043). */
  readonly email?: string;
}

export interface OutboxMessage {
  readonly kind: 'passwordReset' | 'emailVerification' | 'otpCode' | 'tfaCode' | 'magicLink' | 'pushVerification';
  readonly apiKey: string;
  /** The account, when the message is for one (a first passwordless login has none yet). */
  readonly uid: string;
  /** Email address, phone number or device id. */
  readonly to: string;
  /** What the user types or clicks: the token or the code. */
  readonly token: string;
  /** The link a magic-link message carries. */
  readonly link?: string;
  readonly at: number;
}

export type AccountEventType =
  | 'accountCreated'
  | 'accountRegistered'
  | 'accountUpdated'
  | 'accountDeleted'
  | 'accountLoggedIn';

export interface AccountEvent {
  readonly type: AccountEventType;
  readonly apiKey: string;
  readonly uid: string;
  /** ms */
  readonly at: number;
  readonly callId: string | undefined;
  /** setAccountInfo with muteWebhooks: listeners may record it, webhooks must not send it. */
  readonly muted: boolean;
}

export interface AccountOptionsPolicy {
  /** Registration (and login with an unverified email) waits for the email to be verified. */
  readonly verifyEmail: boolean;
  /** With verifyEmail, still let unverified accounts log in. */
  readonly allowUnverifiedLogin: boolean;
  /** Comma list of `email`, `username`, `phone`: what a user logs in with. */
  readonly loginIdentifiers: string;
  /** isAvailableLoginID answers 403026 instead of revealing accounts. */
  readonly preventLoginIDHarvesting: boolean;
}

export interface LockoutPolicy {
  /** Failed logins that lock the account; 0 disables the lockout. */
  readonly failedLoginThreshold: number;
  readonly lockoutTimeSec: number;
  /** Failures older than this stop counting. */
  readonly failedLoginResetSec: number;
}

export interface TwoFactorProviderPolicy {
  /** gigyaTotp, gigyaPhone, gigyaEmail or gigyaPush. */
  readonly name: string;
  readonly enabled: boolean;
}

export interface SitePolicies {
  readonly accountOptions: AccountOptionsPolicy;
  readonly passwordComplexity: PasswordComplexity;
  readonly security: { readonly accountLockout: LockoutPolicy };
  readonly passwordReset: { readonly tokenExpiration: number };
  readonly registration: { readonly requireLoginID: boolean };
  /**
   * Second-factor providers. With one enabled, every password login asks for a second factor
   * (403101, or 403102 while the account has none registered): the emulator does not remember
   * devices, which stands for an RBA rule asking for TFA on every login.
   */
  readonly twoFactorAuth: { readonly providers: readonly TwoFactorProviderPolicy[] };
}

export type PoliciesInput = {
  readonly [K in keyof SitePolicies]?: K extends 'security'
    ? { readonly accountLockout?: Partial<LockoutPolicy> }
    : K extends 'twoFactorAuth'
      ? { readonly providers?: readonly TwoFactorProviderPolicy[] }
      : Partial<SitePolicies[K]>;
};

/**
 * Defaults where a site sets nothing. Gigya's console defaults are not in the stored sources;
 * these are chosen to make every flow of the issue reachable: email login, 8-character passwords
 * from two character groups, lockout after 5 failures for 5 minutes, reset links valid for an hour.
 */
export const DEFAULT_POLICIES: SitePolicies = {
  accountOptions: {
    verifyEmail: false,
    allowUnverifiedLogin: false,
    loginIdentifiers: 'email',
    preventLoginIDHarvesting: false,
  },
  passwordComplexity: { minLength: 8, minCharGroups: 2 },
  security: { accountLockout: { failedLoginThreshold: 5, lockoutTimeSec: 300, failedLoginResetSec: 900 } },
  passwordReset: { tokenExpiration: 3600 },
  registration: { requireLoginID: true },
  twoFactorAuth: { providers: [] },
};

export interface AccountLimits {
  readonly maxAccountsPerSite: number;
  readonly maxSessionsPerAccount: number;
  /** regTokens and reset tokens, each, per site. */
  readonly maxPendingTokensPerSite: number;
  readonly maxOutboxPerSite: number;
  readonly maxIdentitiesPerAccount: number;
  readonly maxLoginEmailsPerAccount: number;
  readonly maxOpenCursors: number;
}

export const DEFAULT_LIMITS: AccountLimits = {
  maxAccountsPerSite: 250_000,
  maxSessionsPerAccount: 25,
  maxPendingTokensPerSite: 10_000,
  maxOutboxPerSite: 1_000,
  maxIdentitiesPerAccount: 100,
  maxLoginEmailsPerAccount: 20,
  maxOpenCursors: 100,
};

/** regTokens are valid for an hour (Gigya's documentation of every regToken param). */
export const REG_TOKEN_TTL_MS = 60 * 60 * 1000;
