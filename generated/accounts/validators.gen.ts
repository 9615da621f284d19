// Generated from catalog/accounts.yaml, catalog/accounts.address.yaml, catalog/accounts.auth.yaml, catalog/accounts.devices.yaml, catalog/accounts.emailAccount.yaml, catalog/accounts.extensions.yaml, catalog/accounts.global.yaml, catalog/accounts.identifiers.yaml, catalog/accounts.otp.yaml, catalog/accounts.policies.yaml, catalog/accounts.progression.yaml, catalog/accounts.rba.yaml, catalog/accounts.session.yaml, catalog/accounts.sms.yaml, catalog/accounts.store.yaml, catalog/accounts.stream.yaml, catalog/accounts.tfa.yaml, catalog/accounts.webhooks.yaml by `npm run generate`. DO NOT EDIT.
// Change the catalog and run the generator again; `npm run generate -- --check` fails on any drift.
// @ts-nocheck
// Untyped on purpose, so not type-checked where it is compiled: validators.check.ts holds the proofs.

import type * as z from 'zod';
import { type MergePatch, lazySchema } from '../../src/runtime.js';
import type {
  AccountsAccountLockoutPolicy,
  AccountsAccountOptionsPolicy,
  AccountsAddEmailsParams,
  AccountsAddressCountriesGetParams,
  AccountsAddressSuggestionsGetParams,
  AccountsAuthGetMethodsParams,
  AccountsAuthMagiclinkEmailGetConfigParams,
  AccountsAuthMagiclinkEmailLoginParams,
  AccountsAuthMagiclinkEmailSendParams,
  AccountsAuthMagiclinkEmailSetConfigParams,
  AccountsAuthMagiclinkGetLinkParams,
  AccountsAuthMethodPolicy,
  AccountsAuthOtpAuthenticateParams,
  AccountsAuthOtpEmailGetConfigParams,
  AccountsAuthOtpEmailLoginParams,
  AccountsAuthOtpEmailSendCodeParams,
  AccountsAuthOtpEmailSetConfigParams,
  AccountsAuthOtpVerifyParams,
  AccountsAuthPushConfigGetParams,
  AccountsAuthPushConfigSetParams,
  AccountsAuthPushVerifyParams,
  AccountsAuthenticationPolicy,
  AccountsCaptchaPolicy,
  AccountsCertification,
  AccountsClientContext,
  AccountsCommunication,
  AccountsCounter,
  AccountsDeleteAccountParams,
  AccountsDeleteConsentStatementParams,
  AccountsDeleteLegalStatementsParams,
  AccountsDeleteLiteAccountParams,
  AccountsDeleteNativeScreenSetParams,
  AccountsDeleteSchemaFieldsParams,
  AccountsDeleteScreenSetParams,
  AccountsDeviceInfo,
  AccountsDevicesRegisterParams,
  AccountsDevicesUnregisterParams,
  AccountsDevicesUpdateParams,
  AccountsDoubleOptInPolicy,
  AccountsDuplicateLegalStatementParams,
  AccountsEducation,
  AccountsEmailAccountChangeEmailParams,
  AccountsEmailAccountSyncMultipleAccountsParams,
  AccountsEmailAccountSyncUidParams,
  AccountsEmailNotificationsPolicy,
  AccountsEmailVerificationPolicy,
  AccountsEmails,
  AccountsExchangeUIDSignatureParams,
  AccountsExtensionHeader,
  AccountsExtensionsCreateParams,
  AccountsExtensionsDeleteParams,
  AccountsExtensionsGetParams,
  AccountsExtensionsListParams,
  AccountsExtensionsModifyParams,
  AccountsFavorite,
  AccountsFavorites,
  AccountsFederationPolicy,
  AccountsFinalizeRegistrationParams,
  AccountsGetAccountInfoParams,
  AccountsGetConflictingAccountParams,
  AccountsGetConsentsStatementsParams,
  AccountsGetCountersParams,
  AccountsGetJWTParams,
  AccountsGetJWTPublicKeyParams,
  AccountsGetLegalStatementsParams,
  AccountsGetLiteTokenParams,
  AccountsGetNativeScreenSetParams,
  AccountsGetNativeScreenSetsParams,
  AccountsGetPoliciesParams,
  AccountsGetRegisteredCountersParams,
  AccountsGetSchemaParams,
  AccountsGetScreenSetVersionsParams,
  AccountsGetScreenSetsParams,
  AccountsGetSiteConsentDetailsParams,
  AccountsGigyaPluginsPolicy,
  AccountsGlobalChangeAccountResidencyParams,
  AccountsHashSettings,
  AccountsIdentifiersCreateTokenParams,
  AccountsIdentifiersFindParams,
  AccountsIdentity,
  AccountsImportAccountParams,
  AccountsImportFullAccountParams,
  AccountsImportLiteAccountsParams,
  AccountsImportProfilePhotoParams,
  AccountsIncrementCountersParams,
  AccountsInitRegistrationParams,
  AccountsIpLockoutPolicy,
  AccountsIsAvailableLoginIDParams,
  AccountsLike,
  AccountsLinkAccountsParams,
  AccountsLoginIDs,
  AccountsLoginParams,
  AccountsLogoutParams,
  AccountsMappedProviderUID,
  AccountsNotifyLoginParams,
  AccountsNotifySocialLoginParams,
  AccountsOtpDeleteParams,
  AccountsOtpLoginParams,
  AccountsOtpSendCodeParams,
  AccountsOtpUpdateParams,
  AccountsPasswordComplexityPolicy,
  AccountsPasswordImport,
  AccountsPasswordResetPolicy,
  AccountsPatent,
  AccountsPhone,
  AccountsPoliciesEmailTemplatesGetConfigParams,
  AccountsPoliciesEmailTemplatesSetConfigParams,
  AccountsProfile,
  AccountsProfilePhotoPolicy,
  AccountsProgressionGetPolicyParams,
  AccountsProgressionSetPolicyParams,
  AccountsProviderSession,
  AccountsPublication,
  AccountsPublishProfilePhotoParams,
  AccountsRbaAction,
  AccountsRbaGetPolicyParams,
  AccountsRbaLockParams,
  AccountsRbaPolicy,
  AccountsRbaRule,
  AccountsRbaRuleSet,
  AccountsRbaSdkConfigurationGetParams,
  AccountsRbaSetPolicyParams,
  AccountsRbaSitePolicy,
  AccountsRbaUnlockParams,
  AccountsRegisterCountersParams,
  AccountsRegisterParams,
  AccountsRegistrationPolicy,
  AccountsRemoveEmailsParams,
  AccountsResendDOIConfirmationEmailParams,
  AccountsResendVerificationCodeParams,
  AccountsResetPasswordParams,
  AccountsResetSitePreferencesParams,
  AccountsSchema,
  AccountsSchemaField,
  AccountsScreenSetMetadata,
  AccountsSearchParams,
  AccountsSecretQuestionAndAnswer,
  AccountsSecurityPolicy,
  AccountsSendLiteInviteParams,
  AccountsSessionVerifyParams,
  AccountsSetAccountInfoParams,
  AccountsSetPasswordParams,
  AccountsSetPoliciesParams,
  AccountsSetProfilePhotoParams,
  AccountsSetSchemaParams,
  AccountsSetScreenSetParams,
  AccountsSkill,
  AccountsSmsConfigGetParams,
  AccountsSmsConfigSetParams,
  AccountsSmsProviderConfig,
  AccountsSmsProviderCredentials,
  AccountsSmsRestrictions,
  AccountsSmsTemplateGroup,
  AccountsSmsTemplateSettings,
  AccountsSmsTemplates,
  AccountsSmsTemplatesGetParams,
  AccountsSmsTemplatesSetParams,
  AccountsSocialLoginParams,
  AccountsStoreDownloadConsentDocumentParams,
  AccountsStoreUploadConsentDocumentParams,
  AccountsStreamCreateParams,
  AccountsStreamReadParams,
  AccountsTfaBackupcodesCreateParams,
  AccountsTfaBackupcodesGetParams,
  AccountsTfaBackupcodesVerifyParams,
  AccountsTfaClientContext,
  AccountsTfaDeactivateProviderParams,
  AccountsTfaEmailCompleteVerificationParams,
  AccountsTfaEmailGetEmailsParams,
  AccountsTfaEmailSendVerificationCodeParams,
  AccountsTfaFinalizeTFAParams,
  AccountsTfaGetCertificateParams,
  AccountsTfaGetProvidersParams,
  AccountsTfaImportedPhone,
  AccountsTfaInitTFAParams,
  AccountsTfaPhoneCompleteVerificationParams,
  AccountsTfaPhoneGetCertificateParams,
  AccountsTfaPhoneGetRegisteredPhoneNumbersParams,
  AccountsTfaPhoneImportTFAParams,
  AccountsTfaPhoneRemovePhoneParams,
  AccountsTfaPhoneSendVerificationCodeParams,
  AccountsTfaPushIsVerifiedParams,
  AccountsTfaPushOptinParams,
  AccountsTfaPushSendVerificationParams,
  AccountsTfaPushVerifyParams,
  AccountsTfaResetTFAParams,
  AccountsTfaTotpRegisterParams,
  AccountsTfaTotpVerifyParams,
  AccountsTfaUnregisterDeviceParams,
  AccountsTwoFactorAuthPolicy,
  AccountsTwoFactorProviderPolicy,
  AccountsUnregisterCountersParams,
  AccountsUnsubscribeParams,
  AccountsVerifyLoginParams,
  AccountsWebhookHeader,
  AccountsWebhooksDeleteParams,
  AccountsWebhooksGetAllParams,
  AccountsWebhooksGetStatusParams,
  AccountsWebhooksSetParams,
  AccountsWork,
} from './types.gen.js';

/** Validates a {@link AccountsAccountLockoutPolicy} passed inside params. */
export const accountsAccountLockoutPolicySchema: z.ZodType<AccountsAccountLockoutPolicy> = /* @__PURE__ */ lazySchema<AccountsAccountLockoutPolicy>((z) =>
  z.strictObject({
    failedLoginResetSec: z.number().int().optional(),
    failedLoginThreshold: z.number().int().optional(),
    lockoutTimeSec: z.number().int().optional(),
  }),
);

/** Validates a {@link AccountsAccountOptionsPolicy} passed inside params. */
export const accountsAccountOptionsPolicySchema: z.ZodType<AccountsAccountOptionsPolicy> = /* @__PURE__ */ lazySchema<AccountsAccountOptionsPolicy>((z) =>
  z.strictObject({
    allowUnverifiedLogin: z.boolean().optional(),
    defaultLanguage: z.string().optional(),
    loginIdentifierConflict: z.string().optional(),
    loginIdentifiers: z.string().optional(),
    preventLoginIDHarvesting: z.boolean().optional(),
    sendAccountDeletedEmail: z.boolean().optional(),
    sendWelcomeEmail: z.boolean().optional(),
    verifyEmail: z.boolean().optional(),
    verifyProviderEmail: z.boolean().optional(),
    welcomeEmailTemplates: z.record(z.string(), z.string()).optional(),
  }),
);

/** Validates a {@link AccountsAuthMethodPolicy} passed inside params. */
export const accountsAuthMethodPolicySchema: z.ZodType<AccountsAuthMethodPolicy> = /* @__PURE__ */ lazySchema<AccountsAuthMethodPolicy>((z) =>
  z.strictObject({
    enabled: z.boolean().optional(),
  }),
);

/** Validates a {@link AccountsAuthenticationPolicy} passed inside params. */
export const accountsAuthenticationPolicySchema: z.ZodType<AccountsAuthenticationPolicy> = /* @__PURE__ */ lazySchema<AccountsAuthenticationPolicy>((z) =>
  z.strictObject({
    methods: z.record(z.string(), accountsAuthMethodPolicySchema).optional(),
  }),
);

/** Validates a {@link AccountsCaptchaPolicy} passed inside params. */
export const accountsCaptchaPolicySchema: z.ZodType<AccountsCaptchaPolicy> = /* @__PURE__ */ lazySchema<AccountsCaptchaPolicy>((z) =>
  z.strictObject({
    failedLoginThreshold: z.number().int().optional(),
  }),
);

/** Validates a {@link AccountsCertification} passed inside params. */
export const accountsCertificationSchema: z.ZodType<AccountsCertification> = /* @__PURE__ */ lazySchema<AccountsCertification>((z) =>
  z.strictObject({
    authority: z.string().optional(),
    endDate: z.string().optional(),
    name: z.string().optional(),
    number: z.string().optional(),
    startDate: z.string().optional(),
  }),
);

/** Validates a {@link AccountsClientContext} passed inside params. */
export const accountsClientContextSchema: z.ZodType<AccountsClientContext> = /* @__PURE__ */ lazySchema<AccountsClientContext>((z) =>
  z.strictObject({
    clientIP: z.string().optional(),
    deviceID: z.string().optional(),
    isCaptchaVerified: z.boolean().optional(),
    riskScore: z.number().optional(),
  }),
);

/** Validates a {@link AccountsCommunication} passed inside params. */
export const accountsCommunicationSchema: z.ZodType<AccountsCommunication> = /* @__PURE__ */ lazySchema<AccountsCommunication>((z) =>
  z.strictObject({
    channel: z.string().optional(),
    lastModified: z.string().optional(),
    optIn: z.record(z.string(), z.string()).optional(),
    status: z.string().optional(),
    topic: z.string().optional(),
    userActionTimestamp: z.string().optional(),
  }),
);

/** Validates a {@link AccountsCounter} passed inside params. */
export const accountsCounterSchema: z.ZodType<AccountsCounter> = /* @__PURE__ */ lazySchema<AccountsCounter>((z) =>
  z.strictObject({
    class: z.string(),
    count: z.number().int().optional(),
    lastUpdatedTimestamp: z.string().optional(),
    path: z.string().optional(),
    period: z.string().optional(),
    value: z.number().optional(),
  }),
);

/** Validates a {@link AccountsDeviceInfo} passed inside params. */
export const accountsDeviceInfoSchema: z.ZodType<AccountsDeviceInfo> = /* @__PURE__ */ lazySchema<AccountsDeviceInfo>((z) =>
  z.strictObject({
    platform: z.string(),
    man: z.string(),
    pushToken: z.string(),
    os: z.string(),
  }),
);

/** Validates a {@link AccountsDoubleOptInPolicy} passed inside params. */
export const accountsDoubleOptInPolicySchema: z.ZodType<AccountsDoubleOptInPolicy> = /* @__PURE__ */ lazySchema<AccountsDoubleOptInPolicy>((z) =>
  z.strictObject({
    confirmationEmailTemplates: z.record(z.string(), z.string()).optional(),
    confirmationLinkExpiration: z.number().int().optional(),
    defaultLanguage: z.string().optional(),
    nextURL: z.string().optional(),
  }),
);

/** Validates a {@link AccountsEducation} passed inside params. */
export const accountsEducationSchema: z.ZodType<AccountsEducation> = /* @__PURE__ */ lazySchema<AccountsEducation>((z) =>
  z.strictObject({
    degree: z.string().optional(),
    endYear: z.string().optional(),
    fieldOfStudy: z.string().optional(),
    school: z.string().optional(),
    schoolType: z.string().optional(),
    startYear: z.string().optional(),
  }),
);

/** Validates a {@link AccountsEmailNotificationsPolicy} passed inside params. */
export const accountsEmailNotificationsPolicySchema: z.ZodType<AccountsEmailNotificationsPolicy> = /* @__PURE__ */ lazySchema<AccountsEmailNotificationsPolicy>((z) =>
  z.strictObject({
    accountDeletedEmailDefaultLanguage: z.string().optional(),
    accountDeletedEmailTemplates: z.record(z.string(), z.string()).optional(),
    confirmationEmailDefaultLanguage: z.string().optional(),
    confirmationEmailTemplates: z.record(z.string(), z.string()).optional(),
  }),
);

/** Validates a {@link AccountsEmailVerificationPolicy} passed inside params. */
export const accountsEmailVerificationPolicySchema: z.ZodType<AccountsEmailVerificationPolicy> = /* @__PURE__ */ lazySchema<AccountsEmailVerificationPolicy>((z) =>
  z.strictObject({
    autoLogin: z.boolean().optional(),
    defaultLanguage: z.string().optional(),
    emailTemplates: z.record(z.string(), z.string()).optional(),
    nextURL: z.string().optional(),
    nextURLMapping: z.record(z.string(), z.string()).optional(),
    verificationEmailExpiration: z.number().int().optional(),
  }),
);

/** Validates a {@link AccountsEmails} passed inside params. */
export const accountsEmailsSchema: z.ZodType<AccountsEmails> = /* @__PURE__ */ lazySchema<AccountsEmails>((z) =>
  z.strictObject({
    unverified: z.array(z.string()).optional(),
    verified: z.array(z.string()).optional(),
  }),
);

/** Validates a {@link AccountsExtensionHeader} passed inside params. */
export const accountsExtensionHeaderSchema: z.ZodType<AccountsExtensionHeader> = /* @__PURE__ */ lazySchema<AccountsExtensionHeader>((z) =>
  z.strictObject({
    name: z.string(),
    value: z.string(),
  }),
);

/** Validates a {@link AccountsFavorite} passed inside params. */
export const accountsFavoriteSchema: z.ZodType<AccountsFavorite> = /* @__PURE__ */ lazySchema<AccountsFavorite>((z) =>
  z.strictObject({
    category: z.string().optional(),
    id: z.string().optional(),
    name: z.string().optional(),
  }),
);

/** Validates a {@link AccountsFavorites} passed inside params. */
export const accountsFavoritesSchema: z.ZodType<AccountsFavorites> = /* @__PURE__ */ lazySchema<AccountsFavorites>((z) =>
  z.strictObject({
    activities: z.array(accountsFavoriteSchema).optional(),
    books: z.array(accountsFavoriteSchema).optional(),
    interests: z.array(accountsFavoriteSchema).optional(),
    movies: z.array(accountsFavoriteSchema).optional(),
    music: z.array(accountsFavoriteSchema).optional(),
    television: z.array(accountsFavoriteSchema).optional(),
  }),
);

/** Validates a {@link AccountsFederationPolicy} passed inside params. */
export const accountsFederationPolicySchema: z.ZodType<AccountsFederationPolicy> = /* @__PURE__ */ lazySchema<AccountsFederationPolicy>((z) =>
  z.strictObject({
    allowMultipleIdentities: z.boolean().optional(),
  }),
);

/** Validates a {@link AccountsGigyaPluginsPolicy} passed inside params. */
export const accountsGigyaPluginsPolicySchema: z.ZodType<AccountsGigyaPluginsPolicy> = /* @__PURE__ */ lazySchema<AccountsGigyaPluginsPolicy>((z) =>
  z.strictObject({
    defaultMobileRegScreenSet: z.string().optional(),
    defaultRegScreenSet: z.string().optional(),
    rememberSessionExpiration: z.number().int().optional(),
    sessionExpiration: z.number().int().optional(),
  }),
);

/** Validates a {@link AccountsHashSettings} passed inside params. */
export const accountsHashSettingsSchema: z.ZodType<AccountsHashSettings> = /* @__PURE__ */ lazySchema<AccountsHashSettings>((z) =>
  z.strictObject({
    URL: z.string().optional(),
    algorithm: z.string().optional(),
    binaryFormat: z.string().optional(),
    format: z.string().optional(),
    rounds: z.number().int().optional(),
    salt: z.string().optional(),
  }),
);

/** Validates a {@link AccountsLike} passed inside params. */
export const accountsLikeSchema: z.ZodType<AccountsLike> = /* @__PURE__ */ lazySchema<AccountsLike>((z) =>
  z.strictObject({
    category: z.string().optional(),
    id: z.string().optional(),
    name: z.string().optional(),
    time: z.string().optional(),
    timestamp: z.number().int().optional(),
  }),
);

/** Validates a {@link AccountsMappedProviderUID} passed inside params. */
export const accountsMappedProviderUIDSchema: z.ZodType<AccountsMappedProviderUID> = /* @__PURE__ */ lazySchema<AccountsMappedProviderUID>((z) =>
  z.strictObject({
    apiKey: z.string().optional(),
    providerUID: z.string().optional(),
  }),
);

/** Validates a {@link AccountsPatent} passed inside params. */
export const accountsPatentSchema: z.ZodType<AccountsPatent> = /* @__PURE__ */ lazySchema<AccountsPatent>((z) =>
  z.strictObject({
    date: z.string().optional(),
    number: z.string().optional(),
    office: z.string().optional(),
    status: z.string().optional(),
    summary: z.string().optional(),
    title: z.string().optional(),
    url: z.string().optional(),
  }),
);

/** Validates a {@link AccountsPhone} passed inside params. */
export const accountsPhoneSchema: z.ZodType<AccountsPhone> = /* @__PURE__ */ lazySchema<AccountsPhone>((z) =>
  z.strictObject({
    number: z.string().optional(),
    type: z.string().optional(),
  }),
);

/** Validates a {@link AccountsPublication} passed inside params. */
export const accountsPublicationSchema: z.ZodType<AccountsPublication> = /* @__PURE__ */ lazySchema<AccountsPublication>((z) =>
  z.strictObject({
    date: z.string().optional(),
    publisher: z.string().optional(),
    summary: z.string().optional(),
    title: z.string().optional(),
    url: z.string().optional(),
  }),
);

/** Validates a {@link AccountsSkill} passed inside params. */
export const accountsSkillSchema: z.ZodType<AccountsSkill> = /* @__PURE__ */ lazySchema<AccountsSkill>((z) =>
  z.strictObject({
    level: z.string().optional(),
    skill: z.string().optional(),
    years: z.string().optional(),
  }),
);

/** Validates a {@link AccountsWork} passed inside params. */
export const accountsWorkSchema: z.ZodType<AccountsWork> = /* @__PURE__ */ lazySchema<AccountsWork>((z) =>
  z.strictObject({
    company: z.string().optional(),
    companyID: z.string().optional(),
    companySize: z.string().optional(),
    endDate: z.string().optional(),
    industry: z.string().optional(),
    isCurrent: z.boolean().optional(),
    startDate: z.string().optional(),
    title: z.string().optional(),
  }),
);

/** Validates a {@link AccountsIdentity} passed inside params. */
export const accountsIdentitySchema: z.ZodType<AccountsIdentity> = /* @__PURE__ */ lazySchema<AccountsIdentity>((z) =>
  z.strictObject({
    address: z.string().optional(),
    age: z.number().int().optional(),
    allowsLogin: z.boolean().optional(),
    bio: z.string().optional(),
    birthDay: z.number().int().optional(),
    birthMonth: z.number().int().optional(),
    birthYear: z.number().int().optional(),
    certifications: z.array(accountsCertificationSchema).optional(),
    city: z.string().optional(),
    country: z.string().optional(),
    education: z.array(accountsEducationSchema).optional(),
    educationLevel: z.string().optional(),
    email: z.string().optional(),
    favorites: accountsFavoritesSchema.optional(),
    firstName: z.string().optional(),
    followersCount: z.number().int().optional(),
    followingCount: z.number().int().optional(),
    gender: z.string().optional(),
    hometown: z.string().optional(),
    honors: z.string().optional(),
    industry: z.string().optional(),
    interestedIn: z.string().optional(),
    isExpiredSession: z.boolean().optional(),
    isLoginIdentity: z.boolean().optional(),
    languages: z.string().optional(),
    lastLoginTime: z.number().int().optional(),
    lastName: z.string().optional(),
    lastUpdated: z.string().optional(),
    lastUpdatedTimestamp: z.number().int().optional(),
    likes: z.array(accountsLikeSchema).optional(),
    locale: z.string().optional(),
    mappedProviderUIDs: z.array(accountsMappedProviderUIDSchema).optional(),
    missingPermissions: z.string().optional(),
    name: z.string().optional(),
    nickname: z.string().optional(),
    oidcData: z.record(z.string(), z.unknown()).optional(),
    oldestDataUpdated: z.string().optional(),
    oldestDataUpdatedTimestamp: z.number().int().optional(),
    patents: z.array(accountsPatentSchema).optional(),
    phones: z.array(accountsPhoneSchema).optional(),
    photoURL: z.string().optional(),
    politicalView: z.string().optional(),
    professionalHeadline: z.string().optional(),
    profileURL: z.string().optional(),
    provider: z.string(),
    providerUID: z.string(),
    providerUIDSig: z.string().optional(),
    proxiedEmail: z.string().optional(),
    publications: z.array(accountsPublicationSchema).optional(),
    relationshipStatus: z.string().optional(),
    religion: z.string().optional(),
    samlData: z.record(z.string(), z.unknown()).optional(),
    siteIds: z.array(z.string()).optional(),
    skills: z.array(accountsSkillSchema).optional(),
    specialties: z.string().optional(),
    state: z.string().optional(),
    thumbnailURL: z.string().optional(),
    timezone: z.string().optional(),
    username: z.string().optional(),
    verified: z.boolean().optional(),
    work: z.array(accountsWorkSchema).optional(),
    zip: z.string().optional(),
  }),
);

/** Validates a {@link AccountsIpLockoutPolicy} passed inside params. */
export const accountsIpLockoutPolicySchema: z.ZodType<AccountsIpLockoutPolicy> = /* @__PURE__ */ lazySchema<AccountsIpLockoutPolicy>((z) =>
  z.strictObject({
    hourlyFailedLoginThreshold: z.number().int().optional(),
    lockoutTimeSec: z.number().int().optional(),
  }),
);

/** Validates a {@link AccountsLoginIDs} passed inside params. */
export const accountsLoginIDsSchema: z.ZodType<AccountsLoginIDs> = /* @__PURE__ */ lazySchema<AccountsLoginIDs>((z) =>
  z.strictObject({
    emails: z.array(z.string()).optional(),
    unverifiedEmails: z.array(z.string()).optional(),
    username: z.string().optional(),
  }),
);

/** Validates a {@link AccountsPasswordComplexityPolicy} passed inside params. */
export const accountsPasswordComplexityPolicySchema: z.ZodType<AccountsPasswordComplexityPolicy> = /* @__PURE__ */ lazySchema<AccountsPasswordComplexityPolicy>((z) =>
  z.strictObject({
    minCharGroups: z.number().int().optional(),
    minLength: z.number().int().optional(),
    regExp: z.string().optional(),
  }),
);

/** Validates a {@link AccountsPasswordImport} passed inside params. */
export const accountsPasswordImportSchema: z.ZodType<AccountsPasswordImport> = /* @__PURE__ */ lazySchema<AccountsPasswordImport>((z) =>
  z.strictObject({
    compoundHashedPassword: z.string().optional(),
    hashSettings: accountsHashSettingsSchema.optional(),
    hashedPassword: z.string().optional(),
  }),
);

/** Validates a {@link AccountsPasswordResetPolicy} passed inside params. */
export const accountsPasswordResetPolicySchema: z.ZodType<AccountsPasswordResetPolicy> = /* @__PURE__ */ lazySchema<AccountsPasswordResetPolicy>((z) =>
  z.strictObject({
    defaultLanguage: z.string().optional(),
    emailTemplates: z.record(z.string(), z.string()).optional(),
    requireSecurityCheck: z.boolean().optional(),
    resetURL: z.string().optional(),
    securityFields: z.array(z.array(z.string())).optional(),
    sendConfirmationEmail: z.boolean().optional(),
    tokenExpiration: z.number().int().optional(),
  }),
);

/** Validates a {@link AccountsProfile} passed inside params. */
export const accountsProfileSchema: z.ZodType<AccountsProfile> = /* @__PURE__ */ lazySchema<AccountsProfile>((z) =>
  z.strictObject({
    activities: z.string().optional(),
    address: z.string().optional(),
    age: z.number().int().optional(),
    bio: z.string().optional(),
    birthDay: z.number().int().optional(),
    birthMonth: z.number().int().optional(),
    birthYear: z.number().int().optional(),
    certifications: z.array(accountsCertificationSchema).optional(),
    city: z.string().optional(),
    country: z.string().optional(),
    education: z.array(accountsEducationSchema).optional(),
    educationLevel: z.string().optional(),
    email: z.string().optional(),
    favorites: accountsFavoritesSchema.optional(),
    firstName: z.string().optional(),
    followersCount: z.number().int().optional(),
    followingCount: z.number().int().optional(),
    gender: z.string().optional(),
    hometown: z.string().optional(),
    honors: z.string().optional(),
    industry: z.string().optional(),
    interestedIn: z.string().optional(),
    languages: z.string().optional(),
    lastName: z.string().optional(),
    likes: z.array(accountsLikeSchema).optional(),
    locale: z.string().optional(),
    name: z.string().optional(),
    nickname: z.string().optional(),
    oidcData: z.record(z.string(), z.unknown()).optional(),
    patents: z.array(accountsPatentSchema).optional(),
    phones: z.array(accountsPhoneSchema).optional(),
    photoURL: z.string().optional(),
    politicalView: z.string().optional(),
    professionalHeadline: z.string().optional(),
    profileURL: z.string().optional(),
    publications: z.array(accountsPublicationSchema).optional(),
    relationshipStatus: z.string().optional(),
    religion: z.string().optional(),
    samlData: z.record(z.string(), z.unknown()).optional(),
    skills: z.array(accountsSkillSchema).optional(),
    specialties: z.string().optional(),
    state: z.string().optional(),
    thumbnailURL: z.string().optional(),
    timezone: z.string().optional(),
    username: z.string().optional(),
    verified: z.boolean().optional(),
    work: z.array(accountsWorkSchema).optional(),
    zip: z.string().optional(),
  }),
);

/** Validates a {@link AccountsProfilePhotoPolicy} passed inside params. */
export const accountsProfilePhotoPolicySchema: z.ZodType<AccountsProfilePhotoPolicy> = /* @__PURE__ */ lazySchema<AccountsProfilePhotoPolicy>((z) =>
  z.strictObject({
    thumbnailHeight: z.number().int().optional(),
    thumbnailWidth: z.number().int().optional(),
  }),
);

/** Validates a {@link AccountsProviderSession} passed inside params. */
export const accountsProviderSessionSchema: z.ZodType<AccountsProviderSession> = /* @__PURE__ */ lazySchema<AccountsProviderSession>((z) =>
  z.strictObject({
    authToken: z.string().optional(),
    code: z.string().optional(),
    providerUID: z.string().optional(),
    sessionHandle: z.string().optional(),
    sessionHandleExpiration: z.number().int().optional(),
    tokenExpiration: z.number().int().optional(),
    tokenExpiresIn: z.number().int().optional(),
    tokenSecret: z.string().optional(),
  }),
);

/** Validates a {@link AccountsRbaAction} passed inside params. */
export const accountsRbaActionSchema: z.ZodType<AccountsRbaAction> = /* @__PURE__ */ lazySchema<AccountsRbaAction>((z) =>
  z.strictObject({
    type: z.string().optional(),
    duration: z.number().int().optional(),
    scope: z.array(z.string()).optional(),
    authLevel: z.number().int().optional(),
    challenge: z.string().optional(),
  }),
);

/** Validates a {@link AccountsRbaPolicy} passed inside params. */
export const accountsRbaPolicySchema: z.ZodType<AccountsRbaPolicy> = /* @__PURE__ */ lazySchema<AccountsRbaPolicy>((z) =>
  z.strictObject({
    riskPolicy: z.string().optional(),
    riskPolicyLocked: z.boolean().optional(),
  }),
);

/** Validates a {@link AccountsRbaRule} passed inside params. */
export const accountsRbaRuleSchema: z.ZodType<AccountsRbaRule> = /* @__PURE__ */ lazySchema<AccountsRbaRule>((z) =>
  z.strictObject({
    id: z.unknown().optional(),
    scope: z.string().optional(),
    description: z.string().optional(),
    enabled: z.boolean().optional(),
    action: accountsRbaActionSchema.optional(),
    rootFactor: z.record(z.string(), z.unknown()).optional(),
  }),
);

/** Validates a {@link AccountsRbaRuleSet} passed inside params. */
export const accountsRbaRuleSetSchema: z.ZodType<AccountsRbaRuleSet> = /* @__PURE__ */ lazySchema<AccountsRbaRuleSet>((z) =>
  z.strictObject({
    id: z.string().optional(),
    description: z.string().optional(),
    enabled: z.boolean().optional(),
    rules: z.array(accountsRbaRuleSchema).optional(),
  }),
);

/** Validates a {@link AccountsRbaSitePolicy} passed inside params. */
export const accountsRbaSitePolicySchema: z.ZodType<AccountsRbaSitePolicy> = /* @__PURE__ */ lazySchema<AccountsRbaSitePolicy>((z) =>
  z.strictObject({
    commonRules: z.array(accountsRbaRuleSchema).optional(),
    rulesSets: z.array(accountsRbaRuleSetSchema).optional(),
    defaultPolicy: z.string().optional(),
    tfaRegistrationScope: z.boolean().optional(),
    allowOverrideMode: z.string().optional(),
  }),
);

/** Validates a {@link AccountsRegistrationPolicy} passed inside params. */
export const accountsRegistrationPolicySchema: z.ZodType<AccountsRegistrationPolicy> = /* @__PURE__ */ lazySchema<AccountsRegistrationPolicy>((z) =>
  z.strictObject({
    enforceCoppa: z.boolean().optional(),
    requireCaptcha: z.boolean().optional(),
    requireLoginID: z.boolean().optional(),
    requireSecurityQuestion: z.boolean().optional(),
  }),
);

/** Validates a {@link AccountsSchemaField} passed inside params. */
export const accountsSchemaFieldSchema: z.ZodType<AccountsSchemaField> = /* @__PURE__ */ lazySchema<AccountsSchemaField>((z) =>
  z.strictObject({
    allowNull: z.boolean().optional(),
    currentDocDate: z.string().optional(),
    currentDocVersion: z.number().optional(),
    description: z.string().optional(),
    doubleOptIn: z.boolean().optional(),
    enableConditionalDoubleOptIn: z.boolean().optional(),
    encrypt: z.string().optional(),
    encryptedNonSearchable: z.boolean().optional(),
    format: z.string().optional(),
    languages: z.array(z.string()).optional(),
    minDocDate: z.string().optional(),
    minDocVersion: z.number().optional(),
    relatedConsentIds: z.array(z.string()).optional(),
    required: z.boolean().optional(),
    subType: z.string().optional(),
    tags: z.array(z.string()).optional(),
    type: z.string().optional(),
    writeAccess: z.string().optional(),
  }),
);

/** Validates a {@link AccountsSchema} passed inside params. */
export const accountsSchemaSchema: z.ZodType<AccountsSchema> = /* @__PURE__ */ lazySchema<AccountsSchema>((z) =>
  z.strictObject({
    dynamicSchema: z.boolean().optional(),
    fields: z.record(z.string(), accountsSchemaFieldSchema).optional(),
  }),
);

/** Validates a {@link AccountsScreenSetMetadata} passed inside params. */
export const accountsScreenSetMetadataSchema: z.ZodType<AccountsScreenSetMetadata> = /* @__PURE__ */ lazySchema<AccountsScreenSetMetadata>((z) =>
  z.strictObject({
    desc: z.string().optional(),
    designerHtml: z.string().optional(),
    lastModified: z.string().optional(),
    targetEnv: z.string().optional(),
    version: z.number().int().optional(),
  }),
);

/** Validates a {@link AccountsSecretQuestionAndAnswer} passed inside params. */
export const accountsSecretQuestionAndAnswerSchema: z.ZodType<AccountsSecretQuestionAndAnswer> = /* @__PURE__ */ lazySchema<AccountsSecretQuestionAndAnswer>((z) =>
  z.strictObject({
    secretAnswer: z.string().optional(),
    secretQuestion: z.string().optional(),
  }),
);

/** Validates a {@link AccountsSecurityPolicy} passed inside params. */
export const accountsSecurityPolicySchema: z.ZodType<AccountsSecurityPolicy> = /* @__PURE__ */ lazySchema<AccountsSecurityPolicy>((z) =>
  z.strictObject({
    accountLockout: accountsAccountLockoutPolicySchema.optional(),
    captcha: accountsCaptchaPolicySchema.optional(),
    ipLockout: accountsIpLockoutPolicySchema.optional(),
    passwordChangeInterval: z.number().int().optional(),
    passwordHistorySize: z.number().int().optional(),
  }),
);

/** Validates a {@link AccountsSmsProviderCredentials} passed inside params. */
export const accountsSmsProviderCredentialsSchema: z.ZodType<AccountsSmsProviderCredentials> = /* @__PURE__ */ lazySchema<AccountsSmsProviderCredentials>((z) =>
  z.strictObject({
    clientId: z.string().optional(),
    clientSecret: z.string().optional(),
  }),
);

/** Validates a {@link AccountsSmsRestrictions} passed inside params. */
export const accountsSmsRestrictionsSchema: z.ZodType<AccountsSmsRestrictions> = /* @__PURE__ */ lazySchema<AccountsSmsRestrictions>((z) =>
  z.strictObject({
    allowList: z.array(z.string()).optional(),
    denyList: z.array(z.string()).optional(),
    globalDenyList: z.array(z.string()).optional(),
  }),
);

/** Validates a {@link AccountsSmsProviderConfig} passed inside params. */
export const accountsSmsProviderConfigSchema: z.ZodType<AccountsSmsProviderConfig> = /* @__PURE__ */ lazySchema<AccountsSmsProviderConfig>((z) =>
  z.strictObject({
    vendorName: z.string(),
    credentials: accountsSmsProviderCredentialsSchema,
    originPhoneNumber: z.string().optional(),
    senderType: z.string().optional(),
    configOverride: z.boolean().optional(),
    restrictions: accountsSmsRestrictionsSchema.optional(),
  }),
);

/** Validates a {@link AccountsSmsTemplateGroup} passed inside params. */
export const accountsSmsTemplateGroupSchema: z.ZodType<AccountsSmsTemplateGroup> = /* @__PURE__ */ lazySchema<AccountsSmsTemplateGroup>((z) =>
  z.strictObject({
    templates: z.record(z.string(), z.string()).optional(),
    defaultLanguage: z.string().optional(),
  }),
);

/** Validates a {@link AccountsSmsTemplateSettings} passed inside params. */
export const accountsSmsTemplateSettingsSchema: z.ZodType<AccountsSmsTemplateSettings> = /* @__PURE__ */ lazySchema<AccountsSmsTemplateSettings>((z) =>
  z.strictObject({
    globalTemplates: accountsSmsTemplateGroupSchema.optional(),
    templatesPerCountryCode: z.record(z.string(), accountsSmsTemplateGroupSchema).optional(),
  }),
);

/** Validates a {@link AccountsSmsTemplates} passed inside params. */
export const accountsSmsTemplatesSchema: z.ZodType<AccountsSmsTemplates> = /* @__PURE__ */ lazySchema<AccountsSmsTemplates>((z) =>
  z.strictObject({
    otp: accountsSmsTemplateSettingsSchema.optional(),
    tfa: accountsSmsTemplateSettingsSchema.optional(),
  }),
);

/** Validates a {@link AccountsTfaClientContext} passed inside params. */
export const accountsTfaClientContextSchema: z.ZodType<AccountsTfaClientContext> = /* @__PURE__ */ lazySchema<AccountsTfaClientContext>((z) =>
  z.strictObject({
    clientIP: z.string(),
    deviceID: z.string().optional(),
    isCaptchaVerified: z.boolean().optional(),
    riskScore: z.number().optional(),
  }),
);

/** Validates a {@link AccountsTfaImportedPhone} passed inside params. */
export const accountsTfaImportedPhoneSchema: z.ZodType<AccountsTfaImportedPhone> = /* @__PURE__ */ lazySchema<AccountsTfaImportedPhone>((z) =>
  z.strictObject({
    phoneNumber: z.string(),
    method: z.string(),
  }),
);

/** Validates a {@link AccountsTwoFactorProviderPolicy} passed inside params. */
export const accountsTwoFactorProviderPolicySchema: z.ZodType<AccountsTwoFactorProviderPolicy> = /* @__PURE__ */ lazySchema<AccountsTwoFactorProviderPolicy>((z) =>
  z.strictObject({
    enabled: z.boolean().optional(),
    name: z.string().optional(),
    params: z.record(z.string(), z.string()).optional(),
  }),
);

/** Validates a {@link AccountsTwoFactorAuthPolicy} passed inside params. */
export const accountsTwoFactorAuthPolicySchema: z.ZodType<AccountsTwoFactorAuthPolicy> = /* @__PURE__ */ lazySchema<AccountsTwoFactorAuthPolicy>((z) =>
  z.strictObject({
    providers: z.array(accountsTwoFactorProviderPolicySchema).optional(),
  }),
);

/** Validates a {@link AccountsWebhookHeader} passed inside params. */
export const accountsWebhookHeaderSchema: z.ZodType<AccountsWebhookHeader> = /* @__PURE__ */ lazySchema<AccountsWebhookHeader>((z) =>
  z.strictObject({
    name: z.string(),
    value: z.string(),
  }),
);

/** Validates a {@link AccountsFavorites} inside a param Gigya merges: any field may be left out or null. */
export const accountsFavoritesPatchSchema: z.ZodType<MergePatch<AccountsFavorites>> = /* @__PURE__ */ lazySchema<MergePatch<AccountsFavorites>>((z) =>
  z.strictObject({
    activities: z.array(accountsFavoriteSchema).nullable().optional(),
    books: z.array(accountsFavoriteSchema).nullable().optional(),
    interests: z.array(accountsFavoriteSchema).nullable().optional(),
    movies: z.array(accountsFavoriteSchema).nullable().optional(),
    music: z.array(accountsFavoriteSchema).nullable().optional(),
    television: z.array(accountsFavoriteSchema).nullable().optional(),
  }),
);

/** Validates a {@link AccountsProfile} inside a param Gigya merges: any field may be left out or null. */
export const accountsProfilePatchSchema: z.ZodType<MergePatch<AccountsProfile>> = /* @__PURE__ */ lazySchema<MergePatch<AccountsProfile>>((z) =>
  z.strictObject({
    activities: z.string().nullable().optional(),
    address: z.string().nullable().optional(),
    age: z.number().int().nullable().optional(),
    bio: z.string().nullable().optional(),
    birthDay: z.number().int().nullable().optional(),
    birthMonth: z.number().int().nullable().optional(),
    birthYear: z.number().int().nullable().optional(),
    certifications: z.array(accountsCertificationSchema).nullable().optional(),
    city: z.string().nullable().optional(),
    country: z.string().nullable().optional(),
    education: z.array(accountsEducationSchema).nullable().optional(),
    educationLevel: z.string().nullable().optional(),
    email: z.string().nullable().optional(),
    favorites: accountsFavoritesPatchSchema.nullable().optional(),
    firstName: z.string().nullable().optional(),
    followersCount: z.number().int().nullable().optional(),
    followingCount: z.number().int().nullable().optional(),
    gender: z.string().nullable().optional(),
    hometown: z.string().nullable().optional(),
    honors: z.string().nullable().optional(),
    industry: z.string().nullable().optional(),
    interestedIn: z.string().nullable().optional(),
    languages: z.string().nullable().optional(),
    lastName: z.string().nullable().optional(),
    likes: z.array(accountsLikeSchema).nullable().optional(),
    locale: z.string().nullable().optional(),
    name: z.string().nullable().optional(),
    nickname: z.string().nullable().optional(),
    oidcData: z.record(z.string(), z.unknown()).nullable().optional(),
    patents: z.array(accountsPatentSchema).nullable().optional(),
    phones: z.array(accountsPhoneSchema).nullable().optional(),
    photoURL: z.string().nullable().optional(),
    politicalView: z.string().nullable().optional(),
    professionalHeadline: z.string().nullable().optional(),
    profileURL: z.string().nullable().optional(),
    publications: z.array(accountsPublicationSchema).nullable().optional(),
    relationshipStatus: z.string().nullable().optional(),
    religion: z.string().nullable().optional(),
    samlData: z.record(z.string(), z.unknown()).nullable().optional(),
    skills: z.array(accountsSkillSchema).nullable().optional(),
    specialties: z.string().nullable().optional(),
    state: z.string().nullable().optional(),
    thumbnailURL: z.string().nullable().optional(),
    timezone: z.string().nullable().optional(),
    username: z.string().nullable().optional(),
    verified: z.boolean().nullable().optional(),
    work: z.array(accountsWorkSchema).nullable().optional(),
    zip: z.string().nullable().optional(),
  }),
);

/** Validates the params of `accounts.addEmails` (with the common ones); unknown params are rejected. */
export const accountsAddEmailsParamsSchema: z.ZodType<AccountsAddEmailsParams> = /* @__PURE__ */ lazySchema<AccountsAddEmailsParams>((z) =>
  z.strictObject({
    UID: z.string(),
    unverifiedEmails: z.union([z.string(), z.array(z.string())]).optional(),
    verifiedEmails: z.union([z.string(), z.array(z.string())]).optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.address.countries.get` (with the common ones); unknown params are rejected. */
export const accountsAddressCountriesGetParamsSchema: z.ZodType<AccountsAddressCountriesGetParams> = /* @__PURE__ */ lazySchema<AccountsAddressCountriesGetParams>((z) =>
  z.strictObject({
    partnerId: z.string(),
    language: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.address.suggestions.get` (with the common ones); unknown params are rejected. */
export const accountsAddressSuggestionsGetParamsSchema: z.ZodType<AccountsAddressSuggestionsGetParams> = /* @__PURE__ */ lazySchema<AccountsAddressSuggestionsGetParams>((z) =>
  z.strictObject({
    address: z.string().optional(),
    country: z.string().optional(),
    suggestionReply: z.string().optional(),
    latitude: z.number().optional(),
    longitude: z.number().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.auth.getMethods` (with the common ones); unknown params are rejected. */
export const accountsAuthGetMethodsParamsSchema: z.ZodType<AccountsAuthGetMethodsParams> = /* @__PURE__ */ lazySchema<AccountsAuthGetMethodsParams>((z) =>
  z.strictObject({
    identifierType: z.string().optional(),
    identifier: z.string().optional(),
    aToken: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.auth.magiclink.email.getConfig` (with the common ones); unknown params are rejected. */
export const accountsAuthMagiclinkEmailGetConfigParamsSchema: z.ZodType<AccountsAuthMagiclinkEmailGetConfigParams> = /* @__PURE__ */ lazySchema<AccountsAuthMagiclinkEmailGetConfigParams>((z) =>
  z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.auth.magiclink.email.login` (with the common ones); unknown params are rejected. */
export const accountsAuthMagiclinkEmailLoginParamsSchema: z.ZodType<AccountsAuthMagiclinkEmailLoginParams> = /* @__PURE__ */ lazySchema<AccountsAuthMagiclinkEmailLoginParams>((z) =>
  z.strictObject({
    code: z.string(),
    vToken: z.string(),
    targetEnv: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.auth.magiclink.email.send` (with the common ones); unknown params are rejected. */
export const accountsAuthMagiclinkEmailSendParamsSchema: z.ZodType<AccountsAuthMagiclinkEmailSendParams> = /* @__PURE__ */ lazySchema<AccountsAuthMagiclinkEmailSendParams>((z) =>
  z.strictObject({
    email: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.auth.magiclink.email.setConfig` (with the common ones); unknown params are rejected. */
export const accountsAuthMagiclinkEmailSetConfigParamsSchema: z.ZodType<AccountsAuthMagiclinkEmailSetConfigParams> = /* @__PURE__ */ lazySchema<AccountsAuthMagiclinkEmailSetConfigParams>((z) =>
  z.strictObject({
    isEnabled: z.boolean(),
    landingPageUrl: z.string(),
    expiration: z.number().int().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.auth.magiclink.getlink` (with the common ones); unknown params are rejected. */
export const accountsAuthMagiclinkGetLinkParamsSchema: z.ZodType<AccountsAuthMagiclinkGetLinkParams> = /* @__PURE__ */ lazySchema<AccountsAuthMagiclinkGetLinkParams>((z) =>
  z.strictObject({
    email: z.string(),
    expiration: z.number().int().optional(),
    landingPage: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.auth.otp.authenticate` (with the common ones); unknown params are rejected. */
export const accountsAuthOtpAuthenticateParamsSchema: z.ZodType<AccountsAuthOtpAuthenticateParams> = /* @__PURE__ */ lazySchema<AccountsAuthOtpAuthenticateParams>((z) =>
  z.strictObject({
    code: z.string(),
    vToken: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.auth.otp.email.getConfig` (with the common ones); unknown params are rejected. */
export const accountsAuthOtpEmailGetConfigParamsSchema: z.ZodType<AccountsAuthOtpEmailGetConfigParams> = /* @__PURE__ */ lazySchema<AccountsAuthOtpEmailGetConfigParams>((z) =>
  z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.auth.otp.email.login` (with the common ones); unknown params are rejected. */
export const accountsAuthOtpEmailLoginParamsSchema: z.ZodType<AccountsAuthOtpEmailLoginParams> = /* @__PURE__ */ lazySchema<AccountsAuthOtpEmailLoginParams>((z) =>
  z.strictObject({
    vToken: z.string(),
    code: z.string(),
    include: z.union([z.string(), z.array(z.string())]).optional(),
    regSource: z.string().optional(),
    sessionExpiration: z.number().int().optional(),
    targetEnv: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.auth.otp.email.sendCode` (with the common ones); unknown params are rejected. */
export const accountsAuthOtpEmailSendCodeParamsSchema: z.ZodType<AccountsAuthOtpEmailSendCodeParams> = /* @__PURE__ */ lazySchema<AccountsAuthOtpEmailSendCodeParams>((z) =>
  z.strictObject({
    email: z.string().optional(),
    lang: z.string(),
    UID: z.string().optional(),
    sendCode: z.boolean().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.auth.otp.email.setConfig` (with the common ones); unknown params are rejected. */
export const accountsAuthOtpEmailSetConfigParamsSchema: z.ZodType<AccountsAuthOtpEmailSetConfigParams> = /* @__PURE__ */ lazySchema<AccountsAuthOtpEmailSetConfigParams>((z) =>
  z.strictObject({
    isEnabled: z.boolean(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.auth.otp.verify` (with the common ones); unknown params are rejected. */
export const accountsAuthOtpVerifyParamsSchema: z.ZodType<AccountsAuthOtpVerifyParams> = /* @__PURE__ */ lazySchema<AccountsAuthOtpVerifyParams>((z) =>
  z.strictObject({
    code: z.string(),
    vToken: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.auth.push.config.get` (with the common ones); unknown params are rejected. */
export const accountsAuthPushConfigGetParamsSchema: z.ZodType<AccountsAuthPushConfigGetParams> = /* @__PURE__ */ lazySchema<AccountsAuthPushConfigGetParams>((z) =>
  z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.auth.push.config.set` (with the common ones); unknown params are rejected. */
export const accountsAuthPushConfigSetParamsSchema: z.ZodType<AccountsAuthPushConfigSetParams> = /* @__PURE__ */ lazySchema<AccountsAuthPushConfigSetParams>((z) =>
  z.strictObject({
    vendors: z.record(z.string(), z.unknown()),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.auth.push.verify` (with the common ones); unknown params are rejected. */
export const accountsAuthPushVerifyParamsSchema: z.ZodType<AccountsAuthPushVerifyParams> = /* @__PURE__ */ lazySchema<AccountsAuthPushVerifyParams>((z) =>
  z.strictObject({
    vToken: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.deleteAccount` (with the common ones); unknown params are rejected. */
export const accountsDeleteAccountParamsSchema: z.ZodType<AccountsDeleteAccountParams> = /* @__PURE__ */ lazySchema<AccountsDeleteAccountParams>((z) =>
  z.strictObject({
    UID: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.deleteConsentStatement` (with the common ones); unknown params are rejected. */
export const accountsDeleteConsentStatementParamsSchema: z.ZodType<AccountsDeleteConsentStatementParams> = /* @__PURE__ */ lazySchema<AccountsDeleteConsentStatementParams>((z) =>
  z.strictObject({
    consentId: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.deleteLegalStatements` (with the common ones); unknown params are rejected. */
export const accountsDeleteLegalStatementsParamsSchema: z.ZodType<AccountsDeleteLegalStatementsParams> = /* @__PURE__ */ lazySchema<AccountsDeleteLegalStatementsParams>((z) =>
  z.strictObject({
    consentId: z.string(),
    docDate: z.string().optional(),
    docVersion: z.number().optional(),
    lang: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.deleteLiteAccount` (with the common ones); unknown params are rejected. */
export const accountsDeleteLiteAccountParamsSchema: z.ZodType<AccountsDeleteLiteAccountParams> = /* @__PURE__ */ lazySchema<AccountsDeleteLiteAccountParams>((z) =>
  z.strictObject({
    emailAccountToken: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.deleteNativeScreenSet` (with the common ones); unknown params are rejected. */
export const accountsDeleteNativeScreenSetParamsSchema: z.ZodType<AccountsDeleteNativeScreenSetParams> = /* @__PURE__ */ lazySchema<AccountsDeleteNativeScreenSetParams>((z) =>
  z.strictObject({
    screenSetID: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.deleteSchemaFields` (with the common ones); unknown params are rejected. */
export const accountsDeleteSchemaFieldsParamsSchema: z.ZodType<AccountsDeleteSchemaFieldsParams> = /* @__PURE__ */ lazySchema<AccountsDeleteSchemaFieldsParams>((z) =>
  z.strictObject({
    dataSchema: z.array(z.string()),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.deleteScreenSet` (with the common ones); unknown params are rejected. */
export const accountsDeleteScreenSetParamsSchema: z.ZodType<AccountsDeleteScreenSetParams> = /* @__PURE__ */ lazySchema<AccountsDeleteScreenSetParams>((z) =>
  z.strictObject({
    screenSetID: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.devices.register` (with the common ones); unknown params are rejected. */
export const accountsDevicesRegisterParamsSchema: z.ZodType<AccountsDevicesRegisterParams> = /* @__PURE__ */ lazySchema<AccountsDevicesRegisterParams>((z) =>
  z.strictObject({
    deviceInfo: accountsDeviceInfoSchema,
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.devices.unregister` (with the common ones); unknown params are rejected. */
export const accountsDevicesUnregisterParamsSchema: z.ZodType<AccountsDevicesUnregisterParams> = /* @__PURE__ */ lazySchema<AccountsDevicesUnregisterParams>((z) =>
  z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.devices.update` (with the common ones); unknown params are rejected. */
export const accountsDevicesUpdateParamsSchema: z.ZodType<AccountsDevicesUpdateParams> = /* @__PURE__ */ lazySchema<AccountsDevicesUpdateParams>((z) =>
  z.strictObject({
    deviceInfo: accountsDeviceInfoSchema,
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.duplicateLegalStatement` (with the common ones); unknown params are rejected. */
export const accountsDuplicateLegalStatementParamsSchema: z.ZodType<AccountsDuplicateLegalStatementParams> = /* @__PURE__ */ lazySchema<AccountsDuplicateLegalStatementParams>((z) =>
  z.strictObject({
    consentId: z.string(),
    lang: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.emailAccount.changeEmail` (with the common ones); unknown params are rejected. */
export const accountsEmailAccountChangeEmailParamsSchema: z.ZodType<AccountsEmailAccountChangeEmailParams> = /* @__PURE__ */ lazySchema<AccountsEmailAccountChangeEmailParams>((z) =>
  z.strictObject({
    UID: z.string(),
    oldEmail: z.string(),
    newEmail: z.string(),
    emailToken: z.string(),
    fixEnabled: z.boolean().optional(),
    jobId: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.emailAccount.syncMultipleAccounts` (with the common ones); unknown params are rejected. */
export const accountsEmailAccountSyncMultipleAccountsParamsSchema: z.ZodType<AccountsEmailAccountSyncMultipleAccountsParams> = /* @__PURE__ */ lazySchema<AccountsEmailAccountSyncMultipleAccountsParams>((z) =>
  z.strictObject({
    UID: z.string(),
    email: z.string(),
    emailToken: z.string(),
    fixEnabled: z.boolean().optional(),
    jobId: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.emailAccount.syncUid` (with the common ones); unknown params are rejected. */
export const accountsEmailAccountSyncUidParamsSchema: z.ZodType<AccountsEmailAccountSyncUidParams> = /* @__PURE__ */ lazySchema<AccountsEmailAccountSyncUidParams>((z) =>
  z.strictObject({
    UID: z.string(),
    oldUid: z.string(),
    email: z.string(),
    emailToken: z.string(),
    fixEnabled: z.boolean().optional(),
    jobId: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.exchangeUIDSignature` (with the common ones); unknown params are rejected. */
export const accountsExchangeUIDSignatureParamsSchema: z.ZodType<AccountsExchangeUIDSignatureParams> = /* @__PURE__ */ lazySchema<AccountsExchangeUIDSignatureParams>((z) =>
  z.strictObject({
    UID: z.string(),
    UIDSignature: z.string(),
    signatureTimestamp: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.extensions.create` (with the common ones); unknown params are rejected. */
export const accountsExtensionsCreateParamsSchema: z.ZodType<AccountsExtensionsCreateParams> = /* @__PURE__ */ lazySchema<AccountsExtensionsCreateParams>((z) =>
  z.strictObject({
    extensionFuncUrl: z.string(),
    friendlyName: z.string(),
    extensionPoint: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.extensions.delete` (with the common ones); unknown params are rejected. */
export const accountsExtensionsDeleteParamsSchema: z.ZodType<AccountsExtensionsDeleteParams> = /* @__PURE__ */ lazySchema<AccountsExtensionsDeleteParams>((z) =>
  z.strictObject({
    extensionId: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.extensions.get` (with the common ones); unknown params are rejected. */
export const accountsExtensionsGetParamsSchema: z.ZodType<AccountsExtensionsGetParams> = /* @__PURE__ */ lazySchema<AccountsExtensionsGetParams>((z) =>
  z.strictObject({
    extensionId: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.extensions.list` (with the common ones); unknown params are rejected. */
export const accountsExtensionsListParamsSchema: z.ZodType<AccountsExtensionsListParams> = /* @__PURE__ */ lazySchema<AccountsExtensionsListParams>((z) =>
  z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.extensions.modify` (with the common ones); unknown params are rejected. */
export const accountsExtensionsModifyParamsSchema: z.ZodType<AccountsExtensionsModifyParams> = /* @__PURE__ */ lazySchema<AccountsExtensionsModifyParams>((z) =>
  z.strictObject({
    extensionId: z.string(),
    enabled: z.boolean().optional(),
    extensionFuncUrl: z.string().optional(),
    friendlyName: z.string().optional(),
    extensionPoint: z.string().optional(),
    timeout: z.number().int().optional(),
    fallback: z.string().optional(),
    description: z.string().optional(),
    headers: z.array(accountsExtensionHeaderSchema).optional(),
    integration: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.finalizeRegistration` (with the common ones); unknown params are rejected. */
export const accountsFinalizeRegistrationParamsSchema: z.ZodType<AccountsFinalizeRegistrationParams> = /* @__PURE__ */ lazySchema<AccountsFinalizeRegistrationParams>((z) =>
  z.strictObject({
    allowAccountsLinking: z.boolean().optional(),
    include: z.union([z.string(), z.array(z.string())]).optional(),
    regToken: z.string(),
    targetEnv: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.getAccountInfo` (with the common ones); unknown params are rejected. */
export const accountsGetAccountInfoParamsSchema: z.ZodType<AccountsGetAccountInfoParams> = /* @__PURE__ */ lazySchema<AccountsGetAccountInfoParams>((z) =>
  z.strictObject({
    UID: z.string().optional(),
    extraProfileFields: z.union([z.string(), z.array(z.string())]).optional(),
    findBy: z.record(z.string(), z.string()).optional(),
    include: z.union([z.string(), z.array(z.string())]).optional(),
    includeCommunications: z.union([z.string(), z.array(z.string())]).optional(),
    regToken: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.getConflictingAccount` (with the common ones); unknown params are rejected. */
export const accountsGetConflictingAccountParamsSchema: z.ZodType<AccountsGetConflictingAccountParams> = /* @__PURE__ */ lazySchema<AccountsGetConflictingAccountParams>((z) =>
  z.strictObject({
    regToken: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.getConsentsStatements` (with the common ones); unknown params are rejected. */
export const accountsGetConsentsStatementsParamsSchema: z.ZodType<AccountsGetConsentsStatementsParams> = /* @__PURE__ */ lazySchema<AccountsGetConsentsStatementsParams>((z) =>
  z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.getCounters` (with the common ones); unknown params are rejected. */
export const accountsGetCountersParamsSchema: z.ZodType<AccountsGetCountersParams> = /* @__PURE__ */ lazySchema<AccountsGetCountersParams>((z) =>
  z.strictObject({
    UID: z.string().optional(),
    counters: z.array(accountsCounterSchema),
    regToken: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.getJWT` (with the common ones); unknown params are rejected. */
export const accountsGetJWTParamsSchema: z.ZodType<AccountsGetJWTParams> = /* @__PURE__ */ lazySchema<AccountsGetJWTParams>((z) =>
  z.strictObject({
    audience: z.string().optional(),
    expiration: z.number().int().optional(),
    fields: z.union([z.string(), z.array(z.string())]).optional(),
    targetUID: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.getJWTPublicKey` (with the common ones); unknown params are rejected. */
export const accountsGetJWTPublicKeyParamsSchema: z.ZodType<AccountsGetJWTPublicKeyParams> = /* @__PURE__ */ lazySchema<AccountsGetJWTPublicKeyParams>((z) =>
  z.strictObject({
    V2: z.boolean().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.getLegalStatements` (with the common ones); unknown params are rejected. */
export const accountsGetLegalStatementsParamsSchema: z.ZodType<AccountsGetLegalStatementsParams> = /* @__PURE__ */ lazySchema<AccountsGetLegalStatementsParams>((z) =>
  z.strictObject({
    consentId: z.string(),
    lang: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.getLiteToken` (with the common ones); unknown params are rejected. */
export const accountsGetLiteTokenParamsSchema: z.ZodType<AccountsGetLiteTokenParams> = /* @__PURE__ */ lazySchema<AccountsGetLiteTokenParams>((z) =>
  z.strictObject({
    email: z.string().optional(),
    emailToken: z.string().optional(),
    sessionExpiration: z.number().int().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.getNativeScreenSet` (with the common ones); unknown params are rejected. */
export const accountsGetNativeScreenSetParamsSchema: z.ZodType<AccountsGetNativeScreenSetParams> = /* @__PURE__ */ lazySchema<AccountsGetNativeScreenSetParams>((z) =>
  z.strictObject({
    include: z.union([z.string(), z.array(z.string())]).optional(),
    lang: z.string().optional(),
    screenSetID: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.getNativeScreenSets` (with the common ones); unknown params are rejected. */
export const accountsGetNativeScreenSetsParamsSchema: z.ZodType<AccountsGetNativeScreenSetsParams> = /* @__PURE__ */ lazySchema<AccountsGetNativeScreenSetsParams>((z) =>
  z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.getPolicies` (with the common ones); unknown params are rejected. */
export const accountsGetPoliciesParamsSchema: z.ZodType<AccountsGetPoliciesParams> = /* @__PURE__ */ lazySchema<AccountsGetPoliciesParams>((z) =>
  z.strictObject({
    include: z.string().optional(),
    sections: z.union([z.string(), z.array(z.string())]).optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.getRegisteredCounters` (with the common ones); unknown params are rejected. */
export const accountsGetRegisteredCountersParamsSchema: z.ZodType<AccountsGetRegisteredCountersParams> = /* @__PURE__ */ lazySchema<AccountsGetRegisteredCountersParams>((z) =>
  z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.getSchema` (with the common ones); unknown params are rejected. */
export const accountsGetSchemaParamsSchema: z.ZodType<AccountsGetSchemaParams> = /* @__PURE__ */ lazySchema<AccountsGetSchemaParams>((z) =>
  z.strictObject({
    filter: z.string().optional(),
    include: z.union([z.string(), z.array(z.string())]).optional(),
    scope: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.getScreenSetVersions` (with the common ones); unknown params are rejected. */
export const accountsGetScreenSetVersionsParamsSchema: z.ZodType<AccountsGetScreenSetVersionsParams> = /* @__PURE__ */ lazySchema<AccountsGetScreenSetVersionsParams>((z) =>
  z.strictObject({
    count: z.number().int().optional(),
    screenSetID: z.string(),
    startVersion: z.number().int().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.getScreenSets` (with the common ones); unknown params are rejected. */
export const accountsGetScreenSetsParamsSchema: z.ZodType<AccountsGetScreenSetsParams> = /* @__PURE__ */ lazySchema<AccountsGetScreenSetsParams>((z) =>
  z.strictObject({
    include: z.union([z.string(), z.array(z.string())]).optional(),
    lang: z.string().optional(),
    screenSetIDs: z.union([z.string(), z.array(z.string())]).optional(),
    version: z.number().int().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.getSiteConsentDetails` (with the common ones); unknown params are rejected. */
export const accountsGetSiteConsentDetailsParamsSchema: z.ZodType<AccountsGetSiteConsentDetailsParams> = /* @__PURE__ */ lazySchema<AccountsGetSiteConsentDetailsParams>((z) =>
  z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.global.changeAccountResidency` (with the common ones); unknown params are rejected. */
export const accountsGlobalChangeAccountResidencyParamsSchema: z.ZodType<AccountsGlobalChangeAccountResidencyParams> = /* @__PURE__ */ lazySchema<AccountsGlobalChangeAccountResidencyParams>((z) =>
  z.strictObject({
    UID: z.string(),
    transferRequest: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.identifiers.createToken` (with the common ones); unknown params are rejected. */
export const accountsIdentifiersCreateTokenParamsSchema: z.ZodType<AccountsIdentifiersCreateTokenParams> = /* @__PURE__ */ lazySchema<AccountsIdentifiersCreateTokenParams>((z) =>
  z.strictObject({
    identifierType: z.string(),
    identifier: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.identifiers.find` (with the common ones); unknown params are rejected. */
export const accountsIdentifiersFindParamsSchema: z.ZodType<AccountsIdentifiersFindParams> = /* @__PURE__ */ lazySchema<AccountsIdentifiersFindParams>((z) =>
  z.strictObject({
    identifierSchema: z.union([z.string(), z.array(z.string())]).optional(),
    id: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.importAccount` (with the common ones); unknown params are rejected. */
export const accountsImportAccountParamsSchema: z.ZodType<AccountsImportAccountParams> = /* @__PURE__ */ lazySchema<AccountsImportAccountParams>((z) =>
  z.strictObject({
    UID: z.string(),
    compoundHashedPassword: z.string().optional(),
    created: z.string().optional(),
    data: z.record(z.string(), z.unknown()).optional(),
    email: z.string().optional(),
    finalizeRegistration: z.boolean().optional(),
    hashedPassword: z.string().optional(),
    isActive: z.boolean().optional(),
    lang: z.string().optional(),
    lastLogin: z.string().optional(),
    lastUpdated: z.string().optional(),
    profile: accountsProfileSchema.optional(),
    pwHashAlgorithm: z.string().optional(),
    pwHashBinaryFormat: z.string().optional(),
    pwHashFormat: z.string().optional(),
    pwHashRounds: z.number().int().optional(),
    pwHashSalt: z.string().optional(),
    regSource: z.string().optional(),
    secretAnswer: z.string().optional(),
    secretQuestion: z.string().optional(),
    skipVerification: z.boolean().optional(),
    url: z.string().optional(),
    username: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.importFullAccount` (with the common ones); unknown params are rejected. */
export const accountsImportFullAccountParamsSchema: z.ZodType<AccountsImportFullAccountParams> = /* @__PURE__ */ lazySchema<AccountsImportFullAccountParams>((z) =>
  z.strictObject({
    UID: z.string().optional(),
    communications: z.record(z.string(), accountsCommunicationSchema).optional(),
    createUID: z.boolean().optional(),
    created: z.string().optional(),
    data: z.record(z.string(), z.unknown()).optional(),
    dataCenter: z.string().optional(),
    emails: accountsEmailsSchema.optional(),
    identities: z.array(accountsIdentitySchema).optional(),
    importPolicy: z.string().optional(),
    isActive: z.boolean().optional(),
    isRegistered: z.boolean().optional(),
    isVerified: z.boolean().optional(),
    lang: z.string().optional(),
    lastLogin: z.string().optional(),
    lastUpdated: z.string().optional(),
    loginIDs: accountsLoginIDsSchema.optional(),
    password: accountsPasswordImportSchema.optional(),
    phoneNumber: z.string().optional(),
    preferences: z.record(z.string(), z.unknown()).optional(),
    profile: accountsProfileSchema.optional(),
    providerSessions: z.record(z.string(), accountsProviderSessionSchema).optional(),
    regSource: z.string().optional(),
    registered: z.string().optional(),
    secretQuestionAndAnswer: accountsSecretQuestionAndAnswerSchema.optional(),
    subscriptions: z.record(z.string(), z.unknown()).optional(),
    verified: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.importLiteAccounts` (with the common ones); unknown params are rejected. */
export const accountsImportLiteAccountsParamsSchema: z.ZodType<AccountsImportLiteAccountsParams> = /* @__PURE__ */ lazySchema<AccountsImportLiteAccountsParams>((z) =>
  z.strictObject({
    data: z.record(z.string(), z.unknown()).optional(),
    email: z.string(),
    profile: accountsProfileSchema,
    subscriptions: z.record(z.string(), z.unknown()),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.importProfilePhoto` (with the common ones); unknown params are rejected. */
export const accountsImportProfilePhotoParamsSchema: z.ZodType<AccountsImportProfilePhotoParams> = /* @__PURE__ */ lazySchema<AccountsImportProfilePhotoParams>((z) =>
  z.strictObject({
    UID: z.string().optional(),
    publish: z.boolean().optional(),
    regToken: z.string().optional(),
    url: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.incrementCounters` (with the common ones); unknown params are rejected. */
export const accountsIncrementCountersParamsSchema: z.ZodType<AccountsIncrementCountersParams> = /* @__PURE__ */ lazySchema<AccountsIncrementCountersParams>((z) =>
  z.strictObject({
    UID: z.string().optional(),
    counters: z.array(accountsCounterSchema),
    regToken: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.initRegistration` (with the common ones); unknown params are rejected. */
export const accountsInitRegistrationParamsSchema: z.ZodType<AccountsInitRegistrationParams> = /* @__PURE__ */ lazySchema<AccountsInitRegistrationParams>((z) =>
  z.strictObject({
    dataCenter: z.string().optional(),
    isLite: z.boolean().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.isAvailableLoginID` (with the common ones); unknown params are rejected. */
export const accountsIsAvailableLoginIDParamsSchema: z.ZodType<AccountsIsAvailableLoginIDParams> = /* @__PURE__ */ lazySchema<AccountsIsAvailableLoginIDParams>((z) =>
  z.strictObject({
    loginID: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.linkAccounts` (with the common ones); unknown params are rejected. */
export const accountsLinkAccountsParamsSchema: z.ZodType<AccountsLinkAccountsParams> = /* @__PURE__ */ lazySchema<AccountsLinkAccountsParams>((z) =>
  z.strictObject({
    UID: z.string().optional(),
    include: z.union([z.string(), z.array(z.string())]).optional(),
    loginID: z.string(),
    password: z.string(),
    regToken: z.string().optional(),
    targetEnv: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.login` (with the common ones); unknown params are rejected. */
export const accountsLoginParamsSchema: z.ZodType<AccountsLoginParams> = /* @__PURE__ */ lazySchema<AccountsLoginParams>((z) =>
  z.strictObject({
    aToken: z.string().optional(),
    actionAttributes: z.record(z.string(), z.unknown()).optional(),
    captchaText: z.string().optional(),
    captchaToken: z.string().optional(),
    captchaType: z.string().optional(),
    clientContext: accountsClientContextSchema.optional(),
    dataCenter: z.string().optional(),
    include: z.union([z.string(), z.array(z.string())]).optional(),
    loginID: z.string().optional(),
    loginMode: z.string().optional(),
    password: z.string(),
    regToken: z.string().optional(),
    sessionExpiration: z.number().int().optional(),
    targetEnv: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.logout` (with the common ones); unknown params are rejected. */
export const accountsLogoutParamsSchema: z.ZodType<AccountsLogoutParams> = /* @__PURE__ */ lazySchema<AccountsLogoutParams>((z) =>
  z.strictObject({
    UID: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.notifyLogin` (with the common ones); unknown params are rejected. */
export const accountsNotifyLoginParamsSchema: z.ZodType<AccountsNotifyLoginParams> = /* @__PURE__ */ lazySchema<AccountsNotifyLoginParams>((z) =>
  z.strictObject({
    providerSessions: z.record(z.string(), accountsProviderSessionSchema).optional(),
    regSource: z.string().optional(),
    sessionExpiration: z.number().int().optional(),
    siteUID: z.string().optional(),
    skipValidation: z.boolean().optional(),
    targetEnv: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.notifySocialLogin` (with the common ones); unknown params are rejected. */
export const accountsNotifySocialLoginParamsSchema: z.ZodType<AccountsNotifySocialLoginParams> = /* @__PURE__ */ lazySchema<AccountsNotifySocialLoginParams>((z) =>
  z.strictObject({
    dataCenter: z.string().optional(),
    loginMode: z.string().optional(),
    phoneNumber: z.string().optional(),
    providerSessions: z.record(z.string(), accountsProviderSessionSchema),
    regSource: z.string().optional(),
    sessionExpiration: z.number().int().optional(),
    targetEnv: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.otp.delete` (with the common ones); unknown params are rejected. */
export const accountsOtpDeleteParamsSchema: z.ZodType<AccountsOtpDeleteParams> = /* @__PURE__ */ lazySchema<AccountsOtpDeleteParams>((z) =>
  z.strictObject({
    UID: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.otp.login` (with the common ones); unknown params are rejected. */
export const accountsOtpLoginParamsSchema: z.ZodType<AccountsOtpLoginParams> = /* @__PURE__ */ lazySchema<AccountsOtpLoginParams>((z) =>
  z.strictObject({
    vToken: z.string(),
    code: z.string(),
    include: z.union([z.string(), z.array(z.string())]).optional(),
    regSource: z.string().optional(),
    sessionExpiration: z.number().int().optional(),
    targetEnv: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.otp.sendCode` (with the common ones); unknown params are rejected. */
export const accountsOtpSendCodeParamsSchema: z.ZodType<AccountsOtpSendCodeParams> = /* @__PURE__ */ lazySchema<AccountsOtpSendCodeParams>((z) =>
  z.strictObject({
    lang: z.string(),
    phoneNumber: z.string().optional(),
    email: z.string().optional(),
    UID: z.string().optional(),
    captchaType: z.string().optional(),
    captchaToken: z.string().optional(),
    sendCode: z.boolean().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.otp.update` (with the common ones); unknown params are rejected. */
export const accountsOtpUpdateParamsSchema: z.ZodType<AccountsOtpUpdateParams> = /* @__PURE__ */ lazySchema<AccountsOtpUpdateParams>((z) =>
  z.strictObject({
    vToken: z.string(),
    code: z.string(),
    UID: z.string().optional(),
    regToken: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.policies.emailTemplates.getConfig` (with the common ones); unknown params are rejected. */
export const accountsPoliciesEmailTemplatesGetConfigParamsSchema: z.ZodType<AccountsPoliciesEmailTemplatesGetConfigParams> = /* @__PURE__ */ lazySchema<AccountsPoliciesEmailTemplatesGetConfigParams>((z) =>
  z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.policies.emailTemplates.setConfig` (with the common ones); unknown params are rejected. */
export const accountsPoliciesEmailTemplatesSetConfigParamsSchema: z.ZodType<AccountsPoliciesEmailTemplatesSetConfigParams> = /* @__PURE__ */ lazySchema<AccountsPoliciesEmailTemplatesSetConfigParams>((z) =>
  z.strictObject({
    codeVerification: z.record(z.string(), z.unknown()).optional(),
    doubleOptIn: z.record(z.string(), z.unknown()).optional(),
    emailNotifications: z.record(z.string(), z.unknown()).optional(),
    emailVerification: z.record(z.string(), z.unknown()).optional(),
    impossibleTraveler: z.record(z.string(), z.unknown()).optional(),
    magicLink: z.record(z.string(), z.unknown()).optional(),
    passwordReset: z.record(z.string(), z.unknown()).optional(),
    preferencesCenter: z.record(z.string(), z.unknown()).optional(),
    twoFactorAuth: z.record(z.string(), z.unknown()).optional(),
    unknownLocationNotification: z.record(z.string(), z.unknown()).optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.progression.getPolicy` (with the common ones); unknown params are rejected. */
export const accountsProgressionGetPolicyParamsSchema: z.ZodType<AccountsProgressionGetPolicyParams> = /* @__PURE__ */ lazySchema<AccountsProgressionGetPolicyParams>((z) =>
  z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.progression.setPolicy` (with the common ones); unknown params are rejected. */
export const accountsProgressionSetPolicyParamsSchema: z.ZodType<AccountsProgressionSetPolicyParams> = /* @__PURE__ */ lazySchema<AccountsProgressionSetPolicyParams>((z) =>
  z.strictObject({
    policy: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.publishProfilePhoto` (with the common ones); unknown params are rejected. */
export const accountsPublishProfilePhotoParamsSchema: z.ZodType<AccountsPublishProfilePhotoParams> = /* @__PURE__ */ lazySchema<AccountsPublishProfilePhotoParams>((z) =>
  z.strictObject({
    UID: z.string().optional(),
    regToken: z.string().optional(),
    thumbnail: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.rba.getPolicy` (with the common ones); unknown params are rejected. */
export const accountsRbaGetPolicyParamsSchema: z.ZodType<AccountsRbaGetPolicyParams> = /* @__PURE__ */ lazySchema<AccountsRbaGetPolicyParams>((z) =>
  z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.rba.lock` (with the common ones); unknown params are rejected. */
export const accountsRbaLockParamsSchema: z.ZodType<AccountsRbaLockParams> = /* @__PURE__ */ lazySchema<AccountsRbaLockParams>((z) =>
  z.strictObject({
    loginID: z.string().optional(),
    UID: z.string().optional(),
    ip: z.string().optional(),
    duration: z.number().int().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.rba.sdkConfiguration.get` (with the common ones); unknown params are rejected. */
export const accountsRbaSdkConfigurationGetParamsSchema: z.ZodType<AccountsRbaSdkConfigurationGetParams> = /* @__PURE__ */ lazySchema<AccountsRbaSdkConfigurationGetParams>((z) =>
  z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.rba.setPolicy` (with the common ones); unknown params are rejected. */
export const accountsRbaSetPolicyParamsSchema: z.ZodType<AccountsRbaSetPolicyParams> = /* @__PURE__ */ lazySchema<AccountsRbaSetPolicyParams>((z) =>
  z.strictObject({
    policy: accountsRbaSitePolicySchema,
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.rba.unlock` (with the common ones); unknown params are rejected. */
export const accountsRbaUnlockParamsSchema: z.ZodType<AccountsRbaUnlockParams> = /* @__PURE__ */ lazySchema<AccountsRbaUnlockParams>((z) =>
  z.strictObject({
    loginID: z.string().optional(),
    UID: z.string().optional(),
    ip: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.register` (with the common ones); unknown params are rejected. */
export const accountsRegisterParamsSchema: z.ZodType<AccountsRegisterParams> = /* @__PURE__ */ lazySchema<AccountsRegisterParams>((z) =>
  z.strictObject({
    captchaProvider: z.string().optional(),
    captchaText: z.string().optional(),
    captchaToken: z.string().optional(),
    clientContext: accountsClientContextSchema.optional(),
    communications: z.record(z.string(), accountsCommunicationSchema).optional(),
    data: z.record(z.string(), z.unknown()).optional(),
    email: z.string().optional(),
    finalizeRegistration: z.boolean().optional(),
    include: z.union([z.string(), z.array(z.string())]).optional(),
    lang: z.string().optional(),
    password: z.string().optional(),
    preferences: z.record(z.string(), z.unknown()).optional(),
    profile: accountsProfileSchema.optional(),
    regSource: z.string().optional(),
    regToken: z.string().optional(),
    secretAnswer: z.string().optional(),
    secretQuestion: z.string().optional(),
    sessionExpiration: z.number().int().optional(),
    siteUID: z.string().optional(),
    subscriptions: z.record(z.string(), z.unknown()).optional(),
    targetEnv: z.string().optional(),
    username: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.registerCounters` (with the common ones); unknown params are rejected. */
export const accountsRegisterCountersParamsSchema: z.ZodType<AccountsRegisterCountersParams> = /* @__PURE__ */ lazySchema<AccountsRegisterCountersParams>((z) =>
  z.strictObject({
    counters: z.array(accountsCounterSchema),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.removeEmails` (with the common ones); unknown params are rejected. */
export const accountsRemoveEmailsParamsSchema: z.ZodType<AccountsRemoveEmailsParams> = /* @__PURE__ */ lazySchema<AccountsRemoveEmailsParams>((z) =>
  z.strictObject({
    UID: z.string().optional(),
    unverifiedEmails: z.union([z.string(), z.array(z.string())]).optional(),
    verifiedEmails: z.union([z.string(), z.array(z.string())]).optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.resendDOIConfirmationEmail` (with the common ones); unknown params are rejected. */
export const accountsResendDOIConfirmationEmailParamsSchema: z.ZodType<AccountsResendDOIConfirmationEmailParams> = /* @__PURE__ */ lazySchema<AccountsResendDOIConfirmationEmailParams>((z) =>
  z.strictObject({
    email: z.string(),
    lang: z.string().optional(),
    subscriptionId: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.resendVerificationCode` (with the common ones); unknown params are rejected. */
export const accountsResendVerificationCodeParamsSchema: z.ZodType<AccountsResendVerificationCodeParams> = /* @__PURE__ */ lazySchema<AccountsResendVerificationCodeParams>((z) =>
  z.strictObject({
    UID: z.string().optional(),
    email: z.string().optional(),
    regToken: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.resetPassword` (with the common ones); unknown params are rejected. */
export const accountsResetPasswordParamsSchema: z.ZodType<AccountsResetPasswordParams> = /* @__PURE__ */ lazySchema<AccountsResetPasswordParams>((z) =>
  z.strictObject({
    captchaToken: z.string().optional(),
    captchaType: z.string().optional(),
    clientContext: accountsClientContextSchema.optional(),
    email: z.string().optional(),
    lang: z.string().optional(),
    loginID: z.string().optional(),
    newPassword: z.string().optional(),
    passwordResetToken: z.string().optional(),
    secretAnswer: z.string().optional(),
    securityFields: z.record(z.string(), z.unknown()).optional(),
    sendEmail: z.boolean().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.resetSitePreferences` (with the common ones); unknown params are rejected. */
export const accountsResetSitePreferencesParamsSchema: z.ZodType<AccountsResetSitePreferencesParams> = /* @__PURE__ */ lazySchema<AccountsResetSitePreferencesParams>((z) =>
  z.strictObject({
    UID: z.string().optional(),
    resetPreferencesApiKey: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.search` (with the common ones); unknown params are rejected. */
export const accountsSearchParamsSchema: z.ZodType<AccountsSearchParams> = /* @__PURE__ */ lazySchema<AccountsSearchParams>((z) =>
  z.strictObject({
    accountTypes: z.union([z.string(), z.array(z.string())]).optional(),
    cursorId: z.string().optional(),
    expTime: z.number().int().optional(),
    openCursor: z.boolean().optional(),
    query: z.string().optional(),
    querySig: z.string().optional(),
    restrictedQuery: z.string().optional(),
    timeout: z.number().int().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.sendLiteInvite` (with the common ones); unknown params are rejected. */
export const accountsSendLiteInviteParamsSchema: z.ZodType<AccountsSendLiteInviteParams> = /* @__PURE__ */ lazySchema<AccountsSendLiteInviteParams>((z) =>
  z.strictObject({
    email: z.string().optional(),
    emailToken: z.string().optional(),
    invitationExpiration: z.number().int().optional(),
    lang: z.string().optional(),
    sessionExpiration: z.number().int().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.session.verify` (with the common ones); unknown params are rejected. */
export const accountsSessionVerifyParamsSchema: z.ZodType<AccountsSessionVerifyParams> = /* @__PURE__ */ lazySchema<AccountsSessionVerifyParams>((z) =>
  z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.setAccountInfo` (with the common ones); unknown params are rejected. */
export const accountsSetAccountInfoParamsSchema: z.ZodType<AccountsSetAccountInfoParams> = /* @__PURE__ */ lazySchema<AccountsSetAccountInfoParams>((z) =>
  z.strictObject({
    UID: z.string().optional(),
    addLoginEmails: z.union([z.string(), z.array(z.string())]).optional(),
    communications: z.record(z.string(), accountsCommunicationSchema).optional(),
    conflictHandling: z.string().optional(),
    created: z.string().optional(),
    customIdentifiers: z.record(z.string(), z.unknown()).optional(),
    data: z.record(z.string(), z.unknown()).optional(),
    internal: z.record(z.string(), z.unknown()).optional(),
    isActive: z.boolean().optional(),
    isLockedOut: z.boolean().optional(),
    isVerified: z.boolean().optional(),
    lang: z.string().optional(),
    muteWebhooks: z.boolean().optional(),
    newPassword: z.string().optional(),
    password: z.string().optional(),
    phoneNumber: z.string().optional(),
    preferences: z.record(z.string(), z.unknown()).optional(),
    profile: accountsProfilePatchSchema.optional(),
    rba: accountsRbaPolicySchema.optional(),
    regSource: z.string().optional(),
    regToken: z.string().optional(),
    removeLoginEmails: z.union([z.string(), z.array(z.string())]).optional(),
    requirePasswordChange: z.boolean().optional(),
    secretAnswer: z.string().optional(),
    secretQuestion: z.string().optional(),
    securityOverride: z.boolean().optional(),
    subscriptions: z.record(z.string(), z.unknown()).optional(),
    username: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.setPassword` (with the common ones); unknown params are rejected. */
export const accountsSetPasswordParamsSchema: z.ZodType<AccountsSetPasswordParams> = /* @__PURE__ */ lazySchema<AccountsSetPasswordParams>((z) =>
  z.strictObject({
    UID: z.string(),
    newPassword: z.string(),
    password: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.setPolicies` (with the common ones); unknown params are rejected. */
export const accountsSetPoliciesParamsSchema: z.ZodType<AccountsSetPoliciesParams> = /* @__PURE__ */ lazySchema<AccountsSetPoliciesParams>((z) =>
  z.strictObject({
    accountOptions: accountsAccountOptionsPolicySchema.optional(),
    authentication: accountsAuthenticationPolicySchema.optional(),
    doubleOptIn: accountsDoubleOptInPolicySchema.optional(),
    emailNotifications: accountsEmailNotificationsPolicySchema.optional(),
    emailVerification: accountsEmailVerificationPolicySchema.optional(),
    federation: accountsFederationPolicySchema.optional(),
    gigyaPlugins: accountsGigyaPluginsPolicySchema.optional(),
    passwordComplexity: accountsPasswordComplexityPolicySchema.optional(),
    passwordReset: accountsPasswordResetPolicySchema.optional(),
    preferencesCenter: z.record(z.string(), z.unknown()).optional(),
    profilePhoto: accountsProfilePhotoPolicySchema.optional(),
    registration: accountsRegistrationPolicySchema.optional(),
    security: accountsSecurityPolicySchema.optional(),
    twoFactorAuth: accountsTwoFactorAuthPolicySchema.optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.setProfilePhoto` (with the common ones); unknown params are rejected. */
export const accountsSetProfilePhotoParamsSchema: z.ZodType<AccountsSetProfilePhotoParams> = /* @__PURE__ */ lazySchema<AccountsSetProfilePhotoParams>((z) =>
  z.strictObject({
    UID: z.string().optional(),
    photoBytes: z.string().optional(),
    publish: z.boolean().optional(),
    regToken: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.setSchema` (with the common ones); unknown params are rejected. */
export const accountsSetSchemaParamsSchema: z.ZodType<AccountsSetSchemaParams> = /* @__PURE__ */ lazySchema<AccountsSetSchemaParams>((z) =>
  z.strictObject({
    addressesSchema: accountsSchemaSchema.optional(),
    dataSchema: accountsSchemaSchema.optional(),
    internalSchema: accountsSchemaSchema.optional(),
    preferencesSchema: accountsSchemaSchema.optional(),
    profileSchema: accountsSchemaSchema.optional(),
    scope: z.string().optional(),
    subscriptionsSchema: accountsSchemaSchema.optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.setScreenSet` (with the common ones); unknown params are rejected. */
export const accountsSetScreenSetParamsSchema: z.ZodType<AccountsSetScreenSetParams> = /* @__PURE__ */ lazySchema<AccountsSetScreenSetParams>((z) =>
  z.strictObject({
    comment: z.string().optional(),
    css: z.string().optional(),
    html: z.string(),
    javascript: z.string().optional(),
    metadata: accountsScreenSetMetadataSchema.optional(),
    screenSetID: z.string(),
    translations: z.record(z.string(), z.record(z.string(), z.string())).optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.sms.config.get` (with the common ones); unknown params are rejected. */
export const accountsSmsConfigGetParamsSchema: z.ZodType<AccountsSmsConfigGetParams> = /* @__PURE__ */ lazySchema<AccountsSmsConfigGetParams>((z) =>
  z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.sms.config.set` (with the common ones); unknown params are rejected. */
export const accountsSmsConfigSetParamsSchema: z.ZodType<AccountsSmsConfigSetParams> = /* @__PURE__ */ lazySchema<AccountsSmsConfigSetParams>((z) =>
  z.strictObject({
    smsProviderConfig: accountsSmsProviderConfigSchema,
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.sms.templates.get` (with the common ones); unknown params are rejected. */
export const accountsSmsTemplatesGetParamsSchema: z.ZodType<AccountsSmsTemplatesGetParams> = /* @__PURE__ */ lazySchema<AccountsSmsTemplatesGetParams>((z) =>
  z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.sms.templates.set` (with the common ones); unknown params are rejected. */
export const accountsSmsTemplatesSetParamsSchema: z.ZodType<AccountsSmsTemplatesSetParams> = /* @__PURE__ */ lazySchema<AccountsSmsTemplatesSetParams>((z) =>
  z.strictObject({
    templates: accountsSmsTemplatesSchema,
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.socialLogin` (with the common ones); unknown params are rejected. */
export const accountsSocialLoginParamsSchema: z.ZodType<AccountsSocialLoginParams> = /* @__PURE__ */ lazySchema<AccountsSocialLoginParams>((z) =>
  z.strictObject({
    client_id: z.string().optional(),
    redirect_uri: z.string().optional(),
    response_type: z.string().optional(),
    state: z.string().optional(),
    x_loginMode: z.string().optional(),
    x_provider: z.string().optional(),
    x_regToken: z.string().optional(),
    x_sessionExpiration: z.number().int().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.store.downloadConsentDocument` (with the common ones); unknown params are rejected. */
export const accountsStoreDownloadConsentDocumentParamsSchema: z.ZodType<AccountsStoreDownloadConsentDocumentParams> = /* @__PURE__ */ lazySchema<AccountsStoreDownloadConsentDocumentParams>((z) =>
  z.strictObject({
    URL: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.store.uploadConsentDocument` (with the common ones); unknown params are rejected. */
export const accountsStoreUploadConsentDocumentParamsSchema: z.ZodType<AccountsStoreUploadConsentDocumentParams> = /* @__PURE__ */ lazySchema<AccountsStoreUploadConsentDocumentParams>((z) =>
  z.strictObject({
    documentContent: z.string(),
    documentContentType: z.string(),
    documentName: z.string().optional(),
    URLPrefix: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.stream.create` (with the common ones); unknown params are rejected. */
export const accountsStreamCreateParamsSchema: z.ZodType<AccountsStreamCreateParams> = /* @__PURE__ */ lazySchema<AccountsStreamCreateParams>((z) =>
  z.strictObject({
    since: z.number().int().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.stream.read` (with the common ones); unknown params are rejected. */
export const accountsStreamReadParamsSchema: z.ZodType<AccountsStreamReadParams> = /* @__PURE__ */ lazySchema<AccountsStreamReadParams>((z) =>
  z.strictObject({
    cursorId: z.string(),
    limit: z.number().int().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.tfa.backupcodes.create` (with the common ones); unknown params are rejected. */
export const accountsTfaBackupcodesCreateParamsSchema: z.ZodType<AccountsTfaBackupcodesCreateParams> = /* @__PURE__ */ lazySchema<AccountsTfaBackupcodesCreateParams>((z) =>
  z.strictObject({
    gigyaAssertion: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.tfa.backupcodes.get` (with the common ones); unknown params are rejected. */
export const accountsTfaBackupcodesGetParamsSchema: z.ZodType<AccountsTfaBackupcodesGetParams> = /* @__PURE__ */ lazySchema<AccountsTfaBackupcodesGetParams>((z) =>
  z.strictObject({
    gigyaAssertion: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.tfa.backupcodes.verify` (with the common ones); unknown params are rejected. */
export const accountsTfaBackupcodesVerifyParamsSchema: z.ZodType<AccountsTfaBackupcodesVerifyParams> = /* @__PURE__ */ lazySchema<AccountsTfaBackupcodesVerifyParams>((z) =>
  z.strictObject({
    gigyaAssertion: z.string(),
    code: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.tfa.deactivateProvider` (with the common ones); unknown params are rejected. */
export const accountsTfaDeactivateProviderParamsSchema: z.ZodType<AccountsTfaDeactivateProviderParams> = /* @__PURE__ */ lazySchema<AccountsTfaDeactivateProviderParams>((z) =>
  z.strictObject({
    UID: z.string(),
    provider: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.tfa.email.completeVerification` (with the common ones); unknown params are rejected. */
export const accountsTfaEmailCompleteVerificationParamsSchema: z.ZodType<AccountsTfaEmailCompleteVerificationParams> = /* @__PURE__ */ lazySchema<AccountsTfaEmailCompleteVerificationParams>((z) =>
  z.strictObject({
    gigyaAssertion: z.string(),
    phvToken: z.string(),
    code: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.tfa.email.getEmails` (with the common ones); unknown params are rejected. */
export const accountsTfaEmailGetEmailsParamsSchema: z.ZodType<AccountsTfaEmailGetEmailsParams> = /* @__PURE__ */ lazySchema<AccountsTfaEmailGetEmailsParams>((z) =>
  z.strictObject({
    gigyaAssertion: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.tfa.email.sendVerificationCode` (with the common ones); unknown params are rejected. */
export const accountsTfaEmailSendVerificationCodeParamsSchema: z.ZodType<AccountsTfaEmailSendVerificationCodeParams> = /* @__PURE__ */ lazySchema<AccountsTfaEmailSendVerificationCodeParams>((z) =>
  z.strictObject({
    gigyaAssertion: z.string(),
    emailID: z.string().optional(),
    email: z.string().optional(),
    lang: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.tfa.finalizeTFA` (with the common ones); unknown params are rejected. */
export const accountsTfaFinalizeTFAParamsSchema: z.ZodType<AccountsTfaFinalizeTFAParams> = /* @__PURE__ */ lazySchema<AccountsTfaFinalizeTFAParams>((z) =>
  z.strictObject({
    gigyaAssertion: z.string(),
    providerAssertion: z.string(),
    regToken: z.string().optional(),
    UID: z.string().optional(),
    tempDevice: z.boolean().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.tfa.getCertificate` (with the common ones); unknown params are rejected. */
export const accountsTfaGetCertificateParamsSchema: z.ZodType<AccountsTfaGetCertificateParams> = /* @__PURE__ */ lazySchema<AccountsTfaGetCertificateParams>((z) =>
  z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.tfa.getProviders` (with the common ones); unknown params are rejected. */
export const accountsTfaGetProvidersParamsSchema: z.ZodType<AccountsTfaGetProvidersParams> = /* @__PURE__ */ lazySchema<AccountsTfaGetProvidersParams>((z) =>
  z.strictObject({
    UID: z.string().optional(),
    regToken: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.tfa.initTFA` (with the common ones); unknown params are rejected. */
export const accountsTfaInitTFAParamsSchema: z.ZodType<AccountsTfaInitTFAParams> = /* @__PURE__ */ lazySchema<AccountsTfaInitTFAParams>((z) =>
  z.strictObject({
    provider: z.string(),
    mode: z.string().optional(),
    regToken: z.string().optional(),
    UID: z.string().optional(),
    clientContext: accountsTfaClientContextSchema.optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.tfa.phone.completeVerification` (with the common ones); unknown params are rejected. */
export const accountsTfaPhoneCompleteVerificationParamsSchema: z.ZodType<AccountsTfaPhoneCompleteVerificationParams> = /* @__PURE__ */ lazySchema<AccountsTfaPhoneCompleteVerificationParams>((z) =>
  z.strictObject({
    gigyaAssertion: z.string(),
    phvToken: z.string(),
    code: z.string(),
    regToken: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.tfa.phone.getCertificate` (with the common ones); unknown params are rejected. */
export const accountsTfaPhoneGetCertificateParamsSchema: z.ZodType<AccountsTfaPhoneGetCertificateParams> = /* @__PURE__ */ lazySchema<AccountsTfaPhoneGetCertificateParams>((z) =>
  z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.tfa.phone.getRegisteredPhoneNumbers` (with the common ones); unknown params are rejected. */
export const accountsTfaPhoneGetRegisteredPhoneNumbersParamsSchema: z.ZodType<AccountsTfaPhoneGetRegisteredPhoneNumbersParams> = /* @__PURE__ */ lazySchema<AccountsTfaPhoneGetRegisteredPhoneNumbersParams>((z) =>
  z.strictObject({
    gigyaAssertion: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.tfa.phone.importTFA` (with the common ones); unknown params are rejected. */
export const accountsTfaPhoneImportTFAParamsSchema: z.ZodType<AccountsTfaPhoneImportTFAParams> = /* @__PURE__ */ lazySchema<AccountsTfaPhoneImportTFAParams>((z) =>
  z.strictObject({
    UID: z.string(),
    provider: z.string(),
    phones: z.array(accountsTfaImportedPhoneSchema),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.tfa.phone.removePhone` (with the common ones); unknown params are rejected. */
export const accountsTfaPhoneRemovePhoneParamsSchema: z.ZodType<AccountsTfaPhoneRemovePhoneParams> = /* @__PURE__ */ lazySchema<AccountsTfaPhoneRemovePhoneParams>((z) =>
  z.strictObject({
    gigyaAssertion: z.string(),
    phoneId: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.tfa.phone.sendVerificationCode` (with the common ones); unknown params are rejected. */
export const accountsTfaPhoneSendVerificationCodeParamsSchema: z.ZodType<AccountsTfaPhoneSendVerificationCodeParams> = /* @__PURE__ */ lazySchema<AccountsTfaPhoneSendVerificationCodeParams>((z) =>
  z.strictObject({
    gigyaAssertion: z.string(),
    phoneID: z.string().optional(),
    phone: z.string().optional(),
    method: z.string(),
    lang: z.string(),
    regToken: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.tfa.push.isVerified` (with the common ones); unknown params are rejected. */
export const accountsTfaPushIsVerifiedParamsSchema: z.ZodType<AccountsTfaPushIsVerifiedParams> = /* @__PURE__ */ lazySchema<AccountsTfaPushIsVerifiedParams>((z) =>
  z.strictObject({
    gigyaAssertion: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.tfa.push.optin` (with the common ones); unknown params are rejected. */
export const accountsTfaPushOptinParamsSchema: z.ZodType<AccountsTfaPushOptinParams> = /* @__PURE__ */ lazySchema<AccountsTfaPushOptinParams>((z) =>
  z.strictObject({
    gigyaAssertion: z.string(),
    deviceInfo: accountsDeviceInfoSchema,
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.tfa.push.sendVerification` (with the common ones); unknown params are rejected. */
export const accountsTfaPushSendVerificationParamsSchema: z.ZodType<AccountsTfaPushSendVerificationParams> = /* @__PURE__ */ lazySchema<AccountsTfaPushSendVerificationParams>((z) =>
  z.strictObject({
    gigyaAssertion: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.tfa.push.verify` (with the common ones); unknown params are rejected. */
export const accountsTfaPushVerifyParamsSchema: z.ZodType<AccountsTfaPushVerifyParams> = /* @__PURE__ */ lazySchema<AccountsTfaPushVerifyParams>((z) =>
  z.strictObject({
    gigyaAssertion: z.string(),
    verificationToken: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.tfa.resetTFA` (with the common ones); unknown params are rejected. */
export const accountsTfaResetTFAParamsSchema: z.ZodType<AccountsTfaResetTFAParams> = /* @__PURE__ */ lazySchema<AccountsTfaResetTFAParams>((z) =>
  z.strictObject({
    UID: z.string(),
    provider: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.tfa.totp.register` (with the common ones); unknown params are rejected. */
export const accountsTfaTotpRegisterParamsSchema: z.ZodType<AccountsTfaTotpRegisterParams> = /* @__PURE__ */ lazySchema<AccountsTfaTotpRegisterParams>((z) =>
  z.strictObject({
    gigyaAssertion: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.tfa.totp.verify` (with the common ones); unknown params are rejected. */
export const accountsTfaTotpVerifyParamsSchema: z.ZodType<AccountsTfaTotpVerifyParams> = /* @__PURE__ */ lazySchema<AccountsTfaTotpVerifyParams>((z) =>
  z.strictObject({
    gigyaAssertion: z.string(),
    code: z.string(),
    sctToken: z.string().optional(),
    regToken: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.tfa.unregisterDevice` (with the common ones); unknown params are rejected. */
export const accountsTfaUnregisterDeviceParamsSchema: z.ZodType<AccountsTfaUnregisterDeviceParams> = /* @__PURE__ */ lazySchema<AccountsTfaUnregisterDeviceParams>((z) =>
  z.strictObject({
    UID: z.string(),
    allDevices: z.boolean().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.unregisterCounters` (with the common ones); unknown params are rejected. */
export const accountsUnregisterCountersParamsSchema: z.ZodType<AccountsUnregisterCountersParams> = /* @__PURE__ */ lazySchema<AccountsUnregisterCountersParams>((z) =>
  z.strictObject({
    counters: z.array(accountsCounterSchema),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.unsubscribe` (with the common ones); unknown params are rejected. */
export const accountsUnsubscribeParamsSchema: z.ZodType<AccountsUnsubscribeParams> = /* @__PURE__ */ lazySchema<AccountsUnsubscribeParams>((z) =>
  z.strictObject({
    channelToken: z.string().optional(),
    email: z.string().optional(),
    subscriptionID: z.string(),
    tags: z.array(z.string()).optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.verifyLogin` (with the common ones); unknown params are rejected. */
export const accountsVerifyLoginParamsSchema: z.ZodType<AccountsVerifyLoginParams> = /* @__PURE__ */ lazySchema<AccountsVerifyLoginParams>((z) =>
  z.strictObject({
    UID: z.string().optional(),
    include: z.union([z.string(), z.array(z.string())]).optional(),
    targetEnv: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.webhooks.delete` (with the common ones); unknown params are rejected. */
export const accountsWebhooksDeleteParamsSchema: z.ZodType<AccountsWebhooksDeleteParams> = /* @__PURE__ */ lazySchema<AccountsWebhooksDeleteParams>((z) =>
  z.strictObject({
    name: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.webhooks.getAll` (with the common ones); unknown params are rejected. */
export const accountsWebhooksGetAllParamsSchema: z.ZodType<AccountsWebhooksGetAllParams> = /* @__PURE__ */ lazySchema<AccountsWebhooksGetAllParams>((z) =>
  z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.webhooks.getStatus` (with the common ones); unknown params are rejected. */
export const accountsWebhooksGetStatusParamsSchema: z.ZodType<AccountsWebhooksGetStatusParams> = /* @__PURE__ */ lazySchema<AccountsWebhooksGetStatusParams>((z) =>
  z.strictObject({
    url: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);

/** Validates the params of `accounts.webhooks.set` (with the common ones); unknown params are rejected. */
export const accountsWebhooksSetParamsSchema: z.ZodType<AccountsWebhooksSetParams> = /* @__PURE__ */ lazySchema<AccountsWebhooksSetParams>((z) =>
  z.strictObject({
    url: z.string(),
    events: z.union([z.string(), z.array(z.string())]),
    name: z.string(),
    active: z.boolean(),
    signingUserKey: z.string().optional(),
    headers: z.array(accountsWebhookHeaderSchema).optional(),
    version: z.string(),
    include: z.union([z.string(), z.array(z.string())]).optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }),
);
