// Generated from catalog/socialize.yaml by `npm run generate`. DO NOT EDIT.
// Change the catalog and run the generator again; `npm run generate -- --check` fails on any drift.
// @ts-nocheck
// Untyped on purpose, so not type-checked where it is compiled: validators.check.ts holds the proofs.

import type * as z from 'zod';
import { lazySchema } from '../../src/runtime.js';
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

/** Validates a {@link SocializeActionLink} passed inside params. */
export const socializeActionLinkSchema: z.ZodType<SocializeActionLink> = /* @__PURE__ */ lazySchema<SocializeActionLink>((z) =>
  z.strictObject({
    text: z.string(),
    href: z.string(),
  }),
);

/** Validates a {@link SocializeMappedProviderUID} passed inside params. */
export const socializeMappedProviderUIDSchema: z.ZodType<SocializeMappedProviderUID> = /* @__PURE__ */ lazySchema<SocializeMappedProviderUID>((z) =>
  z.strictObject({
    providerUID: z.string().optional(),
    apiKey: z.string().optional(),
  }),
);

/** Validates a {@link SocializePhone} passed inside params. */
export const socializePhoneSchema: z.ZodType<SocializePhone> = /* @__PURE__ */ lazySchema<SocializePhone>((z) =>
  z.strictObject({
    number: z.string().optional(),
    type: z.string().optional(),
  }),
);

/** Validates a {@link SocializeIdentity} passed inside params. */
export const socializeIdentitySchema: z.ZodType<SocializeIdentity> = /* @__PURE__ */ lazySchema<SocializeIdentity>((z) =>
  z.strictObject({
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
  }),
);

/** Validates a {@link SocializeMediaItem} passed inside params. */
export const socializeMediaItemSchema: z.ZodType<SocializeMediaItem> = /* @__PURE__ */ lazySchema<SocializeMediaItem>((z) =>
  z.strictObject({
    type: z.string(),
    src: z.string(),
    href: z.string().optional(),
    previewImageURL: z.string().optional(),
    width: z.number().int().optional(),
    height: z.number().int().optional(),
    title: z.string().optional(),
    artist: z.string().optional(),
    album: z.string().optional(),
  }),
);

/** Validates a {@link SocializeProviderSession} passed inside params. */
export const socializeProviderSessionSchema: z.ZodType<SocializeProviderSession> = /* @__PURE__ */ lazySchema<SocializeProviderSession>((z) =>
  z.strictObject({
    authToken: z.string().optional(),
    code: z.string().optional(),
    providerUID: z.string().optional(),
    tokenSecret: z.string().optional(),
    tokenExpiration: z.string().optional(),
    tokenExpiresIn: z.number().int().optional(),
    sessionHandle: z.string().optional(),
    sessionHandleExpiration: z.string().optional(),
  }),
);

/** Validates a {@link SocializeTemplateField} passed inside params. */
export const socializeTemplateFieldSchema: z.ZodType<SocializeTemplateField> = /* @__PURE__ */ lazySchema<SocializeTemplateField>((z) =>
  z.strictObject({
    text: z.string(),
    href: z.string().optional(),
  }),
);

/** Validates a {@link SocializeUserAction} passed inside params. */
export const socializeUserActionSchema: z.ZodType<SocializeUserAction> = /* @__PURE__ */ lazySchema<SocializeUserAction>((z) =>
  z.strictObject({
    title: z.string().optional(),
    subtitle: z.string().optional(),
    userMessage: z.string().optional(),
    description: z.string().optional(),
    linkBack: z.string().optional(),
    mediaItems: z.array(socializeMediaItemSchema).optional(),
    actionLinks: z.array(socializeActionLinkSchema).optional(),
    template: z.string().optional(),
    templateFields: z.record(z.string(), socializeTemplateFieldSchema).optional(),
  }),
);

/** Validates a {@link SocializeUserInfo} passed inside params. */
export const socializeUserInfoSchema: z.ZodType<SocializeUserInfo> = /* @__PURE__ */ lazySchema<SocializeUserInfo>((z) =>
  z.strictObject({
    nickname: z.string().optional(),
    photoURL: z.string().optional(),
    thumbnailURL: z.string().optional(),
    firstName: z.string().optional(),
    lastName: z.string().optional(),
    gender: z.string().optional(),
    age: z.number().int().optional(),
    email: z.string().optional(),
  }),
);

/** Validates a {@link SocializeUserLocation} passed inside params. */
export const socializeUserLocationSchema: z.ZodType<SocializeUserLocation> = /* @__PURE__ */ lazySchema<SocializeUserLocation>((z) =>
  z.strictObject({
    latitude: z.number(),
    longitude: z.number(),
  }),
);

/** Validates the params of `socialize.addConnection` (with the common ones); unknown params are rejected. */
export const socializeAddConnectionParamsSchema: z.ZodType<SocializeAddConnectionParams> = /* @__PURE__ */ lazySchema<SocializeAddConnectionParams>((z) =>
  z.strictObject({
    provider: z.string(),
    response_type: z.string(),
    state: z.string().optional(),
    x_lang: z.string().optional(),
    x_extraPermissions: z.union([z.string(), z.array(z.string())]).optional(),
    x_displayMode: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `socialize.checkin` (with the common ones); unknown params are rejected. */
export const socializeCheckinParamsSchema: z.ZodType<SocializeCheckinParams> = /* @__PURE__ */ lazySchema<SocializeCheckinParams>((z) =>
  z.strictObject({
    uid: z.string().optional(),
    placeID: z.string(),
    comment: z.string().optional(),
    enabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
    disabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `socialize.delUserSettings` (with the common ones); unknown params are rejected. */
export const socializeDelUserSettingsParamsSchema: z.ZodType<SocializeDelUserSettingsParams> = /* @__PURE__ */ lazySchema<SocializeDelUserSettingsParams>((z) =>
  z.strictObject({
    uid: z.string().optional(),
    group: z.string().optional(),
    settings: z.union([z.string(), z.array(z.string())]).optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `socialize.deleteAccount` (with the common ones); unknown params are rejected. */
export const socializeDeleteAccountParamsSchema: z.ZodType<SocializeDeleteAccountParams> = /* @__PURE__ */ lazySchema<SocializeDeleteAccountParams>((z) =>
  z.strictObject({
    uid: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `socialize.disconnect` (with the common ones); unknown params are rejected. */
export const socializeDisconnectParamsSchema: z.ZodType<SocializeDisconnectParams> = /* @__PURE__ */ lazySchema<SocializeDisconnectParams>((z) =>
  z.strictObject({
    uid: z.string().optional(),
    provider: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `socialize.exchangeUIDSignature` (with the common ones); unknown params are rejected. */
export const socializeExchangeUIDSignatureParamsSchema: z.ZodType<SocializeExchangeUIDSignatureParams> = /* @__PURE__ */ lazySchema<SocializeExchangeUIDSignatureParams>((z) =>
  z.strictObject({
    uid: z.string(),
    UIDSignature: z.string(),
    signatureTimestamp: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `socialize.exportUsers` (with the common ones); unknown params are rejected. */
export const socializeExportUsersParamsSchema: z.ZodType<SocializeExportUsersParams> = /* @__PURE__ */ lazySchema<SocializeExportUsersParams>((z) =>
  z.strictObject({
    fields: z.union([z.string(), z.array(z.string())]).optional(),
    limit: z.number().int().optional(),
    includPendingUsers: z.boolean().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `socialize.facebook.deauthorize` (with the common ones); unknown params are rejected. */
export const socializeFacebookDeauthorizeParamsSchema: z.ZodType<SocializeFacebookDeauthorizeParams> = /* @__PURE__ */ lazySchema<SocializeFacebookDeauthorizeParams>((z) =>
  z.strictObject({
    uid: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `socialize.facebookGraphOperation` (with the common ones); unknown params are rejected. */
export const socializeFacebookGraphOperationParamsSchema: z.ZodType<SocializeFacebookGraphOperationParams> = /* @__PURE__ */ lazySchema<SocializeFacebookGraphOperationParams>((z) =>
  z.strictObject({
    uid: z.string().optional(),
    graphPath: z.string(),
    method: z.string().optional(),
    graphParams: z.record(z.string(), z.unknown()).optional(),
    accessTokenType: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `socialize.getAlbums` (with the common ones); unknown params are rejected. */
export const socializeGetAlbumsParamsSchema: z.ZodType<SocializeGetAlbumsParams> = /* @__PURE__ */ lazySchema<SocializeGetAlbumsParams>((z) =>
  z.strictObject({
    uid: z.string().optional(),
    type: z.string().optional(),
    privacy: z.string().optional(),
    albumIDs: z.union([z.string(), z.array(z.string())]).optional(),
    enabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
    disabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `socialize.getContacts` (with the common ones); unknown params are rejected. */
export const socializeGetContactsParamsSchema: z.ZodType<SocializeGetContactsParams> = /* @__PURE__ */ lazySchema<SocializeGetContactsParams>((z) =>
  z.strictObject({
    uid: z.string().optional(),
    enabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
    disabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `socialize.getFeed` (with the common ones); unknown params are rejected. */
export const socializeGetFeedParamsSchema: z.ZodType<SocializeGetFeedParams> = /* @__PURE__ */ lazySchema<SocializeGetFeedParams>((z) =>
  z.strictObject({
    feedID: z.string().optional(),
    uid: z.string().optional(),
    limit: z.number().int().optional(),
    startTS: z.number().int().optional(),
    endTS: z.number().int().optional(),
    groups: z.union([z.string(), z.array(z.string())]).optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `socialize.getFriendsInfo` (with the common ones); unknown params are rejected. */
export const socializeGetFriendsInfoParamsSchema: z.ZodType<SocializeGetFriendsInfoParams> = /* @__PURE__ */ lazySchema<SocializeGetFriendsInfoParams>((z) =>
  z.strictObject({
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
  }),
);

/** Validates the params of `socialize.getPhotos` (with the common ones); unknown params are rejected. */
export const socializeGetPhotosParamsSchema: z.ZodType<SocializeGetPhotosParams> = /* @__PURE__ */ lazySchema<SocializeGetPhotosParams>((z) =>
  z.strictObject({
    uid: z.string().optional(),
    albumIDs: z.union([z.string(), z.array(z.string())]).optional(),
    photoIDs: z.union([z.string(), z.array(z.string())]).optional(),
    enabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
    disabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `socialize.getPlaces` (with the common ones); unknown params are rejected. */
export const socializeGetPlacesParamsSchema: z.ZodType<SocializeGetPlacesParams> = /* @__PURE__ */ lazySchema<SocializeGetPlacesParams>((z) =>
  z.strictObject({
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
  }),
);

/** Validates the params of `socialize.getProvidersConfig` (with the common ones); unknown params are rejected. */
export const socializeGetProvidersConfigParamsSchema: z.ZodType<SocializeGetProvidersConfigParams> = /* @__PURE__ */ lazySchema<SocializeGetProvidersConfigParams>((z) =>
  z.strictObject({
    includeCapabilities: z.boolean().optional(),
    includeSecretKeys: z.boolean().optional(),
    includeSettings: z.boolean().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `socialize.getRawData` (with the common ones); unknown params are rejected. */
export const socializeGetRawDataParamsSchema: z.ZodType<SocializeGetRawDataParams> = /* @__PURE__ */ lazySchema<SocializeGetRawDataParams>((z) =>
  z.strictObject({
    provider: z.string(),
    uid: z.string(),
    path: z.string().optional(),
    fields: z.union([z.string(), z.array(z.string())]).optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `socialize.getReactionsCount` (with the common ones); unknown params are rejected. */
export const socializeGetReactionsCountParamsSchema: z.ZodType<SocializeGetReactionsCountParams> = /* @__PURE__ */ lazySchema<SocializeGetReactionsCountParams>((z) =>
  z.strictObject({
    barID: z.string(),
    buttonIDs: z.union([z.string(), z.array(z.string())]).optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `socialize.getSessionInfo` (with the common ones); unknown params are rejected. */
export const socializeGetSessionInfoParamsSchema: z.ZodType<SocializeGetSessionInfoParams> = /* @__PURE__ */ lazySchema<SocializeGetSessionInfoParams>((z) =>
  z.strictObject({
    uid: z.string().optional(),
    provider: z.string(),
    paddingMode: z.string().optional(),
    signIDs: z.boolean().optional(),
    encryptAll: z.boolean().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `socialize.getToken` (with the common ones); unknown params are rejected. */
export const socializeGetTokenParamsSchema: z.ZodType<SocializeGetTokenParams> = /* @__PURE__ */ lazySchema<SocializeGetTokenParams>((z) =>
  z.strictObject({
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
  }),
);

/** Validates the params of `socialize.getTopShares` (with the common ones); unknown params are rejected. */
export const socializeGetTopSharesParamsSchema: z.ZodType<SocializeGetTopSharesParams> = /* @__PURE__ */ lazySchema<SocializeGetTopSharesParams>((z) =>
  z.strictObject({
    age: z.number().int(),
    tag: z.string().optional(),
    limit: z.number().int().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `socialize.getUserInfo` (with the common ones); unknown params are rejected. */
export const socializeGetUserInfoParamsSchema: z.ZodType<SocializeGetUserInfoParams> = /* @__PURE__ */ lazySchema<SocializeGetUserInfoParams>((z) =>
  z.strictObject({
    uid: z.string().optional(),
    includeAllIdentities: z.boolean().optional(),
    extraFields: z.union([z.string(), z.array(z.string())]).optional(),
    enabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
    disabledProviders: z.union([z.string(), z.array(z.string())]).optional(),
    signIDs: z.boolean().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `socialize.getUserSettings` (with the common ones); unknown params are rejected. */
export const socializeGetUserSettingsParamsSchema: z.ZodType<SocializeGetUserSettingsParams> = /* @__PURE__ */ lazySchema<SocializeGetUserSettingsParams>((z) =>
  z.strictObject({
    uid: z.string().optional(),
    group: z.string().optional(),
    settings: z.union([z.string(), z.array(z.string())]).optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `socialize.importIdentities` (with the common ones); unknown params are rejected. */
export const socializeImportIdentitiesParamsSchema: z.ZodType<SocializeImportIdentitiesParams> = /* @__PURE__ */ lazySchema<SocializeImportIdentitiesParams>((z) =>
  z.strictObject({
    uid: z.string(),
    identities: z.array(socializeIdentitySchema),
    allowNewUser: z.boolean().optional(),
    handleIdentityConflicts: z.string().optional(),
    providerSessions: z.record(z.string(), socializeProviderSessionSchema).optional(),
    handleInvalidSessions: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `socialize.incrementReactionsCount` (with the common ones); unknown params are rejected. */
export const socializeIncrementReactionsCountParamsSchema: z.ZodType<SocializeIncrementReactionsCountParams> = /* @__PURE__ */ lazySchema<SocializeIncrementReactionsCountParams>((z) =>
  z.strictObject({
    barID: z.string(),
    buttonID: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `socialize.linkAccounts` (with the common ones); unknown params are rejected. */
export const socializeLinkAccountsParamsSchema: z.ZodType<SocializeLinkAccountsParams> = /* @__PURE__ */ lazySchema<SocializeLinkAccountsParams>((z) =>
  z.strictObject({
    uid: z.string().optional(),
    siteUID: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `socialize.login` (with the common ones); unknown params are rejected. */
export const socializeLoginParamsSchema: z.ZodType<SocializeLoginParams> = /* @__PURE__ */ lazySchema<SocializeLoginParams>((z) =>
  z.strictObject({
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
  }),
);

/** Validates the params of `socialize.logout` (with the common ones); unknown params are rejected. */
export const socializeLogoutParamsSchema: z.ZodType<SocializeLogoutParams> = /* @__PURE__ */ lazySchema<SocializeLogoutParams>((z) =>
  z.strictObject({
    uid: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `socialize.notifyLogin` (with the common ones); unknown params are rejected. */
export const socializeNotifyLoginParamsSchema: z.ZodType<SocializeNotifyLoginParams> = /* @__PURE__ */ lazySchema<SocializeNotifyLoginParams>((z) =>
  z.strictObject({
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
  }),
);

/** Validates the params of `socialize.notifyRegistration` (with the common ones); unknown params are rejected. */
export const socializeNotifyRegistrationParamsSchema: z.ZodType<SocializeNotifyRegistrationParams> = /* @__PURE__ */ lazySchema<SocializeNotifyRegistrationParams>((z) =>
  z.strictObject({
    uid: z.string().optional(),
    siteUID: z.string().optional(),
    phoneNumber: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `socialize.publishUserAction` (with the common ones); unknown params are rejected. */
export const socializePublishUserActionParamsSchema: z.ZodType<SocializePublishUserActionParams> = /* @__PURE__ */ lazySchema<SocializePublishUserActionParams>((z) =>
  z.strictObject({
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
  }),
);

/** Validates the params of `socialize.removeConnection` (with the common ones); unknown params are rejected. */
export const socializeRemoveConnectionParamsSchema: z.ZodType<SocializeRemoveConnectionParams> = /* @__PURE__ */ lazySchema<SocializeRemoveConnectionParams>((z) =>
  z.strictObject({
    uid: z.string().optional(),
    provider: z.string().optional(),
    removeLoginID: z.boolean().optional(),
    lastIdentityHandling: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `socialize.sendNotification` (with the common ones); unknown params are rejected. */
export const socializeSendNotificationParamsSchema: z.ZodType<SocializeSendNotificationParams> = /* @__PURE__ */ lazySchema<SocializeSendNotificationParams>((z) =>
  z.strictObject({
    uid: z.string().optional(),
    recipients: z.union([z.string(), z.array(z.string())]),
    subject: z.string(),
    body: z.string(),
    actionAttributes: z.record(z.string(), z.unknown()).optional(),
    shortURLs: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `socialize.setProvidersConfig` (with the common ones); unknown params are rejected. */
export const socializeSetProvidersConfigParamsSchema: z.ZodType<SocializeSetProvidersConfigParams> = /* @__PURE__ */ lazySchema<SocializeSetProvidersConfigParams>((z) =>
  z.strictObject({
    capabilities: z.unknown().optional(),
    providers: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
    settings: z.unknown().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `socialize.setStatus` (with the common ones); unknown params are rejected. */
export const socializeSetStatusParamsSchema: z.ZodType<SocializeSetStatusParams> = /* @__PURE__ */ lazySchema<SocializeSetStatusParams>((z) =>
  z.strictObject({
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
  }),
);

/** Validates the params of `socialize.setUID` (with the common ones); unknown params are rejected. */
export const socializeSetUIDParamsSchema: z.ZodType<SocializeSetUIDParams> = /* @__PURE__ */ lazySchema<SocializeSetUIDParams>((z) =>
  z.strictObject({
    uid: z.string().optional(),
    siteUID: z.string(),
    phoneNumber: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `socialize.setUserInfo` (with the common ones); unknown params are rejected. */
export const socializeSetUserInfoParamsSchema: z.ZodType<SocializeSetUserInfoParams> = /* @__PURE__ */ lazySchema<SocializeSetUserInfoParams>((z) =>
  z.strictObject({
    uid: z.string().optional(),
    userInfo: socializeUserInfoSchema,
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `socialize.setUserSettings` (with the common ones); unknown params are rejected. */
export const socializeSetUserSettingsParamsSchema: z.ZodType<SocializeSetUserSettingsParams> = /* @__PURE__ */ lazySchema<SocializeSetUserSettingsParams>((z) =>
  z.strictObject({
    uid: z.string().optional(),
    settings: z.record(z.string(), z.unknown()),
    group: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `socialize.shortenURL` (with the common ones); unknown params are rejected. */
export const socializeShortenURLParamsSchema: z.ZodType<SocializeShortenURLParams> = /* @__PURE__ */ lazySchema<SocializeShortenURLParams>((z) =>
  z.strictObject({
    url: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `socialize.unlinkAccounts` (with the common ones); unknown params are rejected. */
export const socializeUnlinkAccountsParamsSchema: z.ZodType<SocializeUnlinkAccountsParams> = /* @__PURE__ */ lazySchema<SocializeUnlinkAccountsParams>((z) =>
  z.strictObject({
    uid: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);
