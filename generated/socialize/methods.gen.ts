// Generated from catalog/socialize.yaml by `npm run generate`. DO NOT EDIT.
// Change the catalog and run the generator again; `npm run generate -- --check` fails on any drift.
// @ts-nocheck
// Untyped on purpose, so not type-checked where it is compiled: validators.check.ts holds the proofs.

import {
  type BoundMethod,
  type CallOptions,
  type GigyaResult,
  type Invoker,
  type MethodDescriptor,
  bindMethods,
  describeMethod,
  hintsFromJson,
  listMethods,
} from '../../src/runtime.js';
import type {
  SocializeAddConnectionErrorCode,
  SocializeCheckinErrorCode,
  SocializeDelUserSettingsErrorCode,
  SocializeDeleteAccountErrorCode,
  SocializeDisconnectErrorCode,
  SocializeExchangeUIDSignatureErrorCode,
  SocializeExportUsersErrorCode,
  SocializeFacebookDeauthorizeErrorCode,
  SocializeFacebookGraphOperationErrorCode,
  SocializeGetAlbumsErrorCode,
  SocializeGetContactsErrorCode,
  SocializeGetFeedErrorCode,
  SocializeGetFriendsInfoErrorCode,
  SocializeGetPhotosErrorCode,
  SocializeGetPlacesErrorCode,
  SocializeGetProvidersConfigErrorCode,
  SocializeGetRawDataErrorCode,
  SocializeGetReactionsCountErrorCode,
  SocializeGetSessionInfoErrorCode,
  SocializeGetTokenErrorCode,
  SocializeGetTopSharesErrorCode,
  SocializeGetUserInfoErrorCode,
  SocializeGetUserSettingsErrorCode,
  SocializeImportIdentitiesErrorCode,
  SocializeIncrementReactionsCountErrorCode,
  SocializeLinkAccountsErrorCode,
  SocializeLoginErrorCode,
  SocializeLogoutErrorCode,
  SocializeNotifyLoginErrorCode,
  SocializeNotifyRegistrationErrorCode,
  SocializePublishUserActionErrorCode,
  SocializeRemoveConnectionErrorCode,
  SocializeSendNotificationErrorCode,
  SocializeSetProvidersConfigErrorCode,
  SocializeSetStatusErrorCode,
  SocializeSetUIDErrorCode,
  SocializeSetUserInfoErrorCode,
  SocializeSetUserSettingsErrorCode,
  SocializeShortenURLErrorCode,
  SocializeUnlinkAccountsErrorCode,
} from '../errors.gen.js';
import type {
  SocializeAddConnectionParams,
  SocializeAddConnectionResponse,
  SocializeCheckinParams,
  SocializeCheckinResponse,
  SocializeDelUserSettingsParams,
  SocializeDelUserSettingsResponse,
  SocializeDeleteAccountParams,
  SocializeDeleteAccountResponse,
  SocializeDisconnectParams,
  SocializeDisconnectResponse,
  SocializeExchangeUIDSignatureErrorFields,
  SocializeExchangeUIDSignatureParams,
  SocializeExchangeUIDSignatureResponse,
  SocializeExportUsersParams,
  SocializeExportUsersResponse,
  SocializeFacebookDeauthorizeParams,
  SocializeFacebookDeauthorizeResponse,
  SocializeFacebookGraphOperationParams,
  SocializeFacebookGraphOperationResponse,
  SocializeGetAlbumsParams,
  SocializeGetAlbumsResponse,
  SocializeGetContactsParams,
  SocializeGetContactsResponse,
  SocializeGetFeedParams,
  SocializeGetFeedResponse,
  SocializeGetFriendsInfoParams,
  SocializeGetFriendsInfoResponse,
  SocializeGetPhotosParams,
  SocializeGetPhotosResponse,
  SocializeGetPlacesParams,
  SocializeGetPlacesResponse,
  SocializeGetProvidersConfigParams,
  SocializeGetProvidersConfigResponse,
  SocializeGetRawDataParams,
  SocializeGetRawDataResponse,
  SocializeGetReactionsCountParams,
  SocializeGetReactionsCountResponse,
  SocializeGetSessionInfoParams,
  SocializeGetSessionInfoResponse,
  SocializeGetTokenErrorFields,
  SocializeGetTokenParams,
  SocializeGetTokenResponse,
  SocializeGetTopSharesParams,
  SocializeGetTopSharesResponse,
  SocializeGetUserInfoParams,
  SocializeGetUserInfoResponse,
  SocializeGetUserSettingsParams,
  SocializeGetUserSettingsResponse,
  SocializeImportIdentitiesErrorFields,
  SocializeImportIdentitiesParams,
  SocializeImportIdentitiesResponse,
  SocializeIncrementReactionsCountParams,
  SocializeIncrementReactionsCountResponse,
  SocializeLinkAccountsParams,
  SocializeLinkAccountsResponse,
  SocializeLoginErrorFields,
  SocializeLoginParams,
  SocializeLoginResult,
  SocializeLogoutParams,
  SocializeLogoutResponse,
  SocializeNotifyLoginErrorFields,
  SocializeNotifyLoginParams,
  SocializeNotifyLoginResult,
  SocializeNotifyRegistrationErrorFields,
  SocializeNotifyRegistrationParams,
  SocializeNotifyRegistrationResponse,
  SocializePublishUserActionParams,
  SocializePublishUserActionResponse,
  SocializeRemoveConnectionParams,
  SocializeRemoveConnectionResponse,
  SocializeSendNotificationParams,
  SocializeSendNotificationResponse,
  SocializeSetProvidersConfigParams,
  SocializeSetProvidersConfigResponse,
  SocializeSetStatusParams,
  SocializeSetStatusResponse,
  SocializeSetUIDErrorFields,
  SocializeSetUIDParams,
  SocializeSetUIDResponse,
  SocializeSetUserInfoParams,
  SocializeSetUserInfoResponse,
  SocializeSetUserSettingsParams,
  SocializeSetUserSettingsResponse,
  SocializeShortenURLParams,
  SocializeShortenURLResponse,
  SocializeUnlinkAccountsParams,
  SocializeUnlinkAccountsResponse,
} from './types.gen.js';
import {
  socializeAddConnectionParamsSchema,
  socializeCheckinParamsSchema,
  socializeDelUserSettingsParamsSchema,
  socializeDeleteAccountParamsSchema,
  socializeDisconnectParamsSchema,
  socializeExchangeUIDSignatureParamsSchema,
  socializeExportUsersParamsSchema,
  socializeFacebookDeauthorizeParamsSchema,
  socializeFacebookGraphOperationParamsSchema,
  socializeGetAlbumsParamsSchema,
  socializeGetContactsParamsSchema,
  socializeGetFeedParamsSchema,
  socializeGetFriendsInfoParamsSchema,
  socializeGetPhotosParamsSchema,
  socializeGetPlacesParamsSchema,
  socializeGetProvidersConfigParamsSchema,
  socializeGetRawDataParamsSchema,
  socializeGetReactionsCountParamsSchema,
  socializeGetSessionInfoParamsSchema,
  socializeGetTokenParamsSchema,
  socializeGetTopSharesParamsSchema,
  socializeGetUserInfoParamsSchema,
  socializeGetUserSettingsParamsSchema,
  socializeImportIdentitiesParamsSchema,
  socializeIncrementReactionsCountParamsSchema,
  socializeLinkAccountsParamsSchema,
  socializeLoginParamsSchema,
  socializeLogoutParamsSchema,
  socializeNotifyLoginParamsSchema,
  socializeNotifyRegistrationParamsSchema,
  socializePublishUserActionParamsSchema,
  socializeRemoveConnectionParamsSchema,
  socializeSendNotificationParamsSchema,
  socializeSetProvidersConfigParamsSchema,
  socializeSetStatusParamsSchema,
  socializeSetUIDParamsSchema,
  socializeSetUserInfoParamsSchema,
  socializeSetUserSettingsParamsSchema,
  socializeShortenURLParamsSchema,
  socializeUnlinkAccountsParamsSchema,
} from './validators.gen.js';

/**
 * An unchecked pass, so that a user's compiler does not instantiate `invoke` for every method:
 * validators.check.ts type-checks the same calls.
 */
function invokeUnchecked(invoker: Invoker, method: object, params: unknown, options: CallOptions | undefined): Promise<never> {
  return invoker.invoke(method as MethodDescriptor, params, options) as Promise<never>;
}

const socializeAlbumHints = /* @__PURE__ */ hintsFromJson('{"provider":"string","albumID":"string","title":"string","description":"string","type":"string","privacy":"string","photoCount":"number"}');

const socializeContactHints = /* @__PURE__ */ hintsFromJson('{"email":"string","provider":"string","firstName":"string","lastName":"string","nickname":"string","photoURL":"string"}');

const socializeExportedUserHints = /* @__PURE__ */ hintsFromJson('{"uid":"string","provider":"string","providerUID":"string"}');

const socializeMappedProviderUIDHints = /* @__PURE__ */ hintsFromJson('{"providerUID":"string","apiKey":"string"}');

const socializePhoneHints = /* @__PURE__ */ hintsFromJson('{"number":"string","type":"string"}');

const socializeIdentityHints = /* @__PURE__ */ hintsFromJson('{"provider":"string","providerUID":"string","providerUIDSig":"string","isLoginIdentity":"boolean","allowsLogin":"boolean","isExpiredSession":"boolean","lastLoginTime":"number","nickname":"string","photoURL":"string","thumbnailURL":"string","firstName":"string","lastName":"string","gender":"string","age":"number","birthDay":"number","birthMonth":"number","birthYear":"number","email":"string","country":"string","state":"string","city":"string","zip":"string","profileURL":"string","languages":"string","address":"string","phones":{"items":{"fields":0}},"education":{"items":"json"},"honors":"string","publications":{"items":"json"},"patents":{"items":"json"},"certifications":{"items":"json"},"professionalHeadline":"string","bio":"string","industry":"string","specialties":"string","work":{"items":"json"},"skills":{"items":"json"},"religion":"string","politicalView":"string","interestedIn":"string","relationshipStatus":"string","hometown":"string","favorites":"json","likes":{"items":"json"},"followersCount":"number","followingCount":"number","username":"string","locale":"string","verified":"boolean","timezone":"number","samlData":"json","missingPermissions":"string","proxiedEmail":"string","oldestDataUpdated":"string","oldestDataUpdatedTimestamp":"number","lastUpdated":"string","lastUpdatedTimestamp":"number","mappedProviderUIDs":{"items":{"fields":1}}}', [socializePhoneHints, socializeMappedProviderUIDHints]);

const socializeFriendHints = /* @__PURE__ */ hintsFromJson('{"UID":"string","isSiteUser":"boolean","isSiteUID":"boolean","friendshipSignature":"string","signatureTimestamp":"string","friendshipSig":"string","timestamp":"string","nickname":"string","photoURL":"string","thumbnailURL":"string","identities":{"items":{"fields":0}},"firstName":"string","lastName":"string","gender":"string","age":"number","birthDay":"number","birthMonth":"number","birthYear":"number","email":"string","country":"string","state":"string","city":"string","zip":"string","profileURL":"string","oldestDataUpdatedTimestamp":"number","oldestDataAge":"number"}', [socializeIdentityHints]);

const socializeIdentityConflictHints = /* @__PURE__ */ hintsFromJson('{"provider":"string","providerUID":"string"}');

const socializePhotoHints = /* @__PURE__ */ hintsFromJson('{"provider":"string","photoID":"string","albumID":"string","title":"string","photoURL":"string","thumbnailURL":"string","width":"number","height":"number"}');

const socializePlaceHints = /* @__PURE__ */ hintsFromJson('{"provider":"string","placeID":"string","name":"string","address":"string","latitude":"number","longitude":"number"}');

const socializeProviderErrorHints = /* @__PURE__ */ hintsFromJson('{"provider":"string","errorCode":"string","errorMessage":"string"}');

const socializeReactionCountHints = /* @__PURE__ */ hintsFromJson('{"buttonId":"string","count":"number"}');

const socializeSessionInfoHints = /* @__PURE__ */ hintsFromJson('{"cookieName":"string","cookieValue":"string","cookieDomain":"string","cookiePath":"string","sessionToken":"string","sessionSecret":"string"}');

const socializeUserHints = /* @__PURE__ */ hintsFromJson('{"UID":"string","isSiteUID":"boolean","UIDSignature":"string","signatureTimestamp":"string","UIDSig":"string","timestamp":"string","isSiteUser":"boolean","isConnected":"boolean","isLoggedIn":"boolean","isTempUser":"boolean","loginProvider":"string","loginProviderUID":"string","providers":"string","identities":{"items":{"fields":0}},"capabilities":"string","nickname":"string","photoURL":"string","thumbnailURL":"string","firstName":"string","lastName":"string","gender":"string","age":"number","birthDay":"number","birthMonth":"number","birthYear":"number","email":"string","country":"string","state":"string","city":"string","zip":"string","profileURL":"string","proxiedEmail":"string","oldestDataUpdatedTimestamp":"number","oldestDataAge":"number","languages":"string","address":"string","phones":{"items":{"fields":1}},"education":{"items":"json"},"honors":"string","publications":{"items":"json"},"patents":{"items":"json"},"certifications":{"items":"json"},"professionalHeadline":"string","bio":"string","industry":"string","specialties":"string","work":{"items":"json"},"skills":{"items":"json"},"religion":"string","politicalView":"string","interestedIn":"string","relationshipStatus":"string","hometown":"string","favorites":"json","likes":{"items":"json"},"followersCount":"number","followingCount":"number","name":"string","username":"string","educationLevel":"string","locale":"string","verified":"boolean","iRank":"number","timezone":"number","samlData":"json"}', [socializeIdentityHints, socializePhoneHints]);

/** Static facts about `socialize.addConnection` (name, validator, error codes, response hints). */
export const addConnectionMethod = /* @__PURE__ */ describeMethod(socializeAddConnectionParamsSchema, '{"name":"socialize.addConnection","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400030,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,409001,500000,500001,500026,500028,501001,504001,504002],"csvParams":["x_extraPermissions"],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"state":"string"}')) as MethodDescriptor<SocializeAddConnectionParams, SocializeAddConnectionResponse, SocializeAddConnectionErrorCode>;

/**
 * Browser endpoint that connects one more social network to the user identified by an OAuth2 token, then redirects to redirect_uri with the result.
 *
 * A browser redirect endpoint: Gigya answers by redirecting to redirect_uri, not with a JSON body.
 *
 * The user's access token travels as oauth_token, which the client sends from credentials.oauthToken (oauth auth mode); it is not a method param. It must go over HTTPS, otherwise Gigya answers 403025.
 *
 * Calls `socialize.addConnection`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
 *
 * Errors besides the common ones: 400030 OperationNotAllowed; 409001 IdentityExists.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeAddConnectionParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41738a6470b21014bbc5a10ce4041860.html | socialize.addConnection reference}
 */
export function addConnection(invoker: Invoker, params: SocializeAddConnectionParams, options?: CallOptions): Promise<GigyaResult<SocializeAddConnectionResponse>> {
  return invokeUnchecked(invoker, addConnectionMethod, params, options);
}

/** Static facts about `socialize.checkin` (name, validator, error codes, response hints). */
export const checkinMethod = /* @__PURE__ */ describeMethod(socializeCheckinParamsSchema, '{"name":"socialize.checkin","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,400106,403000,403002,403003,403004,403005,403006,403007,403010,403012,403025,403036,403048,500000,500001,500023,500024,500026,500028,501001,504001,504002],"csvParams":["enabledProviders","disabledProviders"],"access":"signed","aliases":{"UID":"uid"}}') as MethodDescriptor<SocializeCheckinParams, SocializeCheckinResponse, SocializeCheckinErrorCode>;

/**
 * Checks the user in to a place on the networks that support check-ins (Foursquare, Facebook, Twitter).
 *
 * Calls `socialize.checkin`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Legacy: documented only in older references.
 *
 * Where this comes from: {@link https://github.com/graze/gigya-client | Listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; described in Gigya's 2010-2015 wiki documentation.
 *
 * Errors besides the common ones: 400106 NotConnected; 403012 NoValidSessionForbidden; 500023 ProviderError; 500024 NoValidSession.
 * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeCheckinParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
 */
export function checkin(invoker: Invoker, params: SocializeCheckinParams, options?: CallOptions): Promise<GigyaResult<SocializeCheckinResponse>> {
  return invokeUnchecked(invoker, checkinMethod, params, options);
}

/** Static facts about `socialize.delUserSettings` (name, validator, error codes, response hints). */
export const delUserSettingsMethod = /* @__PURE__ */ describeMethod(socializeDelUserSettingsParamsSchema, '{"name":"socialize.delUserSettings","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":["settings"],"access":"signed","aliases":{"UID":"uid"}}') as MethodDescriptor<SocializeDelUserSettingsParams, SocializeDelUserSettingsResponse, SocializeDelUserSettingsErrorCode>;

/**
 * Deletes settings stored in Gigya for the user, such as automatic-sharing choices.
 *
 * Calls `socialize.delUserSettings`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; described in Gigya's 2010-2015 wiki documentation.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeDelUserSettingsParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4173d7fe70b21014bbc5a10ce4041860.html | socialize.delUserSettings reference}
 */
export function delUserSettings(invoker: Invoker, params?: SocializeDelUserSettingsParams, options?: CallOptions): Promise<GigyaResult<SocializeDelUserSettingsResponse>> {
  return invokeUnchecked(invoker, delUserSettingsMethod, params, options);
}

/** Static facts about `socialize.deleteAccount` (name, validator, error codes, response hints). */
export const deleteAccountMethod = /* @__PURE__ */ describeMethod(socializeDeleteAccountParamsSchema, '{"name":"socialize.deleteAccount","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,404003,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed","aliases":{"UID":"uid"}}') as MethodDescriptor<SocializeDeleteAccountParams, SocializeDeleteAccountResponse, SocializeDeleteAccountErrorCode>;

/**
 * Deletes the user's Gigya social account record.
 *
 * Calls `socialize.deleteAccount`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
 *
 * Errors besides the common ones: 404003 UidNotFound.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeDeleteAccountParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4173b12870b21014bbc5a10ce4041860.html | socialize.deleteAccount reference}
 */
export function deleteAccount(invoker: Invoker, params: SocializeDeleteAccountParams, options?: CallOptions): Promise<GigyaResult<SocializeDeleteAccountResponse>> {
  return invokeUnchecked(invoker, deleteAccountMethod, params, options);
}

/** Static facts about `socialize.disconnect` (name, validator, error codes, response hints). */
export const disconnectMethod = /* @__PURE__ */ describeMethod(socializeDisconnectParamsSchema, '{"name":"socialize.disconnect","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400060,400061,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403012,403025,403036,403048,500000,500001,500024,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed","deprecated":"Use removeConnection.","aliases":{"UID":"uid"}}') as MethodDescriptor<SocializeDisconnectParams, SocializeDisconnectResponse, SocializeDisconnectErrorCode>;

/**
 * The 2010 API's way to disconnect the user from one provider or from all of them.
 *
 * Only the 2010 reference mentions this method; no stored source confirms its params, and current servers may not know it.
 *
 * Calls `socialize.disconnect`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Legacy: documented only in older references.
 *
 * Where this comes from: Recalled, not confirmed by a stored source; described in the original Socialize REST reference.
 *
 * Errors besides the common ones: 400060 MissingRequiredProviderParameter; 400061 InvalidNetwork; 403012 NoValidSessionForbidden; 500024 NoValidSession.
 * @remarks This method is recalled, not confirmed by a stored source: treat its params and fields as unverified.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeDisconnectParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @deprecated Use removeConnection.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
 */
export function disconnect(invoker: Invoker, params?: SocializeDisconnectParams, options?: CallOptions): Promise<GigyaResult<SocializeDisconnectResponse>> {
  return invokeUnchecked(invoker, disconnectMethod, params, options);
}

/** Static facts about `socialize.exchangeUIDSignature` (name, validator, error codes, response hints). */
export const exchangeUIDSignatureMethod = /* @__PURE__ */ describeMethod(socializeExchangeUIDSignatureParamsSchema, '{"name":"socialize.exchangeUIDSignature","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed","aliases":{"UID":"uid"}}', /* @__PURE__ */ hintsFromJson('{"UID":"string","UIDSignature":"string","signatureTimestamp":"string"}')) as MethodDescriptor<SocializeExchangeUIDSignatureParams, SocializeExchangeUIDSignatureResponse, SocializeExchangeUIDSignatureErrorCode>;

/**
 * Re-signs a UID signature received from a client-side login with the secret of the calling user or application key, so a party without the site secret can check it.
 *
 * Gigya answers 403002 when signatureTimestamp is more than about 60 seconds old and 400006 when UIDSignature does not verify.
 *
 * Signatures made with the site secret cannot be checked with a user or application key secret; exchange them first.
 *
 * Calls `socialize.exchangeUIDSignature`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeExchangeUIDSignatureParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4173ebc970b21014bbc5a10ce4041860.html | socialize.exchangeUIDSignature reference}
 */
export function exchangeUIDSignature(invoker: Invoker, params: SocializeExchangeUIDSignatureParams, options?: CallOptions): Promise<GigyaResult<SocializeExchangeUIDSignatureResponse>> {
  return invokeUnchecked(invoker, exchangeUIDSignatureMethod, params, options);
}

/** Static facts about `socialize.exportUsers` (name, validator, error codes, response hints). */
export const exportUsersMethod = /* @__PURE__ */ describeMethod(socializeExportUsersParamsSchema, '{"name":"socialize.exportUsers","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":["fields"],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"users":{"items":{"fields":0}}}', [socializeExportedUserHints])) as MethodDescriptor<SocializeExportUsersParams, SocializeExportUsersResponse, SocializeExportUsersErrorCode>;

/**
 * Exports the site's finalized, non-temporary social users with their provider identities.
 *
 * The API also takes format=csv to return raw CSV; this client always asks for JSON, so CSV export is not available through it.
 *
 * Calls `socialize.exportUsers`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Legacy: documented only in older references.
 *
 * Where this comes from: {@link https://github.com/graze/gigya-client | Listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; described in Gigya's 2010-2015 wiki documentation.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeExportUsersParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
 */
export function exportUsers(invoker: Invoker, params?: SocializeExportUsersParams, options?: CallOptions): Promise<GigyaResult<SocializeExportUsersResponse>> {
  return invokeUnchecked(invoker, exportUsersMethod, params, options);
}

/** Static facts about `socialize.facebook.deauthorize` (name, validator, error codes, response hints). */
export const facebookDeauthorizeMethod = /* @__PURE__ */ describeMethod(socializeFacebookDeauthorizeParamsSchema, '{"name":"socialize.facebook.deauthorize","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,400106,403000,403002,403003,403004,403005,403006,403007,403010,403012,403025,403036,403048,500000,500001,500024,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed","aliases":{"UID":"uid"}}') as MethodDescriptor<SocializeFacebookDeauthorizeParams, SocializeFacebookDeauthorizeResponse, SocializeFacebookDeauthorizeErrorCode>;

/**
 * Revokes the site's Facebook app authorization for the user and removes the Facebook identity from the user.
 *
 * Calls `socialize.facebook.deauthorize`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 *
 * Errors besides the common ones: 400106 NotConnected; 403012 NoValidSessionForbidden; 500024 NoValidSession.
 * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeFacebookDeauthorizeParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/2a1d9c89427a4c5991eb76965bc0bb81.html | socialize.facebook.deauthorize reference}
 */
export function facebookDeauthorize(invoker: Invoker, params?: SocializeFacebookDeauthorizeParams, options?: CallOptions): Promise<GigyaResult<SocializeFacebookDeauthorizeResponse>> {
  return invokeUnchecked(invoker, facebookDeauthorizeMethod, params, options);
}

/** Static facts about `socialize.facebookGraphOperation` (name, validator, error codes, response hints). */
export const facebookGraphOperationMethod = /* @__PURE__ */ describeMethod(socializeFacebookGraphOperationParamsSchema, '{"name":"socialize.facebookGraphOperation","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,400106,403000,403002,403003,403004,403005,403006,403007,403009,403010,403012,403022,403023,403025,403036,403048,500000,500001,500023,500024,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed","aliases":{"UID":"uid"}}', /* @__PURE__ */ hintsFromJson('{"graphResponse":"json"}')) as MethodDescriptor<SocializeFacebookGraphOperationParams, SocializeFacebookGraphOperationResponse, SocializeFacebookGraphOperationErrorCode>;

/**
 * Calls the Facebook Graph API on behalf of the user or the app, with the Facebook token Gigya holds.
 *
 * Gigya pins the Graph API version; it cannot be chosen per call.
 *
 * Calls `socialize.facebookGraphOperation`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
 *
 * Errors besides the common ones: 400106 NotConnected; 403009 ProviderSessionExpired; 403012 NoValidSessionForbidden; 403022 PermissionNotRequested; 403023 NoUserPermission; 500023 ProviderError; 500024 NoValidSession.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeFacebookGraphOperationParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4174262170b21014bbc5a10ce4041860.html | socialize.facebookGraphOperation reference}
 */
export function facebookGraphOperation(invoker: Invoker, params: SocializeFacebookGraphOperationParams, options?: CallOptions): Promise<GigyaResult<SocializeFacebookGraphOperationResponse>> {
  return invokeUnchecked(invoker, facebookGraphOperationMethod, params, options);
}

/** Static facts about `socialize.getAlbums` (name, validator, error codes, response hints). */
export const getAlbumsMethod = /* @__PURE__ */ describeMethod(socializeGetAlbumsParamsSchema, '{"name":"socialize.getAlbums","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,400106,403000,403002,403003,403004,403005,403006,403007,403010,403012,403025,403036,403048,500000,500001,500023,500024,500026,500028,501001,504001,504002],"csvParams":["albumIDs","enabledProviders","disabledProviders"],"access":"signed","aliases":{"UID":"uid"}}', /* @__PURE__ */ hintsFromJson('{"albums":{"items":{"fields":0}}}', [socializeAlbumHints])) as MethodDescriptor<SocializeGetAlbumsParams, SocializeGetAlbumsResponse, SocializeGetAlbumsErrorCode>;

/**
 * Lists the user's photo albums across connected providers that have them (Facebook, Instagram, VKontakte, mixi).
 *
 * Calls `socialize.getAlbums`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Legacy: documented only in older references.
 *
 * Where this comes from: {@link https://github.com/graze/gigya-client | Listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; described in Gigya's 2010-2015 wiki documentation.
 *
 * Errors besides the common ones: 400106 NotConnected; 403012 NoValidSessionForbidden; 500023 ProviderError; 500024 NoValidSession.
 * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeGetAlbumsParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
 */
export function getAlbums(invoker: Invoker, params?: SocializeGetAlbumsParams, options?: CallOptions): Promise<GigyaResult<SocializeGetAlbumsResponse>> {
  return invokeUnchecked(invoker, getAlbumsMethod, params, options);
}

/** Static facts about `socialize.getContacts` (name, validator, error codes, response hints). */
export const getContactsMethod = /* @__PURE__ */ describeMethod(socializeGetContactsParamsSchema, '{"name":"socialize.getContacts","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,400106,403000,403002,403003,403004,403005,403006,403007,403010,403012,403025,403036,403048,500000,500001,500023,500024,500026,500028,501001,504001,504002],"csvParams":["enabledProviders","disabledProviders"],"access":"signed","aliases":{"UID":"uid"}}', /* @__PURE__ */ hintsFromJson('{"contacts":{"items":{"fields":0}},"providerErrorCodes":{"items":{"fields":1}}}', [socializeContactHints, socializeProviderErrorHints])) as MethodDescriptor<SocializeGetContactsParams, SocializeGetContactsResponse, SocializeGetContactsErrorCode>;

/**
 * Returns the user's email contacts from the providers that expose them (currently Yahoo).
 *
 * Calls `socialize.getContacts`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
 *
 * Errors besides the common ones: 400106 NotConnected; 403012 NoValidSessionForbidden; 500023 ProviderError; 500024 NoValidSession.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeGetContactsParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4174743070b21014bbc5a10ce4041860.html | socialize.getContacts reference}
 */
export function getContacts(invoker: Invoker, params?: SocializeGetContactsParams, options?: CallOptions): Promise<GigyaResult<SocializeGetContactsResponse>> {
  return invokeUnchecked(invoker, getContactsMethod, params, options);
}

/** Static facts about `socialize.getFeed` (name, validator, error codes, response hints). */
export const getFeedMethod = /* @__PURE__ */ describeMethod(socializeGetFeedParamsSchema, '{"name":"socialize.getFeed","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":["groups"],"access":"signed","deprecated":"Deprecated by Gigya (dropped from SDKs in 2016); no replacement is documented.","aliases":{"UID":"uid"}}', /* @__PURE__ */ hintsFromJson('{"feed":"json"}')) as MethodDescriptor<SocializeGetFeedParams, SocializeGetFeedResponse, SocializeGetFeedErrorCode>;

/**
 * Returns items of a site feed stream built from published user actions.
 *
 * Removed as deprecated from the community Node SDK in 2016.
 *
 * Calls `socialize.getFeed`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://github.com/graze/gigya-client | Listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; described in Gigya's 2010-2015 wiki documentation; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeGetFeedParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @deprecated Deprecated by Gigya (dropped from SDKs in 2016); no replacement is documented.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
 */
export function getFeed(invoker: Invoker, params?: SocializeGetFeedParams, options?: CallOptions): Promise<GigyaResult<SocializeGetFeedResponse>> {
  return invokeUnchecked(invoker, getFeedMethod, params, options);
}

/** Static facts about `socialize.getFriendsInfo` (name, validator, error codes, response hints). */
export const getFriendsInfoMethod = /* @__PURE__ */ describeMethod(socializeGetFriendsInfoParamsSchema, '{"name":"socialize.getFriendsInfo","safeToRepeat":true,"errorCodes":[100001,301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,400106,403000,403002,403003,403004,403005,403006,403007,403010,403012,403025,403036,403048,404001,500000,500001,500024,500026,500028,501001,504001,504002],"csvParams":["UIDs","enabledProviders","disabledProviders"],"access":"signed","aliases":{"UID":"uid"}}', /* @__PURE__ */ hintsFromJson('{"friends":{"items":{"fields":0}}}', [socializeFriendHints])) as MethodDescriptor<SocializeGetFriendsInfoParams, SocializeGetFriendsInfoResponse, SocializeGetFriendsInfoErrorCode>;

/**
 * Returns the user's friends from the connected providers that have friend lists, with basic or extended details.
 *
 * While the friend list is not cached yet Gigya answers 100001 (data pending); ask again a little later.
 *
 * Friend lists are cached for 24 hours or until the next successful login.
 *
 * On Twitter a friend is a mutual follower.
 *
 * Documented in the 2016-2020 reference but absent from the current typings, so its present status is unconfirmed.
 *
 * Calls `socialize.getFriendsInfo`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; described in Gigya's 2010-2015 wiki documentation; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}.
 *
 * Errors besides the common ones: 100001 DataPending; 400106 NotConnected; 403012 NoValidSessionForbidden; 404001 FriendNotFound; 500024 NoValidSession.
 * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeGetFriendsInfoParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
 */
export function getFriendsInfo(invoker: Invoker, params?: SocializeGetFriendsInfoParams, options?: CallOptions): Promise<GigyaResult<SocializeGetFriendsInfoResponse>> {
  return invokeUnchecked(invoker, getFriendsInfoMethod, params, options);
}

/** Static facts about `socialize.getPhotos` (name, validator, error codes, response hints). */
export const getPhotosMethod = /* @__PURE__ */ describeMethod(socializeGetPhotosParamsSchema, '{"name":"socialize.getPhotos","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,400106,403000,403002,403003,403004,403005,403006,403007,403010,403012,403025,403036,403048,500000,500001,500023,500024,500026,500028,501001,504001,504002],"csvParams":["albumIDs","photoIDs","enabledProviders","disabledProviders"],"access":"signed","aliases":{"UID":"uid"}}', /* @__PURE__ */ hintsFromJson('{"photos":{"items":{"fields":0}}}', [socializePhotoHints])) as MethodDescriptor<SocializeGetPhotosParams, SocializeGetPhotosResponse, SocializeGetPhotosErrorCode>;

/**
 * Returns photos from the user's albums at the providers that have photos.
 *
 * Only the name of this method is confirmed by a stored source; its params and response are recalled.
 *
 * Calls `socialize.getPhotos`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Legacy: documented only in older references.
 *
 * Where this comes from: {@link https://github.com/graze/gigya-client | Listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; Recalled, not confirmed by a stored source.
 *
 * Errors besides the common ones: 400106 NotConnected; 403012 NoValidSessionForbidden; 500023 ProviderError; 500024 NoValidSession.
 * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeGetPhotosParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
 */
export function getPhotos(invoker: Invoker, params?: SocializeGetPhotosParams, options?: CallOptions): Promise<GigyaResult<SocializeGetPhotosResponse>> {
  return invokeUnchecked(invoker, getPhotosMethod, params, options);
}

/** Static facts about `socialize.getPlaces` (name, validator, error codes, response hints). */
export const getPlacesMethod = /* @__PURE__ */ describeMethod(socializeGetPlacesParamsSchema, '{"name":"socialize.getPlaces","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,400106,403000,403002,403003,403004,403005,403006,403007,403010,403012,403025,403036,403048,500000,500001,500023,500024,500026,500028,501001,504001,504002],"csvParams":["enabledProviders","disabledProviders"],"access":"signed","aliases":{"UID":"uid"}}', /* @__PURE__ */ hintsFromJson('{"places":{"items":{"fields":0}}}', [socializePlaceHints])) as MethodDescriptor<SocializeGetPlacesParams, SocializeGetPlacesResponse, SocializeGetPlacesErrorCode>;

/**
 * Lists places near a coordinate (Foursquare, Facebook, Twitter), for use with socialize.checkin.
 *
 * Calls `socialize.getPlaces`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Legacy: documented only in older references.
 *
 * Where this comes from: {@link https://github.com/graze/gigya-client | Listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; described in Gigya's 2010-2015 wiki documentation.
 *
 * Errors besides the common ones: 400106 NotConnected; 403012 NoValidSessionForbidden; 500023 ProviderError; 500024 NoValidSession.
 * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeGetPlacesParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
 */
export function getPlaces(invoker: Invoker, params: SocializeGetPlacesParams, options?: CallOptions): Promise<GigyaResult<SocializeGetPlacesResponse>> {
  return invokeUnchecked(invoker, getPlacesMethod, params, options);
}

/** Static facts about `socialize.getProvidersConfig` (name, validator, error codes, response hints). */
export const getProvidersConfigMethod = /* @__PURE__ */ describeMethod(socializeGetProvidersConfigParamsSchema, '{"name":"socialize.getProvidersConfig","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"capabilities":"json","providers":"json","settings":"json"}')) as MethodDescriptor<SocializeGetProvidersConfigParams, SocializeGetProvidersConfigResponse, SocializeGetProvidersConfigErrorCode>;

/**
 * Returns the site's social login configuration, per provider (the provider applications and their settings), with the site's social capabilities and settings on request.
 *
 * Only SAP's toolkit, which copies this configuration between sites, shows the params and the response; no stored reference page describes them.
 *
 * Calls `socialize.getProvidersConfig`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | Called this way by SAP's own Customer Data Cloud toolkit}.
 * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeGetProvidersConfigParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
 */
export function getProvidersConfig(invoker: Invoker, params?: SocializeGetProvidersConfigParams, options?: CallOptions): Promise<GigyaResult<SocializeGetProvidersConfigResponse>> {
  return invokeUnchecked(invoker, getProvidersConfigMethod, params, options);
}

/** Static facts about `socialize.getRawData` (name, validator, error codes, response hints). */
export const getRawDataMethod = /* @__PURE__ */ describeMethod(socializeGetRawDataParamsSchema, '{"name":"socialize.getRawData","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,400106,403000,403002,403003,403004,403005,403006,403007,403009,403010,403012,403025,403036,403048,500000,500001,500023,500024,500026,500028,501001,504001,504002],"csvParams":["fields"],"access":"signed","aliases":{"UID":"uid"}}', /* @__PURE__ */ hintsFromJson('{"rawData":"json"}')) as MethodDescriptor<SocializeGetRawDataParams, SocializeGetRawDataResponse, SocializeGetRawDataErrorCode>;

/**
 * Returns provider-native data about the user exactly as the provider sends it, for data Gigya does not normalize.
 *
 * The API also has a format param (json or xml) for the raw data; this client always sends format=json, so it is not a method param here.
 *
 * Calls `socialize.getRawData`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}.
 *
 * Errors besides the common ones: 400106 NotConnected; 403009 ProviderSessionExpired; 403012 NoValidSessionForbidden; 500023 ProviderError; 500024 NoValidSession.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeGetRawDataParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4175273e70b21014bbc5a10ce4041860.html | socialize.getRawData reference}
 */
export function getRawData(invoker: Invoker, params: SocializeGetRawDataParams, options?: CallOptions): Promise<GigyaResult<SocializeGetRawDataResponse>> {
  return invokeUnchecked(invoker, getRawDataMethod, params, options);
}

/** Static facts about `socialize.getReactionsCount` (name, validator, error codes, response hints). */
export const getReactionsCountMethod = /* @__PURE__ */ describeMethod(socializeGetReactionsCountParamsSchema, '{"name":"socialize.getReactionsCount","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":["buttonIDs"],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"counts":{"items":{"fields":0}}}', [socializeReactionCountHints])) as MethodDescriptor<SocializeGetReactionsCountParams, SocializeGetReactionsCountResponse, SocializeGetReactionsCountErrorCode>;

/**
 * Returns the click counts of the buttons in a Reactions bar.
 *
 * Documented in the 2016-2020 reference but absent from the current typings, so its present status is unconfirmed.
 *
 * Calls `socialize.getReactionsCount`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; described in Gigya's 2010-2015 wiki documentation; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeGetReactionsCountParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
 */
export function getReactionsCount(invoker: Invoker, params: SocializeGetReactionsCountParams, options?: CallOptions): Promise<GigyaResult<SocializeGetReactionsCountResponse>> {
  return invokeUnchecked(invoker, getReactionsCountMethod, params, options);
}

/** Static facts about `socialize.getSessionInfo` (name, validator, error codes, response hints). */
export const getSessionInfoMethod = /* @__PURE__ */ describeMethod(socializeGetSessionInfoParamsSchema, '{"name":"socialize.getSessionInfo","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,400106,403000,403002,403003,403004,403005,403006,403007,403009,403010,403012,403025,403036,403048,500000,500001,500024,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed","aliases":{"UID":"uid"}}', /* @__PURE__ */ hintsFromJson('{"authToken":"string","tokenSecret":"string","tokenExpirationUTC":"string","sessionHandle":"string","sessionExpiration":"string","IV":"string","providerUID":"string","timestamp":"string","providerUIDSig":"string"}')) as MethodDescriptor<SocializeGetSessionInfoParams, SocializeGetSessionInfoResponse, SocializeGetSessionInfoErrorCode>;

/**
 * Returns the user's session with a provider (tokens encrypted with the site secret), so the site can call the provider directly.
 *
 * Each provider needs different fields, so only those that provider uses are returned.
 *
 * Calls `socialize.getSessionInfo`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
 *
 * Errors besides the common ones: 400106 NotConnected; 403009 ProviderSessionExpired; 403012 NoValidSessionForbidden; 500024 NoValidSession.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeGetSessionInfoParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4175af8f70b21014bbc5a10ce4041860.html | socialize.getSessionInfo reference}
 */
export function getSessionInfo(invoker: Invoker, params: SocializeGetSessionInfoParams, options?: CallOptions): Promise<GigyaResult<SocializeGetSessionInfoResponse>> {
  return invokeUnchecked(invoker, getSessionInfoMethod, params, options);
}

/** Static facts about `socialize.getToken` (name, validator, error codes, response hints). */
export const getTokenMethod = /* @__PURE__ */ describeMethod(socializeGetTokenParamsSchema, '{"name":"socialize.getToken","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400011,400013,400014,400015,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"access_token":"string","expires_in":"number"}')) as MethodDescriptor<SocializeGetTokenParams, SocializeGetTokenResponse, SocializeGetTokenErrorCode>;

/**
 * OAuth2 token endpoint: exchanges an authorization code for an access token, or issues one for the site (client_credentials or none).
 *
 * Calls `socialize.getToken`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
 *
 * Errors besides the common ones: 400011 InvalidRedirectUri; 400013 UnsupportedGrantType; 400014 InvalidGrant; 400015 CodeExpired.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeGetTokenParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4175c2f570b21014bbc5a10ce4041860.html | socialize.getToken reference}
 */
export function getToken(invoker: Invoker, params: SocializeGetTokenParams, options?: CallOptions): Promise<GigyaResult<SocializeGetTokenResponse>> {
  return invokeUnchecked(invoker, getTokenMethod, params, options);
}

/** Static facts about `socialize.getTopShares` (name, validator, error codes, response hints). */
export const getTopSharesMethod = /* @__PURE__ */ describeMethod(socializeGetTopSharesParamsSchema, '{"name":"socialize.getTopShares","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"shares":{"items":"json"}}')) as MethodDescriptor<SocializeGetTopSharesParams, SocializeGetTopSharesResponse, SocializeGetTopSharesErrorCode>;

/**
 * Lists the URLs shared most on the site over the last days (at most 7).
 *
 * Documented in the 2016-2020 reference but absent from the current typings, so its present status is unconfirmed.
 *
 * Calls `socialize.getTopShares`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; described in Gigya's 2010-2015 wiki documentation.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeGetTopSharesParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
 */
export function getTopShares(invoker: Invoker, params: SocializeGetTopSharesParams, options?: CallOptions): Promise<GigyaResult<SocializeGetTopSharesResponse>> {
  return invokeUnchecked(invoker, getTopSharesMethod, params, options);
}

/** Static facts about `socialize.getUserInfo` (name, validator, error codes, response hints). */
export const getUserInfoMethod = /* @__PURE__ */ describeMethod(socializeGetUserInfoParamsSchema, '{"name":"socialize.getUserInfo","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403012,403025,403036,403048,500000,500001,500024,500026,500028,501001,504001,504002],"csvParams":["extraFields","enabledProviders","disabledProviders"],"access":"signed","aliases":{"UID":"uid"},"alwaysPresent":["UID"]}', /* @__PURE__ */ hintsFromJson('{"UID":"string","isSiteUID":"boolean","UIDSignature":"string","signatureTimestamp":"string","UIDSig":"string","timestamp":"string","isSiteUser":"boolean","isConnected":"boolean","isLoggedIn":"boolean","isTempUser":"boolean","loginProvider":"string","loginProviderUID":"string","providers":"string","identities":{"items":{"fields":0}},"capabilities":"string","nickname":"string","photoURL":"string","thumbnailURL":"string","firstName":"string","lastName":"string","gender":"string","age":"number","birthDay":"number","birthMonth":"number","birthYear":"number","email":"string","country":"string","state":"string","city":"string","zip":"string","profileURL":"string","proxiedEmail":"string","oldestDataUpdatedTimestamp":"number","oldestDataAge":"number","languages":"string","address":"string","phones":{"items":{"fields":1}},"education":{"items":"json"},"honors":"string","publications":{"items":"json"},"patents":{"items":"json"},"certifications":{"items":"json"},"professionalHeadline":"string","bio":"string","industry":"string","specialties":"string","work":{"items":"json"},"skills":{"items":"json"},"religion":"string","politicalView":"string","interestedIn":"string","relationshipStatus":"string","hometown":"string","favorites":"json","likes":{"items":"json"},"followersCount":"number","followingCount":"number","name":"string","username":"string","educationLevel":"string","locale":"string","verified":"boolean","iRank":"number","timezone":"number","samlData":"json"}', [socializeIdentityHints, socializePhoneHints])) as MethodDescriptor<SocializeGetUserInfoParams, SocializeGetUserInfoResponse, SocializeGetUserInfoErrorCode>;

/**
 * Returns the user's social profile (the User object) merged from the connected identities.
 *
 * The User fields sit at the top level of the response, next to the envelope fields.
 *
 * Server responses return identities as an array and capabilities as comma-separated text, and leave out empty fields.
 *
 * Calls `socialize.getUserInfo`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; described in Gigya's 2010-2015 wiki documentation; {@link https://gist.github.com/MKorostoff/195612eb1ef2a9bc5448 | seen in a published sample response}; described in the original Socialize REST reference.
 *
 * Errors besides the common ones: 403012 NoValidSessionForbidden; 500024 NoValidSession.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeGetUserInfoParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/417637a470b21014bbc5a10ce4041860.html | socialize.getUserInfo reference}
 */
export function getUserInfo(invoker: Invoker, params?: SocializeGetUserInfoParams, options?: CallOptions): Promise<GigyaResult<SocializeGetUserInfoResponse>> {
  return invokeUnchecked(invoker, getUserInfoMethod, params, options);
}

/** Static facts about `socialize.getUserSettings` (name, validator, error codes, response hints). */
export const getUserSettingsMethod = /* @__PURE__ */ describeMethod(socializeGetUserSettingsParamsSchema, '{"name":"socialize.getUserSettings","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":["settings"],"access":"signed","aliases":{"UID":"uid"}}', /* @__PURE__ */ hintsFromJson('{"settings":"json"}')) as MethodDescriptor<SocializeGetUserSettingsParams, SocializeGetUserSettingsResponse, SocializeGetUserSettingsErrorCode>;

/**
 * Reads settings stored in Gigya for the user, such as automatic-sharing choices.
 *
 * Documented in the 2016-2020 reference but absent from the current typings, so its present status is unconfirmed.
 *
 * Calls `socialize.getUserSettings`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; described in Gigya's 2010-2015 wiki documentation.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeGetUserSettingsParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
 */
export function getUserSettings(invoker: Invoker, params?: SocializeGetUserSettingsParams, options?: CallOptions): Promise<GigyaResult<SocializeGetUserSettingsResponse>> {
  return invokeUnchecked(invoker, getUserSettingsMethod, params, options);
}

/** Static facts about `socialize.importIdentities` (name, validator, error codes, response hints). */
export const importIdentitiesMethod = /* @__PURE__ */ describeMethod(socializeImportIdentitiesParamsSchema, '{"name":"socialize.importIdentities","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403009,403010,403025,403036,403048,409001,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed","aliases":{"UID":"uid"}}', /* @__PURE__ */ hintsFromJson('{"identityConflicts":{"items":{"fields":0}},"isImported":"boolean"}', [socializeIdentityConflictHints])) as MethodDescriptor<SocializeImportIdentitiesParams, SocializeImportIdentitiesResponse, SocializeImportIdentitiesErrorCode>;

/**
 * Imports social or SAML identities into a new or existing user, e.g. while migrating users to Gigya.
 *
 * Calls `socialize.importIdentities`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
 *
 * Errors besides the common ones: 403009 ProviderSessionExpired; 409001 IdentityExists.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeImportIdentitiesParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41768a0370b21014bbc5a10ce4041860.html | socialize.importIdentities reference}
 */
export function importIdentities(invoker: Invoker, params: SocializeImportIdentitiesParams, options?: CallOptions): Promise<GigyaResult<SocializeImportIdentitiesResponse>> {
  return invokeUnchecked(invoker, importIdentitiesMethod, params, options);
}

/** Static facts about `socialize.incrementReactionsCount` (name, validator, error codes, response hints). */
export const incrementReactionsCountMethod = /* @__PURE__ */ describeMethod(socializeIncrementReactionsCountParamsSchema, '{"name":"socialize.incrementReactionsCount","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<SocializeIncrementReactionsCountParams, SocializeIncrementReactionsCountResponse, SocializeIncrementReactionsCountErrorCode>;

/**
 * Changes the click counter of one button in a Reactions bar, normally adding one click.
 *
 * Only the name and purpose of this method are confirmed by stored sources; its params are recalled.
 *
 * Documented in the 2016-2020 reference but absent from the current typings, so its present status is unconfirmed.
 *
 * Calls `socialize.incrementReactionsCount`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; Recalled, not confirmed by a stored source.
 * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeIncrementReactionsCountParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
 */
export function incrementReactionsCount(invoker: Invoker, params: SocializeIncrementReactionsCountParams, options?: CallOptions): Promise<GigyaResult<SocializeIncrementReactionsCountResponse>> {
  return invokeUnchecked(invoker, incrementReactionsCountMethod, params, options);
}

/** Static facts about `socialize.linkAccounts` (name, validator, error codes, response hints). */
export const linkAccountsMethod = /* @__PURE__ */ describeMethod(socializeLinkAccountsParamsSchema, '{"name":"socialize.linkAccounts","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed","deprecated":"Use setUID, or notifyRegistration with siteUID.","aliases":{"UID":"uid"}}') as MethodDescriptor<SocializeLinkAccountsParams, SocializeLinkAccountsResponse, SocializeLinkAccountsErrorCode>;

/**
 * Attaches the site's own user ID to the user's Gigya account (the old account-linking call).
 *
 * Calls `socialize.linkAccounts`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; Recalled, not confirmed by a stored source.
 * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeLinkAccountsParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @deprecated Use setUID, or notifyRegistration with siteUID.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
 */
export function linkAccounts(invoker: Invoker, params: SocializeLinkAccountsParams, options?: CallOptions): Promise<GigyaResult<SocializeLinkAccountsResponse>> {
  return invokeUnchecked(invoker, linkAccountsMethod, params, options);
}

/** Static facts about `socialize.login` (name, validator, error codes, response hints). */
export const loginMethod = /* @__PURE__ */ describeMethod(socializeLoginParamsSchema, '{"name":"socialize.login","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400011,400012,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,403101,409003,500000,500001,500026,500028,501001,504001,504002],"csvParams":["x_extraPermissions"],"access":"signed"}') as MethodDescriptor<SocializeLoginParams, SocializeLoginResult, SocializeLoginErrorCode>;

/**
 * OAuth2 authorization endpoint: sends the browser to a provider login, then redirects to redirect_uri with a code or an access token.
 *
 * A browser redirect endpoint: the result (code or access_token with expires_in, state, or error fields) is appended to redirect_uri, so there is no JSON response body.
 *
 * Calls `socialize.login`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
 *
 * Resolves with `errorCode` telling a flow state apart from a plain success: 206001 AccountPendingRegistration with `regToken`; 206002 AccountPendingVerification with `regToken`. Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 403101 AccountPendingTfaVerification with `regToken`; 409003 EntityExistsConflict with `regToken`, `provider`, `access_token`.
 *
 * Errors besides the common ones: 400011 InvalidRedirectUri; 400012 InvalidResponseType; 403101 AccountPendingTfaVerification; 409003 EntityExistsConflict.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeLoginParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4176c45f70b21014bbc5a10ce4041860.html | socialize.login reference}
 */
export function login(invoker: Invoker, params: SocializeLoginParams, options?: CallOptions): Promise<GigyaResult<SocializeLoginResult>> {
  return invokeUnchecked(invoker, loginMethod, params, options);
}

/** Static facts about `socialize.logout` (name, validator, error codes, response hints). */
export const logoutMethod = /* @__PURE__ */ describeMethod(socializeLogoutParamsSchema, '{"name":"socialize.logout","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed","aliases":{"UID":"uid"}}', /* @__PURE__ */ hintsFromJson('{"samlContext":"string","logoutActiveSession":"boolean","connectedSamlSessions":"string","connectedProviders":"string"}')) as MethodDescriptor<SocializeLogoutParams, SocializeLogoutResponse, SocializeLogoutErrorCode>;

/**
 * Marks the user as logged out of Gigya; the provider connections stay in place for the next login.
 *
 * Calls `socialize.logout`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; described in Gigya's 2010-2015 wiki documentation.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeLogoutParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4177032870b21014bbc5a10ce4041860.html | socialize.logout reference}
 */
export function logout(invoker: Invoker, params?: SocializeLogoutParams, options?: CallOptions): Promise<GigyaResult<SocializeLogoutResponse>> {
  return invokeUnchecked(invoker, logoutMethod, params, options);
}

/** Static facts about `socialize.notifyLogin` (name, validator, error codes, response hints). */
export const notifyLoginMethod = /* @__PURE__ */ describeMethod(socializeNotifyLoginParamsSchema, '{"name":"socialize.notifyLogin","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403041,403048,403101,403102,403120,409003,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"cookieName":"string","cookieValue":"string","cookieDomain":"string","cookiePath":"string","sessionToken":"string","sessionSecret":"string","UID":"string","UIDSignature":"string","signatureTimestamp":"string","regToken":"string"}')) as MethodDescriptor<SocializeNotifyLoginParams, SocializeNotifyLoginResult, SocializeNotifyLoginErrorCode>;

/**
 * Tells Gigya that the site logged a user in (by site UID or provider sessions); Gigya creates or reconnects the user and returns a session.
 *
 * Calls `socialize.notifyLogin`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
 *
 * Resolves with `errorCode` telling a flow state apart from a plain success: 206001 AccountPendingRegistration with `regToken`; 206002 AccountPendingVerification with `regToken`. Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 403101 AccountPendingTfaVerification with `regToken`; 403102 AccountPendingTfaRegistration with `regToken`; 409003 EntityExistsConflict with `regToken`, `provider`, `access_token`.
 *
 * Errors besides the common ones: 403041 AccountDisabled; 403101 AccountPendingTfaVerification; 403102 AccountPendingTfaRegistration; 403120 AccountTemporarilyLockedOut; 409003 EntityExistsConflict.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeNotifyLoginParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41773d6170b21014bbc5a10ce4041860.html | socialize.notifyLogin reference}
 */
export function notifyLogin(invoker: Invoker, params?: SocializeNotifyLoginParams, options?: CallOptions): Promise<GigyaResult<SocializeNotifyLoginResult>> {
  return invokeUnchecked(invoker, notifyLoginMethod, params, options);
}

/** Static facts about `socialize.notifyRegistration` (name, validator, error codes, response hints). */
export const notifyRegistrationMethod = /* @__PURE__ */ describeMethod(socializeNotifyRegistrationParamsSchema, '{"name":"socialize.notifyRegistration","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403043,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed","aliases":{"UID":"uid"}}') as MethodDescriptor<SocializeNotifyRegistrationParams, SocializeNotifyRegistrationResponse, SocializeNotifyRegistrationErrorCode>;

/**
 * Tells Gigya the user finished registering on the site, which finalizes the account; with siteUID it also replaces the Gigya UID like setUID.
 *
 * Calls `socialize.notifyRegistration`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 403043 LoginIdentifierExists with `regToken`.
 *
 * Errors besides the common ones: 403043 LoginIdentifierExists.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeNotifyRegistrationParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4177644c70b21014bbc5a10ce4041860.html | socialize.notifyRegistration reference}
 */
export function notifyRegistration(invoker: Invoker, params?: SocializeNotifyRegistrationParams, options?: CallOptions): Promise<GigyaResult<SocializeNotifyRegistrationResponse>> {
  return invokeUnchecked(invoker, notifyRegistrationMethod, params, options);
}

/** Static facts about `socialize.publishUserAction` (name, validator, error codes, response hints). */
export const publishUserActionMethod = /* @__PURE__ */ describeMethod(socializePublishUserActionParamsSchema, '{"name":"socialize.publishUserAction","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,400096,400106,403000,403002,403003,403004,403005,403006,403007,403010,403012,403024,403025,403036,403048,500000,500001,500023,500024,500026,500028,501001,504001,504002],"csvParams":["enabledProviders","disabledProviders","tags"],"access":"signed","aliases":{"UID":"uid"}}', /* @__PURE__ */ hintsFromJson('{"providerPostIDs":"json"}')) as MethodDescriptor<SocializePublishUserActionParams, SocializePublishUserActionResponse, SocializePublishUserActionErrorCode>;

/**
 * Publishes a user action (a news-feed post) to the user's connected networks that support it.
 *
 * The call succeeds when at least one provider accepted the post; it fails as unsupported only when no usable connection is left.
 *
 * Documented in the 2016-2020 reference but absent from the current typings, so its present status is unconfirmed.
 *
 * Calls `socialize.publishUserAction`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; described in Gigya's 2010-2015 wiki documentation; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}; described in the original Socialize REST reference.
 *
 * Errors besides the common ones: 400096 NotSupported; 400106 NotConnected; 403012 NoValidSessionForbidden; 403024 ProviderLimitReached; 500023 ProviderError; 500024 NoValidSession.
 * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializePublishUserActionParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
 */
export function publishUserAction(invoker: Invoker, params: SocializePublishUserActionParams, options?: CallOptions): Promise<GigyaResult<SocializePublishUserActionResponse>> {
  return invokeUnchecked(invoker, publishUserActionMethod, params, options);
}

/** Static facts about `socialize.removeConnection` (name, validator, error codes, response hints). */
export const removeConnectionMethod = /* @__PURE__ */ describeMethod(socializeRemoveConnectionParamsSchema, '{"name":"socialize.removeConnection","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400030,400092,400093,400094,400095,400106,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed","aliases":{"UID":"uid"}}') as MethodDescriptor<SocializeRemoveConnectionParams, SocializeRemoveConnectionResponse, SocializeRemoveConnectionErrorCode>;

/**
 * Disconnects the user from one provider or from all of them and unlinks the identity, unless it is the last way to log in.
 *
 * For Facebook, Yahoo, Google and LinkedIn this also logs the user out of the network.
 *
 * Calls `socialize.removeConnection`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; described in Gigya's 2010-2015 wiki documentation; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}.
 *
 * Errors besides the common ones: 400030 OperationNotAllowed; 400106 NotConnected.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeRemoveConnectionParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4177d96470b21014bbc5a10ce4041860.html | socialize.removeConnection reference}
 */
export function removeConnection(invoker: Invoker, params?: SocializeRemoveConnectionParams, options?: CallOptions): Promise<GigyaResult<SocializeRemoveConnectionResponse>> {
  return invokeUnchecked(invoker, removeConnectionMethod, params, options);
}

/** Static facts about `socialize.sendNotification` (name, validator, error codes, response hints). */
export const sendNotificationMethod = /* @__PURE__ */ describeMethod(socializeSendNotificationParamsSchema, '{"name":"socialize.sendNotification","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400070,400071,400080,400081,400090,400091,400092,400093,400094,400095,400106,403000,403002,403003,403004,403005,403006,403007,403010,403012,403025,403036,403048,404001,500000,500001,500023,500024,500026,500028,501001,504001,504002],"csvParams":["recipients"],"access":"signed","aliases":{"UID":"uid"}}') as MethodDescriptor<SocializeSendNotificationParams, SocializeSendNotificationResponse, SocializeSendNotificationErrorCode>;

/**
 * Sends a notification to some of the user's friends on the networks that support it (Twitter, LinkedIn, Yahoo).
 *
 * Calls `socialize.sendNotification`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Legacy: documented only in older references.
 *
 * Where this comes from: {@link https://github.com/graze/gigya-client | Listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; described in Gigya's 2010-2015 wiki documentation; described in the original Socialize REST reference.
 *
 * Errors besides the common ones: 400070 MissingRequiredRecipientsParameter; 400071 InvalidRecipientsParameter; 400080 MissingRequiredBodyParameter; 400081 InvalidBodyParameter; 400090 MissingRequiredSubjectParameter; 400091 InvalidSubjectParameter; 400106 NotConnected; 403012 NoValidSessionForbidden; 404001 FriendNotFound; 500023 ProviderError; 500024 NoValidSession.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeSendNotificationParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
 */
export function sendNotification(invoker: Invoker, params: SocializeSendNotificationParams, options?: CallOptions): Promise<GigyaResult<SocializeSendNotificationResponse>> {
  return invokeUnchecked(invoker, sendNotificationMethod, params, options);
}

/** Static facts about `socialize.setProvidersConfig` (name, validator, error codes, response hints). */
export const setProvidersConfigMethod = /* @__PURE__ */ describeMethod(socializeSetProvidersConfigParamsSchema, '{"name":"socialize.setProvidersConfig","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<SocializeSetProvidersConfigParams, SocializeSetProvidersConfigResponse, SocializeSetProvidersConfigErrorCode>;

/**
 * Changes the site's social login configuration (provider applications, capabilities and settings), as getProvidersConfig returns it.
 *
 * Only SAP's toolkit, which copies this configuration between sites, shows the params; no stored reference page describes them.
 *
 * Calls `socialize.setProvidersConfig`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | Called this way by SAP's own Customer Data Cloud toolkit}.
 * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeSetProvidersConfigParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
 */
export function setProvidersConfig(invoker: Invoker, params?: SocializeSetProvidersConfigParams, options?: CallOptions): Promise<GigyaResult<SocializeSetProvidersConfigResponse>> {
  return invokeUnchecked(invoker, setProvidersConfigMethod, params, options);
}

/** Static facts about `socialize.setStatus` (name, validator, error codes, response hints). */
export const setStatusMethod = /* @__PURE__ */ describeMethod(socializeSetStatusParamsSchema, '{"name":"socialize.setStatus","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,400106,403000,403002,403003,403004,403005,403006,403007,403010,403012,403024,403025,403036,403048,500000,500001,500023,500024,500026,500028,501001,504001,504002],"csvParams":["enabledProviders","disabledProviders"],"access":"signed","aliases":{"UID":"uid"}}', /* @__PURE__ */ hintsFromJson('{"providerPostIDs":"json"}')) as MethodDescriptor<SocializeSetStatusParams, SocializeSetStatusResponse, SocializeSetStatusErrorCode>;

/**
 * Sets the user's status on the connected networks that support it (Facebook, Twitter, LinkedIn, QQ, Renren).
 *
 * Documented in the 2016-2020 reference but absent from the current typings, so its present status is unconfirmed.
 *
 * Calls `socialize.setStatus`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}; described in the original Socialize REST reference.
 *
 * Errors besides the common ones: 400106 NotConnected; 403012 NoValidSessionForbidden; 403024 ProviderLimitReached; 500023 ProviderError; 500024 NoValidSession.
 * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeSetStatusParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
 */
export function setStatus(invoker: Invoker, params: SocializeSetStatusParams, options?: CallOptions): Promise<GigyaResult<SocializeSetStatusResponse>> {
  return invokeUnchecked(invoker, setStatusMethod, params, options);
}

/** Static facts about `socialize.setUID` (name, validator, error codes, response hints). */
export const setUIDMethod = /* @__PURE__ */ describeMethod(socializeSetUIDParamsSchema, '{"name":"socialize.setUID","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403043,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed","aliases":{"UID":"uid"}}') as MethodDescriptor<SocializeSetUIDParams, SocializeSetUIDResponse, SocializeSetUIDErrorCode>;

/**
 * Replaces the user's Gigya UID with the site's own user ID.
 *
 * In the usual flow pass siteUID to socialize.notifyRegistration instead. This method replaced socialize.linkAccounts.
 *
 * Calls `socialize.setUID`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 403043 LoginIdentifierExists with `regToken`.
 *
 * Errors besides the common ones: 403043 LoginIdentifierExists.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeSetUIDParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41787acc70b21014bbc5a10ce4041860.html | socialize.setUID reference}
 */
export function setUID(invoker: Invoker, params: SocializeSetUIDParams, options?: CallOptions): Promise<GigyaResult<SocializeSetUIDResponse>> {
  return invokeUnchecked(invoker, setUIDMethod, params, options);
}

/** Static facts about `socialize.setUserInfo` (name, validator, error codes, response hints). */
export const setUserInfoMethod = /* @__PURE__ */ describeMethod(socializeSetUserInfoParamsSchema, '{"name":"socialize.setUserInfo","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed","aliases":{"UID":"uid"}}') as MethodDescriptor<SocializeSetUserInfoParams, SocializeSetUserInfoResponse, SocializeSetUserInfoErrorCode>;

/**
 * Stores profile data the site provides for the user, used by plugins that display user info.
 *
 * Calls `socialize.setUserInfo`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeSetUserInfoParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41788e7070b21014bbc5a10ce4041860.html | socialize.setUserInfo reference}
 */
export function setUserInfo(invoker: Invoker, params: SocializeSetUserInfoParams, options?: CallOptions): Promise<GigyaResult<SocializeSetUserInfoResponse>> {
  return invokeUnchecked(invoker, setUserInfoMethod, params, options);
}

/** Static facts about `socialize.setUserSettings` (name, validator, error codes, response hints). */
export const setUserSettingsMethod = /* @__PURE__ */ describeMethod(socializeSetUserSettingsParamsSchema, '{"name":"socialize.setUserSettings","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed","aliases":{"UID":"uid"}}') as MethodDescriptor<SocializeSetUserSettingsParams, SocializeSetUserSettingsResponse, SocializeSetUserSettingsErrorCode>;

/**
 * Stores settings in Gigya for the user, such as always-share or never-share choices.
 *
 * Documented in the 2016-2020 reference but absent from the current typings, so its present status is unconfirmed.
 *
 * Calls `socialize.setUserSettings`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; described in Gigya's 2010-2015 wiki documentation.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeSetUserSettingsParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
 */
export function setUserSettings(invoker: Invoker, params: SocializeSetUserSettingsParams, options?: CallOptions): Promise<GigyaResult<SocializeSetUserSettingsResponse>> {
  return invokeUnchecked(invoker, setUserSettingsMethod, params, options);
}

/** Static facts about `socialize.shortenURL` (name, validator, error codes, response hints). */
export const shortenURLMethod = /* @__PURE__ */ describeMethod(socializeShortenURLParamsSchema, '{"name":"socialize.shortenURL","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed","alwaysPresent":["shortURL"]}', /* @__PURE__ */ hintsFromJson('{"shortURL":"string"}')) as MethodDescriptor<SocializeShortenURLParams, SocializeShortenURLResponse, SocializeShortenURLErrorCode>;

/**
 * Returns a Gigya short URL for a long URL; asking twice for the same URL is harmless.
 *
 * Documented in the 2016-2020 reference but absent from the current typings, so its present status is unconfirmed.
 *
 * Calls `socialize.shortenURL`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; described in Gigya's 2010-2015 wiki documentation.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeShortenURLParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
 */
export function shortenURL(invoker: Invoker, params: SocializeShortenURLParams, options?: CallOptions): Promise<GigyaResult<SocializeShortenURLResponse>> {
  return invokeUnchecked(invoker, shortenURLMethod, params, options);
}

/** Static facts about `socialize.unlinkAccounts` (name, validator, error codes, response hints). */
export const unlinkAccountsMethod = /* @__PURE__ */ describeMethod(socializeUnlinkAccountsParamsSchema, '{"name":"socialize.unlinkAccounts","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed","aliases":{"UID":"uid"}}') as MethodDescriptor<SocializeUnlinkAccountsParams, SocializeUnlinkAccountsResponse, SocializeUnlinkAccountsErrorCode>;

/**
 * Counterpart of linkAccounts that removed the link between the site user ID and the Gigya account.
 *
 * Not found in any stored source; kept because linkAccounts implies it. Current servers may not know it.
 *
 * Calls `socialize.unlinkAccounts`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Legacy: documented only in older references.
 *
 * Where this comes from: Recalled, not confirmed by a stored source.
 * @remarks This method is recalled, not confirmed by a stored source: treat its params and fields as unverified.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link SocializeUnlinkAccountsParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
 */
export function unlinkAccounts(invoker: Invoker, params?: SocializeUnlinkAccountsParams, options?: CallOptions): Promise<GigyaResult<SocializeUnlinkAccountsResponse>> {
  return invokeUnchecked(invoker, unlinkAccountsMethod, params, options);
}

/** Every descriptor of the socialize namespace. */
export const socializeMethods = /* @__PURE__ */ listMethods(addConnectionMethod, checkinMethod, delUserSettingsMethod, deleteAccountMethod, disconnectMethod, exchangeUIDSignatureMethod, exportUsersMethod, facebookDeauthorizeMethod, facebookGraphOperationMethod, getAlbumsMethod, getContactsMethod, getFeedMethod, getFriendsInfoMethod, getPhotosMethod, getPlacesMethod, getProvidersConfigMethod, getRawDataMethod, getReactionsCountMethod, getSessionInfoMethod, getTokenMethod, getTopSharesMethod, getUserInfoMethod, getUserSettingsMethod, importIdentitiesMethod, incrementReactionsCountMethod, linkAccountsMethod, loginMethod, logoutMethod, notifyLoginMethod, notifyRegistrationMethod, publishUserActionMethod, removeConnectionMethod, sendNotificationMethod, setProvidersConfigMethod, setStatusMethod, setUIDMethod, setUserInfoMethod, setUserSettingsMethod, shortenURLMethod, unlinkAccountsMethod);

/** Response fields the catalog marks as always present (`required: true`), by wire name, including those of extended shapes. Other fields may be missing. */
export const socializeResponseRequired: Readonly<Record<string, readonly string[]>> = /* @__PURE__ */ JSON.parse('{"socialize.addConnection":[],"socialize.checkin":[],"socialize.delUserSettings":[],"socialize.deleteAccount":[],"socialize.disconnect":[],"socialize.exchangeUIDSignature":[],"socialize.exportUsers":[],"socialize.facebook.deauthorize":[],"socialize.facebookGraphOperation":[],"socialize.getAlbums":[],"socialize.getContacts":[],"socialize.getFeed":[],"socialize.getFriendsInfo":[],"socialize.getPhotos":[],"socialize.getPlaces":[],"socialize.getProvidersConfig":[],"socialize.getRawData":[],"socialize.getReactionsCount":[],"socialize.getSessionInfo":[],"socialize.getToken":[],"socialize.getTopShares":[],"socialize.getUserInfo":["UID"],"socialize.getUserSettings":[],"socialize.importIdentities":[],"socialize.incrementReactionsCount":[],"socialize.linkAccounts":[],"socialize.login":[],"socialize.logout":[],"socialize.notifyLogin":[],"socialize.notifyRegistration":[],"socialize.publishUserAction":[],"socialize.removeConnection":[],"socialize.sendNotification":[],"socialize.setProvidersConfig":[],"socialize.setStatus":[],"socialize.setUID":[],"socialize.setUserInfo":[],"socialize.setUserSettings":[],"socialize.shortenURL":["shortURL"],"socialize.unlinkAccounts":[]}');

/**
 * The Social Login and social-network API: profiles merged from social identities (User, Friend, Identity), posting to connected networks, provider sessions, and the OAuth2 login endpoints. Many of its methods date from 2010-2016 and are kept, marked legacy or deprecated.
 *
 * The `socialize` namespace: `client.socialize.<method>(params, options?)`.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference}
 */
export interface SocializeNamespace {
  /**
   * Browser endpoint that connects one more social network to the user identified by an OAuth2 token, then redirects to redirect_uri with the result.
   *
   * A browser redirect endpoint: Gigya answers by redirecting to redirect_uri, not with a JSON body.
   *
   * The user's access token travels as oauth_token, which the client sends from credentials.oauthToken (oauth auth mode); it is not a method param. It must go over HTTPS, otherwise Gigya answers 403025.
   *
   * Calls `socialize.addConnection`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
   *
   * Errors besides the common ones: 400030 OperationNotAllowed; 409001 IdentityExists.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41738a6470b21014bbc5a10ce4041860.html | socialize.addConnection reference}
   */
  readonly addConnection: BoundMethod<SocializeAddConnectionParams, SocializeAddConnectionResponse, SocializeAddConnectionErrorCode>;
  /**
   * Checks the user in to a place on the networks that support check-ins (Foursquare, Facebook, Twitter).
   *
   * Calls `socialize.checkin`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Legacy: documented only in older references.
   *
   * Where this comes from: {@link https://github.com/graze/gigya-client | Listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; described in Gigya's 2010-2015 wiki documentation.
   *
   * Errors besides the common ones: 400106 NotConnected; 403012 NoValidSessionForbidden; 500023 ProviderError; 500024 NoValidSession.
   * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
   */
  readonly checkin: BoundMethod<SocializeCheckinParams, SocializeCheckinResponse, SocializeCheckinErrorCode>;
  /**
   * Deletes settings stored in Gigya for the user, such as automatic-sharing choices.
   *
   * Calls `socialize.delUserSettings`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; described in Gigya's 2010-2015 wiki documentation.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4173d7fe70b21014bbc5a10ce4041860.html | socialize.delUserSettings reference}
   */
  readonly delUserSettings: BoundMethod<SocializeDelUserSettingsParams, SocializeDelUserSettingsResponse, SocializeDelUserSettingsErrorCode>;
  /**
   * Deletes the user's Gigya social account record.
   *
   * Calls `socialize.deleteAccount`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
   *
   * Errors besides the common ones: 404003 UidNotFound.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4173b12870b21014bbc5a10ce4041860.html | socialize.deleteAccount reference}
   */
  readonly deleteAccount: BoundMethod<SocializeDeleteAccountParams, SocializeDeleteAccountResponse, SocializeDeleteAccountErrorCode>;
  /**
   * The 2010 API's way to disconnect the user from one provider or from all of them.
   *
   * Only the 2010 reference mentions this method; no stored source confirms its params, and current servers may not know it.
   *
   * Calls `socialize.disconnect`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Legacy: documented only in older references.
   *
   * Where this comes from: Recalled, not confirmed by a stored source; described in the original Socialize REST reference.
   *
   * Errors besides the common ones: 400060 MissingRequiredProviderParameter; 400061 InvalidNetwork; 403012 NoValidSessionForbidden; 500024 NoValidSession.
   * @remarks This method is recalled, not confirmed by a stored source: treat its params and fields as unverified.
   * @deprecated Use removeConnection.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
   */
  readonly disconnect: BoundMethod<SocializeDisconnectParams, SocializeDisconnectResponse, SocializeDisconnectErrorCode>;
  /**
   * Re-signs a UID signature received from a client-side login with the secret of the calling user or application key, so a party without the site secret can check it.
   *
   * Gigya answers 403002 when signatureTimestamp is more than about 60 seconds old and 400006 when UIDSignature does not verify.
   *
   * Signatures made with the site secret cannot be checked with a user or application key secret; exchange them first.
   *
   * Calls `socialize.exchangeUIDSignature`. Needs signed credentials. Safe to repeat: transport failures are retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
   *
   * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4173ebc970b21014bbc5a10ce4041860.html | socialize.exchangeUIDSignature reference}
   */
  readonly exchangeUIDSignature: BoundMethod<SocializeExchangeUIDSignatureParams, SocializeExchangeUIDSignatureResponse, SocializeExchangeUIDSignatureErrorCode, SocializeExchangeUIDSignatureErrorFields>;
  /**
   * Exports the site's finalized, non-temporary social users with their provider identities.
   *
   * The API also takes format=csv to return raw CSV; this client always asks for JSON, so CSV export is not available through it.
   *
   * Calls `socialize.exportUsers`. Needs signed credentials. Safe to repeat: transport failures are retried.
   *
   * Legacy: documented only in older references.
   *
   * Where this comes from: {@link https://github.com/graze/gigya-client | Listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; described in Gigya's 2010-2015 wiki documentation.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
   */
  readonly exportUsers: BoundMethod<SocializeExportUsersParams, SocializeExportUsersResponse, SocializeExportUsersErrorCode>;
  /** The methods of `socialize.facebook`: `client.socialize.facebook.<method>(params, options?)`. */
  readonly facebook: {
    /**
     * Revokes the site's Facebook app authorization for the user and removes the Facebook identity from the user.
     *
     * Calls `socialize.facebook.deauthorize`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
     *
     * Errors besides the common ones: 400106 NotConnected; 403012 NoValidSessionForbidden; 500024 NoValidSession.
     * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/2a1d9c89427a4c5991eb76965bc0bb81.html | socialize.facebook.deauthorize reference}
     */
    readonly deauthorize: BoundMethod<SocializeFacebookDeauthorizeParams, SocializeFacebookDeauthorizeResponse, SocializeFacebookDeauthorizeErrorCode>;
  };
  /**
   * Calls the Facebook Graph API on behalf of the user or the app, with the Facebook token Gigya holds.
   *
   * Gigya pins the Graph API version; it cannot be chosen per call.
   *
   * Calls `socialize.facebookGraphOperation`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
   *
   * Errors besides the common ones: 400106 NotConnected; 403009 ProviderSessionExpired; 403012 NoValidSessionForbidden; 403022 PermissionNotRequested; 403023 NoUserPermission; 500023 ProviderError; 500024 NoValidSession.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4174262170b21014bbc5a10ce4041860.html | socialize.facebookGraphOperation reference}
   */
  readonly facebookGraphOperation: BoundMethod<SocializeFacebookGraphOperationParams, SocializeFacebookGraphOperationResponse, SocializeFacebookGraphOperationErrorCode>;
  /**
   * Lists the user's photo albums across connected providers that have them (Facebook, Instagram, VKontakte, mixi).
   *
   * Calls `socialize.getAlbums`. Needs signed credentials. Safe to repeat: transport failures are retried.
   *
   * Legacy: documented only in older references.
   *
   * Where this comes from: {@link https://github.com/graze/gigya-client | Listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; described in Gigya's 2010-2015 wiki documentation.
   *
   * Errors besides the common ones: 400106 NotConnected; 403012 NoValidSessionForbidden; 500023 ProviderError; 500024 NoValidSession.
   * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
   */
  readonly getAlbums: BoundMethod<SocializeGetAlbumsParams, SocializeGetAlbumsResponse, SocializeGetAlbumsErrorCode>;
  /**
   * Returns the user's email contacts from the providers that expose them (currently Yahoo).
   *
   * Calls `socialize.getContacts`. Needs signed credentials. Safe to repeat: transport failures are retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
   *
   * Errors besides the common ones: 400106 NotConnected; 403012 NoValidSessionForbidden; 500023 ProviderError; 500024 NoValidSession.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4174743070b21014bbc5a10ce4041860.html | socialize.getContacts reference}
   */
  readonly getContacts: BoundMethod<SocializeGetContactsParams, SocializeGetContactsResponse, SocializeGetContactsErrorCode>;
  /**
   * Returns items of a site feed stream built from published user actions.
   *
   * Removed as deprecated from the community Node SDK in 2016.
   *
   * Calls `socialize.getFeed`. Needs signed credentials. Safe to repeat: transport failures are retried.
   *
   * Where this comes from: {@link https://github.com/graze/gigya-client | Listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; described in Gigya's 2010-2015 wiki documentation; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}.
   * @deprecated Deprecated by Gigya (dropped from SDKs in 2016); no replacement is documented.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
   */
  readonly getFeed: BoundMethod<SocializeGetFeedParams, SocializeGetFeedResponse, SocializeGetFeedErrorCode>;
  /**
   * Returns the user's friends from the connected providers that have friend lists, with basic or extended details.
   *
   * While the friend list is not cached yet Gigya answers 100001 (data pending); ask again a little later.
   *
   * Friend lists are cached for 24 hours or until the next successful login.
   *
   * On Twitter a friend is a mutual follower.
   *
   * Documented in the 2016-2020 reference but absent from the current typings, so its present status is unconfirmed.
   *
   * Calls `socialize.getFriendsInfo`. Needs signed credentials. Safe to repeat: transport failures are retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; described in Gigya's 2010-2015 wiki documentation; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}.
   *
   * Errors besides the common ones: 100001 DataPending; 400106 NotConnected; 403012 NoValidSessionForbidden; 404001 FriendNotFound; 500024 NoValidSession.
   * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
   */
  readonly getFriendsInfo: BoundMethod<SocializeGetFriendsInfoParams, SocializeGetFriendsInfoResponse, SocializeGetFriendsInfoErrorCode>;
  /**
   * Returns photos from the user's albums at the providers that have photos.
   *
   * Only the name of this method is confirmed by a stored source; its params and response are recalled.
   *
   * Calls `socialize.getPhotos`. Needs signed credentials. Safe to repeat: transport failures are retried.
   *
   * Legacy: documented only in older references.
   *
   * Where this comes from: {@link https://github.com/graze/gigya-client | Listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; Recalled, not confirmed by a stored source.
   *
   * Errors besides the common ones: 400106 NotConnected; 403012 NoValidSessionForbidden; 500023 ProviderError; 500024 NoValidSession.
   * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
   */
  readonly getPhotos: BoundMethod<SocializeGetPhotosParams, SocializeGetPhotosResponse, SocializeGetPhotosErrorCode>;
  /**
   * Lists places near a coordinate (Foursquare, Facebook, Twitter), for use with socialize.checkin.
   *
   * Calls `socialize.getPlaces`. Needs signed credentials. Safe to repeat: transport failures are retried.
   *
   * Legacy: documented only in older references.
   *
   * Where this comes from: {@link https://github.com/graze/gigya-client | Listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; described in Gigya's 2010-2015 wiki documentation.
   *
   * Errors besides the common ones: 400106 NotConnected; 403012 NoValidSessionForbidden; 500023 ProviderError; 500024 NoValidSession.
   * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
   */
  readonly getPlaces: BoundMethod<SocializeGetPlacesParams, SocializeGetPlacesResponse, SocializeGetPlacesErrorCode>;
  /**
   * Returns the site's social login configuration, per provider (the provider applications and their settings), with the site's social capabilities and settings on request.
   *
   * Only SAP's toolkit, which copies this configuration between sites, shows the params and the response; no stored reference page describes them.
   *
   * Calls `socialize.getProvidersConfig`. Needs signed credentials. Safe to repeat: transport failures are retried.
   *
   * Where this comes from: {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | Called this way by SAP's own Customer Data Cloud toolkit}.
   * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
   */
  readonly getProvidersConfig: BoundMethod<SocializeGetProvidersConfigParams, SocializeGetProvidersConfigResponse, SocializeGetProvidersConfigErrorCode>;
  /**
   * Returns provider-native data about the user exactly as the provider sends it, for data Gigya does not normalize.
   *
   * The API also has a format param (json or xml) for the raw data; this client always sends format=json, so it is not a method param here.
   *
   * Calls `socialize.getRawData`. Needs signed credentials. Safe to repeat: transport failures are retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}.
   *
   * Errors besides the common ones: 400106 NotConnected; 403009 ProviderSessionExpired; 403012 NoValidSessionForbidden; 500023 ProviderError; 500024 NoValidSession.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4175273e70b21014bbc5a10ce4041860.html | socialize.getRawData reference}
   */
  readonly getRawData: BoundMethod<SocializeGetRawDataParams, SocializeGetRawDataResponse, SocializeGetRawDataErrorCode>;
  /**
   * Returns the click counts of the buttons in a Reactions bar.
   *
   * Documented in the 2016-2020 reference but absent from the current typings, so its present status is unconfirmed.
   *
   * Calls `socialize.getReactionsCount`. Needs signed credentials. Safe to repeat: transport failures are retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; described in Gigya's 2010-2015 wiki documentation; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
   */
  readonly getReactionsCount: BoundMethod<SocializeGetReactionsCountParams, SocializeGetReactionsCountResponse, SocializeGetReactionsCountErrorCode>;
  /**
   * Returns the user's session with a provider (tokens encrypted with the site secret), so the site can call the provider directly.
   *
   * Each provider needs different fields, so only those that provider uses are returned.
   *
   * Calls `socialize.getSessionInfo`. Needs signed credentials. Safe to repeat: transport failures are retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
   *
   * Errors besides the common ones: 400106 NotConnected; 403009 ProviderSessionExpired; 403012 NoValidSessionForbidden; 500024 NoValidSession.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4175af8f70b21014bbc5a10ce4041860.html | socialize.getSessionInfo reference}
   */
  readonly getSessionInfo: BoundMethod<SocializeGetSessionInfoParams, SocializeGetSessionInfoResponse, SocializeGetSessionInfoErrorCode>;
  /**
   * OAuth2 token endpoint: exchanges an authorization code for an access token, or issues one for the site (client_credentials or none).
   *
   * Calls `socialize.getToken`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
   *
   * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
   *
   * Errors besides the common ones: 400011 InvalidRedirectUri; 400013 UnsupportedGrantType; 400014 InvalidGrant; 400015 CodeExpired.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4175c2f570b21014bbc5a10ce4041860.html | socialize.getToken reference}
   */
  readonly getToken: BoundMethod<SocializeGetTokenParams, SocializeGetTokenResponse, SocializeGetTokenErrorCode, SocializeGetTokenErrorFields>;
  /**
   * Lists the URLs shared most on the site over the last days (at most 7).
   *
   * Documented in the 2016-2020 reference but absent from the current typings, so its present status is unconfirmed.
   *
   * Calls `socialize.getTopShares`. Needs signed credentials. Safe to repeat: transport failures are retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; described in Gigya's 2010-2015 wiki documentation.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
   */
  readonly getTopShares: BoundMethod<SocializeGetTopSharesParams, SocializeGetTopSharesResponse, SocializeGetTopSharesErrorCode>;
  /**
   * Returns the user's social profile (the User object) merged from the connected identities.
   *
   * The User fields sit at the top level of the response, next to the envelope fields.
   *
   * Server responses return identities as an array and capabilities as comma-separated text, and leave out empty fields.
   *
   * Calls `socialize.getUserInfo`. Needs signed credentials. Safe to repeat: transport failures are retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; described in Gigya's 2010-2015 wiki documentation; {@link https://gist.github.com/MKorostoff/195612eb1ef2a9bc5448 | seen in a published sample response}; described in the original Socialize REST reference.
   *
   * Errors besides the common ones: 403012 NoValidSessionForbidden; 500024 NoValidSession.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/417637a470b21014bbc5a10ce4041860.html | socialize.getUserInfo reference}
   */
  readonly getUserInfo: BoundMethod<SocializeGetUserInfoParams, SocializeGetUserInfoResponse, SocializeGetUserInfoErrorCode>;
  /**
   * Reads settings stored in Gigya for the user, such as automatic-sharing choices.
   *
   * Documented in the 2016-2020 reference but absent from the current typings, so its present status is unconfirmed.
   *
   * Calls `socialize.getUserSettings`. Needs signed credentials. Safe to repeat: transport failures are retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; described in Gigya's 2010-2015 wiki documentation.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
   */
  readonly getUserSettings: BoundMethod<SocializeGetUserSettingsParams, SocializeGetUserSettingsResponse, SocializeGetUserSettingsErrorCode>;
  /**
   * Imports social or SAML identities into a new or existing user, e.g. while migrating users to Gigya.
   *
   * Calls `socialize.importIdentities`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}.
   *
   * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
   *
   * Errors besides the common ones: 403009 ProviderSessionExpired; 409001 IdentityExists.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41768a0370b21014bbc5a10ce4041860.html | socialize.importIdentities reference}
   */
  readonly importIdentities: BoundMethod<SocializeImportIdentitiesParams, SocializeImportIdentitiesResponse, SocializeImportIdentitiesErrorCode, SocializeImportIdentitiesErrorFields>;
  /**
   * Changes the click counter of one button in a Reactions bar, normally adding one click.
   *
   * Only the name and purpose of this method are confirmed by stored sources; its params are recalled.
   *
   * Documented in the 2016-2020 reference but absent from the current typings, so its present status is unconfirmed.
   *
   * Calls `socialize.incrementReactionsCount`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; Recalled, not confirmed by a stored source.
   * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
   */
  readonly incrementReactionsCount: BoundMethod<SocializeIncrementReactionsCountParams, SocializeIncrementReactionsCountResponse, SocializeIncrementReactionsCountErrorCode>;
  /**
   * Attaches the site's own user ID to the user's Gigya account (the old account-linking call).
   *
   * Calls `socialize.linkAccounts`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; Recalled, not confirmed by a stored source.
   * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
   * @deprecated Use setUID, or notifyRegistration with siteUID.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
   */
  readonly linkAccounts: BoundMethod<SocializeLinkAccountsParams, SocializeLinkAccountsResponse, SocializeLinkAccountsErrorCode>;
  /**
   * OAuth2 authorization endpoint: sends the browser to a provider login, then redirects to redirect_uri with a code or an access token.
   *
   * A browser redirect endpoint: the result (code or access_token with expires_in, state, or error fields) is appended to redirect_uri, so there is no JSON response body.
   *
   * Calls `socialize.login`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
   *
   * Resolves with `errorCode` telling a flow state apart from a plain success: 206001 AccountPendingRegistration with `regToken`; 206002 AccountPendingVerification with `regToken`. Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 403101 AccountPendingTfaVerification with `regToken`; 409003 EntityExistsConflict with `regToken`, `provider`, `access_token`.
   *
   * Errors besides the common ones: 400011 InvalidRedirectUri; 400012 InvalidResponseType; 403101 AccountPendingTfaVerification; 409003 EntityExistsConflict.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4176c45f70b21014bbc5a10ce4041860.html | socialize.login reference}
   */
  readonly login: BoundMethod<SocializeLoginParams, SocializeLoginResult, SocializeLoginErrorCode, SocializeLoginErrorFields>;
  /**
   * Marks the user as logged out of Gigya; the provider connections stay in place for the next login.
   *
   * Calls `socialize.logout`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; described in Gigya's 2010-2015 wiki documentation.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4177032870b21014bbc5a10ce4041860.html | socialize.logout reference}
   */
  readonly logout: BoundMethod<SocializeLogoutParams, SocializeLogoutResponse, SocializeLogoutErrorCode>;
  /**
   * Tells Gigya that the site logged a user in (by site UID or provider sessions); Gigya creates or reconnects the user and returns a session.
   *
   * Calls `socialize.notifyLogin`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
   *
   * Resolves with `errorCode` telling a flow state apart from a plain success: 206001 AccountPendingRegistration with `regToken`; 206002 AccountPendingVerification with `regToken`. Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 403101 AccountPendingTfaVerification with `regToken`; 403102 AccountPendingTfaRegistration with `regToken`; 409003 EntityExistsConflict with `regToken`, `provider`, `access_token`.
   *
   * Errors besides the common ones: 403041 AccountDisabled; 403101 AccountPendingTfaVerification; 403102 AccountPendingTfaRegistration; 403120 AccountTemporarilyLockedOut; 409003 EntityExistsConflict.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41773d6170b21014bbc5a10ce4041860.html | socialize.notifyLogin reference}
   */
  readonly notifyLogin: BoundMethod<SocializeNotifyLoginParams, SocializeNotifyLoginResult, SocializeNotifyLoginErrorCode, SocializeNotifyLoginErrorFields>;
  /**
   * Tells Gigya the user finished registering on the site, which finalizes the account; with siteUID it also replaces the Gigya UID like setUID.
   *
   * Calls `socialize.notifyRegistration`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
   *
   * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 403043 LoginIdentifierExists with `regToken`.
   *
   * Errors besides the common ones: 403043 LoginIdentifierExists.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4177644c70b21014bbc5a10ce4041860.html | socialize.notifyRegistration reference}
   */
  readonly notifyRegistration: BoundMethod<SocializeNotifyRegistrationParams, SocializeNotifyRegistrationResponse, SocializeNotifyRegistrationErrorCode, SocializeNotifyRegistrationErrorFields>;
  /**
   * Publishes a user action (a news-feed post) to the user's connected networks that support it.
   *
   * The call succeeds when at least one provider accepted the post; it fails as unsupported only when no usable connection is left.
   *
   * Documented in the 2016-2020 reference but absent from the current typings, so its present status is unconfirmed.
   *
   * Calls `socialize.publishUserAction`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; described in Gigya's 2010-2015 wiki documentation; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}; described in the original Socialize REST reference.
   *
   * Errors besides the common ones: 400096 NotSupported; 400106 NotConnected; 403012 NoValidSessionForbidden; 403024 ProviderLimitReached; 500023 ProviderError; 500024 NoValidSession.
   * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
   */
  readonly publishUserAction: BoundMethod<SocializePublishUserActionParams, SocializePublishUserActionResponse, SocializePublishUserActionErrorCode>;
  /**
   * Disconnects the user from one provider or from all of them and unlinks the identity, unless it is the last way to log in.
   *
   * For Facebook, Yahoo, Google and LinkedIn this also logs the user out of the network.
   *
   * Calls `socialize.removeConnection`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; described in Gigya's 2010-2015 wiki documentation; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}.
   *
   * Errors besides the common ones: 400030 OperationNotAllowed; 400106 NotConnected.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4177d96470b21014bbc5a10ce4041860.html | socialize.removeConnection reference}
   */
  readonly removeConnection: BoundMethod<SocializeRemoveConnectionParams, SocializeRemoveConnectionResponse, SocializeRemoveConnectionErrorCode>;
  /**
   * Sends a notification to some of the user's friends on the networks that support it (Twitter, LinkedIn, Yahoo).
   *
   * Calls `socialize.sendNotification`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Legacy: documented only in older references.
   *
   * Where this comes from: {@link https://github.com/graze/gigya-client | Listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; described in Gigya's 2010-2015 wiki documentation; described in the original Socialize REST reference.
   *
   * Errors besides the common ones: 400070 MissingRequiredRecipientsParameter; 400071 InvalidRecipientsParameter; 400080 MissingRequiredBodyParameter; 400081 InvalidBodyParameter; 400090 MissingRequiredSubjectParameter; 400091 InvalidSubjectParameter; 400106 NotConnected; 403012 NoValidSessionForbidden; 404001 FriendNotFound; 500023 ProviderError; 500024 NoValidSession.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
   */
  readonly sendNotification: BoundMethod<SocializeSendNotificationParams, SocializeSendNotificationResponse, SocializeSendNotificationErrorCode>;
  /**
   * Changes the site's social login configuration (provider applications, capabilities and settings), as getProvidersConfig returns it.
   *
   * Only SAP's toolkit, which copies this configuration between sites, shows the params; no stored reference page describes them.
   *
   * Calls `socialize.setProvidersConfig`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | Called this way by SAP's own Customer Data Cloud toolkit}.
   * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
   */
  readonly setProvidersConfig: BoundMethod<SocializeSetProvidersConfigParams, SocializeSetProvidersConfigResponse, SocializeSetProvidersConfigErrorCode>;
  /**
   * Sets the user's status on the connected networks that support it (Facebook, Twitter, LinkedIn, QQ, Renren).
   *
   * Documented in the 2016-2020 reference but absent from the current typings, so its present status is unconfirmed.
   *
   * Calls `socialize.setStatus`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}; described in the original Socialize REST reference.
   *
   * Errors besides the common ones: 400106 NotConnected; 403012 NoValidSessionForbidden; 403024 ProviderLimitReached; 500023 ProviderError; 500024 NoValidSession.
   * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
   */
  readonly setStatus: BoundMethod<SocializeSetStatusParams, SocializeSetStatusResponse, SocializeSetStatusErrorCode>;
  /**
   * Replaces the user's Gigya UID with the site's own user ID.
   *
   * In the usual flow pass siteUID to socialize.notifyRegistration instead. This method replaced socialize.linkAccounts.
   *
   * Calls `socialize.setUID`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
   *
   * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 403043 LoginIdentifierExists with `regToken`.
   *
   * Errors besides the common ones: 403043 LoginIdentifierExists.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41787acc70b21014bbc5a10ce4041860.html | socialize.setUID reference}
   */
  readonly setUID: BoundMethod<SocializeSetUIDParams, SocializeSetUIDResponse, SocializeSetUIDErrorCode, SocializeSetUIDErrorFields>;
  /**
   * Stores profile data the site provides for the user, used by plugins that display user info.
   *
   * Calls `socialize.setUserInfo`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41788e7070b21014bbc5a10ce4041860.html | socialize.setUserInfo reference}
   */
  readonly setUserInfo: BoundMethod<SocializeSetUserInfoParams, SocializeSetUserInfoResponse, SocializeSetUserInfoErrorCode>;
  /**
   * Stores settings in Gigya for the user, such as always-share or never-share choices.
   *
   * Documented in the 2016-2020 reference but absent from the current typings, so its present status is unconfirmed.
   *
   * Calls `socialize.setUserSettings`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; described in Gigya's 2010-2015 wiki documentation.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
   */
  readonly setUserSettings: BoundMethod<SocializeSetUserSettingsParams, SocializeSetUserSettingsResponse, SocializeSetUserSettingsErrorCode>;
  /**
   * Returns a Gigya short URL for a long URL; asking twice for the same URL is harmless.
   *
   * Documented in the 2016-2020 reference but absent from the current typings, so its present status is unconfirmed.
   *
   * Calls `socialize.shortenURL`. Needs signed credentials. Safe to repeat: transport failures are retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; described in Gigya's 2010-2015 wiki documentation.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
   */
  readonly shortenURL: BoundMethod<SocializeShortenURLParams, SocializeShortenURLResponse, SocializeShortenURLErrorCode>;
  /**
   * Counterpart of linkAccounts that removed the link between the site user ID and the Gigya account.
   *
   * Not found in any stored source; kept because linkAccounts implies it. Current servers may not know it.
   *
   * Calls `socialize.unlinkAccounts`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Legacy: documented only in older references.
   *
   * Where this comes from: Recalled, not confirmed by a stored source.
   * @remarks This method is recalled, not confirmed by a stored source: treat its params and fields as unverified.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | socialize reference} (no page of its own)
   */
  readonly unlinkAccounts: BoundMethod<SocializeUnlinkAccountsParams, SocializeUnlinkAccountsResponse, SocializeUnlinkAccountsErrorCode>;
}

/** Binds every socialize method to an invoker (a client); `createClient` does this for you. */
export function bindSocialize(invoker: Invoker): SocializeNamespace {
  return bindMethods(invoker, {
    addConnection: addConnectionMethod,
    checkin: checkinMethod,
    delUserSettings: delUserSettingsMethod,
    deleteAccount: deleteAccountMethod,
    disconnect: disconnectMethod,
    exchangeUIDSignature: exchangeUIDSignatureMethod,
    exportUsers: exportUsersMethod,
    'facebook.deauthorize': facebookDeauthorizeMethod,
    facebookGraphOperation: facebookGraphOperationMethod,
    getAlbums: getAlbumsMethod,
    getContacts: getContactsMethod,
    getFeed: getFeedMethod,
    getFriendsInfo: getFriendsInfoMethod,
    getPhotos: getPhotosMethod,
    getPlaces: getPlacesMethod,
    getProvidersConfig: getProvidersConfigMethod,
    getRawData: getRawDataMethod,
    getReactionsCount: getReactionsCountMethod,
    getSessionInfo: getSessionInfoMethod,
    getToken: getTokenMethod,
    getTopShares: getTopSharesMethod,
    getUserInfo: getUserInfoMethod,
    getUserSettings: getUserSettingsMethod,
    importIdentities: importIdentitiesMethod,
    incrementReactionsCount: incrementReactionsCountMethod,
    linkAccounts: linkAccountsMethod,
    login: loginMethod,
    logout: logoutMethod,
    notifyLogin: notifyLoginMethod,
    notifyRegistration: notifyRegistrationMethod,
    publishUserAction: publishUserActionMethod,
    removeConnection: removeConnectionMethod,
    sendNotification: sendNotificationMethod,
    setProvidersConfig: setProvidersConfigMethod,
    setStatus: setStatusMethod,
    setUID: setUIDMethod,
    setUserInfo: setUserInfoMethod,
    setUserSettings: setUserSettingsMethod,
    shortenURL: shortenURLMethod,
    unlinkAccounts: unlinkAccountsMethod,
  }) as SocializeNamespace;
}
