// Generated from catalog/socialize.yaml by `npm run generate`. DO NOT EDIT.
// Change the catalog and run the generator again; `npm run generate -- --check` fails on any drift.

import * as z from 'zod';
import type {
  SocializeActionLink,
  SocializeAddConnectionParams,
  SocializeCheckinParams,
  SocializeDelUserSettingsParams,
  SocializeDeleteAccountParams,
  SocializeDisconnectParams,
  SocializeExchangeUIDSignatureParams,
  SocializeExportUsersParams,
  SocializeFacebookDeauthorizeParams,
  SocializeFacebookGraphOperationParams,
  SocializeGetAlbumsParams,
  SocializeGetContactsParams,
  SocializeGetFeedParams,
  SocializeGetFriendsInfoParams,
  SocializeGetPhotosParams,
  SocializeGetPlacesParams,
  SocializeGetProvidersConfigParams,
  SocializeGetRawDataParams,
  SocializeGetReactionsCountParams,
  SocializeGetSessionInfoParams,
  SocializeGetTokenParams,
  SocializeGetTopSharesParams,
  SocializeGetUserInfoParams,
  SocializeGetUserSettingsParams,
  SocializeIdentity,
  SocializeImportIdentitiesParams,
  SocializeIncrementReactionsCountParams,
  SocializeLinkAccountsParams,
  SocializeLoginParams,
  SocializeLogoutParams,
  SocializeMappedProviderUID,
  SocializeMediaItem,
  SocializeNotifyLoginParams,
  SocializeNotifyRegistrationParams,
  SocializePhone,
  SocializeProviderSession,
  SocializePublishUserActionParams,
  SocializeRemoveConnectionParams,
  SocializeSendNotificationParams,
  SocializeSetProvidersConfigParams,
  SocializeSetStatusParams,
  SocializeSetUIDParams,
  SocializeSetUserInfoParams,
  SocializeSetUserSettingsParams,
  SocializeShortenURLParams,
  SocializeTemplateField,
  SocializeUnlinkAccountsParams,
  SocializeUserAction,
  SocializeUserInfo,
  SocializeUserLocation,
} from './types.gen.js';

// The proof behind validators.gen.ts, which declares each schema as its interface without
// making a user's compiler check it. `npm test` type-checks this file; nothing imports it.

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
