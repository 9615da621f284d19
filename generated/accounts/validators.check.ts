// Generated from catalog/accounts.yaml, catalog/accounts.address.yaml, catalog/accounts.auth.yaml, catalog/accounts.devices.yaml, catalog/accounts.emailAccount.yaml, catalog/accounts.extensions.yaml, catalog/accounts.global.yaml, catalog/accounts.identifiers.yaml, catalog/accounts.otp.yaml, catalog/accounts.policies.yaml, catalog/accounts.progression.yaml, catalog/accounts.rba.yaml, catalog/accounts.session.yaml, catalog/accounts.sms.yaml, catalog/accounts.store.yaml, catalog/accounts.stream.yaml, catalog/accounts.tfa.yaml, catalog/accounts.webhooks.yaml by `npm run generate`. DO NOT EDIT.
// Change the catalog and run the generator again; `npm run generate -- --check` fails on any drift.

import * as z from 'zod';
import type { MergePatch } from '../../src/runtime.js';
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

// The proof behind validators.gen.ts, which declares each schema as its interface without
// making a user's compiler check it. `npm test` type-checks this file; nothing imports it.

export const accountsAccountLockoutPolicySchema: z.ZodType<AccountsAccountLockoutPolicy> = z.strictObject({
  failedLoginResetSec: z.number().int().optional(),
  failedLoginThreshold: z.number().int().optional(),
  lockoutTimeSec: z.number().int().optional(),
});

export const accountsAccountOptionsPolicySchema: z.ZodType<AccountsAccountOptionsPolicy> = z.strictObject({
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
});

export const accountsAuthMethodPolicySchema: z.ZodType<AccountsAuthMethodPolicy> = z.strictObject({
  enabled: z.boolean().optional(),
});

export const accountsAuthenticationPolicySchema: z.ZodType<AccountsAuthenticationPolicy> = z.strictObject({
  methods: z.record(z.string(), accountsAuthMethodPolicySchema).optional(),
});

export const accountsCaptchaPolicySchema: z.ZodType<AccountsCaptchaPolicy> = z.strictObject({
  failedLoginThreshold: z.number().int().optional(),
});

export const accountsCertificationSchema: z.ZodType<AccountsCertification> = z.strictObject({
  authority: z.string().optional(),
  endDate: z.string().optional(),
  name: z.string().optional(),
  number: z.string().optional(),
  startDate: z.string().optional(),
});

export const accountsClientContextSchema: z.ZodType<AccountsClientContext> = z.strictObject({
  clientIP: z.string().optional(),
  deviceID: z.string().optional(),
  isCaptchaVerified: z.boolean().optional(),
  riskScore: z.number().optional(),
});

export const accountsCommunicationSchema: z.ZodType<AccountsCommunication> = z.strictObject({
  channel: z.string().optional(),
  lastModified: z.string().optional(),
  optIn: z.record(z.string(), z.string()).optional(),
  status: z.string().optional(),
  topic: z.string().optional(),
  userActionTimestamp: z.string().optional(),
});

export const accountsCounterSchema: z.ZodType<AccountsCounter> = z.strictObject({
  class: z.string(),
  count: z.number().int().optional(),
  lastUpdatedTimestamp: z.string().optional(),
  path: z.string().optional(),
  period: z.string().optional(),
  value: z.number().optional(),
});

export const accountsDeviceInfoSchema: z.ZodType<AccountsDeviceInfo> = z.strictObject({
  platform: z.string(),
  man: z.string(),
  pushToken: z.string(),
  os: z.string(),
});

export const accountsDoubleOptInPolicySchema: z.ZodType<AccountsDoubleOptInPolicy> = z.strictObject({
  confirmationEmailTemplates: z.record(z.string(), z.string()).optional(),
  confirmationLinkExpiration: z.number().int().optional(),
  defaultLanguage: z.string().optional(),
  nextURL: z.string().optional(),
});

export const accountsEducationSchema: z.ZodType<AccountsEducation> = z.strictObject({
  degree: z.string().optional(),
  endYear: z.string().optional(),
  fieldOfStudy: z.string().optional(),
  school: z.string().optional(),
  schoolType: z.string().optional(),
  startYear: z.string().optional(),
});

export const accountsEmailNotificationsPolicySchema: z.ZodType<AccountsEmailNotificationsPolicy> = z.strictObject({
  accountDeletedEmailDefaultLanguage: z.string().optional(),
  accountDeletedEmailTemplates: z.record(z.string(), z.string()).optional(),
  confirmationEmailDefaultLanguage: z.string().optional(),
  confirmationEmailTemplates: z.record(z.string(), z.string()).optional(),
});

export const accountsEmailVerificationPolicySchema: z.ZodType<AccountsEmailVerificationPolicy> = z.strictObject({
  autoLogin: z.boolean().optional(),
  defaultLanguage: z.string().optional(),
  emailTemplates: z.record(z.string(), z.string()).optional(),
  nextURL: z.string().optional(),
  nextURLMapping: z.record(z.string(), z.string()).optional(),
  verificationEmailExpiration: z.number().int().optional(),
});

export const accountsEmailsSchema: z.ZodType<AccountsEmails> = z.strictObject({
  unverified: z.array(z.string()).optional(),
  verified: z.array(z.string()).optional(),
});

export const accountsExtensionHeaderSchema: z.ZodType<AccountsExtensionHeader> = z.strictObject({
  name: z.string(),
  value: z.string(),
});

export const accountsFavoriteSchema: z.ZodType<AccountsFavorite> = z.strictObject({
  category: z.string().optional(),
  id: z.string().optional(),
  name: z.string().optional(),
});

export const accountsFavoritesSchema: z.ZodType<AccountsFavorites> = z.strictObject({
  activities: z.array(accountsFavoriteSchema).optional(),
  books: z.array(accountsFavoriteSchema).optional(),
  interests: z.array(accountsFavoriteSchema).optional(),
  movies: z.array(accountsFavoriteSchema).optional(),
  music: z.array(accountsFavoriteSchema).optional(),
  television: z.array(accountsFavoriteSchema).optional(),
});

export const accountsFederationPolicySchema: z.ZodType<AccountsFederationPolicy> = z.strictObject({
  allowMultipleIdentities: z.boolean().optional(),
});

export const accountsGigyaPluginsPolicySchema: z.ZodType<AccountsGigyaPluginsPolicy> = z.strictObject({
  defaultMobileRegScreenSet: z.string().optional(),
  defaultRegScreenSet: z.string().optional(),
  rememberSessionExpiration: z.number().int().optional(),
  sessionExpiration: z.number().int().optional(),
});

export const accountsHashSettingsSchema: z.ZodType<AccountsHashSettings> = z.strictObject({
  URL: z.string().optional(),
  algorithm: z.string().optional(),
  binaryFormat: z.string().optional(),
  format: z.string().optional(),
  rounds: z.number().int().optional(),
  salt: z.string().optional(),
});

export const accountsLikeSchema: z.ZodType<AccountsLike> = z.strictObject({
  category: z.string().optional(),
  id: z.string().optional(),
  name: z.string().optional(),
  time: z.string().optional(),
  timestamp: z.number().int().optional(),
});

export const accountsMappedProviderUIDSchema: z.ZodType<AccountsMappedProviderUID> = z.strictObject({
  apiKey: z.string().optional(),
  providerUID: z.string().optional(),
});

export const accountsPatentSchema: z.ZodType<AccountsPatent> = z.strictObject({
  date: z.string().optional(),
  number: z.string().optional(),
  office: z.string().optional(),
  status: z.string().optional(),
  summary: z.string().optional(),
  title: z.string().optional(),
  url: z.string().optional(),
});

export const accountsPhoneSchema: z.ZodType<AccountsPhone> = z.strictObject({
  number: z.string().optional(),
  type: z.string().optional(),
});

export const accountsPublicationSchema: z.ZodType<AccountsPublication> = z.strictObject({
  date: z.string().optional(),
  publisher: z.string().optional(),
  summary: z.string().optional(),
  title: z.string().optional(),
  url: z.string().optional(),
});

export const accountsSkillSchema: z.ZodType<AccountsSkill> = z.strictObject({
  level: z.string().optional(),
  skill: z.string().optional(),
  years: z.string().optional(),
});

export const accountsWorkSchema: z.ZodType<AccountsWork> = z.strictObject({
  company: z.string().optional(),
  companyID: z.string().optional(),
  companySize: z.string().optional(),
  endDate: z.string().optional(),
  industry: z.string().optional(),
  isCurrent: z.boolean().optional(),
  startDate: z.string().optional(),
  title: z.string().optional(),
});

export const accountsIdentitySchema: z.ZodType<AccountsIdentity> = z.strictObject({
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
});

export const accountsIpLockoutPolicySchema: z.ZodType<AccountsIpLockoutPolicy> = z.strictObject({
  hourlyFailedLoginThreshold: z.number().int().optional(),
  lockoutTimeSec: z.number().int().optional(),
});

export const accountsLoginIDsSchema: z.ZodType<AccountsLoginIDs> = z.strictObject({
  emails: z.array(z.string()).optional(),
  unverifiedEmails: z.array(z.string()).optional(),
  username: z.string().optional(),
});

export const accountsPasswordComplexityPolicySchema: z.ZodType<AccountsPasswordComplexityPolicy> = z.strictObject({
  minCharGroups: z.number().int().optional(),
  minLength: z.number().int().optional(),
  regExp: z.string().optional(),
});

export const accountsPasswordImportSchema: z.ZodType<AccountsPasswordImport> = z.strictObject({
  compoundHashedPassword: z.string().optional(),
  hashSettings: accountsHashSettingsSchema.optional(),
  hashedPassword: z.string().optional(),
});

export const accountsPasswordResetPolicySchema: z.ZodType<AccountsPasswordResetPolicy> = z.strictObject({
  defaultLanguage: z.string().optional(),
  emailTemplates: z.record(z.string(), z.string()).optional(),
  requireSecurityCheck: z.boolean().optional(),
  resetURL: z.string().optional(),
  securityFields: z.array(z.array(z.string())).optional(),
  sendConfirmationEmail: z.boolean().optional(),
  tokenExpiration: z.number().int().optional(),
});

export const accountsProfileSchema: z.ZodType<AccountsProfile> = z.strictObject({
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
});

export const accountsProfilePhotoPolicySchema: z.ZodType<AccountsProfilePhotoPolicy> = z.strictObject({
  thumbnailHeight: z.number().int().optional(),
  thumbnailWidth: z.number().int().optional(),
});

export const accountsProviderSessionSchema: z.ZodType<AccountsProviderSession> = z.strictObject({
  authToken: z.string().optional(),
  code: z.string().optional(),
  providerUID: z.string().optional(),
  sessionHandle: z.string().optional(),
  sessionHandleExpiration: z.number().int().optional(),
  tokenExpiration: z.number().int().optional(),
  tokenExpiresIn: z.number().int().optional(),
  tokenSecret: z.string().optional(),
});

export const accountsRbaActionSchema: z.ZodType<AccountsRbaAction> = z.strictObject({
  type: z.string().optional(),
  duration: z.number().int().optional(),
  scope: z.array(z.string()).optional(),
  authLevel: z.number().int().optional(),
  challenge: z.string().optional(),
});

export const accountsRbaPolicySchema: z.ZodType<AccountsRbaPolicy> = z.strictObject({
  riskPolicy: z.string().optional(),
  riskPolicyLocked: z.boolean().optional(),
});

export const accountsRbaRuleSchema: z.ZodType<AccountsRbaRule> = z.strictObject({
  id: z.unknown().optional(),
  scope: z.string().optional(),
  description: z.string().optional(),
  enabled: z.boolean().optional(),
  action: accountsRbaActionSchema.optional(),
  rootFactor: z.record(z.string(), z.unknown()).optional(),
});

export const accountsRbaRuleSetSchema: z.ZodType<AccountsRbaRuleSet> = z.strictObject({
  id: z.string().optional(),
  description: z.string().optional(),
  enabled: z.boolean().optional(),
  rules: z.array(accountsRbaRuleSchema).optional(),
});

export const accountsRbaSitePolicySchema: z.ZodType<AccountsRbaSitePolicy> = z.strictObject({
  commonRules: z.array(accountsRbaRuleSchema).optional(),
  rulesSets: z.array(accountsRbaRuleSetSchema).optional(),
  defaultPolicy: z.string().optional(),
  tfaRegistrationScope: z.boolean().optional(),
  allowOverrideMode: z.string().optional(),
});

export const accountsRegistrationPolicySchema: z.ZodType<AccountsRegistrationPolicy> = z.strictObject({
  enforceCoppa: z.boolean().optional(),
  requireCaptcha: z.boolean().optional(),
  requireLoginID: z.boolean().optional(),
  requireSecurityQuestion: z.boolean().optional(),
});

export const accountsSchemaFieldSchema: z.ZodType<AccountsSchemaField> = z.strictObject({
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
});

export const accountsSchemaSchema: z.ZodType<AccountsSchema> = z.strictObject({
  dynamicSchema: z.boolean().optional(),
  fields: z.record(z.string(), accountsSchemaFieldSchema).optional(),
});

export const accountsScreenSetMetadataSchema: z.ZodType<AccountsScreenSetMetadata> = z.strictObject({
  desc: z.string().optional(),
  designerHtml: z.string().optional(),
  lastModified: z.string().optional(),
  targetEnv: z.string().optional(),
  version: z.number().int().optional(),
});

export const accountsSecretQuestionAndAnswerSchema: z.ZodType<AccountsSecretQuestionAndAnswer> = z.strictObject({
  secretAnswer: z.string().optional(),
  secretQuestion: z.string().optional(),
});

export const accountsSecurityPolicySchema: z.ZodType<AccountsSecurityPolicy> = z.strictObject({
  accountLockout: accountsAccountLockoutPolicySchema.optional(),
  captcha: accountsCaptchaPolicySchema.optional(),
  ipLockout: accountsIpLockoutPolicySchema.optional(),
  passwordChangeInterval: z.number().int().optional(),
  passwordHistorySize: z.number().int().optional(),
});

export const accountsSmsProviderCredentialsSchema: z.ZodType<AccountsSmsProviderCredentials> = z.strictObject({
  clientId: z.string().optional(),
  clientSecret: z.string().optional(),
});

export const accountsSmsRestrictionsSchema: z.ZodType<AccountsSmsRestrictions> = z.strictObject({
  allowList: z.array(z.string()).optional(),
  denyList: z.array(z.string()).optional(),
  globalDenyList: z.array(z.string()).optional(),
});

export const accountsSmsProviderConfigSchema: z.ZodType<AccountsSmsProviderConfig> = z.strictObject({
  vendorName: z.string(),
  credentials: accountsSmsProviderCredentialsSchema,
  originPhoneNumber: z.string().optional(),
  senderType: z.string().optional(),
  configOverride: z.boolean().optional(),
  restrictions: accountsSmsRestrictionsSchema.optional(),
});

export const accountsSmsTemplateGroupSchema: z.ZodType<AccountsSmsTemplateGroup> = z.strictObject({
  templates: z.record(z.string(), z.string()).optional(),
  defaultLanguage: z.string().optional(),
});

export const accountsSmsTemplateSettingsSchema: z.ZodType<AccountsSmsTemplateSettings> = z.strictObject({
  globalTemplates: accountsSmsTemplateGroupSchema.optional(),
  templatesPerCountryCode: z.record(z.string(), accountsSmsTemplateGroupSchema).optional(),
});

export const accountsSmsTemplatesSchema: z.ZodType<AccountsSmsTemplates> = z.strictObject({
  otp: accountsSmsTemplateSettingsSchema.optional(),
  tfa: accountsSmsTemplateSettingsSchema.optional(),
});

export const accountsTfaClientContextSchema: z.ZodType<AccountsTfaClientContext> = z.strictObject({
  clientIP: z.string(),
  deviceID: z.string().optional(),
  isCaptchaVerified: z.boolean().optional(),
  riskScore: z.number().optional(),
});

export const accountsTfaImportedPhoneSchema: z.ZodType<AccountsTfaImportedPhone> = z.strictObject({
  phoneNumber: z.string(),
  method: z.string(),
});

export const accountsTwoFactorProviderPolicySchema: z.ZodType<AccountsTwoFactorProviderPolicy> = z.strictObject({
  enabled: z.boolean().optional(),
  name: z.string().optional(),
  params: z.record(z.string(), z.string()).optional(),
});

export const accountsTwoFactorAuthPolicySchema: z.ZodType<AccountsTwoFactorAuthPolicy> = z.strictObject({
  providers: z.array(accountsTwoFactorProviderPolicySchema).optional(),
});

export const accountsWebhookHeaderSchema: z.ZodType<AccountsWebhookHeader> = z.strictObject({
  name: z.string(),
  value: z.string(),
});

export const accountsFavoritesPatchSchema: z.ZodType<MergePatch<AccountsFavorites>> = z.strictObject({
  activities: z.array(accountsFavoriteSchema).nullable().optional(),
  books: z.array(accountsFavoriteSchema).nullable().optional(),
  interests: z.array(accountsFavoriteSchema).nullable().optional(),
  movies: z.array(accountsFavoriteSchema).nullable().optional(),
  music: z.array(accountsFavoriteSchema).nullable().optional(),
  television: z.array(accountsFavoriteSchema).nullable().optional(),
});

export const accountsProfilePatchSchema: z.ZodType<MergePatch<AccountsProfile>> = z.strictObject({
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
});

export const accountsAddEmailsParamsSchema: z.ZodType<AccountsAddEmailsParams> = z.strictObject({
  UID: z.string(),
  unverifiedEmails: z.union([z.string(), z.array(z.string())]).optional(),
  verifiedEmails: z.union([z.string(), z.array(z.string())]).optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsAddressCountriesGetParamsSchema: z.ZodType<AccountsAddressCountriesGetParams> = z.strictObject({
  partnerId: z.string(),
  language: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsAddressSuggestionsGetParamsSchema: z.ZodType<AccountsAddressSuggestionsGetParams> = z.strictObject({
  address: z.string().optional(),
  country: z.string().optional(),
  suggestionReply: z.string().optional(),
  latitude: z.number().optional(),
  longitude: z.number().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsAuthGetMethodsParamsSchema: z.ZodType<AccountsAuthGetMethodsParams> = z.strictObject({
  identifierType: z.string().optional(),
  identifier: z.string().optional(),
  aToken: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsAuthMagiclinkEmailGetConfigParamsSchema: z.ZodType<AccountsAuthMagiclinkEmailGetConfigParams> = z.strictObject({
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsAuthMagiclinkEmailLoginParamsSchema: z.ZodType<AccountsAuthMagiclinkEmailLoginParams> = z.strictObject({
  code: z.string(),
  vToken: z.string(),
  targetEnv: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsAuthMagiclinkEmailSendParamsSchema: z.ZodType<AccountsAuthMagiclinkEmailSendParams> = z.strictObject({
  email: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsAuthMagiclinkEmailSetConfigParamsSchema: z.ZodType<AccountsAuthMagiclinkEmailSetConfigParams> = z.strictObject({
  isEnabled: z.boolean(),
  landingPageUrl: z.string(),
  expiration: z.number().int().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsAuthMagiclinkGetLinkParamsSchema: z.ZodType<AccountsAuthMagiclinkGetLinkParams> = z.strictObject({
  email: z.string(),
  expiration: z.number().int().optional(),
  landingPage: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsAuthOtpAuthenticateParamsSchema: z.ZodType<AccountsAuthOtpAuthenticateParams> = z.strictObject({
  code: z.string(),
  vToken: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsAuthOtpEmailGetConfigParamsSchema: z.ZodType<AccountsAuthOtpEmailGetConfigParams> = z.strictObject({
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsAuthOtpEmailLoginParamsSchema: z.ZodType<AccountsAuthOtpEmailLoginParams> = z.strictObject({
  vToken: z.string(),
  code: z.string(),
  include: z.union([z.string(), z.array(z.string())]).optional(),
  regSource: z.string().optional(),
  sessionExpiration: z.number().int().optional(),
  targetEnv: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsAuthOtpEmailSendCodeParamsSchema: z.ZodType<AccountsAuthOtpEmailSendCodeParams> = z.strictObject({
  email: z.string().optional(),
  lang: z.string(),
  UID: z.string().optional(),
  sendCode: z.boolean().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsAuthOtpEmailSetConfigParamsSchema: z.ZodType<AccountsAuthOtpEmailSetConfigParams> = z.strictObject({
  isEnabled: z.boolean(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsAuthOtpVerifyParamsSchema: z.ZodType<AccountsAuthOtpVerifyParams> = z.strictObject({
  code: z.string(),
  vToken: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsAuthPushConfigGetParamsSchema: z.ZodType<AccountsAuthPushConfigGetParams> = z.strictObject({
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsAuthPushConfigSetParamsSchema: z.ZodType<AccountsAuthPushConfigSetParams> = z.strictObject({
  vendors: z.record(z.string(), z.unknown()),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsAuthPushVerifyParamsSchema: z.ZodType<AccountsAuthPushVerifyParams> = z.strictObject({
  vToken: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsDeleteAccountParamsSchema: z.ZodType<AccountsDeleteAccountParams> = z.strictObject({
  UID: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsDeleteConsentStatementParamsSchema: z.ZodType<AccountsDeleteConsentStatementParams> = z.strictObject({
  consentId: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsDeleteLegalStatementsParamsSchema: z.ZodType<AccountsDeleteLegalStatementsParams> = z.strictObject({
  consentId: z.string(),
  docDate: z.string().optional(),
  docVersion: z.number().optional(),
  lang: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsDeleteLiteAccountParamsSchema: z.ZodType<AccountsDeleteLiteAccountParams> = z.strictObject({
  emailAccountToken: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsDeleteNativeScreenSetParamsSchema: z.ZodType<AccountsDeleteNativeScreenSetParams> = z.strictObject({
  screenSetID: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsDeleteSchemaFieldsParamsSchema: z.ZodType<AccountsDeleteSchemaFieldsParams> = z.strictObject({
  dataSchema: z.array(z.string()),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsDeleteScreenSetParamsSchema: z.ZodType<AccountsDeleteScreenSetParams> = z.strictObject({
  screenSetID: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsDevicesRegisterParamsSchema: z.ZodType<AccountsDevicesRegisterParams> = z.strictObject({
  deviceInfo: accountsDeviceInfoSchema,
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsDevicesUnregisterParamsSchema: z.ZodType<AccountsDevicesUnregisterParams> = z.strictObject({
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsDevicesUpdateParamsSchema: z.ZodType<AccountsDevicesUpdateParams> = z.strictObject({
  deviceInfo: accountsDeviceInfoSchema,
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsDuplicateLegalStatementParamsSchema: z.ZodType<AccountsDuplicateLegalStatementParams> = z.strictObject({
  consentId: z.string(),
  lang: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsEmailAccountChangeEmailParamsSchema: z.ZodType<AccountsEmailAccountChangeEmailParams> = z.strictObject({
  UID: z.string(),
  oldEmail: z.string(),
  newEmail: z.string(),
  emailToken: z.string(),
  fixEnabled: z.boolean().optional(),
  jobId: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsEmailAccountSyncMultipleAccountsParamsSchema: z.ZodType<AccountsEmailAccountSyncMultipleAccountsParams> = z.strictObject({
  UID: z.string(),
  email: z.string(),
  emailToken: z.string(),
  fixEnabled: z.boolean().optional(),
  jobId: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsEmailAccountSyncUidParamsSchema: z.ZodType<AccountsEmailAccountSyncUidParams> = z.strictObject({
  UID: z.string(),
  oldUid: z.string(),
  email: z.string(),
  emailToken: z.string(),
  fixEnabled: z.boolean().optional(),
  jobId: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsExchangeUIDSignatureParamsSchema: z.ZodType<AccountsExchangeUIDSignatureParams> = z.strictObject({
  UID: z.string(),
  UIDSignature: z.string(),
  signatureTimestamp: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsExtensionsCreateParamsSchema: z.ZodType<AccountsExtensionsCreateParams> = z.strictObject({
  extensionFuncUrl: z.string(),
  friendlyName: z.string(),
  extensionPoint: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsExtensionsDeleteParamsSchema: z.ZodType<AccountsExtensionsDeleteParams> = z.strictObject({
  extensionId: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsExtensionsGetParamsSchema: z.ZodType<AccountsExtensionsGetParams> = z.strictObject({
  extensionId: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsExtensionsListParamsSchema: z.ZodType<AccountsExtensionsListParams> = z.strictObject({
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsExtensionsModifyParamsSchema: z.ZodType<AccountsExtensionsModifyParams> = z.strictObject({
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
});

export const accountsFinalizeRegistrationParamsSchema: z.ZodType<AccountsFinalizeRegistrationParams> = z.strictObject({
  allowAccountsLinking: z.boolean().optional(),
  include: z.union([z.string(), z.array(z.string())]).optional(),
  regToken: z.string(),
  targetEnv: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsGetAccountInfoParamsSchema: z.ZodType<AccountsGetAccountInfoParams> = z.strictObject({
  UID: z.string().optional(),
  extraProfileFields: z.union([z.string(), z.array(z.string())]).optional(),
  findBy: z.record(z.string(), z.string()).optional(),
  include: z.union([z.string(), z.array(z.string())]).optional(),
  includeCommunications: z.union([z.string(), z.array(z.string())]).optional(),
  regToken: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsGetConflictingAccountParamsSchema: z.ZodType<AccountsGetConflictingAccountParams> = z.strictObject({
  regToken: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsGetConsentsStatementsParamsSchema: z.ZodType<AccountsGetConsentsStatementsParams> = z.strictObject({
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsGetCountersParamsSchema: z.ZodType<AccountsGetCountersParams> = z.strictObject({
  UID: z.string().optional(),
  counters: z.array(accountsCounterSchema),
  regToken: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsGetJWTParamsSchema: z.ZodType<AccountsGetJWTParams> = z.strictObject({
  audience: z.string().optional(),
  expiration: z.number().int().optional(),
  fields: z.union([z.string(), z.array(z.string())]).optional(),
  targetUID: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsGetJWTPublicKeyParamsSchema: z.ZodType<AccountsGetJWTPublicKeyParams> = z.strictObject({
  V2: z.boolean().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsGetLegalStatementsParamsSchema: z.ZodType<AccountsGetLegalStatementsParams> = z.strictObject({
  consentId: z.string(),
  lang: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsGetLiteTokenParamsSchema: z.ZodType<AccountsGetLiteTokenParams> = z.strictObject({
  email: z.string().optional(),
  emailToken: z.string().optional(),
  sessionExpiration: z.number().int().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsGetNativeScreenSetParamsSchema: z.ZodType<AccountsGetNativeScreenSetParams> = z.strictObject({
  include: z.union([z.string(), z.array(z.string())]).optional(),
  lang: z.string().optional(),
  screenSetID: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsGetNativeScreenSetsParamsSchema: z.ZodType<AccountsGetNativeScreenSetsParams> = z.strictObject({
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsGetPoliciesParamsSchema: z.ZodType<AccountsGetPoliciesParams> = z.strictObject({
  include: z.string().optional(),
  sections: z.union([z.string(), z.array(z.string())]).optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsGetRegisteredCountersParamsSchema: z.ZodType<AccountsGetRegisteredCountersParams> = z.strictObject({
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsGetSchemaParamsSchema: z.ZodType<AccountsGetSchemaParams> = z.strictObject({
  filter: z.string().optional(),
  include: z.union([z.string(), z.array(z.string())]).optional(),
  scope: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsGetScreenSetVersionsParamsSchema: z.ZodType<AccountsGetScreenSetVersionsParams> = z.strictObject({
  count: z.number().int().optional(),
  screenSetID: z.string(),
  startVersion: z.number().int().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsGetScreenSetsParamsSchema: z.ZodType<AccountsGetScreenSetsParams> = z.strictObject({
  include: z.union([z.string(), z.array(z.string())]).optional(),
  lang: z.string().optional(),
  screenSetIDs: z.union([z.string(), z.array(z.string())]).optional(),
  version: z.number().int().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsGetSiteConsentDetailsParamsSchema: z.ZodType<AccountsGetSiteConsentDetailsParams> = z.strictObject({
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsGlobalChangeAccountResidencyParamsSchema: z.ZodType<AccountsGlobalChangeAccountResidencyParams> = z.strictObject({
  UID: z.string(),
  transferRequest: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsIdentifiersCreateTokenParamsSchema: z.ZodType<AccountsIdentifiersCreateTokenParams> = z.strictObject({
  identifierType: z.string(),
  identifier: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsIdentifiersFindParamsSchema: z.ZodType<AccountsIdentifiersFindParams> = z.strictObject({
  identifierSchema: z.union([z.string(), z.array(z.string())]).optional(),
  id: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsImportAccountParamsSchema: z.ZodType<AccountsImportAccountParams> = z.strictObject({
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
});

export const accountsImportFullAccountParamsSchema: z.ZodType<AccountsImportFullAccountParams> = z.strictObject({
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
});

export const accountsImportLiteAccountsParamsSchema: z.ZodType<AccountsImportLiteAccountsParams> = z.strictObject({
  data: z.record(z.string(), z.unknown()).optional(),
  email: z.string(),
  profile: accountsProfileSchema,
  subscriptions: z.record(z.string(), z.unknown()),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsImportProfilePhotoParamsSchema: z.ZodType<AccountsImportProfilePhotoParams> = z.strictObject({
  UID: z.string().optional(),
  publish: z.boolean().optional(),
  regToken: z.string().optional(),
  url: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsIncrementCountersParamsSchema: z.ZodType<AccountsIncrementCountersParams> = z.strictObject({
  UID: z.string().optional(),
  counters: z.array(accountsCounterSchema),
  regToken: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsInitRegistrationParamsSchema: z.ZodType<AccountsInitRegistrationParams> = z.strictObject({
  dataCenter: z.string().optional(),
  isLite: z.boolean().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsIsAvailableLoginIDParamsSchema: z.ZodType<AccountsIsAvailableLoginIDParams> = z.strictObject({
  loginID: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsLinkAccountsParamsSchema: z.ZodType<AccountsLinkAccountsParams> = z.strictObject({
  UID: z.string().optional(),
  include: z.union([z.string(), z.array(z.string())]).optional(),
  loginID: z.string(),
  password: z.string(),
  regToken: z.string().optional(),
  targetEnv: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsLoginParamsSchema: z.ZodType<AccountsLoginParams> = z.strictObject({
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
});

export const accountsLogoutParamsSchema: z.ZodType<AccountsLogoutParams> = z.strictObject({
  UID: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsNotifyLoginParamsSchema: z.ZodType<AccountsNotifyLoginParams> = z.strictObject({
  providerSessions: z.record(z.string(), accountsProviderSessionSchema).optional(),
  regSource: z.string().optional(),
  sessionExpiration: z.number().int().optional(),
  siteUID: z.string().optional(),
  skipValidation: z.boolean().optional(),
  targetEnv: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsNotifySocialLoginParamsSchema: z.ZodType<AccountsNotifySocialLoginParams> = z.strictObject({
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
});

export const accountsOtpDeleteParamsSchema: z.ZodType<AccountsOtpDeleteParams> = z.strictObject({
  UID: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsOtpLoginParamsSchema: z.ZodType<AccountsOtpLoginParams> = z.strictObject({
  vToken: z.string(),
  code: z.string(),
  include: z.union([z.string(), z.array(z.string())]).optional(),
  regSource: z.string().optional(),
  sessionExpiration: z.number().int().optional(),
  targetEnv: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsOtpSendCodeParamsSchema: z.ZodType<AccountsOtpSendCodeParams> = z.strictObject({
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
});

export const accountsOtpUpdateParamsSchema: z.ZodType<AccountsOtpUpdateParams> = z.strictObject({
  vToken: z.string(),
  code: z.string(),
  UID: z.string().optional(),
  regToken: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsPoliciesEmailTemplatesGetConfigParamsSchema: z.ZodType<AccountsPoliciesEmailTemplatesGetConfigParams> = z.strictObject({
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsPoliciesEmailTemplatesSetConfigParamsSchema: z.ZodType<AccountsPoliciesEmailTemplatesSetConfigParams> = z.strictObject({
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
});

export const accountsProgressionGetPolicyParamsSchema: z.ZodType<AccountsProgressionGetPolicyParams> = z.strictObject({
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsProgressionSetPolicyParamsSchema: z.ZodType<AccountsProgressionSetPolicyParams> = z.strictObject({
  policy: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsPublishProfilePhotoParamsSchema: z.ZodType<AccountsPublishProfilePhotoParams> = z.strictObject({
  UID: z.string().optional(),
  regToken: z.string().optional(),
  thumbnail: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsRbaGetPolicyParamsSchema: z.ZodType<AccountsRbaGetPolicyParams> = z.strictObject({
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsRbaLockParamsSchema: z.ZodType<AccountsRbaLockParams> = z.strictObject({
  loginID: z.string().optional(),
  UID: z.string().optional(),
  ip: z.string().optional(),
  duration: z.number().int().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsRbaSdkConfigurationGetParamsSchema: z.ZodType<AccountsRbaSdkConfigurationGetParams> = z.strictObject({
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsRbaSetPolicyParamsSchema: z.ZodType<AccountsRbaSetPolicyParams> = z.strictObject({
  policy: accountsRbaSitePolicySchema,
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsRbaUnlockParamsSchema: z.ZodType<AccountsRbaUnlockParams> = z.strictObject({
  loginID: z.string().optional(),
  UID: z.string().optional(),
  ip: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsRegisterParamsSchema: z.ZodType<AccountsRegisterParams> = z.strictObject({
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
});

export const accountsRegisterCountersParamsSchema: z.ZodType<AccountsRegisterCountersParams> = z.strictObject({
  counters: z.array(accountsCounterSchema),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsRemoveEmailsParamsSchema: z.ZodType<AccountsRemoveEmailsParams> = z.strictObject({
  UID: z.string().optional(),
  unverifiedEmails: z.union([z.string(), z.array(z.string())]).optional(),
  verifiedEmails: z.union([z.string(), z.array(z.string())]).optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsResendDOIConfirmationEmailParamsSchema: z.ZodType<AccountsResendDOIConfirmationEmailParams> = z.strictObject({
  email: z.string(),
  lang: z.string().optional(),
  subscriptionId: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsResendVerificationCodeParamsSchema: z.ZodType<AccountsResendVerificationCodeParams> = z.strictObject({
  UID: z.string().optional(),
  email: z.string().optional(),
  regToken: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsResetPasswordParamsSchema: z.ZodType<AccountsResetPasswordParams> = z.strictObject({
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
});

export const accountsResetSitePreferencesParamsSchema: z.ZodType<AccountsResetSitePreferencesParams> = z.strictObject({
  UID: z.string().optional(),
  resetPreferencesApiKey: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsSearchParamsSchema: z.ZodType<AccountsSearchParams> = z.strictObject({
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
});

export const accountsSendLiteInviteParamsSchema: z.ZodType<AccountsSendLiteInviteParams> = z.strictObject({
  email: z.string().optional(),
  emailToken: z.string().optional(),
  invitationExpiration: z.number().int().optional(),
  lang: z.string().optional(),
  sessionExpiration: z.number().int().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsSessionVerifyParamsSchema: z.ZodType<AccountsSessionVerifyParams> = z.strictObject({
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsSetAccountInfoParamsSchema: z.ZodType<AccountsSetAccountInfoParams> = z.strictObject({
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
});

export const accountsSetPasswordParamsSchema: z.ZodType<AccountsSetPasswordParams> = z.strictObject({
  UID: z.string(),
  newPassword: z.string(),
  password: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsSetPoliciesParamsSchema: z.ZodType<AccountsSetPoliciesParams> = z.strictObject({
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
});

export const accountsSetProfilePhotoParamsSchema: z.ZodType<AccountsSetProfilePhotoParams> = z.strictObject({
  UID: z.string().optional(),
  photoBytes: z.string().optional(),
  publish: z.boolean().optional(),
  regToken: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsSetSchemaParamsSchema: z.ZodType<AccountsSetSchemaParams> = z.strictObject({
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
});

export const accountsSetScreenSetParamsSchema: z.ZodType<AccountsSetScreenSetParams> = z.strictObject({
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
});

export const accountsSmsConfigGetParamsSchema: z.ZodType<AccountsSmsConfigGetParams> = z.strictObject({
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsSmsConfigSetParamsSchema: z.ZodType<AccountsSmsConfigSetParams> = z.strictObject({
  smsProviderConfig: accountsSmsProviderConfigSchema,
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsSmsTemplatesGetParamsSchema: z.ZodType<AccountsSmsTemplatesGetParams> = z.strictObject({
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsSmsTemplatesSetParamsSchema: z.ZodType<AccountsSmsTemplatesSetParams> = z.strictObject({
  templates: accountsSmsTemplatesSchema,
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsSocialLoginParamsSchema: z.ZodType<AccountsSocialLoginParams> = z.strictObject({
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
});

export const accountsStoreDownloadConsentDocumentParamsSchema: z.ZodType<AccountsStoreDownloadConsentDocumentParams> = z.strictObject({
  URL: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsStoreUploadConsentDocumentParamsSchema: z.ZodType<AccountsStoreUploadConsentDocumentParams> = z.strictObject({
  documentContent: z.string(),
  documentContentType: z.string(),
  documentName: z.string().optional(),
  URLPrefix: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsStreamCreateParamsSchema: z.ZodType<AccountsStreamCreateParams> = z.strictObject({
  since: z.number().int().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsStreamReadParamsSchema: z.ZodType<AccountsStreamReadParams> = z.strictObject({
  cursorId: z.string(),
  limit: z.number().int().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsTfaBackupcodesCreateParamsSchema: z.ZodType<AccountsTfaBackupcodesCreateParams> = z.strictObject({
  gigyaAssertion: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsTfaBackupcodesGetParamsSchema: z.ZodType<AccountsTfaBackupcodesGetParams> = z.strictObject({
  gigyaAssertion: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsTfaBackupcodesVerifyParamsSchema: z.ZodType<AccountsTfaBackupcodesVerifyParams> = z.strictObject({
  gigyaAssertion: z.string(),
  code: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsTfaDeactivateProviderParamsSchema: z.ZodType<AccountsTfaDeactivateProviderParams> = z.strictObject({
  UID: z.string(),
  provider: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsTfaEmailCompleteVerificationParamsSchema: z.ZodType<AccountsTfaEmailCompleteVerificationParams> = z.strictObject({
  gigyaAssertion: z.string(),
  phvToken: z.string(),
  code: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsTfaEmailGetEmailsParamsSchema: z.ZodType<AccountsTfaEmailGetEmailsParams> = z.strictObject({
  gigyaAssertion: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsTfaEmailSendVerificationCodeParamsSchema: z.ZodType<AccountsTfaEmailSendVerificationCodeParams> = z.strictObject({
  gigyaAssertion: z.string(),
  emailID: z.string().optional(),
  email: z.string().optional(),
  lang: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsTfaFinalizeTFAParamsSchema: z.ZodType<AccountsTfaFinalizeTFAParams> = z.strictObject({
  gigyaAssertion: z.string(),
  providerAssertion: z.string(),
  regToken: z.string().optional(),
  UID: z.string().optional(),
  tempDevice: z.boolean().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsTfaGetCertificateParamsSchema: z.ZodType<AccountsTfaGetCertificateParams> = z.strictObject({
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsTfaGetProvidersParamsSchema: z.ZodType<AccountsTfaGetProvidersParams> = z.strictObject({
  UID: z.string().optional(),
  regToken: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsTfaInitTFAParamsSchema: z.ZodType<AccountsTfaInitTFAParams> = z.strictObject({
  provider: z.string(),
  mode: z.string().optional(),
  regToken: z.string().optional(),
  UID: z.string().optional(),
  clientContext: accountsTfaClientContextSchema.optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsTfaPhoneCompleteVerificationParamsSchema: z.ZodType<AccountsTfaPhoneCompleteVerificationParams> = z.strictObject({
  gigyaAssertion: z.string(),
  phvToken: z.string(),
  code: z.string(),
  regToken: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsTfaPhoneGetCertificateParamsSchema: z.ZodType<AccountsTfaPhoneGetCertificateParams> = z.strictObject({
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsTfaPhoneGetRegisteredPhoneNumbersParamsSchema: z.ZodType<AccountsTfaPhoneGetRegisteredPhoneNumbersParams> = z.strictObject({
  gigyaAssertion: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsTfaPhoneImportTFAParamsSchema: z.ZodType<AccountsTfaPhoneImportTFAParams> = z.strictObject({
  UID: z.string(),
  provider: z.string(),
  phones: z.array(accountsTfaImportedPhoneSchema),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsTfaPhoneRemovePhoneParamsSchema: z.ZodType<AccountsTfaPhoneRemovePhoneParams> = z.strictObject({
  gigyaAssertion: z.string(),
  phoneId: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsTfaPhoneSendVerificationCodeParamsSchema: z.ZodType<AccountsTfaPhoneSendVerificationCodeParams> = z.strictObject({
  gigyaAssertion: z.string(),
  phoneID: z.string().optional(),
  phone: z.string().optional(),
  method: z.string(),
  lang: z.string(),
  regToken: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsTfaPushIsVerifiedParamsSchema: z.ZodType<AccountsTfaPushIsVerifiedParams> = z.strictObject({
  gigyaAssertion: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsTfaPushOptinParamsSchema: z.ZodType<AccountsTfaPushOptinParams> = z.strictObject({
  gigyaAssertion: z.string(),
  deviceInfo: accountsDeviceInfoSchema,
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsTfaPushSendVerificationParamsSchema: z.ZodType<AccountsTfaPushSendVerificationParams> = z.strictObject({
  gigyaAssertion: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsTfaPushVerifyParamsSchema: z.ZodType<AccountsTfaPushVerifyParams> = z.strictObject({
  gigyaAssertion: z.string(),
  verificationToken: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsTfaResetTFAParamsSchema: z.ZodType<AccountsTfaResetTFAParams> = z.strictObject({
  UID: z.string(),
  provider: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsTfaTotpRegisterParamsSchema: z.ZodType<AccountsTfaTotpRegisterParams> = z.strictObject({
  gigyaAssertion: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsTfaTotpVerifyParamsSchema: z.ZodType<AccountsTfaTotpVerifyParams> = z.strictObject({
  gigyaAssertion: z.string(),
  code: z.string(),
  sctToken: z.string().optional(),
  regToken: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsTfaUnregisterDeviceParamsSchema: z.ZodType<AccountsTfaUnregisterDeviceParams> = z.strictObject({
  UID: z.string(),
  allDevices: z.boolean().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsUnregisterCountersParamsSchema: z.ZodType<AccountsUnregisterCountersParams> = z.strictObject({
  counters: z.array(accountsCounterSchema),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsUnsubscribeParamsSchema: z.ZodType<AccountsUnsubscribeParams> = z.strictObject({
  channelToken: z.string().optional(),
  email: z.string().optional(),
  subscriptionID: z.string(),
  tags: z.array(z.string()).optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsVerifyLoginParamsSchema: z.ZodType<AccountsVerifyLoginParams> = z.strictObject({
  UID: z.string().optional(),
  include: z.union([z.string(), z.array(z.string())]).optional(),
  targetEnv: z.string().optional(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsWebhooksDeleteParamsSchema: z.ZodType<AccountsWebhooksDeleteParams> = z.strictObject({
  name: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsWebhooksGetAllParamsSchema: z.ZodType<AccountsWebhooksGetAllParams> = z.strictObject({
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsWebhooksGetStatusParamsSchema: z.ZodType<AccountsWebhooksGetStatusParams> = z.strictObject({
  url: z.string(),
  checkParams: z.boolean().optional(),
  cid: z.string().optional(),
  context: z.unknown().optional(),
});

export const accountsWebhooksSetParamsSchema: z.ZodType<AccountsWebhooksSetParams> = z.strictObject({
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
  matches<AccountsAccountLockoutPolicy>()(z.strictObject({
    failedLoginResetSec: z.number().int().optional(),
    failedLoginThreshold: z.number().int().optional(),
    lockoutTimeSec: z.number().int().optional(),
  }));
  matches<AccountsAccountOptionsPolicy>()(z.strictObject({
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
  }));
  matches<AccountsAuthMethodPolicy>()(z.strictObject({
    enabled: z.boolean().optional(),
  }));
  matches<AccountsAuthenticationPolicy>()(z.strictObject({
    methods: z.record(z.string(), accountsAuthMethodPolicySchema).optional(),
  }));
  matches<AccountsCaptchaPolicy>()(z.strictObject({
    failedLoginThreshold: z.number().int().optional(),
  }));
  matches<AccountsCertification>()(z.strictObject({
    authority: z.string().optional(),
    endDate: z.string().optional(),
    name: z.string().optional(),
    number: z.string().optional(),
    startDate: z.string().optional(),
  }));
  matches<AccountsClientContext>()(z.strictObject({
    clientIP: z.string().optional(),
    deviceID: z.string().optional(),
    isCaptchaVerified: z.boolean().optional(),
    riskScore: z.number().optional(),
  }));
  matches<AccountsCommunication>()(z.strictObject({
    channel: z.string().optional(),
    lastModified: z.string().optional(),
    optIn: z.record(z.string(), z.string()).optional(),
    status: z.string().optional(),
    topic: z.string().optional(),
    userActionTimestamp: z.string().optional(),
  }));
  matches<AccountsCounter>()(z.strictObject({
    class: z.string(),
    count: z.number().int().optional(),
    lastUpdatedTimestamp: z.string().optional(),
    path: z.string().optional(),
    period: z.string().optional(),
    value: z.number().optional(),
  }));
  matches<AccountsDeviceInfo>()(z.strictObject({
    platform: z.string(),
    man: z.string(),
    pushToken: z.string(),
    os: z.string(),
  }));
  matches<AccountsDoubleOptInPolicy>()(z.strictObject({
    confirmationEmailTemplates: z.record(z.string(), z.string()).optional(),
    confirmationLinkExpiration: z.number().int().optional(),
    defaultLanguage: z.string().optional(),
    nextURL: z.string().optional(),
  }));
  matches<AccountsEducation>()(z.strictObject({
    degree: z.string().optional(),
    endYear: z.string().optional(),
    fieldOfStudy: z.string().optional(),
    school: z.string().optional(),
    schoolType: z.string().optional(),
    startYear: z.string().optional(),
  }));
  matches<AccountsEmailNotificationsPolicy>()(z.strictObject({
    accountDeletedEmailDefaultLanguage: z.string().optional(),
    accountDeletedEmailTemplates: z.record(z.string(), z.string()).optional(),
    confirmationEmailDefaultLanguage: z.string().optional(),
    confirmationEmailTemplates: z.record(z.string(), z.string()).optional(),
  }));
  matches<AccountsEmailVerificationPolicy>()(z.strictObject({
    autoLogin: z.boolean().optional(),
    defaultLanguage: z.string().optional(),
    emailTemplates: z.record(z.string(), z.string()).optional(),
    nextURL: z.string().optional(),
    nextURLMapping: z.record(z.string(), z.string()).optional(),
    verificationEmailExpiration: z.number().int().optional(),
  }));
  matches<AccountsEmails>()(z.strictObject({
    unverified: z.array(z.string()).optional(),
    verified: z.array(z.string()).optional(),
  }));
  matches<AccountsExtensionHeader>()(z.strictObject({
    name: z.string(),
    value: z.string(),
  }));
  matches<AccountsFavorite>()(z.strictObject({
    category: z.string().optional(),
    id: z.string().optional(),
    name: z.string().optional(),
  }));
  matches<AccountsFavorites>()(z.strictObject({
    activities: z.array(accountsFavoriteSchema).optional(),
    books: z.array(accountsFavoriteSchema).optional(),
    interests: z.array(accountsFavoriteSchema).optional(),
    movies: z.array(accountsFavoriteSchema).optional(),
    music: z.array(accountsFavoriteSchema).optional(),
    television: z.array(accountsFavoriteSchema).optional(),
  }));
  matches<AccountsFederationPolicy>()(z.strictObject({
    allowMultipleIdentities: z.boolean().optional(),
  }));
  matches<AccountsGigyaPluginsPolicy>()(z.strictObject({
    defaultMobileRegScreenSet: z.string().optional(),
    defaultRegScreenSet: z.string().optional(),
    rememberSessionExpiration: z.number().int().optional(),
    sessionExpiration: z.number().int().optional(),
  }));
  matches<AccountsHashSettings>()(z.strictObject({
    URL: z.string().optional(),
    algorithm: z.string().optional(),
    binaryFormat: z.string().optional(),
    format: z.string().optional(),
    rounds: z.number().int().optional(),
    salt: z.string().optional(),
  }));
  matches<AccountsLike>()(z.strictObject({
    category: z.string().optional(),
    id: z.string().optional(),
    name: z.string().optional(),
    time: z.string().optional(),
    timestamp: z.number().int().optional(),
  }));
  matches<AccountsMappedProviderUID>()(z.strictObject({
    apiKey: z.string().optional(),
    providerUID: z.string().optional(),
  }));
  matches<AccountsPatent>()(z.strictObject({
    date: z.string().optional(),
    number: z.string().optional(),
    office: z.string().optional(),
    status: z.string().optional(),
    summary: z.string().optional(),
    title: z.string().optional(),
    url: z.string().optional(),
  }));
  matches<AccountsPhone>()(z.strictObject({
    number: z.string().optional(),
    type: z.string().optional(),
  }));
  matches<AccountsPublication>()(z.strictObject({
    date: z.string().optional(),
    publisher: z.string().optional(),
    summary: z.string().optional(),
    title: z.string().optional(),
    url: z.string().optional(),
  }));
  matches<AccountsSkill>()(z.strictObject({
    level: z.string().optional(),
    skill: z.string().optional(),
    years: z.string().optional(),
  }));
  matches<AccountsWork>()(z.strictObject({
    company: z.string().optional(),
    companyID: z.string().optional(),
    companySize: z.string().optional(),
    endDate: z.string().optional(),
    industry: z.string().optional(),
    isCurrent: z.boolean().optional(),
    startDate: z.string().optional(),
    title: z.string().optional(),
  }));
  matches<AccountsIdentity>()(z.strictObject({
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
  }));
  matches<AccountsIpLockoutPolicy>()(z.strictObject({
    hourlyFailedLoginThreshold: z.number().int().optional(),
    lockoutTimeSec: z.number().int().optional(),
  }));
  matches<AccountsLoginIDs>()(z.strictObject({
    emails: z.array(z.string()).optional(),
    unverifiedEmails: z.array(z.string()).optional(),
    username: z.string().optional(),
  }));
  matches<AccountsPasswordComplexityPolicy>()(z.strictObject({
    minCharGroups: z.number().int().optional(),
    minLength: z.number().int().optional(),
    regExp: z.string().optional(),
  }));
  matches<AccountsPasswordImport>()(z.strictObject({
    compoundHashedPassword: z.string().optional(),
    hashSettings: accountsHashSettingsSchema.optional(),
    hashedPassword: z.string().optional(),
  }));
  matches<AccountsPasswordResetPolicy>()(z.strictObject({
    defaultLanguage: z.string().optional(),
    emailTemplates: z.record(z.string(), z.string()).optional(),
    requireSecurityCheck: z.boolean().optional(),
    resetURL: z.string().optional(),
    securityFields: z.array(z.array(z.string())).optional(),
    sendConfirmationEmail: z.boolean().optional(),
    tokenExpiration: z.number().int().optional(),
  }));
  matches<AccountsProfile>()(z.strictObject({
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
  }));
  matches<AccountsProfilePhotoPolicy>()(z.strictObject({
    thumbnailHeight: z.number().int().optional(),
    thumbnailWidth: z.number().int().optional(),
  }));
  matches<AccountsProviderSession>()(z.strictObject({
    authToken: z.string().optional(),
    code: z.string().optional(),
    providerUID: z.string().optional(),
    sessionHandle: z.string().optional(),
    sessionHandleExpiration: z.number().int().optional(),
    tokenExpiration: z.number().int().optional(),
    tokenExpiresIn: z.number().int().optional(),
    tokenSecret: z.string().optional(),
  }));
  matches<AccountsRbaAction>()(z.strictObject({
    type: z.string().optional(),
    duration: z.number().int().optional(),
    scope: z.array(z.string()).optional(),
    authLevel: z.number().int().optional(),
    challenge: z.string().optional(),
  }));
  matches<AccountsRbaPolicy>()(z.strictObject({
    riskPolicy: z.string().optional(),
    riskPolicyLocked: z.boolean().optional(),
  }));
  matches<AccountsRbaRule>()(z.strictObject({
    id: z.unknown().optional(),
    scope: z.string().optional(),
    description: z.string().optional(),
    enabled: z.boolean().optional(),
    action: accountsRbaActionSchema.optional(),
    rootFactor: z.record(z.string(), z.unknown()).optional(),
  }));
  matches<AccountsRbaRuleSet>()(z.strictObject({
    id: z.string().optional(),
    description: z.string().optional(),
    enabled: z.boolean().optional(),
    rules: z.array(accountsRbaRuleSchema).optional(),
  }));
  matches<AccountsRbaSitePolicy>()(z.strictObject({
    commonRules: z.array(accountsRbaRuleSchema).optional(),
    rulesSets: z.array(accountsRbaRuleSetSchema).optional(),
    defaultPolicy: z.string().optional(),
    tfaRegistrationScope: z.boolean().optional(),
    allowOverrideMode: z.string().optional(),
  }));
  matches<AccountsRegistrationPolicy>()(z.strictObject({
    enforceCoppa: z.boolean().optional(),
    requireCaptcha: z.boolean().optional(),
    requireLoginID: z.boolean().optional(),
    requireSecurityQuestion: z.boolean().optional(),
  }));
  matches<AccountsSchemaField>()(z.strictObject({
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
  }));
  matches<AccountsSchema>()(z.strictObject({
    dynamicSchema: z.boolean().optional(),
    fields: z.record(z.string(), accountsSchemaFieldSchema).optional(),
  }));
  matches<AccountsScreenSetMetadata>()(z.strictObject({
    desc: z.string().optional(),
    designerHtml: z.string().optional(),
    lastModified: z.string().optional(),
    targetEnv: z.string().optional(),
    version: z.number().int().optional(),
  }));
  matches<AccountsSecretQuestionAndAnswer>()(z.strictObject({
    secretAnswer: z.string().optional(),
    secretQuestion: z.string().optional(),
  }));
  matches<AccountsSecurityPolicy>()(z.strictObject({
    accountLockout: accountsAccountLockoutPolicySchema.optional(),
    captcha: accountsCaptchaPolicySchema.optional(),
    ipLockout: accountsIpLockoutPolicySchema.optional(),
    passwordChangeInterval: z.number().int().optional(),
    passwordHistorySize: z.number().int().optional(),
  }));
  matches<AccountsSmsProviderCredentials>()(z.strictObject({
    clientId: z.string().optional(),
    clientSecret: z.string().optional(),
  }));
  matches<AccountsSmsRestrictions>()(z.strictObject({
    allowList: z.array(z.string()).optional(),
    denyList: z.array(z.string()).optional(),
    globalDenyList: z.array(z.string()).optional(),
  }));
  matches<AccountsSmsProviderConfig>()(z.strictObject({
    vendorName: z.string(),
    credentials: accountsSmsProviderCredentialsSchema,
    originPhoneNumber: z.string().optional(),
    senderType: z.string().optional(),
    configOverride: z.boolean().optional(),
    restrictions: accountsSmsRestrictionsSchema.optional(),
  }));
  matches<AccountsSmsTemplateGroup>()(z.strictObject({
    templates: z.record(z.string(), z.string()).optional(),
    defaultLanguage: z.string().optional(),
  }));
  matches<AccountsSmsTemplateSettings>()(z.strictObject({
    globalTemplates: accountsSmsTemplateGroupSchema.optional(),
    templatesPerCountryCode: z.record(z.string(), accountsSmsTemplateGroupSchema).optional(),
  }));
  matches<AccountsSmsTemplates>()(z.strictObject({
    otp: accountsSmsTemplateSettingsSchema.optional(),
    tfa: accountsSmsTemplateSettingsSchema.optional(),
  }));
  matches<AccountsTfaClientContext>()(z.strictObject({
    clientIP: z.string(),
    deviceID: z.string().optional(),
    isCaptchaVerified: z.boolean().optional(),
    riskScore: z.number().optional(),
  }));
  matches<AccountsTfaImportedPhone>()(z.strictObject({
    phoneNumber: z.string(),
    method: z.string(),
  }));
  matches<AccountsTwoFactorProviderPolicy>()(z.strictObject({
    enabled: z.boolean().optional(),
    name: z.string().optional(),
    params: z.record(z.string(), z.string()).optional(),
  }));
  matches<AccountsTwoFactorAuthPolicy>()(z.strictObject({
    providers: z.array(accountsTwoFactorProviderPolicySchema).optional(),
  }));
  matches<AccountsWebhookHeader>()(z.strictObject({
    name: z.string(),
    value: z.string(),
  }));
  matches<MergePatch<AccountsFavorites>>()(z.strictObject({
    activities: z.array(accountsFavoriteSchema).nullable().optional(),
    books: z.array(accountsFavoriteSchema).nullable().optional(),
    interests: z.array(accountsFavoriteSchema).nullable().optional(),
    movies: z.array(accountsFavoriteSchema).nullable().optional(),
    music: z.array(accountsFavoriteSchema).nullable().optional(),
    television: z.array(accountsFavoriteSchema).nullable().optional(),
  }));
  matches<MergePatch<AccountsProfile>>()(z.strictObject({
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
  }));
  matches<AccountsAddEmailsParams>()(z.strictObject({
    UID: z.string(),
    unverifiedEmails: z.union([z.string(), z.array(z.string())]).optional(),
    verifiedEmails: z.union([z.string(), z.array(z.string())]).optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsAddressCountriesGetParams>()(z.strictObject({
    partnerId: z.string(),
    language: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsAddressSuggestionsGetParams>()(z.strictObject({
    address: z.string().optional(),
    country: z.string().optional(),
    suggestionReply: z.string().optional(),
    latitude: z.number().optional(),
    longitude: z.number().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsAuthGetMethodsParams>()(z.strictObject({
    identifierType: z.string().optional(),
    identifier: z.string().optional(),
    aToken: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsAuthMagiclinkEmailGetConfigParams>()(z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsAuthMagiclinkEmailLoginParams>()(z.strictObject({
    code: z.string(),
    vToken: z.string(),
    targetEnv: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsAuthMagiclinkEmailSendParams>()(z.strictObject({
    email: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsAuthMagiclinkEmailSetConfigParams>()(z.strictObject({
    isEnabled: z.boolean(),
    landingPageUrl: z.string(),
    expiration: z.number().int().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsAuthMagiclinkGetLinkParams>()(z.strictObject({
    email: z.string(),
    expiration: z.number().int().optional(),
    landingPage: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsAuthOtpAuthenticateParams>()(z.strictObject({
    code: z.string(),
    vToken: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsAuthOtpEmailGetConfigParams>()(z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsAuthOtpEmailLoginParams>()(z.strictObject({
    vToken: z.string(),
    code: z.string(),
    include: z.union([z.string(), z.array(z.string())]).optional(),
    regSource: z.string().optional(),
    sessionExpiration: z.number().int().optional(),
    targetEnv: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsAuthOtpEmailSendCodeParams>()(z.strictObject({
    email: z.string().optional(),
    lang: z.string(),
    UID: z.string().optional(),
    sendCode: z.boolean().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsAuthOtpEmailSetConfigParams>()(z.strictObject({
    isEnabled: z.boolean(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsAuthOtpVerifyParams>()(z.strictObject({
    code: z.string(),
    vToken: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsAuthPushConfigGetParams>()(z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsAuthPushConfigSetParams>()(z.strictObject({
    vendors: z.record(z.string(), z.unknown()),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsAuthPushVerifyParams>()(z.strictObject({
    vToken: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsDeleteAccountParams>()(z.strictObject({
    UID: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsDeleteConsentStatementParams>()(z.strictObject({
    consentId: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsDeleteLegalStatementsParams>()(z.strictObject({
    consentId: z.string(),
    docDate: z.string().optional(),
    docVersion: z.number().optional(),
    lang: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsDeleteLiteAccountParams>()(z.strictObject({
    emailAccountToken: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsDeleteNativeScreenSetParams>()(z.strictObject({
    screenSetID: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsDeleteSchemaFieldsParams>()(z.strictObject({
    dataSchema: z.array(z.string()),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsDeleteScreenSetParams>()(z.strictObject({
    screenSetID: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsDevicesRegisterParams>()(z.strictObject({
    deviceInfo: accountsDeviceInfoSchema,
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsDevicesUnregisterParams>()(z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsDevicesUpdateParams>()(z.strictObject({
    deviceInfo: accountsDeviceInfoSchema,
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsDuplicateLegalStatementParams>()(z.strictObject({
    consentId: z.string(),
    lang: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsEmailAccountChangeEmailParams>()(z.strictObject({
    UID: z.string(),
    oldEmail: z.string(),
    newEmail: z.string(),
    emailToken: z.string(),
    fixEnabled: z.boolean().optional(),
    jobId: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsEmailAccountSyncMultipleAccountsParams>()(z.strictObject({
    UID: z.string(),
    email: z.string(),
    emailToken: z.string(),
    fixEnabled: z.boolean().optional(),
    jobId: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsEmailAccountSyncUidParams>()(z.strictObject({
    UID: z.string(),
    oldUid: z.string(),
    email: z.string(),
    emailToken: z.string(),
    fixEnabled: z.boolean().optional(),
    jobId: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsExchangeUIDSignatureParams>()(z.strictObject({
    UID: z.string(),
    UIDSignature: z.string(),
    signatureTimestamp: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsExtensionsCreateParams>()(z.strictObject({
    extensionFuncUrl: z.string(),
    friendlyName: z.string(),
    extensionPoint: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsExtensionsDeleteParams>()(z.strictObject({
    extensionId: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsExtensionsGetParams>()(z.strictObject({
    extensionId: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsExtensionsListParams>()(z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsExtensionsModifyParams>()(z.strictObject({
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
  }));
  matches<AccountsFinalizeRegistrationParams>()(z.strictObject({
    allowAccountsLinking: z.boolean().optional(),
    include: z.union([z.string(), z.array(z.string())]).optional(),
    regToken: z.string(),
    targetEnv: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsGetAccountInfoParams>()(z.strictObject({
    UID: z.string().optional(),
    extraProfileFields: z.union([z.string(), z.array(z.string())]).optional(),
    findBy: z.record(z.string(), z.string()).optional(),
    include: z.union([z.string(), z.array(z.string())]).optional(),
    includeCommunications: z.union([z.string(), z.array(z.string())]).optional(),
    regToken: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsGetConflictingAccountParams>()(z.strictObject({
    regToken: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsGetConsentsStatementsParams>()(z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsGetCountersParams>()(z.strictObject({
    UID: z.string().optional(),
    counters: z.array(accountsCounterSchema),
    regToken: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsGetJWTParams>()(z.strictObject({
    audience: z.string().optional(),
    expiration: z.number().int().optional(),
    fields: z.union([z.string(), z.array(z.string())]).optional(),
    targetUID: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsGetJWTPublicKeyParams>()(z.strictObject({
    V2: z.boolean().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsGetLegalStatementsParams>()(z.strictObject({
    consentId: z.string(),
    lang: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsGetLiteTokenParams>()(z.strictObject({
    email: z.string().optional(),
    emailToken: z.string().optional(),
    sessionExpiration: z.number().int().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsGetNativeScreenSetParams>()(z.strictObject({
    include: z.union([z.string(), z.array(z.string())]).optional(),
    lang: z.string().optional(),
    screenSetID: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsGetNativeScreenSetsParams>()(z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsGetPoliciesParams>()(z.strictObject({
    include: z.string().optional(),
    sections: z.union([z.string(), z.array(z.string())]).optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsGetRegisteredCountersParams>()(z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsGetSchemaParams>()(z.strictObject({
    filter: z.string().optional(),
    include: z.union([z.string(), z.array(z.string())]).optional(),
    scope: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsGetScreenSetVersionsParams>()(z.strictObject({
    count: z.number().int().optional(),
    screenSetID: z.string(),
    startVersion: z.number().int().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsGetScreenSetsParams>()(z.strictObject({
    include: z.union([z.string(), z.array(z.string())]).optional(),
    lang: z.string().optional(),
    screenSetIDs: z.union([z.string(), z.array(z.string())]).optional(),
    version: z.number().int().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsGetSiteConsentDetailsParams>()(z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsGlobalChangeAccountResidencyParams>()(z.strictObject({
    UID: z.string(),
    transferRequest: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsIdentifiersCreateTokenParams>()(z.strictObject({
    identifierType: z.string(),
    identifier: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsIdentifiersFindParams>()(z.strictObject({
    identifierSchema: z.union([z.string(), z.array(z.string())]).optional(),
    id: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsImportAccountParams>()(z.strictObject({
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
  }));
  matches<AccountsImportFullAccountParams>()(z.strictObject({
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
  }));
  matches<AccountsImportLiteAccountsParams>()(z.strictObject({
    data: z.record(z.string(), z.unknown()).optional(),
    email: z.string(),
    profile: accountsProfileSchema,
    subscriptions: z.record(z.string(), z.unknown()),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsImportProfilePhotoParams>()(z.strictObject({
    UID: z.string().optional(),
    publish: z.boolean().optional(),
    regToken: z.string().optional(),
    url: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsIncrementCountersParams>()(z.strictObject({
    UID: z.string().optional(),
    counters: z.array(accountsCounterSchema),
    regToken: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsInitRegistrationParams>()(z.strictObject({
    dataCenter: z.string().optional(),
    isLite: z.boolean().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsIsAvailableLoginIDParams>()(z.strictObject({
    loginID: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsLinkAccountsParams>()(z.strictObject({
    UID: z.string().optional(),
    include: z.union([z.string(), z.array(z.string())]).optional(),
    loginID: z.string(),
    password: z.string(),
    regToken: z.string().optional(),
    targetEnv: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsLoginParams>()(z.strictObject({
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
  }));
  matches<AccountsLogoutParams>()(z.strictObject({
    UID: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsNotifyLoginParams>()(z.strictObject({
    providerSessions: z.record(z.string(), accountsProviderSessionSchema).optional(),
    regSource: z.string().optional(),
    sessionExpiration: z.number().int().optional(),
    siteUID: z.string().optional(),
    skipValidation: z.boolean().optional(),
    targetEnv: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsNotifySocialLoginParams>()(z.strictObject({
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
  }));
  matches<AccountsOtpDeleteParams>()(z.strictObject({
    UID: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsOtpLoginParams>()(z.strictObject({
    vToken: z.string(),
    code: z.string(),
    include: z.union([z.string(), z.array(z.string())]).optional(),
    regSource: z.string().optional(),
    sessionExpiration: z.number().int().optional(),
    targetEnv: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsOtpSendCodeParams>()(z.strictObject({
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
  }));
  matches<AccountsOtpUpdateParams>()(z.strictObject({
    vToken: z.string(),
    code: z.string(),
    UID: z.string().optional(),
    regToken: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsPoliciesEmailTemplatesGetConfigParams>()(z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsPoliciesEmailTemplatesSetConfigParams>()(z.strictObject({
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
  }));
  matches<AccountsProgressionGetPolicyParams>()(z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsProgressionSetPolicyParams>()(z.strictObject({
    policy: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsPublishProfilePhotoParams>()(z.strictObject({
    UID: z.string().optional(),
    regToken: z.string().optional(),
    thumbnail: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsRbaGetPolicyParams>()(z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsRbaLockParams>()(z.strictObject({
    loginID: z.string().optional(),
    UID: z.string().optional(),
    ip: z.string().optional(),
    duration: z.number().int().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsRbaSdkConfigurationGetParams>()(z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsRbaSetPolicyParams>()(z.strictObject({
    policy: accountsRbaSitePolicySchema,
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsRbaUnlockParams>()(z.strictObject({
    loginID: z.string().optional(),
    UID: z.string().optional(),
    ip: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsRegisterParams>()(z.strictObject({
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
  }));
  matches<AccountsRegisterCountersParams>()(z.strictObject({
    counters: z.array(accountsCounterSchema),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsRemoveEmailsParams>()(z.strictObject({
    UID: z.string().optional(),
    unverifiedEmails: z.union([z.string(), z.array(z.string())]).optional(),
    verifiedEmails: z.union([z.string(), z.array(z.string())]).optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsResendDOIConfirmationEmailParams>()(z.strictObject({
    email: z.string(),
    lang: z.string().optional(),
    subscriptionId: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsResendVerificationCodeParams>()(z.strictObject({
    UID: z.string().optional(),
    email: z.string().optional(),
    regToken: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsResetPasswordParams>()(z.strictObject({
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
  }));
  matches<AccountsResetSitePreferencesParams>()(z.strictObject({
    UID: z.string().optional(),
    resetPreferencesApiKey: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsSearchParams>()(z.strictObject({
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
  }));
  matches<AccountsSendLiteInviteParams>()(z.strictObject({
    email: z.string().optional(),
    emailToken: z.string().optional(),
    invitationExpiration: z.number().int().optional(),
    lang: z.string().optional(),
    sessionExpiration: z.number().int().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsSessionVerifyParams>()(z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsSetAccountInfoParams>()(z.strictObject({
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
  }));
  matches<AccountsSetPasswordParams>()(z.strictObject({
    UID: z.string(),
    newPassword: z.string(),
    password: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsSetPoliciesParams>()(z.strictObject({
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
  }));
  matches<AccountsSetProfilePhotoParams>()(z.strictObject({
    UID: z.string().optional(),
    photoBytes: z.string().optional(),
    publish: z.boolean().optional(),
    regToken: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsSetSchemaParams>()(z.strictObject({
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
  }));
  matches<AccountsSetScreenSetParams>()(z.strictObject({
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
  }));
  matches<AccountsSmsConfigGetParams>()(z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsSmsConfigSetParams>()(z.strictObject({
    smsProviderConfig: accountsSmsProviderConfigSchema,
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsSmsTemplatesGetParams>()(z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsSmsTemplatesSetParams>()(z.strictObject({
    templates: accountsSmsTemplatesSchema,
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsSocialLoginParams>()(z.strictObject({
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
  }));
  matches<AccountsStoreDownloadConsentDocumentParams>()(z.strictObject({
    URL: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsStoreUploadConsentDocumentParams>()(z.strictObject({
    documentContent: z.string(),
    documentContentType: z.string(),
    documentName: z.string().optional(),
    URLPrefix: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsStreamCreateParams>()(z.strictObject({
    since: z.number().int().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsStreamReadParams>()(z.strictObject({
    cursorId: z.string(),
    limit: z.number().int().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsTfaBackupcodesCreateParams>()(z.strictObject({
    gigyaAssertion: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsTfaBackupcodesGetParams>()(z.strictObject({
    gigyaAssertion: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsTfaBackupcodesVerifyParams>()(z.strictObject({
    gigyaAssertion: z.string(),
    code: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsTfaDeactivateProviderParams>()(z.strictObject({
    UID: z.string(),
    provider: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsTfaEmailCompleteVerificationParams>()(z.strictObject({
    gigyaAssertion: z.string(),
    phvToken: z.string(),
    code: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsTfaEmailGetEmailsParams>()(z.strictObject({
    gigyaAssertion: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsTfaEmailSendVerificationCodeParams>()(z.strictObject({
    gigyaAssertion: z.string(),
    emailID: z.string().optional(),
    email: z.string().optional(),
    lang: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsTfaFinalizeTFAParams>()(z.strictObject({
    gigyaAssertion: z.string(),
    providerAssertion: z.string(),
    regToken: z.string().optional(),
    UID: z.string().optional(),
    tempDevice: z.boolean().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsTfaGetCertificateParams>()(z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsTfaGetProvidersParams>()(z.strictObject({
    UID: z.string().optional(),
    regToken: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsTfaInitTFAParams>()(z.strictObject({
    provider: z.string(),
    mode: z.string().optional(),
    regToken: z.string().optional(),
    UID: z.string().optional(),
    clientContext: accountsTfaClientContextSchema.optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsTfaPhoneCompleteVerificationParams>()(z.strictObject({
    gigyaAssertion: z.string(),
    phvToken: z.string(),
    code: z.string(),
    regToken: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsTfaPhoneGetCertificateParams>()(z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsTfaPhoneGetRegisteredPhoneNumbersParams>()(z.strictObject({
    gigyaAssertion: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsTfaPhoneImportTFAParams>()(z.strictObject({
    UID: z.string(),
    provider: z.string(),
    phones: z.array(accountsTfaImportedPhoneSchema),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsTfaPhoneRemovePhoneParams>()(z.strictObject({
    gigyaAssertion: z.string(),
    phoneId: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsTfaPhoneSendVerificationCodeParams>()(z.strictObject({
    gigyaAssertion: z.string(),
    phoneID: z.string().optional(),
    phone: z.string().optional(),
    method: z.string(),
    lang: z.string(),
    regToken: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsTfaPushIsVerifiedParams>()(z.strictObject({
    gigyaAssertion: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsTfaPushOptinParams>()(z.strictObject({
    gigyaAssertion: z.string(),
    deviceInfo: accountsDeviceInfoSchema,
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsTfaPushSendVerificationParams>()(z.strictObject({
    gigyaAssertion: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsTfaPushVerifyParams>()(z.strictObject({
    gigyaAssertion: z.string(),
    verificationToken: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsTfaResetTFAParams>()(z.strictObject({
    UID: z.string(),
    provider: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsTfaTotpRegisterParams>()(z.strictObject({
    gigyaAssertion: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsTfaTotpVerifyParams>()(z.strictObject({
    gigyaAssertion: z.string(),
    code: z.string(),
    sctToken: z.string().optional(),
    regToken: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsTfaUnregisterDeviceParams>()(z.strictObject({
    UID: z.string(),
    allDevices: z.boolean().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsUnregisterCountersParams>()(z.strictObject({
    counters: z.array(accountsCounterSchema),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsUnsubscribeParams>()(z.strictObject({
    channelToken: z.string().optional(),
    email: z.string().optional(),
    subscriptionID: z.string(),
    tags: z.array(z.string()).optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsVerifyLoginParams>()(z.strictObject({
    UID: z.string().optional(),
    include: z.union([z.string(), z.array(z.string())]).optional(),
    targetEnv: z.string().optional(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsWebhooksDeleteParams>()(z.strictObject({
    name: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsWebhooksGetAllParams>()(z.strictObject({
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsWebhooksGetStatusParams>()(z.strictObject({
    url: z.string(),
    checkParams: z.boolean().optional(),
    cid: z.string().optional(),
    context: z.unknown().optional(),
  }));
  matches<AccountsWebhooksSetParams>()(z.strictObject({
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
  }));
}
