// Generated from catalog/errors.yaml, catalog/socialize.yaml by `npm run generate`. DO NOT EDIT.
// Change the catalog and run the generator again; `npm run generate -- --check` fails on any drift.

import type { Invoker, MethodDescriptor } from '../src/runtime.js';
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
} from './errors.gen.js';
import {
  type SocializeNamespace,
  bindSocialize,
  socializeMethods,
  socializeResponseRequired,
} from './socialize/methods.gen.js';
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
  SocializeGetTokenParams,
  SocializeGetTokenResponse,
  SocializeGetTopSharesParams,
  SocializeGetTopSharesResponse,
  SocializeGetUserInfoParams,
  SocializeGetUserInfoResponse,
  SocializeGetUserSettingsParams,
  SocializeGetUserSettingsResponse,
  SocializeImportIdentitiesParams,
  SocializeImportIdentitiesResponse,
  SocializeIncrementReactionsCountParams,
  SocializeIncrementReactionsCountResponse,
  SocializeLinkAccountsParams,
  SocializeLinkAccountsResponse,
  SocializeLoginParams,
  SocializeLoginResponse,
  SocializeLogoutParams,
  SocializeLogoutResponse,
  SocializeNotifyLoginParams,
  SocializeNotifyLoginResponse,
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
} from './socialize/types.gen.js';
export type { SocializeNamespace } from './socialize/methods.gen.js';
export { lookupRuntimeErrorInfo } from './errors.gen.js';
export { lookupErrorCode } from './errors.docs.gen.js';

/** Params, response and error codes of every catalogued method, by wire name (what `client.call(name, …)` is typed by). */
export interface MethodMap {
  'socialize.addConnection': { params: SocializeAddConnectionParams; response: SocializeAddConnectionResponse; errors: SocializeAddConnectionErrorCode };
  'socialize.checkin': { params: SocializeCheckinParams; response: SocializeCheckinResponse; errors: SocializeCheckinErrorCode };
  'socialize.delUserSettings': { params: SocializeDelUserSettingsParams; response: SocializeDelUserSettingsResponse; errors: SocializeDelUserSettingsErrorCode };
  'socialize.deleteAccount': { params: SocializeDeleteAccountParams; response: SocializeDeleteAccountResponse; errors: SocializeDeleteAccountErrorCode };
  'socialize.disconnect': { params: SocializeDisconnectParams; response: SocializeDisconnectResponse; errors: SocializeDisconnectErrorCode };
  'socialize.exchangeUIDSignature': { params: SocializeExchangeUIDSignatureParams; response: SocializeExchangeUIDSignatureResponse; errors: SocializeExchangeUIDSignatureErrorCode };
  'socialize.exportUsers': { params: SocializeExportUsersParams; response: SocializeExportUsersResponse; errors: SocializeExportUsersErrorCode };
  'socialize.facebook.deauthorize': { params: SocializeFacebookDeauthorizeParams; response: SocializeFacebookDeauthorizeResponse; errors: SocializeFacebookDeauthorizeErrorCode };
  'socialize.facebookGraphOperation': { params: SocializeFacebookGraphOperationParams; response: SocializeFacebookGraphOperationResponse; errors: SocializeFacebookGraphOperationErrorCode };
  'socialize.getAlbums': { params: SocializeGetAlbumsParams; response: SocializeGetAlbumsResponse; errors: SocializeGetAlbumsErrorCode };
  'socialize.getContacts': { params: SocializeGetContactsParams; response: SocializeGetContactsResponse; errors: SocializeGetContactsErrorCode };
  'socialize.getFeed': { params: SocializeGetFeedParams; response: SocializeGetFeedResponse; errors: SocializeGetFeedErrorCode };
  'socialize.getFriendsInfo': { params: SocializeGetFriendsInfoParams; response: SocializeGetFriendsInfoResponse; errors: SocializeGetFriendsInfoErrorCode };
  'socialize.getPhotos': { params: SocializeGetPhotosParams; response: SocializeGetPhotosResponse; errors: SocializeGetPhotosErrorCode };
  'socialize.getPlaces': { params: SocializeGetPlacesParams; response: SocializeGetPlacesResponse; errors: SocializeGetPlacesErrorCode };
  'socialize.getProvidersConfig': { params: SocializeGetProvidersConfigParams; response: SocializeGetProvidersConfigResponse; errors: SocializeGetProvidersConfigErrorCode };
  'socialize.getRawData': { params: SocializeGetRawDataParams; response: SocializeGetRawDataResponse; errors: SocializeGetRawDataErrorCode };
  'socialize.getReactionsCount': { params: SocializeGetReactionsCountParams; response: SocializeGetReactionsCountResponse; errors: SocializeGetReactionsCountErrorCode };
  'socialize.getSessionInfo': { params: SocializeGetSessionInfoParams; response: SocializeGetSessionInfoResponse; errors: SocializeGetSessionInfoErrorCode };
  'socialize.getToken': { params: SocializeGetTokenParams; response: SocializeGetTokenResponse; errors: SocializeGetTokenErrorCode };
  'socialize.getTopShares': { params: SocializeGetTopSharesParams; response: SocializeGetTopSharesResponse; errors: SocializeGetTopSharesErrorCode };
  'socialize.getUserInfo': { params: SocializeGetUserInfoParams; response: SocializeGetUserInfoResponse; errors: SocializeGetUserInfoErrorCode };
  'socialize.getUserSettings': { params: SocializeGetUserSettingsParams; response: SocializeGetUserSettingsResponse; errors: SocializeGetUserSettingsErrorCode };
  'socialize.importIdentities': { params: SocializeImportIdentitiesParams; response: SocializeImportIdentitiesResponse; errors: SocializeImportIdentitiesErrorCode };
  'socialize.incrementReactionsCount': { params: SocializeIncrementReactionsCountParams; response: SocializeIncrementReactionsCountResponse; errors: SocializeIncrementReactionsCountErrorCode };
  'socialize.linkAccounts': { params: SocializeLinkAccountsParams; response: SocializeLinkAccountsResponse; errors: SocializeLinkAccountsErrorCode };
  'socialize.login': { params: SocializeLoginParams; response: SocializeLoginResponse; errors: SocializeLoginErrorCode };
  'socialize.logout': { params: SocializeLogoutParams; response: SocializeLogoutResponse; errors: SocializeLogoutErrorCode };
  'socialize.notifyLogin': { params: SocializeNotifyLoginParams; response: SocializeNotifyLoginResponse; errors: SocializeNotifyLoginErrorCode };
  'socialize.notifyRegistration': { params: SocializeNotifyRegistrationParams; response: SocializeNotifyRegistrationResponse; errors: SocializeNotifyRegistrationErrorCode };
  'socialize.publishUserAction': { params: SocializePublishUserActionParams; response: SocializePublishUserActionResponse; errors: SocializePublishUserActionErrorCode };
  'socialize.removeConnection': { params: SocializeRemoveConnectionParams; response: SocializeRemoveConnectionResponse; errors: SocializeRemoveConnectionErrorCode };
  'socialize.sendNotification': { params: SocializeSendNotificationParams; response: SocializeSendNotificationResponse; errors: SocializeSendNotificationErrorCode };
  'socialize.setProvidersConfig': { params: SocializeSetProvidersConfigParams; response: SocializeSetProvidersConfigResponse; errors: SocializeSetProvidersConfigErrorCode };
  'socialize.setStatus': { params: SocializeSetStatusParams; response: SocializeSetStatusResponse; errors: SocializeSetStatusErrorCode };
  'socialize.setUID': { params: SocializeSetUIDParams; response: SocializeSetUIDResponse; errors: SocializeSetUIDErrorCode };
  'socialize.setUserInfo': { params: SocializeSetUserInfoParams; response: SocializeSetUserInfoResponse; errors: SocializeSetUserInfoErrorCode };
  'socialize.setUserSettings': { params: SocializeSetUserSettingsParams; response: SocializeSetUserSettingsResponse; errors: SocializeSetUserSettingsErrorCode };
  'socialize.shortenURL': { params: SocializeShortenURLParams; response: SocializeShortenURLResponse; errors: SocializeShortenURLErrorCode };
  'socialize.unlinkAccounts': { params: SocializeUnlinkAccountsParams; response: SocializeUnlinkAccountsResponse; errors: SocializeUnlinkAccountsErrorCode };
}

/** Descriptors of every catalogued method, by wire name. */
export const methodRegistry: ReadonlyMap<string, MethodDescriptor> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ [...socializeMethods].map((d) => [d.name, d] as const),
);

/** Response fields the catalog marks as always present, by wire name, for every namespace. */
export const responseRequired: Readonly<Record<string, readonly string[]>> = { ...socializeResponseRequired };

/** One property per catalogued namespace, as on the client: `client.socialize`. */
export interface Namespaces {
  /** The Social Login and social-network API: profiles merged from social identities (User, Friend, Identity), posting to connected networks, provider sessions, and the OAuth2 login endpoints. Many of its methods date from 2010-2016 and are kept, marked legacy or deprecated. */
  readonly socialize: SocializeNamespace;
}

/** Binds every namespace to an invoker (a client). */
export function bindNamespaces(invoker: Invoker): Namespaces {
  return {
    socialize: bindSocialize(invoker),
  };
}
