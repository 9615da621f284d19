// Generated from catalog/socialize.yaml by `npm run generate`. DO NOT EDIT.
// Change the catalog and run the generator again; `npm run generate -- --check` fails on any drift.

import * as z from 'zod';
import {
  type CallOptions,
  type GigyaResult,
  type Invoker,
  type MethodDescriptor,
  type ResponseHints,
  bindMethod,
  defineMethod,
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
import {
  type SocializeNamespace,
  addConnectionMethod,
  checkinMethod,
  delUserSettingsMethod,
  deleteAccountMethod,
  disconnectMethod,
  exchangeUIDSignatureMethod,
  exportUsersMethod,
  facebookDeauthorizeMethod,
  facebookGraphOperationMethod,
  getAlbumsMethod,
  getContactsMethod,
  getFeedMethod,
  getFriendsInfoMethod,
  getPhotosMethod,
  getPlacesMethod,
  getProvidersConfigMethod,
  getRawDataMethod,
  getReactionsCountMethod,
  getSessionInfoMethod,
  getTokenMethod,
  getTopSharesMethod,
  getUserInfoMethod,
  getUserSettingsMethod,
  importIdentitiesMethod,
  incrementReactionsCountMethod,
  linkAccountsMethod,
  loginMethod,
  logoutMethod,
  notifyLoginMethod,
  notifyRegistrationMethod,
  publishUserActionMethod,
  removeConnectionMethod,
  sendNotificationMethod,
  setProvidersConfigMethod,
  setStatusMethod,
  setUIDMethod,
  setUserInfoMethod,
  setUserSettingsMethod,
  shortenURLMethod,
  unlinkAccountsMethod,
} from './methods.gen.js';
import type {
  SocializeActionLink,
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
  SocializeIdentity,
  SocializeImportIdentitiesParams,
  SocializeImportIdentitiesResponse,
  SocializeIncrementReactionsCountParams,
  SocializeIncrementReactionsCountResponse,
  SocializeLinkAccountsParams,
  SocializeLinkAccountsResponse,
  SocializeLoginParams,
  SocializeLoginResult,
  SocializeLogoutParams,
  SocializeLogoutResponse,
  SocializeMappedProviderUID,
  SocializeMediaItem,
  SocializeNotifyLoginParams,
  SocializeNotifyLoginResult,
  SocializeNotifyRegistrationParams,
  SocializeNotifyRegistrationResponse,
  SocializePhone,
  SocializeProviderSession,
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
  SocializeTemplateField,
  SocializeUnlinkAccountsParams,
  SocializeUnlinkAccountsResponse,
  SocializeUserAction,
  SocializeUserInfo,
  SocializeUserLocation,
} from './types.gen.js';

// The proof behind validators.gen.ts, which declares each schema as its interface without
// making a user's compiler check it, and behind the response hints and bindings of
// methods.gen.ts. `npm test` type-checks this file; nothing imports it.

export const socializeActionLinkSchema: z.ZodType<SocializeActionLink> = z.strictObject({
  text: z.string(),
  href: z.string(),
});

export const socializeMappedProviderUIDSchema: z.ZodType<SocializeMappedProviderUID> = z.strictObject({
  providerUID: z.string().optional(),
  apiKey: z.string().optional(),
});

export const socializePhoneSchema: z.ZodType<SocializePhone> = z.strictObject({
  number: z.string().optional(),
  type: z.string().optional(),
});

export const socializeIdentitySchema: z.ZodType<SocializeIdentity> = z.strictObject({
  provider: z.string(),
  providerUID: z.string(),
  providerUIDSig: z.string().optional(),
  isLoginIdentity: z.boolean().optional(),
  allowsLogin: z.boolean().optional(),
  isExpiredSession: z.boolean().optional(),
  lastLoginTime: z.number().int().optional(),
  nickname: z.string().optional(),
  photoURL: z.string().optional(),
  thumbnailURL: z.string().optional(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  gender: z.string().optional(),
  age: z.number().int().optional(),
  birthDay: z.number().int().optional(),
  birthMonth: z.number().int().optional(),
  birthYear: z.number().int().optional(),
  email: z.string().optional(),
  country: z.string().optional(),
  state: z.string().optional(),
  city: z.string().optional(),
  zip: z.string().optional(),
  profileURL: z.string().optional(),
  languages: z.string().optional(),
  address: z.string().optional(),
  phones: z.array(socializePhoneSchema).optional(),
  education: z.array(z.record(z.string(), z.unknown())).optional(),
  honors: z.string().optional(),
  publications: z.array(z.record(z.string(), z.unknown())).optional(),
  patents: z.array(z.record(z.string(), z.unknown())).optional(),
  certifications: z.array(z.record(z.string(), z.unknown())).optional(),
  professionalHeadline: z.string().optional(),
  bio: z.string().optional(),
  industry: z.string().optional(),
  specialties: z.string().optional(),
  work: z.array(z.record(z.string(), z.unknown())).optional(),
  skills: z.array(z.record(z.string(), z.unknown())).optional(),
  religion: z.string().optional(),
  politicalView: z.string().optional(),
  interestedIn: z.string().optional(),
  relationshipStatus: z.string().optional(),
  hometown: z.string().optional(),
  favorites: z.unknown().optional(),
  likes: z.array(z.record(z.string(), z.unknown())).optional(),
  followersCount: z.number().int().optional(),
  followingCount: z.number().int().optional(),
  username: z.string().optional(),
  locale: z.string().optional(),
  verified: z.boolean().optional(),
  timezone: z.number().optional(),
  samlData: z.record(z.string(), z.unknown()).optional(),
  missingPermissions: z.string().optional(),
  proxiedEmail: z.string().optional(),
  oldestDataUpdated: z.string().optional(),
  oldestDataUpdatedTimestamp: z.number().int().optional(),
  lastUpdated: z.string().optional(),
  lastUpdatedTimestamp: z.number().int().optional(),
  mappedProviderUIDs: z.array(socializeMappedProviderUIDSchema).optional(),
});

export const socializeMediaItemSchema: z.ZodType<SocializeMediaItem> = z.strictObject({
  type: z.string(),
  src: z.string(),
  href: z.string().optional(),
  previewImageURL: z.string().optional(),
  width: z.number().int().optional(),
  height: z.number().int().optional(),
  title: z.string().optional(),
  artist: z.string().optional(),
  album: z.string().optional(),
});

export const socializeProviderSessionSchema: z.ZodType<SocializeProviderSession> = z.strictObject({
  authToken: z.string().optional(),
  code: z.string().optional(),
  providerUID: z.string().optional(),
  tokenSecret: z.string().optional(),
  tokenExpiration: z.string().optional(),
  tokenExpiresIn: z.number().int().optional(),
  sessionHandle: z.string().optional(),
  sessionHandleExpiration: z.string().optional(),
});

export const socializeTemplateFieldSchema: z.ZodType<SocializeTemplateField> = z.strictObject({
  text: z.string(),
  href: z.string().optional(),
});

export const socializeUserActionSchema: z.ZodType<SocializeUserAction> = z.strictObject({
  title: z.string().optional(),
  subtitle: z.string().optional(),
  userMessage: z.string().optional(),
  description: z.string().optional(),
  linkBack: z.string().optional(),
  mediaItems: z.array(socializeMediaItemSchema).optional(),
  actionLinks: z.array(socializeActionLinkSchema).optional(),
  template: z.string().optional(),
  templateFields: z.record(z.string(), socializeTemplateFieldSchema).optional(),
});

export const socializeUserInfoSchema: z.ZodType<SocializeUserInfo> = z.strictObject({
  nickname: z.string().optional(),
  photoURL: z.string().optional(),
  thumbnailURL: z.string().optional(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  gender: z.string().optional(),
  age: z.number().int().optional(),
  email: z.string().optional(),
});

export const socializeUserLocationSchema: z.ZodType<SocializeUserLocation> = z.strictObject({
  latitude: z.number(),
  longitude: z.number(),
});

export const socializeAddConnectionParamsSchema: z.ZodType<SocializeAddConnectionParams> = z.strictObject({
  provider: z.string(),
  response_type: z.string(),
  state: z.string().optional(),
  x_lang: z.string().optional(),
  x_extraPermissions: z.union([z.string(), z.array(z.string())]).optional(),
  x_displayMode: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeCheckinParamsSchema: z.ZodType<SocializeCheckinParams> = z.strictObject({
  uid: z.string().optional(),
  placeID: z.string(),
  comment: z.string().optional(),
  enabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
  disabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeDelUserSettingsParamsSchema: z.ZodType<SocializeDelUserSettingsParams> = z.strictObject({
  uid: z.string().optional(),
  group: z.string().optional(),
  settings: z.union([z.string(), z.array(z.string())]).optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeDeleteAccountParamsSchema: z.ZodType<SocializeDeleteAccountParams> = z.strictObject({
  uid: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeDisconnectParamsSchema: z.ZodType<SocializeDisconnectParams> = z.strictObject({
  uid: z.string().optional(),
  provider: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeExchangeUIDSignatureParamsSchema: z.ZodType<SocializeExchangeUIDSignatureParams> = z.strictObject({
  uid: z.string(),
  UIDSignature: z.string(),
  signatureTimestamp: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeExportUsersParamsSchema: z.ZodType<SocializeExportUsersParams> = z.strictObject({
  fields: z.union([z.string(), z.array(z.string())]).optional(),
  limit: z.number().int().optional(),
  includPendingUsers: z.boolean().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeFacebookDeauthorizeParamsSchema: z.ZodType<SocializeFacebookDeauthorizeParams> = z.strictObject({
  uid: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeFacebookGraphOperationParamsSchema: z.ZodType<SocializeFacebookGraphOperationParams> = z.strictObject({
  uid: z.string().optional(),
  graphPath: z.string(),
  method: z.string().optional(),
  graphParams: z.record(z.string(), z.unknown()).optional(),
  accessTokenType: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeGetAlbumsParamsSchema: z.ZodType<SocializeGetAlbumsParams> = z.strictObject({
  uid: z.string().optional(),
  type: z.string().optional(),
  privacy: z.string().optional(),
  albumIDs: z.union([z.string(), z.array(z.string())]).optional(),
  enabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
  disabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeGetContactsParamsSchema: z.ZodType<SocializeGetContactsParams> = z.strictObject({
  uid: z.string().optional(),
  enabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
  disabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeGetFeedParamsSchema: z.ZodType<SocializeGetFeedParams> = z.strictObject({
  feedID: z.string().optional(),
  uid: z.string().optional(),
  limit: z.number().int().optional(),
  startTS: z.number().int().optional(),
  endTS: z.number().int().optional(),
  groups: z.union([z.string(), z.array(z.string())]).optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeGetFriendsInfoParamsSchema: z.ZodType<SocializeGetFriendsInfoParams> = z.strictObject({
  uid: z.string().optional(),
  detailLevel: z.string().optional(),
  UIDs: z.union([z.string(), z.array(z.string())]).optional(),
  signIDs: z.boolean().optional(),
  siteUsersOnly: z.boolean().optional(),
  enabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
  disabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeGetPhotosParamsSchema: z.ZodType<SocializeGetPhotosParams> = z.strictObject({
  uid: z.string().optional(),
  albumIDs: z.union([z.string(), z.array(z.string())]).optional(),
  photoIDs: z.union([z.string(), z.array(z.string())]).optional(),
  enabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
  disabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeGetPlacesParamsSchema: z.ZodType<SocializeGetPlacesParams> = z.strictObject({
  uid: z.string().optional(),
  latitude: z.number(),
  longitude: z.number(),
  query: z.string().optional(),
  radius: z.number().int().optional(),
  enabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
  disabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeGetProvidersConfigParamsSchema: z.ZodType<SocializeGetProvidersConfigParams> = z.strictObject({
  includeCapabilities: z.boolean().optional(),
  includeSecretKeys: z.boolean().optional(),
  includeSettings: z.boolean().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeGetRawDataParamsSchema: z.ZodType<SocializeGetRawDataParams> = z.strictObject({
  provider: z.string(),
  uid: z.string(),
  path: z.string().optional(),
  fields: z.union([z.string(), z.array(z.string())]).optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeGetReactionsCountParamsSchema: z.ZodType<SocializeGetReactionsCountParams> = z.strictObject({
  barID: z.string(),
  buttonIDs: z.union([z.string(), z.array(z.string())]).optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeGetSessionInfoParamsSchema: z.ZodType<SocializeGetSessionInfoParams> = z.strictObject({
  uid: z.string().optional(),
  provider: z.string(),
  paddingMode: z.string().optional(),
  signIDs: z.boolean().optional(),
  encryptAll: z.boolean().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeGetTokenParamsSchema: z.ZodType<SocializeGetTokenParams> = z.strictObject({
  grant_type: z.string(),
  code: z.string().optional(),
  redirect_uri: z.string().optional(),
  x_siteUID: z.string().optional(),
  x_userInfo: socializeUserInfoSchema.optional(),
  x_sessionExpiration: z.number().int().optional(),
  regSource: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeGetTopSharesParamsSchema: z.ZodType<SocializeGetTopSharesParams> = z.strictObject({
  age: z.number().int(),
  tag: z.string().optional(),
  limit: z.number().int().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeGetUserInfoParamsSchema: z.ZodType<SocializeGetUserInfoParams> = z.strictObject({
  uid: z.string().optional(),
  includeAllIdentities: z.boolean().optional(),
  extraFields: z.union([z.string(), z.array(z.string())]).optional(),
  enabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
  disabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
  signIDs: z.boolean().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeGetUserSettingsParamsSchema: z.ZodType<SocializeGetUserSettingsParams> = z.strictObject({
  uid: z.string().optional(),
  group: z.string().optional(),
  settings: z.union([z.string(), z.array(z.string())]).optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeImportIdentitiesParamsSchema: z.ZodType<SocializeImportIdentitiesParams> = z.strictObject({
  uid: z.string(),
  identities: z.array(socializeIdentitySchema),
  allowNewUser: z.boolean().optional(),
  handleIdentityConflicts: z.string().optional(),
  providerSessions: z.record(z.string(), socializeProviderSessionSchema).optional(),
  handleInvalidSessions: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeIncrementReactionsCountParamsSchema: z.ZodType<SocializeIncrementReactionsCountParams> = z.strictObject({
  barID: z.string(),
  buttonID: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeLinkAccountsParamsSchema: z.ZodType<SocializeLinkAccountsParams> = z.strictObject({
  uid: z.string().optional(),
  siteUID: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeLoginParamsSchema: z.ZodType<SocializeLoginParams> = z.strictObject({
  x_provider: z.string(),
  client_id: z.string(),
  redirect_uri: z.string(),
  response_type: z.string(),
  state: z.string().optional(),
  x_cid: z.string().optional(),
  finalizeRegistration: z.boolean().optional(),
  x_session_expiration: z.number().int().optional(),
  x_lang: z.string().optional(),
  x_extraPermissions: z.union([z.string(), z.array(z.string())]).optional(),
  x_forceAuthentication: z.boolean().optional(),
  x_displayMode: z.string().optional(),
  x_openIDUsername: z.string().optional(),
  x_openIDURL: z.string().optional(),
  x_openIDProviderLogo: z.string().optional(),
  x_openIDProviderName: z.string().optional(),
  x_googlePlayAppID: z.string().optional(),
  x_regSource: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeLogoutParamsSchema: z.ZodType<SocializeLogoutParams> = z.strictObject({
  uid: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeNotifyLoginParamsSchema: z.ZodType<SocializeNotifyLoginParams> = z.strictObject({
  siteUID: z.string().optional(),
  providerSessions: z.record(z.string(), socializeProviderSessionSchema).optional(),
  newUser: z.boolean().optional(),
  phoneNumber: z.string().optional(),
  regSource: z.string().optional(),
  sessionExpiration: z.number().int().optional(),
  skipValidation: z.boolean().optional(),
  targetEnv: z.string().optional(),
  userInfo: socializeUserInfoSchema.optional(),
  actionAttributes: z.record(z.string(), z.unknown()).optional(),
  lang: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeNotifyRegistrationParamsSchema: z.ZodType<SocializeNotifyRegistrationParams> = z.strictObject({
  uid: z.string().optional(),
  siteUID: z.string().optional(),
  phoneNumber: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializePublishUserActionParamsSchema: z.ZodType<SocializePublishUserActionParams> = z.strictObject({
  uid: z.string().optional(),
  userAction: socializeUserActionSchema,
  enabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
  disabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
  target: z.string().optional(),
  shortURLs: z.string().optional(),
  tags: z.union([z.string(), z.array(z.string())]).optional(),
  feedID: z.string().optional(),
  scope: z.string().optional(),
  privacy: z.string().optional(),
  actionAttributes: z.record(z.string(), z.unknown()).optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeRemoveConnectionParamsSchema: z.ZodType<SocializeRemoveConnectionParams> = z.strictObject({
  uid: z.string().optional(),
  provider: z.string().optional(),
  removeLoginID: z.boolean().optional(),
  lastIdentityHandling: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeSendNotificationParamsSchema: z.ZodType<SocializeSendNotificationParams> = z.strictObject({
  uid: z.string().optional(),
  recipients: z.union([z.string(), z.array(z.string())]),
  subject: z.string(),
  body: z.string(),
  actionAttributes: z.record(z.string(), z.unknown()).optional(),
  shortURLs: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeSetProvidersConfigParamsSchema: z.ZodType<SocializeSetProvidersConfigParams> = z.strictObject({
  capabilities: z.unknown().optional(),
  providers: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
  settings: z.unknown().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeSetStatusParamsSchema: z.ZodType<SocializeSetStatusParams> = z.strictObject({
  uid: z.string().optional(),
  status: z.string(),
  enabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
  disabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
  shortURLs: z.string().optional(),
  userLocation: socializeUserLocationSchema.optional(),
  actionAttributes: z.record(z.string(), z.unknown()).optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeSetUIDParamsSchema: z.ZodType<SocializeSetUIDParams> = z.strictObject({
  uid: z.string().optional(),
  siteUID: z.string(),
  phoneNumber: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeSetUserInfoParamsSchema: z.ZodType<SocializeSetUserInfoParams> = z.strictObject({
  uid: z.string().optional(),
  userInfo: socializeUserInfoSchema,
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeSetUserSettingsParamsSchema: z.ZodType<SocializeSetUserSettingsParams> = z.strictObject({
  uid: z.string().optional(),
  settings: z.record(z.string(), z.unknown()),
  group: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeShortenURLParamsSchema: z.ZodType<SocializeShortenURLParams> = z.strictObject({
  url: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const socializeUnlinkAccountsParamsSchema: z.ZodType<SocializeUnlinkAccountsParams> = z.strictObject({
  uid: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

/** Input types as a validator sees them at run time: a readonly array is an array. */
type Accepted<T> = T extends readonly (infer E)[] ? readonly Accepted<E>[] : T extends object ? { [K in keyof T]: Accepted<T[K]> } : T;

/** `true`, or what is wrong: the fields differ, or some value of `T` does not pass. */
type Agreement<T, Input> = [Exclude<keyof T, keyof Input>, Exclude<keyof Input, keyof T>] extends [never, never]
  ? [T] extends [Accepted<Input>] ? true : 'refuses values its interface allows'
  : 'has other fields than its interface';

/** Compiles only when `schema` has the fields of `T` and accepts every value of `T`. */
function matches<T>(): <S extends z.ZodType>(schema: S & (Agreement<T, z.input<S>> extends true ? unknown : { readonly problem: Agreement<T, z.input<S>> })) => void {
  return () => {};
}

export function validatorsMatchTheirInterfaces(): void {
  matches<SocializeActionLink>()(z.strictObject({
    text: z.string(),
    href: z.string(),
  }));
  matches<SocializeMappedProviderUID>()(z.strictObject({
    providerUID: z.string().optional(),
    apiKey: z.string().optional(),
  }));
  matches<SocializePhone>()(z.strictObject({
    number: z.string().optional(),
    type: z.string().optional(),
  }));
  matches<SocializeIdentity>()(z.strictObject({
    provider: z.string(),
    providerUID: z.string(),
    providerUIDSig: z.string().optional(),
    isLoginIdentity: z.boolean().optional(),
    allowsLogin: z.boolean().optional(),
    isExpiredSession: z.boolean().optional(),
    lastLoginTime: z.number().int().optional(),
    nickname: z.string().optional(),
    photoURL: z.string().optional(),
    thumbnailURL: z.string().optional(),
    firstName: z.string().optional(),
    lastName: z.string().optional(),
    gender: z.string().optional(),
    age: z.number().int().optional(),
    birthDay: z.number().int().optional(),
    birthMonth: z.number().int().optional(),
    birthYear: z.number().int().optional(),
    email: z.string().optional(),
    country: z.string().optional(),
    state: z.string().optional(),
    city: z.string().optional(),
    zip: z.string().optional(),
    profileURL: z.string().optional(),
    languages: z.string().optional(),
    address: z.string().optional(),
    phones: z.array(socializePhoneSchema).optional(),
    education: z.array(z.record(z.string(), z.unknown())).optional(),
    honors: z.string().optional(),
    publications: z.array(z.record(z.string(), z.unknown())).optional(),
    patents: z.array(z.record(z.string(), z.unknown())).optional(),
    certifications: z.array(z.record(z.string(), z.unknown())).optional(),
    professionalHeadline: z.string().optional(),
    bio: z.string().optional(),
    industry: z.string().optional(),
    specialties: z.string().optional(),
    work: z.array(z.record(z.string(), z.unknown())).optional(),
    skills: z.array(z.record(z.string(), z.unknown())).optional(),
    religion: z.string().optional(),
    politicalView: z.string().optional(),
    interestedIn: z.string().optional(),
    relationshipStatus: z.string().optional(),
    hometown: z.string().optional(),
    favorites: z.unknown().optional(),
    likes: z.array(z.record(z.string(), z.unknown())).optional(),
    followersCount: z.number().int().optional(),
    followingCount: z.number().int().optional(),
    username: z.string().optional(),
    locale: z.string().optional(),
    verified: z.boolean().optional(),
    timezone: z.number().optional(),
    samlData: z.record(z.string(), z.unknown()).optional(),
    missingPermissions: z.string().optional(),
    proxiedEmail: z.string().optional(),
    oldestDataUpdated: z.string().optional(),
    oldestDataUpdatedTimestamp: z.number().int().optional(),
    lastUpdated: z.string().optional(),
    lastUpdatedTimestamp: z.number().int().optional(),
    mappedProviderUIDs: z.array(socializeMappedProviderUIDSchema).optional(),
  }));
  matches<SocializeMediaItem>()(z.strictObject({
    type: z.string(),
    src: z.string(),
    href: z.string().optional(),
    previewImageURL: z.string().optional(),
    width: z.number().int().optional(),
    height: z.number().int().optional(),
    title: z.string().optional(),
    artist: z.string().optional(),
    album: z.string().optional(),
  }));
  matches<SocializeProviderSession>()(z.strictObject({
    authToken: z.string().optional(),
    code: z.string().optional(),
    providerUID: z.string().optional(),
    tokenSecret: z.string().optional(),
    tokenExpiration: z.string().optional(),
    tokenExpiresIn: z.number().int().optional(),
    sessionHandle: z.string().optional(),
    sessionHandleExpiration: z.string().optional(),
  }));
  matches<SocializeTemplateField>()(z.strictObject({
    text: z.string(),
    href: z.string().optional(),
  }));
  matches<SocializeUserAction>()(z.strictObject({
    title: z.string().optional(),
    subtitle: z.string().optional(),
    userMessage: z.string().optional(),
    description: z.string().optional(),
    linkBack: z.string().optional(),
    mediaItems: z.array(socializeMediaItemSchema).optional(),
    actionLinks: z.array(socializeActionLinkSchema).optional(),
    template: z.string().optional(),
    templateFields: z.record(z.string(), socializeTemplateFieldSchema).optional(),
  }));
  matches<SocializeUserInfo>()(z.strictObject({
    nickname: z.string().optional(),
    photoURL: z.string().optional(),
    thumbnailURL: z.string().optional(),
    firstName: z.string().optional(),
    lastName: z.string().optional(),
    gender: z.string().optional(),
    age: z.number().int().optional(),
    email: z.string().optional(),
  }));
  matches<SocializeUserLocation>()(z.strictObject({
    latitude: z.number(),
    longitude: z.number(),
  }));
  matches<SocializeAddConnectionParams>()(z.strictObject({
    provider: z.string(),
    response_type: z.string(),
    state: z.string().optional(),
    x_lang: z.string().optional(),
    x_extraPermissions: z.union([z.string(), z.array(z.string())]).optional(),
    x_displayMode: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<Omit<Extract<SocializeCheckinParams, { UID?: undefined }>, 'UID'>>()(z.strictObject({
    uid: z.string().optional(),
    placeID: z.string(),
    comment: z.string().optional(),
    enabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
    disabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<Omit<Extract<SocializeDelUserSettingsParams, { UID?: undefined }>, 'UID'>>()(z.strictObject({
    uid: z.string().optional(),
    group: z.string().optional(),
    settings: z.union([z.string(), z.array(z.string())]).optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<Omit<Extract<SocializeDeleteAccountParams, { UID?: undefined }>, 'UID'>>()(z.strictObject({
    uid: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<Omit<Extract<SocializeDisconnectParams, { UID?: undefined }>, 'UID'>>()(z.strictObject({
    uid: z.string().optional(),
    provider: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<Omit<Extract<SocializeExchangeUIDSignatureParams, { UID?: undefined }>, 'UID'>>()(z.strictObject({
    uid: z.string(),
    UIDSignature: z.string(),
    signatureTimestamp: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<SocializeExportUsersParams>()(z.strictObject({
    fields: z.union([z.string(), z.array(z.string())]).optional(),
    limit: z.number().int().optional(),
    includPendingUsers: z.boolean().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<Omit<Extract<SocializeFacebookDeauthorizeParams, { UID?: undefined }>, 'UID'>>()(z.strictObject({
    uid: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<Omit<Extract<SocializeFacebookGraphOperationParams, { UID?: undefined }>, 'UID'>>()(z.strictObject({
    uid: z.string().optional(),
    graphPath: z.string(),
    method: z.string().optional(),
    graphParams: z.record(z.string(), z.unknown()).optional(),
    accessTokenType: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<Omit<Extract<SocializeGetAlbumsParams, { UID?: undefined }>, 'UID'>>()(z.strictObject({
    uid: z.string().optional(),
    type: z.string().optional(),
    privacy: z.string().optional(),
    albumIDs: z.union([z.string(), z.array(z.string())]).optional(),
    enabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
    disabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<Omit<Extract<SocializeGetContactsParams, { UID?: undefined }>, 'UID'>>()(z.strictObject({
    uid: z.string().optional(),
    enabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
    disabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<Omit<Extract<SocializeGetFeedParams, { UID?: undefined }>, 'UID'>>()(z.strictObject({
    feedID: z.string().optional(),
    uid: z.string().optional(),
    limit: z.number().int().optional(),
    startTS: z.number().int().optional(),
    endTS: z.number().int().optional(),
    groups: z.union([z.string(), z.array(z.string())]).optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<Omit<Extract<SocializeGetFriendsInfoParams, { UID?: undefined }>, 'UID'>>()(z.strictObject({
    uid: z.string().optional(),
    detailLevel: z.string().optional(),
    UIDs: z.union([z.string(), z.array(z.string())]).optional(),
    signIDs: z.boolean().optional(),
    siteUsersOnly: z.boolean().optional(),
    enabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
    disabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<Omit<Extract<SocializeGetPhotosParams, { UID?: undefined }>, 'UID'>>()(z.strictObject({
    uid: z.string().optional(),
    albumIDs: z.union([z.string(), z.array(z.string())]).optional(),
    photoIDs: z.union([z.string(), z.array(z.string())]).optional(),
    enabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
    disabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<Omit<Extract<SocializeGetPlacesParams, { UID?: undefined }>, 'UID'>>()(z.strictObject({
    uid: z.string().optional(),
    latitude: z.number(),
    longitude: z.number(),
    query: z.string().optional(),
    radius: z.number().int().optional(),
    enabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
    disabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<SocializeGetProvidersConfigParams>()(z.strictObject({
    includeCapabilities: z.boolean().optional(),
    includeSecretKeys: z.boolean().optional(),
    includeSettings: z.boolean().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<Omit<Extract<SocializeGetRawDataParams, { UID?: undefined }>, 'UID'>>()(z.strictObject({
    provider: z.string(),
    uid: z.string(),
    path: z.string().optional(),
    fields: z.union([z.string(), z.array(z.string())]).optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<SocializeGetReactionsCountParams>()(z.strictObject({
    barID: z.string(),
    buttonIDs: z.union([z.string(), z.array(z.string())]).optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<Omit<Extract<SocializeGetSessionInfoParams, { UID?: undefined }>, 'UID'>>()(z.strictObject({
    uid: z.string().optional(),
    provider: z.string(),
    paddingMode: z.string().optional(),
    signIDs: z.boolean().optional(),
    encryptAll: z.boolean().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<SocializeGetTokenParams>()(z.strictObject({
    grant_type: z.string(),
    code: z.string().optional(),
    redirect_uri: z.string().optional(),
    x_siteUID: z.string().optional(),
    x_userInfo: socializeUserInfoSchema.optional(),
    x_sessionExpiration: z.number().int().optional(),
    regSource: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<SocializeGetTopSharesParams>()(z.strictObject({
    age: z.number().int(),
    tag: z.string().optional(),
    limit: z.number().int().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<Omit<Extract<SocializeGetUserInfoParams, { UID?: undefined }>, 'UID'>>()(z.strictObject({
    uid: z.string().optional(),
    includeAllIdentities: z.boolean().optional(),
    extraFields: z.union([z.string(), z.array(z.string())]).optional(),
    enabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
    disabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
    signIDs: z.boolean().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<Omit<Extract<SocializeGetUserSettingsParams, { UID?: undefined }>, 'UID'>>()(z.strictObject({
    uid: z.string().optional(),
    group: z.string().optional(),
    settings: z.union([z.string(), z.array(z.string())]).optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<Omit<Extract<SocializeImportIdentitiesParams, { UID?: undefined }>, 'UID'>>()(z.strictObject({
    uid: z.string(),
    identities: z.array(socializeIdentitySchema),
    allowNewUser: z.boolean().optional(),
    handleIdentityConflicts: z.string().optional(),
    providerSessions: z.record(z.string(), socializeProviderSessionSchema).optional(),
    handleInvalidSessions: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<SocializeIncrementReactionsCountParams>()(z.strictObject({
    barID: z.string(),
    buttonID: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<Omit<Extract<SocializeLinkAccountsParams, { UID?: undefined }>, 'UID'>>()(z.strictObject({
    uid: z.string().optional(),
    siteUID: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<SocializeLoginParams>()(z.strictObject({
    x_provider: z.string(),
    client_id: z.string(),
    redirect_uri: z.string(),
    response_type: z.string(),
    state: z.string().optional(),
    x_cid: z.string().optional(),
    finalizeRegistration: z.boolean().optional(),
    x_session_expiration: z.number().int().optional(),
    x_lang: z.string().optional(),
    x_extraPermissions: z.union([z.string(), z.array(z.string())]).optional(),
    x_forceAuthentication: z.boolean().optional(),
    x_displayMode: z.string().optional(),
    x_openIDUsername: z.string().optional(),
    x_openIDURL: z.string().optional(),
    x_openIDProviderLogo: z.string().optional(),
    x_openIDProviderName: z.string().optional(),
    x_googlePlayAppID: z.string().optional(),
    x_regSource: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<Omit<Extract<SocializeLogoutParams, { UID?: undefined }>, 'UID'>>()(z.strictObject({
    uid: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<SocializeNotifyLoginParams>()(z.strictObject({
    siteUID: z.string().optional(),
    providerSessions: z.record(z.string(), socializeProviderSessionSchema).optional(),
    newUser: z.boolean().optional(),
    phoneNumber: z.string().optional(),
    regSource: z.string().optional(),
    sessionExpiration: z.number().int().optional(),
    skipValidation: z.boolean().optional(),
    targetEnv: z.string().optional(),
    userInfo: socializeUserInfoSchema.optional(),
    actionAttributes: z.record(z.string(), z.unknown()).optional(),
    lang: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<Omit<Extract<SocializeNotifyRegistrationParams, { UID?: undefined }>, 'UID'>>()(z.strictObject({
    uid: z.string().optional(),
    siteUID: z.string().optional(),
    phoneNumber: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<Omit<Extract<SocializePublishUserActionParams, { UID?: undefined }>, 'UID'>>()(z.strictObject({
    uid: z.string().optional(),
    userAction: socializeUserActionSchema,
    enabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
    disabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
    target: z.string().optional(),
    shortURLs: z.string().optional(),
    tags: z.union([z.string(), z.array(z.string())]).optional(),
    feedID: z.string().optional(),
    scope: z.string().optional(),
    privacy: z.string().optional(),
    actionAttributes: z.record(z.string(), z.unknown()).optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<Omit<Extract<SocializeRemoveConnectionParams, { UID?: undefined }>, 'UID'>>()(z.strictObject({
    uid: z.string().optional(),
    provider: z.string().optional(),
    removeLoginID: z.boolean().optional(),
    lastIdentityHandling: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<Omit<Extract<SocializeSendNotificationParams, { UID?: undefined }>, 'UID'>>()(z.strictObject({
    uid: z.string().optional(),
    recipients: z.union([z.string(), z.array(z.string())]),
    subject: z.string(),
    body: z.string(),
    actionAttributes: z.record(z.string(), z.unknown()).optional(),
    shortURLs: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<SocializeSetProvidersConfigParams>()(z.strictObject({
    capabilities: z.unknown().optional(),
    providers: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
    settings: z.unknown().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<Omit<Extract<SocializeSetStatusParams, { UID?: undefined }>, 'UID'>>()(z.strictObject({
    uid: z.string().optional(),
    status: z.string(),
    enabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
    disabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
    shortURLs: z.string().optional(),
    userLocation: socializeUserLocationSchema.optional(),
    actionAttributes: z.record(z.string(), z.unknown()).optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<Omit<Extract<SocializeSetUIDParams, { UID?: undefined }>, 'UID'>>()(z.strictObject({
    uid: z.string().optional(),
    siteUID: z.string(),
    phoneNumber: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<Omit<Extract<SocializeSetUserInfoParams, { UID?: undefined }>, 'UID'>>()(z.strictObject({
    uid: z.string().optional(),
    userInfo: socializeUserInfoSchema,
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<Omit<Extract<SocializeSetUserSettingsParams, { UID?: undefined }>, 'UID'>>()(z.strictObject({
    uid: z.string().optional(),
    settings: z.record(z.string(), z.unknown()),
    group: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<SocializeShortenURLParams>()(z.strictObject({
    url: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<Omit<Extract<SocializeUnlinkAccountsParams, { UID?: undefined }>, 'UID'>>()(z.strictObject({
    uid: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
}

/** The methods module's descriptors built from typed literals, by wire name: the hints typed as the runtime reads them, each descriptor as its method declares it. A test holds them equal to the module's, which it builds from JSON text. */
export function descriptorsChecked(): Readonly<Record<string, MethodDescriptor>> {
  const socializeAlbumHints: ResponseHints = {
    provider: 'string',
    albumID: 'string',
    title: 'string',
    description: 'string',
    type: 'string',
    privacy: 'string',
    photoCount: 'number',
  };
  const socializeContactHints: ResponseHints = {
    email: 'string',
    provider: 'string',
    firstName: 'string',
    lastName: 'string',
    nickname: 'string',
    photoURL: 'string',
  };
  const socializeExportedUserHints: ResponseHints = {
    uid: 'string',
    provider: 'string',
    providerUID: 'string',
  };
  const socializeMappedProviderUIDHints: ResponseHints = {
    providerUID: 'string',
    apiKey: 'string',
  };
  const socializePhoneHints: ResponseHints = {
    number: 'string',
    type: 'string',
  };
  const socializeIdentityHints: ResponseHints = {
    provider: 'string',
    providerUID: 'string',
    providerUIDSig: 'string',
    isLoginIdentity: 'boolean',
    allowsLogin: 'boolean',
    isExpiredSession: 'boolean',
    lastLoginTime: 'number',
    nickname: 'string',
    photoURL: 'string',
    thumbnailURL: 'string',
    firstName: 'string',
    lastName: 'string',
    gender: 'string',
    age: 'number',
    birthDay: 'number',
    birthMonth: 'number',
    birthYear: 'number',
    email: 'string',
    country: 'string',
    state: 'string',
    city: 'string',
    zip: 'string',
    profileURL: 'string',
    languages: 'string',
    address: 'string',
    phones: { items: { fields: socializePhoneHints } },
    education: { items: 'json' },
    honors: 'string',
    publications: { items: 'json' },
    patents: { items: 'json' },
    certifications: { items: 'json' },
    professionalHeadline: 'string',
    bio: 'string',
    industry: 'string',
    specialties: 'string',
    work: { items: 'json' },
    skills: { items: 'json' },
    religion: 'string',
    politicalView: 'string',
    interestedIn: 'string',
    relationshipStatus: 'string',
    hometown: 'string',
    favorites: 'json',
    likes: { items: 'json' },
    followersCount: 'number',
    followingCount: 'number',
    username: 'string',
    locale: 'string',
    verified: 'boolean',
    timezone: 'number',
    samlData: 'json',
    missingPermissions: 'string',
    proxiedEmail: 'string',
    oldestDataUpdated: 'string',
    oldestDataUpdatedTimestamp: 'number',
    lastUpdated: 'string',
    lastUpdatedTimestamp: 'number',
    mappedProviderUIDs: { items: { fields: socializeMappedProviderUIDHints } },
  };
  const socializeFriendHints: ResponseHints = {
    UID: 'string',
    isSiteUser: 'boolean',
    isSiteUID: 'boolean',
    friendshipSignature: 'string',
    signatureTimestamp: 'string',
    friendshipSig: 'string',
    timestamp: 'string',
    nickname: 'string',
    photoURL: 'string',
    thumbnailURL: 'string',
    identities: { items: { fields: socializeIdentityHints } },
    firstName: 'string',
    lastName: 'string',
    gender: 'string',
    age: 'number',
    birthDay: 'number',
    birthMonth: 'number',
    birthYear: 'number',
    email: 'string',
    country: 'string',
    state: 'string',
    city: 'string',
    zip: 'string',
    profileURL: 'string',
    oldestDataUpdatedTimestamp: 'number',
    oldestDataAge: 'number',
  };
  const socializeIdentityConflictHints: ResponseHints = {
    provider: 'string',
    providerUID: 'string',
  };
  const socializePhotoHints: ResponseHints = {
    provider: 'string',
    photoID: 'string',
    albumID: 'string',
    title: 'string',
    photoURL: 'string',
    thumbnailURL: 'string',
    width: 'number',
    height: 'number',
  };
  const socializePlaceHints: ResponseHints = {
    provider: 'string',
    placeID: 'string',
    name: 'string',
    address: 'string',
    latitude: 'number',
    longitude: 'number',
  };
  const socializeProviderErrorHints: ResponseHints = {
    provider: 'string',
    errorCode: 'string',
    errorMessage: 'string',
  };
  const socializeReactionCountHints: ResponseHints = {
    buttonId: 'string',
    count: 'number',
  };
  const socializeSessionInfoHints: ResponseHints = {
    cookieName: 'string',
    cookieValue: 'string',
    cookieDomain: 'string',
    cookiePath: 'string',
    sessionToken: 'string',
    sessionSecret: 'string',
  };
  const socializeUserHints: ResponseHints = {
    UID: 'string',
    isSiteUID: 'boolean',
    UIDSignature: 'string',
    signatureTimestamp: 'string',
    UIDSig: 'string',
    timestamp: 'string',
    isSiteUser: 'boolean',
    isConnected: 'boolean',
    isLoggedIn: 'boolean',
    isTempUser: 'boolean',
    loginProvider: 'string',
    loginProviderUID: 'string',
    providers: 'string',
    identities: { items: { fields: socializeIdentityHints } },
    capabilities: 'string',
    nickname: 'string',
    photoURL: 'string',
    thumbnailURL: 'string',
    firstName: 'string',
    lastName: 'string',
    gender: 'string',
    age: 'number',
    birthDay: 'number',
    birthMonth: 'number',
    birthYear: 'number',
    email: 'string',
    country: 'string',
    state: 'string',
    city: 'string',
    zip: 'string',
    profileURL: 'string',
    proxiedEmail: 'string',
    oldestDataUpdatedTimestamp: 'number',
    oldestDataAge: 'number',
    languages: 'string',
    address: 'string',
    phones: { items: { fields: socializePhoneHints } },
    education: { items: 'json' },
    honors: 'string',
    publications: { items: 'json' },
    patents: { items: 'json' },
    certifications: { items: 'json' },
    professionalHeadline: 'string',
    bio: 'string',
    industry: 'string',
    specialties: 'string',
    work: { items: 'json' },
    skills: { items: 'json' },
    religion: 'string',
    politicalView: 'string',
    interestedIn: 'string',
    relationshipStatus: 'string',
    hometown: 'string',
    favorites: 'json',
    likes: { items: 'json' },
    followersCount: 'number',
    followingCount: 'number',
    name: 'string',
    username: 'string',
    educationLevel: 'string',
    locale: 'string',
    verified: 'boolean',
    iRank: 'number',
    timezone: 'number',
    samlData: 'json',
  };
  return {
    'socialize.addConnection': defineMethod<SocializeAddConnectionParams, SocializeAddConnectionResponse, SocializeAddConnectionErrorCode>({
      name: 'socialize.addConnection',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400030, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 409001, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeAddConnectionParamsSchema,
      csvParams: ['x_extraPermissions'],
      access: 'signed',
      responseHints: {
        state: 'string',
      },
    }),
    'socialize.checkin': defineMethod<SocializeCheckinParams, SocializeCheckinResponse, SocializeCheckinErrorCode>({
      name: 'socialize.checkin',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 400106, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403012, 403025, 403036, 403048, 500000, 500001, 500023, 500024, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeCheckinParamsSchema,
      csvParams: ['enabledProviders', 'disabledProviders'],
      access: 'signed',
      aliases: {
        UID: 'uid',
      },
    }),
    'socialize.delUserSettings': defineMethod<SocializeDelUserSettingsParams, SocializeDelUserSettingsResponse, SocializeDelUserSettingsErrorCode>({
      name: 'socialize.delUserSettings',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeDelUserSettingsParamsSchema,
      csvParams: ['settings'],
      access: 'signed',
      aliases: {
        UID: 'uid',
      },
    }),
    'socialize.deleteAccount': defineMethod<SocializeDeleteAccountParams, SocializeDeleteAccountResponse, SocializeDeleteAccountErrorCode>({
      name: 'socialize.deleteAccount',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 404003, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeDeleteAccountParamsSchema,
      csvParams: [],
      access: 'signed',
      aliases: {
        UID: 'uid',
      },
    }),
    'socialize.disconnect': defineMethod<SocializeDisconnectParams, SocializeDisconnectResponse, SocializeDisconnectErrorCode>({
      name: 'socialize.disconnect',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400060, 400061, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403012, 403025, 403036, 403048, 500000, 500001, 500024, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeDisconnectParamsSchema,
      csvParams: [],
      access: 'signed',
      deprecated: 'Use removeConnection.',
      aliases: {
        UID: 'uid',
      },
    }),
    'socialize.exchangeUIDSignature': defineMethod<SocializeExchangeUIDSignatureParams, SocializeExchangeUIDSignatureResponse, SocializeExchangeUIDSignatureErrorCode>({
      name: 'socialize.exchangeUIDSignature',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeExchangeUIDSignatureParamsSchema,
      csvParams: [],
      access: 'signed',
      aliases: {
        UID: 'uid',
      },
      responseHints: {
        UID: 'string',
        UIDSignature: 'string',
        signatureTimestamp: 'string',
      },
    }),
    'socialize.exportUsers': defineMethod<SocializeExportUsersParams, SocializeExportUsersResponse, SocializeExportUsersErrorCode>({
      name: 'socialize.exportUsers',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeExportUsersParamsSchema,
      csvParams: ['fields'],
      access: 'signed',
      responseHints: {
        users: { items: { fields: socializeExportedUserHints } },
      },
    }),
    'socialize.facebook.deauthorize': defineMethod<SocializeFacebookDeauthorizeParams, SocializeFacebookDeauthorizeResponse, SocializeFacebookDeauthorizeErrorCode>({
      name: 'socialize.facebook.deauthorize',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 400106, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403012, 403025, 403036, 403048, 500000, 500001, 500024, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeFacebookDeauthorizeParamsSchema,
      csvParams: [],
      access: 'signed',
      aliases: {
        UID: 'uid',
      },
    }),
    'socialize.facebookGraphOperation': defineMethod<SocializeFacebookGraphOperationParams, SocializeFacebookGraphOperationResponse, SocializeFacebookGraphOperationErrorCode>({
      name: 'socialize.facebookGraphOperation',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 400106, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403009, 403010, 403012, 403022, 403023, 403025, 403036, 403048, 500000, 500001, 500023, 500024, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeFacebookGraphOperationParamsSchema,
      csvParams: [],
      access: 'signed',
      aliases: {
        UID: 'uid',
      },
      responseHints: {
        graphResponse: 'json',
      },
    }),
    'socialize.getAlbums': defineMethod<SocializeGetAlbumsParams, SocializeGetAlbumsResponse, SocializeGetAlbumsErrorCode>({
      name: 'socialize.getAlbums',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 400106, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403012, 403025, 403036, 403048, 500000, 500001, 500023, 500024, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeGetAlbumsParamsSchema,
      csvParams: ['albumIDs', 'enabledProviders', 'disabledProviders'],
      access: 'signed',
      aliases: {
        UID: 'uid',
      },
      responseHints: {
        albums: { items: { fields: socializeAlbumHints } },
      },
    }),
    'socialize.getContacts': defineMethod<SocializeGetContactsParams, SocializeGetContactsResponse, SocializeGetContactsErrorCode>({
      name: 'socialize.getContacts',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 400106, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403012, 403025, 403036, 403048, 500000, 500001, 500023, 500024, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeGetContactsParamsSchema,
      csvParams: ['enabledProviders', 'disabledProviders'],
      access: 'signed',
      aliases: {
        UID: 'uid',
      },
      responseHints: {
        contacts: { items: { fields: socializeContactHints } },
        providerErrorCodes: { items: { fields: socializeProviderErrorHints } },
      },
    }),
    'socialize.getFeed': defineMethod<SocializeGetFeedParams, SocializeGetFeedResponse, SocializeGetFeedErrorCode>({
      name: 'socialize.getFeed',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeGetFeedParamsSchema,
      csvParams: ['groups'],
      access: 'signed',
      deprecated: 'Deprecated by Gigya (dropped from SDKs in 2016); no replacement is documented.',
      aliases: {
        UID: 'uid',
      },
      responseHints: {
        feed: 'json',
      },
    }),
    'socialize.getFriendsInfo': defineMethod<SocializeGetFriendsInfoParams, SocializeGetFriendsInfoResponse, SocializeGetFriendsInfoErrorCode>({
      name: 'socialize.getFriendsInfo',
      safeToRepeat: true,
      errorCodes: [100001, 301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 400106, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403012, 403025, 403036, 403048, 404001, 500000, 500001, 500024, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeGetFriendsInfoParamsSchema,
      csvParams: ['UIDs', 'enabledProviders', 'disabledProviders'],
      access: 'signed',
      aliases: {
        UID: 'uid',
      },
      responseHints: {
        friends: { items: { fields: socializeFriendHints } },
      },
    }),
    'socialize.getPhotos': defineMethod<SocializeGetPhotosParams, SocializeGetPhotosResponse, SocializeGetPhotosErrorCode>({
      name: 'socialize.getPhotos',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 400106, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403012, 403025, 403036, 403048, 500000, 500001, 500023, 500024, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeGetPhotosParamsSchema,
      csvParams: ['albumIDs', 'photoIDs', 'enabledProviders', 'disabledProviders'],
      access: 'signed',
      aliases: {
        UID: 'uid',
      },
      responseHints: {
        photos: { items: { fields: socializePhotoHints } },
      },
    }),
    'socialize.getPlaces': defineMethod<SocializeGetPlacesParams, SocializeGetPlacesResponse, SocializeGetPlacesErrorCode>({
      name: 'socialize.getPlaces',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 400106, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403012, 403025, 403036, 403048, 500000, 500001, 500023, 500024, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeGetPlacesParamsSchema,
      csvParams: ['enabledProviders', 'disabledProviders'],
      access: 'signed',
      aliases: {
        UID: 'uid',
      },
      responseHints: {
        places: { items: { fields: socializePlaceHints } },
      },
    }),
    'socialize.getProvidersConfig': defineMethod<SocializeGetProvidersConfigParams, SocializeGetProvidersConfigResponse, SocializeGetProvidersConfigErrorCode>({
      name: 'socialize.getProvidersConfig',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeGetProvidersConfigParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        capabilities: 'json',
        providers: 'json',
        settings: 'json',
      },
    }),
    'socialize.getRawData': defineMethod<SocializeGetRawDataParams, SocializeGetRawDataResponse, SocializeGetRawDataErrorCode>({
      name: 'socialize.getRawData',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 400106, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403009, 403010, 403012, 403025, 403036, 403048, 500000, 500001, 500023, 500024, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeGetRawDataParamsSchema,
      csvParams: ['fields'],
      access: 'signed',
      aliases: {
        UID: 'uid',
      },
      responseHints: {
        rawData: 'json',
      },
    }),
    'socialize.getReactionsCount': defineMethod<SocializeGetReactionsCountParams, SocializeGetReactionsCountResponse, SocializeGetReactionsCountErrorCode>({
      name: 'socialize.getReactionsCount',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeGetReactionsCountParamsSchema,
      csvParams: ['buttonIDs'],
      access: 'signed',
      responseHints: {
        counts: { items: { fields: socializeReactionCountHints } },
      },
    }),
    'socialize.getSessionInfo': defineMethod<SocializeGetSessionInfoParams, SocializeGetSessionInfoResponse, SocializeGetSessionInfoErrorCode>({
      name: 'socialize.getSessionInfo',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 400106, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403009, 403010, 403012, 403025, 403036, 403048, 500000, 500001, 500024, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeGetSessionInfoParamsSchema,
      csvParams: [],
      access: 'signed',
      aliases: {
        UID: 'uid',
      },
      responseHints: {
        authToken: 'string',
        tokenSecret: 'string',
        tokenExpirationUTC: 'string',
        sessionHandle: 'string',
        sessionExpiration: 'string',
        IV: 'string',
        providerUID: 'string',
        timestamp: 'string',
        providerUIDSig: 'string',
      },
    }),
    'socialize.getToken': defineMethod<SocializeGetTokenParams, SocializeGetTokenResponse, SocializeGetTokenErrorCode>({
      name: 'socialize.getToken',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400011, 400013, 400014, 400015, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeGetTokenParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        access_token: 'string',
        expires_in: 'number',
      },
    }),
    'socialize.getTopShares': defineMethod<SocializeGetTopSharesParams, SocializeGetTopSharesResponse, SocializeGetTopSharesErrorCode>({
      name: 'socialize.getTopShares',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeGetTopSharesParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        shares: { items: 'json' },
      },
    }),
    'socialize.getUserInfo': defineMethod<SocializeGetUserInfoParams, SocializeGetUserInfoResponse, SocializeGetUserInfoErrorCode>({
      name: 'socialize.getUserInfo',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403012, 403025, 403036, 403048, 500000, 500001, 500024, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeGetUserInfoParamsSchema,
      csvParams: ['extraFields', 'enabledProviders', 'disabledProviders'],
      access: 'signed',
      aliases: {
        UID: 'uid',
      },
      responseHints: {
        UID: 'string',
        isSiteUID: 'boolean',
        UIDSignature: 'string',
        signatureTimestamp: 'string',
        UIDSig: 'string',
        timestamp: 'string',
        isSiteUser: 'boolean',
        isConnected: 'boolean',
        isLoggedIn: 'boolean',
        isTempUser: 'boolean',
        loginProvider: 'string',
        loginProviderUID: 'string',
        providers: 'string',
        identities: { items: { fields: socializeIdentityHints } },
        capabilities: 'string',
        nickname: 'string',
        photoURL: 'string',
        thumbnailURL: 'string',
        firstName: 'string',
        lastName: 'string',
        gender: 'string',
        age: 'number',
        birthDay: 'number',
        birthMonth: 'number',
        birthYear: 'number',
        email: 'string',
        country: 'string',
        state: 'string',
        city: 'string',
        zip: 'string',
        profileURL: 'string',
        proxiedEmail: 'string',
        oldestDataUpdatedTimestamp: 'number',
        oldestDataAge: 'number',
        languages: 'string',
        address: 'string',
        phones: { items: { fields: socializePhoneHints } },
        education: { items: 'json' },
        honors: 'string',
        publications: { items: 'json' },
        patents: { items: 'json' },
        certifications: { items: 'json' },
        professionalHeadline: 'string',
        bio: 'string',
        industry: 'string',
        specialties: 'string',
        work: { items: 'json' },
        skills: { items: 'json' },
        religion: 'string',
        politicalView: 'string',
        interestedIn: 'string',
        relationshipStatus: 'string',
        hometown: 'string',
        favorites: 'json',
        likes: { items: 'json' },
        followersCount: 'number',
        followingCount: 'number',
        name: 'string',
        username: 'string',
        educationLevel: 'string',
        locale: 'string',
        verified: 'boolean',
        iRank: 'number',
        timezone: 'number',
        samlData: 'json',
      },
      alwaysPresent: ['UID'],
    }),
    'socialize.getUserSettings': defineMethod<SocializeGetUserSettingsParams, SocializeGetUserSettingsResponse, SocializeGetUserSettingsErrorCode>({
      name: 'socialize.getUserSettings',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeGetUserSettingsParamsSchema,
      csvParams: ['settings'],
      access: 'signed',
      aliases: {
        UID: 'uid',
      },
      responseHints: {
        settings: 'json',
      },
    }),
    'socialize.importIdentities': defineMethod<SocializeImportIdentitiesParams, SocializeImportIdentitiesResponse, SocializeImportIdentitiesErrorCode>({
      name: 'socialize.importIdentities',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403009, 403010, 403025, 403036, 403048, 409001, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeImportIdentitiesParamsSchema,
      csvParams: [],
      access: 'signed',
      aliases: {
        UID: 'uid',
      },
      responseHints: {
        identityConflicts: { items: { fields: socializeIdentityConflictHints } },
        isImported: 'boolean',
      },
    }),
    'socialize.incrementReactionsCount': defineMethod<SocializeIncrementReactionsCountParams, SocializeIncrementReactionsCountResponse, SocializeIncrementReactionsCountErrorCode>({
      name: 'socialize.incrementReactionsCount',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeIncrementReactionsCountParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'socialize.linkAccounts': defineMethod<SocializeLinkAccountsParams, SocializeLinkAccountsResponse, SocializeLinkAccountsErrorCode>({
      name: 'socialize.linkAccounts',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeLinkAccountsParamsSchema,
      csvParams: [],
      access: 'signed',
      deprecated: 'Use setUID, or notifyRegistration with siteUID.',
      aliases: {
        UID: 'uid',
      },
    }),
    'socialize.login': defineMethod<SocializeLoginParams, SocializeLoginResult, SocializeLoginErrorCode>({
      name: 'socialize.login',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400011, 400012, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 403101, 409003, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeLoginParamsSchema,
      csvParams: ['x_extraPermissions'],
      access: 'signed',
    }),
    'socialize.logout': defineMethod<SocializeLogoutParams, SocializeLogoutResponse, SocializeLogoutErrorCode>({
      name: 'socialize.logout',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeLogoutParamsSchema,
      csvParams: [],
      access: 'signed',
      aliases: {
        UID: 'uid',
      },
      responseHints: {
        samlContext: 'string',
        logoutActiveSession: 'boolean',
        connectedSamlSessions: 'string',
        connectedProviders: 'string',
      },
    }),
    'socialize.notifyLogin': defineMethod<SocializeNotifyLoginParams, SocializeNotifyLoginResult, SocializeNotifyLoginErrorCode>({
      name: 'socialize.notifyLogin',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403041, 403048, 403101, 403102, 403120, 409003, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeNotifyLoginParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        cookieName: 'string',
        cookieValue: 'string',
        cookieDomain: 'string',
        cookiePath: 'string',
        sessionToken: 'string',
        sessionSecret: 'string',
        UID: 'string',
        UIDSignature: 'string',
        signatureTimestamp: 'string',
        regToken: 'string',
      },
    }),
    'socialize.notifyRegistration': defineMethod<SocializeNotifyRegistrationParams, SocializeNotifyRegistrationResponse, SocializeNotifyRegistrationErrorCode>({
      name: 'socialize.notifyRegistration',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403043, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeNotifyRegistrationParamsSchema,
      csvParams: [],
      access: 'signed',
      aliases: {
        UID: 'uid',
      },
    }),
    'socialize.publishUserAction': defineMethod<SocializePublishUserActionParams, SocializePublishUserActionResponse, SocializePublishUserActionErrorCode>({
      name: 'socialize.publishUserAction',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 400096, 400106, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403012, 403024, 403025, 403036, 403048, 500000, 500001, 500023, 500024, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializePublishUserActionParamsSchema,
      csvParams: ['enabledProviders', 'disabledProviders', 'tags'],
      access: 'signed',
      aliases: {
        UID: 'uid',
      },
      responseHints: {
        providerPostIDs: 'json',
      },
    }),
    'socialize.removeConnection': defineMethod<SocializeRemoveConnectionParams, SocializeRemoveConnectionResponse, SocializeRemoveConnectionErrorCode>({
      name: 'socialize.removeConnection',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400030, 400092, 400093, 400094, 400095, 400106, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeRemoveConnectionParamsSchema,
      csvParams: [],
      access: 'signed',
      aliases: {
        UID: 'uid',
      },
    }),
    'socialize.sendNotification': defineMethod<SocializeSendNotificationParams, SocializeSendNotificationResponse, SocializeSendNotificationErrorCode>({
      name: 'socialize.sendNotification',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400070, 400071, 400080, 400081, 400090, 400091, 400092, 400093, 400094, 400095, 400106, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403012, 403025, 403036, 403048, 404001, 500000, 500001, 500023, 500024, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeSendNotificationParamsSchema,
      csvParams: ['recipients'],
      access: 'signed',
      aliases: {
        UID: 'uid',
      },
    }),
    'socialize.setProvidersConfig': defineMethod<SocializeSetProvidersConfigParams, SocializeSetProvidersConfigResponse, SocializeSetProvidersConfigErrorCode>({
      name: 'socialize.setProvidersConfig',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeSetProvidersConfigParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'socialize.setStatus': defineMethod<SocializeSetStatusParams, SocializeSetStatusResponse, SocializeSetStatusErrorCode>({
      name: 'socialize.setStatus',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 400106, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403012, 403024, 403025, 403036, 403048, 500000, 500001, 500023, 500024, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeSetStatusParamsSchema,
      csvParams: ['enabledProviders', 'disabledProviders'],
      access: 'signed',
      aliases: {
        UID: 'uid',
      },
      responseHints: {
        providerPostIDs: 'json',
      },
    }),
    'socialize.setUID': defineMethod<SocializeSetUIDParams, SocializeSetUIDResponse, SocializeSetUIDErrorCode>({
      name: 'socialize.setUID',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403043, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeSetUIDParamsSchema,
      csvParams: [],
      access: 'signed',
      aliases: {
        UID: 'uid',
      },
    }),
    'socialize.setUserInfo': defineMethod<SocializeSetUserInfoParams, SocializeSetUserInfoResponse, SocializeSetUserInfoErrorCode>({
      name: 'socialize.setUserInfo',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeSetUserInfoParamsSchema,
      csvParams: [],
      access: 'signed',
      aliases: {
        UID: 'uid',
      },
    }),
    'socialize.setUserSettings': defineMethod<SocializeSetUserSettingsParams, SocializeSetUserSettingsResponse, SocializeSetUserSettingsErrorCode>({
      name: 'socialize.setUserSettings',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeSetUserSettingsParamsSchema,
      csvParams: [],
      access: 'signed',
      aliases: {
        UID: 'uid',
      },
    }),
    'socialize.shortenURL': defineMethod<SocializeShortenURLParams, SocializeShortenURLResponse, SocializeShortenURLErrorCode>({
      name: 'socialize.shortenURL',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeShortenURLParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        shortURL: 'string',
      },
      alwaysPresent: ['shortURL'],
    }),
    'socialize.unlinkAccounts': defineMethod<SocializeUnlinkAccountsParams, SocializeUnlinkAccountsResponse, SocializeUnlinkAccountsErrorCode>({
      name: 'socialize.unlinkAccounts',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: socializeUnlinkAccountsParamsSchema,
      csvParams: [],
      access: 'signed',
      aliases: {
        UID: 'uid',
      },
    }),
  };
}

export function addConnectionChecked(invoker: Invoker, params: SocializeAddConnectionParams, options?: CallOptions): Promise<GigyaResult<SocializeAddConnectionResponse>> {
  return invoker.invoke<SocializeAddConnectionParams, SocializeAddConnectionResponse, SocializeAddConnectionErrorCode>(addConnectionMethod, params, options);
}

export function checkinChecked(invoker: Invoker, params: SocializeCheckinParams, options?: CallOptions): Promise<GigyaResult<SocializeCheckinResponse>> {
  return invoker.invoke<SocializeCheckinParams, SocializeCheckinResponse, SocializeCheckinErrorCode>(checkinMethod, params, options);
}

export function delUserSettingsChecked(invoker: Invoker, params?: SocializeDelUserSettingsParams, options?: CallOptions): Promise<GigyaResult<SocializeDelUserSettingsResponse>> {
  return invoker.invoke<SocializeDelUserSettingsParams, SocializeDelUserSettingsResponse, SocializeDelUserSettingsErrorCode>(delUserSettingsMethod, params, options);
}

export function deleteAccountChecked(invoker: Invoker, params: SocializeDeleteAccountParams, options?: CallOptions): Promise<GigyaResult<SocializeDeleteAccountResponse>> {
  return invoker.invoke<SocializeDeleteAccountParams, SocializeDeleteAccountResponse, SocializeDeleteAccountErrorCode>(deleteAccountMethod, params, options);
}

export function disconnectChecked(invoker: Invoker, params?: SocializeDisconnectParams, options?: CallOptions): Promise<GigyaResult<SocializeDisconnectResponse>> {
  return invoker.invoke<SocializeDisconnectParams, SocializeDisconnectResponse, SocializeDisconnectErrorCode>(disconnectMethod, params, options);
}

export function exchangeUIDSignatureChecked(invoker: Invoker, params: SocializeExchangeUIDSignatureParams, options?: CallOptions): Promise<GigyaResult<SocializeExchangeUIDSignatureResponse>> {
  return invoker.invoke<SocializeExchangeUIDSignatureParams, SocializeExchangeUIDSignatureResponse, SocializeExchangeUIDSignatureErrorCode>(exchangeUIDSignatureMethod, params, options);
}

export function exportUsersChecked(invoker: Invoker, params?: SocializeExportUsersParams, options?: CallOptions): Promise<GigyaResult<SocializeExportUsersResponse>> {
  return invoker.invoke<SocializeExportUsersParams, SocializeExportUsersResponse, SocializeExportUsersErrorCode>(exportUsersMethod, params, options);
}

export function facebookDeauthorizeChecked(invoker: Invoker, params?: SocializeFacebookDeauthorizeParams, options?: CallOptions): Promise<GigyaResult<SocializeFacebookDeauthorizeResponse>> {
  return invoker.invoke<SocializeFacebookDeauthorizeParams, SocializeFacebookDeauthorizeResponse, SocializeFacebookDeauthorizeErrorCode>(facebookDeauthorizeMethod, params, options);
}

export function facebookGraphOperationChecked(invoker: Invoker, params: SocializeFacebookGraphOperationParams, options?: CallOptions): Promise<GigyaResult<SocializeFacebookGraphOperationResponse>> {
  return invoker.invoke<SocializeFacebookGraphOperationParams, SocializeFacebookGraphOperationResponse, SocializeFacebookGraphOperationErrorCode>(facebookGraphOperationMethod, params, options);
}

export function getAlbumsChecked(invoker: Invoker, params?: SocializeGetAlbumsParams, options?: CallOptions): Promise<GigyaResult<SocializeGetAlbumsResponse>> {
  return invoker.invoke<SocializeGetAlbumsParams, SocializeGetAlbumsResponse, SocializeGetAlbumsErrorCode>(getAlbumsMethod, params, options);
}

export function getContactsChecked(invoker: Invoker, params?: SocializeGetContactsParams, options?: CallOptions): Promise<GigyaResult<SocializeGetContactsResponse>> {
  return invoker.invoke<SocializeGetContactsParams, SocializeGetContactsResponse, SocializeGetContactsErrorCode>(getContactsMethod, params, options);
}

export function getFeedChecked(invoker: Invoker, params?: SocializeGetFeedParams, options?: CallOptions): Promise<GigyaResult<SocializeGetFeedResponse>> {
  return invoker.invoke<SocializeGetFeedParams, SocializeGetFeedResponse, SocializeGetFeedErrorCode>(getFeedMethod, params, options);
}

export function getFriendsInfoChecked(invoker: Invoker, params?: SocializeGetFriendsInfoParams, options?: CallOptions): Promise<GigyaResult<SocializeGetFriendsInfoResponse>> {
  return invoker.invoke<SocializeGetFriendsInfoParams, SocializeGetFriendsInfoResponse, SocializeGetFriendsInfoErrorCode>(getFriendsInfoMethod, params, options);
}

export function getPhotosChecked(invoker: Invoker, params?: SocializeGetPhotosParams, options?: CallOptions): Promise<GigyaResult<SocializeGetPhotosResponse>> {
  return invoker.invoke<SocializeGetPhotosParams, SocializeGetPhotosResponse, SocializeGetPhotosErrorCode>(getPhotosMethod, params, options);
}

export function getPlacesChecked(invoker: Invoker, params: SocializeGetPlacesParams, options?: CallOptions): Promise<GigyaResult<SocializeGetPlacesResponse>> {
  return invoker.invoke<SocializeGetPlacesParams, SocializeGetPlacesResponse, SocializeGetPlacesErrorCode>(getPlacesMethod, params, options);
}

export function getProvidersConfigChecked(invoker: Invoker, params?: SocializeGetProvidersConfigParams, options?: CallOptions): Promise<GigyaResult<SocializeGetProvidersConfigResponse>> {
  return invoker.invoke<SocializeGetProvidersConfigParams, SocializeGetProvidersConfigResponse, SocializeGetProvidersConfigErrorCode>(getProvidersConfigMethod, params, options);
}

export function getRawDataChecked(invoker: Invoker, params: SocializeGetRawDataParams, options?: CallOptions): Promise<GigyaResult<SocializeGetRawDataResponse>> {
  return invoker.invoke<SocializeGetRawDataParams, SocializeGetRawDataResponse, SocializeGetRawDataErrorCode>(getRawDataMethod, params, options);
}

export function getReactionsCountChecked(invoker: Invoker, params: SocializeGetReactionsCountParams, options?: CallOptions): Promise<GigyaResult<SocializeGetReactionsCountResponse>> {
  return invoker.invoke<SocializeGetReactionsCountParams, SocializeGetReactionsCountResponse, SocializeGetReactionsCountErrorCode>(getReactionsCountMethod, params, options);
}

export function getSessionInfoChecked(invoker: Invoker, params: SocializeGetSessionInfoParams, options?: CallOptions): Promise<GigyaResult<SocializeGetSessionInfoResponse>> {
  return invoker.invoke<SocializeGetSessionInfoParams, SocializeGetSessionInfoResponse, SocializeGetSessionInfoErrorCode>(getSessionInfoMethod, params, options);
}

export function getTokenChecked(invoker: Invoker, params: SocializeGetTokenParams, options?: CallOptions): Promise<GigyaResult<SocializeGetTokenResponse>> {
  return invoker.invoke<SocializeGetTokenParams, SocializeGetTokenResponse, SocializeGetTokenErrorCode>(getTokenMethod, params, options);
}

export function getTopSharesChecked(invoker: Invoker, params: SocializeGetTopSharesParams, options?: CallOptions): Promise<GigyaResult<SocializeGetTopSharesResponse>> {
  return invoker.invoke<SocializeGetTopSharesParams, SocializeGetTopSharesResponse, SocializeGetTopSharesErrorCode>(getTopSharesMethod, params, options);
}

export function getUserInfoChecked(invoker: Invoker, params?: SocializeGetUserInfoParams, options?: CallOptions): Promise<GigyaResult<SocializeGetUserInfoResponse>> {
  return invoker.invoke<SocializeGetUserInfoParams, SocializeGetUserInfoResponse, SocializeGetUserInfoErrorCode>(getUserInfoMethod, params, options);
}

export function getUserSettingsChecked(invoker: Invoker, params?: SocializeGetUserSettingsParams, options?: CallOptions): Promise<GigyaResult<SocializeGetUserSettingsResponse>> {
  return invoker.invoke<SocializeGetUserSettingsParams, SocializeGetUserSettingsResponse, SocializeGetUserSettingsErrorCode>(getUserSettingsMethod, params, options);
}

export function importIdentitiesChecked(invoker: Invoker, params: SocializeImportIdentitiesParams, options?: CallOptions): Promise<GigyaResult<SocializeImportIdentitiesResponse>> {
  return invoker.invoke<SocializeImportIdentitiesParams, SocializeImportIdentitiesResponse, SocializeImportIdentitiesErrorCode>(importIdentitiesMethod, params, options);
}

export function incrementReactionsCountChecked(invoker: Invoker, params: SocializeIncrementReactionsCountParams, options?: CallOptions): Promise<GigyaResult<SocializeIncrementReactionsCountResponse>> {
  return invoker.invoke<SocializeIncrementReactionsCountParams, SocializeIncrementReactionsCountResponse, SocializeIncrementReactionsCountErrorCode>(incrementReactionsCountMethod, params, options);
}

export function linkAccountsChecked(invoker: Invoker, params: SocializeLinkAccountsParams, options?: CallOptions): Promise<GigyaResult<SocializeLinkAccountsResponse>> {
  return invoker.invoke<SocializeLinkAccountsParams, SocializeLinkAccountsResponse, SocializeLinkAccountsErrorCode>(linkAccountsMethod, params, options);
}

export function loginChecked(invoker: Invoker, params: SocializeLoginParams, options?: CallOptions): Promise<GigyaResult<SocializeLoginResult>> {
  return invoker.invoke<SocializeLoginParams, SocializeLoginResult, SocializeLoginErrorCode>(loginMethod, params, options);
}

export function logoutChecked(invoker: Invoker, params?: SocializeLogoutParams, options?: CallOptions): Promise<GigyaResult<SocializeLogoutResponse>> {
  return invoker.invoke<SocializeLogoutParams, SocializeLogoutResponse, SocializeLogoutErrorCode>(logoutMethod, params, options);
}

export function notifyLoginChecked(invoker: Invoker, params?: SocializeNotifyLoginParams, options?: CallOptions): Promise<GigyaResult<SocializeNotifyLoginResult>> {
  return invoker.invoke<SocializeNotifyLoginParams, SocializeNotifyLoginResult, SocializeNotifyLoginErrorCode>(notifyLoginMethod, params, options);
}

export function notifyRegistrationChecked(invoker: Invoker, params?: SocializeNotifyRegistrationParams, options?: CallOptions): Promise<GigyaResult<SocializeNotifyRegistrationResponse>> {
  return invoker.invoke<SocializeNotifyRegistrationParams, SocializeNotifyRegistrationResponse, SocializeNotifyRegistrationErrorCode>(notifyRegistrationMethod, params, options);
}

export function publishUserActionChecked(invoker: Invoker, params: SocializePublishUserActionParams, options?: CallOptions): Promise<GigyaResult<SocializePublishUserActionResponse>> {
  return invoker.invoke<SocializePublishUserActionParams, SocializePublishUserActionResponse, SocializePublishUserActionErrorCode>(publishUserActionMethod, params, options);
}

export function removeConnectionChecked(invoker: Invoker, params?: SocializeRemoveConnectionParams, options?: CallOptions): Promise<GigyaResult<SocializeRemoveConnectionResponse>> {
  return invoker.invoke<SocializeRemoveConnectionParams, SocializeRemoveConnectionResponse, SocializeRemoveConnectionErrorCode>(removeConnectionMethod, params, options);
}

export function sendNotificationChecked(invoker: Invoker, params: SocializeSendNotificationParams, options?: CallOptions): Promise<GigyaResult<SocializeSendNotificationResponse>> {
  return invoker.invoke<SocializeSendNotificationParams, SocializeSendNotificationResponse, SocializeSendNotificationErrorCode>(sendNotificationMethod, params, options);
}

export function setProvidersConfigChecked(invoker: Invoker, params?: SocializeSetProvidersConfigParams, options?: CallOptions): Promise<GigyaResult<SocializeSetProvidersConfigResponse>> {
  return invoker.invoke<SocializeSetProvidersConfigParams, SocializeSetProvidersConfigResponse, SocializeSetProvidersConfigErrorCode>(setProvidersConfigMethod, params, options);
}

export function setStatusChecked(invoker: Invoker, params: SocializeSetStatusParams, options?: CallOptions): Promise<GigyaResult<SocializeSetStatusResponse>> {
  return invoker.invoke<SocializeSetStatusParams, SocializeSetStatusResponse, SocializeSetStatusErrorCode>(setStatusMethod, params, options);
}

export function setUIDChecked(invoker: Invoker, params: SocializeSetUIDParams, options?: CallOptions): Promise<GigyaResult<SocializeSetUIDResponse>> {
  return invoker.invoke<SocializeSetUIDParams, SocializeSetUIDResponse, SocializeSetUIDErrorCode>(setUIDMethod, params, options);
}

export function setUserInfoChecked(invoker: Invoker, params: SocializeSetUserInfoParams, options?: CallOptions): Promise<GigyaResult<SocializeSetUserInfoResponse>> {
  return invoker.invoke<SocializeSetUserInfoParams, SocializeSetUserInfoResponse, SocializeSetUserInfoErrorCode>(setUserInfoMethod, params, options);
}

export function setUserSettingsChecked(invoker: Invoker, params: SocializeSetUserSettingsParams, options?: CallOptions): Promise<GigyaResult<SocializeSetUserSettingsResponse>> {
  return invoker.invoke<SocializeSetUserSettingsParams, SocializeSetUserSettingsResponse, SocializeSetUserSettingsErrorCode>(setUserSettingsMethod, params, options);
}

export function shortenURLChecked(invoker: Invoker, params: SocializeShortenURLParams, options?: CallOptions): Promise<GigyaResult<SocializeShortenURLResponse>> {
  return invoker.invoke<SocializeShortenURLParams, SocializeShortenURLResponse, SocializeShortenURLErrorCode>(shortenURLMethod, params, options);
}

export function unlinkAccountsChecked(invoker: Invoker, params?: SocializeUnlinkAccountsParams, options?: CallOptions): Promise<GigyaResult<SocializeUnlinkAccountsResponse>> {
  return invoker.invoke<SocializeUnlinkAccountsParams, SocializeUnlinkAccountsResponse, SocializeUnlinkAccountsErrorCode>(unlinkAccountsMethod, params, options);
}

export function bindSocializeChecked(invoker: Invoker): SocializeNamespace {
  return {
    addConnection: bindMethod(invoker, addConnectionMethod),
    checkin: bindMethod(invoker, checkinMethod),
    delUserSettings: bindMethod(invoker, delUserSettingsMethod),
    deleteAccount: bindMethod(invoker, deleteAccountMethod),
    disconnect: bindMethod(invoker, disconnectMethod),
    exchangeUIDSignature: bindMethod(invoker, exchangeUIDSignatureMethod),
    exportUsers: bindMethod(invoker, exportUsersMethod),
    facebook: {
      deauthorize: bindMethod(invoker, facebookDeauthorizeMethod),
    },
    facebookGraphOperation: bindMethod(invoker, facebookGraphOperationMethod),
    getAlbums: bindMethod(invoker, getAlbumsMethod),
    getContacts: bindMethod(invoker, getContactsMethod),
    getFeed: bindMethod(invoker, getFeedMethod),
    getFriendsInfo: bindMethod(invoker, getFriendsInfoMethod),
    getPhotos: bindMethod(invoker, getPhotosMethod),
    getPlaces: bindMethod(invoker, getPlacesMethod),
    getProvidersConfig: bindMethod(invoker, getProvidersConfigMethod),
    getRawData: bindMethod(invoker, getRawDataMethod),
    getReactionsCount: bindMethod(invoker, getReactionsCountMethod),
    getSessionInfo: bindMethod(invoker, getSessionInfoMethod),
    getToken: bindMethod(invoker, getTokenMethod),
    getTopShares: bindMethod(invoker, getTopSharesMethod),
    getUserInfo: bindMethod(invoker, getUserInfoMethod),
    getUserSettings: bindMethod(invoker, getUserSettingsMethod),
    importIdentities: bindMethod(invoker, importIdentitiesMethod),
    incrementReactionsCount: bindMethod(invoker, incrementReactionsCountMethod),
    linkAccounts: bindMethod(invoker, linkAccountsMethod),
    login: bindMethod(invoker, loginMethod),
    logout: bindMethod(invoker, logoutMethod),
    notifyLogin: bindMethod(invoker, notifyLoginMethod),
    notifyRegistration: bindMethod(invoker, notifyRegistrationMethod),
    publishUserAction: bindMethod(invoker, publishUserActionMethod),
    removeConnection: bindMethod(invoker, removeConnectionMethod),
    sendNotification: bindMethod(invoker, sendNotificationMethod),
    setProvidersConfig: bindMethod(invoker, setProvidersConfigMethod),
    setStatus: bindMethod(invoker, setStatusMethod),
    setUID: bindMethod(invoker, setUIDMethod),
    setUserInfo: bindMethod(invoker, setUserInfoMethod),
    setUserSettings: bindMethod(invoker, setUserSettingsMethod),
    shortenURL: bindMethod(invoker, shortenURLMethod),
    unlinkAccounts: bindMethod(invoker, unlinkAccountsMethod),
  };
}
