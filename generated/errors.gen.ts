// Generated from catalog/errors.yaml, catalog/accounts.yaml, catalog/accounts.address.yaml, catalog/accounts.auth.yaml, catalog/accounts.devices.yaml, catalog/accounts.emailAccount.yaml, catalog/accounts.extensions.yaml, catalog/accounts.global.yaml, catalog/accounts.identifiers.yaml, catalog/accounts.otp.yaml, catalog/accounts.policies.yaml, catalog/accounts.progression.yaml, catalog/accounts.rba.yaml, catalog/accounts.session.yaml, catalog/accounts.sms.yaml, catalog/accounts.store.yaml, catalog/accounts.stream.yaml, catalog/accounts.tfa.yaml, catalog/accounts.webhooks.yaml, catalog/socialize.yaml by `npm run generate`. DO NOT EDIT.
// Change the catalog and run the generator again; `npm run generate -- --check` fails on any drift.

import type { ErrorCodeInfo as RuntimeErrorCodeInfo } from '../src/runtime.js';

// The full facts, with Gigya's messages, are in errors.docs.gen.ts; the re-exports above serve code that imports them from here.

/** Every catalogued Gigya error code by name: `ErrorCode.InvalidRequestSignature === 403003`. */
export const ErrorCode = {
  /** 0 OK: The call succeeded. */
  Ok: 0,
  /** 100001 Data pending: The result is still being prepared (for example a friend list that is not cached yet); ask again a little later. */
  DataPending: 100001,
  /** 200001 Operation canceled: The user abandoned the login flow before it finished. */
  OperationCanceled: 200001,
  /** 200003 Permission not granted: The user declined a permission requested from the social network. Listed in the 2013 table only. */
  PermissionNotGranted: 200003,
  /** 200008 OK with errors: The call succeeded, but some non-fatal errors were tolerated on the way. */
  OkWithErrors: 200008,
  /** 200009 Accounts linked: The call succeeded and linked two accounts. */
  AccountsLinked: 200009,
  /** 200010 OK with error login identifier exists: The account was saved although its login identifier already exists; a regToken in the response lets the site continue with account linking. */
  OkWithErrorLoginIdentifierExists: 200010,
  /** 206001 Account pending registration: The login or registration is not finalized, or a required profile field is missing; continue the flow with the regToken in the response. */
  AccountPendingRegistration: 206001,
  /** 206002 Account pending verification: The user logged in with a login identifier (usually an email address) that is not verified yet. */
  AccountPendingVerification: 206002,
  /** 206003 Account missing loginID: The site policy requires a login identifier for social registration and the account has none. */
  AccountMissingLoginId: 206003,
  /** 206004 Identities were …: A pending-state code listed after 206003 in the 2016-2020 table; its full name and meaning were cut off in the stored copy. */
  IdentitiesPending: 206004,
  /** 301001 Invalid data center: The API key belongs to another data center; the response names the right one in apiDomain and location. */
  InvalidDataCenter: 301001,
  /** 400001 Invalid request format: The request is malformed, for example a broken authentication header or plain HTTP where HTTPS is required. */
  InvalidRequestFormat: 400001,
  /** 400002 Missing required parameter: A required parameter was not sent; the error details name it. */
  MissingRequiredParameter: 400002,
  /** 400003 Unique identifier exists: The email address or username is already used by another account. */
  UniqueIdentifierExists: 400003,
  /** 400004 Invalid parameter format: A parameter value is not in the expected format. */
  InvalidParameterFormat: 400004,
  /** 400005 Invalid date range: The requested date range is not valid. */
  InvalidDateRange: 400005,
  /** 400006 Invalid parameter value: A parameter value is outside its allowed values; the details name the parameter and validationErrors may list field problems. */
  InvalidParameterValue: 400006,
  /** 400007 Duplicate value: A value that must be unique was given twice (internal). (In the 2010 Socialize REST table: Missing required date parameter.) */
  DuplicateValue: 400007,
  /** 400008 Invalid authentication header: The Authorization header of the request could not be accepted (OAuth2 or bearer token). (In the 2010 Socialize REST table: Invalid date format.) */
  InvalidAuthenticationHeader: 400008,
  /** 400009 Validation error: Submitted data failed validation (for example password rules or an invalid field); see validationErrors in the response. (In the 2010 Socialize REST table: Missing required register widget id parameter.) */
  ValidationError: 400009,
  /** 400010 Invalid register widget id parameter format: The register widget ID parameter has the wrong format (2010-era campaign API). */
  InvalidRegisterWidgetIdFormat: 400010,
  /** 400011 Invalid redirect URI: The OAuth2 redirect_uri is not valid for this site. (In the 2010 Socialize REST table: Invalid campaign name parameter format.) */
  InvalidRedirectUri: 400011,
  /** 400012 Invalid response type: The OAuth2 response_type is not supported. (In the 2010 Socialize REST table: Missing required ad title parameter.) */
  InvalidResponseType: 400012,
  /** 400013 Unsupported grant type: The OAuth2 grant_type is not supported. */
  UnsupportedGrantType: 400013,
  /** 400014 Invalid grant: The OAuth2 grant (for example an authorization code) is not valid. (In the 2010 Socialize REST table: Missing required ad text parameter.) */
  InvalidGrant: 400014,
  /** 400015 Code expired: The OAuth2 authorization code has expired. */
  CodeExpired: 400015,
  /** 400017 Missing required campaign id parameter: The campaign ID parameter is missing (2010-era campaign API). */
  MissingRequiredCampaignIdParameter: 400017,
  /** 400018 Invalid campaign id parameter format: The campaign ID parameter has the wrong format (2010-era campaign API). */
  InvalidCampaignIdFormat: 400018,
  /** 400019 Missing required as ver parameter: The ActionScript version parameter is missing (2010-era Flash API). */
  MissingRequiredAsVerParameter: 400019,
  /** 400020 Schema validation failed: A client-side call tried to write fields that only signed server calls may write. (In the 2010 Socialize REST table: Invalid as ver parameter format.) */
  SchemaValidationFailed: 400020,
  /** 400021 CAPTCHA verification failed: The CAPTCHA check of a registration failed. (In the 2010 Socialize REST table: Missing required cid parameter.) */
  CaptchaVerificationFailed: 400021,
  /** 400022 Unique index validation: A value breaks a custom unique index (mostly data store). (In the 2010 Socialize REST table: Invalid cid parameter format.) */
  UniqueIndexValidation: 400022,
  /** 400023 Invalid type validation: A value does not match the type of its field. (In the 2010 Socialize REST table: Missing required embedded code parameter.) */
  InvalidTypeValidation: 400023,
  /** 400024 Dynamic fields validation: Validation of a dynamic field (username, password, security question or answer, email) failed. (In the 2010 Socialize REST table: Invalid embedded code parameter format.) */
  DynamicFieldsValidation: 400024,
  /** 400025 Write access validation: The call tried to write a field it has no write access to. (In the 2010 Socialize REST table: Missing required offer types parameter.) */
  WriteAccessValidation: 400025,
  /** 400026 Invalid format validation: A value does not match the format (regular expression) of its field. (In the 2010 Socialize REST table: Invalid offer types parameter format.) */
  InvalidFormatValidation: 400026,
  /** 400027 Required value validation: A required value is missing or invalid, including a mistyped CAPTCHA. (In the 2010 Socialize REST table: Missing required file parameter.) */
  RequiredValueValidation: 400027,
  /** 400028 Email not verified: The email address has not been verified. (In the 2010 Socialize REST table: Invalid file parameter format.) */
  EmailNotVerified: 400028,
  /** 400029 Schema conflict: A schema or indexing conflict occurred (internal). (In the 2010 Socialize REST table: Missing required country code parameter.) */
  SchemaConflict: 400029,
  /** 400030 Operation not allowed: The operation is not allowed in this state, for example adding or removing a connection of a SAML user when multiple identities are disabled. (In the 2010 Socialize REST table: Invalid country code parameter format.) */
  OperationNotAllowed: 400030,
  /** 400031 Missing required region code parameter: The region code parameter is missing (2010-era campaign API). */
  MissingRequiredRegionCodeParameter: 400031,
  /** 400032 Invalid region code parameter format: The region code parameter has the wrong format (2010-era campaign API). */
  InvalidRegionCodeFormat: 400032,
  /** 400033 Missing required gender code parameter: The gender code parameter is missing (2010-era campaign API). */
  MissingRequiredGenderCodeParameter: 400033,
  /** 400034 Invalid gender code parameter format: The gender code parameter has the wrong format (2010-era campaign API). */
  InvalidGenderCodeFormat: 400034,
  /** 400035 Missing required age group code parameter: The age group code parameter is missing (2010-era campaign API). */
  MissingRequiredAgeGroupCodeParameter: 400035,
  /** 400036 Invalid age group parameter format: The age group parameter has the wrong format (2010-era campaign API). */
  InvalidAgeGroupFormat: 400036,
  /** 400037 Missing required tag parameter: The tag parameter is missing (2010-era campaign API). */
  MissingRequiredTagParameter: 400037,
  /** 400038 Invalid tag parameter format: The tag parameter has the wrong format (2010-era campaign API). */
  InvalidTagFormat: 400038,
  /** 400039 Missing required daily budget cap parameter: The daily budget cap parameter is missing (2010-era campaign API). */
  MissingRequiredDailyBudgetCapParameter: 400039,
  /** 400040 Invalid daily budget cap parameter format: The daily budget cap parameter has the wrong format (2010-era campaign API). */
  InvalidDailyBudgetCapFormat: 400040,
  /** 400041 Invalid daily budget cap parameter range: The daily budget cap is outside the allowed range (2010-era campaign API). */
  InvalidDailyBudgetCapRange: 400041,
  /** 400042 Missing required amount parameter: The amount parameter is missing (2010-era campaign API). */
  MissingRequiredAmountParameter: 400042,
  /** 400043 Invalid amount format: The amount parameter has the wrong format (2010-era campaign API). */
  InvalidAmountFormat: 400043,
  /** 400044 Invalid amount range: The amount is outside the allowed range (2010-era campaign API). */
  InvalidAmountRange: 400044,
  /** 400050 Security verification failed: A password reset could not verify the security credentials it was given. (In the 2010 Socialize wiki table: Invalid userObject Format.) */
  SecurityVerificationFailed: 400050,
  /** 400060 Missing required provider parameter: The provider parameter is missing. */
  MissingRequiredProviderParameter: 400060,
  /** 400061 Invalid network: The provider (social network) named in the request is not valid. */
  InvalidNetwork: 400061,
  /** 400070 Missing required recipients parameter: The recipients parameter of a notification is missing. */
  MissingRequiredRecipientsParameter: 400070,
  /** 400071 Invalid recipients parameter: The recipients parameter of a notification is not valid. */
  InvalidRecipientsParameter: 400071,
  /** 400080 Missing required body parameter: The body parameter of a notification is missing. */
  MissingRequiredBodyParameter: 400080,
  /** 400081 Invalid body parameter: The body parameter of a notification is not valid. */
  InvalidBodyParameter: 400081,
  /** 400090 Missing required subject parameter: The subject parameter of a notification is missing. */
  MissingRequiredSubjectParameter: 400090,
  /** 400091 Invalid subject parameter: The subject parameter of a notification is not valid. */
  InvalidSubjectParameter: 400091,
  /** 400092 Missing required ApiKey parameter: The request carries no apiKey. */
  MissingRequiredApiKeyParameter: 400092,
  /** 400093 Invalid ApiKey parameter: The apiKey is unknown or malformed. */
  InvalidApiKeyParameter: 400093,
  /** 400094 Missing required uid parameter: The method needs a user and the request names none. */
  MissingRequiredUidParameter: 400094,
  /** 400095 Invalid uid parameter: The user ID in the request is not valid. */
  InvalidUidParameter: 400095,
  /** 400096 Not supported: None of the connected providers supports the operation, or it is not supported in this context. */
  NotSupported: 400096,
  /** 400097 Browser insecure: The browser is insecure or not supported. */
  BrowserInsecure: 400097,
  /** 400100 No providers: No such two-factor provider exists for the import or reset. */
  NoProviders: 400100,
  /** 400103 Invalid containerID: The containerID given to a Web SDK call does not exist in the page. */
  InvalidContainerId: 400103,
  /** 400106 Not connected: The user is not connected to the required network, or to any network. */
  NotConnected: 400106,
  /** 400120 Invalid site domain: The calling page domain does not match the domain configured for the API key. */
  InvalidSiteDomain: 400120,
  /** 400122 Provider configuration error: The provider application configured for the site is wrong or incomplete. */
  ProviderConfigurationError: 400122,
  /** 400124 Limit reached: A configured limit was reached, such as a loyalty daily cap or a daily comment limit. */
  LimitReached: 400124,
  /** 400125 Frequency limit reached: A frequency (anti-spam) limit was reached. */
  FrequencyLimitReached: 400125,
  /** 400126 Invalid action: The gamification action is not valid. */
  InvalidAction: 400126,
  /** 400127 Insufficient points to redeem: The user does not have enough points for the redemption. */
  InsufficientPointsToRedeem: 400127,
  /** 400301 Operation failed: Raised locally by the Swift SDK when a WebAuthn flow fails; servers do not send it. */
  OperationFailed: 400301,
  /** 401000 Invalid policy configuration: Harvesting protection is on without an email-verification or CAPTCHA policy to back it. */
  InvalidPolicyConfiguration: 401000,
  /** 401001 Media items not supported: The comments category does not accept media items. (In the 2010 Socialize REST table: Session token has expired.) */
  MediaItemsNotSupported: 401001,
  /** 401010 Suspected spam: A link in an email does not match the site domains, so the message is treated as spam. */
  SuspectedSpam: 401010,
  /** 401020 Login Failed Captcha Required: The login failed and the failed-login threshold now requires a CAPTCHA. */
  LoginFailedCaptchaRequired: 401020,
  /** 401021 Login Failed Wrong Captcha: The login failed because the required CAPTCHA was answered wrongly. */
  LoginFailedWrongCaptcha: 401021,
  /** 401030 Old password used: The password given is a previous password of the account. */
  OldPasswordUsed: 401030,
  /** 403000 Forbidden: The caller may not invoke this method. */
  Forbidden: 403000,
  /** 403001 Invalid session token: The session token in the request is not valid (2010 table). */
  InvalidSessionToken: 403001,
  /** 403002 Request has expired: The request timestamp (or token) is outside the accepted window, usually because of clock skew. */
  RequestHasExpired: 403002,
  /** 403003 Invalid request signature: The sig parameter does not match the request. */
  InvalidRequestSignature: 403003,
  /** 403004 Duplicate nonce: The nonce was already used by an earlier request. */
  DuplicateNonce: 403004,
  /** 403005 Unauthorized user: The user ID is not valid for this site, or the user credentials are missing or unknown. */
  UnauthorizedUser: 403005,
  /** 403006 Secret Sent Over Http: A secret was sent over plain HTTP; only HTTPS may carry it. */
  SecretSentOverHttp: 403006,
  /** 403007 Permission denied: The credentials lack the rights for this action, or are misconfigured (for example an application key without permissions). */
  PermissionDenied: 403007,
  /** 403008 Invalid OpenID Url: The OpenID endpoint or username could not be found. */
  InvalidOpenIdUrl: 403008,
  /** 403009 Provider session expired: The user's session with the provider has expired. */
  ProviderSessionExpired: 403009,
  /** 403010 Invalid Secret: The secret sent with the request is wrong. */
  InvalidSecret: 403010,
  /** 403011 Session has expired: The user's session has expired. */
  SessionHasExpired: 403011,
  /** 403012 No valid session: The user has no valid session; the 2010 table listed the same text under 500024. */
  NoValidSessionForbidden: 403012,
  /** 403015 Missing request referrer: The request has no Referer header, so it cannot be validated. */
  MissingRequestReferrer: 403015,
  /** 403017 Unexpected provider user: The user logged in at the provider is not the one the site expects. */
  UnexpectedProviderUser: 403017,
  /** 403022 Permission not requested: The operation needs a user permission that the site never requested. */
  PermissionNotRequested: 403022,
  /** 403023 No user permission: The user has not granted the permission the operation needs. */
  NoUserPermission: 403023,
  /** 403024 Provider limit reached: The provider refused because one of its limits was hit, such as a duplicate status; the details name the provider. */
  ProviderLimitReached: 403024,
  /** 403025 Invalid token: The OAuth2 access token is not valid, or it was sent over plain HTTP. */
  InvalidToken: 403025,
  /** 403026 Unauthorized access error: Account-harvesting protection blocked the call. */
  UnauthorizedAccessError: 403026,
  /** 403031 Approved by moderator: A moderator already approved the comment, so it cannot be flagged. */
  ApprovedByModerator: 403031,
  /** 403035 No user cookie: The request carries no user credentials. */
  NoUserCookie: 403035,
  /** 403036 Unauthorized partner: The product behind this method is not enabled for the partner. */
  UnauthorizedPartner: 403036,
  /** 403037 Post denied: The post was refused, for example a second review by the same user. */
  PostDenied: 403037,
  /** 403040 No login ticket: The callback URL carries no login ticket. */
  NoLoginTicket: 403040,
  /** 403041 Account disabled: The account is disabled. */
  AccountDisabled: 403041,
  /** 403042 Invalid loginID: The login identifier is unknown or the password is wrong. */
  InvalidLoginId: 403042,
  /** 403043 Login identifier exists: The login identifier belongs to another user. */
  LoginIdentifierExists: 403043,
  /** 403044 Underage user: The user is below the minimum age set by the site policy. */
  UnderageUser: 403044,
  /** 403045 Invalid site configuration error: Registration-as-a-service is enabled but its storage is not configured. */
  InvalidSiteConfigurationError: 403045,
  /** 403047 Login ID does not exist: No user has that username or email address. */
  LoginIdDoesNotExist: 403047,
  /** 403048 API Rate Limit Exceeded: Too many calls in a short time; the wire message reads "Api rate limit exceeded". */
  ApiRateLimitExceeded: 403048,
  /** 403100 Pending password change: The password-change interval has passed; the user must change the password. */
  PendingPasswordChange: 403100,
  /** 403101 Account Pending TFA Verification: Two-factor verification is pending for this device; continue with the regToken in the response. */
  AccountPendingTfaVerification: 403101,
  /** 403102 Account Pending TFA Registration: Two-factor registration is pending for this account; continue with the regToken in the response. */
  AccountPendingTfaRegistration: 403102,
  /** 403110 Account Pending Recent Login: The two-factor operation needs a recent login. */
  AccountPendingRecentLogin: 403110,
  /** 403120 Account Temporarily Locked Out: The account or IP address is locked for a while after failed logins. */
  AccountTemporarilyLockedOut: 403120,
  /** 403200 Redundant operation: There was nothing to change. */
  RedundantOperation: 403200,
  /** 403201 Invalid application ID: The application ID differs from the one configured for the site. */
  InvalidApplicationId: 403201,
  /** 404000 Not found: The requested item does not exist. */
  NotFound: 404000,
  /** 404001 Friend not found: The given UID is not a friend of the user. */
  FriendNotFound: 404001,
  /** 404002 Category not found: The comments category does not exist. (In the 2010 Socialize REST table: Network not found.) */
  CategoryNotFound: 404002,
  /** 404003 UID not found: No user has this UID. */
  UidNotFound: 404003,
  /** 404004 Invalid URL: The URL could not be resolved. */
  InvalidUrl: 404004,
  /** 405001 Invalid API method: The API method is not valid (used internally by the Web SDK). The name follows the error table's constant for it (ERROR_INVALID_API_METHOD). */
  InvalidApiMethod: 405001,
  /** 409001 Identity exists: The identity is already connected or linked. */
  IdentityExists: 409001,
  /** 409003 Entity exists conflict: An account with the same identifier or identity already exists; the response carries a regToken for account linking. */
  EntityExistsConflict: 409003,
  /** 409010 Missing user photo: The profile photo is missing or invalid. */
  MissingUserPhoto: 409010,
  /** 409011 Counter not registered: The counter has not been registered. */
  CounterNotRegistered: 409011,
  /** 409012 Invalid gmid ticket: The gmid ticket (third-party cookie) is not valid. */
  InvalidGmidTicket: 409012,
  /** 409013 SAML mapped attribute not found: The SAML attribute mapped to providerUID is missing from the assertion. */
  SamlMappedAttributeNotFound: 409013,
  /** 409014 SAML certificate not found: The SAML certificate could not be found. */
  SamlCertificateNotFound: 409014,
  /** 409030 Too many requests for same user: More than five requests for the same UID ran at once; the extra ones are rejected. */
  TooManyRequestsForSameUser: 409030,
  /** 410000 Gone: The resource is no longer available. */
  Gone: 410000,
  /** 413001 Request entity too large: The request is too large. (In the 2010 Socialize REST table: File too large.) */
  RequestEntityTooLarge: 413001,
  /** 413002 Comment text too large: The comment text is too long. */
  CommentTextTooLarge: 413002,
  /** 413003 Object too large: The data store object exceeds the size limit (512 KB). */
  ObjectTooLarge: 413003,
  /** 413004 Profile photo too large: The profile photo is too large. */
  ProfilePhotoTooLarge: 413004,
  /** 500000 General security warning: A general security warning; SDKs also use this code for local failures. */
  GeneralSecurityWarning: 500000,
  /** 500001 General Server error: An unexpected error on the server. */
  GeneralServerError: 500001,
  /** 500002 Server login error: The server failed while logging the user in. */
  ServerLoginError: 500002,
  /** 500003 Default application configuration: Multi-data-center setup: no default application is configured. */
  DefaultApplicationConfiguration: 500003,
  /** 500014 Session migration error: A Facebook session could not be migrated. */
  SessionMigrationError: 500014,
  /** 500020 Invalid site ID: The site ID is not valid (2010 table). */
  InvalidSiteId: 500020,
  /** 500021 Data pending: The data is not ready yet (2010 table); the modern table lists the same text under 100001. */
  DataPendingLegacy: 500021,
  /** 500022 Server error: A server error (2010 table). */
  ServerError: 500022,
  /** 500023 Provider error: The provider (social network) returned an error. */
  ProviderError: 500023,
  /** 500024 No valid session: The user has no valid session, so the method cannot act for them. */
  NoValidSession: 500024,
  /** 500026 Network error: A network failure, for example a JSONP request that did not complete; SDKs also use it when there is no connection. */
  NetworkError: 500026,
  /** 500028 Database error: A database error on the server; also seen when the site lives on another data center, so check the data center before retrying. */
  DatabaseError: 500028,
  /** 500031 No provider application: The site has no application defined for the provider. */
  NoProviderApplication: 500031,
  /** 500032 Failed loading socialize.js: Raised locally by the Android SDK when its web view cannot load the Web SDK; servers do not send it. */
  FailedLoadingSocializeJs: 500032,
  /** 500033 Invalid environment config: The configuration names no target environment. */
  InvalidEnvironmentConfig: 500033,
  /** 500034 Error during backend operation: An internal backend operation failed. */
  ErrorDuringBackendOperation: 500034,
  /** 501001 Invalid API method: The method name in the URL is not a known API method (the 2010 table's code, under HTTP 501 Not Implemented; the 2016-2020 table lists 405001 for it). */
  ApiMethodNotImplemented: 501001,
  /** 503001 Service unavailable for this operation: Too many calls for the same account UID arrived in a short time (importFullAccount allows five a minute); the call was refused, so send it again later. */
  ServiceUnavailableForOperation: 503001,
  /** 504001 Timeout: The operation timed out (for example a search); documented as client-side but also sent by servers. */
  Timeout: 504001,
  /** 504002 Request Timeout: The timeout defined for the request elapsed; SDKs also raise it locally. The request may still have been carried out, so only methods safe to repeat are retried. */
  RequestTimeout: 504002,
} as const;

/** Any catalogued code. */
export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Codes a successful call can carry: 0, other `ok` codes and the pending codes. They are results, not errors. */
export type ResultCode =
  | 0
  | 200001
  | 200003
  | 200008
  | 200009
  | 200010
  | 206001
  | 206002
  | 206003
  | 206004;

/** Codes meaning "more steps needed" (e.g. a regToken to continue a registration). */
export type PendingCode = 206001 | 206002 | 206003 | 206004;

/** Every catalogued code that ends a call with a `GigyaApiError`. */
export type GigyaErrorCode =
  | 100001
  | 301001
  | 400001
  | 400002
  | 400003
  | 400004
  | 400005
  | 400006
  | 400007
  | 400008
  | 400009
  | 400010
  | 400011
  | 400012
  | 400013
  | 400014
  | 400015
  | 400017
  | 400018
  | 400019
  | 400020
  | 400021
  | 400022
  | 400023
  | 400024
  | 400025
  | 400026
  | 400027
  | 400028
  | 400029
  | 400030
  | 400031
  | 400032
  | 400033
  | 400034
  | 400035
  | 400036
  | 400037
  | 400038
  | 400039
  | 400040
  | 400041
  | 400042
  | 400043
  | 400044
  | 400050
  | 400060
  | 400061
  | 400070
  | 400071
  | 400080
  | 400081
  | 400090
  | 400091
  | 400092
  | 400093
  | 400094
  | 400095
  | 400096
  | 400097
  | 400100
  | 400103
  | 400106
  | 400120
  | 400122
  | 400124
  | 400125
  | 400126
  | 400127
  | 400301
  | 401000
  | 401001
  | 401010
  | 401020
  | 401021
  | 401030
  | 403000
  | 403001
  | 403002
  | 403003
  | 403004
  | 403005
  | 403006
  | 403007
  | 403008
  | 403009
  | 403010
  | 403011
  | 403012
  | 403015
  | 403017
  | 403022
  | 403023
  | 403024
  | 403025
  | 403026
  | 403031
  | 403035
  | 403036
  | 403037
  | 403040
  | 403041
  | 403042
  | 403043
  | 403044
  | 403045
  | 403047
  | 403048
  | 403100
  | 403101
  | 403102
  | 403110
  | 403120
  | 403200
  | 403201
  | 404000
  | 404001
  | 404002
  | 404003
  | 404004
  | 405001
  | 409001
  | 409003
  | 409010
  | 409011
  | 409012
  | 409013
  | 409014
  | 409030
  | 410000
  | 413001
  | 413002
  | 413003
  | 413004
  | 500000
  | 500001
  | 500002
  | 500003
  | 500014
  | 500020
  | 500021
  | 500022
  | 500023
  | 500024
  | 500026
  | 500028
  | 500031
  | 500032
  | 500033
  | 500034
  | 501001
  | 503001
  | 504001
  | 504002;

/** Error codes any method can answer with (signing, auth, rate limits, …). */
export type CommonErrorCode =
  | 301001
  | 400001
  | 400002
  | 400004
  | 400006
  | 400008
  | 400092
  | 400093
  | 400094
  | 400095
  | 403000
  | 403002
  | 403003
  | 403004
  | 403005
  | 403006
  | 403007
  | 403010
  | 403025
  | 403036
  | 403048
  | 500000
  | 500001
  | 500026
  | 500028
  | 501001
  | 504001
  | 504002;

/** Error codes `accounts.addEmails` can fail with: the common ones and its own. */
export type AccountsAddEmailsErrorCode = CommonErrorCode | 409030;

/** Error codes `accounts.address.countries.get` can fail with: the common ones. */
export type AccountsAddressCountriesGetErrorCode = CommonErrorCode;

/** Error codes `accounts.address.suggestions.get` can fail with: the common ones. */
export type AccountsAddressSuggestionsGetErrorCode = CommonErrorCode;

/** Error codes `accounts.auth.getMethods` can fail with: the common ones and its own. */
export type AccountsAuthGetMethodsErrorCode = CommonErrorCode | 400096;

/** Error codes `accounts.auth.magiclink.email.getConfig` can fail with: the common ones. */
export type AccountsAuthMagiclinkEmailGetConfigErrorCode = CommonErrorCode;

/** Error codes `accounts.auth.magiclink.email.login` can fail with: the common ones. */
export type AccountsAuthMagiclinkEmailLoginErrorCode = CommonErrorCode;

/** Error codes `accounts.auth.magiclink.email.send` can fail with: the common ones. */
export type AccountsAuthMagiclinkEmailSendErrorCode = CommonErrorCode;

/** Error codes `accounts.auth.magiclink.email.setConfig` can fail with: the common ones. */
export type AccountsAuthMagiclinkEmailSetConfigErrorCode = CommonErrorCode;

/** Error codes `accounts.auth.magiclink.getlink` can fail with: the common ones. */
export type AccountsAuthMagiclinkGetLinkErrorCode = CommonErrorCode;

/** Error codes `accounts.auth.otp.authenticate` can fail with: the common ones. */
export type AccountsAuthOtpAuthenticateErrorCode = CommonErrorCode;

/** Error codes `accounts.auth.otp.email.getConfig` can fail with: the common ones. */
export type AccountsAuthOtpEmailGetConfigErrorCode = CommonErrorCode;

/** Error codes `accounts.auth.otp.email.login` can fail with: the common ones and its own. */
export type AccountsAuthOtpEmailLoginErrorCode = CommonErrorCode | 403101 | 403102 | 403120;

/** Error codes `accounts.auth.otp.email.sendCode` can fail with: the common ones. */
export type AccountsAuthOtpEmailSendCodeErrorCode = CommonErrorCode;

/** Error codes `accounts.auth.otp.email.setConfig` can fail with: the common ones. */
export type AccountsAuthOtpEmailSetConfigErrorCode = CommonErrorCode;

/** Error codes `accounts.auth.otp.verify` can fail with: the common ones. */
export type AccountsAuthOtpVerifyErrorCode = CommonErrorCode;

/** Error codes `accounts.auth.push.config.get` can fail with: the common ones. */
export type AccountsAuthPushConfigGetErrorCode = CommonErrorCode;

/** Error codes `accounts.auth.push.config.set` can fail with: the common ones. */
export type AccountsAuthPushConfigSetErrorCode = CommonErrorCode;

/** Error codes `accounts.auth.push.verify` can fail with: the common ones. */
export type AccountsAuthPushVerifyErrorCode = CommonErrorCode;

/** Error codes `accounts.deleteAccount` can fail with: the common ones and its own. */
export type AccountsDeleteAccountErrorCode = CommonErrorCode | 409030;

/** Error codes `accounts.deleteConsentStatement` can fail with: the common ones. */
export type AccountsDeleteConsentStatementErrorCode = CommonErrorCode;

/** Error codes `accounts.deleteLegalStatements` can fail with: the common ones. */
export type AccountsDeleteLegalStatementsErrorCode = CommonErrorCode;

/** Error codes `accounts.deleteLiteAccount` can fail with: the common ones. */
export type AccountsDeleteLiteAccountErrorCode = CommonErrorCode;

/** Error codes `accounts.deleteNativeScreenSet` can fail with: the common ones. */
export type AccountsDeleteNativeScreenSetErrorCode = CommonErrorCode;

/** Error codes `accounts.deleteSchemaFields` can fail with: the common ones. */
export type AccountsDeleteSchemaFieldsErrorCode = CommonErrorCode;

/** Error codes `accounts.deleteScreenSet` can fail with: the common ones. */
export type AccountsDeleteScreenSetErrorCode = CommonErrorCode;

/** Error codes `accounts.devices.register` can fail with: the common ones. */
export type AccountsDevicesRegisterErrorCode = CommonErrorCode;

/** Error codes `accounts.devices.unregister` can fail with: the common ones. */
export type AccountsDevicesUnregisterErrorCode = CommonErrorCode;

/** Error codes `accounts.devices.update` can fail with: the common ones. */
export type AccountsDevicesUpdateErrorCode = CommonErrorCode;

/** Error codes `accounts.duplicateLegalStatement` can fail with: the common ones. */
export type AccountsDuplicateLegalStatementErrorCode = CommonErrorCode;

/** Error codes `accounts.emailAccount.changeEmail` can fail with: the common ones. */
export type AccountsEmailAccountChangeEmailErrorCode = CommonErrorCode;

/** Error codes `accounts.emailAccount.syncMultipleAccounts` can fail with: the common ones. */
export type AccountsEmailAccountSyncMultipleAccountsErrorCode = CommonErrorCode;

/** Error codes `accounts.emailAccount.syncUid` can fail with: the common ones. */
export type AccountsEmailAccountSyncUidErrorCode = CommonErrorCode;

/** Error codes `accounts.exchangeUIDSignature` can fail with: the common ones. */
export type AccountsExchangeUIDSignatureErrorCode = CommonErrorCode;

/** Error codes `accounts.extensions.create` can fail with: the common ones. */
export type AccountsExtensionsCreateErrorCode = CommonErrorCode;

/** Error codes `accounts.extensions.delete` can fail with: the common ones. */
export type AccountsExtensionsDeleteErrorCode = CommonErrorCode;

/** Error codes `accounts.extensions.get` can fail with: the common ones. */
export type AccountsExtensionsGetErrorCode = CommonErrorCode;

/** Error codes `accounts.extensions.list` can fail with: the common ones. */
export type AccountsExtensionsListErrorCode = CommonErrorCode;

/** Error codes `accounts.extensions.modify` can fail with: the common ones. */
export type AccountsExtensionsModifyErrorCode = CommonErrorCode;

/** Error codes `accounts.finalizeRegistration` can fail with: the common ones. */
export type AccountsFinalizeRegistrationErrorCode = CommonErrorCode;

/** Error codes `accounts.getAccountInfo` can fail with: the common ones and its own. */
export type AccountsGetAccountInfoErrorCode = CommonErrorCode | 409030;

/** Error codes `accounts.getConflictingAccount` can fail with: the common ones. */
export type AccountsGetConflictingAccountErrorCode = CommonErrorCode;

/** Error codes `accounts.getConsentsStatements` can fail with: the common ones. */
export type AccountsGetConsentsStatementsErrorCode = CommonErrorCode;

/** Error codes `accounts.getCounters` can fail with: the common ones. */
export type AccountsGetCountersErrorCode = CommonErrorCode;

/** Error codes `accounts.getJWT` can fail with: the common ones. */
export type AccountsGetJWTErrorCode = CommonErrorCode;

/** Error codes `accounts.getJWTPublicKey` can fail with: the common ones. */
export type AccountsGetJWTPublicKeyErrorCode = CommonErrorCode;

/** Error codes `accounts.getLegalStatements` can fail with: the common ones. */
export type AccountsGetLegalStatementsErrorCode = CommonErrorCode;

/** Error codes `accounts.getLiteToken` can fail with: the common ones. */
export type AccountsGetLiteTokenErrorCode = CommonErrorCode;

/** Error codes `accounts.getNativeScreenSet` can fail with: the common ones. */
export type AccountsGetNativeScreenSetErrorCode = CommonErrorCode;

/** Error codes `accounts.getNativeScreenSets` can fail with: the common ones. */
export type AccountsGetNativeScreenSetsErrorCode = CommonErrorCode;

/** Error codes `accounts.getPolicies` can fail with: the common ones. */
export type AccountsGetPoliciesErrorCode = CommonErrorCode;

/** Error codes `accounts.getRegisteredCounters` can fail with: the common ones. */
export type AccountsGetRegisteredCountersErrorCode = CommonErrorCode;

/** Error codes `accounts.getSchema` can fail with: the common ones. */
export type AccountsGetSchemaErrorCode = CommonErrorCode;

/** Error codes `accounts.getScreenSetVersions` can fail with: the common ones. */
export type AccountsGetScreenSetVersionsErrorCode = CommonErrorCode;

/** Error codes `accounts.getScreenSets` can fail with: the common ones. */
export type AccountsGetScreenSetsErrorCode = CommonErrorCode;

/** Error codes `accounts.getSiteConsentDetails` can fail with: the common ones. */
export type AccountsGetSiteConsentDetailsErrorCode = CommonErrorCode;

/** Error codes `accounts.global.changeAccountResidency` can fail with: the common ones. */
export type AccountsGlobalChangeAccountResidencyErrorCode = CommonErrorCode;

/** Error codes `accounts.identifiers.createToken` can fail with: the common ones. */
export type AccountsIdentifiersCreateTokenErrorCode = CommonErrorCode;

/** Error codes `accounts.identifiers.find` can fail with: the common ones. */
export type AccountsIdentifiersFindErrorCode = CommonErrorCode;

/** Error codes `accounts.importAccount` can fail with: the common ones. */
export type AccountsImportAccountErrorCode = CommonErrorCode;

/** Error codes `accounts.importFullAccount` can fail with: the common ones and its own. */
export type AccountsImportFullAccountErrorCode = CommonErrorCode | 400003 | 503001;

/** Error codes `accounts.importLiteAccounts` can fail with: the common ones. */
export type AccountsImportLiteAccountsErrorCode = CommonErrorCode;

/** Error codes `accounts.importProfilePhoto` can fail with: the common ones and its own. */
export type AccountsImportProfilePhotoErrorCode = CommonErrorCode | 409010 | 413004;

/** Error codes `accounts.incrementCounters` can fail with: the common ones and its own. */
export type AccountsIncrementCountersErrorCode = CommonErrorCode | 409011;

/** Error codes `accounts.initRegistration` can fail with: the common ones. */
export type AccountsInitRegistrationErrorCode = CommonErrorCode;

/** Error codes `accounts.isAvailableLoginID` can fail with: the common ones and its own. */
export type AccountsIsAvailableLoginIDErrorCode = CommonErrorCode | 403026;

/** Error codes `accounts.linkAccounts` can fail with: the common ones and its own. */
export type AccountsLinkAccountsErrorCode = CommonErrorCode | 403042;

/** Error codes `accounts.login` can fail with: the common ones and its own. */
export type AccountsLoginErrorCode =
  | CommonErrorCode
  | 401020
  | 401021
  | 403041
  | 403042
  | 403100
  | 403101
  | 403102
  | 403120
  | 409003
  | 409030;

/** Error codes `accounts.logout` can fail with: the common ones. */
export type AccountsLogoutErrorCode = CommonErrorCode;

/** Error codes `accounts.notifyLogin` can fail with: the common ones and its own. */
export type AccountsNotifyLoginErrorCode = CommonErrorCode | 403043 | 409001;

/** Error codes `accounts.notifySocialLogin` can fail with: the common ones and its own. */
export type AccountsNotifySocialLoginErrorCode = CommonErrorCode | 409003;

/** Error codes `accounts.otp.delete` can fail with: the common ones. */
export type AccountsOtpDeleteErrorCode = CommonErrorCode;

/** Error codes `accounts.otp.login` can fail with: the common ones and its own. */
export type AccountsOtpLoginErrorCode = CommonErrorCode | 403101 | 403102 | 403120;

/** Error codes `accounts.otp.sendCode` can fail with: the common ones. */
export type AccountsOtpSendCodeErrorCode = CommonErrorCode;

/** Error codes `accounts.otp.update` can fail with: the common ones. */
export type AccountsOtpUpdateErrorCode = CommonErrorCode;

/** Error codes `accounts.policies.emailTemplates.getConfig` can fail with: the common ones. */
export type AccountsPoliciesEmailTemplatesGetConfigErrorCode = CommonErrorCode;

/** Error codes `accounts.policies.emailTemplates.setConfig` can fail with: the common ones. */
export type AccountsPoliciesEmailTemplatesSetConfigErrorCode = CommonErrorCode;

/** Error codes `accounts.progression.getPolicy` can fail with: the common ones. */
export type AccountsProgressionGetPolicyErrorCode = CommonErrorCode;

/** Error codes `accounts.progression.setPolicy` can fail with: the common ones. */
export type AccountsProgressionSetPolicyErrorCode = CommonErrorCode;

/** Error codes `accounts.publishProfilePhoto` can fail with: the common ones and its own. */
export type AccountsPublishProfilePhotoErrorCode = CommonErrorCode | 409010;

/** Error codes `accounts.rba.getPolicy` can fail with: the common ones. */
export type AccountsRbaGetPolicyErrorCode = CommonErrorCode;

/** Error codes `accounts.rba.lock` can fail with: the common ones. */
export type AccountsRbaLockErrorCode = CommonErrorCode;

/** Error codes `accounts.rba.sdkConfiguration.get` can fail with: the common ones. */
export type AccountsRbaSdkConfigurationGetErrorCode = CommonErrorCode;

/** Error codes `accounts.rba.setPolicy` can fail with: the common ones. */
export type AccountsRbaSetPolicyErrorCode = CommonErrorCode;

/** Error codes `accounts.rba.unlock` can fail with: the common ones. */
export type AccountsRbaUnlockErrorCode = CommonErrorCode;

/** Error codes `accounts.register` can fail with: the common ones and its own. */
export type AccountsRegisterErrorCode =
  | CommonErrorCode
  | 400003
  | 400009
  | 400021
  | 403043
  | 403044
  | 409003;

/** Error codes `accounts.registerCounters` can fail with: the common ones. */
export type AccountsRegisterCountersErrorCode = CommonErrorCode;

/** Error codes `accounts.removeEmails` can fail with: the common ones and its own. */
export type AccountsRemoveEmailsErrorCode = CommonErrorCode | 409030;

/** Error codes `accounts.resendDOIConfirmationEmail` can fail with: the common ones. */
export type AccountsResendDOIConfirmationEmailErrorCode = CommonErrorCode;

/** Error codes `accounts.resendVerificationCode` can fail with: the common ones. */
export type AccountsResendVerificationCodeErrorCode = CommonErrorCode;

/** Error codes `accounts.resetPassword` can fail with: the common ones and its own. */
export type AccountsResetPasswordErrorCode =
  | CommonErrorCode
  | 400009
  | 400050
  | 401030
  | 403047;

/** Error codes `accounts.resetSitePreferences` can fail with: the common ones. */
export type AccountsResetSitePreferencesErrorCode = CommonErrorCode;

/** Error codes `accounts.search` can fail with: the common ones. */
export type AccountsSearchErrorCode = CommonErrorCode;

/** Error codes `accounts.sendLiteInvite` can fail with: the common ones. */
export type AccountsSendLiteInviteErrorCode = CommonErrorCode;

/** Error codes `accounts.session.verify` can fail with: the common ones. */
export type AccountsSessionVerifyErrorCode = CommonErrorCode;

/** Error codes `accounts.setAccountInfo` can fail with: the common ones and its own. */
export type AccountsSetAccountInfoErrorCode =
  | CommonErrorCode
  | 400009
  | 401030
  | 403043
  | 409030;

/** Error codes `accounts.setPassword` can fail with: the common ones and its own. */
export type AccountsSetPasswordErrorCode = CommonErrorCode | 400009 | 403042;

/** Error codes `accounts.setPolicies` can fail with: the common ones. */
export type AccountsSetPoliciesErrorCode = CommonErrorCode;

/** Error codes `accounts.setProfilePhoto` can fail with: the common ones and its own. */
export type AccountsSetProfilePhotoErrorCode = CommonErrorCode | 413004;

/** Error codes `accounts.setSchema` can fail with: the common ones. */
export type AccountsSetSchemaErrorCode = CommonErrorCode;

/** Error codes `accounts.setScreenSet` can fail with: the common ones. */
export type AccountsSetScreenSetErrorCode = CommonErrorCode;

/** Error codes `accounts.sms.config.get` can fail with: the common ones. */
export type AccountsSmsConfigGetErrorCode = CommonErrorCode;

/** Error codes `accounts.sms.config.set` can fail with: the common ones. */
export type AccountsSmsConfigSetErrorCode = CommonErrorCode;

/** Error codes `accounts.sms.templates.get` can fail with: the common ones. */
export type AccountsSmsTemplatesGetErrorCode = CommonErrorCode;

/** Error codes `accounts.sms.templates.set` can fail with: the common ones. */
export type AccountsSmsTemplatesSetErrorCode = CommonErrorCode;

/** Error codes `accounts.socialLogin` can fail with: the common ones. */
export type AccountsSocialLoginErrorCode = CommonErrorCode;

/** Error codes `accounts.store.downloadConsentDocument` can fail with: the common ones. */
export type AccountsStoreDownloadConsentDocumentErrorCode = CommonErrorCode;

/** Error codes `accounts.store.uploadConsentDocument` can fail with: the common ones. */
export type AccountsStoreUploadConsentDocumentErrorCode = CommonErrorCode;

/** Error codes `accounts.stream.create` can fail with: the common ones. */
export type AccountsStreamCreateErrorCode = CommonErrorCode;

/** Error codes `accounts.stream.read` can fail with: the common ones. */
export type AccountsStreamReadErrorCode = CommonErrorCode;

/** Error codes `accounts.tfa.backupcodes.create` can fail with: the common ones. */
export type AccountsTfaBackupcodesCreateErrorCode = CommonErrorCode;

/** Error codes `accounts.tfa.backupcodes.get` can fail with: the common ones. */
export type AccountsTfaBackupcodesGetErrorCode = CommonErrorCode;

/** Error codes `accounts.tfa.backupcodes.verify` can fail with: the common ones. */
export type AccountsTfaBackupcodesVerifyErrorCode = CommonErrorCode;

/** Error codes `accounts.tfa.deactivateProvider` can fail with: the common ones. */
export type AccountsTfaDeactivateProviderErrorCode = CommonErrorCode;

/** Error codes `accounts.tfa.email.completeVerification` can fail with: the common ones. */
export type AccountsTfaEmailCompleteVerificationErrorCode = CommonErrorCode;

/** Error codes `accounts.tfa.email.getEmails` can fail with: the common ones. */
export type AccountsTfaEmailGetEmailsErrorCode = CommonErrorCode;

/** Error codes `accounts.tfa.email.sendVerificationCode` can fail with: the common ones. */
export type AccountsTfaEmailSendVerificationCodeErrorCode = CommonErrorCode;

/** Error codes `accounts.tfa.finalizeTFA` can fail with: the common ones. */
export type AccountsTfaFinalizeTFAErrorCode = CommonErrorCode;

/** Error codes `accounts.tfa.getCertificate` can fail with: the common ones. */
export type AccountsTfaGetCertificateErrorCode = CommonErrorCode;

/** Error codes `accounts.tfa.getProviders` can fail with: the common ones. */
export type AccountsTfaGetProvidersErrorCode = CommonErrorCode;

/** Error codes `accounts.tfa.initTFA` can fail with: the common ones and its own. */
export type AccountsTfaInitTFAErrorCode = CommonErrorCode | 403110;

/** Error codes `accounts.tfa.phone.completeVerification` can fail with: the common ones. */
export type AccountsTfaPhoneCompleteVerificationErrorCode = CommonErrorCode;

/** Error codes `accounts.tfa.phone.getCertificate` can fail with: the common ones. */
export type AccountsTfaPhoneGetCertificateErrorCode = CommonErrorCode;

/** Error codes `accounts.tfa.phone.getRegisteredPhoneNumbers` can fail with: the common ones. */
export type AccountsTfaPhoneGetRegisteredPhoneNumbersErrorCode = CommonErrorCode;

/** Error codes `accounts.tfa.phone.importTFA` can fail with: the common ones. */
export type AccountsTfaPhoneImportTFAErrorCode = CommonErrorCode;

/** Error codes `accounts.tfa.phone.removePhone` can fail with: the common ones. */
export type AccountsTfaPhoneRemovePhoneErrorCode = CommonErrorCode;

/** Error codes `accounts.tfa.phone.sendVerificationCode` can fail with: the common ones. */
export type AccountsTfaPhoneSendVerificationCodeErrorCode = CommonErrorCode;

/** Error codes `accounts.tfa.push.isVerified` can fail with: the common ones. */
export type AccountsTfaPushIsVerifiedErrorCode = CommonErrorCode;

/** Error codes `accounts.tfa.push.optin` can fail with: the common ones. */
export type AccountsTfaPushOptinErrorCode = CommonErrorCode;

/** Error codes `accounts.tfa.push.sendVerification` can fail with: the common ones. */
export type AccountsTfaPushSendVerificationErrorCode = CommonErrorCode;

/** Error codes `accounts.tfa.push.verify` can fail with: the common ones. */
export type AccountsTfaPushVerifyErrorCode = CommonErrorCode;

/** Error codes `accounts.tfa.resetTFA` can fail with: the common ones. */
export type AccountsTfaResetTFAErrorCode = CommonErrorCode;

/** Error codes `accounts.tfa.totp.register` can fail with: the common ones. */
export type AccountsTfaTotpRegisterErrorCode = CommonErrorCode;

/** Error codes `accounts.tfa.totp.verify` can fail with: the common ones. */
export type AccountsTfaTotpVerifyErrorCode = CommonErrorCode;

/** Error codes `accounts.tfa.unregisterDevice` can fail with: the common ones. */
export type AccountsTfaUnregisterDeviceErrorCode = CommonErrorCode;

/** Error codes `accounts.unregisterCounters` can fail with: the common ones. */
export type AccountsUnregisterCountersErrorCode = CommonErrorCode;

/** Error codes `accounts.unsubscribe` can fail with: the common ones. */
export type AccountsUnsubscribeErrorCode = CommonErrorCode;

/** Error codes `accounts.verifyLogin` can fail with: the common ones and its own. */
export type AccountsVerifyLoginErrorCode = CommonErrorCode | 403012;

/** Error codes `accounts.webhooks.delete` can fail with: the common ones. */
export type AccountsWebhooksDeleteErrorCode = CommonErrorCode;

/** Error codes `accounts.webhooks.getAll` can fail with: the common ones. */
export type AccountsWebhooksGetAllErrorCode = CommonErrorCode;

/** Error codes `accounts.webhooks.getStatus` can fail with: the common ones. */
export type AccountsWebhooksGetStatusErrorCode = CommonErrorCode;

/** Error codes `accounts.webhooks.set` can fail with: the common ones. */
export type AccountsWebhooksSetErrorCode = CommonErrorCode;

/** Error codes `socialize.addConnection` can fail with: the common ones and its own. */
export type SocializeAddConnectionErrorCode = CommonErrorCode | 400030 | 409001;

/** Error codes `socialize.checkin` can fail with: the common ones and its own. */
export type SocializeCheckinErrorCode =
  | CommonErrorCode
  | 400106
  | 403012
  | 500023
  | 500024;

/** Error codes `socialize.delUserSettings` can fail with: the common ones. */
export type SocializeDelUserSettingsErrorCode = CommonErrorCode;

/** Error codes `socialize.deleteAccount` can fail with: the common ones and its own. */
export type SocializeDeleteAccountErrorCode = CommonErrorCode | 404003;

/** Error codes `socialize.disconnect` can fail with: the common ones and its own. */
export type SocializeDisconnectErrorCode =
  | CommonErrorCode
  | 400060
  | 400061
  | 403012
  | 500024;

/** Error codes `socialize.exchangeUIDSignature` can fail with: the common ones. */
export type SocializeExchangeUIDSignatureErrorCode = CommonErrorCode;

/** Error codes `socialize.exportUsers` can fail with: the common ones. */
export type SocializeExportUsersErrorCode = CommonErrorCode;

/** Error codes `socialize.facebook.deauthorize` can fail with: the common ones and its own. */
export type SocializeFacebookDeauthorizeErrorCode = CommonErrorCode | 400106 | 403012 | 500024;

/** Error codes `socialize.facebookGraphOperation` can fail with: the common ones and its own. */
export type SocializeFacebookGraphOperationErrorCode =
  | CommonErrorCode
  | 400106
  | 403009
  | 403012
  | 403022
  | 403023
  | 500023
  | 500024;

/** Error codes `socialize.getAlbums` can fail with: the common ones and its own. */
export type SocializeGetAlbumsErrorCode =
  | CommonErrorCode
  | 400106
  | 403012
  | 500023
  | 500024;

/** Error codes `socialize.getContacts` can fail with: the common ones and its own. */
export type SocializeGetContactsErrorCode =
  | CommonErrorCode
  | 400106
  | 403012
  | 500023
  | 500024;

/** Error codes `socialize.getFeed` can fail with: the common ones. */
export type SocializeGetFeedErrorCode = CommonErrorCode;

/** Error codes `socialize.getFriendsInfo` can fail with: the common ones and its own. */
export type SocializeGetFriendsInfoErrorCode =
  | CommonErrorCode
  | 100001
  | 400106
  | 403012
  | 404001
  | 500024;

/** Error codes `socialize.getPhotos` can fail with: the common ones and its own. */
export type SocializeGetPhotosErrorCode =
  | CommonErrorCode
  | 400106
  | 403012
  | 500023
  | 500024;

/** Error codes `socialize.getPlaces` can fail with: the common ones and its own. */
export type SocializeGetPlacesErrorCode =
  | CommonErrorCode
  | 400106
  | 403012
  | 500023
  | 500024;

/** Error codes `socialize.getProvidersConfig` can fail with: the common ones. */
export type SocializeGetProvidersConfigErrorCode = CommonErrorCode;

/** Error codes `socialize.getRawData` can fail with: the common ones and its own. */
export type SocializeGetRawDataErrorCode =
  | CommonErrorCode
  | 400106
  | 403009
  | 403012
  | 500023
  | 500024;

/** Error codes `socialize.getReactionsCount` can fail with: the common ones. */
export type SocializeGetReactionsCountErrorCode = CommonErrorCode;

/** Error codes `socialize.getSessionInfo` can fail with: the common ones and its own. */
export type SocializeGetSessionInfoErrorCode =
  | CommonErrorCode
  | 400106
  | 403009
  | 403012
  | 500024;

/** Error codes `socialize.getToken` can fail with: the common ones and its own. */
export type SocializeGetTokenErrorCode =
  | CommonErrorCode
  | 400011
  | 400013
  | 400014
  | 400015;

/** Error codes `socialize.getTopShares` can fail with: the common ones. */
export type SocializeGetTopSharesErrorCode = CommonErrorCode;

/** Error codes `socialize.getUserInfo` can fail with: the common ones and its own. */
export type SocializeGetUserInfoErrorCode = CommonErrorCode | 403012 | 500024;

/** Error codes `socialize.getUserSettings` can fail with: the common ones. */
export type SocializeGetUserSettingsErrorCode = CommonErrorCode;

/** Error codes `socialize.importIdentities` can fail with: the common ones and its own. */
export type SocializeImportIdentitiesErrorCode = CommonErrorCode | 403009 | 409001;

/** Error codes `socialize.incrementReactionsCount` can fail with: the common ones. */
export type SocializeIncrementReactionsCountErrorCode = CommonErrorCode;

/** Error codes `socialize.linkAccounts` can fail with: the common ones. */
export type SocializeLinkAccountsErrorCode = CommonErrorCode;

/** Error codes `socialize.login` can fail with: the common ones and its own. */
export type SocializeLoginErrorCode =
  | CommonErrorCode
  | 400011
  | 400012
  | 403101
  | 409003;

/** Error codes `socialize.logout` can fail with: the common ones. */
export type SocializeLogoutErrorCode = CommonErrorCode;

/** Error codes `socialize.notifyLogin` can fail with: the common ones and its own. */
export type SocializeNotifyLoginErrorCode =
  | CommonErrorCode
  | 403041
  | 403101
  | 403102
  | 403120
  | 409003;

/** Error codes `socialize.notifyRegistration` can fail with: the common ones and its own. */
export type SocializeNotifyRegistrationErrorCode = CommonErrorCode | 403043;

/** Error codes `socialize.publishUserAction` can fail with: the common ones and its own. */
export type SocializePublishUserActionErrorCode =
  | CommonErrorCode
  | 400096
  | 400106
  | 403012
  | 403024
  | 500023
  | 500024;

/** Error codes `socialize.removeConnection` can fail with: the common ones and its own. */
export type SocializeRemoveConnectionErrorCode = CommonErrorCode | 400030 | 400106;

/** Error codes `socialize.sendNotification` can fail with: the common ones and its own. */
export type SocializeSendNotificationErrorCode =
  | CommonErrorCode
  | 400070
  | 400071
  | 400080
  | 400081
  | 400090
  | 400091
  | 400106
  | 403012
  | 404001
  | 500023
  | 500024;

/** Error codes `socialize.setProvidersConfig` can fail with: the common ones. */
export type SocializeSetProvidersConfigErrorCode = CommonErrorCode;

/** Error codes `socialize.setStatus` can fail with: the common ones and its own. */
export type SocializeSetStatusErrorCode =
  | CommonErrorCode
  | 400106
  | 403012
  | 403024
  | 500023
  | 500024;

/** Error codes `socialize.setUID` can fail with: the common ones and its own. */
export type SocializeSetUIDErrorCode = CommonErrorCode | 403043;

/** Error codes `socialize.setUserInfo` can fail with: the common ones. */
export type SocializeSetUserInfoErrorCode = CommonErrorCode;

/** Error codes `socialize.setUserSettings` can fail with: the common ones. */
export type SocializeSetUserSettingsErrorCode = CommonErrorCode;

/** Error codes `socialize.shortenURL` can fail with: the common ones. */
export type SocializeShortenURLErrorCode = CommonErrorCode;

/** Error codes `socialize.unlinkAccounts` can fail with: the common ones. */
export type SocializeUnlinkAccountsErrorCode = CommonErrorCode;

/** What the runtime needs to know about every catalogued code, by code. Messages and descriptions are in `errors.docs.gen.ts`. */
export const runtimeErrorInfo: { readonly [C in ErrorCodeValue]: RuntimeErrorCodeInfo } = {
  0: { code: 0, name: 'Ok', httpStatus: 200, outcome: 'ok', retry: 'none', common: false },
  100001: { code: 100001, name: 'DataPending', httpStatus: 100, outcome: 'error', retry: 'transient-if-safe', common: false },
  200001: { code: 200001, name: 'OperationCanceled', httpStatus: 200, outcome: 'ok', retry: 'none', common: false },
  200003: { code: 200003, name: 'PermissionNotGranted', httpStatus: 200, outcome: 'ok', retry: 'none', common: false },
  200008: { code: 200008, name: 'OkWithErrors', httpStatus: 200, outcome: 'ok', retry: 'none', common: false },
  200009: { code: 200009, name: 'AccountsLinked', httpStatus: 200, outcome: 'ok', retry: 'none', common: false },
  200010: { code: 200010, name: 'OkWithErrorLoginIdentifierExists', httpStatus: 200, outcome: 'ok', retry: 'none', common: false },
  206001: { code: 206001, name: 'AccountPendingRegistration', httpStatus: 206, outcome: 'pending', retry: 'none', common: false },
  206002: { code: 206002, name: 'AccountPendingVerification', httpStatus: 206, outcome: 'pending', retry: 'none', common: false },
  206003: { code: 206003, name: 'AccountMissingLoginId', httpStatus: 206, outcome: 'pending', retry: 'none', common: false },
  206004: { code: 206004, name: 'IdentitiesPending', httpStatus: 206, outcome: 'pending', retry: 'none', common: false },
  301001: { code: 301001, name: 'InvalidDataCenter', httpStatus: 301, outcome: 'error', retry: 'redirect', common: true },
  400001: { code: 400001, name: 'InvalidRequestFormat', httpStatus: 400, outcome: 'error', retry: 'none', common: true },
  400002: { code: 400002, name: 'MissingRequiredParameter', httpStatus: 400, outcome: 'error', retry: 'none', common: true },
  400003: { code: 400003, name: 'UniqueIdentifierExists', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400004: { code: 400004, name: 'InvalidParameterFormat', httpStatus: 400, outcome: 'error', retry: 'none', common: true },
  400005: { code: 400005, name: 'InvalidDateRange', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400006: { code: 400006, name: 'InvalidParameterValue', httpStatus: 400, outcome: 'error', retry: 'none', common: true },
  400007: { code: 400007, name: 'DuplicateValue', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400008: { code: 400008, name: 'InvalidAuthenticationHeader', httpStatus: 400, outcome: 'error', retry: 'none', common: true },
  400009: { code: 400009, name: 'ValidationError', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400010: { code: 400010, name: 'InvalidRegisterWidgetIdFormat', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400011: { code: 400011, name: 'InvalidRedirectUri', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400012: { code: 400012, name: 'InvalidResponseType', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400013: { code: 400013, name: 'UnsupportedGrantType', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400014: { code: 400014, name: 'InvalidGrant', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400015: { code: 400015, name: 'CodeExpired', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400017: { code: 400017, name: 'MissingRequiredCampaignIdParameter', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400018: { code: 400018, name: 'InvalidCampaignIdFormat', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400019: { code: 400019, name: 'MissingRequiredAsVerParameter', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400020: { code: 400020, name: 'SchemaValidationFailed', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400021: { code: 400021, name: 'CaptchaVerificationFailed', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400022: { code: 400022, name: 'UniqueIndexValidation', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400023: { code: 400023, name: 'InvalidTypeValidation', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400024: { code: 400024, name: 'DynamicFieldsValidation', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400025: { code: 400025, name: 'WriteAccessValidation', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400026: { code: 400026, name: 'InvalidFormatValidation', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400027: { code: 400027, name: 'RequiredValueValidation', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400028: { code: 400028, name: 'EmailNotVerified', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400029: { code: 400029, name: 'SchemaConflict', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400030: { code: 400030, name: 'OperationNotAllowed', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400031: { code: 400031, name: 'MissingRequiredRegionCodeParameter', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400032: { code: 400032, name: 'InvalidRegionCodeFormat', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400033: { code: 400033, name: 'MissingRequiredGenderCodeParameter', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400034: { code: 400034, name: 'InvalidGenderCodeFormat', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400035: { code: 400035, name: 'MissingRequiredAgeGroupCodeParameter', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400036: { code: 400036, name: 'InvalidAgeGroupFormat', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400037: { code: 400037, name: 'MissingRequiredTagParameter', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400038: { code: 400038, name: 'InvalidTagFormat', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400039: { code: 400039, name: 'MissingRequiredDailyBudgetCapParameter', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400040: { code: 400040, name: 'InvalidDailyBudgetCapFormat', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400041: { code: 400041, name: 'InvalidDailyBudgetCapRange', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400042: { code: 400042, name: 'MissingRequiredAmountParameter', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400043: { code: 400043, name: 'InvalidAmountFormat', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400044: { code: 400044, name: 'InvalidAmountRange', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400050: { code: 400050, name: 'SecurityVerificationFailed', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400060: { code: 400060, name: 'MissingRequiredProviderParameter', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400061: { code: 400061, name: 'InvalidNetwork', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400070: { code: 400070, name: 'MissingRequiredRecipientsParameter', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400071: { code: 400071, name: 'InvalidRecipientsParameter', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400080: { code: 400080, name: 'MissingRequiredBodyParameter', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400081: { code: 400081, name: 'InvalidBodyParameter', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400090: { code: 400090, name: 'MissingRequiredSubjectParameter', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400091: { code: 400091, name: 'InvalidSubjectParameter', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400092: { code: 400092, name: 'MissingRequiredApiKeyParameter', httpStatus: 400, outcome: 'error', retry: 'none', common: true },
  400093: { code: 400093, name: 'InvalidApiKeyParameter', httpStatus: 400, outcome: 'error', retry: 'none', common: true },
  400094: { code: 400094, name: 'MissingRequiredUidParameter', httpStatus: 400, outcome: 'error', retry: 'none', common: true },
  400095: { code: 400095, name: 'InvalidUidParameter', httpStatus: 400, outcome: 'error', retry: 'none', common: true },
  400096: { code: 400096, name: 'NotSupported', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400097: { code: 400097, name: 'BrowserInsecure', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400100: { code: 400100, name: 'NoProviders', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400103: { code: 400103, name: 'InvalidContainerId', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400106: { code: 400106, name: 'NotConnected', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400120: { code: 400120, name: 'InvalidSiteDomain', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400122: { code: 400122, name: 'ProviderConfigurationError', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400124: { code: 400124, name: 'LimitReached', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400125: { code: 400125, name: 'FrequencyLimitReached', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400126: { code: 400126, name: 'InvalidAction', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400127: { code: 400127, name: 'InsufficientPointsToRedeem', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  400301: { code: 400301, name: 'OperationFailed', httpStatus: 400, outcome: 'error', retry: 'none', common: false },
  401000: { code: 401000, name: 'InvalidPolicyConfiguration', httpStatus: 401, outcome: 'error', retry: 'none', common: false },
  401001: { code: 401001, name: 'MediaItemsNotSupported', httpStatus: 401, outcome: 'error', retry: 'none', common: false },
  401010: { code: 401010, name: 'SuspectedSpam', httpStatus: 401, outcome: 'error', retry: 'none', common: false },
  401020: { code: 401020, name: 'LoginFailedCaptchaRequired', httpStatus: 401, outcome: 'error', retry: 'none', common: false },
  401021: { code: 401021, name: 'LoginFailedWrongCaptcha', httpStatus: 401, outcome: 'error', retry: 'none', common: false },
  401030: { code: 401030, name: 'OldPasswordUsed', httpStatus: 401, outcome: 'error', retry: 'none', common: false },
  403000: { code: 403000, name: 'Forbidden', httpStatus: 403, outcome: 'error', retry: 'none', common: true },
  403001: { code: 403001, name: 'InvalidSessionToken', httpStatus: 403, outcome: 'error', retry: 'none', common: false },
  403002: { code: 403002, name: 'RequestHasExpired', httpStatus: 403, outcome: 'error', retry: 'clock-skew', common: true },
  403003: { code: 403003, name: 'InvalidRequestSignature', httpStatus: 403, outcome: 'error', retry: 'none', common: true },
  403004: { code: 403004, name: 'DuplicateNonce', httpStatus: 403, outcome: 'error', retry: 'new-nonce', common: true },
  403005: { code: 403005, name: 'UnauthorizedUser', httpStatus: 403, outcome: 'error', retry: 'none', common: true },
  403006: { code: 403006, name: 'SecretSentOverHttp', httpStatus: 403, outcome: 'error', retry: 'none', common: true },
  403007: { code: 403007, name: 'PermissionDenied', httpStatus: 403, outcome: 'error', retry: 'none', common: true },
  403008: { code: 403008, name: 'InvalidOpenIdUrl', httpStatus: 403, outcome: 'error', retry: 'none', common: false },
  403009: { code: 403009, name: 'ProviderSessionExpired', httpStatus: 403, outcome: 'error', retry: 'none', common: false },
  403010: { code: 403010, name: 'InvalidSecret', httpStatus: 403, outcome: 'error', retry: 'none', common: true },
  403011: { code: 403011, name: 'SessionHasExpired', httpStatus: 403, outcome: 'error', retry: 'none', common: false },
  403012: { code: 403012, name: 'NoValidSessionForbidden', httpStatus: 403, outcome: 'error', retry: 'none', common: false },
  403015: { code: 403015, name: 'MissingRequestReferrer', httpStatus: 403, outcome: 'error', retry: 'none', common: false },
  403017: { code: 403017, name: 'UnexpectedProviderUser', httpStatus: 403, outcome: 'error', retry: 'none', common: false },
  403022: { code: 403022, name: 'PermissionNotRequested', httpStatus: 403, outcome: 'error', retry: 'none', common: false },
  403023: { code: 403023, name: 'NoUserPermission', httpStatus: 403, outcome: 'error', retry: 'none', common: false },
  403024: { code: 403024, name: 'ProviderLimitReached', httpStatus: 403, outcome: 'error', retry: 'none', common: false },
  403025: { code: 403025, name: 'InvalidToken', httpStatus: 403, outcome: 'error', retry: 'none', common: true },
  403026: { code: 403026, name: 'UnauthorizedAccessError', httpStatus: 403, outcome: 'error', retry: 'none', common: false },
  403031: { code: 403031, name: 'ApprovedByModerator', httpStatus: 403, outcome: 'error', retry: 'none', common: false },
  403035: { code: 403035, name: 'NoUserCookie', httpStatus: 403, outcome: 'error', retry: 'none', common: false },
  403036: { code: 403036, name: 'UnauthorizedPartner', httpStatus: 403, outcome: 'error', retry: 'none', common: true },
  403037: { code: 403037, name: 'PostDenied', httpStatus: 403, outcome: 'error', retry: 'none', common: false },
  403040: { code: 403040, name: 'NoLoginTicket', httpStatus: 403, outcome: 'error', retry: 'none', common: false },
  403041: { code: 403041, name: 'AccountDisabled', httpStatus: 403, outcome: 'error', retry: 'none', common: false },
  403042: { code: 403042, name: 'InvalidLoginId', httpStatus: 403, outcome: 'error', retry: 'none', common: false },
  403043: { code: 403043, name: 'LoginIdentifierExists', httpStatus: 403, outcome: 'error', retry: 'none', common: false },
  403044: { code: 403044, name: 'UnderageUser', httpStatus: 403, outcome: 'error', retry: 'none', common: false },
  403045: { code: 403045, name: 'InvalidSiteConfigurationError', httpStatus: 403, outcome: 'error', retry: 'none', common: false },
  403047: { code: 403047, name: 'LoginIdDoesNotExist', httpStatus: 403, outcome: 'error', retry: 'none', common: false },
  403048: { code: 403048, name: 'ApiRateLimitExceeded', httpStatus: 403, outcome: 'error', retry: 'rate-limit', common: true },
  403100: { code: 403100, name: 'PendingPasswordChange', httpStatus: 403, outcome: 'error', retry: 'none', common: false },
  403101: { code: 403101, name: 'AccountPendingTfaVerification', httpStatus: 403, outcome: 'error', retry: 'none', common: false },
  403102: { code: 403102, name: 'AccountPendingTfaRegistration', httpStatus: 403, outcome: 'error', retry: 'none', common: false },
  403110: { code: 403110, name: 'AccountPendingRecentLogin', httpStatus: 403, outcome: 'error', retry: 'none', common: false },
  403120: { code: 403120, name: 'AccountTemporarilyLockedOut', httpStatus: 403, outcome: 'error', retry: 'none', common: false },
  403200: { code: 403200, name: 'RedundantOperation', httpStatus: 403, outcome: 'error', retry: 'none', common: false },
  403201: { code: 403201, name: 'InvalidApplicationId', httpStatus: 403, outcome: 'error', retry: 'none', common: false },
  404000: { code: 404000, name: 'NotFound', httpStatus: 404, outcome: 'error', retry: 'none', common: false },
  404001: { code: 404001, name: 'FriendNotFound', httpStatus: 404, outcome: 'error', retry: 'none', common: false },
  404002: { code: 404002, name: 'CategoryNotFound', httpStatus: 404, outcome: 'error', retry: 'none', common: false },
  404003: { code: 404003, name: 'UidNotFound', httpStatus: 404, outcome: 'error', retry: 'none', common: false },
  404004: { code: 404004, name: 'InvalidUrl', httpStatus: 404, outcome: 'error', retry: 'none', common: false },
  405001: { code: 405001, name: 'InvalidApiMethod', httpStatus: 405, outcome: 'error', retry: 'none', common: false },
  409001: { code: 409001, name: 'IdentityExists', httpStatus: 409, outcome: 'error', retry: 'none', common: false },
  409003: { code: 409003, name: 'EntityExistsConflict', httpStatus: 409, outcome: 'error', retry: 'none', common: false },
  409010: { code: 409010, name: 'MissingUserPhoto', httpStatus: 409, outcome: 'error', retry: 'none', common: false },
  409011: { code: 409011, name: 'CounterNotRegistered', httpStatus: 409, outcome: 'error', retry: 'none', common: false },
  409012: { code: 409012, name: 'InvalidGmidTicket', httpStatus: 409, outcome: 'error', retry: 'none', common: false },
  409013: { code: 409013, name: 'SamlMappedAttributeNotFound', httpStatus: 409, outcome: 'error', retry: 'none', common: false },
  409014: { code: 409014, name: 'SamlCertificateNotFound', httpStatus: 409, outcome: 'error', retry: 'none', common: false },
  409030: { code: 409030, name: 'TooManyRequestsForSameUser', httpStatus: 409, outcome: 'error', retry: 'transient', common: false },
  410000: { code: 410000, name: 'Gone', httpStatus: 410, outcome: 'error', retry: 'none', common: false },
  413001: { code: 413001, name: 'RequestEntityTooLarge', httpStatus: 413, outcome: 'error', retry: 'none', common: false },
  413002: { code: 413002, name: 'CommentTextTooLarge', httpStatus: 413, outcome: 'error', retry: 'none', common: false },
  413003: { code: 413003, name: 'ObjectTooLarge', httpStatus: 413, outcome: 'error', retry: 'none', common: false },
  413004: { code: 413004, name: 'ProfilePhotoTooLarge', httpStatus: 413, outcome: 'error', retry: 'none', common: false },
  500000: { code: 500000, name: 'GeneralSecurityWarning', httpStatus: 500, outcome: 'error', retry: 'none', common: true },
  500001: { code: 500001, name: 'GeneralServerError', httpStatus: 500, outcome: 'error', retry: 'transient', common: true },
  500002: { code: 500002, name: 'ServerLoginError', httpStatus: 500, outcome: 'error', retry: 'none', common: false },
  500003: { code: 500003, name: 'DefaultApplicationConfiguration', httpStatus: 500, outcome: 'error', retry: 'none', common: false },
  500014: { code: 500014, name: 'SessionMigrationError', httpStatus: 500, outcome: 'error', retry: 'none', common: false },
  500020: { code: 500020, name: 'InvalidSiteId', httpStatus: 500, outcome: 'error', retry: 'none', common: false },
  500021: { code: 500021, name: 'DataPendingLegacy', httpStatus: 500, outcome: 'error', retry: 'none', common: false },
  500022: { code: 500022, name: 'ServerError', httpStatus: 500, outcome: 'error', retry: 'none', common: false },
  500023: { code: 500023, name: 'ProviderError', httpStatus: 500, outcome: 'error', retry: 'none', common: false },
  500024: { code: 500024, name: 'NoValidSession', httpStatus: 500, outcome: 'error', retry: 'none', common: false },
  500026: { code: 500026, name: 'NetworkError', httpStatus: 500, outcome: 'error', retry: 'transient', common: true },
  500028: { code: 500028, name: 'DatabaseError', httpStatus: 500, outcome: 'error', retry: 'transient-if-safe', common: true },
  500031: { code: 500031, name: 'NoProviderApplication', httpStatus: 500, outcome: 'error', retry: 'none', common: false },
  500032: { code: 500032, name: 'FailedLoadingSocializeJs', httpStatus: 500, outcome: 'error', retry: 'none', common: false },
  500033: { code: 500033, name: 'InvalidEnvironmentConfig', httpStatus: 500, outcome: 'error', retry: 'none', common: false },
  500034: { code: 500034, name: 'ErrorDuringBackendOperation', httpStatus: 500, outcome: 'error', retry: 'none', common: false },
  501001: { code: 501001, name: 'ApiMethodNotImplemented', httpStatus: 501, outcome: 'error', retry: 'none', common: true },
  503001: { code: 503001, name: 'ServiceUnavailableForOperation', httpStatus: 503, outcome: 'error', retry: 'rate-limit', common: false },
  504001: { code: 504001, name: 'Timeout', httpStatus: 504, outcome: 'error', retry: 'transient', common: true },
  504002: { code: 504002, name: 'RequestTimeout', httpStatus: 504, outcome: 'error', retry: 'transient-if-safe', common: true },
};

/** Name, outcome and retry class of a code, or `undefined` for a code the catalog does not know. */
export function lookupRuntimeErrorInfo(code: number): RuntimeErrorCodeInfo | undefined {
  return Object.hasOwn(runtimeErrorInfo, code) ? runtimeErrorInfo[code as ErrorCodeValue] : undefined;
}
