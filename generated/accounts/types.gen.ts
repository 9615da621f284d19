// Generated from catalog/accounts.yaml, catalog/accounts.address.yaml, catalog/accounts.auth.yaml, catalog/accounts.devices.yaml, catalog/accounts.emailAccount.yaml, catalog/accounts.extensions.yaml, catalog/accounts.global.yaml, catalog/accounts.identifiers.yaml, catalog/accounts.otp.yaml, catalog/accounts.policies.yaml, catalog/accounts.progression.yaml, catalog/accounts.rba.yaml, catalog/accounts.session.yaml, catalog/accounts.sms.yaml, catalog/accounts.store.yaml, catalog/accounts.stream.yaml, catalog/accounts.tfa.yaml, catalog/accounts.webhooks.yaml by `npm run generate`. DO NOT EDIT.
// Change the catalog and run the generator again; `npm run generate -- --check` fails on any drift.

import type {
  MergePatch,
  SiteData,
  SitePreferences,
  SiteSchema,
  SiteSubscriptions,
  SiteWrite,
} from '../../src/runtime.js';
import type { CommonParams } from '../common.gen.js';
import type { ResultCode } from '../errors.gen.js';

/**
 * An account as the accounts storage holds it. getAccountInfo returns it (profile and data by default, the other parts when include asks for them), login-type calls return it at the top level, and search returns one per result row (only the selected fields).
 *
 * Shape `Account` of the accounts catalog.
 *
 * Where this comes from: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}; {@link https://www.npmjs.com/package/@gigya-ts/rest-api | typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}.
 */
export interface AccountsAccount<S extends SiteSchema = SiteSchema> {
  /** The account's user ID. */
  UID?: string;
  /**
   * Signature for checking the UID after a client-side login.
   * @deprecated Not meant for server-to-server calls; check sessions with the session data or a JWT instead.
   */
  UIDSignature?: string;
  /**
   * The account's opt-in state per communication channel and topic, keyed by "<topic>_<channel>".
   *
   * Source: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}.
   */
  communications?: Record<string, AccountsCommunication>;
  /** When the account was created (ISO 8601, UTC). */
  created?: string;
  /** The same time in Unix milliseconds. */
  createdTimestamp?: number;
  /**
   * The account's custom login identifiers, keyed by identifier name (e.g. a loyalty number). Returned only when include names customIdentifiers.
   *
   * Source: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}.
   */
  customIdentifiers?: Record<string, string>;
  /** The site's custom data for the account, shaped by the site schema. Returned by default. */
  data?: SiteData<S>;
  /** The account's verified and unverified email addresses. Returned only when include names emails. */
  emails?: AccountsEmails;
  /** B2B organization memberships of the account. Returned only when include names groups. */
  groups?: AccountsGroups;
  /**
   * Former influencer rank of the user.
   *
   * Source: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}.
   * @deprecated Always 0 now.
   */
  iRank?: number;
  /** The account's identities (site and social), one per provider. Returned only when include names identities-active, identities-all or identities-global. */
  identities?: AccountsIdentity[];
  /**
   * Global sites only: the account is being moved to another data center (accounts.global.changeAccountResidency) and cannot be changed until the move ends.
   *
   * Source: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}; {@link https://www.npmjs.com/package/@gigya-ts/rest-api | typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   */
  inTransition?: boolean;
  /**
   * Server-only internal data of the account. Returned only to server calls whose credentials may read those fields.
   *
   * Source: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}; {@link https://www.npmjs.com/package/@gigya-ts/rest-api | typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   */
  internal?: Record<string, unknown>;
  /** Whether the account is enabled. A disabled account cannot log in, though sessions it already has stay valid. */
  isActive?: boolean;
  /**
   * Whether the account is locked out.
   *
   * Source: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}.
   * @deprecated Use lockedUntil.
   */
  isLockedOut?: boolean;
  /** Whether the registration of the account has been finalized. */
  isRegistered?: boolean;
  /** Whether the account's email address is verified. */
  isVerified?: boolean;
  /** Time of the last login (ISO 8601, UTC). */
  lastLogin?: string;
  /** Where the last login came from, derived from the IP address. */
  lastLoginLocation?: AccountsLoginLocation;
  /** Time of the last login in Unix milliseconds. */
  lastLoginTimestamp?: number;
  /** When profile, preferences or subscriptions last changed (ISO 8601, UTC). */
  lastUpdated?: string;
  /** When the account last changed, in Unix milliseconds. */
  lastUpdatedTimestamp?: number;
  /**
   * After a lockout by a risk-based authentication rule, the earliest time the user may log in again.
   *
   * Source: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}; {@link https://www.npmjs.com/package/@gigya-ts/rest-api | typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   */
  lockedUntil?: string;
  /** The identifiers the user can log in with. Returned only when include names loginIDs. */
  loginIDs?: AccountsLoginIDs;
  /** Provider of the last login (site for a password login, or a social network). */
  loginProvider?: string;
  /** When the oldest part of the account data was refreshed (ISO 8601, UTC). */
  oldestDataUpdated?: string;
  /** The same time in Unix milliseconds. */
  oldestDataUpdatedTimestamp?: number;
  /** Hash details of the site password. The hash itself comes only when include names password; its creation time comes whenever the account has a password. */
  password?: AccountsPassword;
  /** Phone number login identifier in E.164 format, for sites with phone number login. */
  phoneNumber?: string;
  /** The account's consent statements and their state, shaped by the site schema. Returned only when include names preferences. */
  preferences?: SitePreferences<S>;
  /** The user's profile, merged from the identities (site data wins over social data). Returned by default; name profile in include when include is given. */
  profile?: AccountsProfile;
  /** The risk-based authentication policy of this user. Returned when include names rba. */
  rbaPolicy?: AccountsRbaPolicy;
  /** Where the user registered, usually a page URL; policies can pick pages by it. */
  regSource?: string;
  /** When the registration was finalized (ISO 8601, UTC). */
  registered?: string;
  /** The same time in Unix milliseconds. */
  registeredTimestamp?: number;
  /**
   * Unix time in seconds that UIDSignature was made with. Gigya sends it as text, so it is typed as text.
   * @deprecated Not meant for server-to-server calls; see UIDSignature.
   */
  signatureTimestamp?: string;
  /** Comma-separated providers the user is connected to, e.g. "facebook,site". */
  socialProviders?: string;
  /** The account's email subscriptions, shaped by the site schema. accounts.search does not return them. */
  subscriptions?: SiteSubscriptions<S>;
  /**
   * The older social User object of the account.
   *
   * Source: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}.
   * @deprecated Do not rely on it.
   */
  userInfo?: Record<string, unknown>;
  /** When the email address was verified (ISO 8601, UTC). */
  verified?: string;
  /** The same time in Unix milliseconds. */
  verifiedTimestamp?: number;
}

/**
 * When failed logins lock an account, and for how long.
 *
 * Shape `AccountLockoutPolicy` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 */
export interface AccountsAccountLockoutPolicy {
  /** Seconds after which the count of failed logins starts again. */
  failedLoginResetSec?: number | undefined;
  /** Failed logins that lock the account. */
  failedLoginThreshold?: number | undefined;
  /** Seconds the account stays locked. */
  lockoutTimeSec?: number | undefined;
}

/**
 * General account policy: login identifiers, verification and welcome emails, and how identifier conflicts are handled.
 *
 * Shape `AccountOptionsPolicy` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 */
export interface AccountsAccountOptionsPolicy {
  /** Whether users may log in before verifying their email address. */
  allowUnverifiedLogin?: boolean | undefined;
  /** Language of emails when none is known for the user. */
  defaultLanguage?: string | undefined;
  /** What happens when a new identity's email belongs to another account. */
  loginIdentifierConflict?: 'ignore' | 'failOnSiteConflictingIdentity' | 'failOnAnyConflictingIdentity' | (string & {}) | undefined;
  /** Comma-separated kinds of login identifier the site accepts, e.g. "email,username". */
  loginIdentifiers?: string | undefined;
  /** Whether calls that reveal if a login ID exists are blocked (harvesting protection). */
  preventLoginIDHarvesting?: boolean | undefined;
  /** Whether users get an email when their account is deleted. */
  sendAccountDeletedEmail?: boolean | undefined;
  /** Whether new users get a welcome email. */
  sendWelcomeEmail?: boolean | undefined;
  /** Whether users must verify their email address. */
  verifyEmail?: boolean | undefined;
  /** Whether addresses that social providers supply must be verified too. */
  verifyProviderEmail?: boolean | undefined;
  /** Welcome email templates by language code. */
  welcomeEmailTemplates?: Record<string, string> | undefined;
}

/**
 * One country with its ISO and numeric codes.
 *
 * Shape `AddressCountry` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 */
export interface AccountsAddressCountry {
  /** Country name, in the requested language. */
  name: string;
  /** Two-letter ISO code. */
  isoCode2: string;
  /** Three-letter ISO code. */
  isoCode3: string;
  /** Numeric country code. */
  numericCode: number;
}

/**
 * The full address of the suggestion a user chose.
 *
 * Shape `AddressDetails` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 */
export interface AccountsAddressDetails {
  /** Token identifying the address at the location data service. */
  metadataToken?: string;
  /** Country name. */
  country?: string;
  /** Two-letter ISO code of the country. */
  countryISOCode2?: string;
  /** Three-letter ISO code of the country. */
  countryISOCode3?: string;
  /** Postal code. */
  zipCode?: string;
  /** City. */
  city?: string;
  /** Street. */
  street?: string;
  /** House number. */
  houseNumber?: string;
  /** Neighbourhood or district. */
  neighborhood?: string;
  /** Building. */
  building?: string;
  /** Entrance. */
  entrance?: string;
  /** Floor. */
  floor?: string;
  /** Apartment. */
  apartment?: string;
  /** Post office box. */
  postOfficeBox?: string;
}

/**
 * One address suggestion for what the user typed.
 *
 * Shape `AddressSuggestion` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 */
export interface AccountsAddressSuggestion {
  /** ID of the suggestion; send it back as suggestionReply when the user picks it. */
  id: string;
  /** The suggested address as text. */
  address: string;
}

/**
 * One identifier of an account, as auth.getMethods lists it.
 *
 * Shape `AuthIdentifier` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 */
export interface AccountsAuthIdentifier {
  /** ID of the identifier. */
  id: string;
  /** The identifier as it can be shown to the user. */
  display: string;
  /** Kind of identifier. */
  type: 'email' | 'phone' | (string & {});
}

/**
 * Whether one authentication method is enabled for the site.
 *
 * Shape `AuthMethodPolicy` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}.
 */
export interface AccountsAuthMethodPolicy {
  /** Whether the method is enabled. */
  enabled?: boolean | undefined;
}

/**
 * Which authentication methods the site allows.
 *
 * Shape `AuthenticationPolicy` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 */
export interface AccountsAuthenticationPolicy {
  /** Methods by name, e.g. password or push. */
  methods?: Record<string, AccountsAuthMethodPolicy> | undefined;
}

/**
 * When a CAPTCHA becomes required at login.
 *
 * Shape `CaptchaPolicy` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 */
export interface AccountsCaptchaPolicy {
  /** Failed logins after which the login needs a CAPTCHA (the 401020 state). */
  failedLoginThreshold?: number | undefined;
}

/**
 * A professional certification from a social profile. The stored sources describe this entry only loosely.
 *
 * Shape `Certification` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 */
export interface AccountsCertification {
  /** Who issued the certification. */
  authority?: string | undefined;
  /** When it expires or expired. */
  endDate?: string | undefined;
  /** Name of the certification. */
  name?: string | undefined;
  /** Certificate number. */
  number?: string | undefined;
  /** When it was granted. */
  startDate?: string | undefined;
}

/**
 * Facts about the end user's client that a server passes along with a login or registration, so risk-based authentication rules judge the user rather than the server.
 *
 * Shape `ClientContext` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 */
export interface AccountsClientContext {
  /** IP address of the end user's device. Needed for the rules to apply. */
  clientIP?: string | undefined;
  /** ID of the end user's device, up to 100 characters. */
  deviceID?: string | undefined;
  /**
   * Whether the user already passed a CAPTCHA in this flow, so a rule need not ask for one.
   * @defaultValue `false` (Gigya's default when omitted)
   */
  isCaptchaVerified?: boolean | undefined;
  /** Risk level the site computed for the attempt, compared with the rule thresholds. */
  riskScore?: number | undefined;
}

/**
 * The user's opt-in state for one communication topic on one channel (e.g. a newsletter by SMS).
 *
 * Shape `Communication` of the accounts catalog.
 *
 * Where this comes from: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}.
 */
export interface AccountsCommunication {
  /** Channel that carries the topic, e.g. SMS or email. */
  channel?: string | undefined;
  /** When the state last changed (ISO 8601). */
  lastModified?: string | undefined;
  /** Context of the opt-in, e.g. sourceApplication, brand, acceptanceLocation, acceptanceEvent, reason, agentType, frequency, data1 to data3. */
  optIn?: Record<string, string> | undefined;
  /** The opt-in state, optIn or optOut when written; responses spell it with a capital (OptIn, OptOut). */
  status?: 'optIn' | 'optOut' | (string & {}) | undefined;
  /** Name of the communication topic. */
  topic?: string | undefined;
  /** When the user made the choice (ISO 8601), which may be earlier than when it was recorded (imports, offline consent). Only past times are accepted. */
  userActionTimestamp?: string | undefined;
}

/**
 * The existing account that collides with an unfinished registration, as accounts.getConflictingAccount reports it.
 *
 * Shape `ConflictingAccount` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
 */
export interface AccountsConflictingAccount {
  /** Login identifier (username or email) of the existing site account; present only when loginProviders includes site. */
  loginID?: string;
  /** Providers the existing account can log in with; site stands for a password login. */
  loginProviders?: string[];
}

/**
 * The state of the user's consent to one consent statement (terms, privacy policy, marketing, …). A site's preferences object nests these by statement ID, e.g. preferences.terms.tos.
 *
 * Shape `Consent` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | documented in SAP's reference}.
 */
export interface AccountsConsent {
  /** When the user actually gave or withdrew consent (ISO 8601), for consents imported from another system. */
  actionTimestamp?: string;
  /** Custom key-value pairs stored with the consent (keys up to 20 characters, values up to 256, at most 50 pairs). */
  customData?: AccountsConsentCustomData[];
  /** Version date of the statement the user agreed to. */
  docDate?: string;
  /** Version number of the statement the user agreed to. */
  docVersion?: number;
  /** Parts of the statement the user agreed to. */
  entitlements?: string[];
  /** Whether the user gave consent. */
  isConsentGranted?: boolean;
  /** Language of the statement the user saw. */
  lang?: string;
  /** When isConsentGranted last changed (ISO 8601). */
  lastConsentModified?: string;
  /**
   * Consent per locale, each with the version the user agreed to, e.g. { "fr": { "docVersion": 1 } }.
   *
   * Source: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}.
   */
  locales?: Record<string, unknown>;
  /** Tags recorded with the consent; they cannot be changed afterwards except by consenting to a new version. */
  tags?: string[];
}

/**
 * One custom key-value pair stored with a consent.
 *
 * Shape `ConsentCustomData` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 */
export interface AccountsConsentCustomData {
  /** The key, up to 20 characters. */
  key: string;
  /** The value, up to 256 characters. */
  value: string;
}

/**
 * A point given by latitude and longitude.
 *
 * Shape `Coordinates` of the accounts catalog.
 *
 * Where this comes from: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}; {@link https://www.npmjs.com/package/@gigya-ts/rest-api | typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 */
export interface AccountsCoordinates {
  /** Latitude of the city centre. */
  lat?: number;
  /** Longitude of the city centre. */
  lon?: number;
}

/**
 * A counter of user activity (Signals), identified by class and path and counted over a period.
 *
 * Shape `Counter` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}.
 */
export interface AccountsCounter {
  /** Counter class, e.g. a category of actions. */
  class: string;
  /**
   * Number of times the counter was incremented (in responses).
   *
   * Source: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}.
   */
  count?: number | undefined;
  /**
   * When the counter last changed, in Unix milliseconds (sent as text in the stored sample).
   *
   * Source: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}.
   */
  lastUpdatedTimestamp?: string | undefined;
  /** Path within the class, e.g. /sport; "/" is the root. */
  path?: string | undefined;
  /** Period the counter covers. */
  period?: string | undefined;
  /**
   * Sum of the values added to the counter (in responses).
   *
   * Source: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}.
   */
  value?: number | undefined;
}

/**
 * A mobile device that receives push notifications, as the mobile SDKs describe it.
 *
 * Shape `DeviceInfo` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
 */
export interface AccountsDeviceInfo {
  /** The device's platform. */
  platform: 'android' | 'ios' | (string & {});
  /** The manufacturer, e.g. apple or samsung. */
  man: string;
  /** The device's Firebase Cloud Messaging registration token. */
  pushToken: string;
  /** Version of the operating system. */
  os: string;
}

/**
 * Double opt-in state of one email subscription.
 *
 * Shape `DoubleOptIn` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 */
export interface AccountsDoubleOptIn {
  /** When the subscriber confirmed; null until then, or when no confirmation is needed. */
  confirmTime?: string;
  /** Whether the subscription was confirmed without an email under conditional double opt-in. */
  doiConditionallyConfirmed?: boolean;
  /** When the latest confirmation email was sent. */
  emailSentTime?: string;
  /** Set it to true in a write to record that the subscriber confirmed outside Gigya (conditional double opt-in). */
  isExternallyVerified?: boolean;
  /** Confirmation state: Pending (subscribed, not confirmed yet), NotConfirmed (no confirmation needed, never subscribed, or unsubscribed) or Confirmed. */
  status?: 'Pending' | 'NotConfirmed' | 'Confirmed' | (string & {});
}

/**
 * Confirmation emails of subscriptions that need double opt-in.
 *
 * Shape `DoubleOptInPolicy` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 */
export interface AccountsDoubleOptInPolicy {
  /** Confirmation email templates by language code. */
  confirmationEmailTemplates?: Record<string, string> | undefined;
  /** Seconds the confirmation link stays valid. */
  confirmationLinkExpiration?: number | undefined;
  /** Language used when no template matches the user's. */
  defaultLanguage?: string | undefined;
  /** Page the user lands on after confirming. */
  nextURL?: string | undefined;
}

/**
 * One entry of the education history of a social profile. The stored sources describe this entry only loosely.
 *
 * Shape `Education` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | documented in SAP's reference}.
 */
export interface AccountsEducation {
  /** Degree obtained. */
  degree?: string | undefined;
  /** Year the studies ended. */
  endYear?: string | undefined;
  /** Field of study. */
  fieldOfStudy?: string | undefined;
  /** Name of the school. */
  school?: string | undefined;
  /** Kind of school, e.g. University. */
  schoolType?: string | undefined;
  /** Year the studies started. */
  startYear?: string | undefined;
}

/**
 * Templates of the confirmation and account-deleted emails.
 *
 * Shape `EmailNotificationsPolicy` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 */
export interface AccountsEmailNotificationsPolicy {
  /** Language of the account-deleted email when no template matches. */
  accountDeletedEmailDefaultLanguage?: string | undefined;
  /** Account-deleted email templates by language code. */
  accountDeletedEmailTemplates?: Record<string, string> | undefined;
  /** Language of the confirmation email when no template matches. */
  confirmationEmailDefaultLanguage?: string | undefined;
  /** Confirmation email templates by language code. */
  confirmationEmailTemplates?: Record<string, string> | undefined;
}

/**
 * The verification email and what happens after the user follows its link.
 *
 * Shape `EmailVerificationPolicy` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 */
export interface AccountsEmailVerificationPolicy {
  /** Whether following the link also logs the user in. */
  autoLogin?: boolean | undefined;
  /** Language used when no template matches the user's. */
  defaultLanguage?: string | undefined;
  /** Verification email templates by language code. */
  emailTemplates?: Record<string, string> | undefined;
  /** Page the user lands on after verifying. */
  nextURL?: string | undefined;
  /** Landing pages by regSource, overriding nextURL. */
  nextURLMapping?: Record<string, string> | undefined;
  /** Seconds the verification link stays valid. */
  verificationEmailExpiration?: number | undefined;
}

/**
 * An account's email addresses, split into verified and unverified ones.
 *
 * Shape `Emails` of the accounts catalog.
 *
 * Where this comes from: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}; {@link https://www.npmjs.com/package/@gigya-ts/rest-api | typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}.
 */
export interface AccountsEmails {
  /** Addresses not verified yet. */
  unverified?: string[] | undefined;
  /** Verified addresses. */
  verified?: string[] | undefined;
}

/**
 * One extension with its settings.
 *
 * Shape `ExtensionConfig` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 */
export interface AccountsExtensionConfig {
  /**
   * Gigya's ID of the extension, as SAP's toolkit reads it; pass it as extensionId.
   *
   * Source: {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | Called this way by SAP's own Customer Data Cloud toolkit}.
   */
  id?: string;
  /**
   * Gigya's ID of the extension, as `@gigya-ts/rest-api` names it.
   *
   * Source: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   */
  extensionId?: string;
  /** The extension's display name. */
  friendlyName?: string;
  /** Whether Gigya calls the extension. */
  enabled?: boolean;
  /** The flow step the extension runs at. */
  extensionPoint?: 'OnBeforeAccountsLogin' | 'OnBeforeAccountsRegister' | 'OnBeforeSetAccountInfo' | 'OnBeforeSocialLogin' | 'OnPasswordComplexityCheck' | (string & {});
  /** The endpoint holding the extension's code. */
  extensionFuncUrl?: string;
  /** What the extension does. */
  description?: string;
  /** How long Gigya waits for the extension, in milliseconds. */
  timeout?: number;
  /** What happens when the extension fails technically, ignore the error or fail the flow. */
  fallback?: 'FailOnAnyError' | 'IgnoreAllErrors' | (string & {});
  /**
   * Custom HTTP headers sent with each call to the extension.
   *
   * Source: {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | Called this way by SAP's own Customer Data Cloud toolkit}.
   */
  headers?: AccountsExtensionHeader[];
  /**
   * Kind of integration, e.g. Generic.
   *
   * Source: {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | Called this way by SAP's own Customer Data Cloud toolkit}.
   */
  integration?: string;
  /** When the extension was created (ISO 8601). */
  created?: string;
  /**
   * When the extension was last changed, as `@gigya-ts/rest-api` names it.
   *
   * Source: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   */
  modified?: string;
  /**
   * When the extension was last changed, as SAP's toolkit reads it (ISO 8601).
   *
   * Source: {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | Called this way by SAP's own Customer Data Cloud toolkit}.
   */
  lastModified?: string;
}

/**
 * A custom HTTP header Gigya sends with each call to an extension.
 *
 * Shape `ExtensionHeader` of the accounts catalog.
 *
 * Where this comes from: {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | Called this way by SAP's own Customer Data Cloud toolkit}.
 */
export interface AccountsExtensionHeader {
  /** Header name. */
  name: string;
  /** Header value. */
  value: string;
}

/**
 * One favorite thing from a social profile (a book, a film, …).
 *
 * Shape `Favorite` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 */
export interface AccountsFavorite {
  /** Category of the item. */
  category?: string | undefined;
  /** The item's ID at the provider. */
  id?: string | undefined;
  /** Name of the item. */
  name?: string | undefined;
}

/**
 * Favorite things from a social profile, by kind.
 *
 * Shape `Favorites` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 */
export interface AccountsFavorites {
  /** Favorite activities. */
  activities?: AccountsFavorite[] | undefined;
  /** Favorite books. */
  books?: AccountsFavorite[] | undefined;
  /** Interests. */
  interests?: AccountsFavorite[] | undefined;
  /** Favorite films. */
  movies?: AccountsFavorite[] | undefined;
  /** Favorite music. */
  music?: AccountsFavorite[] | undefined;
  /** Favorite television shows. */
  television?: AccountsFavorite[] | undefined;
}

/**
 * Identity federation settings.
 *
 * Shape `FederationPolicy` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 */
export interface AccountsFederationPolicy {
  /** Whether an account may hold several SAML or OIDC identities. */
  allowMultipleIdentities?: boolean | undefined;
}

/**
 * Defaults of the Web SDK and its screen-sets.
 *
 * Shape `GigyaPluginsPolicy` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 */
export interface AccountsGigyaPluginsPolicy {
  /** Registration screen-set shown on mobile devices. */
  defaultMobileRegScreenSet?: string | undefined;
  /** Registration screen-set shown by default. */
  defaultRegScreenSet?: string | undefined;
  /** Session lifetime when the user ticks "remember me" (same values as sessionExpiration). */
  rememberSessionExpiration?: number | undefined;
  /** Default session lifetime in seconds (0 ends with the browser, -1 is cookie-controlled, -2 never ends). */
  sessionExpiration?: number | undefined;
}

/**
 * The user's membership in one B2B organization.
 *
 * Shape `GroupOrganization` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 */
export interface AccountsGroupOrganization {
  /** The user's department. */
  department?: string;
  /** The user's job in the organization. */
  job?: string;
  /** ID of the organization in Organization Management. */
  orgId?: string;
  /** Roles assigned to the user. */
  roles?: string[];
  /** State of the membership, e.g. active. */
  status?: string;
}

/**
 * The user's B2B (Organization Management) data.
 *
 * Shape `Groups` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | documented in SAP's reference}.
 */
export interface AccountsGroups {
  /** Organizations the user belongs to. */
  organizations?: AccountsGroupOrganization[];
}

/**
 * How a password hash was made, so Gigya can check passwords against it (for imported hashes until the first login rehashes them).
 *
 * Shape `HashSettings` of the accounts catalog.
 *
 * Where this comes from: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}; {@link https://www.npmjs.com/package/@gigya-ts/rest-api | typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}.
 */
export interface AccountsHashSettings {
  /** Import only: URL of the site's own hashing service, for a custom algorithm. */
  URL?: string | undefined;
  /** Hash algorithm. Not accepted together with compoundHashedPassword on import. */
  algorithm?: 'md5' | 'sha1' | 'sha1_hashbytes' | 'sha256' | 'sha512' | 'sha512Hexa' | 'md5_double_salted' | 'md5_crypt' | 'bcrypt' | 'pbkdf2' | 'pbkdf2_sha256' | 'pbkdf2_sha512' | 'drupal' | 'symphony2' | 'sap_abap' | (string & {}) | undefined;
  /** Import only: like format, but says how the parts are turned into bytes, with tokens such as $password:utf16, $salt:base64 and $0x<hex>. */
  binaryFormat?: string | undefined;
  /** Template that combines the clear-text password and the salt, e.g. "wikipedia$salt$password"; it must contain $password. */
  format?: string | undefined;
  /**
   * Number of hashing iterations; for bcrypt a power of two.
   * @defaultValue `1` (Gigya's default when omitted)
   */
  rounds?: number | undefined;
  /** The salt, Base64-encoded (clear text when format uses $salt). */
  salt?: string | undefined;
}

/**
 * The user's identity at one provider (site, or a social network). Which fields are filled depends on the provider; as a param (importFullAccount) provider and providerUID are the ones that matter.
 *
 * Shape `Identity` of the accounts catalog.
 *
 * Where this comes from: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}; {@link https://www.npmjs.com/package/@gigya-ts/rest-api | typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}.
 */
export interface AccountsIdentity {
  /** Postal address. */
  address?: string | undefined;
  /** Age in years. The reference's sample sends the age and birth fields of identities as text. */
  age?: number | undefined;
  /** Whether this identity may be used to log in to the site. */
  allowsLogin?: boolean | undefined;
  /** Short professional biography. */
  bio?: string | undefined;
  /** Day of the month of birth. */
  birthDay?: number | undefined;
  /** Month of birth (1-12). */
  birthMonth?: number | undefined;
  /** Year of birth. */
  birthYear?: number | undefined;
  /** Certifications. */
  certifications?: AccountsCertification[] | undefined;
  /** City. */
  city?: string | undefined;
  /** Country. */
  country?: string | undefined;
  /** Education history. */
  education?: AccountsEducation[] | undefined;
  /**
   * Highest education level.
   *
   * Source: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}.
   */
  educationLevel?: string | undefined;
  /** Email address. */
  email?: string | undefined;
  /** Favorite things by kind. */
  favorites?: AccountsFavorites | undefined;
  /** First name. */
  firstName?: string | undefined;
  /** Number of followers, where the provider has them. */
  followersCount?: number | undefined;
  /** Number of accounts followed, where the provider has them. */
  followingCount?: number | undefined;
  /** Gender: m (male), f (female) or u (unspecified). */
  gender?: 'm' | 'f' | 'u' | (string & {}) | undefined;
  /** Home town. */
  hometown?: string | undefined;
  /** Comma-separated honors. */
  honors?: string | undefined;
  /** Industry of the person's company. */
  industry?: string | undefined;
  /** Gender the person is interested in. */
  interestedIn?: string | undefined;
  /** Whether the session with the provider has expired. */
  isExpiredSession?: boolean | undefined;
  /** Whether the user logged in with this identity. */
  isLoginIdentity?: boolean | undefined;
  /** Comma-separated languages the person speaks. */
  languages?: string | undefined;
  /** Last login with this identity, in Unix seconds. */
  lastLoginTime?: number | undefined;
  /** Last name. */
  lastName?: string | undefined;
  /**
   * When the identity was last refreshed (ISO 8601).
   *
   * Source: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}.
   */
  lastUpdated?: string | undefined;
  /**
   * The same time in Unix milliseconds.
   *
   * Source: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}.
   */
  lastUpdatedTimestamp?: number | undefined;
  /** Things the person likes at the provider. */
  likes?: AccountsLike[] | undefined;
  /** Locale, e.g. en_US. */
  locale?: string | undefined;
  /**
   * Every app-scoped provider UID mapped to the user (Facebook), with the API key of the site each belongs to.
   *
   * Source: {@link https://developers.gigya.com/display/GD | Described in Gigya's 2016-2020 developer documentation}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}.
   */
  mappedProviderUIDs?: AccountsMappedProviderUID[] | undefined;
  /** Comma-separated capabilities the site asked for but the user did not grant. */
  missingPermissions?: string | undefined;
  /**
   * Full name.
   *
   * Source: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}.
   */
  name?: string | undefined;
  /** Display name, or first and last name joined. */
  nickname?: string | undefined;
  /**
   * Data mapped from an OpenID Connect provider, as samlData holds SAML data.
   *
   * Source: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}.
   */
  oidcData?: Record<string, unknown> | undefined;
  /** When the oldest part of this data was refreshed (ISO 8601). */
  oldestDataUpdated?: string | undefined;
  /** The same time in Unix milliseconds. */
  oldestDataUpdatedTimestamp?: number | undefined;
  /** Patents. */
  patents?: AccountsPatent[] | undefined;
  /** Phone numbers. */
  phones?: AccountsPhone[] | undefined;
  /** URL of the full-size photo. */
  photoURL?: string | undefined;
  /** Political view. */
  politicalView?: string | undefined;
  /** Professional headline, often the job title. */
  professionalHeadline?: string | undefined;
  /** URL of the profile page at the provider. */
  profileURL?: string | undefined;
  /** Provider name in lower case, e.g. site or facebook. */
  provider: string;
  /** User ID at the provider (for Facebook, app-scoped); allow about 300 characters when storing it. */
  providerUID: string;
  /** Base64 HMAC-SHA1 over "<timestamp>_<provider>_<providerUID>", present when IDs are signed. */
  providerUIDSig?: string | undefined;
  /**
   * Relay email address given by the provider.
   *
   * Source: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | documented in SAP's reference}.
   * @deprecated Kept for old Facebook data; use email.
   */
  proxiedEmail?: string | undefined;
  /** Publications. */
  publications?: AccountsPublication[] | undefined;
  /** Relationship status. */
  relationshipStatus?: string | undefined;
  /** Religion. */
  religion?: string | undefined;
  /** Custom attributes mapped from a SAML assertion (samlData.<name>); an attribute with several values becomes an array. */
  samlData?: Record<string, unknown> | undefined;
  /**
   * Site IDs listed with the identity; the reference gives no description.
   *
   * Source: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}.
   */
  siteIds?: string[] | undefined;
  /** Skills. */
  skills?: AccountsSkill[] | undefined;
  /** Professional specialties. */
  specialties?: string | undefined;
  /** State or region. */
  state?: string | undefined;
  /** URL of the thumbnail photo. */
  thumbnailURL?: string | undefined;
  /** Time zone of the person. SAP's reference types it as text; some providers send a number of hours. */
  timezone?: string | undefined;
  /** User name at the provider. */
  username?: string | undefined;
  /** Whether the provider has verified the account. */
  verified?: boolean | undefined;
  /** Work history. */
  work?: AccountsWork[] | undefined;
  /** Postal code. */
  zip?: string | undefined;
}

/**
 * An imported identity that already belongs to another user.
 *
 * Shape `IdentityConflict` of the accounts catalog.
 *
 * Where this comes from: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}; {@link https://www.npmjs.com/package/@gigya-ts/rest-api | typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 */
export interface AccountsIdentityConflict {
  /** Provider of the conflicting identity. */
  provider: string;
  /** User ID at that provider. */
  providerUID: string;
}

/**
 * When failed logins from one IP address lock that address out.
 *
 * Shape `IpLockoutPolicy` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 */
export interface AccountsIpLockoutPolicy {
  /** Failed logins per hour that lock the address. */
  hourlyFailedLoginThreshold?: number | undefined;
  /** Seconds the address stays locked. */
  lockoutTimeSec?: number | undefined;
}

/**
 * An RSA public key in JSON Web Key form, for checking the signature of JWTs Gigya issues (id_token).
 *
 * Shape `JsonWebKey` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}.
 */
export interface AccountsJsonWebKey {
  /** Algorithm the key is used with, e.g. RS256. */
  alg?: string;
  /** RSA public exponent, base64url-encoded. */
  e?: string;
  /** Key ID; match it with the kid header of the JWT. */
  kid?: string;
  /** Key type, e.g. RSA. */
  kty?: string;
  /** RSA modulus, base64url-encoded. */
  n?: string;
  /** What the key is for, e.g. sig (signature checks). */
  use?: string;
}

/**
 * The legal text (versions or dates, purpose, document link) attached to one consent statement in one language.
 *
 * Shape `LegalStatement` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 */
export interface AccountsLegalStatement {
  /** Version date in force (ISO 8601). */
  currentDocDate?: string;
  /** Version number in force. */
  currentDocVersion?: number;
  /** Custom key-value data defined for the statement. */
  customData?: Record<string, unknown>[];
  /** The statement's versions by date; each entry holds purpose, documentUrl and legalStatementStatus. */
  dates?: Record<string, unknown>;
  /** Link to the document of the current version. The package spells it documentURL in some places. */
  documentUrl?: string;
  /** State of the current version. */
  legalStatementStatus?: 'Published' | 'Historical' | 'Draft' | (string & {});
  /** Oldest version date a user's consent may have and still count. */
  minDocDate?: string;
  /** Oldest version number a user's consent may have and still count. */
  minDocVersion?: number;
  /** Version date that is published. */
  publishedDocDate?: string;
  /** Version number that is published. */
  publishedDocVersion?: number;
  /** Purpose text of the current version. */
  purpose?: string;
  /** The statement's versions by number; each entry holds purpose, documentUrl and legalStatementStatus. */
  versions?: Record<string, unknown>;
}

/**
 * Something the person likes at a social network.
 *
 * Shape `Like` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}.
 */
export interface AccountsLike {
  /** Category of the liked item. */
  category?: string | undefined;
  /** The item's ID at the provider. */
  id?: string | undefined;
  /** Name of the liked item. */
  name?: string | undefined;
  /** When the like was made (ISO 8601). */
  time?: string | undefined;
  /** The same time in Unix seconds. */
  timestamp?: number | undefined;
}

/**
 * The identifiers an account can log in with.
 *
 * Shape `LoginIDs` of the accounts catalog.
 *
 * Where this comes from: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}; {@link https://www.npmjs.com/package/@gigya-ts/rest-api | typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}.
 */
export interface AccountsLoginIDs {
  /** Email addresses usable as login IDs. */
  emails?: string[] | undefined;
  /** Email login IDs whose address is not verified yet. */
  unverifiedEmails?: string[] | undefined;
  /** The username, if the site lets users log in with one. */
  username?: string | undefined;
}

/**
 * Where a login came from, derived from its IP address.
 *
 * Shape `LoginLocation` of the accounts catalog.
 *
 * Where this comes from: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}; {@link https://www.npmjs.com/package/@gigya-ts/rest-api | typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 */
export interface AccountsLoginLocation {
  /** City name. */
  city?: string;
  /** Centre of the city. */
  coordinates?: AccountsCoordinates;
  /** Two-letter country code. */
  country?: string;
  /** State, where known. */
  state?: string;
}

/**
 * One app-scoped provider UID of the user, with the API key of the site whose application it belongs to.
 *
 * Shape `MappedProviderUID` of the accounts catalog.
 *
 * Where this comes from: {@link https://developers.gigya.com/display/GD | Described in Gigya's 2016-2020 developer documentation}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}.
 */
export interface AccountsMappedProviderUID {
  /** API key of the site that uses the application this UID belongs to. */
  apiKey?: string | undefined;
  /** The app-scoped user ID at the provider. */
  providerUID?: string | undefined;
}

/**
 * Metadata of one native screen-set version.
 *
 * Shape `NativeScreenSetInfo` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 */
export interface AccountsNativeScreenSetInfo {
  /** Description of the screen-set (the reference spells the field with a capital D). */
  Description?: string;
  /** Comment added to this version. */
  comment?: string;
  /** When the screen-set last changed. */
  lastModified?: string;
  /** ID of the screen-set. */
  screenSetId?: string;
  /** Version number. */
  version?: number;
}

/**
 * Details of an account's site password. Gigya never returns the password itself.
 *
 * Shape `Password` of the accounts catalog.
 *
 * Where this comes from: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}; {@link https://www.npmjs.com/package/@gigya-ts/rest-api | typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}.
 */
export interface AccountsPassword {
  /**
   * When the user last set or reset the password (ISO 8601).
   *
   * Source: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}; {@link https://www.npmjs.com/package/@gigya-ts/rest-api | typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   */
  created?: string;
  /** The password hash. */
  hash?: string;
  /** How the hash was made. */
  hashSettings?: AccountsHashSettings;
}

/**
 * Rules a new password must meet.
 *
 * Shape `PasswordComplexityPolicy` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 */
export interface AccountsPasswordComplexityPolicy {
  /** How many character groups (lower case, upper case, digits, symbols) it must mix. */
  minCharGroups?: number | undefined;
  /** Minimum length. */
  minLength?: number | undefined;
  /** Regular expression it must match. */
  regExp?: string | undefined;
}

/**
 * A password hash imported from another system. Give either compoundHashedPassword, or hashedPassword with hashSettings.
 *
 * Shape `PasswordImport` of the accounts catalog.
 *
 * Where this comes from: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}; {@link https://www.npmjs.com/package/@gigya-ts/rest-api | typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 */
export interface AccountsPasswordImport {
  /** One string that packs the hash with its algorithm and settings, such as a Modular Crypt Format string ($…$) from PHP or Python systems. */
  compoundHashedPassword?: string | undefined;
  /** How hashedPassword was made. */
  hashSettings?: AccountsHashSettings | undefined;
  /** The hash, Base64-encoded (at most 512 bits). Convert hex hashes to Base64 rather than encoding the hex text. Required without compoundHashedPassword. */
  hashedPassword?: string | undefined;
}

/**
 * How password resets work.
 *
 * Shape `PasswordResetPolicy` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 */
export interface AccountsPasswordResetPolicy {
  /** Language used when no template matches the user's. */
  defaultLanguage?: string | undefined;
  /** Reset email templates by language code. */
  emailTemplates?: Record<string, string> | undefined;
  /** Whether a reset needs the security answer or security fields. */
  requireSecurityCheck?: boolean | undefined;
  /** Page the reset link opens. */
  resetURL?: string | undefined;
  /** Sets of profile fields that can prove ownership of the account; a reset names one set with values. */
  securityFields?: string[][] | undefined;
  /** Whether users get an email once the password is changed. */
  sendConfirmationEmail?: boolean | undefined;
  /** Seconds the reset token stays valid (an hour by default). */
  tokenExpiration?: number | undefined;
}

/**
 * A patent from a social profile. The stored sources describe this entry only loosely.
 *
 * Shape `Patent` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 */
export interface AccountsPatent {
  /** Date of the patent. */
  date?: string | undefined;
  /** Patent number. */
  number?: string | undefined;
  /** Patent office. */
  office?: string | undefined;
  /** Status of the patent. */
  status?: string | undefined;
  /** Summary. */
  summary?: string | undefined;
  /** Title. */
  title?: string | undefined;
  /** Link to the patent. */
  url?: string | undefined;
}

/**
 * A phone number with its kind.
 *
 * Shape `Phone` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | documented in SAP's reference}.
 */
export interface AccountsPhone {
  /** The phone number. */
  number?: string | undefined;
  /** Kind of number, e.g. mobile or work. */
  type?: string | undefined;
}

/**
 * The site's account policies, by section. Reads return the sections asked for; writes change only the sections (and properties) given.
 *
 * Shape `Policies` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 */
export interface AccountsPolicies {
  /** Login identifiers, verification and welcome emails, identifier conflicts. */
  accountOptions?: AccountsAccountOptionsPolicy;
  /**
   * Enabled authentication methods.
   *
   * Source: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
   */
  authentication?: AccountsAuthenticationPolicy;
  /**
   * Double opt-in confirmation emails.
   *
   * Source: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
   */
  doubleOptIn?: AccountsDoubleOptInPolicy;
  /** Confirmation and account-deleted emails. */
  emailNotifications?: AccountsEmailNotificationsPolicy;
  /** The verification email and its landing page. */
  emailVerification?: AccountsEmailVerificationPolicy;
  /** Identity federation settings. */
  federation?: AccountsFederationPolicy;
  /** Web SDK defaults. */
  gigyaPlugins?: AccountsGigyaPluginsPolicy;
  /** Rules for new passwords. */
  passwordComplexity?: AccountsPasswordComplexityPolicy;
  /** How password resets work. */
  passwordReset?: AccountsPasswordResetPolicy;
  /**
   * Preferences center (lite account) settings.
   *
   * Source: {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | Called this way by SAP's own Customer Data Cloud toolkit}.
   */
  preferencesCenter?: Record<string, unknown>;
  /** Thumbnail size of profile photos. */
  profilePhoto?: AccountsProfilePhotoPolicy;
  /** What registration requires. */
  registration?: AccountsRegistrationPolicy;
  /** Lockouts, CAPTCHA threshold, password history and age. */
  security?: AccountsSecurityPolicy;
  /** Two-factor authentication providers. */
  twoFactorAuth?: AccountsTwoFactorAuthPolicy;
}

/**
 * The user's profile. Gigya merges it from the account's identities, and data written by the site wins over social data. A site may add its own fields next to these reserved ones (see accounts.setSchema).
 *
 * Shape `Profile` of the accounts catalog.
 *
 * Where this comes from: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}; {@link https://www.npmjs.com/package/@gigya-ts/rest-api | typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}.
 */
export interface AccountsProfile {
  /**
   * Activities the person lists.
   * @remarks Recalled, not confirmed by a stored source: treat as unverified.
   */
  activities?: string | undefined;
  /** Postal address. */
  address?: string | undefined;
  /** Age in years. */
  age?: number | undefined;
  /** Short professional biography (an extra profile field). */
  bio?: string | undefined;
  /** Day of the month of birth. */
  birthDay?: number | undefined;
  /** Month of birth (1-12). */
  birthMonth?: number | undefined;
  /** Year of birth. */
  birthYear?: number | undefined;
  /** Certifications (an extra profile field). */
  certifications?: AccountsCertification[] | undefined;
  /** City. */
  city?: string | undefined;
  /** Country. */
  country?: string | undefined;
  /** Education history (an extra profile field). */
  education?: AccountsEducation[] | undefined;
  /** Highest education level (an extra profile field). */
  educationLevel?: string | undefined;
  /** Email address. */
  email?: string | undefined;
  /** Favorite things by kind (an extra profile field). */
  favorites?: AccountsFavorites | undefined;
  /** First name. */
  firstName?: string | undefined;
  /** Number of followers (an extra profile field). */
  followersCount?: number | undefined;
  /** Number of accounts followed (an extra profile field). */
  followingCount?: number | undefined;
  /** Gender: m (male), f (female) or u (unspecified). */
  gender?: 'm' | 'f' | 'u' | (string & {}) | undefined;
  /** Home town (an extra profile field). */
  hometown?: string | undefined;
  /** Comma-separated honors (an extra profile field). */
  honors?: string | undefined;
  /** Industry of the person's company (an extra profile field). */
  industry?: string | undefined;
  /** Gender the person is interested in (an extra profile field). */
  interestedIn?: string | undefined;
  /** Comma-separated languages the person speaks (an extra profile field). */
  languages?: string | undefined;
  /** Last name. */
  lastName?: string | undefined;
  /** Things the person likes at social networks (an extra profile field). */
  likes?: AccountsLike[] | undefined;
  /** Locale, e.g. en_US (an extra profile field). Set from the lang of accounts.register when not given. */
  locale?: string | undefined;
  /** Full name (an extra profile field). */
  name?: string | undefined;
  /** Display name. */
  nickname?: string | undefined;
  /**
   * Data mapped from an OpenID Connect provider, as samlData holds SAML data.
   *
   * Source: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}.
   */
  oidcData?: Record<string, unknown> | undefined;
  /** Patents (an extra profile field). */
  patents?: AccountsPatent[] | undefined;
  /** Phone numbers (an extra profile field). */
  phones?: AccountsPhone[] | undefined;
  /** URL of the full-size photo; accounts.publishProfilePhoto sets it. */
  photoURL?: string | undefined;
  /** Political view (an extra profile field). */
  politicalView?: string | undefined;
  /** Professional headline (an extra profile field). */
  professionalHeadline?: string | undefined;
  /** URL of a profile page at a social network. */
  profileURL?: string | undefined;
  /** Publications (an extra profile field). */
  publications?: AccountsPublication[] | undefined;
  /** Relationship status (an extra profile field). */
  relationshipStatus?: string | undefined;
  /** Religion (an extra profile field). */
  religion?: string | undefined;
  /** Custom attributes mapped from a SAML assertion (an extra profile field). */
  samlData?: Record<string, unknown> | undefined;
  /** Skills (an extra profile field). */
  skills?: AccountsSkill[] | undefined;
  /** Professional specialties (an extra profile field). */
  specialties?: string | undefined;
  /** State or region. */
  state?: string | undefined;
  /** URL of the thumbnail photo, trimmed to the size of the profilePhoto policy. */
  thumbnailURL?: string | undefined;
  /** Time zone (an extra profile field). */
  timezone?: string | undefined;
  /** User name at a social network (an extra profile field). */
  username?: string | undefined;
  /** Whether a social network verified the person (an extra profile field). */
  verified?: boolean | undefined;
  /** Work history (an extra profile field). */
  work?: AccountsWork[] | undefined;
  /** Postal code. */
  zip?: string | undefined;
}

/**
 * Size of the thumbnails Gigya cuts from published profile photos.
 *
 * Shape `ProfilePhotoPolicy` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 */
export interface AccountsProfilePhotoPolicy {
  /** Height in pixels (64 by default). */
  thumbnailHeight?: number | undefined;
  /** Width in pixels (64 by default). */
  thumbnailWidth?: number | undefined;
}

/**
 * Session data the site obtained directly from a provider, so Gigya can validate the user and call the provider for them. Each provider needs a different subset of the fields.
 *
 * Shape `ProviderSession` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 */
export interface AccountsProviderSession {
  /** Session or access token. Give authToken or code. */
  authToken?: string | undefined;
  /** Authorization code from the provider, exchanged by Gigya for a token. Give authToken or code. */
  code?: string | undefined;
  /** The user's ID at the provider; only some providers need it. */
  providerUID?: string | undefined;
  /** Base64 session handle. */
  sessionHandle?: string | undefined;
  /** When the session handle expires, in Unix seconds. */
  sessionHandleExpiration?: number | undefined;
  /** When the token expires, in Unix seconds. */
  tokenExpiration?: number | undefined;
  /** Seconds until the token expires; used when tokenExpiration is not given. */
  tokenExpiresIn?: number | undefined;
  /** Token secret; only some providers need it. */
  tokenSecret?: string | undefined;
}

/**
 * A publication from a social profile. The stored sources describe this entry only loosely.
 *
 * Shape `Publication` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | documented in SAP's reference}.
 */
export interface AccountsPublication {
  /** Publication date. */
  date?: string | undefined;
  /** Publisher. */
  publisher?: string | undefined;
  /** Summary. */
  summary?: string | undefined;
  /** Title. */
  title?: string | undefined;
  /** Link to the publication. */
  url?: string | undefined;
}

/**
 * What an RBA rule does when it fires.
 *
 * Shape `RbaAction` of the accounts catalog.
 *
 * Where this comes from: {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | Called this way by SAP's own Customer Data Cloud toolkit}.
 */
export interface AccountsRbaAction {
  /** Kind of action. */
  type?: 'captcha' | 'lockout' | 'TFA' | (string & {}) | undefined;
  /** How long a lock-out lasts, in seconds. */
  duration?: number | undefined;
  /** What the action applies to. */
  scope?: ('account' | 'IP' | (string & {}))[] | undefined;
  /** Authentication level a TFA action asks for. */
  authLevel?: number | undefined;
  /** Challenge a TFA action uses, e.g. none. */
  challenge?: string | undefined;
}

/**
 * The risk-based authentication settings of one user.
 *
 * Shape `RbaPolicy` of the accounts catalog.
 *
 * Where this comes from: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}; {@link https://www.npmjs.com/package/@gigya-ts/rest-api | typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}.
 */
export interface AccountsRbaPolicy {
  /** Rule set that applies to the user, one of the site's rulesSets (accounts.rba.setPolicy) or a default policy. */
  riskPolicy?: string | undefined;
  /** When true only an administrator may change riskPolicy; the user cannot. */
  riskPolicyLocked?: boolean | undefined;
}

/**
 * One RBA rule.
 *
 * Shape `RbaRule` of the accounts catalog.
 *
 * Where this comes from: {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | Called this way by SAP's own Customer Data Cloud toolkit}.
 */
export interface AccountsRbaRule {
  /** ID of the rule as text; rules inside a rule set can have null. */
  id?: unknown | undefined;
  /** Flow the rule watches, e.g. Login. */
  scope?: string | undefined;
  /** What the rule is for. */
  description?: string | undefined;
  /** Whether the rule is on. */
  enabled?: boolean | undefined;
  /** What the rule does when it fires. */
  action?: AccountsRbaAction | undefined;
  /** The condition that fires the rule (failed logins, risk score, device change, …); factors can nest with type all or any. */
  rootFactor?: Record<string, unknown> | undefined;
}

/**
 * A named set of RBA rules.
 *
 * Shape `RbaRuleSet` of the accounts catalog.
 *
 * Where this comes from: {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | Called this way by SAP's own Customer Data Cloud toolkit}.
 */
export interface AccountsRbaRuleSet {
  /** ID of the set, which defaultPolicy may name. */
  id?: string | undefined;
  /** What the set is for. */
  description?: string | undefined;
  /** Whether the set is on. */
  enabled?: boolean | undefined;
  /** The rules of the set. */
  rules?: AccountsRbaRule[] | undefined;
}

/**
 * One SDK type and the versions of it the site accepts traffic from.
 *
 * Shape `RbaSdkType` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 */
export interface AccountsRbaSdkType {
  /** The SDK type. */
  type: string;
  /** Name of the SDK type shown in the console. */
  displayName: string;
  /** Versions allowed; an empty list means every version is allowed or the type is blocked, as the console's SDK Management screen shows. */
  supportedVersions?: string[];
}

/**
 * The site's Risk-Based Authentication policy, as rba.getPolicy returns it and rba.setPolicy takes it.
 *
 * Shape `RbaSitePolicy` of the accounts catalog.
 *
 * Where this comes from: {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | Called this way by SAP's own Customer Data Cloud toolkit}.
 */
export interface AccountsRbaSitePolicy {
  /** Rules that apply whichever rule set is chosen, such as lock-outs. */
  commonRules?: AccountsRbaRule[] | undefined;
  /** Named sets of rules, one of which is the default. */
  rulesSets?: AccountsRbaRuleSet[] | undefined;
  /** ID of the rule set that applies by default. */
  defaultPolicy?: string | undefined;
  /** Whether the second-factor rules also apply at registration. */
  tfaRegistrationScope?: boolean | undefined;
  /** Whether a user's own RBA settings may override the site policy, e.g. no. */
  allowOverrideMode?: string | undefined;
}

/**
 * What a registration must include.
 *
 * Shape `RegistrationPolicy` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 */
export interface AccountsRegistrationPolicy {
  /** Whether registration applies the COPPA rules for children. */
  enforceCoppa?: boolean | undefined;
  /** Whether registration needs a CAPTCHA. */
  requireCaptcha?: boolean | undefined;
  /** Whether social registrations must add a login identifier (the 206003 state otherwise). */
  requireLoginID?: boolean | undefined;
  /** Whether registration needs a security question and answer. */
  requireSecurityQuestion?: boolean | undefined;
}

/**
 * One part of the site schema (profile, data, subscriptions, preferences, internal or addresses), as field definitions keyed by field path (e.g. "moreInfo.bio").
 *
 * Shape `Schema` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}.
 */
export interface AccountsSchema {
  /**
   * Data schema only: whether server-side setAccountInfo calls may create fields the schema does not define yet (they get writeAccess serverOnly). With false, give every field a type or search will not index it.
   * @defaultValue `true` (Gigya's default when omitted)
   */
  dynamicSchema?: boolean | undefined;
  /** Field definitions keyed by field path. Field names use Latin letters, digits, _ and dots. */
  fields?: Record<string, AccountsSchemaField> | undefined;
}

/**
 * The definition of one schema field. Which properties apply depends on the part of the schema; writes need only the properties that change.
 *
 * Shape `SchemaField` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}.
 */
export interface AccountsSchemaField {
  /**
   * Whether the field may hold null.
   * @defaultValue `true` (Gigya's default when omitted)
   */
  allowNull?: boolean | undefined;
  /** Preferences: version date of the consent statement in force. */
  currentDocDate?: string | undefined;
  /** Preferences: version number of the consent statement in force. */
  currentDocVersion?: number | undefined;
  /** Subscriptions: description of the subscription, usable in the double opt-in email. */
  description?: string | undefined;
  /** Subscriptions: whether subscribing needs a confirmation by email. */
  doubleOptIn?: boolean | undefined;
  /** Subscriptions: whether conditional double opt-in is allowed. */
  enableConditionalDoubleOptIn?: boolean | undefined;
  /** AES encrypts a string or basic-string field; encrypted values are found only by exact match in search. It applies to new data only and cannot be undone. */
  encrypt?: 'AES' | (string & {}) | undefined;
  /** Encrypts an integer, long, float, date or boolean field; such fields cannot be searched. It cannot be undone. */
  encryptedNonSearchable?: boolean | undefined;
  /** Format the value must match, as "regex('<pattern>')"; for boolean data fields also "true" or "false". */
  format?: string | undefined;
  /** Extra languages a text field supports (at most 4; Japanese only, for now). */
  languages?: string[] | undefined;
  /** Preferences: oldest version date a consent may have and still count. */
  minDocDate?: string | undefined;
  /** Preferences: oldest version number a consent may have and still count. */
  minDocVersion?: number | undefined;
  /** Subscriptions: consent statements linked to the subscription. */
  relatedConsentIds?: string[] | undefined;
  /**
   * Whether registration needs a value for the field; a registration without it stays pending.
   * @defaultValue `false` (Gigya's default when omitted)
   */
  required?: boolean | undefined;
  /** Sub-type of a data field. */
  subType?: string | undefined;
  /** Tags of a data field. */
  tags?: string[] | undefined;
  /** Data type. Without it Gigya infers the type from the first value; it cannot change once the field holds data. */
  type?: 'integer' | 'long' | 'float' | 'string' | 'basic-string' | 'text' | 'date' | 'boolean' | 'binary' | 'consent' | 'subscription' | (string & {}) | undefined;
  /**
   * Who may write the field: signed server calls only, unsigned client calls for new values, or unsigned client calls always.
   * @defaultValue `serverOnly` (Gigya's default when omitted)
   */
  writeAccess?: 'serverOnly' | 'clientCreate' | 'clientModify' | (string & {}) | undefined;
}

/**
 * A hosted screen-set (markup, style, translations and hooks of a set of web screens).
 *
 * Shape `ScreenSet` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}.
 */
export interface AccountsScreenSet {
  /** Style sheet of the screen-set. */
  css?: string;
  /** Markup of the screen-set. */
  html?: string;
  /** Event hooks of the screen-set, as JavaScript source. */
  javascript?: string;
  /**
   * Designer data and version information.
   *
   * Source: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}.
   */
  metadata?: AccountsScreenSetMetadata;
  /** ID of the screen-set. */
  screenSetID?: string;
  /** Custom texts per language code, each a map of translation keys to text. */
  translations?: Record<string, Record<string, string>>;
}

/**
 * Designer and version data of a screen-set.
 *
 * Shape `ScreenSetMetadata` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}.
 */
export interface AccountsScreenSetMetadata {
  /** Description. */
  desc?: string | undefined;
  /** Markup kept by the screen-set designer. */
  designerHtml?: string | undefined;
  /** When the screen-set last changed. */
  lastModified?: string | undefined;
  /** Environment the screen-set is for. */
  targetEnv?: string | undefined;
  /** Version number. */
  version?: number | undefined;
}

/**
 * One saved version of a screen-set.
 *
 * Shape `ScreenSetVersion` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}.
 */
export interface AccountsScreenSetVersion {
  /** Comment saved with the version. */
  comment?: string;
  /** When the version was saved. */
  lastModified?: number;
  /** Whether the version can be edited in the UI Builder. */
  uiBuilderSupport?: boolean;
  /** Version number. */
  version?: number;
}

/**
 * A security question with its answer, imported with an account.
 *
 * Shape `SecretQuestionAndAnswer` of the accounts catalog.
 *
 * Where this comes from: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}; {@link https://www.npmjs.com/package/@gigya-ts/rest-api | typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 */
export interface AccountsSecretQuestionAndAnswer {
  /** The answer; needed when the site's policy requires a security question. */
  secretAnswer?: string | undefined;
  /** The question; needed when the site's policy requires one. */
  secretQuestion?: string | undefined;
}

/**
 * Lockout rules, the CAPTCHA threshold, and password history and age.
 *
 * Shape `SecurityPolicy` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 */
export interface AccountsSecurityPolicy {
  /** Account lockout after failed logins. */
  accountLockout?: AccountsAccountLockoutPolicy | undefined;
  /** When login needs a CAPTCHA. */
  captcha?: AccountsCaptchaPolicy | undefined;
  /** IP address lockout after failed logins. */
  ipLockout?: AccountsIpLockoutPolicy | undefined;
  /** Interval after which users must change their password (the 403100 state). */
  passwordChangeInterval?: number | undefined;
  /** How many earlier passwords a new one may not repeat (401030 otherwise). */
  passwordHistorySize?: number | undefined;
}

/**
 * The session a login-type call opened: cookie data for browsers (targetEnv browser, the default) or a session token and secret for mobile apps (targetEnv mobile).
 *
 * Shape `SessionInfo` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}.
 */
export interface AccountsSessionInfo {
  /** Browser: name of the session cookie to set. */
  cookieName?: string;
  /** Browser: value of the session cookie. */
  cookieValue?: string;
  /**
   * Seconds until the session expires, where Gigya sends it.
   *
   * Source: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   */
  expires_in?: number;
  /**
   * Login token the Web SDK keeps in a cookie, where Gigya sends it.
   *
   * Source: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   */
  login_token?: string;
  /** Mobile: session secret to hand to the mobile SDK. Treat it like a password. */
  sessionSecret?: string;
  /** Mobile: session token to hand to the mobile SDK. */
  sessionToken?: string;
}

/**
 * A skill from a social profile. The stored sources describe this entry only loosely.
 *
 * Shape `Skill` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 */
export interface AccountsSkill {
  /** Level of the skill. */
  level?: string | undefined;
  /** The skill. */
  skill?: string | undefined;
  /** Years of experience. */
  years?: string | undefined;
}

/**
 * Settings of the SMS provider Gigya sends the site's messages through.
 *
 * Shape `SmsProviderConfig` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 */
export interface AccountsSmsProviderConfig {
  /** The SMS provider. */
  vendorName: 'livelink' | 'sinch' | 'twilio' | (string & {});
  /** The site's account at the provider. */
  credentials: AccountsSmsProviderCredentials;
  /** The sender number (twilio only). */
  originPhoneNumber?: string | undefined;
  /** What kind of sender ID is used (twilio only). */
  senderType?: 'alphaSender' | 'messagingServiceId' | 'phoneNumber' | 'shortCode' | (string & {}) | undefined;
  /** Whether this configuration overrides one inherited from a higher level. */
  configOverride?: boolean | undefined;
  /** Which destination numbers may receive messages. */
  restrictions?: AccountsSmsRestrictions | undefined;
}

/**
 * The site's credentials at its SMS provider.
 *
 * Shape `SmsProviderCredentials` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 */
export interface AccountsSmsProviderCredentials {
  /** The account or client ID at the provider. */
  clientId?: string | undefined;
  /** The secret for clientId. */
  clientSecret?: string | undefined;
}

/**
 * Country or number lists that decide where the site's SMS messages may go.
 *
 * Shape `SmsRestrictions` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 */
export interface AccountsSmsRestrictions {
  /** Destinations allowed. */
  allowList?: string[] | undefined;
  /** Destinations refused. */
  denyList?: string[] | undefined;
  /** Destinations SAP refuses for the whole platform; read-only. */
  globalDenyList?: string[] | undefined;
}

/**
 * Templates of one scope (global, or one country code), by language.
 *
 * Shape `SmsTemplateGroup` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 */
export interface AccountsSmsTemplateGroup {
  /** Template text by language code; the text holds {{code}} where the code goes. */
  templates?: Record<string, string> | undefined;
  /** Language used when the user's language has no template. */
  defaultLanguage?: string | undefined;
}

/**
 * The templates of one flow (one-time codes or TFA).
 *
 * Shape `SmsTemplateSettings` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 */
export interface AccountsSmsTemplateSettings {
  /** Templates for every country. */
  globalTemplates?: AccountsSmsTemplateGroup | undefined;
  /** Templates for numbers of one country, keyed by calling code (e.g. 351). */
  templatesPerCountryCode?: Record<string, AccountsSmsTemplateGroup> | undefined;
}

/**
 * The site's SMS templates, per flow.
 *
 * Shape `SmsTemplates` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 */
export interface AccountsSmsTemplates {
  /** Templates of one-time-code messages (phone login and verification). */
  otp?: AccountsSmsTemplateSettings | undefined;
  /** Templates of TFA code messages. */
  tfa?: AccountsSmsTemplateSettings | undefined;
}

/**
 * One account change in a stream.
 *
 * Shape `StreamEvent` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 */
export interface AccountsStreamEvent {
  /** The account that changed. */
  uid: string;
  /** What happened to it. */
  operation: string;
  /** Details of the change. */
  details: string[];
}

/**
 * The state of one email subscription (newsletter). A site's subscriptions object holds one per subscription ID, e.g. subscriptions.newsletter.email.
 *
 * Shape `Subscription` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | documented in SAP's reference}.
 */
export interface AccountsSubscription {
  /** The subscription by email. */
  email?: AccountsSubscriptionEmail;
}

/**
 * The email channel of one subscription. Writes may change isSubscribed and tags (and the double opt-in confirmation flags) only.
 *
 * Shape `SubscriptionEmail` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 */
export interface AccountsSubscriptionEmail {
  /** Double opt-in state, for subscriptions that need a confirmation. */
  doubleOptIn?: AccountsDoubleOptIn;
  /** Whether the user is subscribed. It changes as soon as the user subscribes, before any confirmation email. */
  isSubscribed?: boolean;
  /** When isSubscribed last changed (ISO 8601). Writable only by accounts.importLiteAccounts. */
  lastUpdatedSubscriptionState?: string;
  /** Tags the site keeps with the subscription. */
  tags?: string[];
}

/**
 * Facts about the end user's client that a server passes so that Risk-Based Authentication rules can judge the request.
 *
 * Shape `TfaClientContext` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 */
export interface AccountsTfaClientContext {
  /** IP address the user's request came from. */
  clientIP: string;
  /** ID of the user's device, up to 100 characters. */
  deviceID?: string | undefined;
  /**
   * Whether the user has already passed a CAPTCHA in this flow.
   * @defaultValue `false` (Gigya's default when omitted)
   */
  isCaptchaVerified?: boolean | undefined;
  /** Risk score the site computed for this attempt, compared with the thresholds of the site's RBA rules. */
  riskScore?: number | undefined;
}

/**
 * One verified phone number handed to tfa.phone.importTFA.
 *
 * Shape `TfaImportedPhone` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 */
export interface AccountsTfaImportedPhone {
  /** The phone number to add to the user's verified numbers. */
  phoneNumber: string;
  /** How codes reach this number, by SMS or voice call. */
  method: 'sms' | 'voice' | (string & {});
}

/**
 * One TFA provider as tfa.getProviders lists it.
 *
 * Shape `TfaProvider` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}; seen in a Gigya response captured by a third-party integration.
 */
export interface AccountsTfaProvider {
  /** Provider name, e.g. gigyaPhone. */
  name?: 'gigyaEmail' | 'gigyaPhone' | 'gigyaPush' | 'gigyaTotp' | 'livelink' | (string & {});
  /**
   * Authentication level the provider grants; RBA rules can ask for a minimum level.
   *
   * Source: {@link https://github.com/SAP/gigya-android-sdk | Handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
   */
  authLevel?: number;
  /**
   * What the provider can do, as Gigya labels it.
   *
   * Source: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   */
  capabilities?: string[];
}

/**
 * One of the user's verified phone numbers, as tfa.phone.getRegisteredPhoneNumbers returns it.
 *
 * Shape `TfaRegisteredPhone` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}; seen in a Gigya response captured by a third-party integration.
 */
export interface AccountsTfaRegisteredPhone {
  /** ID of the number; pass it as phoneID to tfa.phone.sendVerificationCode or as phoneId to tfa.phone.removePhone. */
  id: string;
  /** The number with all but its last digits masked, for display. */
  obfuscated: string;
  /** How the last code was delivered to this number. */
  lastMethod: 'sms' | 'voice' | (string & {});
  /**
   * When the number was last verified, as text.
   *
   * Source: {@link https://github.com/SAP/gigya-android-sdk | Handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}; seen in a Gigya response captured by a third-party integration.
   */
  lastVerification?: string;
  /**
   * The full number, when Gigya includes it.
   *
   * Source: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   */
  plain?: string;
}

/**
 * One of the user's verified email addresses, as tfa.email.getEmails returns it.
 *
 * Shape `TfaVerifiedEmail` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}; seen in a Gigya response captured by a third-party integration.
 */
export interface AccountsTfaVerifiedEmail {
  /** ID of the address; pass it as emailID to tfa.email.sendVerificationCode. */
  id: string;
  /** The address with some letters masked, for display. */
  obfuscated: string;
  /**
   * When the address was last verified, as text.
   *
   * Source: {@link https://github.com/SAP/gigya-android-sdk | Handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}; seen in a Gigya response captured by a third-party integration.
   */
  lastVerification?: string;
  /**
   * The full address, when Gigya includes it.
   *
   * Source: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   */
  plain?: string;
}

/**
 * Two-factor authentication providers of the site.
 *
 * Shape `TwoFactorAuthPolicy` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 */
export interface AccountsTwoFactorAuthPolicy {
  /** The providers and their settings. */
  providers?: AccountsTwoFactorProviderPolicy[] | undefined;
}

/**
 * One two-factor authentication provider and its settings.
 *
 * Shape `TwoFactorProviderPolicy` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}.
 */
export interface AccountsTwoFactorProviderPolicy {
  /** Whether the provider is enabled. */
  enabled?: boolean | undefined;
  /** Provider name, e.g. gigyaPhone or gigyaEmail. */
  name?: string | undefined;
  /** Provider settings. */
  params?: Record<string, string> | undefined;
}

/**
 * One field that failed validation, listed in validationErrors when a write is refused (400006, 400009).
 *
 * Shape `ValidationError` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
 */
export interface AccountsValidationError {
  /** Code of the problem, e.g. 400027 for a missing required value. */
  errorCode?: number;
  /** Path of the field, e.g. profile.email or password. */
  fieldName?: string;
  /** Description of the problem. */
  message?: string;
}

/**
 * One webhook as accounts.webhooks.getAll returns it.
 *
 * Shape `WebhookConfig` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 */
export interface AccountsWebhookConfig {
  /** The endpoint notifications go to; unique per site. */
  url: string;
  /** Name of the webhook, up to 100 characters, unique per site. */
  name: string;
  /**
   * The event types the webhook is notified of.
   *
   * Source: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
   */
  events?: string[];
  /** Whether notifications are sent. */
  active?: boolean;
  /** Custom HTTP headers sent with each notification. */
  headers?: AccountsWebhookHeader[];
  /** The user or application key whose secret signs the notifications. */
  signingUserKey?: string;
  /**
   * Version of the webhooks service the webhook uses, e.g. 2.0.
   *
   * Source: {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | Called this way by SAP's own Customer Data Cloud toolkit}.
   */
  version?: string;
  /**
   * Gigya's ID of the webhook.
   *
   * Source: {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | Called this way by SAP's own Customer Data Cloud toolkit}.
   */
  id?: string;
  /**
   * The product the webhook belongs to, e.g. UserManagement.
   *
   * Source: {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | Called this way by SAP's own Customer Data Cloud toolkit}.
   */
  product?: string;
  /**
   * A delivery setting Gigya reports for each webhook.
   *
   * Source: {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | Called this way by SAP's own Customer Data Cloud toolkit}.
   */
  useXfCredentials?: boolean;
}

/**
 * A custom HTTP header sent with every notification of a webhook.
 *
 * Shape `WebhookHeader` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 */
export interface AccountsWebhookHeader {
  /** Header name. */
  name: string;
  /** Header value. */
  value: string;
}

/**
 * The last delivery attempt of a webhook.
 *
 * Shape `WebhookStatus` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 */
export interface AccountsWebhookStatus {
  /** Status received from the endpoint. */
  statusCode?: number;
  /** When Gigya last tried to deliver; absent when there was no activity. */
  lastSent?: string;
  /** Details of the status; absent for a 200 answer. */
  message?: string;
}

/**
 * One entry of the work history of a social profile. The stored sources describe this entry only loosely.
 *
 * Shape `Work` of the accounts catalog.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}.
 */
export interface AccountsWork {
  /** Company name. */
  company?: string | undefined;
  /** The company's ID at the provider. */
  companyID?: string | undefined;
  /** Size of the company. */
  companySize?: string | undefined;
  /** When the job ended. */
  endDate?: string | undefined;
  /** Industry of the company. */
  industry?: string | undefined;
  /** Whether the person still works there. */
  isCurrent?: boolean | undefined;
  /** When the job started. */
  startDate?: string | undefined;
  /** Job title. */
  title?: string | undefined;
}

/**
 * Params of `accounts.addEmails`: Adds email addresses to an account, as verified or unverified addresses.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/23e5e21ad35f4c85b98ce39e895e5f24.html | accounts.addEmails reference}
 */
export interface AccountsAddEmailsParams extends CommonParams {
  /** The account to add the addresses to. */
  UID: string;
  /** Addresses to add as unverified. An address already in the verified list moves to the unverified one. */
  unverifiedEmails?: string | readonly string[] | undefined;
  /** Addresses to add as verified. An address already in the unverified list moves to the verified one. */
  verifiedEmails?: string | readonly string[] | undefined;
}

/**
 * What `accounts.addEmails` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/23e5e21ad35f4c85b98ce39e895e5f24.html | accounts.addEmails reference}
 */
export interface AccountsAddEmailsResponse {}

/**
 * Params of `accounts.address.countries.get`: Lists the countries of the location data service with their ISO and numeric codes.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/40e8d65874d4480eb1ed7ff105351cbd.html | accounts.address.countries.get reference}
 */
export interface AccountsAddressCountriesGetParams extends CommonParams {
  /** The partner whose Data Quality Management credentials are set up. */
  partnerId: string;
  /** Language of the country names; English by default. */
  language?: string | undefined;
}

/**
 * What `accounts.address.countries.get` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/40e8d65874d4480eb1ed7ff105351cbd.html | accounts.address.countries.get reference}
 */
export interface AccountsAddressCountriesGetResponse {
  /** The countries. */
  countries?: AccountsAddressCountry[];
}

/**
 * Params of `accounts.address.suggestions.get`: Returns up to 20 address suggestions for what the user typed, or, once the user picked one, that suggestion's full address.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/6fa4e911e0f245bbb185cb662d1132a4.html | accounts.address.suggestions.get reference}
 */
export interface AccountsAddressSuggestionsGetParams extends CommonParams {
  /** What the user typed into the address field; may be empty when the field is optional. */
  address?: string | undefined;
  /** The country, as a 3-letter code or a (possibly localized) name, e.g. DEU, Germany or Deutschland. */
  country?: string | undefined;
  /** ID of the suggestion the user picked; the answer then carries its full address. */
  suggestionReply?: string | undefined;
  /** With type-ahead suggestions, the user's latitude (from browser geolocation, with consent), to rank suggestions by distance. */
  latitude?: number | undefined;
  /** With type-ahead suggestions, the user's longitude, to rank suggestions by distance. */
  longitude?: number | undefined;
}

/**
 * What `accounts.address.suggestions.get` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/6fa4e911e0f245bbb185cb662d1132a4.html | accounts.address.suggestions.get reference}
 */
export interface AccountsAddressSuggestionsGetResponse {
  /** The suggestions; empty once the user has picked one. */
  suggestions?: AccountsAddressSuggestion[];
  /** The full address of the picked suggestion; empty before a pick. */
  address?: AccountsAddressDetails;
}

/**
 * Params of `accounts.auth.getMethods`: Tells which authentication methods (password, push, email code, Magic Link) a user can log in with, found by an identifier or an aToken.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/b92c0c7ffc954155ac5a2d5509ceada4.html | accounts.auth.getMethods reference}
 */
export interface AccountsAuthGetMethodsParams extends CommonParams {
  /** Kind of identifier given in identifier; needed when no aToken is sent. */
  identifierType?: 'email' | 'emailOrUsername' | 'username' | (string & {}) | undefined;
  /** The user's full username or email address; needed when no aToken is sent. */
  identifier?: string | undefined;
  /** Token from accounts.identifiers.createToken; it takes precedence over identifier and identifierType, and is the only way to look up a phone number. */
  aToken?: string | undefined;
}

/**
 * What `accounts.auth.getMethods` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/b92c0c7ffc954155ac5a2d5509ceada4.html | accounts.auth.getMethods reference}
 */
export interface AccountsAuthGetMethodsResponse {
  /** The methods the user can log in with. */
  methods?: ('emailOtp' | 'magicLink' | 'password' | 'push' | (string & {}))[];
  /** The identifiers of the account. */
  identifiers?: AccountsAuthIdentifier[];
}

/**
 * Params of `accounts.auth.magiclink.email.getConfig`: Returns the site's Magic Link settings.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/a330ee71b4f84843a393c1935667e39a.html | accounts.auth.magiclink.email.getConfig reference}
 */
export interface AccountsAuthMagiclinkEmailGetConfigParams extends CommonParams {}

/**
 * What `accounts.auth.magiclink.email.getConfig` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/a330ee71b4f84843a393c1935667e39a.html | accounts.auth.magiclink.email.getConfig reference}
 */
export interface AccountsAuthMagiclinkEmailGetConfigResponse {
  /** Whether Magic Link is on for the API key. */
  isEnabled?: boolean;
  /** The page a link leads to. */
  landingPageUrl?: string;
  /** How long a sent link stays valid, in seconds. */
  expiration?: number;
}

/**
 * Params of `accounts.auth.magiclink.email.login`: Logs the user in with the vToken and code of a Magic Link sent by auth.magiclink.email.send.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/465e0de25d684993a481515ff707d86f.html | accounts.auth.magiclink.email.login reference}
 */
export interface AccountsAuthMagiclinkEmailLoginParams extends CommonParams {
  /** The code of the link (returned by auth.magiclink.email.send to admin calls, or carried in the link). */
  code: string;
  /** The token auth.magiclink.email.send returned. */
  vToken: string;
  /**
   * Where the session is used, which decides the fields of sessionInfo.
   * @defaultValue `jssdk` (Gigya's default when omitted)
   */
  targetEnv?: 'browser' | 'jssdk' | 'mobile' | (string & {}) | undefined;
}

/**
 * What `accounts.auth.magiclink.email.login` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The call resolves to {@link AccountsAuthMagiclinkEmailLoginResult}, which adds its flow states.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/465e0de25d684993a481515ff707d86f.html | accounts.auth.magiclink.email.login reference}
 */
export interface AccountsAuthMagiclinkEmailLoginResponse<S extends SiteSchema = SiteSchema> {
  /** The user's ID. */
  UID?: string;
  /**
   * Signature over the UID for login verification.
   * @deprecated Not meant for server-to-server calls; verify the session another way.
   */
  UIDSignature?: string;
  /** true when this login created the account. */
  isNewUser?: boolean;
  /** The new session. */
  sessionInfo?: AccountsSessionInfo;
  /** Token for completing an unfinished registration with accounts.finalizeRegistration. */
  regToken?: string;
  /** The user's account. */
  account?: AccountsAccount<S>;
}

/** What `accounts.auth.magiclink.email.login` resolves to besides the envelope: a success, or a state its flow stopped in, told apart by `errorCode`. */
export type AccountsAuthMagiclinkEmailLoginResult<S extends SiteSchema = SiteSchema> =
  | (AccountsAuthMagiclinkEmailLoginResponse<S> & { readonly errorCode: Exclude<ResultCode, 206001> })
  | (AccountsAuthMagiclinkEmailLoginResponse<S> & {
    /** AccountPendingRegistration: the flow stopped here and continues with the fields below. */
    readonly errorCode: 206001;
    /** The token of the pending registration (valid for about an hour): complete the account with it, then call accounts.finalizeRegistration. */
    readonly regToken: string;
  });

/** Fields the answer of `accounts.auth.magiclink.email.login` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsAuthMagiclinkEmailLoginErrorFields {
  /** InvalidParameterValue: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400006: {};
}

/**
 * Params of `accounts.auth.magiclink.email.send`: Starts a Magic Link login by emailing a link to the address.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/47006b8cd6ec4292b8fa6321a90328b7.html | accounts.auth.magiclink.email.send reference}
 */
export interface AccountsAuthMagiclinkEmailSendParams extends CommonParams {
  /** The address to send the link to. */
  email: string;
}

/**
 * What `accounts.auth.magiclink.email.send` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/47006b8cd6ec4292b8fa6321a90328b7.html | accounts.auth.magiclink.email.send reference}
 */
export interface AccountsAuthMagiclinkEmailSendResponse {
  /** Token to pass to auth.magiclink.email.login. */
  vToken?: string;
  /** The link's code, returned only to calls made with admin credentials (server-side). */
  code?: string;
}

/**
 * Params of `accounts.auth.magiclink.email.setConfig`: Turns Magic Link on or off for the site and sets its landing page and link lifetime.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/216a91f008db4ac2bb1dafd66848631f.html | accounts.auth.magiclink.email.setConfig reference}
 */
export interface AccountsAuthMagiclinkEmailSetConfigParams extends CommonParams {
  /** Whether Magic Link is on. */
  isEnabled: boolean;
  /** The page links lead to; it must load the Web SDK. */
  landingPageUrl: string;
  /** How long a sent link stays valid, in seconds (60 to 600). */
  expiration?: number | undefined;
}

/**
 * What `accounts.auth.magiclink.email.setConfig` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/216a91f008db4ac2bb1dafd66848631f.html | accounts.auth.magiclink.email.setConfig reference}
 */
export interface AccountsAuthMagiclinkEmailSetConfigResponse {}

/**
 * Params of `accounts.auth.magiclink.getlink`: Creates a Magic Link for a user, valid for up to 60 days, for the site to put into its own (for example marketing) emails.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/71880e97f2d54fe596d506662818f0a1.html | accounts.auth.magiclink.getlink reference}
 */
export interface AccountsAuthMagiclinkGetLinkParams extends CommonParams {
  /** The address of the user the link logs in. */
  email: string;
  /** Lifetime of the link in seconds, at most 5184000 (60 days); by default the site setting, else 400 seconds. */
  expiration?: number | undefined;
  /** The page the link leads to; by default the site setting. */
  landingPage?: string | undefined;
}

/**
 * What `accounts.auth.magiclink.getlink` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/71880e97f2d54fe596d506662818f0a1.html | accounts.auth.magiclink.getlink reference}
 */
export interface AccountsAuthMagiclinkGetLinkResponse {
  /** The link, carrying the vToken and code; send it unchanged, only to the user it was made for. */
  magicLink?: string;
}

/**
 * Params of `accounts.auth.otp.authenticate`: Exchanges a one-time code the user received for an access token that lets them reset their password with accounts.resetPassword.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/3e22c136de714dee858e4fc3fcc07e6e.html | accounts.auth.otp.authenticate reference}
 */
export interface AccountsAuthOtpAuthenticateParams extends CommonParams {
  /** The code the user received. */
  code: string;
  /** The token of the code's send call. */
  vToken: string;
}

/**
 * What `accounts.auth.otp.authenticate` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/3e22c136de714dee858e4fc3fcc07e6e.html | accounts.auth.otp.authenticate reference}
 */
export interface AccountsAuthOtpAuthenticateResponse {
  /** Token to pass to accounts.resetPassword. */
  access_token?: string;
}

/** Fields the answer of `accounts.auth.otp.authenticate` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsAuthOtpAuthenticateErrorFields {
  /** InvalidParameterValue: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400006: {};
}

/**
 * Params of `accounts.auth.otp.email.getConfig`: Tells whether email one-time-code login is on for the site.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/b43af07811fd47d192082b3fcf29e82c.html | accounts.auth.otp.email.getConfig reference}
 */
export interface AccountsAuthOtpEmailGetConfigParams extends CommonParams {}

/**
 * What `accounts.auth.otp.email.getConfig` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/b43af07811fd47d192082b3fcf29e82c.html | accounts.auth.otp.email.getConfig reference}
 */
export interface AccountsAuthOtpEmailGetConfigResponse {
  /** Whether email code login is on for the API key. */
  isEnabled?: boolean;
}

/**
 * Params of `accounts.auth.otp.email.login`: Logs a user in, or registers them, with the code sent by auth.otp.email.sendCode, and opens a session.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/c64edbe9973c4cbdb9bc623ba363f73c.html | accounts.auth.otp.email.login reference}
 */
export interface AccountsAuthOtpEmailLoginParams extends CommonParams {
  /** The token auth.otp.email.sendCode returned. */
  vToken: string;
  /** The code the user received; do not assume a fixed number of digits. */
  code: string;
  /**
   * Account sections to add to the response, comma-separated.
   *
   * Source: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | documented in SAP's reference}.
   */
  include?: 'data' | 'emails' | 'groups' | 'id_token' | 'identities-active' | 'identities-all' | 'identities-global' | 'loginIDs' | 'preferences' | 'profile' | 'subscriptions' | (string & {}) | readonly ('data' | 'emails' | 'groups' | 'id_token' | 'identities-active' | 'identities-all' | 'identities-global' | 'loginIDs' | 'preferences' | 'profile' | 'subscriptions' | (string & {}))[] | undefined;
  /** Where the registration came from (by default the page URL); stored on the account at first registration only. */
  regSource?: string | undefined;
  /** Lifetime of the new session in seconds; 0 and negative values select the browser-bound modes SAP's reference lists. */
  sessionExpiration?: number | undefined;
  /** Where the session is used; browser returns cookie fields in sessionInfo, mobile returns a session token and secret. */
  targetEnv?: 'browser' | 'jssdk' | 'mobile' | (string & {}) | undefined;
}

/**
 * What `accounts.auth.otp.email.login` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The call resolves to {@link AccountsAuthOtpEmailLoginResult}, which adds its flow states.
 * @remarks Only part of this method is confirmed by stored sources; fields marked as recalled are unverified.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/c64edbe9973c4cbdb9bc623ba363f73c.html | accounts.auth.otp.email.login reference}
 */
export interface AccountsAuthOtpEmailLoginResponse<S extends SiteSchema = SiteSchema> {
  /** The user's ID. */
  UID?: string;
  /** true when this login created the account. */
  isNewUser?: boolean;
  /** The new session. */
  sessionInfo?: AccountsSessionInfo;
  /** Token for completing an unfinished registration with accounts.finalizeRegistration. */
  regToken?: string;
  /** The user's profile, when include asks for it. */
  profile?: AccountsProfile;
  /** The site's custom data for the user, when include asks for it. */
  data?: SiteData<S>;
  /** The user's consent preferences, when include asks for it. */
  preferences?: SitePreferences<S>;
  /** The user's email subscriptions, when include asks for it. */
  subscriptions?: SiteSubscriptions<S>;
  /** The user's verified and unverified emails, when include asks for it. */
  emails?: AccountsEmails;
  /** The user's login identifiers, when include asks for it. */
  loginIDs?: AccountsLoginIDs;
  /** The user's identities, when include asks for identities-active, identities-all or identities-global. */
  identities?: AccountsIdentity[];
  /** A JWT about the user, when include asks for id_token. */
  id_token?: string;
}

/** What `accounts.auth.otp.email.login` resolves to besides the envelope: a success, or a state its flow stopped in, told apart by `errorCode`. */
export type AccountsAuthOtpEmailLoginResult<S extends SiteSchema = SiteSchema> =
  | (AccountsAuthOtpEmailLoginResponse<S> & { readonly errorCode: Exclude<ResultCode, 206001> })
  | (AccountsAuthOtpEmailLoginResponse<S> & {
    /** AccountPendingRegistration: the flow stopped here and continues with the fields below. */
    readonly errorCode: 206001;
    /** The token of the pending registration (valid for about an hour): complete the account with it, then call accounts.finalizeRegistration. */
    readonly regToken: string;
  });

/** Fields the answer of `accounts.auth.otp.email.login` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsAuthOtpEmailLoginErrorFields {
  /** InvalidParameterValue: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400006: {};
  /** AccountPendingTfaVerification: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 403101: {
    /** The token of the login waiting for the second factor: pass it to accounts.tfa.getProviders and accounts.tfa.initTFA. */
    readonly regToken: string;
  };
  /** AccountPendingTfaRegistration: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 403102: {
    /** The token of the login waiting for a second factor to be registered: pass it to accounts.tfa.getProviders and accounts.tfa.initTFA. */
    readonly regToken: string;
  };
}

/**
 * Params of `accounts.auth.otp.email.sendCode`: Starts an email one-time-code login by sending a code to the address and returns the vToken the login needs.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/f067d24087f84174abae20c20a46f827.html | accounts.auth.otp.email.sendCode reference}
 */
export interface AccountsAuthOtpEmailSendCodeParams extends CommonParams {
  /** The address to send the code to. */
  email?: string | undefined;
  /** Language of the email, e.g. en. */
  lang: string;
  /** The user, for server-side calls without a session on a global site group: it lets later calls find the user's data center. */
  UID?: string | undefined;
  /** false to have Gigya return the code for the site to deliver itself instead of sending it. */
  sendCode?: boolean | undefined;
}

/**
 * What `accounts.auth.otp.email.sendCode` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/f067d24087f84174abae20c20a46f827.html | accounts.auth.otp.email.sendCode reference}
 */
export interface AccountsAuthOtpEmailSendCodeResponse {
  /** Token holding the address and the code; valid for 5 minutes. Pass it to auth.otp.email.login. */
  vToken?: string;
  /** The code itself, returned only to calls made with admin credentials. */
  code?: string;
}

/** Fields the answer of `accounts.auth.otp.email.sendCode` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsAuthOtpEmailSendCodeErrorFields {
  /** InvalidParameterValue: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400006: {};
}

/**
 * Params of `accounts.auth.otp.email.setConfig`: Turns email one-time-code login on or off for the site.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/2992c8277a72467caa31988bfc7cd57f.html | accounts.auth.otp.email.setConfig reference}
 */
export interface AccountsAuthOtpEmailSetConfigParams extends CommonParams {
  /** Whether email code login is on for the API key. */
  isEnabled: boolean;
}

/**
 * What `accounts.auth.otp.email.setConfig` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/2992c8277a72467caa31988bfc7cd57f.html | accounts.auth.otp.email.setConfig reference}
 */
export interface AccountsAuthOtpEmailSetConfigResponse {}

/**
 * Params of `accounts.auth.otp.verify`: Checks that the user holds the email or phone a one-time code was sent to, marks it verified on the account and returns an id_token.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/523e76306db34a19be9199fab59b31df.html | accounts.auth.otp.verify reference}
 */
export interface AccountsAuthOtpVerifyParams extends CommonParams {
  /** The code the user received from accounts.otp.sendCode. */
  code: string;
  /** The token accounts.otp.sendCode returned; valid for 10 minutes. */
  vToken: string;
}

/**
 * What `accounts.auth.otp.verify` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/523e76306db34a19be9199fab59b31df.html | accounts.auth.otp.verify reference}
 */
export interface AccountsAuthOtpVerifyResponse {
  /** A JWT about the user. */
  id_token?: string;
}

/** Fields the answer of `accounts.auth.otp.verify` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsAuthOtpVerifyErrorFields {
  /** InvalidParameterValue: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400006: {};
}

/**
 * Params of `accounts.auth.push.config.get`: Returns the site's push vendor settings for push authentication.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4131785a70b21014bbc5a10ce4041860.html | accounts.auth.push.config.get reference}
 */
export interface AccountsAuthPushConfigGetParams extends CommonParams {}

/**
 * What `accounts.auth.push.config.get` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @remarks Only part of this method is confirmed by stored sources; fields marked as recalled are unverified.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4131785a70b21014bbc5a10ce4041860.html | accounts.auth.push.config.get reference}
 */
export interface AccountsAuthPushConfigGetResponse {
  /** The vendor settings, keyed fcm (legacy server key) or fcmHttpV1 (service-account JSON). */
  vendors?: Record<string, unknown>;
}

/**
 * Params of `accounts.auth.push.config.set`: Sets the site's push vendor for push authentication, Firebase Cloud Messaging with either its legacy server key or an HTTP v1 service account.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41318c2170b21014bbc5a10ce4041860.html | accounts.auth.push.config.set reference}
 */
export interface AccountsAuthPushConfigSetParams extends CommonParams {
  /** One entry, keyed fcm (the legacy server key) or fcmHttpV1 (the service-account JSON). */
  vendors: Record<string, unknown>;
}

/**
 * What `accounts.auth.push.config.set` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @remarks Only part of this method is confirmed by stored sources; fields marked as recalled are unverified.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41318c2170b21014bbc5a10ce4041860.html | accounts.auth.push.config.set reference}
 */
export interface AccountsAuthPushConfigSetResponse {}

/**
 * Params of `accounts.auth.push.verify`: Sent by the mobile app of a registered device to tell Gigya that the user approved a push login.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4131cb2570b21014bbc5a10ce4041860.html | accounts.auth.push.verify reference}
 */
export interface AccountsAuthPushVerifyParams extends CommonParams {
  /** The token the push notification carried, naming the login request. */
  vToken: string;
}

/**
 * What `accounts.auth.push.verify` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4131cb2570b21014bbc5a10ce4041860.html | accounts.auth.push.verify reference}
 */
export interface AccountsAuthPushVerifyResponse {}

/** Fields the answer of `accounts.auth.push.verify` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsAuthPushVerifyErrorFields {
  /** InvalidParameterValue: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400006: {};
}

/**
 * Params of `accounts.deleteAccount`: Deletes an account and all its data from the accounts storage.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4133a29470b21014bbc5a10ce4041860.html | accounts.deleteAccount reference}
 */
export interface AccountsDeleteAccountParams extends CommonParams {
  /** The account to delete. */
  UID: string;
}

/**
 * What `accounts.deleteAccount` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4133a29470b21014bbc5a10ce4041860.html | accounts.deleteAccount reference}
 */
export interface AccountsDeleteAccountResponse {}

/**
 * Params of `accounts.deleteConsentStatement`: Deletes a consent statement from the site everywhere it appears (accounts, audit log, APIs).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/2782415067b047b7bf10a1439d3e67ce.html | accounts.deleteConsentStatement reference}
 */
export interface AccountsDeleteConsentStatementParams extends CommonParams {
  /** ID of the consent statement, e.g. terms.statement. */
  consentId: string;
}

/**
 * What `accounts.deleteConsentStatement` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/2782415067b047b7bf10a1439d3e67ce.html | accounts.deleteConsentStatement reference}
 */
export interface AccountsDeleteConsentStatementResponse {}

/**
 * Params of `accounts.deleteLegalStatements`: Deletes a draft version of the legal text of a consent statement in one language.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/2b289e32fa544c76850afb7e78b5d92f.html | accounts.deleteLegalStatements reference}
 */
export interface AccountsDeleteLegalStatementsParams extends CommonParams {
  /** ID of the consent statement. */
  consentId: string;
  /** Version date to delete (ISO 8601 with the time at midnight). Give docDate or docVersion. */
  docDate?: string | undefined;
  /** Version number to delete. Give docDate or docVersion. */
  docVersion?: number | undefined;
  /** Language of the legal text. */
  lang: string;
}

/**
 * What `accounts.deleteLegalStatements` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/2b289e32fa544c76850afb7e78b5d92f.html | accounts.deleteLegalStatements reference}
 */
export interface AccountsDeleteLegalStatementsResponse {}

/**
 * Params of `accounts.deleteLiteAccount`: Deletes a lite account (an email account without a full registration).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4133b5e170b21014bbc5a10ce4041860.html | accounts.deleteLiteAccount reference}
 */
export interface AccountsDeleteLiteAccountParams extends CommonParams {
  /** Token of the email account, as accounts.search returns it for emailAccounts rows. */
  emailAccountToken: string;
}

/**
 * What `accounts.deleteLiteAccount` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4133b5e170b21014bbc5a10ce4041860.html | accounts.deleteLiteAccount reference}
 */
export interface AccountsDeleteLiteAccountResponse {}

/**
 * Params of `accounts.deleteNativeScreenSet`: Deletes a native screen-set (the hosted screens of mobile apps).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/baaff4ff759d42f48464341ae167dd98.html | accounts.deleteNativeScreenSet reference}
 */
export interface AccountsDeleteNativeScreenSetParams extends CommonParams {
  /** ID of the native screen-set. */
  screenSetID: string;
}

/**
 * What `accounts.deleteNativeScreenSet` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/baaff4ff759d42f48464341ae167dd98.html | accounts.deleteNativeScreenSet reference}
 */
export interface AccountsDeleteNativeScreenSetResponse {}

/**
 * Params of `accounts.deleteSchemaFields`: Deletes custom data fields from the site schema. Their data can no longer be read or written, and their names cannot be used again.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4133c8e670b21014bbc5a10ce4041860.html | accounts.deleteSchemaFields reference}
 */
export interface AccountsDeleteSchemaFieldsParams extends CommonParams {
  /** Paths of the data fields to delete. */
  dataSchema: readonly string[];
}

/**
 * What `accounts.deleteSchemaFields` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4133c8e670b21014bbc5a10ce4041860.html | accounts.deleteSchemaFields reference}
 */
export interface AccountsDeleteSchemaFieldsResponse {}

/**
 * Params of `accounts.deleteScreenSet`: Deletes a hosted screen-set.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4133dbe070b21014bbc5a10ce4041860.html | accounts.deleteScreenSet reference}
 */
export interface AccountsDeleteScreenSetParams extends CommonParams {
  /** ID of the screen-set; not a default screen-set and not one a policy uses. */
  screenSetID: string;
}

/**
 * What `accounts.deleteScreenSet` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4133dbe070b21014bbc5a10ce4041860.html | accounts.deleteScreenSet reference}
 */
export interface AccountsDeleteScreenSetResponse {}

/**
 * Params of `accounts.devices.register`: Registers the logged-in user's device for a passwordless flow such as push authentication.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4133eee870b21014bbc5a10ce4041860.html | accounts.devices.register reference}
 */
export interface AccountsDevicesRegisterParams extends CommonParams {
  /** The device to register. */
  deviceInfo: AccountsDeviceInfo;
}

/**
 * What `accounts.devices.register` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4133eee870b21014bbc5a10ce4041860.html | accounts.devices.register reference}
 */
export interface AccountsDevicesRegisterResponse {}

/**
 * Params of `accounts.devices.unregister`: Removes the logged-in user's current device from passwordless flows such as push authentication.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4134062c70b21014bbc5a10ce4041860.html | accounts.devices.unregister reference}
 */
export interface AccountsDevicesUnregisterParams extends CommonParams {}

/**
 * What `accounts.devices.unregister` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4134062c70b21014bbc5a10ce4041860.html | accounts.devices.unregister reference}
 */
export interface AccountsDevicesUnregisterResponse {}

/**
 * Params of `accounts.devices.update`: Updates the details of the logged-in user's registered device, typically after its push token changed.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4134192b70b21014bbc5a10ce4041860.html | accounts.devices.update reference}
 */
export interface AccountsDevicesUpdateParams extends CommonParams {
  /** The device's current details. */
  deviceInfo: AccountsDeviceInfo;
}

/**
 * What `accounts.devices.update` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4134192b70b21014bbc5a10ce4041860.html | accounts.devices.update reference}
 */
export interface AccountsDevicesUpdateResponse {}

/**
 * Params of `accounts.duplicateLegalStatement`: Returns a partial copy of a legal statement (custom data and its versions or dates) to start a new version from.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/d3eed592164c4b5f9ae2e8f8a8f14214.html | accounts.duplicateLegalStatement reference}
 */
export interface AccountsDuplicateLegalStatementParams extends CommonParams {
  /** ID of the consent statement. */
  consentId: string;
  /** Language of the legal text. */
  lang: string;
}

/**
 * What `accounts.duplicateLegalStatement` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/d3eed592164c4b5f9ae2e8f8a8f14214.html | accounts.duplicateLegalStatement reference}
 */
export interface AccountsDuplicateLegalStatementResponse {
  /** The copy (custom data, versions and dates), ready to pass to a call that saves a new version. */
  legalStatements?: AccountsLegalStatement;
}

/**
 * Params of `accounts.emailAccount.changeEmail`: Gives an email account the address of an existing full account.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/78e703f2aee64dc99e883378cea0a148.html | accounts.emailAccount.changeEmail reference}
 */
export interface AccountsEmailAccountChangeEmailParams extends CommonParams {
  /** UID of the email account. */
  UID: string;
  /** The email the email account has now. */
  oldEmail: string;
  /** The email it should have. */
  newEmail: string;
  /** The email (channel) token of the email account, used instead of its address. */
  emailToken: string;
  /**
   * true to carry the change out; false only reports what would change.
   * @defaultValue `false` (Gigya's default when omitted)
   */
  fixEnabled?: boolean | undefined;
  /** ID of the sync job, to trace all its requests together. */
  jobId?: string | undefined;
}

/**
 * What `accounts.emailAccount.changeEmail` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/78e703f2aee64dc99e883378cea0a148.html | accounts.emailAccount.changeEmail reference}
 */
export interface AccountsEmailAccountChangeEmailResponse {
  /** The email before the sync. */
  oldEmail?: string;
  /** The email after the sync. */
  newEmail?: string;
}

/**
 * Params of `accounts.emailAccount.syncMultipleAccounts`: Syncs an email account with the full accounts that share its email or UID: it takes the UID of the matching full account (preferring registered, then most recently updated ones), or the email of the full account with its UID, and otherwise deletes a non-lite email account.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/486489efe27c46deab810c0f15e81afb.html | accounts.emailAccount.syncMultipleAccounts reference}
 */
export interface AccountsEmailAccountSyncMultipleAccountsParams extends CommonParams {
  /** UID of the email account to sync. */
  UID: string;
  /** The email of the email account. */
  email: string;
  /** The email (channel) token of the email account. */
  emailToken: string;
  /**
   * true to carry the sync out; false only reports what would change.
   * @defaultValue `false` (Gigya's default when omitted)
   */
  fixEnabled?: boolean | undefined;
  /** ID of the sync job, to trace all its requests together. */
  jobId?: string | undefined;
}

/**
 * What `accounts.emailAccount.syncMultipleAccounts` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/486489efe27c46deab810c0f15e81afb.html | accounts.emailAccount.syncMultipleAccounts reference}
 */
export interface AccountsEmailAccountSyncMultipleAccountsResponse {
  /** UID of the email account before the sync (may equal the new one). */
  uid?: string;
  /** Email of the email account before the sync (may equal the new one). */
  email?: string;
}

/**
 * Params of `accounts.emailAccount.syncUid`: Gives an email account the UID of the existing full account that has the same address.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/a5585b0870144adfb1f043726fc6dc98.html | accounts.emailAccount.syncUid reference}
 */
export interface AccountsEmailAccountSyncUidParams extends CommonParams {
  /** UID of the full account; the email account takes it. */
  UID: string;
  /** The UID the email account has now. */
  oldUid: string;
  /** The email shared by the full account and the email account. */
  email: string;
  /** The email (channel) token of the email account. */
  emailToken: string;
  /**
   * true to carry the change out; false only reports what would change.
   * @defaultValue `false` (Gigya's default when omitted)
   */
  fixEnabled?: boolean | undefined;
  /** ID of the sync job, to trace all its requests together. */
  jobId?: string | undefined;
}

/**
 * What `accounts.emailAccount.syncUid` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/a5585b0870144adfb1f043726fc6dc98.html | accounts.emailAccount.syncUid reference}
 */
export interface AccountsEmailAccountSyncUidResponse {
  /** The new UID of the email account (the full account's UID). */
  accountUid?: string;
  /** UID of the email account before the sync (may equal the new one). */
  emailAccountUid?: string;
  /** Email of the email account before the sync. */
  email?: string;
  /** Whether the account is a lite account. */
  isLiteAccount?: boolean;
}

/**
 * Params of `accounts.exchangeUIDSignature`: Re-signs a UID signature received from a client-side login with the secret of the calling user or application key, so a party without the site secret can check it.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41342c3970b21014bbc5a10ce4041860.html | accounts.exchangeUIDSignature reference}
 */
export interface AccountsExchangeUIDSignatureParams extends CommonParams {
  /** UID of the logged-in user, as received with the signature. */
  UID: string;
  /** Signature received from the client-side login. */
  UIDSignature: string;
  /** Timestamp received with that signature (Unix seconds, as text); at most 60 seconds old. */
  signatureTimestamp: string;
}

/**
 * What `accounts.exchangeUIDSignature` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41342c3970b21014bbc5a10ce4041860.html | accounts.exchangeUIDSignature reference}
 */
export interface AccountsExchangeUIDSignatureResponse {
  /** The UID that was passed in. */
  UID?: string;
  /** New signature, made with the secret of the key used for this call. */
  UIDSignature?: string;
  /** Server time used for the new signature (Unix seconds, as text). */
  signatureTimestamp?: string;
}

/** Fields the answer of `accounts.exchangeUIDSignature` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsExchangeUIDSignatureErrorFields {
  /** InvalidParameterValue: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400006: {};
}

/**
 * Params of `accounts.extensions.create`: Creates an empty, disabled extension for an extension point that has none; fill it in and enable it with extensions.modify.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41343f7b70b21014bbc5a10ce4041860.html | accounts.extensions.create reference}
 */
export interface AccountsExtensionsCreateParams extends CommonParams {
  /** The endpoint holding the extension's code. */
  extensionFuncUrl: string;
  /** The extension's display name. */
  friendlyName: string;
  /** The flow step to run at; one extension per point. */
  extensionPoint: 'OnBeforeAccountsLogin' | 'OnBeforeAccountsRegister' | 'OnBeforeSetAccountInfo' | 'OnBeforeSocialLogin' | 'OnPasswordComplexityCheck' | (string & {});
}

/**
 * What `accounts.extensions.create` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41343f7b70b21014bbc5a10ce4041860.html | accounts.extensions.create reference}
 */
export interface AccountsExtensionsCreateResponse {
  /** The new extension. */
  result?: AccountsExtensionConfig;
}

/**
 * Params of `accounts.extensions.delete`: Deletes an extension; on a child site it instead reverts the extension to the parent site's, which it then inherits.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4134526e70b21014bbc5a10ce4041860.html | accounts.extensions.delete reference}
 */
export interface AccountsExtensionsDeleteParams extends CommonParams {
  /** ID of the extension, from extensions.list. */
  extensionId: string;
}

/**
 * What `accounts.extensions.delete` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4134526e70b21014bbc5a10ce4041860.html | accounts.extensions.delete reference}
 */
export interface AccountsExtensionsDeleteResponse {}

/**
 * Params of `accounts.extensions.get`: Returns one extension by its ID.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4134656770b21014bbc5a10ce4041860.html | accounts.extensions.get reference}
 */
export interface AccountsExtensionsGetParams extends CommonParams {
  /** ID of the extension, from extensions.list. */
  extensionId: string;
}

/**
 * What `accounts.extensions.get` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4134656770b21014bbc5a10ce4041860.html | accounts.extensions.get reference}
 */
export interface AccountsExtensionsGetResponse {
  /** The extension. */
  result?: AccountsExtensionConfig;
}

/**
 * Params of `accounts.extensions.list`: Lists the site's extensions.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4134785270b21014bbc5a10ce4041860.html | accounts.extensions.list reference}
 */
export interface AccountsExtensionsListParams extends CommonParams {}

/**
 * What `accounts.extensions.list` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4134785270b21014bbc5a10ce4041860.html | accounts.extensions.list reference}
 */
export interface AccountsExtensionsListResponse {
  /** The extensions. */
  result?: AccountsExtensionConfig[];
}

/**
 * Params of `accounts.extensions.modify`: Changes an extension; settings left out stay as they are.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41348b7a70b21014bbc5a10ce4041860.html | accounts.extensions.modify reference}
 */
export interface AccountsExtensionsModifyParams extends CommonParams {
  /** ID of the extension, from extensions.list. */
  extensionId: string;
  /** Whether Gigya calls the extension. */
  enabled?: boolean | undefined;
  /** The endpoint holding the extension's code. Set on a child site, it stops following later changes on the parent. */
  extensionFuncUrl?: string | undefined;
  /** The extension's display name. */
  friendlyName?: string | undefined;
  /** The flow step to run at. */
  extensionPoint?: 'OnBeforeAccountsLogin' | 'OnBeforeAccountsRegister' | 'OnBeforeSetAccountInfo' | 'OnBeforeSocialLogin' | 'OnPasswordComplexityCheck' | (string & {}) | undefined;
  /**
   * How long Gigya waits for the extension, 10 to 5000 milliseconds.
   * @defaultValue `1000` (Gigya's default when omitted)
   */
  timeout?: number | undefined;
  /**
   * What happens when the extension fails technically, ignore the error or fail the flow.
   * @defaultValue `IgnoreAllErrors` (Gigya's default when omitted)
   */
  fallback?: 'FailOnAnyError' | 'IgnoreAllErrors' | (string & {}) | undefined;
  /**
   * What the extension does.
   *
   * Source: {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | Called this way by SAP's own Customer Data Cloud toolkit}.
   */
  description?: string | undefined;
  /**
   * Custom HTTP headers to send with each call to the extension.
   *
   * Source: {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | Called this way by SAP's own Customer Data Cloud toolkit}.
   */
  headers?: readonly AccountsExtensionHeader[] | undefined;
  /**
   * Kind of integration, e.g. Generic.
   *
   * Source: {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | Called this way by SAP's own Customer Data Cloud toolkit}.
   */
  integration?: string | undefined;
}

/**
 * What `accounts.extensions.modify` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41348b7a70b21014bbc5a10ce4041860.html | accounts.extensions.modify reference}
 */
export interface AccountsExtensionsModifyResponse {}

/**
 * Params of `accounts.finalizeRegistration`: Completes a registration that register, login or a social login left pending, and logs the user in.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/228cd8bc68dc477094b3e0e9fe108e23.html | accounts.finalizeRegistration reference}
 */
export interface AccountsFinalizeRegistrationParams extends CommonParams {
  /**
   * Accept a regToken that came from an account-linking flow.
   * @defaultValue `false` (Gigya's default when omitted)
   */
  allowAccountsLinking?: boolean | undefined;
  /**
   * Parts of the account to return besides the session.
   * @defaultValue `profile,data` (Gigya's default when omitted)
   */
  include?: 'identities-active' | 'identities-all' | 'loginIDs' | 'emails' | 'profile' | 'data' | 'irank' | 'subscriptions' | 'rba' | (string & {}) | readonly ('identities-active' | 'identities-all' | 'loginIDs' | 'emails' | 'profile' | 'data' | 'irank' | 'subscriptions' | 'rba' | (string & {}))[] | undefined;
  /** Token of the pending registration, from initRegistration, register or login (the newest one the flow returned); valid for an hour. */
  regToken: string;
  /**
   * Which session data to return: cookie fields (browser) or sessionToken and sessionSecret (mobile).
   * @defaultValue `browser` (Gigya's default when omitted)
   */
  targetEnv?: 'browser' | 'mobile' | (string & {}) | undefined;
}

/**
 * What `accounts.finalizeRegistration` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The call resolves to {@link AccountsFinalizeRegistrationResult}, which adds its flow states.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/228cd8bc68dc477094b3e0e9fe108e23.html | accounts.finalizeRegistration reference}
 */
export interface AccountsFinalizeRegistrationResponse<S extends SiteSchema = SiteSchema> extends AccountsAccount<S> {
  /** Whether this call created a new user. */
  newUser?: boolean;
  /** A new token when the registration is still pending (a required field is missing); pass it to the next step. */
  regToken?: string;
  /** The session opened for the user; its fields depend on targetEnv. */
  sessionInfo?: AccountsSessionInfo;
  /** Addresses still to verify, when the flow stops pending verification. */
  unverifiedEmails?: string[];
}

/** What `accounts.finalizeRegistration` resolves to besides the envelope: a success, or a state its flow stopped in, told apart by `errorCode`. */
export type AccountsFinalizeRegistrationResult<S extends SiteSchema = SiteSchema> =
  | (AccountsFinalizeRegistrationResponse<S> & { readonly errorCode: Exclude<ResultCode, 206001 | 206002> })
  | (AccountsFinalizeRegistrationResponse<S> & {
    /** AccountPendingRegistration: the flow stopped here and continues with the fields below. */
    readonly errorCode: 206001;
    /** The token of the pending registration (valid for about an hour): complete the account with it, then call accounts.finalizeRegistration. */
    readonly regToken: string;
  })
  | (AccountsFinalizeRegistrationResponse<S> & {
    /** AccountPendingVerification: the flow stopped here and continues with the fields below. */
    readonly errorCode: 206002;
    /** The token of the login waiting for email verification (valid for about an hour). */
    readonly regToken: string;
    /** Addresses still to verify, when the flow stops pending verification. */
    readonly unverifiedEmails?: string[];
  });

/**
 * Params of `accounts.getAccountInfo`: Reads an account (profile and custom data by default, other parts on request), by UID, by the regToken of an unfinished registration, or by a login identifier.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/cab69a86edae49e2be93fd51b78fc35b.html | accounts.getAccountInfo reference}
 */
export interface AccountsGetAccountInfoParams extends CommonParams {
  /** The account to read. Give UID, regToken or findBy; with an OAuth2 access token the UID may be implicit. */
  UID?: string | undefined;
  /** Extra social profile fields to add to profile. */
  extraProfileFields?: 'languages' | 'address' | 'phones' | 'education' | 'educationLevel' | 'honors' | 'publications' | 'patents' | 'certifications' | 'professionalHeadline' | 'bio' | 'industry' | 'specialties' | 'work' | 'skills' | 'religion' | 'politicalView' | 'interestedIn' | 'relationshipStatus' | 'hometown' | 'favorites' | 'followersCount' | 'followingCount' | 'username' | 'name' | 'locale' | 'verified' | 'timezone' | 'likes' | 'samlData' | (string & {}) | readonly ('languages' | 'address' | 'phones' | 'education' | 'educationLevel' | 'honors' | 'publications' | 'patents' | 'certifications' | 'professionalHeadline' | 'bio' | 'industry' | 'specialties' | 'work' | 'skills' | 'religion' | 'politicalView' | 'interestedIn' | 'relationshipStatus' | 'hometown' | 'favorites' | 'followersCount' | 'followingCount' | 'username' | 'name' | 'locale' | 'verified' | 'timezone' | 'likes' | 'samlData' | (string & {}))[] | undefined;
  /**
   * Finds the account by one identifier instead of UID: {"_email": …}, {"_username": …}, {"_phoneNumber": …}, {"_uid": …} or a custom identifier name. Keys are case-sensitive; _uid wins when several are given.
   *
   * Source: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}.
   */
  findBy?: Record<string, string> | undefined;
  /**
   * Parts of the account to return, without spaces. Name profile and data too when you give it and still want them.
   * @defaultValue `profile,data` (Gigya's default when omitted)
   */
  include?: 'identities-active' | 'identities-all' | 'identities-global' | 'loginIDs' | 'emails' | 'profile' | 'data' | 'memberships' | 'password' | 'isLockedOut' | 'lastLoginLocation' | 'regSource' | 'irank' | 'rba' | 'subscriptions' | 'userInfo' | 'preferences' | 'groups' | 'internal' | 'customIdentifiers' | (string & {}) | readonly ('identities-active' | 'identities-all' | 'identities-global' | 'loginIDs' | 'emails' | 'profile' | 'data' | 'memberships' | 'password' | 'isLockedOut' | 'lastLoginLocation' | 'regSource' | 'irank' | 'rba' | 'subscriptions' | 'userInfo' | 'preferences' | 'groups' | 'internal' | 'customIdentifiers' | (string & {}))[] | undefined;
  /** Communication channel and topic pairs to return with their opt-in details, or all. */
  includeCommunications?: 'all' | (string & {}) | readonly ('all' | (string & {}))[] | undefined;
  /** Token of an unfinished registration (from initRegistration, register or login), to read that account; valid for an hour. */
  regToken?: string | undefined;
}

/**
 * What `accounts.getAccountInfo` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/cab69a86edae49e2be93fd51b78fc35b.html | accounts.getAccountInfo reference}
 */
export interface AccountsGetAccountInfoResponse<S extends SiteSchema = SiteSchema> extends AccountsAccount<S> {}

/**
 * Params of `accounts.getConflictingAccount`: For an unfinished registration that collides with an existing account (same email), tells which account that is and how it logs in, so the user can link the two.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4134d7df70b21014bbc5a10ce4041860.html | accounts.getConflictingAccount reference}
 */
export interface AccountsGetConflictingAccountParams extends CommonParams {
  /** Token of the registration in conflict, from login, register or initRegistration; valid for an hour. */
  regToken: string;
}

/**
 * What `accounts.getConflictingAccount` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4134d7df70b21014bbc5a10ce4041860.html | accounts.getConflictingAccount reference}
 */
export interface AccountsGetConflictingAccountResponse {
  /** The existing account's login providers and login ID; null when there is no conflict. */
  conflictingAccount?: AccountsConflictingAccount;
}

/**
 * Params of `accounts.getConsentsStatements`: Returns every consent statement defined for the site.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/660b99419e294030968610cbb27f42bf.html | accounts.getConsentsStatements reference}
 */
export interface AccountsGetConsentsStatementsParams extends CommonParams {}

/**
 * What `accounts.getConsentsStatements` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @remarks Only part of this method is confirmed by stored sources; fields marked as recalled are unverified.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/660b99419e294030968610cbb27f42bf.html | accounts.getConsentsStatements reference}
 */
export interface AccountsGetConsentsStatementsResponse {
  /** Consent statement definitions keyed by statement ID (e.g. terms.tos), with flags such as isActive and isMandatory. */
  preferences?: Record<string, Record<string, unknown>>;
}

/**
 * Params of `accounts.getCounters`: Reads the activity counters (Signals) of a user.
 * @see {@link http://developers.gigya.com/display/GD/accounts.getCounters+REST | accounts.getCounters reference}
 */
export interface AccountsGetCountersParams extends CommonParams {
  /** The user. Give UID or regToken. */
  UID?: string | undefined;
  /** Counters to read, each by class, path and period. */
  counters: readonly AccountsCounter[];
  /** Token of an unfinished registration, instead of UID. */
  regToken?: string | undefined;
}

/**
 * What `accounts.getCounters` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @remarks Only part of this method is confirmed by stored sources; fields marked as recalled are unverified.
 * @see {@link http://developers.gigya.com/display/GD/accounts.getCounters+REST | accounts.getCounters reference}
 */
export interface AccountsGetCountersResponse {
  /** The counters with their count and value. */
  counters?: AccountsCounter[];
}

/**
 * Params of `accounts.getJWT`: Issues a signed JWT (id_token, RS256) for a user of the site, optionally carrying profile and data fields, for a service that trusts Gigya's keys.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41353af770b21014bbc5a10ce4041860.html | accounts.getJWT reference}
 */
export interface AccountsGetJWTParams extends CommonParams {
  /** Value of the aud claim, telling receivers which services the token is for. */
  audience?: string | undefined;
  /**
   * Lifetime of the token in seconds.
   * @defaultValue `300` (Gigya's default when omitted)
   */
  expiration?: number | undefined;
  /** Profile and data fields of the user to put in the token; profile fields may omit the profile. prefix (firstName for profile.firstName). */
  fields?: string | readonly string[] | undefined;
  /** The user the token is about; must be a user of the site of the API key. */
  targetUID: string;
}

/**
 * What `accounts.getJWT` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41353af770b21014bbc5a10ce4041860.html | accounts.getJWT reference}
 */
export interface AccountsGetJWTResponse {
  /** The JWT. Check it with the key of accounts.getJWTPublicKey (kid header). */
  id_token?: string;
  /** Comma-separated requested fields that the site does not have, left out of the token. */
  ignoredFields?: string;
}

/**
 * Params of `accounts.getJWTPublicKey`: Returns the public key that verifies the JWTs Gigya issues for the site (getJWT, login id_token), as a JSON Web Key or a key set.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41354df770b21014bbc5a10ce4041860.html | accounts.getJWTPublicKey reference}
 */
export interface AccountsGetJWTPublicKeyParams extends CommonParams {
  /** When true, the keys come as a keys array (JWKS style) rather than as one key at the top level. */
  V2?: boolean | undefined;
}

/**
 * What `accounts.getJWTPublicKey` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41354df770b21014bbc5a10ce4041860.html | accounts.getJWTPublicKey reference}
 */
export interface AccountsGetJWTPublicKeyResponse extends AccountsJsonWebKey {
  /** With V2: the public keys; pick the one whose kid matches the token's. */
  keys?: AccountsJsonWebKey[];
}

/**
 * Params of `accounts.getLegalStatements`: Returns the legal text of a consent statement in one language, with its versions, purpose, document links and custom data.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/ff175775723c4fd0ba4b7be295f6c92f.html | accounts.getLegalStatements reference}
 */
export interface AccountsGetLegalStatementsParams extends CommonParams {
  /** ID of the consent statement. */
  consentId: string;
  /** Language of the legal text. */
  lang: string;
}

/**
 * What `accounts.getLegalStatements` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/ff175775723c4fd0ba4b7be295f6c92f.html | accounts.getLegalStatements reference}
 */
export interface AccountsGetLegalStatementsResponse {
  /** The legal text for that language. */
  legalStatements?: AccountsLegalStatement;
}

/**
 * Params of `accounts.getLiteToken`: Returns a token for a lite account (email only) that accounts.setAccountInfo and getAccountInfo accept to act on it.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413560f270b21014bbc5a10ce4041860.html | accounts.getLiteToken reference}
 */
export interface AccountsGetLiteTokenParams extends CommonParams {
  /** Email address of the lite account. Give email or emailToken, not both. */
  email?: string | undefined;
  /** Token of the lite account's email. Give email or emailToken, not both. */
  emailToken?: string | undefined;
  /**
   * Seconds the resulting session lasts.
   * @defaultValue `3600` (Gigya's default when omitted)
   */
  sessionExpiration?: number | undefined;
}

/**
 * What `accounts.getLiteToken` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413560f270b21014bbc5a10ce4041860.html | accounts.getLiteToken reference}
 */
export interface AccountsGetLiteTokenResponse {
  /** The token, passed as regToken to act on the lite account. */
  token?: string;
}

/**
 * Params of `accounts.getNativeScreenSet`: Returns one native screen-set (screens of mobile apps hosted by Gigya), optionally only some of its parts or in one language.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4135743670b21014bbc5a10ce4041860.html | accounts.getNativeScreenSet reference}
 */
export interface AccountsGetNativeScreenSetParams extends CommonParams {
  /** Top-level parts to return; all of them by default. */
  include?: 'screenSetId' | 'routing' | 'screens' | 'theme' | 'customThemes' | 'events' | 'i18n' | (string & {}) | readonly ('screenSetId' | 'routing' | 'screens' | 'theme' | 'customThemes' | 'events' | 'i18n' | (string & {}))[] | undefined;
  /** Language of the texts to return; the default localization when not given. */
  lang?: string | undefined;
  /** ID of the native screen-set. */
  screenSetID: string;
}

/**
 * What `accounts.getNativeScreenSet` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4135743670b21014bbc5a10ce4041860.html | accounts.getNativeScreenSet reference}
 */
export interface AccountsGetNativeScreenSetResponse {
  /** Description of the screen-set (the reference spells it with a capital D). */
  Description?: string;
  /** Comment of this version. */
  comment?: string;
  /** The screen-set with the parts include asked for. */
  screenSet?: Record<string, unknown>;
  /** ID of the screen-set. */
  screenSetId?: string;
  /** Version number. */
  version?: number;
}

/**
 * Params of `accounts.getNativeScreenSets`: Lists the site's native screen-sets with their version metadata.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/908f6738288644d599d682b11e5eca55.html | accounts.getNativeScreenSets reference}
 */
export interface AccountsGetNativeScreenSetsParams extends CommonParams {}

/**
 * What `accounts.getNativeScreenSets` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/908f6738288644d599d682b11e5eca55.html | accounts.getNativeScreenSets reference}
 */
export interface AccountsGetNativeScreenSetsResponse {
  /** One entry per native screen-set. */
  screenSets?: AccountsNativeScreenSetInfo[];
}

/**
 * Params of `accounts.getPolicies`: Returns the site's account policies (registration, login identifiers, email verification, password rules, security, two-factor, …), all sections or the ones named.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41359a2970b21014bbc5a10ce4041860.html | accounts.getPolicies reference}
 */
export interface AccountsGetPoliciesParams extends CommonParams {
  /**
   * full: the effective policy, with Gigya's defaults and what a member site inherits from its group; explicitOnly: only what the site set itself.
   * @defaultValue `full` (Gigya's default when omitted)
   */
  include?: 'full' | 'explicitOnly' | (string & {}) | undefined;
  /** Sections to return; all by default. */
  sections?: 'registration' | 'gigyaPlugins' | 'accountOptions' | 'passwordComplexity' | 'emailVerification' | 'emailNotifications' | 'passwordReset' | 'profilePhoto' | 'security' | 'twoFactorAuth' | 'federation' | 'doubleOptIn' | 'authentication' | 'preferencesCenter' | (string & {}) | readonly ('registration' | 'gigyaPlugins' | 'accountOptions' | 'passwordComplexity' | 'emailVerification' | 'emailNotifications' | 'passwordReset' | 'profilePhoto' | 'security' | 'twoFactorAuth' | 'federation' | 'doubleOptIn' | 'authentication' | 'preferencesCenter' | (string & {}))[] | undefined;
}

/**
 * What `accounts.getPolicies` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41359a2970b21014bbc5a10ce4041860.html | accounts.getPolicies reference}
 */
export interface AccountsGetPoliciesResponse extends AccountsPolicies {
  /**
   * Risk-based authentication settings, returned with the other sections.
   *
   * Source: {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | Called this way by SAP's own Customer Data Cloud toolkit}.
   */
  rba?: Record<string, unknown>;
}

/**
 * Params of `accounts.getRegisteredCounters`: Lists the custom counters registered for the site with accounts.registerCounters.
 * @see {@link http://developers.gigya.com/display/GD/accounts.getRegisteredCounters+REST | accounts.getRegisteredCounters reference}
 */
export interface AccountsGetRegisteredCountersParams extends CommonParams {}

/**
 * What `accounts.getRegisteredCounters` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @remarks Only part of this method is confirmed by stored sources; fields marked as recalled are unverified.
 * @see {@link http://developers.gigya.com/display/GD/accounts.getRegisteredCounters+REST | accounts.getRegisteredCounters reference}
 */
export interface AccountsGetRegisteredCountersResponse {
  /** The registered counters. */
  counters?: AccountsCounter[];
}

/**
 * Params of `accounts.getSchema`: Returns the site schema (profile, data, subscriptions, preferences, internal and addresses parts) with the properties of each field.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4135e80970b21014bbc5a10ce4041860.html | accounts.getSchema reference}
 */
export interface AccountsGetSchemaParams extends CommonParams {
  /**
   * full: the whole schema, with implicit and dynamic fields; explicitOnly: only what setSchema defined; clientOnly: only fields clients may access.
   * @defaultValue `full` (Gigya's default when omitted)
   */
  filter?: 'full' | 'explicitOnly' | 'clientOnly' | (string & {}) | undefined;
  /** Parts of the schema to return. */
  include?: 'profileSchema' | 'dataSchema' | 'subscriptionsSchema' | 'preferencesSchema' | 'internalSchema' | 'addressesSchema' | (string & {}) | readonly ('profileSchema' | 'dataSchema' | 'subscriptionsSchema' | 'preferencesSchema' | 'internalSchema' | 'addressesSchema' | (string & {}))[] | undefined;
  /**
   * For a member of a site group: the merged schema (effective), the group's, or the site's own overrides.
   * @defaultValue `effective` (Gigya's default when omitted)
   */
  scope?: 'effective' | 'group' | 'site' | (string & {}) | undefined;
}

/**
 * What `accounts.getSchema` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4135e80970b21014bbc5a10ce4041860.html | accounts.getSchema reference}
 */
export interface AccountsGetSchemaResponse {
  /** Schema of the addresses part. */
  addressesSchema?: AccountsSchema;
  /** Schema of the custom data (data). */
  dataSchema?: AccountsSchema;
  /** Schema of the server-only internal data. */
  internalSchema?: AccountsSchema;
  /**
   * The consent statements (preferences) and their versions.
   *
   * Source: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
   */
  preferencesSchema?: AccountsSchema;
  /** Schema of the profile. */
  profileSchema?: AccountsSchema;
  /** The email subscriptions. */
  subscriptionsSchema?: AccountsSchema;
}

/**
 * Params of `accounts.getScreenSetVersions`: Lists the saved versions of a screen-set.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | accounts reference} (no page of its own)
 */
export interface AccountsGetScreenSetVersionsParams extends CommonParams {
  /** How many versions to return. */
  count?: number | undefined;
  /** ID of the screen-set. */
  screenSetID: string;
  /** Version to start the list from. */
  startVersion?: number | undefined;
}

/**
 * What `accounts.getScreenSetVersions` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @remarks Only part of this method is confirmed by stored sources; fields marked as recalled are unverified.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | accounts reference} (no page of its own)
 */
export interface AccountsGetScreenSetVersionsResponse {
  /** The versions. */
  screenSetVersions?: AccountsScreenSetVersion[];
}

/**
 * Params of `accounts.getScreenSets`: Returns hosted screen-sets (markup, style, translations and hooks), all of the site's or the ones named.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41360e5770b21014bbc5a10ce4041860.html | accounts.getScreenSets reference}
 */
export interface AccountsGetScreenSetsParams extends CommonParams {
  /** Fields of each screen-set to return. */
  include?: 'screenSetID' | 'html' | 'css' | 'javascript' | 'translations' | 'metadata' | (string & {}) | readonly ('screenSetID' | 'html' | 'css' | 'javascript' | 'translations' | 'metadata' | (string & {}))[] | undefined;
  /** Language whose translations to return. */
  lang?: string | undefined;
  /** Screen-sets to return; all by default. */
  screenSetIDs?: string | readonly string[] | undefined;
  /**
   * Saved version to return (see getScreenSetVersions).
   *
   * Source: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}.
   */
  version?: number | undefined;
}

/**
 * What `accounts.getScreenSets` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41360e5770b21014bbc5a10ce4041860.html | accounts.getScreenSets reference}
 */
export interface AccountsGetScreenSetsResponse {
  /** The screen-sets with the fields include asked for. */
  screenSets?: AccountsScreenSet[];
}

/**
 * Params of `accounts.getSiteConsentDetails`: Returns every consent statement in effect for the site or site group, with its full details.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/13d09b52ca21463580b418599b46de64.html | accounts.getSiteConsentDetails reference}
 */
export interface AccountsGetSiteConsentDetailsParams extends CommonParams {}

/**
 * What `accounts.getSiteConsentDetails` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @remarks Only part of this method is confirmed by stored sources; fields marked as recalled are unverified.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/13d09b52ca21463580b418599b46de64.html | accounts.getSiteConsentDetails reference}
 */
export interface AccountsGetSiteConsentDetailsResponse {
  /** The consent statements in effect, keyed by statement ID. */
  siteConsentDetails?: Record<string, Record<string, unknown>>;
}

/**
 * Params of `accounts.global.changeAccountResidency`: Moves a registered user's account to another data center of a Global Access site group.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4136217170b21014bbc5a10ce4041860.html | accounts.global.changeAccountResidency reference}
 */
export interface AccountsGlobalChangeAccountResidencyParams extends CommonParams {
  /** The user whose account moves. */
  UID: string;
  /** A JWT naming the data center the account moves to. */
  transferRequest: string;
}

/**
 * What `accounts.global.changeAccountResidency` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4136217170b21014bbc5a10ce4041860.html | accounts.global.changeAccountResidency reference}
 */
export interface AccountsGlobalChangeAccountResidencyResponse {}

/**
 * Params of `accounts.identifiers.createToken`: Creates an aToken, a signed JWT standing for one identifier of a user, for flows with custom identifiers such as phone and password login.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/bd88023234a143ce8a7a8104b79eab18.html | accounts.identifiers.createToken reference}
 */
export interface AccountsIdentifiersCreateTokenParams extends CommonParams {
  /** Kind of identifier. */
  identifierType: 'email' | 'phone' | 'username' | (string & {});
  /** The identifier itself, e.g. the email address; a phone number starts with +. */
  identifier: string;
}

/**
 * What `accounts.identifiers.createToken` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/bd88023234a143ce8a7a8104b79eab18.html | accounts.identifiers.createToken reference}
 */
export interface AccountsIdentifiersCreateTokenResponse {
  /**
   * The JWT standing for the identifier; pass it to accounts.auth.getMethods or a login.
   *
   * Source: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   */
  aToken: string;
}

/**
 * Params of `accounts.identifiers.find`: Finds an account's UID and its other identifiers from any one identifier, including accounts too new to show up in accounts.search yet.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/c50ab43072964e3ba6ab422436d000bd.html | accounts.identifiers.find reference}
 */
export interface AccountsIdentifiersFindParams extends CommonParams {
  /** Kind of identifier that id holds. */
  identifierSchema?: 'gigya.com/identifiers/UID' | 'gigya.com/identifiers/email' | 'gigya.com/identifiers/phone' | 'gigya.com/identifiers/username' | (string & {}) | readonly ('gigya.com/identifiers/UID' | 'gigya.com/identifiers/email' | 'gigya.com/identifiers/phone' | 'gigya.com/identifiers/username' | (string & {}))[] | undefined;
  /** The identifier to look up. */
  id: string;
}

/**
 * What `accounts.identifiers.find` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/c50ab43072964e3ba6ab422436d000bd.html | accounts.identifiers.find reference}
 */
export interface AccountsIdentifiersFindResponse {
  /** The account's identifiers by kind, keyed gigya.com/identifiers/UID, …/email, …/username and …/phone. */
  identifiers?: Record<string, string[]>;
}

/**
 * Params of `accounts.importAccount`: Imports one account (profile, data and a password hash given as separate params) into the accounts storage.
 * @deprecated Use importFullAccount.
 * @see {@link http://developers.gigya.com/display/GD/accounts.importAccount+REST | accounts.importAccount reference}
 */
export interface AccountsImportAccountParams<S extends SiteSchema = SiteSchema> extends CommonParams {
  /** ID the imported user gets. */
  UID: string;
  /** The password hash with its algorithm and settings packed in one string (e.g. Modular Crypt Format). */
  compoundHashedPassword?: string | undefined;
  /** When the account was created (ISO 8601). */
  created?: string | undefined;
  /** The site's custom data for the account. */
  data?: SiteData<SiteWrite<S>> | undefined;
  /** Email address of the account. */
  email?: string | undefined;
  /** Whether the imported account counts as fully registered. */
  finalizeRegistration?: boolean | undefined;
  /** The password hash, Base64-encoded. */
  hashedPassword?: string | undefined;
  /** Whether the account is enabled. */
  isActive?: boolean | undefined;
  /** Language of the user. */
  lang?: string | undefined;
  /** Time of the last login (ISO 8601). */
  lastLogin?: string | undefined;
  /** Time of the last change (ISO 8601). */
  lastUpdated?: string | undefined;
  /** The user's profile. */
  profile?: AccountsProfile | undefined;
  /** Algorithm of hashedPassword (as in HashSettings.algorithm). */
  pwHashAlgorithm?: string | undefined;
  /** Byte-level template of the hash input (as in HashSettings.binaryFormat). */
  pwHashBinaryFormat?: string | undefined;
  /** Template combining password and salt (as in HashSettings.format). */
  pwHashFormat?: string | undefined;
  /** Hashing iterations. */
  pwHashRounds?: number | undefined;
  /** The salt. */
  pwHashSalt?: string | undefined;
  /** Where the user registered. */
  regSource?: string | undefined;
  /** Answer to the security question. */
  secretAnswer?: string | undefined;
  /** The security question. */
  secretQuestion?: string | undefined;
  /** Whether to mark the email as verified without sending a verification email. */
  skipVerification?: boolean | undefined;
  /** URL of the site's own hashing service, for a custom algorithm. */
  url?: string | undefined;
  /** Username login identifier. */
  username?: string | undefined;
}

/**
 * What `accounts.importAccount` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @remarks Only part of this method is confirmed by stored sources; fields marked as recalled are unverified.
 * @deprecated Use importFullAccount.
 * @see {@link http://developers.gigya.com/display/GD/accounts.importAccount+REST | accounts.importAccount reference}
 */
export interface AccountsImportAccountResponse {
  /** Identities that belong to another user. */
  identityConflicts?: AccountsIdentityConflict[];
  /** Whether the account was imported. */
  isImported?: boolean;
}

/**
 * Params of `accounts.importFullAccount`: Imports a complete account (profile, data, identities, login IDs, emails, password hash, consents, subscriptions) into the accounts storage, for migrations.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41365a5370b21014bbc5a10ce4041860.html | accounts.importFullAccount reference}
 */
export interface AccountsImportFullAccountParams<S extends SiteSchema = SiteSchema> extends CommonParams {
  /** ID the imported user gets, its main identifier from then on. Give UID, or set createUID; a UID wins when both are given. */
  UID?: string | undefined;
  /** The user's opt-in state per communication topic and channel. */
  communications?: Record<string, AccountsCommunication> | undefined;
  /** Let Gigya generate the UID. */
  createUID?: boolean | undefined;
  /** When the account was created (ISO 8601, UTC). */
  created?: string | undefined;
  /** The site's custom data, checked against the data schema. */
  data?: SiteData<SiteWrite<S>> | undefined;
  /** Global Access (early adopters): data center that stores the user. The reference page lists the values without the digit (us, eu, au, cn). */
  dataCenter?: 'us1' | 'eu1' | 'au1' | 'cn1' | (string & {}) | undefined;
  /** Verified and unverified addresses; the user needs one to reset the password after the import. */
  emails?: AccountsEmails | undefined;
  /** Identities of the user. SAML and OIDC identities cannot be imported. */
  identities?: readonly AccountsIdentity[] | undefined;
  /**
   * insert: create the user, failing when the UID exists; upsert: create or update it, where given values replace existing ones.
   * @defaultValue `insert` (Gigya's default when omitted)
   */
  importPolicy?: 'insert' | 'upsert' | (string & {}) | undefined;
  /**
   * Whether the account is enabled.
   * @defaultValue `true` (Gigya's default when omitted)
   */
  isActive?: boolean | undefined;
  /** Whether the registration counts as finalized. */
  isRegistered?: boolean | undefined;
  /** Whether the email addresses are verified. */
  isVerified?: boolean | undefined;
  /** Language of the consents, when any are given. */
  lang?: string | undefined;
  /** Time of the last login (ISO 8601, UTC). */
  lastLogin?: string | undefined;
  /** Time of the last change (ISO 8601, UTC). */
  lastUpdated?: string | undefined;
  /** Login identifiers; the user needs one to log in after the import. */
  loginIDs?: AccountsLoginIDs | undefined;
  /** The password hash from the old system. */
  password?: AccountsPasswordImport | undefined;
  /** Phone number login identifier in E.164 format. */
  phoneNumber?: string | undefined;
  /** The user's existing consents. */
  preferences?: SitePreferences<SiteWrite<S>> | undefined;
  /** The user's profile, with the site's own profile fields; checked against the profile schema. */
  profile?: AccountsProfile | undefined;
  /** Provider sessions of the user, keyed by provider name. */
  providerSessions?: Record<string, AccountsProviderSession> | undefined;
  /** Where the user registered, usually a page URL. */
  regSource?: string | undefined;
  /** When the registration was finalized (ISO 8601, UTC). */
  registered?: string | undefined;
  /** The security question and its answer, needed when the site's policy requires one. */
  secretQuestionAndAnswer?: AccountsSecretQuestionAndAnswer | undefined;
  /** The user's email subscriptions, checked against the schema. */
  subscriptions?: SiteSubscriptions<SiteWrite<S>> | undefined;
  /** When the email was verified (ISO 8601, UTC). */
  verified?: string | undefined;
}

/**
 * What `accounts.importFullAccount` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41365a5370b21014bbc5a10ce4041860.html | accounts.importFullAccount reference}
 */
export interface AccountsImportFullAccountResponse {
  /** Identities that already belong to another user; sent on success and on error. */
  identityConflicts?: AccountsIdentityConflict[];
}

/** Fields the answer of `accounts.importFullAccount` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsImportFullAccountErrorFields {
  /** InvalidParameterValue: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400006: {};
}

/**
 * Params of `accounts.importLiteAccounts`: Imports a lite account (an email address with profile, data and subscriptions, without a full registration).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41366d8270b21014bbc5a10ce4041860.html | accounts.importLiteAccounts reference}
 */
export interface AccountsImportLiteAccountsParams<S extends SiteSchema = SiteSchema> extends CommonParams {
  /** The site's custom data of the lite account. */
  data?: SiteData<SiteWrite<S>> | undefined;
  /** Email address of the lite account. */
  email: string;
  /** Profile of the lite account. */
  profile: AccountsProfile;
  /** Subscriptions of the lite account; lastUpdatedSubscriptionState may be written here, unlike elsewhere. */
  subscriptions: SiteSubscriptions<SiteWrite<S>>;
}

/**
 * What `accounts.importLiteAccounts` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @remarks Only part of this method is confirmed by stored sources; fields marked as recalled are unverified.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41366d8270b21014bbc5a10ce4041860.html | accounts.importLiteAccounts reference}
 */
export interface AccountsImportLiteAccountsResponse {}

/**
 * Params of `accounts.importProfilePhoto`: Imports a profile photo from a URL, as a temporary photo or published to the profile.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413693b870b21014bbc5a10ce4041860.html | accounts.importProfilePhoto reference}
 */
export interface AccountsImportProfilePhotoParams extends CommonParams {
  /** The account. Give UID or regToken. */
  UID?: string | undefined;
  /**
   * Publish the photo at once (photoURL, and a thumbnail in thumbnailURL) rather than keeping it temporary for publishProfilePhoto.
   * @defaultValue `false` (Gigya's default when omitted)
   */
  publish?: boolean | undefined;
  /** Token of an unfinished registration, instead of UID; valid for an hour. */
  regToken?: string | undefined;
  /** URL of the photo. */
  url: string;
}

/**
 * What `accounts.importProfilePhoto` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413693b870b21014bbc5a10ce4041860.html | accounts.importProfilePhoto reference}
 */
export interface AccountsImportProfilePhotoResponse {}

/**
 * Params of `accounts.incrementCounters`: Increments custom activity counters (Signals) of a user; register them first with accounts.registerCounters.
 * @see {@link http://developers.gigya.com/display/GD/accounts.incrementCounters+REST | accounts.incrementCounters reference}
 */
export interface AccountsIncrementCountersParams extends CommonParams {
  /** The user. Give UID or regToken. */
  UID?: string | undefined;
  /** Counters to increment, each by class and path (and the value to add). */
  counters: readonly AccountsCounter[];
  /** Token of an unfinished registration, instead of UID. */
  regToken?: string | undefined;
}

/**
 * What `accounts.incrementCounters` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @remarks Only part of this method is confirmed by stored sources; fields marked as recalled are unverified.
 * @see {@link http://developers.gigya.com/display/GD/accounts.incrementCounters+REST | accounts.incrementCounters reference}
 */
export interface AccountsIncrementCountersResponse {}

/**
 * Params of `accounts.initRegistration`: Starts a registration and returns the regToken that register and finalizeRegistration continue it with.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4136e1f370b21014bbc5a10ce4041860.html | accounts.initRegistration reference}
 */
export interface AccountsInitRegistrationParams extends CommonParams {
  /** Global Access (early adopters): data center that will store the new user. */
  dataCenter?: 'us1' | 'eu1' | 'au1' | 'cn1' | (string & {}) | undefined;
  /** Start a lite registration (an email account) instead of a full one. */
  isLite?: boolean | undefined;
}

/**
 * What `accounts.initRegistration` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4136e1f370b21014bbc5a10ce4041860.html | accounts.initRegistration reference}
 */
export interface AccountsInitRegistrationResponse {
  /** Token that continues the registration; valid for an hour. */
  regToken?: string;
}

/**
 * Params of `accounts.isAvailableLoginID`: Tells whether a login identifier (username or email address) is still free on the site.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41370be670b21014bbc5a10ce4041860.html | accounts.isAvailableLoginID reference}
 */
export interface AccountsIsAvailableLoginIDParams extends CommonParams {
  /** The username or email address to check. */
  loginID: string;
}

/**
 * What `accounts.isAvailableLoginID` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41370be670b21014bbc5a10ce4041860.html | accounts.isAvailableLoginID reference}
 */
export interface AccountsIsAvailableLoginIDResponse {
  /** Whether no account uses it yet. */
  isAvailable?: boolean;
}

/**
 * Params of `accounts.linkAccounts`: Links an unfinished social login or registration to an existing site account, after the user proves they own it with its login ID and password.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/2a4dabf377414d0b92a29ffba5f0970a.html | accounts.linkAccounts reference}
 */
export interface AccountsLinkAccountsParams extends CommonParams {
  /** A logged-in user to link. Give UID or regToken. */
  UID?: string | undefined;
  /**
   * Parts of the account to return besides the session.
   * @defaultValue `profile,data` (Gigya's default when omitted)
   */
  include?: 'identities-active' | 'identities-all' | 'loginIDs' | 'emails' | 'profile' | 'data' | 'id_token' | (string & {}) | readonly ('identities-active' | 'identities-all' | 'loginIDs' | 'emails' | 'profile' | 'data' | 'id_token' | (string & {}))[] | undefined;
  /** Login ID (username or email) of the existing account. */
  loginID: string;
  /** Password of the existing account. */
  password: string;
  /** Token of the unfinished login or registration, from login, socialLogin or initRegistration. Give UID or regToken. */
  regToken?: string | undefined;
  /**
   * Which session data to return: cookie fields (browser) or sessionToken and sessionSecret (mobile).
   * @defaultValue `browser` (Gigya's default when omitted)
   */
  targetEnv?: 'browser' | 'mobile' | (string & {}) | undefined;
}

/**
 * What `accounts.linkAccounts` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The call resolves to {@link AccountsLinkAccountsResult}, which adds its flow states.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/2a4dabf377414d0b92a29ffba5f0970a.html | accounts.linkAccounts reference}
 */
export interface AccountsLinkAccountsResponse<S extends SiteSchema = SiteSchema> extends AccountsAccount<S> {
  /** A new token when the linked account is still pending registration. */
  regToken?: string;
  /** The session opened for the user; its fields depend on targetEnv. */
  sessionInfo?: AccountsSessionInfo;
  /** Addresses still to verify, when the flow stops pending verification. */
  unverifiedEmails?: string[];
}

/** What `accounts.linkAccounts` resolves to besides the envelope: a success, or a state its flow stopped in, told apart by `errorCode`. */
export type AccountsLinkAccountsResult<S extends SiteSchema = SiteSchema> =
  | (AccountsLinkAccountsResponse<S> & { readonly errorCode: Exclude<ResultCode, 206001 | 206002> })
  | (AccountsLinkAccountsResponse<S> & {
    /** AccountPendingRegistration: the flow stopped here and continues with the fields below. */
    readonly errorCode: 206001;
    /** The token of the pending registration (valid for about an hour): complete the account with it, then call accounts.finalizeRegistration. */
    readonly regToken: string;
  })
  | (AccountsLinkAccountsResponse<S> & {
    /** AccountPendingVerification: the flow stopped here and continues with the fields below. */
    readonly errorCode: 206002;
    /** The token of the login waiting for email verification (valid for about an hour). */
    readonly regToken: string;
    /** Addresses still to verify, when the flow stops pending verification. */
    readonly unverifiedEmails?: string[];
  });

/**
 * Params of `accounts.login`: Logs a user in with a login ID and password (or an aToken) and opens a session. A login can also stop in a pending state (registration, verification, password change, two-factor, CAPTCHA) that the response's regToken continues.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/683844d3c4b54104b2201efffdf558e3.html | accounts.login reference}
 */
export interface AccountsLoginParams extends CommonParams {
  /** Token from accounts.identifiers.createToken, instead of loginID. */
  aToken?: string | undefined;
  /** Attributes of the login for gamification (at most three values, e.g. {"tags": ["a", "b"]}). */
  actionAttributes?: Record<string, unknown> | undefined;
  /**
   * Answer to a text CAPTCHA, in older CAPTCHA setups.
   *
   * Source: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}.
   */
  captchaText?: string | undefined;
  /** The CAPTCHA response. Needed once failed logins reach the site's CAPTCHA threshold (401020). */
  captchaToken?: string | undefined;
  /** The CAPTCHA provider the site uses. */
  captchaType?: 'reCaptchaV2' | 'invisible' | 'reCaptchaV3' | 'reCaptchaEnterpriseScore' | 'FunCaptcha' | (string & {}) | undefined;
  /** The end user's IP address and device, for risk-based authentication rules when the login is made by a server. */
  clientContext?: AccountsClientContext | undefined;
  /** Global Access (early adopters): data center that stores the user. */
  dataCenter?: 'us1' | 'eu1' | 'au1' | 'cn1' | (string & {}) | undefined;
  /**
   * Parts of the account to return besides the session; id_token adds a JWT of the user.
   * @defaultValue `profile,data` (Gigya's default when omitted)
   */
  include?: 'identities-active' | 'identities-all' | 'loginIDs' | 'emails' | 'profile' | 'data' | 'isLockedOut' | 'missing-required-fields' | 'preferences' | 'subscriptions' | 'groups' | 'id_token' | (string & {}) | readonly ('identities-active' | 'identities-all' | 'loginIDs' | 'emails' | 'profile' | 'data' | 'isLockedOut' | 'missing-required-fields' | 'preferences' | 'subscriptions' | 'groups' | 'id_token' | (string & {}))[] | undefined;
  /** Username or email address, as the site's login identifier policy allows. Give loginID or aToken. */
  loginID?: string | undefined;
  /**
   * standard: log in; link: log in to an existing account to link the identity of an earlier failed login (pass its regToken); reAuth: prove ownership again, where only the password is checked.
   * @defaultValue `standard` (Gigya's default when omitted)
   */
  loginMode?: 'standard' | 'link' | 'reAuth' | (string & {}) | undefined;
  /** The user's password; empty passwords are refused. */
  password: string;
  /** With loginMode link, the token of the earlier login that failed because the identity belongs to an existing account. */
  regToken?: string | undefined;
  /** Session lifetime: 0 ends with the browser, -1 lasts 60 s unless the site's cookie extends it, -2 never ends, any other number is seconds. Overrides the site default. */
  sessionExpiration?: number | undefined;
  /**
   * Which session data to return: cookie fields (browser) or sessionToken and sessionSecret (mobile).
   * @defaultValue `browser` (Gigya's default when omitted)
   */
  targetEnv?: 'browser' | 'mobile' | (string & {}) | undefined;
}

/**
 * What `accounts.login` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The call resolves to {@link AccountsLoginResult}, which adds its flow states.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/683844d3c4b54104b2201efffdf558e3.html | accounts.login reference}
 */
export interface AccountsLoginResponse<S extends SiteSchema = SiteSchema> extends AccountsAccount<S> {
  /** A JWT of the user, when include names id_token. */
  id_token?: string;
  /** Sent (as true) when the user logs in for the first time. */
  isNewUser?: boolean;
  /** Token that continues the flow when the login stops in a pending state; valid for an hour. */
  regToken?: string;
  /** The session opened for the user; its fields depend on targetEnv. */
  sessionInfo?: AccountsSessionInfo;
  /** Addresses still to verify, when the login stops pending verification (206002). */
  unverifiedEmails?: string[];
}

/** What `accounts.login` resolves to besides the envelope: a success, or a state its flow stopped in, told apart by `errorCode`. */
export type AccountsLoginResult<S extends SiteSchema = SiteSchema> =
  | (AccountsLoginResponse<S> & { readonly errorCode: Exclude<ResultCode, 200009 | 206001 | 206002> })
  | (AccountsLoginResponse<S> & {
    /** AccountsLinked: the flow stopped here and continues with the fields below. */
    readonly errorCode: 200009;
    /** The token that finishes the linked login: pass it to accounts.finalizeRegistration. */
    readonly regToken: string;
  })
  | (AccountsLoginResponse<S> & {
    /** AccountPendingRegistration: the flow stopped here and continues with the fields below. */
    readonly errorCode: 206001;
    /** The token of the pending registration (valid for about an hour): complete the account with it, then call accounts.finalizeRegistration. */
    readonly regToken: string;
  })
  | (AccountsLoginResponse<S> & {
    /** AccountPendingVerification: the flow stopped here and continues with the fields below. */
    readonly errorCode: 206002;
    /** The token of the login waiting for email verification (valid for about an hour). */
    readonly regToken: string;
    /** Addresses still to verify, when the login stops pending verification (206002). */
    readonly unverifiedEmails?: string[];
  });

/** Fields the answer of `accounts.login` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsLoginErrorFields {
  /** LoginFailedCaptchaRequired: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 401020: {
    /** A token for the next attempt, if the answer has one. The SDKs treat this code as a state to resume from, but no stored source shows the field; the next attempt adds captchaToken. */
    readonly regToken?: string;
  };
  /** PendingPasswordChange: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 403100: {
    /** The token for changing the expired password (valid for about an hour). */
    readonly regToken: string;
  };
  /** AccountPendingTfaVerification: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 403101: {
    /** The token of the login waiting for the second factor: pass it to accounts.tfa.getProviders and accounts.tfa.initTFA. */
    readonly regToken: string;
  };
  /** AccountPendingTfaRegistration: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 403102: {
    /** The token of the login waiting for a second factor to be registered: pass it to accounts.tfa.getProviders and accounts.tfa.initTFA. */
    readonly regToken: string;
  };
  /** EntityExistsConflict: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 409003: {
    /** The token for linking the new identity to the existing account: accounts.getConflictingAccount tells which account it is. */
    readonly regToken: string;
    /** The social network of the identity that matched an existing account; after the user logs in to that account, link the identity by sending it again. */
    readonly provider?: string;
    /** The social network's access token of that identity, to send again with the provider when linking. */
    readonly access_token?: string;
  };
}

/**
 * Params of `accounts.logout`: Logs the user out of every session of the site and revokes their OpenID Connect refresh tokens.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41376ba570b21014bbc5a10ce4041860.html | accounts.logout reference}
 */
export interface AccountsLogoutParams extends CommonParams {
  /** The user to log out. */
  UID: string;
}

/**
 * What `accounts.logout` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41376ba570b21014bbc5a10ce4041860.html | accounts.logout reference}
 */
export interface AccountsLogoutResponse {
  /** Comma-separated providers the user is still connected to. */
  connectedProviders?: string;
}

/**
 * Params of `accounts.notifyLogin`: Tells Gigya that the site logged a user in by its own means (a site UID, or provider sessions it obtained); Gigya creates or reconnects the account and opens a session.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/bd09a6608f694a4d8461c8b0cb00a75b.html | accounts.notifyLogin reference}
 */
export interface AccountsNotifyLoginParams extends CommonParams {
  /** Sessions the site obtained from providers, keyed by provider name. Give siteUID, providerSessions or both. */
  providerSessions?: Record<string, AccountsProviderSession> | undefined;
  /** Where the registration happened, usually a page URL; verification emails can pick pages by it. */
  regSource?: string | undefined;
  /** Session lifetime: 0 ends with the browser (the default with RaaS), -1 lasts 60 s unless the site's cookie extends it, -2 never ends (the default without RaaS), any other number is seconds. */
  sessionExpiration?: number | undefined;
  /** The site's ID for the user (or the user's existing UID), up to 252 ASCII characters. Give siteUID, providerSessions or both. */
  siteUID?: string | undefined;
  /**
   * Skip the registration checks, so no pending state is returned. Only over HTTPS.
   * @defaultValue `false` (Gigya's default when omitted)
   */
  skipValidation?: boolean | undefined;
  /**
   * Which session data to return: cookie fields (browser) or sessionToken and sessionSecret (mobile).
   * @defaultValue `browser` (Gigya's default when omitted)
   */
  targetEnv?: 'browser' | 'mobile' | (string & {}) | undefined;
}

/**
 * What `accounts.notifyLogin` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The call resolves to {@link AccountsNotifyLoginResult}, which adds its flow states.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/bd09a6608f694a4d8461c8b0cb00a75b.html | accounts.notifyLogin reference}
 */
export interface AccountsNotifyLoginResponse<S extends SiteSchema = SiteSchema> extends AccountsAccount<S> {
  /** A JWT of the user. */
  id_token?: string;
  /** Whether the call created a new user. */
  newUser?: boolean;
  /** Token that continues the flow when the login stops in a pending state. */
  regToken?: string;
  /** The session opened for the user; its fields depend on targetEnv. */
  sessionInfo?: AccountsSessionInfo;
}

/** What `accounts.notifyLogin` resolves to besides the envelope: a success, or a state its flow stopped in, told apart by `errorCode`. */
export type AccountsNotifyLoginResult<S extends SiteSchema = SiteSchema> =
  | (AccountsNotifyLoginResponse<S> & { readonly errorCode: Exclude<ResultCode, 206001 | 206002> })
  | (AccountsNotifyLoginResponse<S> & {
    /** AccountPendingRegistration: the flow stopped here and continues with the fields below. */
    readonly errorCode: 206001;
    /** The token of the pending registration (valid for about an hour): complete the account with it, then call accounts.finalizeRegistration. */
    readonly regToken: string;
  })
  | (AccountsNotifyLoginResponse<S> & {
    /** AccountPendingVerification: the flow stopped here and continues with the fields below. */
    readonly errorCode: 206002;
    /** The token of the login waiting for email verification (valid for about an hour). */
    readonly regToken: string;
  });

/** Fields the answer of `accounts.notifyLogin` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsNotifyLoginErrorFields {
  /** LoginIdentifierExists: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 403043: {
    /** A token for linking with the account that holds the identifier, in the older linking flow. */
    readonly regToken?: string;
  };
}

/**
 * Params of `accounts.notifySocialLogin`: Logs a user in (or connects or links a provider) with a session the site or app obtained from a social provider itself, e.g. through the provider's native mobile SDK.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413795be70b21014bbc5a10ce4041860.html | accounts.notifySocialLogin reference}
 */
export interface AccountsNotifySocialLoginParams extends CommonParams {
  /** Global Access (early adopters): data center that stores the user. */
  dataCenter?: 'us1' | 'eu1' | 'au1' | 'cn1' | (string & {}) | undefined;
  /**
   * standard: a new login, without an existing session; connect: add the provider to the logged-in user (like socialize.addConnection); link: the linking step of a conflict, with a regToken.
   * @defaultValue `standard` (Gigya's default when omitted)
   */
  loginMode?: 'standard' | 'connect' | 'link' | (string & {}) | undefined;
  /** Phone number login identifier in E.164 format; only with loginMode link. */
  phoneNumber?: string | undefined;
  /** The provider sessions, keyed by provider name (e.g. {"facebook": {"authToken": …}}). */
  providerSessions: Record<string, AccountsProviderSession>;
  /** Where the registration happened, usually a page URL. */
  regSource?: string | undefined;
  /** Session lifetime: 0 ends with the browser, -1 lasts 60 s unless the site's cookie extends it, -2 never ends, any other number is seconds. */
  sessionExpiration?: number | undefined;
  /**
   * Which session data to return: cookie fields (browser) or sessionToken and sessionSecret (mobile).
   * @defaultValue `browser` (Gigya's default when omitted)
   */
  targetEnv?: 'browser' | 'mobile' | (string & {}) | undefined;
}

/**
 * What `accounts.notifySocialLogin` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The call resolves to {@link AccountsNotifySocialLoginResult}, which adds its flow states.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413795be70b21014bbc5a10ce4041860.html | accounts.notifySocialLogin reference}
 */
export interface AccountsNotifySocialLoginResponse {
  /** A JWT for checking the response in a global site group. */
  id_token?: string;
  /** Whether the call connected a provider (loginMode connect). */
  isAddConnection?: boolean;
  /** Whether Gigya's default provider application was used, which is meant for testing only. */
  isDefaultApp?: boolean;
  /** Whether a new user registered; always false when two-factor authentication is on. */
  isNewUser?: boolean;
  /** Token the Web SDK keeps in a cookie for later calls. */
  login_token?: string;
  /** The session opened for the user; its fields depend on targetEnv. */
  sessionInfo?: AccountsSessionInfo;
  /** Whether the request succeeded. */
  status?: string;
}

/** What `accounts.notifySocialLogin` resolves to besides the envelope: a success, or a state its flow stopped in, told apart by `errorCode`. */
export type AccountsNotifySocialLoginResult =
  | (AccountsNotifySocialLoginResponse & { readonly errorCode: Exclude<ResultCode, 206001> })
  | (AccountsNotifySocialLoginResponse & {
    /** AccountPendingRegistration: the flow stopped here and continues with the fields below. */
    readonly errorCode: 206001;
    /** The token of the pending registration (valid for about an hour): complete the account with it, then call accounts.finalizeRegistration. */
    readonly regToken: string;
  });

/** Fields the answer of `accounts.notifySocialLogin` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsNotifySocialLoginErrorFields {
  /** EntityExistsConflict: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 409003: {
    /** The token for linking the new identity to the existing account: accounts.getConflictingAccount tells which account it is. */
    readonly regToken: string;
    /** The social network of the identity that matched an existing account; after the user logs in to that account, link the identity by sending it again. */
    readonly provider?: string;
    /** The social network's access token of that identity, to send again with the provider when linking. */
    readonly access_token?: string;
  };
}

/**
 * Params of `accounts.otp.delete`: Removes the login phone number from a user's account.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/8f313cc471f549d49fcc8ab3a430aea9.html | accounts.otp.delete reference}
 */
export interface AccountsOtpDeleteParams extends CommonParams {
  /** The user whose phone number is removed. */
  UID: string;
}

/**
 * What `accounts.otp.delete` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/8f313cc471f549d49fcc8ab3a430aea9.html | accounts.otp.delete reference}
 */
export interface AccountsOtpDeleteResponse {}

/**
 * Params of `accounts.otp.login`: Logs a user in, or registers them, with the code sent by otp.sendCode (phone-number login), and opens a session.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4137bbe870b21014bbc5a10ce4041860.html | accounts.otp.login reference}
 */
export interface AccountsOtpLoginParams extends CommonParams {
  /** The token otp.sendCode returned. */
  vToken: string;
  /** The code the user received; do not assume a fixed number of digits. */
  code: string;
  /**
   * Account sections to add to the response, comma-separated.
   *
   * Source: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | documented in SAP's reference}.
   */
  include?: 'data' | 'emails' | 'groups' | 'id_token' | 'identities-active' | 'identities-all' | 'identities-global' | 'loginIDs' | 'preferences' | 'profile' | 'subscriptions' | (string & {}) | readonly ('data' | 'emails' | 'groups' | 'id_token' | 'identities-active' | 'identities-all' | 'identities-global' | 'loginIDs' | 'preferences' | 'profile' | 'subscriptions' | (string & {}))[] | undefined;
  /** Where the registration came from (by default the page URL); stored on the account at first registration only. */
  regSource?: string | undefined;
  /** Lifetime of the new session in seconds; 0 and negative values select the browser-bound modes SAP's reference lists. */
  sessionExpiration?: number | undefined;
  /** Where the session is used; browser returns cookie fields in sessionInfo, mobile returns a session token and secret. */
  targetEnv?: 'browser' | 'jssdk' | 'mobile' | (string & {}) | undefined;
}

/**
 * What `accounts.otp.login` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The call resolves to {@link AccountsOtpLoginResult}, which adds its flow states.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4137bbe870b21014bbc5a10ce4041860.html | accounts.otp.login reference}
 */
export interface AccountsOtpLoginResponse<S extends SiteSchema = SiteSchema> {
  /** The user's ID. */
  UID?: string;
  /** true when this login created the account. */
  isNewUser?: boolean;
  /** The new session (cookie fields for a browser, token and secret for mobile). */
  sessionInfo?: AccountsSessionInfo;
  /** Token for completing an unfinished registration with accounts.finalizeRegistration. */
  regToken?: string;
  /**
   * The user's profile, when include asks for it.
   *
   * Source: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
   */
  profile?: AccountsProfile;
  /**
   * The site's custom data for the user, when include asks for it.
   *
   * Source: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
   */
  data?: SiteData<S>;
  /**
   * The user's consent preferences, when include asks for it.
   *
   * Source: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
   */
  preferences?: SitePreferences<S>;
  /**
   * The user's email subscriptions, when include asks for it.
   *
   * Source: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
   */
  subscriptions?: SiteSubscriptions<S>;
  /**
   * The user's verified and unverified emails, when include asks for it.
   *
   * Source: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
   */
  emails?: AccountsEmails;
  /**
   * The user's login identifiers, when include asks for it.
   *
   * Source: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
   */
  loginIDs?: AccountsLoginIDs;
  /**
   * The user's identities, when include asks for identities-active, identities-all or identities-global.
   *
   * Source: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
   */
  identities?: AccountsIdentity[];
  /**
   * A JWT about the user, when include asks for id_token.
   *
   * Source: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
   */
  id_token?: string;
}

/** What `accounts.otp.login` resolves to besides the envelope: a success, or a state its flow stopped in, told apart by `errorCode`. */
export type AccountsOtpLoginResult<S extends SiteSchema = SiteSchema> =
  | (AccountsOtpLoginResponse<S> & { readonly errorCode: Exclude<ResultCode, 206001> })
  | (AccountsOtpLoginResponse<S> & {
    /** AccountPendingRegistration: the flow stopped here and continues with the fields below. */
    readonly errorCode: 206001;
    /** The token of the pending registration (valid for about an hour): complete the account with it, then call accounts.finalizeRegistration. */
    readonly regToken: string;
  });

/** Fields the answer of `accounts.otp.login` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsOtpLoginErrorFields {
  /** InvalidParameterValue: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400006: {};
  /** AccountPendingTfaVerification: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 403101: {
    /** The token of the login waiting for the second factor: pass it to accounts.tfa.getProviders and accounts.tfa.initTFA. */
    readonly regToken: string;
  };
  /** AccountPendingTfaRegistration: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 403102: {
    /** The token of the login waiting for a second factor to be registered: pass it to accounts.tfa.getProviders and accounts.tfa.initTFA. */
    readonly regToken: string;
  };
}

/**
 * Params of `accounts.otp.sendCode`: Sends a one-time code by SMS (phone-number login or phone change) or by email (email verification) and returns the vToken that the next step needs.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4137e1be70b21014bbc5a10ce4041860.html | accounts.otp.sendCode reference}
 */
export interface AccountsOtpSendCodeParams extends CommonParams {
  /** Language of the SMS or email, e.g. en. */
  lang: string;
  /** The number to send the code to; needed for phone login and phone change. Give phoneNumber or email. */
  phoneNumber?: string | undefined;
  /** The address to send the code to, in email verification flows; not for phone login. */
  email?: string | undefined;
  /** The user being updated, for server-side calls without a session on a global site group: it lets the next call (otp.update) find the user's data center. */
  UID?: string | undefined;
  /** The CAPTCHA provider the site uses. */
  captchaType?: 'FunCaptcha' | 'invisible' | 'reCaptchaEnterpriseScore' | 'reCaptchaV2' | 'reCaptchaV3' | (string & {}) | undefined;
  /** The token the CAPTCHA provider returned. */
  captchaToken?: string | undefined;
  /** false to have Gigya return the code for the site to deliver itself (phone change flow) instead of sending it. */
  sendCode?: boolean | undefined;
}

/**
 * What `accounts.otp.sendCode` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4137e1be70b21014bbc5a10ce4041860.html | accounts.otp.sendCode reference}
 */
export interface AccountsOtpSendCodeResponse {
  /** Token holding the number or address and the code; valid for 10 minutes. Pass it to otp.login or otp.update. */
  vToken?: string;
  /** The code itself, returned only to calls made with admin credentials. */
  code?: string;
}

/** Fields the answer of `accounts.otp.sendCode` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsOtpSendCodeErrorFields {
  /** InvalidParameterValue: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400006: {};
}

/**
 * Params of `accounts.otp.update`: Changes the user's login phone number (or their email in an email code flow) after they enter the code sent by otp.sendCode.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413807a270b21014bbc5a10ce4041860.html | accounts.otp.update reference}
 */
export interface AccountsOtpUpdateParams extends CommonParams {
  /** The token otp.sendCode returned. */
  vToken: string;
  /** The code the user received. */
  code: string;
  /** The user; needed server-side. Give UID or regToken. */
  UID?: string | undefined;
  /** The regToken of an unfinished registration, instead of UID. */
  regToken?: string | undefined;
}

/**
 * What `accounts.otp.update` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413807a270b21014bbc5a10ce4041860.html | accounts.otp.update reference}
 */
export interface AccountsOtpUpdateResponse {}

/** Fields the answer of `accounts.otp.update` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsOtpUpdateErrorFields {
  /** InvalidParameterValue: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400006: {};
}

/**
 * Params of `accounts.policies.emailTemplates.getConfig`: Returns the site's email templates, per kind of email and language.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/8a7df13c9c00464a88b6e653472261ea.html | accounts.policies.emailTemplates.getConfig reference}
 */
export interface AccountsPoliciesEmailTemplatesGetConfigParams extends CommonParams {}

/**
 * What `accounts.policies.emailTemplates.getConfig` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @remarks Only part of this method is confirmed by stored sources; fields marked as recalled are unverified.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/8a7df13c9c00464a88b6e653472261ea.html | accounts.policies.emailTemplates.getConfig reference}
 */
export interface AccountsPoliciesEmailTemplatesGetConfigResponse {
  /** Templates of the emails that carry a verification code. */
  codeVerification?: Record<string, unknown>;
  /** Templates of the double opt-in confirmation emails. */
  doubleOptIn?: Record<string, unknown>;
  /** Templates of the notification emails (welcome, account deleted, confirmation). */
  emailNotifications?: Record<string, unknown>;
  /** Templates of the verification emails. */
  emailVerification?: Record<string, unknown>;
  /** Templates of the emails sent when logins come from places too far apart to travel between. */
  impossibleTraveler?: Record<string, unknown>;
  /** Templates of the magic link login emails. */
  magicLink?: Record<string, unknown>;
  /** Templates of the password reset emails. */
  passwordReset?: Record<string, unknown>;
  /** Templates of the preferences center (lite account) emails. */
  preferencesCenter?: Record<string, unknown>;
  /** Templates of the two-factor code emails. */
  twoFactorAuth?: Record<string, unknown>;
  /** Templates of the emails sent after a login from an unknown location. */
  unknownLocationNotification?: Record<string, unknown>;
}

/**
 * Params of `accounts.policies.emailTemplates.setConfig`: Changes the site's email templates; only the kinds of email sent change.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/277d048b59634c8ca33de401290e58ca.html | accounts.policies.emailTemplates.setConfig reference}
 */
export interface AccountsPoliciesEmailTemplatesSetConfigParams extends CommonParams {
  /** Templates of the emails that carry a verification code. */
  codeVerification?: Record<string, unknown> | undefined;
  /** Templates of the double opt-in confirmation emails. */
  doubleOptIn?: Record<string, unknown> | undefined;
  /** Templates of the notification emails (welcome, account deleted, confirmation). */
  emailNotifications?: Record<string, unknown> | undefined;
  /** Templates of the verification emails. */
  emailVerification?: Record<string, unknown> | undefined;
  /** Templates of the impossible-traveler warning emails. */
  impossibleTraveler?: Record<string, unknown> | undefined;
  /** Templates of the magic link login emails. */
  magicLink?: Record<string, unknown> | undefined;
  /** Templates of the password reset emails. */
  passwordReset?: Record<string, unknown> | undefined;
  /** Templates of the preferences center (lite account) emails. */
  preferencesCenter?: Record<string, unknown> | undefined;
  /** Templates of the two-factor code emails. */
  twoFactorAuth?: Record<string, unknown> | undefined;
  /** Templates of the unknown-location warning emails. */
  unknownLocationNotification?: Record<string, unknown> | undefined;
}

/**
 * What `accounts.policies.emailTemplates.setConfig` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @remarks Only part of this method is confirmed by stored sources; fields marked as recalled are unverified.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/277d048b59634c8ca33de401290e58ca.html | accounts.policies.emailTemplates.setConfig reference}
 */
export interface AccountsPoliciesEmailTemplatesSetConfigResponse {}

/**
 * Params of `accounts.progression.getPolicy`: Returns the site's account progression policy.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41381aaa70b21014bbc5a10ce4041860.html | accounts.progression.getPolicy reference}
 */
export interface AccountsProgressionGetPolicyParams extends CommonParams {}

/**
 * What `accounts.progression.getPolicy` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41381aaa70b21014bbc5a10ce4041860.html | accounts.progression.getPolicy reference}
 */
export interface AccountsProgressionGetPolicyResponse {
  /** none: no policy is set; auto: lite data (subscriptions, consent, profile, custom data) merges into the full account, where full-account values win. */
  policy?: 'auto' | 'none' | (string & {});
}

/**
 * Params of `accounts.progression.setPolicy`: Sets the site's account progression policy for users who move from a lite to a full account.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41382da770b21014bbc5a10ce4041860.html | accounts.progression.setPolicy reference}
 */
export interface AccountsProgressionSetPolicyParams extends CommonParams {
  /** auto: merge lite data into the full account, keeping full-account values where both exist; the account then has both account types. */
  policy: 'auto' | (string & {});
}

/**
 * What `accounts.progression.setPolicy` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41382da770b21014bbc5a10ce4041860.html | accounts.progression.setPolicy reference}
 */
export interface AccountsProgressionSetPolicyResponse {}

/**
 * Params of `accounts.publishProfilePhoto`: Publishes the photo last uploaded with importProfilePhoto or setProfilePhoto to the user's profile, with a thumbnail.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413840aa70b21014bbc5a10ce4041860.html | accounts.publishProfilePhoto reference}
 */
export interface AccountsPublishProfilePhotoParams extends CommonParams {
  /** The account. Give UID or regToken. */
  UID?: string | undefined;
  /** Token of an unfinished registration, instead of UID; valid for an hour. */
  regToken?: string | undefined;
  /** Thumbnail size as "width,height" in pixels; the profilePhoto policy's size by default. */
  thumbnail?: string | undefined;
}

/**
 * What `accounts.publishProfilePhoto` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413840aa70b21014bbc5a10ce4041860.html | accounts.publishProfilePhoto reference}
 */
export interface AccountsPublishProfilePhotoResponse {}

/**
 * Params of `accounts.rba.getPolicy`: Returns the site's RBA policy; a child site of a group gets its parent's, and a site without a custom policy gets the default one.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413853eb70b21014bbc5a10ce4041860.html | accounts.rba.getPolicy reference}
 */
export interface AccountsRbaGetPolicyParams extends CommonParams {}

/**
 * What `accounts.rba.getPolicy` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @remarks Only part of this method is confirmed by stored sources; fields marked as recalled are unverified.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413853eb70b21014bbc5a10ce4041860.html | accounts.rba.getPolicy reference}
 */
export interface AccountsRbaGetPolicyResponse {
  /** The policy. */
  policy?: AccountsRbaSitePolicy;
}

/**
 * Params of `accounts.rba.lock`: Locks an account, by UID or loginID, or an IP address, for a given time.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413866d370b21014bbc5a10ce4041860.html | accounts.rba.lock reference}
 */
export interface AccountsRbaLockParams extends CommonParams {
  /** Login ID (email or username) of the account to lock. Give one of loginID, UID or ip. */
  loginID?: string | undefined;
  /** The account to lock. */
  UID?: string | undefined;
  /** The IP address to lock. */
  ip?: string | undefined;
  /** Lock time in seconds, after which the lock ends by itself; 0 locks an account until rba.unlock, and is not allowed for an IP. */
  duration?: number | undefined;
}

/**
 * What `accounts.rba.lock` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413866d370b21014bbc5a10ce4041860.html | accounts.rba.lock reference}
 */
export interface AccountsRbaLockResponse {}

/** Fields the answer of `accounts.rba.lock` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsRbaLockErrorFields {
  /** InvalidParameterValue: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400006: {};
}

/**
 * Params of `accounts.rba.sdkConfiguration.get`: Lists the SDK types seen on the site with the versions allowed to call it, for blocking old or unknown SDKs.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/ee51584c371945a799d4f7d9cbeb77e1.html | accounts.rba.sdkConfiguration.get reference}
 */
export interface AccountsRbaSdkConfigurationGetParams extends CommonParams {}

/**
 * What `accounts.rba.sdkConfiguration.get` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/ee51584c371945a799d4f7d9cbeb77e1.html | accounts.rba.sdkConfiguration.get reference}
 */
export interface AccountsRbaSdkConfigurationGetResponse {
  /** The SDK types and their allowed versions. */
  result?: AccountsRbaSdkType[];
}

/**
 * Params of `accounts.rba.setPolicy`: Replaces the RBA policy of a site or of a site group's parent site.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413879cb70b21014bbc5a10ce4041860.html | accounts.rba.setPolicy reference}
 */
export interface AccountsRbaSetPolicyParams extends CommonParams {
  /** The complete policy. */
  policy: AccountsRbaSitePolicy;
}

/**
 * What `accounts.rba.setPolicy` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @remarks Only part of this method is confirmed by stored sources; fields marked as recalled are unverified.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413879cb70b21014bbc5a10ce4041860.html | accounts.rba.setPolicy reference}
 */
export interface AccountsRbaSetPolicyResponse {}

/**
 * Params of `accounts.rba.unlock`: Unlocks an account, by UID or loginID, or an IP address.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41388cd270b21014bbc5a10ce4041860.html | accounts.rba.unlock reference}
 */
export interface AccountsRbaUnlockParams extends CommonParams {
  /** Login ID (email or username) of the account to unlock. Give one of loginID, UID or ip. */
  loginID?: string | undefined;
  /** The account to unlock. */
  UID?: string | undefined;
  /** The IP address to unlock. */
  ip?: string | undefined;
}

/**
 * What `accounts.rba.unlock` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41388cd270b21014bbc5a10ce4041860.html | accounts.rba.unlock reference}
 */
export interface AccountsRbaUnlockResponse {}

/**
 * Params of `accounts.register`: Registers a new site account with a login ID and password, checked against the site's policies and schema; it can finalize the registration at once or leave it pending.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/1fe26c820cd145cd8c927a497c33d935.html | accounts.register reference}
 */
export interface AccountsRegisterParams<S extends SiteSchema = SiteSchema> extends CommonParams {
  /** The CAPTCHA provider the site uses. */
  captchaProvider?: 'reCaptchaV2' | 'invisible' | 'reCaptchaV3' | 'reCaptchaEnterpriseScore' | 'FunCaptcha' | (string & {}) | undefined;
  /**
   * Answer to a text CAPTCHA, in older CAPTCHA setups.
   *
   * Source: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}.
   */
  captchaText?: string | undefined;
  /** The CAPTCHA response, when the site's policy requires one. */
  captchaToken?: string | undefined;
  /** The end user's IP address and device, for risk-based authentication rules when a server registers the user. */
  clientContext?: AccountsClientContext | undefined;
  /** The user's opt-in per communication topic and channel. */
  communications?: Record<string, AccountsCommunication> | undefined;
  /** The site's custom data, checked against the data schema. */
  data?: SiteData<SiteWrite<S>> | undefined;
  /** The user's email address (the login ID on email-based sites). */
  email?: string | undefined;
  /**
   * Finalize the registration in this call; it stays pending while required fields are missing.
   * @defaultValue `false` (Gigya's default when omitted)
   */
  finalizeRegistration?: boolean | undefined;
  /**
   * Parts of the account to return besides the session.
   * @defaultValue `profile` (Gigya's default when omitted)
   */
  include?: 'identities-active' | 'identities-all' | 'loginIDs' | 'emails' | 'profile' | 'data' | 'password' | 'missing-required-fields' | 'lastLoginLocation' | 'irank' | (string & {}) | readonly ('identities-active' | 'identities-all' | 'loginIDs' | 'emails' | 'profile' | 'data' | 'password' | 'missing-required-fields' | 'lastLoginLocation' | 'irank' | (string & {}))[] | undefined;
  /** Language of the flow, used for error texts and emails when a template exists; it also sets profile.locale when that is not given. */
  lang?: string | undefined;
  /** The password, checked against the site's password policy. */
  password?: string | undefined;
  /** The consents the user gives. */
  preferences?: SitePreferences<SiteWrite<S>> | undefined;
  /** The user's profile, with the site's own profile fields. Missing required fields leave the registration pending (206001). */
  profile?: AccountsProfile | undefined;
  /** Where the registration happened, usually a page URL; verification emails can pick pages by it. */
  regSource?: string | undefined;
  /** Token from initRegistration (or getLiteToken when a lite account becomes a full one). Server calls may leave it out. */
  regToken?: string | undefined;
  /** Answer to the security question, when the site's policy requires one. */
  secretAnswer?: string | undefined;
  /** A security question, when the site's policy requires one. */
  secretQuestion?: string | undefined;
  /** Session lifetime in seconds: 0 ends with the browser; without it the session does not expire. */
  sessionExpiration?: number | undefined;
  /** UID to give the new account (up to 252 ASCII characters); generated when not given. */
  siteUID?: string | undefined;
  /** The user's email subscriptions. */
  subscriptions?: SiteSubscriptions<SiteWrite<S>> | undefined;
  /**
   * Which session data to return: cookie fields (browser) or sessionToken and sessionSecret (mobile).
   * @defaultValue `browser` (Gigya's default when omitted)
   */
  targetEnv?: 'browser' | 'mobile' | (string & {}) | undefined;
  /** Username login ID, on sites that allow one. */
  username?: string | undefined;
}

/**
 * What `accounts.register` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The call resolves to {@link AccountsRegisterResult}, which adds its flow states.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/1fe26c820cd145cd8c927a497c33d935.html | accounts.register reference}
 */
export interface AccountsRegisterResponse<S extends SiteSchema = SiteSchema> extends AccountsAccount<S> {
  /** Whether this call created a new user. */
  newUser?: boolean;
  /** A new token when the registration stays pending; valid for an hour. */
  regToken?: string;
  /** The session opened for the user, when the registration is finalized; its fields depend on targetEnv. */
  sessionInfo?: AccountsSessionInfo;
  /** Addresses still to verify, when the flow stops pending verification. */
  unverifiedEmails?: string[];
  /** With 400006 or 400009, the fields that failed (username, password, secretQuestion, secretAnswer, email, or schema fields). */
  validationErrors?: AccountsValidationError[];
}

/** What `accounts.register` resolves to besides the envelope: a success, or a state its flow stopped in, told apart by `errorCode`. */
export type AccountsRegisterResult<S extends SiteSchema = SiteSchema> =
  | (AccountsRegisterResponse<S> & { readonly errorCode: Exclude<ResultCode, 206001 | 206002> })
  | (AccountsRegisterResponse<S> & {
    /** AccountPendingRegistration: the flow stopped here and continues with the fields below. */
    readonly errorCode: 206001;
    /** The token of the pending registration (valid for about an hour): complete the account with it, then call accounts.finalizeRegistration. */
    readonly regToken: string;
  })
  | (AccountsRegisterResponse<S> & {
    /** AccountPendingVerification: the flow stopped here and continues with the fields below. */
    readonly errorCode: 206002;
    /** The token of the login waiting for email verification (valid for about an hour). */
    readonly regToken: string;
    /** Addresses still to verify, when the flow stops pending verification. */
    readonly unverifiedEmails?: string[];
  });

/** Fields the answer of `accounts.register` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsRegisterErrorFields {
  /** InvalidParameterValue: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400006: {
    /** With 400006 or 400009, the fields that failed (username, password, secretQuestion, secretAnswer, email, or schema fields). */
    readonly validationErrors?: AccountsValidationError[];
  };
  /** ValidationError: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400009: {
    /** With 400006 or 400009, the fields that failed (username, password, secretQuestion, secretAnswer, email, or schema fields). */
    readonly validationErrors?: AccountsValidationError[];
  };
  /** LoginIdentifierExists: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 403043: {
    /** A token for linking with the account that holds the identifier, in the older linking flow. */
    readonly regToken?: string;
  };
  /** EntityExistsConflict: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 409003: {
    /** The token for linking the new identity to the existing account: accounts.getConflictingAccount tells which account it is. */
    readonly regToken: string;
    /** The social network of the identity that matched an existing account; after the user logs in to that account, link the identity by sending it again. */
    readonly provider?: string;
    /** The social network's access token of that identity, to send again with the provider when linking. */
    readonly access_token?: string;
  };
}

/**
 * Params of `accounts.registerCounters`: Registers custom counters (class and path) for the site, so incrementCounters can count them.
 * @see {@link http://developers.gigya.com/display/GD/accounts.registerCounters+REST | accounts.registerCounters reference}
 */
export interface AccountsRegisterCountersParams extends CommonParams {
  /** The counters to register. */
  counters: readonly AccountsCounter[];
}

/**
 * What `accounts.registerCounters` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @remarks Only part of this method is confirmed by stored sources; fields marked as recalled are unverified.
 * @see {@link http://developers.gigya.com/display/GD/accounts.registerCounters+REST | accounts.registerCounters reference}
 */
export interface AccountsRegisterCountersResponse {}

/**
 * Params of `accounts.removeEmails`: Removes email addresses from an account's verified or unverified addresses.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/d5d894b89e3f41e885d322bcaee36bea.html | accounts.removeEmails reference}
 */
export interface AccountsRemoveEmailsParams extends CommonParams {
  /** The account to remove the addresses from. */
  UID?: string | undefined;
  /** Addresses to remove from the unverified list. */
  unverifiedEmails?: string | readonly string[] | undefined;
  /** Addresses to remove from the verified list. */
  verifiedEmails?: string | readonly string[] | undefined;
}

/**
 * What `accounts.removeEmails` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/d5d894b89e3f41e885d322bcaee36bea.html | accounts.removeEmails reference}
 */
export interface AccountsRemoveEmailsResponse {}

/**
 * Params of `accounts.resendDOIConfirmationEmail`: Sends the double opt-in confirmation email of a subscription again.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4138cb4370b21014bbc5a10ce4041860.html | accounts.resendDOIConfirmationEmail reference}
 */
export interface AccountsResendDOIConfirmationEmailParams extends CommonParams {
  /** Email address of the subscriber. */
  email: string;
  /**
   * Language of the confirmation email.
   * @defaultValue `en` (Gigya's default when omitted)
   */
  lang?: string | undefined;
  /** ID of the subscription. */
  subscriptionId: string;
}

/**
 * What `accounts.resendDOIConfirmationEmail` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4138cb4370b21014bbc5a10ce4041860.html | accounts.resendDOIConfirmationEmail reference}
 */
export interface AccountsResendDOIConfirmationEmailResponse {}

/**
 * Params of `accounts.resendVerificationCode`: Sends the verification email again to the account's unverified addresses, or to one address (which is added to the account when new).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4138f19d70b21014bbc5a10ce4041860.html | accounts.resendVerificationCode reference}
 */
export interface AccountsResendVerificationCodeParams extends CommonParams {
  /** The account. Give UID or regToken. */
  UID?: string | undefined;
  /** The one address to send to; added as an unverified address (and a login ID when the policy uses email) when the account lacks it. */
  email?: string | undefined;
  /** Token of an unfinished registration, instead of UID; valid for an hour. */
  regToken?: string | undefined;
}

/**
 * What `accounts.resendVerificationCode` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4138f19d70b21014bbc5a10ce4041860.html | accounts.resendVerificationCode reference}
 */
export interface AccountsResendVerificationCodeResponse {}

/**
 * Params of `accounts.resetPassword`: Resets a password, in two steps (an email with a reset link or token, then the new password with that token) or at once with a security answer or security fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/559574624b634e5a955e0f7eeba01c07.html | accounts.resetPassword reference}
 */
export interface AccountsResetPasswordParams extends CommonParams {
  /** The CAPTCHA response, once failed attempts reach the site's CAPTCHA threshold. */
  captchaToken?: string | undefined;
  /** The CAPTCHA provider the site uses. */
  captchaType?: 'reCaptchaV2' | 'invisible' | 'reCaptchaV3' | 'reCaptchaEnterpriseScore' | 'FunCaptcha' | (string & {}) | undefined;
  /** The end user's IP address and device, for risk-based authentication rules when a server makes the call. */
  clientContext?: AccountsClientContext | undefined;
  /** Send the reset link to this address of the account, even an unverified one that is not the login ID. */
  email?: string | undefined;
  /** Language of the email when profile.locale is not set. */
  lang?: string | undefined;
  /** First step: the account's username or email address. Give loginID or passwordResetToken. */
  loginID?: string | undefined;
  /** The new password. Needed with passwordResetToken, and with secretAnswer or securityFields when the account has no email or the policy demands a security check; ignored when the call only sends the email. */
  newPassword?: string | undefined;
  /** Second step: the token from the reset email (or from sendEmail false), valid for an hour by default. Give loginID or passwordResetToken. */
  passwordResetToken?: string | undefined;
  /** The answer to the account's security question, to reset at once. Give secretAnswer or securityFields when a security check is needed. */
  secretAnswer?: string | undefined;
  /** One set of the profile fields the passwordReset policy names, with the user's values, to reset at once. */
  securityFields?: Record<string, unknown> | undefined;
  /**
   * With false no email is sent; the response carries the token and the addresses instead.
   * @defaultValue `true` (Gigya's default when omitted)
   */
  sendEmail?: boolean | undefined;
}

/**
 * What `accounts.resetPassword` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/559574624b634e5a955e0f7eeba01c07.html | accounts.resetPassword reference}
 */
export interface AccountsResetPasswordResponse {
  /** The user whose password changed; only sent when the password changed. */
  UID?: string;
  /** The account's addresses, with sendEmail false. */
  emails?: AccountsEmails;
  /** The reset token, with sendEmail false. A new one revokes the earlier ones. */
  passwordResetToken?: string;
  /** The account's security question, sent with 400050 when the security check failed. */
  secretQuestion?: string;
}

/** Fields the answer of `accounts.resetPassword` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsResetPasswordErrorFields {
  /** ValidationError: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400009: {};
  /** SecurityVerificationFailed: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400050: {
    /** The account's security question, sent with 400050 when the security check failed. */
    readonly secretQuestion?: string;
  };
}

/**
 * Params of `accounts.resetSitePreferences`: Resets a user's consents on a site, so the user is asked for them again.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413917bf70b21014bbc5a10ce4041860.html | accounts.resetSitePreferences reference}
 */
export interface AccountsResetSitePreferencesParams extends CommonParams {
  /** The user whose consents to reset. */
  UID?: string | undefined;
  /** API key of the site whose consents to reset, when it is not the calling site. */
  resetPreferencesApiKey?: string | undefined;
}

/**
 * What `accounts.resetSitePreferences` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413917bf70b21014bbc5a10ce4041860.html | accounts.resetSitePreferences reference}
 */
export interface AccountsResetSitePreferencesResponse {}

/**
 * Params of `accounts.search`: Queries the accounts storage with an SQL-like query (SELECT … FROM accounts | emailAccounts | communications WHERE … ORDER BY … LIMIT …), with cursors for large result sets.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/b32ce0918af44c3ebd7e96650fa6cc1d.html | accounts.search reference}
 */
export interface AccountsSearchParams extends CommonParams {
  /**
   * Kinds of account to search, full, lite or both.
   * @defaultValue `full` (Gigya's default when omitted)
   */
  accountTypes?: 'full' | 'lite' | (string & {}) | readonly ('full' | 'lite' | (string & {}))[] | undefined;
  /** nextCursorId of the previous page, to fetch the next one; send it without query. A cursor lives 5 minutes between calls, and a page may be fetched again with the same cursor. */
  cursorId?: string | undefined;
  /**
   * Client-side calls with querySig: when the signature expires, in Unix milliseconds.
   *
   * Source: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}.
   */
  expTime?: number | undefined;
  /** Open a cursor on the first request; the response then carries nextCursorId, and LIMIT (at most 1000) sets the page size. Server calls with a user key and secret only. */
  openCursor?: boolean | undefined;
  /** The query, e.g. SELECT * FROM accounts WHERE profile.age >= 18 LIMIT 100. Strings in double quotes; send it only on the first request of a cursor. */
  query?: string | undefined;
  /**
   * Client-side calls (mobile SDKs): HMAC-SHA1 signature, made as Gigya signs, over query + "_" + expTime. Not with openCursor.
   *
   * Source: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}.
   */
  querySig?: string | undefined;
  /** A query that must match the regular expression an ACL sets for the caller; for callers limited to some queries. */
  restrictedQuery?: string | undefined;
  /**
   * Timeout of the search in milliseconds, at most 60000.
   * @defaultValue `20000` (Gigya's default when omitted)
   */
  timeout?: number | undefined;
}

/**
 * What `accounts.search` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/b32ce0918af44c3ebd7e96650fa6cc1d.html | accounts.search reference}
 */
export interface AccountsSearchResponse<S extends SiteSchema = SiteSchema> {
  /**
   * Listed without a description in the emailAccounts form of the response.
   *
   * Source: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}.
   */
  missing?: number;
  /** Cursor of the next page; absent on the last page. */
  nextCursorId?: string;
  /** Number of rows in results. */
  objectsCount?: number;
  /** The matching accounts, holding only the selected fields. count(*) queries return one row with the count; emailAccounts and communications queries return rows of those kinds. */
  results?: AccountsAccount<S>[];
  /** Number of rows that match in total, useful with LIMIT. */
  totalCount?: number;
}

/** Fields the answer of `accounts.search` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsSearchErrorFields {
  /** InvalidParameterValue: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400006: {};
}

/**
 * Params of `accounts.sendLiteInvite`: Emails a lite account user an invitation link to the site's preferences center.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4139643c70b21014bbc5a10ce4041860.html | accounts.sendLiteInvite reference}
 */
export interface AccountsSendLiteInviteParams extends CommonParams {
  /** Email address of the lite account. Give email or emailToken, not both. */
  email?: string | undefined;
  /** Token of the lite account's email. Give email or emailToken, not both. */
  emailToken?: string | undefined;
  /**
   * Seconds the link in the email stays valid.
   * @defaultValue `600` (Gigya's default when omitted)
   */
  invitationExpiration?: number | undefined;
  /**
   * Language of the email; other languages need a template in the preferencesCenter policy.
   * @defaultValue `en` (Gigya's default when omitted)
   */
  lang?: string | undefined;
  /**
   * Seconds the session lasts after the user follows the link.
   * @defaultValue `3600` (Gigya's default when omitted)
   */
  sessionExpiration?: number | undefined;
}

/**
 * What `accounts.sendLiteInvite` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4139643c70b21014bbc5a10ce4041860.html | accounts.sendLiteInvite reference}
 */
export interface AccountsSendLiteInviteResponse {}

/**
 * Params of `accounts.session.verify`: Checks that the OAuth2 access token of the call belongs to a valid session.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/6e5f013e6369493091d086c56d842862.html | accounts.session.verify reference}
 */
export interface AccountsSessionVerifyParams extends CommonParams {}

/**
 * What `accounts.session.verify` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/6e5f013e6369493091d086c56d842862.html | accounts.session.verify reference}
 */
export interface AccountsSessionVerifyResponse {}

/**
 * Params of `accounts.setAccountInfo`: Changes an account. Only the params sent change; objects such as profile, data and subscriptions are merged field by field, so send only the fields that change.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41398a8670b21014bbc5a10ce4041860.html | accounts.setAccountInfo reference}
 */
export interface AccountsSetAccountInfoParams<S extends SiteSchema = SiteSchema> extends CommonParams {
  /** The account to change. Give UID or regToken. */
  UID?: string | undefined;
  /** Email addresses to add as login identifiers. */
  addLoginEmails?: string | readonly string[] | undefined;
  /** Opt-in changes per "<topic>_<channel>", each with status optIn or optOut and optionally optIn context and userActionTimestamp; the topics must exist. */
  communications?: Record<string, AccountsCommunication> | undefined;
  /**
   * When a new login ID belongs to another account: fail, or save the profile first and answer 200010 (OK with error login identifier exists). Applies unless the link-account policy is off.
   * @defaultValue `fail` (Gigya's default when omitted)
   */
  conflictHandling?: 'fail' | 'saveProfileAndFail' | (string & {}) | undefined;
  /**
   * Creation time to record (ISO 8601).
   *
   * Source: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}.
   */
  created?: string | undefined;
  /** Custom login identifiers to set, by identifier name (e.g. {"Loyalty_Number": "123"}); null removes one. */
  customIdentifiers?: Record<string, unknown> | undefined;
  /**
   * Custom data to merge; fields not sent stay as they are. Create new fields with setSchema rather than here (fields created here are serverOnly).
   *
   * Gigya merges it into the stored object: a field left out stays as it is and `null` deletes it, at any depth; arrays are replaced whole.
   */
  data?: MergePatch<SiteData<S>> | undefined;
  /**
   * Server-only internal data to merge.
   *
   * Gigya merges it into the stored object: a field left out stays as it is and `null` deletes it, at any depth; arrays are replaced whole.
   *
   * Source: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   */
  internal?: MergePatch<Record<string, unknown>> | undefined;
  /** Enable or disable the account; only server calls may disable it. A disabled account cannot log in, and its email cannot register again. */
  isActive?: boolean | undefined;
  /**
   * Lock or unlock the account.
   *
   * Source: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}.
   * @deprecated Use accounts.rba.unlock.
   */
  isLockedOut?: boolean | undefined;
  /** With true every address of the account becomes verified; this cannot be undone. */
  isVerified?: boolean | undefined;
  /** Language of the interaction; needed with preferences when the statement has several localized purposes (the consent's default locale otherwise). */
  lang?: string | undefined;
  /**
   * Change the account without firing webhooks.
   * @defaultValue `false` (Gigya's default when omitted)
   */
  muteWebhooks?: boolean | undefined;
  /** New password, with password (the current one) unless securityOverride is set. Only over HTTPS; the user's other devices are logged out. */
  newPassword?: string | undefined;
  /** The current password, needed with newPassword and to change the security question or answer. Only over HTTPS. */
  password?: string | undefined;
  /** Phone number login identifier in E.164 format; client-side calls cannot change it. */
  phoneNumber?: string | undefined;
  /**
   * Consent changes. Only isConsentGranted can change (with tags only together with a change of it); pass lang too. Not as an array.
   *
   * Gigya merges it into the stored object: a field left out stays as it is and `null` deletes it, at any depth; arrays are replaced whole.
   */
  preferences?: MergePatch<SitePreferences<S>> | undefined;
  /**
   * Profile fields to merge, including the site's own profile fields.
   *
   * Gigya merges it into the stored object: a field left out stays as it is and `null` deletes it, at any depth; arrays are replaced whole.
   */
  profile?: MergePatch<AccountsProfile> | undefined;
  /** The user's risk-based authentication policy. */
  rba?: AccountsRbaPolicy | undefined;
  /** Where the user registered; cannot change once set. */
  regSource?: string | undefined;
  /** Token of an unfinished registration (or a lite account's token) instead of UID; valid for an hour. Such calls count as client-side, so serverOnly fields cannot be written, and they need HTTPS. */
  regToken?: string | undefined;
  /** Email addresses to remove from the account's login identifiers (also from loginIDs.username when it matches). */
  removeLoginEmails?: string | readonly string[] | undefined;
  /** With true (the only value) the user must change the password at the next login (403100); it cannot be undone. */
  requirePasswordChange?: boolean | undefined;
  /** New answer to the security question, with secretQuestion and password. Stored hashed. */
  secretAnswer?: string | undefined;
  /** New security question, with secretAnswer and password. */
  secretQuestion?: string | undefined;
  /**
   * Set newPassword without the current password, and the first security question and answer without a password check. Only for credentials with site permissions.
   * @defaultValue `false` (Gigya's default when omitted)
   */
  securityOverride?: boolean | undefined;
  /**
   * Subscription changes; only isSubscribed, tags and the double opt-in confirmation flags can be written.
   *
   * Gigya merges it into the stored object: a field left out stays as it is and `null` deletes it, at any depth; arrays are replaced whole.
   */
  subscriptions?: MergePatch<SiteSubscriptions<S>> | undefined;
  /** New username login identifier, where the site's policy allows one. */
  username?: string | undefined;
}

/**
 * What `accounts.setAccountInfo` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The call resolves to {@link AccountsSetAccountInfoResult}, which adds its flow states.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41398a8670b21014bbc5a10ce4041860.html | accounts.setAccountInfo reference}
 */
export interface AccountsSetAccountInfoResponse {
  /** The account's UID, sent when a lite account's regToken was used. */
  UID?: string;
  /** With 400006 or 400009, the fields that failed validation. */
  validationErrors?: AccountsValidationError[];
}

/** What `accounts.setAccountInfo` resolves to besides the envelope: a success, or a state its flow stopped in, told apart by `errorCode`. */
export type AccountsSetAccountInfoResult =
  | (AccountsSetAccountInfoResponse & { readonly errorCode: Exclude<ResultCode, 200010> })
  | (AccountsSetAccountInfoResponse & {
    /** OkWithErrorLoginIdentifierExists: the flow stopped here and continues with the fields below. */
    readonly errorCode: 200010;
    /** A token for linking the account whose login identifier is taken, when Gigya sends one. */
    readonly regToken?: string;
  });

/** Fields the answer of `accounts.setAccountInfo` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsSetAccountInfoErrorFields {
  /** InvalidParameterValue: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400006: {
    /** With 400006 or 400009, the fields that failed validation. */
    readonly validationErrors?: AccountsValidationError[];
  };
  /** ValidationError: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400009: {
    /** With 400006 or 400009, the fields that failed validation. */
    readonly validationErrors?: AccountsValidationError[];
  };
  /** LoginIdentifierExists: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 403043: {
    /** A token for linking with the account that holds the identifier, in the older linking flow. */
    readonly regToken?: string;
  };
}

/**
 * Params of `accounts.setPassword`: Sets a user's password from a server call. Listed by a 2016-2020 client only; the current reference changes passwords through setAccountInfo and resetPassword.
 * @deprecated Use setAccountInfo (password and newPassword, or securityOverride) or resetPassword.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | accounts reference} (no page of its own)
 */
export interface AccountsSetPasswordParams extends CommonParams {
  /**
   * The user whose password to set.
   * @remarks Recalled, not confirmed by a stored source: treat as unverified.
   */
  UID: string;
  /**
   * The new password.
   * @remarks Recalled, not confirmed by a stored source: treat as unverified.
   */
  newPassword: string;
  /**
   * The current password, where the call checks it.
   * @remarks Recalled, not confirmed by a stored source: treat as unverified.
   */
  password?: string | undefined;
}

/**
 * What `accounts.setPassword` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @remarks This method is recalled, not confirmed by a stored source: treat its fields as unverified.
 * @deprecated Use setAccountInfo (password and newPassword, or securityOverride) or resetPassword.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | accounts reference} (no page of its own)
 */
export interface AccountsSetPasswordResponse {}

/** Fields the answer of `accounts.setPassword` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsSetPasswordErrorFields {
  /** ValidationError: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400009: {};
}

/**
 * Params of `accounts.setPolicies`: Changes the site's account policies. Only the sections sent change, and within them only the properties sent.
 * @see {@link http://developers.gigya.com/display/GD/accounts.setPolicies+REST | accounts.setPolicies reference}
 */
export interface AccountsSetPoliciesParams extends CommonParams {
  /** Login identifiers, verification and welcome emails, identifier conflicts. */
  accountOptions?: AccountsAccountOptionsPolicy | undefined;
  /** Enabled authentication methods. */
  authentication?: AccountsAuthenticationPolicy | undefined;
  /** Double opt-in confirmation emails. */
  doubleOptIn?: AccountsDoubleOptInPolicy | undefined;
  /** Confirmation and account-deleted emails. */
  emailNotifications?: AccountsEmailNotificationsPolicy | undefined;
  /** The verification email and its landing page. */
  emailVerification?: AccountsEmailVerificationPolicy | undefined;
  /** Identity federation settings. */
  federation?: AccountsFederationPolicy | undefined;
  /** Web SDK defaults. */
  gigyaPlugins?: AccountsGigyaPluginsPolicy | undefined;
  /** Rules for new passwords. */
  passwordComplexity?: AccountsPasswordComplexityPolicy | undefined;
  /** How password resets work. */
  passwordReset?: AccountsPasswordResetPolicy | undefined;
  /**
   * Preferences center (lite account) settings.
   *
   * Source: {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | Called this way by SAP's own Customer Data Cloud toolkit}.
   */
  preferencesCenter?: Record<string, unknown> | undefined;
  /** Thumbnail size of profile photos. */
  profilePhoto?: AccountsProfilePhotoPolicy | undefined;
  /** What registration requires. */
  registration?: AccountsRegistrationPolicy | undefined;
  /** Lockouts, CAPTCHA threshold, password history and age. */
  security?: AccountsSecurityPolicy | undefined;
  /** Two-factor authentication providers. */
  twoFactorAuth?: AccountsTwoFactorAuthPolicy | undefined;
}

/**
 * What `accounts.setPolicies` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link http://developers.gigya.com/display/GD/accounts.setPolicies+REST | accounts.setPolicies reference}
 */
export interface AccountsSetPoliciesResponse {}

/**
 * Params of `accounts.setProfilePhoto`: Uploads a profile photo (Base64 bytes), as a temporary photo or published to the profile.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4139fc6970b21014bbc5a10ce4041860.html | accounts.setProfilePhoto reference}
 */
export interface AccountsSetProfilePhotoParams extends CommonParams {
  /** The account. Give UID or regToken. */
  UID?: string | undefined;
  /** The photo, Base64-encoded; PNG, JPEG or GIF, at most 6 MB. */
  photoBytes?: string | undefined;
  /**
   * Publish the photo at once (photoURL, and a thumbnail in thumbnailURL) rather than keeping it temporary for publishProfilePhoto.
   * @defaultValue `false` (Gigya's default when omitted)
   */
  publish?: boolean | undefined;
  /** Token of an unfinished registration, instead of UID; valid for an hour. */
  regToken?: string | undefined;
}

/**
 * What `accounts.setProfilePhoto` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4139fc6970b21014bbc5a10ce4041860.html | accounts.setProfilePhoto reference}
 */
export interface AccountsSetProfilePhotoResponse {}

/**
 * Params of `accounts.setSchema`: Defines or changes fields of the site schema (type, required, write access, encryption, format) for the profile, data, subscriptions, preferences, internal and addresses parts.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413a0faa70b21014bbc5a10ce4041860.html | accounts.setSchema reference}
 */
export interface AccountsSetSchemaParams extends CommonParams {
  /** Changes to the addresses part. */
  addressesSchema?: AccountsSchema | undefined;
  /** Changes to the custom data part, including dynamicSchema. */
  dataSchema?: AccountsSchema | undefined;
  /** Changes to the server-only internal part. */
  internalSchema?: AccountsSchema | undefined;
  /** Changes to the consent statements (type consent, with versions or dates). */
  preferencesSchema?: AccountsSchema | undefined;
  /** Changes to the profile part (required, writeAccess, format, encryption of reserved and custom profile fields). */
  profileSchema?: AccountsSchema | undefined;
  /** For a member of a site group: change the group's schema or the site's own overrides. */
  scope?: 'group' | 'site' | (string & {}) | undefined;
  /** Changes to the email subscriptions. */
  subscriptionsSchema?: AccountsSchema | undefined;
}

/**
 * What `accounts.setSchema` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @remarks Only part of this method is confirmed by stored sources; fields marked as recalled are unverified.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413a0faa70b21014bbc5a10ce4041860.html | accounts.setSchema reference}
 */
export interface AccountsSetSchemaResponse {}

/**
 * Params of `accounts.setScreenSet`: Creates or replaces a hosted screen-set (its markup, style, translations and hooks).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413a22ad70b21014bbc5a10ce4041860.html | accounts.setScreenSet reference}
 */
export interface AccountsSetScreenSetParams extends CommonParams {
  /**
   * Comment saved with this version.
   *
   * Source: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}.
   */
  comment?: string | undefined;
  /** Style sheet of the screen-set; it must come with the markup it belongs to. */
  css?: string | undefined;
  /** Markup of the screen-set. */
  html: string;
  /** Event hooks of the screen-set, as JavaScript source. */
  javascript?: string | undefined;
  /**
   * Designer data of the screen-set.
   *
   * Source: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}.
   */
  metadata?: AccountsScreenSetMetadata | undefined;
  /** ID of the screen-set; created when it does not exist. */
  screenSetID: string;
  /** Custom texts per language code, each a map of translation keys to text; must come with the markup. */
  translations?: Record<string, Record<string, string>> | undefined;
}

/**
 * What `accounts.setScreenSet` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413a22ad70b21014bbc5a10ce4041860.html | accounts.setScreenSet reference}
 */
export interface AccountsSetScreenSetResponse {}

/**
 * Params of `accounts.sms.config.get`: Returns the SMS provider settings that apply to the site, from the lowest level that has some (site, then site group, then partner).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/96386b7e9d3f4dd2ba6db6ae17636f42.html | accounts.sms.config.get reference}
 */
export interface AccountsSmsConfigGetParams extends CommonParams {}

/**
 * What `accounts.sms.config.get` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/96386b7e9d3f4dd2ba6db6ae17636f42.html | accounts.sms.config.get reference}
 */
export interface AccountsSmsConfigGetResponse {
  /** The settings that apply. */
  smsProviderConfig?: AccountsSmsProviderConfig;
}

/**
 * Params of `accounts.sms.config.set`: Sets the site-level SMS provider settings, replacing any existing site-level ones.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/2f7844ac20964d0a90154d2e7982715d.html | accounts.sms.config.set reference}
 */
export interface AccountsSmsConfigSetParams extends CommonParams {
  /** The settings; Gigya refuses them without vendorName or credentials. */
  smsProviderConfig: AccountsSmsProviderConfig;
}

/**
 * What `accounts.sms.config.set` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/2f7844ac20964d0a90154d2e7982715d.html | accounts.sms.config.set reference}
 */
export interface AccountsSmsConfigSetResponse {}

/**
 * Params of `accounts.sms.templates.get`: Returns the site's SMS templates for one-time codes and TFA, per language and country.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/215367b5a1604283899d505811964492.html | accounts.sms.templates.get reference}
 */
export interface AccountsSmsTemplatesGetParams extends CommonParams {}

/**
 * What `accounts.sms.templates.get` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/215367b5a1604283899d505811964492.html | accounts.sms.templates.get reference}
 */
export interface AccountsSmsTemplatesGetResponse {
  /** The templates. */
  templates?: AccountsSmsTemplates;
}

/**
 * Params of `accounts.sms.templates.set`: Creates or updates the site's SMS templates.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/bde4427de0f44ca2b5a3e816d5e3a7bb.html | accounts.sms.templates.set reference}
 */
export interface AccountsSmsTemplatesSetParams extends CommonParams {
  /** The templates to set; SAP's toolkit passes the templates object of sms.templates.get unchanged. */
  templates: AccountsSmsTemplates;
}

/**
 * What `accounts.sms.templates.set` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/bde4427de0f44ca2b5a3e816d5e3a7bb.html | accounts.sms.templates.set reference}
 */
export interface AccountsSmsTemplatesSetResponse {}

/**
 * Params of `accounts.socialLogin`: Browser endpoint that logs a user in to the accounts storage through a social network, by redirecting to the provider and back to the site's redirect_uri. Open it in the user's browser; it is not a server-to-server call.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413a6e9d70b21014bbc5a10ce4041860.html | accounts.socialLogin reference}
 */
export interface AccountsSocialLoginParams extends CommonParams {
  /**
   * The site's API key, as the OAuth client ID.
   * @remarks Recalled, not confirmed by a stored source: treat as unverified.
   */
  client_id?: string | undefined;
  /**
   * Where the browser returns after the login.
   * @remarks Recalled, not confirmed by a stored source: treat as unverified.
   */
  redirect_uri?: string | undefined;
  /**
   * What comes back on the redirect, an authorization code or a token.
   * @remarks Recalled, not confirmed by a stored source: treat as unverified.
   */
  response_type?: 'code' | 'token' | (string & {}) | undefined;
  /**
   * Value passed back unchanged on the redirect.
   * @remarks Recalled, not confirmed by a stored source: treat as unverified.
   */
  state?: string | undefined;
  /**
   * Kind of login, as in login's loginMode.
   * @remarks Recalled, not confirmed by a stored source: treat as unverified.
   */
  x_loginMode?: 'standard' | 'link' | 'connect' | (string & {}) | undefined;
  /**
   * The social network to log in with, e.g. facebook.
   * @remarks Recalled, not confirmed by a stored source: treat as unverified.
   */
  x_provider?: string | undefined;
  /**
   * Token of the flow to continue, with x_loginMode link.
   * @remarks Recalled, not confirmed by a stored source: treat as unverified.
   */
  x_regToken?: string | undefined;
  /**
   * Session lifetime, as in login's sessionExpiration.
   * @remarks Recalled, not confirmed by a stored source: treat as unverified.
   */
  x_sessionExpiration?: number | undefined;
}

/**
 * What `accounts.socialLogin` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @remarks Only part of this method is confirmed by stored sources; fields marked as recalled are unverified.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413a6e9d70b21014bbc5a10ce4041860.html | accounts.socialLogin reference}
 */
export interface AccountsSocialLoginResponse {}

/**
 * Params of `accounts.store.downloadConsentDocument`: Downloads a consent document stored with accounts.store.uploadConsentDocument.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413a81a770b21014bbc5a10ce4041860.html | accounts.store.downloadConsentDocument reference}
 */
export interface AccountsStoreDownloadConsentDocumentParams extends CommonParams {
  /** The document's URL, as the upload returned it. */
  URL: string;
}

/**
 * What `accounts.store.downloadConsentDocument` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413a81a770b21014bbc5a10ce4041860.html | accounts.store.downloadConsentDocument reference}
 */
export interface AccountsStoreDownloadConsentDocumentResponse {
  /** The document, base64-encoded. */
  DocumentContent?: string;
  /** Media type of the document. */
  DocumentContentType?: 'application/pdf' | (string & {});
}

/**
 * Params of `accounts.store.uploadConsentDocument`: Uploads a consent document (a PDF) to Gigya's accounts storage and returns its download URL.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413a94a470b21014bbc5a10ce4041860.html | accounts.store.uploadConsentDocument reference}
 */
export interface AccountsStoreUploadConsentDocumentParams extends CommonParams {
  /** The document, base64-encoded. */
  documentContent: string;
  /** Media type of the document; only PDF is supported today. */
  documentContentType: 'application/pdf' | (string & {});
  /** Name of the document. */
  documentName?: string | undefined;
  /** Your site's name for the download host, e.g. mysite for mysite.accounts.gigya.com; it needs a matching CNAME record. */
  URLPrefix?: string | undefined;
}

/**
 * What `accounts.store.uploadConsentDocument` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413a94a470b21014bbc5a10ce4041860.html | accounts.store.uploadConsentDocument reference}
 */
export interface AccountsStoreUploadConsentDocumentResponse {
  /** The stored document's URL. */
  Url?: string;
  /** The stored document's file name. */
  FileName?: string;
}

/**
 * Params of `accounts.stream.create`: Creates a stream of account changes, optionally starting in the past (up to 30 days), and returns the first cursor for accounts.stream.read.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/de20e73c5f0e4df0bc5ab38e2717f494.html | accounts.stream.create reference}
 */
export interface AccountsStreamCreateParams extends CommonParams {
  /** Earliest change to include, in Unix seconds; at most 30 days ago. */
  since?: number | undefined;
}

/**
 * What `accounts.stream.create` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/de20e73c5f0e4df0bc5ab38e2717f494.html | accounts.stream.create reference}
 */
export interface AccountsStreamCreateResponse {
  /**
   * ID of the new stream.
   *
   * Source: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   */
  streamId: string;
  /**
   * The first cursor; pass it to accounts.stream.read.
   *
   * Source: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   */
  cursorId: string;
}

/**
 * Params of `accounts.stream.read`: Reads the next page of account changes of a stream.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/cbf4b101bc1d427da0e257e364da1c36.html | accounts.stream.read reference}
 */
export interface AccountsStreamReadParams extends CommonParams {
  /** The cursor of the previous answer, or the one from accounts.stream.create for the first page. */
  cursorId: string;
  /** Largest number of changes per answer. */
  limit?: number | undefined;
}

/**
 * What `accounts.stream.read` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @remarks Only part of this method is confirmed by stored sources; fields marked as recalled are unverified.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/cbf4b101bc1d427da0e257e364da1c36.html | accounts.stream.read reference}
 */
export interface AccountsStreamReadResponse {
  /** The changes of this page. */
  results?: AccountsStreamEvent[];
  /** The cursor for the next page. */
  cursorId?: string;
}

/**
 * Params of `accounts.tfa.backupcodes.create`: Generates a new set of one-time backup codes for the user in an authenticator-app flow.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413abafd70b21014bbc5a10ce4041860.html | accounts.tfa.backupcodes.create reference}
 */
export interface AccountsTfaBackupcodesCreateParams extends CommonParams {
  /** The short-lived JWT tfa.initTFA returned for this flow. */
  gigyaAssertion: string;
}

/**
 * What `accounts.tfa.backupcodes.create` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413abafd70b21014bbc5a10ce4041860.html | accounts.tfa.backupcodes.create reference}
 */
export interface AccountsTfaBackupcodesCreateResponse {
  /** The new codes; each works once. */
  backupCodes?: string[];
}

/** Fields the answer of `accounts.tfa.backupcodes.create` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsTfaBackupcodesCreateErrorFields {
  /** InvalidParameterValue: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400006: {};
}

/**
 * Params of `accounts.tfa.backupcodes.get`: Returns the backup codes saved for the user in an authenticator-app flow.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413ace4a70b21014bbc5a10ce4041860.html | accounts.tfa.backupcodes.get reference}
 */
export interface AccountsTfaBackupcodesGetParams extends CommonParams {
  /** The short-lived JWT tfa.initTFA returned for this flow. */
  gigyaAssertion: string;
}

/**
 * What `accounts.tfa.backupcodes.get` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413ace4a70b21014bbc5a10ce4041860.html | accounts.tfa.backupcodes.get reference}
 */
export interface AccountsTfaBackupcodesGetResponse {
  /** The user's saved codes. */
  backupCodes?: string[];
}

/** Fields the answer of `accounts.tfa.backupcodes.get` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsTfaBackupcodesGetErrorFields {
  /** InvalidParameterValue: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400006: {};
}

/**
 * Params of `accounts.tfa.backupcodes.verify`: Checks a backup code the user typed instead of an authenticator-app code; on success the flow continues with tfa.finalizeTFA.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413ae15570b21014bbc5a10ce4041860.html | accounts.tfa.backupcodes.verify reference}
 */
export interface AccountsTfaBackupcodesVerifyParams extends CommonParams {
  /** The short-lived JWT tfa.initTFA returned for this flow. */
  gigyaAssertion: string;
  /** The backup code the user entered. */
  code: string;
}

/**
 * What `accounts.tfa.backupcodes.verify` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @remarks Only part of this method is confirmed by stored sources; fields marked as recalled are unverified.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413ae15570b21014bbc5a10ce4041860.html | accounts.tfa.backupcodes.verify reference}
 */
export interface AccountsTfaBackupcodesVerifyResponse {
  /** Signed proof that the code was right, to pass on to tfa.finalizeTFA. */
  gigyaAssertion?: string;
}

/** Fields the answer of `accounts.tfa.backupcodes.verify` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsTfaBackupcodesVerifyErrorFields {
  /** InvalidParameterValue: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400006: {};
}

/**
 * Params of `accounts.tfa.deactivateProvider`: Turns one TFA provider off for the user on all devices.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413af46770b21014bbc5a10ce4041860.html | accounts.tfa.deactivateProvider reference}
 */
export interface AccountsTfaDeactivateProviderParams extends CommonParams {
  /** The user whose provider is turned off. */
  UID: string;
  /** The provider to turn off. */
  provider: 'gigyaEmail' | 'gigyaPhone' | 'gigyaPush' | 'gigyaTotp' | (string & {});
}

/**
 * What `accounts.tfa.deactivateProvider` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413af46770b21014bbc5a10ce4041860.html | accounts.tfa.deactivateProvider reference}
 */
export interface AccountsTfaDeactivateProviderResponse {}

/**
 * Params of `accounts.tfa.email.completeVerification`: Checks the code the user received by email against the phvToken and returns the provider assertion that tfa.finalizeTFA takes.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413b0b7d70b21014bbc5a10ce4041860.html | accounts.tfa.email.completeVerification reference}
 */
export interface AccountsTfaEmailCompleteVerificationParams extends CommonParams {
  /** The JWT tfa.initTFA returned; the same one used to send the code. */
  gigyaAssertion: string;
  /** The token tfa.email.sendVerificationCode returned. */
  phvToken: string;
  /** The code the user entered. */
  code: string;
}

/**
 * What `accounts.tfa.email.completeVerification` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413b0b7d70b21014bbc5a10ce4041860.html | accounts.tfa.email.completeVerification reference}
 */
export interface AccountsTfaEmailCompleteVerificationResponse {
  /** Signed proof of the verified email, for tfa.finalizeTFA. */
  providerAssertion?: string;
}

/** Fields the answer of `accounts.tfa.email.completeVerification` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsTfaEmailCompleteVerificationErrorFields {
  /** InvalidParameterValue: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400006: {};
}

/**
 * Params of `accounts.tfa.email.getEmails`: Lists the user's verified email addresses, masked, to choose where the TFA code goes.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413b1e8a70b21014bbc5a10ce4041860.html | accounts.tfa.email.getEmails reference}
 */
export interface AccountsTfaEmailGetEmailsParams extends CommonParams {
  /** The JWT tfa.initTFA returned for provider gigyaEmail. */
  gigyaAssertion: string;
}

/**
 * What `accounts.tfa.email.getEmails` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413b1e8a70b21014bbc5a10ce4041860.html | accounts.tfa.email.getEmails reference}
 */
export interface AccountsTfaEmailGetEmailsResponse {
  /** The verified addresses. */
  emails?: AccountsTfaVerifiedEmail[];
}

/** Fields the answer of `accounts.tfa.email.getEmails` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsTfaEmailGetEmailsErrorFields {
  /** InvalidParameterValue: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400006: {};
}

/**
 * Params of `accounts.tfa.email.sendVerificationCode`: Sends a random 6-digit code to one of the user's verified email addresses and returns the phvToken that ties the code to this flow.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413b31d470b21014bbc5a10ce4041860.html | accounts.tfa.email.sendVerificationCode reference}
 */
export interface AccountsTfaEmailSendVerificationCodeParams extends CommonParams {
  /** The JWT tfa.initTFA returned for provider gigyaEmail. */
  gigyaAssertion: string;
  /** ID of the address from tfa.email.getEmails. Give emailID or email; emailID wins when both are sent. */
  emailID?: string | undefined;
  /** The address itself; it must be one of the user's verified addresses. */
  email?: string | undefined;
  /**
   * Language of the email, e.g. en.
   *
   * Source: {@link https://github.com/SAP/gigya-swift-sdk | Handled by SAP's official iOS SDK}.
   */
  lang?: string | undefined;
}

/**
 * What `accounts.tfa.email.sendVerificationCode` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413b31d470b21014bbc5a10ce4041860.html | accounts.tfa.email.sendVerificationCode reference}
 */
export interface AccountsTfaEmailSendVerificationCodeResponse {
  /** Token holding the code and the assertion's ID; pass it to tfa.email.completeVerification. */
  phvToken?: string;
}

/** Fields the answer of `accounts.tfa.email.sendVerificationCode` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsTfaEmailSendVerificationCodeErrorFields {
  /** InvalidParameterValue: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400006: {};
}

/**
 * Params of `accounts.tfa.finalizeTFA`: Completes a TFA flow: Gigya checks both assertions and, by the mode the flow started in, activates the provider and/or marks the device as verified.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413b44d170b21014bbc5a10ce4041860.html | accounts.tfa.finalizeTFA reference}
 */
export interface AccountsTfaFinalizeTFAParams extends CommonParams {
  /** The JWT tfa.initTFA returned for this flow. */
  gigyaAssertion: string;
  /** The provider's proof, from completeVerification, totp.verify or push.isVerified. */
  providerAssertion: string;
  /** The regToken of the interrupted login or registration; give it or UID. */
  regToken?: string | undefined;
  /** The user, when they are logged in (add or edit modes). */
  UID?: string | undefined;
  /**
   * true to trust this device for this login only; such devices count as unverified at the next login.
   * @defaultValue `false` (Gigya's default when omitted)
   */
  tempDevice?: boolean | undefined;
}

/**
 * What `accounts.tfa.finalizeTFA` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413b44d170b21014bbc5a10ce4041860.html | accounts.tfa.finalizeTFA reference}
 */
export interface AccountsTfaFinalizeTFAResponse {}

/** Fields the answer of `accounts.tfa.finalizeTFA` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsTfaFinalizeTFAErrorFields {
  /** InvalidParameterValue: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400006: {};
}

/**
 * Params of `accounts.tfa.getCertificate`: Returns Gigya's PEM-encoded X.509 certificate, whose RSA public key verifies the JWTs of TFA flows.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413b57d970b21014bbc5a10ce4041860.html | accounts.tfa.getCertificate reference}
 */
export interface AccountsTfaGetCertificateParams extends CommonParams {}

/**
 * What `accounts.tfa.getCertificate` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413b57d970b21014bbc5a10ce4041860.html | accounts.tfa.getCertificate reference}
 */
export interface AccountsTfaGetCertificateResponse {
  /** The certificate in PEM text. */
  certificate?: string;
}

/**
 * Params of `accounts.tfa.getProviders`: Lists the TFA providers the site offers, split into those the user has registered, those they have not, and those waiting for opt-in.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413b6ced70b21014bbc5a10ce4041860.html | accounts.tfa.getProviders reference}
 */
export interface AccountsTfaGetProvidersParams extends CommonParams {
  /** The user; give UID or regToken. With an OAuth2 token the user comes from the token. */
  UID?: string | undefined;
  /** The regToken of a login or registration that stopped at 403101 or 403102; valid for one hour. */
  regToken?: string | undefined;
}

/**
 * What `accounts.tfa.getProviders` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413b6ced70b21014bbc5a10ce4041860.html | accounts.tfa.getProviders reference}
 */
export interface AccountsTfaGetProvidersResponse {
  /**
   * Providers the site offers and the user has registered.
   *
   * Source: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   */
  activeProviders: AccountsTfaProvider[];
  /**
   * Providers the site offers that the user has not registered.
   *
   * Source: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   */
  inactiveProviders: AccountsTfaProvider[];
  /**
   * Providers waiting for the user's opt-in, such as gigyaPush.
   *
   * Source: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; seen in a Gigya response captured by a third-party integration.
   */
  pendingOptin?: AccountsTfaProvider[];
}

/** Fields the answer of `accounts.tfa.getProviders` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsTfaGetProvidersErrorFields {
  /** InvalidParameterValue: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400006: {};
}

/**
 * Params of `accounts.tfa.initTFA`: Starts a TFA flow for one provider and returns the gigyaAssertion JWT that every later step of the flow takes.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413ba6e870b21014bbc5a10ce4041860.html | accounts.tfa.initTFA reference}
 */
export interface AccountsTfaInitTFAParams extends CommonParams {
  /** The provider the flow is for. */
  provider: 'gigyaEmail' | 'gigyaPhone' | 'gigyaPush' | 'gigyaTotp' | 'livelink' | (string & {});
  /**
   * register or add: enrol the provider; verify: prove the user owns an enrolled provider; edit: change an enrolled provider.
   * @defaultValue `register` (Gigya's default when omitted)
   */
  mode?: 'add' | 'edit' | 'register' | 'verify' | (string & {}) | undefined;
  /** The regToken of a login or registration that stopped at 403101 or 403102; give it or UID. */
  regToken?: string | undefined;
  /** The user, when they are logged in. */
  UID?: string | undefined;
  /** The end user's client details, for server-side Risk-Based Authentication; RBA rules may then apply to this call. */
  clientContext?: AccountsTfaClientContext | undefined;
}

/**
 * What `accounts.tfa.initTFA` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413ba6e870b21014bbc5a10ce4041860.html | accounts.tfa.initTFA reference}
 */
export interface AccountsTfaInitTFAResponse {
  /**
   * The flow's JWT, signed by Gigya; it expires after a few minutes.
   *
   * Source: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   */
  gigyaAssertion: string;
}

/** Fields the answer of `accounts.tfa.initTFA` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsTfaInitTFAErrorFields {
  /** InvalidParameterValue: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400006: {};
}

/**
 * Params of `accounts.tfa.phone.completeVerification`: Checks the code the user received by SMS or call against the phvToken, adds the number to the user's verified numbers and returns the provider assertion.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413bb9ee70b21014bbc5a10ce4041860.html | accounts.tfa.phone.completeVerification reference}
 */
export interface AccountsTfaPhoneCompleteVerificationParams extends CommonParams {
  /** The JWT tfa.initTFA returned; the same one used to send the code. */
  gigyaAssertion: string;
  /** The token tfa.phone.sendVerificationCode returned. */
  phvToken: string;
  /** The code the user entered. */
  code: string;
  /**
   * The regToken of the interrupted login; the Web SDK sends it along.
   *
   * Source: Seen in a Gigya response captured by a third-party integration.
   */
  regToken?: string | undefined;
}

/**
 * What `accounts.tfa.phone.completeVerification` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413bb9ee70b21014bbc5a10ce4041860.html | accounts.tfa.phone.completeVerification reference}
 */
export interface AccountsTfaPhoneCompleteVerificationResponse {
  /**
   * Signed proof of the verified number, for tfa.finalizeTFA.
   *
   * Source: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   */
  providerAssertion: string;
}

/** Fields the answer of `accounts.tfa.phone.completeVerification` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsTfaPhoneCompleteVerificationErrorFields {
  /** InvalidParameterValue: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400006: {};
}

/**
 * Params of `accounts.tfa.phone.getCertificate`: Returns Gigya's PEM-encoded X.509 certificate for verifying the JWTs of phone TFA flows.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413bcd4070b21014bbc5a10ce4041860.html | accounts.tfa.phone.getCertificate reference}
 */
export interface AccountsTfaPhoneGetCertificateParams extends CommonParams {}

/**
 * What `accounts.tfa.phone.getCertificate` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413bcd4070b21014bbc5a10ce4041860.html | accounts.tfa.phone.getCertificate reference}
 */
export interface AccountsTfaPhoneGetCertificateResponse {
  /** The certificate in PEM text. */
  certificate?: string;
}

/**
 * Params of `accounts.tfa.phone.getRegisteredPhoneNumbers`: Lists the user's verified phone numbers, masked, each with an ID to send a code to.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413be06570b21014bbc5a10ce4041860.html | accounts.tfa.phone.getRegisteredPhoneNumbers reference}
 */
export interface AccountsTfaPhoneGetRegisteredPhoneNumbersParams extends CommonParams {
  /** The JWT tfa.initTFA returned for provider gigyaPhone. */
  gigyaAssertion: string;
}

/**
 * What `accounts.tfa.phone.getRegisteredPhoneNumbers` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413be06570b21014bbc5a10ce4041860.html | accounts.tfa.phone.getRegisteredPhoneNumbers reference}
 */
export interface AccountsTfaPhoneGetRegisteredPhoneNumbersResponse {
  /**
   * The verified numbers.
   *
   * Source: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   */
  phones: AccountsTfaRegisteredPhone[];
}

/** Fields the answer of `accounts.tfa.phone.getRegisteredPhoneNumbers` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsTfaPhoneGetRegisteredPhoneNumbersErrorFields {
  /** InvalidParameterValue: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400006: {};
}

/**
 * Params of `accounts.tfa.phone.importTFA`: Adds phone numbers to a user's verified numbers (for example when migrating from another system) and turns the phone provider on if it was off.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413b800070b21014bbc5a10ce4041860.html | accounts.tfa.phone.importTFA reference}
 */
export interface AccountsTfaPhoneImportTFAParams extends CommonParams {
  /** The user receiving the numbers. */
  UID: string;
  /** The provider to import into; today only gigyaPhone. */
  provider: 'gigyaPhone' | (string & {});
  /** The numbers, each with its delivery method. */
  phones: readonly AccountsTfaImportedPhone[];
}

/**
 * What `accounts.tfa.phone.importTFA` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413b800070b21014bbc5a10ce4041860.html | accounts.tfa.phone.importTFA reference}
 */
export interface AccountsTfaPhoneImportTFAResponse {}

/**
 * Params of `accounts.tfa.phone.removePhone`: Removes one number from the user's verified phone numbers.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413bf36d70b21014bbc5a10ce4041860.html | accounts.tfa.phone.removePhone reference}
 */
export interface AccountsTfaPhoneRemovePhoneParams extends CommonParams {
  /** The JWT tfa.initTFA returned for provider gigyaPhone. */
  gigyaAssertion: string;
  /** ID of the number, from tfa.phone.getRegisteredPhoneNumbers. */
  phoneId: string;
}

/**
 * What `accounts.tfa.phone.removePhone` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413bf36d70b21014bbc5a10ce4041860.html | accounts.tfa.phone.removePhone reference}
 */
export interface AccountsTfaPhoneRemovePhoneResponse {}

/** Fields the answer of `accounts.tfa.phone.removePhone` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsTfaPhoneRemovePhoneErrorFields {
  /** InvalidParameterValue: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400006: {};
}

/**
 * Params of `accounts.tfa.phone.sendVerificationCode`: Sends a random 6-digit code by SMS or voice call to a new or registered number and returns the phvToken that ties the code to this flow.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413c069e70b21014bbc5a10ce4041860.html | accounts.tfa.phone.sendVerificationCode reference}
 */
export interface AccountsTfaPhoneSendVerificationCodeParams extends CommonParams {
  /** The JWT tfa.initTFA returned for provider gigyaPhone. */
  gigyaAssertion: string;
  /** ID of a registered number from tfa.phone.getRegisteredPhoneNumbers (verify mode). Give phoneID or phone. */
  phoneID?: string | undefined;
  /** A new number to register (register mode). */
  phone?: string | undefined;
  /** Send the code by SMS or by voice call. */
  method: 'sms' | 'voice' | (string & {});
  /** Language of the message, e.g. en. */
  lang: string;
  /**
   * The regToken of the interrupted login; the Web SDK sends it along.
   *
   * Source: Seen in a Gigya response captured by a third-party integration.
   */
  regToken?: string | undefined;
}

/**
 * What `accounts.tfa.phone.sendVerificationCode` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413c069e70b21014bbc5a10ce4041860.html | accounts.tfa.phone.sendVerificationCode reference}
 */
export interface AccountsTfaPhoneSendVerificationCodeResponse {
  /**
   * Token holding the method, number, code and the assertion's ID; pass it to tfa.phone.completeVerification.
   *
   * Source: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   */
  phvToken: string;
}

/** Fields the answer of `accounts.tfa.phone.sendVerificationCode` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsTfaPhoneSendVerificationCodeErrorFields {
  /** InvalidParameterValue: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400006: {};
}

/**
 * Params of `accounts.tfa.push.isVerified`: Asks whether the user has approved the push notification of a push TFA flow; once they have, the answer carries the provider assertion.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413c199b70b21014bbc5a10ce4041860.html | accounts.tfa.push.isVerified reference}
 */
export interface AccountsTfaPushIsVerifiedParams extends CommonParams {
  /** The JWT tfa.initTFA returned for provider gigyaPush. */
  gigyaAssertion: string;
}

/**
 * What `accounts.tfa.push.isVerified` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @remarks Only part of this method is confirmed by stored sources; fields marked as recalled are unverified.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413c199b70b21014bbc5a10ce4041860.html | accounts.tfa.push.isVerified reference}
 */
export interface AccountsTfaPushIsVerifiedResponse {
  /** Present once the user has approved; pass it to tfa.finalizeTFA. */
  providerAssertion?: string;
}

/** Fields the answer of `accounts.tfa.push.isVerified` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsTfaPushIsVerifiedErrorFields {
  /** InvalidParameterValue: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400006: {};
}

/**
 * Params of `accounts.tfa.push.optin`: Called by the mobile app of a logged-in user to opt the device in to push TFA: Gigya sends a push notification to confirm the device.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413c2c9870b21014bbc5a10ce4041860.html | accounts.tfa.push.optin reference}
 */
export interface AccountsTfaPushOptinParams extends CommonParams {
  /** The JWT tfa.initTFA returned for provider gigyaPush in register mode. */
  gigyaAssertion: string;
  /** The device to opt in. */
  deviceInfo: AccountsDeviceInfo;
}

/**
 * What `accounts.tfa.push.optin` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413c2c9870b21014bbc5a10ce4041860.html | accounts.tfa.push.optin reference}
 */
export interface AccountsTfaPushOptinResponse {}

/** Fields the answer of `accounts.tfa.push.optin` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsTfaPushOptinErrorFields {
  /** InvalidParameterValue: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400006: {};
}

/**
 * Params of `accounts.tfa.push.sendVerification`: Sends a push notification to the user's opted-in device to approve a login (the verify flow, not the opt-in).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413c3f9d70b21014bbc5a10ce4041860.html | accounts.tfa.push.sendVerification reference}
 */
export interface AccountsTfaPushSendVerificationParams extends CommonParams {
  /** The JWT tfa.initTFA returned for provider gigyaPush in verify mode. */
  gigyaAssertion: string;
}

/**
 * What `accounts.tfa.push.sendVerification` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413c3f9d70b21014bbc5a10ce4041860.html | accounts.tfa.push.sendVerification reference}
 */
export interface AccountsTfaPushSendVerificationResponse {}

/** Fields the answer of `accounts.tfa.push.sendVerification` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsTfaPushSendVerificationErrorFields {
  /** InvalidParameterValue: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400006: {};
}

/**
 * Params of `accounts.tfa.push.verify`: Sent by the mobile app after the user approved a push notification; it authorizes the waiting login and returns the provider assertion.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413c529a70b21014bbc5a10ce4041860.html | accounts.tfa.push.verify reference}
 */
export interface AccountsTfaPushVerifyParams extends CommonParams {
  /** The JWT carried by the push notification. */
  gigyaAssertion: string;
  /** The token carried by the push notification, tied to the user's session in the app. */
  verificationToken: string;
}

/**
 * What `accounts.tfa.push.verify` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413c529a70b21014bbc5a10ce4041860.html | accounts.tfa.push.verify reference}
 */
export interface AccountsTfaPushVerifyResponse {
  /**
   * Signed proof of the approval, for tfa.finalizeTFA.
   *
   * Source: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   */
  providerAssertion: string;
}

/** Fields the answer of `accounts.tfa.push.verify` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsTfaPushVerifyErrorFields {
  /** InvalidParameterValue: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400006: {};
}

/**
 * Params of `accounts.tfa.resetTFA`: Resets the user's second-factor methods, so they must enrol again at their next login.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413c65da70b21014bbc5a10ce4041860.html | accounts.tfa.resetTFA reference}
 */
export interface AccountsTfaResetTFAParams extends CommonParams {
  /** The user to reset. */
  UID: string;
  /** The provider to reset; without it every active provider is reset. */
  provider?: 'gigyaPhone' | 'gigyaPush' | 'gigyaTotp' | (string & {}) | undefined;
}

/**
 * What `accounts.tfa.resetTFA` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413c65da70b21014bbc5a10ce4041860.html | accounts.tfa.resetTFA reference}
 */
export interface AccountsTfaResetTFAResponse {}

/**
 * Params of `accounts.tfa.totp.register`: Creates the secret for pairing an authenticator app and returns it as a QR code plus the sctToken that the first verification needs.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413c8bc970b21014bbc5a10ce4041860.html | accounts.tfa.totp.register reference}
 */
export interface AccountsTfaTotpRegisterParams extends CommonParams {
  /** The JWT tfa.initTFA returned for provider gigyaTotp in register mode. */
  gigyaAssertion: string;
}

/**
 * What `accounts.tfa.totp.register` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413c8bc970b21014bbc5a10ce4041860.html | accounts.tfa.totp.register reference}
 */
export interface AccountsTfaTotpRegisterResponse {
  /** Image of the QR code the user scans with their app; it encodes the shared secret. */
  qrCode?: string;
  /** The secret in token form; pass it to tfa.totp.verify for the first code. */
  sctToken?: string;
}

/** Fields the answer of `accounts.tfa.totp.register` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsTfaTotpRegisterErrorFields {
  /** InvalidParameterValue: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400006: {};
}

/**
 * Params of `accounts.tfa.totp.verify`: Checks a code from the user's authenticator app against their secret and returns the provider assertion for tfa.finalizeTFA.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413cb1cd70b21014bbc5a10ce4041860.html | accounts.tfa.totp.verify reference}
 */
export interface AccountsTfaTotpVerifyParams extends CommonParams {
  /** The JWT tfa.initTFA returned for provider gigyaTotp. */
  gigyaAssertion: string;
  /** The code the app shows. */
  code: string;
  /** The token from tfa.totp.register; needed in register mode, not in verify mode (the secret is then stored on the account). */
  sctToken?: string | undefined;
  /**
   * The regToken of the interrupted login; Web SDK integrations send it along.
   *
   * Source: Seen in a Gigya response captured by a third-party integration.
   */
  regToken?: string | undefined;
}

/**
 * What `accounts.tfa.totp.verify` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413cb1cd70b21014bbc5a10ce4041860.html | accounts.tfa.totp.verify reference}
 */
export interface AccountsTfaTotpVerifyResponse {
  /** Signed proof of the code, for tfa.finalizeTFA. */
  providerAssertion?: string;
}

/** Fields the answer of `accounts.tfa.totp.verify` carries with each error code that continues a flow; typed on `error.response` once `errorCode` is narrowed. */
export interface AccountsTfaTotpVerifyErrorFields {
  /** InvalidParameterValue: thrown as a `GigyaApiError` whose `response` carries these fields. */
  readonly 400006: {};
}

/**
 * Params of `accounts.tfa.unregisterDevice`: Removes devices from the user's verified devices, so the next login from them asks for the second factor again.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413cc8e070b21014bbc5a10ce4041860.html | accounts.tfa.unregisterDevice reference}
 */
export interface AccountsTfaUnregisterDeviceParams extends CommonParams {
  /** The user whose devices are removed. */
  UID: string;
  /**
   * true to remove every device (for example after a lost phone); false removes only devices with an active session.
   * @defaultValue `false` (Gigya's default when omitted)
   */
  allDevices?: boolean | undefined;
}

/**
 * What `accounts.tfa.unregisterDevice` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413cc8e070b21014bbc5a10ce4041860.html | accounts.tfa.unregisterDevice reference}
 */
export interface AccountsTfaUnregisterDeviceResponse {}

/**
 * Params of `accounts.unregisterCounters`: Removes custom counters registered with accounts.registerCounters.
 * @see {@link http://developers.gigya.com/display/GD/accounts.unregisterCounters+REST | accounts.unregisterCounters reference}
 */
export interface AccountsUnregisterCountersParams extends CommonParams {
  /** The counters to remove. */
  counters: readonly AccountsCounter[];
}

/**
 * What `accounts.unregisterCounters` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @remarks Only part of this method is confirmed by stored sources; fields marked as recalled are unverified.
 * @see {@link http://developers.gigya.com/display/GD/accounts.unregisterCounters+REST | accounts.unregisterCounters reference}
 */
export interface AccountsUnregisterCountersResponse {}

/**
 * Params of `accounts.unsubscribe`: Unsubscribes an email address (or the holder of a channel token) from a subscription.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413cef8370b21014bbc5a10ce4041860.html | accounts.unsubscribe reference}
 */
export interface AccountsUnsubscribeParams extends CommonParams {
  /** Token of the email account (from an emailAccounts search), so a third party need not see the address. Give email or channelToken. */
  channelToken?: string | undefined;
  /** The address to unsubscribe. Give email or channelToken. */
  email?: string | undefined;
  /** ID of the subscription. */
  subscriptionID: string;
  /** Tags to record with the change; they replace the earlier tags, and an empty list removes them. */
  tags?: readonly string[] | undefined;
}

/**
 * What `accounts.unsubscribe` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413cef8370b21014bbc5a10ce4041860.html | accounts.unsubscribe reference}
 */
export interface AccountsUnsubscribeResponse {}

/**
 * Params of `accounts.verifyLogin`: Checks that the user has a valid session and returns the account.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/929ca94d9a484d7bb466d0746e449a01.html | accounts.verifyLogin reference}
 */
export interface AccountsVerifyLoginParams extends CommonParams {
  /** The user whose session to check; implicit with a session or OAuth2 token. */
  UID?: string | undefined;
  /**
   * Parts of the account to return.
   * @defaultValue `profile,data` (Gigya's default when omitted)
   */
  include?: 'identities-active' | 'identities-all' | 'loginIDs' | 'emails' | 'profile' | 'data' | 'preferences' | 'subscriptions' | 'groups' | 'id_token' | (string & {}) | readonly ('identities-active' | 'identities-all' | 'loginIDs' | 'emails' | 'profile' | 'data' | 'preferences' | 'subscriptions' | 'groups' | 'id_token' | (string & {}))[] | undefined;
  /**
   * Which session data to return: cookie fields (browser) or sessionToken and sessionSecret (mobile).
   * @defaultValue `browser` (Gigya's default when omitted)
   */
  targetEnv?: 'browser' | 'mobile' | (string & {}) | undefined;
}

/**
 * What `accounts.verifyLogin` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/929ca94d9a484d7bb466d0746e449a01.html | accounts.verifyLogin reference}
 */
export interface AccountsVerifyLoginResponse<S extends SiteSchema = SiteSchema> extends AccountsAccount<S> {}

/**
 * Params of `accounts.webhooks.delete`: Deletes a webhook.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413d28b670b21014bbc5a10ce4041860.html | accounts.webhooks.delete reference}
 */
export interface AccountsWebhooksDeleteParams extends CommonParams {
  /** Name of the webhook to delete. */
  name: string;
}

/**
 * What `accounts.webhooks.delete` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413d28b670b21014bbc5a10ce4041860.html | accounts.webhooks.delete reference}
 */
export interface AccountsWebhooksDeleteResponse {}

/**
 * Params of `accounts.webhooks.getAll`: Lists the site's webhooks.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413d3bbe70b21014bbc5a10ce4041860.html | accounts.webhooks.getAll reference}
 */
export interface AccountsWebhooksGetAllParams extends CommonParams {}

/**
 * What `accounts.webhooks.getAll` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413d3bbe70b21014bbc5a10ce4041860.html | accounts.webhooks.getAll reference}
 */
export interface AccountsWebhooksGetAllResponse {
  /** The webhooks. */
  webhooks?: AccountsWebhookConfig[];
}

/**
 * Params of `accounts.webhooks.getStatus`: Reports a webhook's last delivery, with the time Gigya last sent a batch and the status the endpoint answered.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413d4eeb70b21014bbc5a10ce4041860.html | accounts.webhooks.getStatus reference}
 */
export interface AccountsWebhooksGetStatusParams extends CommonParams {
  /** The webhook's endpoint, exactly as configured (case-sensitive); accounts.webhooks.getAll lists it. */
  url: string;
}

/**
 * What `accounts.webhooks.getStatus` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413d4eeb70b21014bbc5a10ce4041860.html | accounts.webhooks.getStatus reference}
 */
export interface AccountsWebhooksGetStatusResponse {
  /** The last delivery. */
  webhookStatus?: AccountsWebhookStatus;
}

/**
 * Params of `accounts.webhooks.set`: Creates a webhook, or updates the one with the same name.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413d61fc70b21014bbc5a10ce4041860.html | accounts.webhooks.set reference}
 */
export interface AccountsWebhooksSetParams extends CommonParams {
  /** The HTTPS endpoint to notify, unique per site. After changing it, keep the old endpoint up until Gigya uses the new one. */
  url: string;
  /** The event types to notify, as a list or comma-separated. */
  events: 'accountCreated' | 'accountDeleted' | 'accountLockedOut' | 'accountLoggedIn' | 'accountMerged' | 'accountProgressed' | 'accountRegistered' | 'accountUidChanged' | 'accountUpdated' | 'communicationUpdated' | 'consentUpdated' | 'groupCreated' | 'groupDeleted' | 'groupUpdated' | 'memberAdded' | 'memberRemoved' | 'memberUpdated' | 'modelCreated' | 'modelUpdated' | 'organizationActivated' | 'organizationDeleted' | 'organizationEnteredApprovalWorkflow' | 'organizationEnteredDraftStage' | 'organizationMemberAdded' | 'organizationMemberRemoved' | 'organizationRejected' | 'organizationRequested' | 'organizationSuspended' | 'organizationUpdated' | 'organizationWorkflowEnabled' | 'sitePreferencesReset' | 'subscriptionUpdated' | (string & {}) | readonly ('accountCreated' | 'accountDeleted' | 'accountLockedOut' | 'accountLoggedIn' | 'accountMerged' | 'accountProgressed' | 'accountRegistered' | 'accountUidChanged' | 'accountUpdated' | 'communicationUpdated' | 'consentUpdated' | 'groupCreated' | 'groupDeleted' | 'groupUpdated' | 'memberAdded' | 'memberRemoved' | 'memberUpdated' | 'modelCreated' | 'modelUpdated' | 'organizationActivated' | 'organizationDeleted' | 'organizationEnteredApprovalWorkflow' | 'organizationEnteredDraftStage' | 'organizationMemberAdded' | 'organizationMemberRemoved' | 'organizationRejected' | 'organizationRequested' | 'organizationSuspended' | 'organizationUpdated' | 'organizationWorkflowEnabled' | 'sitePreferencesReset' | 'subscriptionUpdated' | (string & {}))[];
  /** Name of the webhook, up to 100 characters, unique per site. */
  name: string;
  /** Whether notifications are sent. */
  active: boolean;
  /** The user or application key whose secret signs the notifications. */
  signingUserKey?: string | undefined;
  /** Custom HTTP headers to send with each notification. */
  headers?: readonly AccountsWebhookHeader[] | undefined;
  /** Version of the webhooks service: 2.0 signs notifications with a JWT (checked with accounts.getJWTPublicKey) and works with Global Access; 3.0 can add the call's params with include. */
  version: '2.0' | '3.0' | (string & {});
  /** Version 3.0 only; params adds the params section to the notification. */
  include?: 'params' | (string & {}) | readonly ('params' | (string & {}))[] | undefined;
}

/**
 * What `accounts.webhooks.set` returns besides the envelope fields (`callId`, `errorCode`, `statusCode`, …).
 *
 * The catalog lists no other fields.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413d61fc70b21014bbc5a10ce4041860.html | accounts.webhooks.set reference}
 */
export interface AccountsWebhooksSetResponse {}
