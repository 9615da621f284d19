// Generated from catalog/accounts.yaml, catalog/accounts.address.yaml, catalog/accounts.auth.yaml, catalog/accounts.devices.yaml, catalog/accounts.emailAccount.yaml, catalog/accounts.extensions.yaml, catalog/accounts.global.yaml, catalog/accounts.identifiers.yaml, catalog/accounts.otp.yaml, catalog/accounts.policies.yaml, catalog/accounts.progression.yaml, catalog/accounts.rba.yaml, catalog/accounts.session.yaml, catalog/accounts.sms.yaml, catalog/accounts.store.yaml, catalog/accounts.stream.yaml, catalog/accounts.tfa.yaml, catalog/accounts.webhooks.yaml by `npm run generate`. DO NOT EDIT.
// Change the catalog and run the generator again; `npm run generate -- --check` fails on any drift.

import * as z from 'zod';
import {
  type CallOptions,
  type GigyaResult,
  type Invoker,
  type MergePatch,
  type MethodDescriptor,
  type ResponseHints,
  type SiteSchema,
  bindCursorMethod,
  bindMethod,
  defineMethod,
} from '../../src/runtime.js';
import type {
  AccountsAddEmailsErrorCode,
  AccountsAddressCountriesGetErrorCode,
  AccountsAddressSuggestionsGetErrorCode,
  AccountsAuthGetMethodsErrorCode,
  AccountsAuthMagiclinkEmailGetConfigErrorCode,
  AccountsAuthMagiclinkEmailLoginErrorCode,
  AccountsAuthMagiclinkEmailSendErrorCode,
  AccountsAuthMagiclinkEmailSetConfigErrorCode,
  AccountsAuthMagiclinkGetLinkErrorCode,
  AccountsAuthOtpAuthenticateErrorCode,
  AccountsAuthOtpEmailGetConfigErrorCode,
  AccountsAuthOtpEmailLoginErrorCode,
  AccountsAuthOtpEmailSendCodeErrorCode,
  AccountsAuthOtpEmailSetConfigErrorCode,
  AccountsAuthOtpVerifyErrorCode,
  AccountsAuthPushConfigGetErrorCode,
  AccountsAuthPushConfigSetErrorCode,
  AccountsAuthPushVerifyErrorCode,
  AccountsDeleteAccountErrorCode,
  AccountsDeleteConsentStatementErrorCode,
  AccountsDeleteLegalStatementsErrorCode,
  AccountsDeleteLiteAccountErrorCode,
  AccountsDeleteNativeScreenSetErrorCode,
  AccountsDeleteSchemaFieldsErrorCode,
  AccountsDeleteScreenSetErrorCode,
  AccountsDevicesRegisterErrorCode,
  AccountsDevicesUnregisterErrorCode,
  AccountsDevicesUpdateErrorCode,
  AccountsDuplicateLegalStatementErrorCode,
  AccountsEmailAccountChangeEmailErrorCode,
  AccountsEmailAccountSyncMultipleAccountsErrorCode,
  AccountsEmailAccountSyncUidErrorCode,
  AccountsExchangeUIDSignatureErrorCode,
  AccountsExtensionsCreateErrorCode,
  AccountsExtensionsDeleteErrorCode,
  AccountsExtensionsGetErrorCode,
  AccountsExtensionsListErrorCode,
  AccountsExtensionsModifyErrorCode,
  AccountsFinalizeRegistrationErrorCode,
  AccountsGetAccountInfoErrorCode,
  AccountsGetConflictingAccountErrorCode,
  AccountsGetConsentsStatementsErrorCode,
  AccountsGetCountersErrorCode,
  AccountsGetJWTErrorCode,
  AccountsGetJWTPublicKeyErrorCode,
  AccountsGetLegalStatementsErrorCode,
  AccountsGetLiteTokenErrorCode,
  AccountsGetNativeScreenSetErrorCode,
  AccountsGetNativeScreenSetsErrorCode,
  AccountsGetPoliciesErrorCode,
  AccountsGetRegisteredCountersErrorCode,
  AccountsGetSchemaErrorCode,
  AccountsGetScreenSetVersionsErrorCode,
  AccountsGetScreenSetsErrorCode,
  AccountsGetSiteConsentDetailsErrorCode,
  AccountsGlobalChangeAccountResidencyErrorCode,
  AccountsIdentifiersCreateTokenErrorCode,
  AccountsIdentifiersFindErrorCode,
  AccountsImportAccountErrorCode,
  AccountsImportFullAccountErrorCode,
  AccountsImportLiteAccountsErrorCode,
  AccountsImportProfilePhotoErrorCode,
  AccountsIncrementCountersErrorCode,
  AccountsInitRegistrationErrorCode,
  AccountsIsAvailableLoginIDErrorCode,
  AccountsLinkAccountsErrorCode,
  AccountsLoginErrorCode,
  AccountsLogoutErrorCode,
  AccountsNotifyLoginErrorCode,
  AccountsNotifySocialLoginErrorCode,
  AccountsOtpDeleteErrorCode,
  AccountsOtpLoginErrorCode,
  AccountsOtpSendCodeErrorCode,
  AccountsOtpUpdateErrorCode,
  AccountsPoliciesEmailTemplatesGetConfigErrorCode,
  AccountsPoliciesEmailTemplatesSetConfigErrorCode,
  AccountsProgressionGetPolicyErrorCode,
  AccountsProgressionSetPolicyErrorCode,
  AccountsPublishProfilePhotoErrorCode,
  AccountsRbaGetPolicyErrorCode,
  AccountsRbaLockErrorCode,
  AccountsRbaSdkConfigurationGetErrorCode,
  AccountsRbaSetPolicyErrorCode,
  AccountsRbaUnlockErrorCode,
  AccountsRegisterCountersErrorCode,
  AccountsRegisterErrorCode,
  AccountsRemoveEmailsErrorCode,
  AccountsResendDOIConfirmationEmailErrorCode,
  AccountsResendVerificationCodeErrorCode,
  AccountsResetPasswordErrorCode,
  AccountsResetSitePreferencesErrorCode,
  AccountsSearchErrorCode,
  AccountsSendLiteInviteErrorCode,
  AccountsSessionVerifyErrorCode,
  AccountsSetAccountInfoErrorCode,
  AccountsSetPasswordErrorCode,
  AccountsSetPoliciesErrorCode,
  AccountsSetProfilePhotoErrorCode,
  AccountsSetSchemaErrorCode,
  AccountsSetScreenSetErrorCode,
  AccountsSmsConfigGetErrorCode,
  AccountsSmsConfigSetErrorCode,
  AccountsSmsTemplatesGetErrorCode,
  AccountsSmsTemplatesSetErrorCode,
  AccountsSocialLoginErrorCode,
  AccountsStoreDownloadConsentDocumentErrorCode,
  AccountsStoreUploadConsentDocumentErrorCode,
  AccountsStreamCreateErrorCode,
  AccountsStreamReadErrorCode,
  AccountsTfaBackupcodesCreateErrorCode,
  AccountsTfaBackupcodesGetErrorCode,
  AccountsTfaBackupcodesVerifyErrorCode,
  AccountsTfaDeactivateProviderErrorCode,
  AccountsTfaEmailCompleteVerificationErrorCode,
  AccountsTfaEmailGetEmailsErrorCode,
  AccountsTfaEmailSendVerificationCodeErrorCode,
  AccountsTfaFinalizeTFAErrorCode,
  AccountsTfaGetCertificateErrorCode,
  AccountsTfaGetProvidersErrorCode,
  AccountsTfaInitTFAErrorCode,
  AccountsTfaPhoneCompleteVerificationErrorCode,
  AccountsTfaPhoneGetCertificateErrorCode,
  AccountsTfaPhoneGetRegisteredPhoneNumbersErrorCode,
  AccountsTfaPhoneImportTFAErrorCode,
  AccountsTfaPhoneRemovePhoneErrorCode,
  AccountsTfaPhoneSendVerificationCodeErrorCode,
  AccountsTfaPushIsVerifiedErrorCode,
  AccountsTfaPushOptinErrorCode,
  AccountsTfaPushSendVerificationErrorCode,
  AccountsTfaPushVerifyErrorCode,
  AccountsTfaResetTFAErrorCode,
  AccountsTfaTotpRegisterErrorCode,
  AccountsTfaTotpVerifyErrorCode,
  AccountsTfaUnregisterDeviceErrorCode,
  AccountsUnregisterCountersErrorCode,
  AccountsUnsubscribeErrorCode,
  AccountsVerifyLoginErrorCode,
  AccountsWebhooksDeleteErrorCode,
  AccountsWebhooksGetAllErrorCode,
  AccountsWebhooksGetStatusErrorCode,
  AccountsWebhooksSetErrorCode,
} from '../errors.gen.js';
import {
  type AccountsNamespace,
  addEmailsMethod,
  addressCountriesGetMethod,
  addressSuggestionsGetMethod,
  authGetMethodsMethod,
  authMagiclinkEmailGetConfigMethod,
  authMagiclinkEmailLoginMethod,
  authMagiclinkEmailSendMethod,
  authMagiclinkEmailSetConfigMethod,
  authMagiclinkGetLinkMethod,
  authOtpAuthenticateMethod,
  authOtpEmailGetConfigMethod,
  authOtpEmailLoginMethod,
  authOtpEmailSendCodeMethod,
  authOtpEmailSetConfigMethod,
  authOtpVerifyMethod,
  authPushConfigGetMethod,
  authPushConfigSetMethod,
  authPushVerifyMethod,
  deleteAccountMethod,
  deleteConsentStatementMethod,
  deleteLegalStatementsMethod,
  deleteLiteAccountMethod,
  deleteNativeScreenSetMethod,
  deleteSchemaFieldsMethod,
  deleteScreenSetMethod,
  devicesRegisterMethod,
  devicesUnregisterMethod,
  devicesUpdateMethod,
  duplicateLegalStatementMethod,
  emailAccountChangeEmailMethod,
  emailAccountSyncMultipleAccountsMethod,
  emailAccountSyncUidMethod,
  exchangeUIDSignatureMethod,
  extensionsCreateMethod,
  extensionsDeleteMethod,
  extensionsGetMethod,
  extensionsListMethod,
  extensionsModifyMethod,
  finalizeRegistrationMethod,
  getAccountInfoMethod,
  getConflictingAccountMethod,
  getConsentsStatementsMethod,
  getCountersMethod,
  getJWTMethod,
  getJWTPublicKeyMethod,
  getLegalStatementsMethod,
  getLiteTokenMethod,
  getNativeScreenSetMethod,
  getNativeScreenSetsMethod,
  getPoliciesMethod,
  getRegisteredCountersMethod,
  getSchemaMethod,
  getScreenSetVersionsMethod,
  getScreenSetsMethod,
  getSiteConsentDetailsMethod,
  globalChangeAccountResidencyMethod,
  identifiersCreateTokenMethod,
  identifiersFindMethod,
  importAccountMethod,
  importFullAccountMethod,
  importLiteAccountsMethod,
  importProfilePhotoMethod,
  incrementCountersMethod,
  initRegistrationMethod,
  isAvailableLoginIDMethod,
  linkAccountsMethod,
  loginMethod,
  logoutMethod,
  notifyLoginMethod,
  notifySocialLoginMethod,
  otpDeleteMethod,
  otpLoginMethod,
  otpSendCodeMethod,
  otpUpdateMethod,
  policiesEmailTemplatesGetConfigMethod,
  policiesEmailTemplatesSetConfigMethod,
  progressionGetPolicyMethod,
  progressionSetPolicyMethod,
  publishProfilePhotoMethod,
  rbaGetPolicyMethod,
  rbaLockMethod,
  rbaSdkConfigurationGetMethod,
  rbaSetPolicyMethod,
  rbaUnlockMethod,
  registerCountersMethod,
  registerMethod,
  removeEmailsMethod,
  resendDOIConfirmationEmailMethod,
  resendVerificationCodeMethod,
  resetPasswordMethod,
  resetSitePreferencesMethod,
  searchMethod,
  sendLiteInviteMethod,
  sessionVerifyMethod,
  setAccountInfoMethod,
  setPasswordMethod,
  setPoliciesMethod,
  setProfilePhotoMethod,
  setSchemaMethod,
  setScreenSetMethod,
  smsConfigGetMethod,
  smsConfigSetMethod,
  smsTemplatesGetMethod,
  smsTemplatesSetMethod,
  socialLoginMethod,
  storeDownloadConsentDocumentMethod,
  storeUploadConsentDocumentMethod,
  streamCreateMethod,
  streamReadMethod,
  tfaBackupcodesCreateMethod,
  tfaBackupcodesGetMethod,
  tfaBackupcodesVerifyMethod,
  tfaDeactivateProviderMethod,
  tfaEmailCompleteVerificationMethod,
  tfaEmailGetEmailsMethod,
  tfaEmailSendVerificationCodeMethod,
  tfaFinalizeTFAMethod,
  tfaGetCertificateMethod,
  tfaGetProvidersMethod,
  tfaInitTFAMethod,
  tfaPhoneCompleteVerificationMethod,
  tfaPhoneGetCertificateMethod,
  tfaPhoneGetRegisteredPhoneNumbersMethod,
  tfaPhoneImportTFAMethod,
  tfaPhoneRemovePhoneMethod,
  tfaPhoneSendVerificationCodeMethod,
  tfaPushIsVerifiedMethod,
  tfaPushOptinMethod,
  tfaPushSendVerificationMethod,
  tfaPushVerifyMethod,
  tfaResetTFAMethod,
  tfaTotpRegisterMethod,
  tfaTotpVerifyMethod,
  tfaUnregisterDeviceMethod,
  unregisterCountersMethod,
  unsubscribeMethod,
  verifyLoginMethod,
  webhooksDeleteMethod,
  webhooksGetAllMethod,
  webhooksGetStatusMethod,
  webhooksSetMethod,
} from './methods.gen.js';
import type {
  AccountsAccountLockoutPolicy,
  AccountsAccountOptionsPolicy,
  AccountsAddEmailsParams,
  AccountsAddEmailsResponse,
  AccountsAddressCountriesGetParams,
  AccountsAddressCountriesGetResponse,
  AccountsAddressSuggestionsGetParams,
  AccountsAddressSuggestionsGetResponse,
  AccountsAuthGetMethodsParams,
  AccountsAuthGetMethodsResponse,
  AccountsAuthMagiclinkEmailGetConfigParams,
  AccountsAuthMagiclinkEmailGetConfigResponse,
  AccountsAuthMagiclinkEmailLoginParams,
  AccountsAuthMagiclinkEmailLoginResult,
  AccountsAuthMagiclinkEmailSendParams,
  AccountsAuthMagiclinkEmailSendResponse,
  AccountsAuthMagiclinkEmailSetConfigParams,
  AccountsAuthMagiclinkEmailSetConfigResponse,
  AccountsAuthMagiclinkGetLinkParams,
  AccountsAuthMagiclinkGetLinkResponse,
  AccountsAuthMethodPolicy,
  AccountsAuthOtpAuthenticateParams,
  AccountsAuthOtpAuthenticateResponse,
  AccountsAuthOtpEmailGetConfigParams,
  AccountsAuthOtpEmailGetConfigResponse,
  AccountsAuthOtpEmailLoginParams,
  AccountsAuthOtpEmailLoginResult,
  AccountsAuthOtpEmailSendCodeParams,
  AccountsAuthOtpEmailSendCodeResponse,
  AccountsAuthOtpEmailSetConfigParams,
  AccountsAuthOtpEmailSetConfigResponse,
  AccountsAuthOtpVerifyParams,
  AccountsAuthOtpVerifyResponse,
  AccountsAuthPushConfigGetParams,
  AccountsAuthPushConfigGetResponse,
  AccountsAuthPushConfigSetParams,
  AccountsAuthPushConfigSetResponse,
  AccountsAuthPushVerifyParams,
  AccountsAuthPushVerifyResponse,
  AccountsAuthenticationPolicy,
  AccountsCaptchaPolicy,
  AccountsCertification,
  AccountsClientContext,
  AccountsCommunication,
  AccountsCounter,
  AccountsDeleteAccountParams,
  AccountsDeleteAccountResponse,
  AccountsDeleteConsentStatementParams,
  AccountsDeleteConsentStatementResponse,
  AccountsDeleteLegalStatementsParams,
  AccountsDeleteLegalStatementsResponse,
  AccountsDeleteLiteAccountParams,
  AccountsDeleteLiteAccountResponse,
  AccountsDeleteNativeScreenSetParams,
  AccountsDeleteNativeScreenSetResponse,
  AccountsDeleteSchemaFieldsParams,
  AccountsDeleteSchemaFieldsResponse,
  AccountsDeleteScreenSetParams,
  AccountsDeleteScreenSetResponse,
  AccountsDeviceInfo,
  AccountsDevicesRegisterParams,
  AccountsDevicesRegisterResponse,
  AccountsDevicesUnregisterParams,
  AccountsDevicesUnregisterResponse,
  AccountsDevicesUpdateParams,
  AccountsDevicesUpdateResponse,
  AccountsDoubleOptInPolicy,
  AccountsDuplicateLegalStatementParams,
  AccountsDuplicateLegalStatementResponse,
  AccountsEducation,
  AccountsEmailAccountChangeEmailParams,
  AccountsEmailAccountChangeEmailResponse,
  AccountsEmailAccountSyncMultipleAccountsParams,
  AccountsEmailAccountSyncMultipleAccountsResponse,
  AccountsEmailAccountSyncUidParams,
  AccountsEmailAccountSyncUidResponse,
  AccountsEmailNotificationsPolicy,
  AccountsEmailVerificationPolicy,
  AccountsEmails,
  AccountsExchangeUIDSignatureParams,
  AccountsExchangeUIDSignatureResponse,
  AccountsExtensionHeader,
  AccountsExtensionsCreateParams,
  AccountsExtensionsCreateResponse,
  AccountsExtensionsDeleteParams,
  AccountsExtensionsDeleteResponse,
  AccountsExtensionsGetParams,
  AccountsExtensionsGetResponse,
  AccountsExtensionsListParams,
  AccountsExtensionsListResponse,
  AccountsExtensionsModifyParams,
  AccountsExtensionsModifyResponse,
  AccountsFavorite,
  AccountsFavorites,
  AccountsFederationPolicy,
  AccountsFinalizeRegistrationParams,
  AccountsFinalizeRegistrationResult,
  AccountsGetAccountInfoParams,
  AccountsGetAccountInfoResponse,
  AccountsGetConflictingAccountParams,
  AccountsGetConflictingAccountResponse,
  AccountsGetConsentsStatementsParams,
  AccountsGetConsentsStatementsResponse,
  AccountsGetCountersParams,
  AccountsGetCountersResponse,
  AccountsGetJWTParams,
  AccountsGetJWTPublicKeyParams,
  AccountsGetJWTPublicKeyResponse,
  AccountsGetJWTResponse,
  AccountsGetLegalStatementsParams,
  AccountsGetLegalStatementsResponse,
  AccountsGetLiteTokenParams,
  AccountsGetLiteTokenResponse,
  AccountsGetNativeScreenSetParams,
  AccountsGetNativeScreenSetResponse,
  AccountsGetNativeScreenSetsParams,
  AccountsGetNativeScreenSetsResponse,
  AccountsGetPoliciesParams,
  AccountsGetPoliciesResponse,
  AccountsGetRegisteredCountersParams,
  AccountsGetRegisteredCountersResponse,
  AccountsGetSchemaParams,
  AccountsGetSchemaResponse,
  AccountsGetScreenSetVersionsParams,
  AccountsGetScreenSetVersionsResponse,
  AccountsGetScreenSetsParams,
  AccountsGetScreenSetsResponse,
  AccountsGetSiteConsentDetailsParams,
  AccountsGetSiteConsentDetailsResponse,
  AccountsGigyaPluginsPolicy,
  AccountsGlobalChangeAccountResidencyParams,
  AccountsGlobalChangeAccountResidencyResponse,
  AccountsHashSettings,
  AccountsIdentifiersCreateTokenParams,
  AccountsIdentifiersCreateTokenResponse,
  AccountsIdentifiersFindParams,
  AccountsIdentifiersFindResponse,
  AccountsIdentity,
  AccountsImportAccountParams,
  AccountsImportAccountResponse,
  AccountsImportFullAccountParams,
  AccountsImportFullAccountResponse,
  AccountsImportLiteAccountsParams,
  AccountsImportLiteAccountsResponse,
  AccountsImportProfilePhotoParams,
  AccountsImportProfilePhotoResponse,
  AccountsIncrementCountersParams,
  AccountsIncrementCountersResponse,
  AccountsInitRegistrationParams,
  AccountsInitRegistrationResponse,
  AccountsIpLockoutPolicy,
  AccountsIsAvailableLoginIDParams,
  AccountsIsAvailableLoginIDResponse,
  AccountsLike,
  AccountsLinkAccountsParams,
  AccountsLinkAccountsResult,
  AccountsLoginIDs,
  AccountsLoginParams,
  AccountsLoginResult,
  AccountsLogoutParams,
  AccountsLogoutResponse,
  AccountsMappedProviderUID,
  AccountsNotifyLoginParams,
  AccountsNotifyLoginResult,
  AccountsNotifySocialLoginParams,
  AccountsNotifySocialLoginResult,
  AccountsOtpDeleteParams,
  AccountsOtpDeleteResponse,
  AccountsOtpLoginParams,
  AccountsOtpLoginResult,
  AccountsOtpSendCodeParams,
  AccountsOtpSendCodeResponse,
  AccountsOtpUpdateParams,
  AccountsOtpUpdateResponse,
  AccountsPasswordComplexityPolicy,
  AccountsPasswordImport,
  AccountsPasswordResetPolicy,
  AccountsPatent,
  AccountsPhone,
  AccountsPoliciesEmailTemplatesGetConfigParams,
  AccountsPoliciesEmailTemplatesGetConfigResponse,
  AccountsPoliciesEmailTemplatesSetConfigParams,
  AccountsPoliciesEmailTemplatesSetConfigResponse,
  AccountsProfile,
  AccountsProfilePhotoPolicy,
  AccountsProgressionGetPolicyParams,
  AccountsProgressionGetPolicyResponse,
  AccountsProgressionSetPolicyParams,
  AccountsProgressionSetPolicyResponse,
  AccountsProviderSession,
  AccountsPublication,
  AccountsPublishProfilePhotoParams,
  AccountsPublishProfilePhotoResponse,
  AccountsRbaAction,
  AccountsRbaGetPolicyParams,
  AccountsRbaGetPolicyResponse,
  AccountsRbaLockParams,
  AccountsRbaLockResponse,
  AccountsRbaPolicy,
  AccountsRbaRule,
  AccountsRbaRuleSet,
  AccountsRbaSdkConfigurationGetParams,
  AccountsRbaSdkConfigurationGetResponse,
  AccountsRbaSetPolicyParams,
  AccountsRbaSetPolicyResponse,
  AccountsRbaSitePolicy,
  AccountsRbaUnlockParams,
  AccountsRbaUnlockResponse,
  AccountsRegisterCountersParams,
  AccountsRegisterCountersResponse,
  AccountsRegisterParams,
  AccountsRegisterResult,
  AccountsRegistrationPolicy,
  AccountsRemoveEmailsParams,
  AccountsRemoveEmailsResponse,
  AccountsResendDOIConfirmationEmailParams,
  AccountsResendDOIConfirmationEmailResponse,
  AccountsResendVerificationCodeParams,
  AccountsResendVerificationCodeResponse,
  AccountsResetPasswordParams,
  AccountsResetPasswordResponse,
  AccountsResetSitePreferencesParams,
  AccountsResetSitePreferencesResponse,
  AccountsSchema,
  AccountsSchemaField,
  AccountsScreenSetMetadata,
  AccountsSearchParams,
  AccountsSearchResponse,
  AccountsSecretQuestionAndAnswer,
  AccountsSecurityPolicy,
  AccountsSendLiteInviteParams,
  AccountsSendLiteInviteResponse,
  AccountsSessionVerifyParams,
  AccountsSessionVerifyResponse,
  AccountsSetAccountInfoParams,
  AccountsSetAccountInfoResult,
  AccountsSetPasswordParams,
  AccountsSetPasswordResponse,
  AccountsSetPoliciesParams,
  AccountsSetPoliciesResponse,
  AccountsSetProfilePhotoParams,
  AccountsSetProfilePhotoResponse,
  AccountsSetSchemaParams,
  AccountsSetSchemaResponse,
  AccountsSetScreenSetParams,
  AccountsSetScreenSetResponse,
  AccountsSkill,
  AccountsSmsConfigGetParams,
  AccountsSmsConfigGetResponse,
  AccountsSmsConfigSetParams,
  AccountsSmsConfigSetResponse,
  AccountsSmsProviderConfig,
  AccountsSmsProviderCredentials,
  AccountsSmsRestrictions,
  AccountsSmsTemplateGroup,
  AccountsSmsTemplateSettings,
  AccountsSmsTemplates,
  AccountsSmsTemplatesGetParams,
  AccountsSmsTemplatesGetResponse,
  AccountsSmsTemplatesSetParams,
  AccountsSmsTemplatesSetResponse,
  AccountsSocialLoginParams,
  AccountsSocialLoginResponse,
  AccountsStoreDownloadConsentDocumentParams,
  AccountsStoreDownloadConsentDocumentResponse,
  AccountsStoreUploadConsentDocumentParams,
  AccountsStoreUploadConsentDocumentResponse,
  AccountsStreamCreateParams,
  AccountsStreamCreateResponse,
  AccountsStreamReadParams,
  AccountsStreamReadResponse,
  AccountsTfaBackupcodesCreateParams,
  AccountsTfaBackupcodesCreateResponse,
  AccountsTfaBackupcodesGetParams,
  AccountsTfaBackupcodesGetResponse,
  AccountsTfaBackupcodesVerifyParams,
  AccountsTfaBackupcodesVerifyResponse,
  AccountsTfaClientContext,
  AccountsTfaDeactivateProviderParams,
  AccountsTfaDeactivateProviderResponse,
  AccountsTfaEmailCompleteVerificationParams,
  AccountsTfaEmailCompleteVerificationResponse,
  AccountsTfaEmailGetEmailsParams,
  AccountsTfaEmailGetEmailsResponse,
  AccountsTfaEmailSendVerificationCodeParams,
  AccountsTfaEmailSendVerificationCodeResponse,
  AccountsTfaFinalizeTFAParams,
  AccountsTfaFinalizeTFAResponse,
  AccountsTfaGetCertificateParams,
  AccountsTfaGetCertificateResponse,
  AccountsTfaGetProvidersParams,
  AccountsTfaGetProvidersResponse,
  AccountsTfaImportedPhone,
  AccountsTfaInitTFAParams,
  AccountsTfaInitTFAResponse,
  AccountsTfaPhoneCompleteVerificationParams,
  AccountsTfaPhoneCompleteVerificationResponse,
  AccountsTfaPhoneGetCertificateParams,
  AccountsTfaPhoneGetCertificateResponse,
  AccountsTfaPhoneGetRegisteredPhoneNumbersParams,
  AccountsTfaPhoneGetRegisteredPhoneNumbersResponse,
  AccountsTfaPhoneImportTFAParams,
  AccountsTfaPhoneImportTFAResponse,
  AccountsTfaPhoneRemovePhoneParams,
  AccountsTfaPhoneRemovePhoneResponse,
  AccountsTfaPhoneSendVerificationCodeParams,
  AccountsTfaPhoneSendVerificationCodeResponse,
  AccountsTfaPushIsVerifiedParams,
  AccountsTfaPushIsVerifiedResponse,
  AccountsTfaPushOptinParams,
  AccountsTfaPushOptinResponse,
  AccountsTfaPushSendVerificationParams,
  AccountsTfaPushSendVerificationResponse,
  AccountsTfaPushVerifyParams,
  AccountsTfaPushVerifyResponse,
  AccountsTfaResetTFAParams,
  AccountsTfaResetTFAResponse,
  AccountsTfaTotpRegisterParams,
  AccountsTfaTotpRegisterResponse,
  AccountsTfaTotpVerifyParams,
  AccountsTfaTotpVerifyResponse,
  AccountsTfaUnregisterDeviceParams,
  AccountsTfaUnregisterDeviceResponse,
  AccountsTwoFactorAuthPolicy,
  AccountsTwoFactorProviderPolicy,
  AccountsUnregisterCountersParams,
  AccountsUnregisterCountersResponse,
  AccountsUnsubscribeParams,
  AccountsUnsubscribeResponse,
  AccountsVerifyLoginParams,
  AccountsVerifyLoginResponse,
  AccountsWebhookHeader,
  AccountsWebhooksDeleteParams,
  AccountsWebhooksDeleteResponse,
  AccountsWebhooksGetAllParams,
  AccountsWebhooksGetAllResponse,
  AccountsWebhooksGetStatusParams,
  AccountsWebhooksGetStatusResponse,
  AccountsWebhooksSetParams,
  AccountsWebhooksSetResponse,
  AccountsWork,
} from './types.gen.js';

// The proof behind validators.gen.ts, which declares each schema as its interface without
// making a user's compiler check it, and behind the response hints and bindings of
// methods.gen.ts. `npm test` type-checks this file; nothing imports it.

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

/** The methods module's descriptors built from typed literals, by wire name: the hints typed as the runtime reads them, each descriptor as its method declares it. A test holds them equal to the module's, which it builds from JSON text. */
export function descriptorsChecked(): Readonly<Record<string, MethodDescriptor>> {
  const accountsCommunicationHints: ResponseHints = {
    channel: 'string',
    lastModified: 'string',
    optIn: 'json',
    status: 'string',
    topic: 'string',
    userActionTimestamp: 'string',
  };
  const accountsEmailsHints: ResponseHints = {
    unverified: { items: 'string' },
    verified: { items: 'string' },
  };
  const accountsGroupOrganizationHints: ResponseHints = {
    department: 'string',
    job: 'string',
    orgId: 'string',
    roles: { items: 'string' },
    status: 'string',
  };
  const accountsGroupsHints: ResponseHints = {
    organizations: { items: { fields: accountsGroupOrganizationHints } },
  };
  const accountsCertificationHints: ResponseHints = {
    authority: 'string',
    endDate: 'string',
    name: 'string',
    number: 'string',
    startDate: 'string',
  };
  const accountsEducationHints: ResponseHints = {
    degree: 'string',
    endYear: 'string',
    fieldOfStudy: 'string',
    school: 'string',
    schoolType: 'string',
    startYear: 'string',
  };
  const accountsFavoriteHints: ResponseHints = {
    category: 'string',
    id: 'string',
    name: 'string',
  };
  const accountsFavoritesHints: ResponseHints = {
    activities: { items: { fields: accountsFavoriteHints } },
    books: { items: { fields: accountsFavoriteHints } },
    interests: { items: { fields: accountsFavoriteHints } },
    movies: { items: { fields: accountsFavoriteHints } },
    music: { items: { fields: accountsFavoriteHints } },
    television: { items: { fields: accountsFavoriteHints } },
  };
  const accountsLikeHints: ResponseHints = {
    category: 'string',
    id: 'string',
    name: 'string',
    time: 'string',
    timestamp: 'number',
  };
  const accountsMappedProviderUIDHints: ResponseHints = {
    apiKey: 'string',
    providerUID: 'string',
  };
  const accountsPatentHints: ResponseHints = {
    date: 'string',
    number: 'string',
    office: 'string',
    status: 'string',
    summary: 'string',
    title: 'string',
    url: 'string',
  };
  const accountsPhoneHints: ResponseHints = {
    number: 'string',
    type: 'string',
  };
  const accountsPublicationHints: ResponseHints = {
    date: 'string',
    publisher: 'string',
    summary: 'string',
    title: 'string',
    url: 'string',
  };
  const accountsSkillHints: ResponseHints = {
    level: 'string',
    skill: 'string',
    years: 'string',
  };
  const accountsWorkHints: ResponseHints = {
    company: 'string',
    companyID: 'string',
    companySize: 'string',
    endDate: 'string',
    industry: 'string',
    isCurrent: 'boolean',
    startDate: 'string',
    title: 'string',
  };
  const accountsIdentityHints: ResponseHints = {
    address: 'string',
    age: 'number',
    allowsLogin: 'boolean',
    bio: 'string',
    birthDay: 'number',
    birthMonth: 'number',
    birthYear: 'number',
    certifications: { items: { fields: accountsCertificationHints } },
    city: 'string',
    country: 'string',
    education: { items: { fields: accountsEducationHints } },
    educationLevel: 'string',
    email: 'string',
    favorites: { fields: accountsFavoritesHints },
    firstName: 'string',
    followersCount: 'number',
    followingCount: 'number',
    gender: 'string',
    hometown: 'string',
    honors: 'string',
    industry: 'string',
    interestedIn: 'string',
    isExpiredSession: 'boolean',
    isLoginIdentity: 'boolean',
    languages: 'string',
    lastLoginTime: 'number',
    lastName: 'string',
    lastUpdated: 'string',
    lastUpdatedTimestamp: 'number',
    likes: { items: { fields: accountsLikeHints } },
    locale: 'string',
    mappedProviderUIDs: { items: { fields: accountsMappedProviderUIDHints } },
    missingPermissions: 'string',
    name: 'string',
    nickname: 'string',
    oidcData: 'json',
    oldestDataUpdated: 'string',
    oldestDataUpdatedTimestamp: 'number',
    patents: { items: { fields: accountsPatentHints } },
    phones: { items: { fields: accountsPhoneHints } },
    photoURL: 'string',
    politicalView: 'string',
    professionalHeadline: 'string',
    profileURL: 'string',
    provider: 'string',
    providerUID: 'string',
    providerUIDSig: 'string',
    proxiedEmail: 'string',
    publications: { items: { fields: accountsPublicationHints } },
    relationshipStatus: 'string',
    religion: 'string',
    samlData: 'json',
    siteIds: { items: 'string' },
    skills: { items: { fields: accountsSkillHints } },
    specialties: 'string',
    state: 'string',
    thumbnailURL: 'string',
    timezone: 'string',
    username: 'string',
    verified: 'boolean',
    work: { items: { fields: accountsWorkHints } },
    zip: 'string',
  };
  const accountsLoginIDsHints: ResponseHints = {
    emails: { items: 'string' },
    unverifiedEmails: { items: 'string' },
    username: 'string',
  };
  const accountsCoordinatesHints: ResponseHints = {
    lat: 'number',
    lon: 'number',
  };
  const accountsLoginLocationHints: ResponseHints = {
    city: 'string',
    coordinates: { fields: accountsCoordinatesHints },
    country: 'string',
    state: 'string',
  };
  const accountsHashSettingsHints: ResponseHints = {
    URL: 'string',
    algorithm: 'string',
    binaryFormat: 'string',
    format: 'string',
    rounds: 'number',
    salt: 'string',
  };
  const accountsPasswordHints: ResponseHints = {
    created: 'string',
    hash: 'string',
    hashSettings: { fields: accountsHashSettingsHints },
  };
  const accountsProfileHints: ResponseHints = {
    activities: 'string',
    address: 'string',
    age: 'number',
    bio: 'string',
    birthDay: 'number',
    birthMonth: 'number',
    birthYear: 'number',
    certifications: { items: { fields: accountsCertificationHints } },
    city: 'string',
    country: 'string',
    education: { items: { fields: accountsEducationHints } },
    educationLevel: 'string',
    email: 'string',
    favorites: { fields: accountsFavoritesHints },
    firstName: 'string',
    followersCount: 'number',
    followingCount: 'number',
    gender: 'string',
    hometown: 'string',
    honors: 'string',
    industry: 'string',
    interestedIn: 'string',
    languages: 'string',
    lastName: 'string',
    likes: { items: { fields: accountsLikeHints } },
    locale: 'string',
    name: 'string',
    nickname: 'string',
    oidcData: 'json',
    patents: { items: { fields: accountsPatentHints } },
    phones: { items: { fields: accountsPhoneHints } },
    photoURL: 'string',
    politicalView: 'string',
    professionalHeadline: 'string',
    profileURL: 'string',
    publications: { items: { fields: accountsPublicationHints } },
    relationshipStatus: 'string',
    religion: 'string',
    samlData: 'json',
    skills: { items: { fields: accountsSkillHints } },
    specialties: 'string',
    state: 'string',
    thumbnailURL: 'string',
    timezone: 'string',
    username: 'string',
    verified: 'boolean',
    work: { items: { fields: accountsWorkHints } },
    zip: 'string',
  };
  const accountsRbaPolicyHints: ResponseHints = {
    riskPolicy: 'string',
    riskPolicyLocked: 'boolean',
  };
  const accountsAccountHints: ResponseHints = {
    UID: 'string',
    UIDSignature: 'string',
    communications: 'json',
    created: 'string',
    createdTimestamp: 'number',
    customIdentifiers: 'json',
    data: 'json',
    emails: { fields: accountsEmailsHints },
    groups: { fields: accountsGroupsHints },
    iRank: 'number',
    identities: { items: { fields: accountsIdentityHints } },
    inTransition: 'boolean',
    internal: 'json',
    isActive: 'boolean',
    isLockedOut: 'boolean',
    isRegistered: 'boolean',
    isVerified: 'boolean',
    lastLogin: 'string',
    lastLoginLocation: { fields: accountsLoginLocationHints },
    lastLoginTimestamp: 'number',
    lastUpdated: 'string',
    lastUpdatedTimestamp: 'number',
    lockedUntil: 'string',
    loginIDs: { fields: accountsLoginIDsHints },
    loginProvider: 'string',
    oldestDataUpdated: 'string',
    oldestDataUpdatedTimestamp: 'number',
    password: { fields: accountsPasswordHints },
    phoneNumber: 'string',
    preferences: 'json',
    profile: { fields: accountsProfileHints },
    rbaPolicy: { fields: accountsRbaPolicyHints },
    regSource: 'string',
    registered: 'string',
    registeredTimestamp: 'number',
    signatureTimestamp: 'string',
    socialProviders: 'string',
    subscriptions: 'json',
    userInfo: 'json',
    verified: 'string',
    verifiedTimestamp: 'number',
  };
  const accountsAccountLockoutPolicyHints: ResponseHints = {
    failedLoginResetSec: 'number',
    failedLoginThreshold: 'number',
    lockoutTimeSec: 'number',
  };
  const accountsAccountOptionsPolicyHints: ResponseHints = {
    allowUnverifiedLogin: 'boolean',
    defaultLanguage: 'string',
    loginIdentifierConflict: 'string',
    loginIdentifiers: 'string',
    preventLoginIDHarvesting: 'boolean',
    sendAccountDeletedEmail: 'boolean',
    sendWelcomeEmail: 'boolean',
    verifyEmail: 'boolean',
    verifyProviderEmail: 'boolean',
    welcomeEmailTemplates: 'json',
  };
  const accountsAddressCountryHints: ResponseHints = {
    name: 'string',
    isoCode2: 'string',
    isoCode3: 'string',
    numericCode: 'number',
  };
  const accountsAddressDetailsHints: ResponseHints = {
    metadataToken: 'string',
    country: 'string',
    countryISOCode2: 'string',
    countryISOCode3: 'string',
    zipCode: 'string',
    city: 'string',
    street: 'string',
    houseNumber: 'string',
    neighborhood: 'string',
    building: 'string',
    entrance: 'string',
    floor: 'string',
    apartment: 'string',
    postOfficeBox: 'string',
  };
  const accountsAddressSuggestionHints: ResponseHints = {
    id: 'string',
    address: 'string',
  };
  const accountsAuthIdentifierHints: ResponseHints = {
    id: 'string',
    display: 'string',
    type: 'string',
  };
  const accountsAuthMethodPolicyHints: ResponseHints = {
    enabled: 'boolean',
  };
  const accountsAuthenticationPolicyHints: ResponseHints = {
    methods: 'json',
  };
  const accountsCaptchaPolicyHints: ResponseHints = {
    failedLoginThreshold: 'number',
  };
  const accountsConflictingAccountHints: ResponseHints = {
    loginID: 'string',
    loginProviders: { items: 'string' },
  };
  const accountsCounterHints: ResponseHints = {
    class: 'string',
    count: 'number',
    lastUpdatedTimestamp: 'string',
    path: 'string',
    period: 'string',
    value: 'number',
  };
  const accountsDoubleOptInPolicyHints: ResponseHints = {
    confirmationEmailTemplates: 'json',
    confirmationLinkExpiration: 'number',
    defaultLanguage: 'string',
    nextURL: 'string',
  };
  const accountsEmailNotificationsPolicyHints: ResponseHints = {
    accountDeletedEmailDefaultLanguage: 'string',
    accountDeletedEmailTemplates: 'json',
    confirmationEmailDefaultLanguage: 'string',
    confirmationEmailTemplates: 'json',
  };
  const accountsEmailVerificationPolicyHints: ResponseHints = {
    autoLogin: 'boolean',
    defaultLanguage: 'string',
    emailTemplates: 'json',
    nextURL: 'string',
    nextURLMapping: 'json',
    verificationEmailExpiration: 'number',
  };
  const accountsExtensionHeaderHints: ResponseHints = {
    name: 'string',
    value: 'string',
  };
  const accountsExtensionConfigHints: ResponseHints = {
    id: 'string',
    extensionId: 'string',
    friendlyName: 'string',
    enabled: 'boolean',
    extensionPoint: 'string',
    extensionFuncUrl: 'string',
    description: 'string',
    timeout: 'number',
    fallback: 'string',
    headers: { items: { fields: accountsExtensionHeaderHints } },
    integration: 'string',
    created: 'string',
    modified: 'string',
    lastModified: 'string',
  };
  const accountsFederationPolicyHints: ResponseHints = {
    allowMultipleIdentities: 'boolean',
  };
  const accountsGigyaPluginsPolicyHints: ResponseHints = {
    defaultMobileRegScreenSet: 'string',
    defaultRegScreenSet: 'string',
    rememberSessionExpiration: 'number',
    sessionExpiration: 'number',
  };
  const accountsIdentityConflictHints: ResponseHints = {
    provider: 'string',
    providerUID: 'string',
  };
  const accountsIpLockoutPolicyHints: ResponseHints = {
    hourlyFailedLoginThreshold: 'number',
    lockoutTimeSec: 'number',
  };
  const accountsJsonWebKeyHints: ResponseHints = {
    alg: 'string',
    e: 'string',
    kid: 'string',
    kty: 'string',
    n: 'string',
    use: 'string',
  };
  const accountsLegalStatementHints: ResponseHints = {
    currentDocDate: 'string',
    currentDocVersion: 'number',
    customData: { items: 'json' },
    dates: 'json',
    documentUrl: 'string',
    legalStatementStatus: 'string',
    minDocDate: 'string',
    minDocVersion: 'number',
    publishedDocDate: 'string',
    publishedDocVersion: 'number',
    purpose: 'string',
    versions: 'json',
  };
  const accountsNativeScreenSetInfoHints: ResponseHints = {
    Description: 'string',
    comment: 'string',
    lastModified: 'string',
    screenSetId: 'string',
    version: 'number',
  };
  const accountsPasswordComplexityPolicyHints: ResponseHints = {
    minCharGroups: 'number',
    minLength: 'number',
    regExp: 'string',
  };
  const accountsPasswordResetPolicyHints: ResponseHints = {
    defaultLanguage: 'string',
    emailTemplates: 'json',
    requireSecurityCheck: 'boolean',
    resetURL: 'string',
    securityFields: { items: { items: 'string' } },
    sendConfirmationEmail: 'boolean',
    tokenExpiration: 'number',
  };
  const accountsProfilePhotoPolicyHints: ResponseHints = {
    thumbnailHeight: 'number',
    thumbnailWidth: 'number',
  };
  const accountsRegistrationPolicyHints: ResponseHints = {
    enforceCoppa: 'boolean',
    requireCaptcha: 'boolean',
    requireLoginID: 'boolean',
    requireSecurityQuestion: 'boolean',
  };
  const accountsSecurityPolicyHints: ResponseHints = {
    accountLockout: { fields: accountsAccountLockoutPolicyHints },
    captcha: { fields: accountsCaptchaPolicyHints },
    ipLockout: { fields: accountsIpLockoutPolicyHints },
    passwordChangeInterval: 'number',
    passwordHistorySize: 'number',
  };
  const accountsTwoFactorProviderPolicyHints: ResponseHints = {
    enabled: 'boolean',
    name: 'string',
    params: 'json',
  };
  const accountsTwoFactorAuthPolicyHints: ResponseHints = {
    providers: { items: { fields: accountsTwoFactorProviderPolicyHints } },
  };
  const accountsPoliciesHints: ResponseHints = {
    accountOptions: { fields: accountsAccountOptionsPolicyHints },
    authentication: { fields: accountsAuthenticationPolicyHints },
    doubleOptIn: { fields: accountsDoubleOptInPolicyHints },
    emailNotifications: { fields: accountsEmailNotificationsPolicyHints },
    emailVerification: { fields: accountsEmailVerificationPolicyHints },
    federation: { fields: accountsFederationPolicyHints },
    gigyaPlugins: { fields: accountsGigyaPluginsPolicyHints },
    passwordComplexity: { fields: accountsPasswordComplexityPolicyHints },
    passwordReset: { fields: accountsPasswordResetPolicyHints },
    preferencesCenter: 'json',
    profilePhoto: { fields: accountsProfilePhotoPolicyHints },
    registration: { fields: accountsRegistrationPolicyHints },
    security: { fields: accountsSecurityPolicyHints },
    twoFactorAuth: { fields: accountsTwoFactorAuthPolicyHints },
  };
  const accountsRbaActionHints: ResponseHints = {
    type: 'string',
    duration: 'number',
    scope: { items: 'string' },
    authLevel: 'number',
    challenge: 'string',
  };
  const accountsRbaRuleHints: ResponseHints = {
    id: 'json',
    scope: 'string',
    description: 'string',
    enabled: 'boolean',
    action: { fields: accountsRbaActionHints },
    rootFactor: 'json',
  };
  const accountsRbaRuleSetHints: ResponseHints = {
    id: 'string',
    description: 'string',
    enabled: 'boolean',
    rules: { items: { fields: accountsRbaRuleHints } },
  };
  const accountsRbaSdkTypeHints: ResponseHints = {
    type: 'string',
    displayName: 'string',
    supportedVersions: { items: 'string' },
  };
  const accountsRbaSitePolicyHints: ResponseHints = {
    commonRules: { items: { fields: accountsRbaRuleHints } },
    rulesSets: { items: { fields: accountsRbaRuleSetHints } },
    defaultPolicy: 'string',
    tfaRegistrationScope: 'boolean',
    allowOverrideMode: 'string',
  };
  const accountsSchemaFieldHints: ResponseHints = {
    allowNull: 'boolean',
    currentDocDate: 'string',
    currentDocVersion: 'number',
    description: 'string',
    doubleOptIn: 'boolean',
    enableConditionalDoubleOptIn: 'boolean',
    encrypt: 'string',
    encryptedNonSearchable: 'boolean',
    format: 'string',
    languages: { items: 'string' },
    minDocDate: 'string',
    minDocVersion: 'number',
    relatedConsentIds: { items: 'string' },
    required: 'boolean',
    subType: 'string',
    tags: { items: 'string' },
    type: 'string',
    writeAccess: 'string',
  };
  const accountsSchemaHints: ResponseHints = {
    dynamicSchema: 'boolean',
    fields: 'json',
  };
  const accountsScreenSetMetadataHints: ResponseHints = {
    desc: 'string',
    designerHtml: 'string',
    lastModified: 'string',
    targetEnv: 'string',
    version: 'number',
  };
  const accountsScreenSetHints: ResponseHints = {
    css: 'string',
    html: 'string',
    javascript: 'string',
    metadata: { fields: accountsScreenSetMetadataHints },
    screenSetID: 'string',
    translations: 'json',
  };
  const accountsScreenSetVersionHints: ResponseHints = {
    comment: 'string',
    lastModified: 'number',
    uiBuilderSupport: 'boolean',
    version: 'number',
  };
  const accountsSessionInfoHints: ResponseHints = {
    cookieName: 'string',
    cookieValue: 'string',
    expires_in: 'number',
    login_token: 'string',
    sessionSecret: 'string',
    sessionToken: 'string',
  };
  const accountsSmsProviderCredentialsHints: ResponseHints = {
    clientId: 'string',
    clientSecret: 'string',
  };
  const accountsSmsRestrictionsHints: ResponseHints = {
    allowList: { items: 'string' },
    denyList: { items: 'string' },
    globalDenyList: { items: 'string' },
  };
  const accountsSmsProviderConfigHints: ResponseHints = {
    vendorName: 'string',
    credentials: { fields: accountsSmsProviderCredentialsHints },
    originPhoneNumber: 'string',
    senderType: 'string',
    configOverride: 'boolean',
    restrictions: { fields: accountsSmsRestrictionsHints },
  };
  const accountsSmsTemplateGroupHints: ResponseHints = {
    templates: 'json',
    defaultLanguage: 'string',
  };
  const accountsSmsTemplateSettingsHints: ResponseHints = {
    globalTemplates: { fields: accountsSmsTemplateGroupHints },
    templatesPerCountryCode: 'json',
  };
  const accountsSmsTemplatesHints: ResponseHints = {
    otp: { fields: accountsSmsTemplateSettingsHints },
    tfa: { fields: accountsSmsTemplateSettingsHints },
  };
  const accountsStreamEventHints: ResponseHints = {
    uid: 'string',
    operation: 'string',
    details: { items: 'string' },
  };
  const accountsTfaProviderHints: ResponseHints = {
    name: 'string',
    authLevel: 'number',
    capabilities: { items: 'string' },
  };
  const accountsTfaRegisteredPhoneHints: ResponseHints = {
    id: 'string',
    obfuscated: 'string',
    lastMethod: 'string',
    lastVerification: 'string',
    plain: 'string',
  };
  const accountsTfaVerifiedEmailHints: ResponseHints = {
    id: 'string',
    obfuscated: 'string',
    lastVerification: 'string',
    plain: 'string',
  };
  const accountsValidationErrorHints: ResponseHints = {
    errorCode: 'number',
    fieldName: 'string',
    message: 'string',
  };
  const accountsWebhookHeaderHints: ResponseHints = {
    name: 'string',
    value: 'string',
  };
  const accountsWebhookConfigHints: ResponseHints = {
    url: 'string',
    name: 'string',
    events: { items: 'string' },
    active: 'boolean',
    headers: { items: { fields: accountsWebhookHeaderHints } },
    signingUserKey: 'string',
    version: 'string',
    id: 'string',
    product: 'string',
    useXfCredentials: 'boolean',
  };
  const accountsWebhookStatusHints: ResponseHints = {
    statusCode: 'number',
    lastSent: 'string',
    message: 'string',
  };
  return {
    'accounts.addEmails': defineMethod<AccountsAddEmailsParams, AccountsAddEmailsResponse, AccountsAddEmailsErrorCode>({
      name: 'accounts.addEmails',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 409030, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsAddEmailsParamsSchema,
      csvParams: ['unverifiedEmails', 'verifiedEmails'],
      access: 'signed',
    }),
    'accounts.address.countries.get': defineMethod<AccountsAddressCountriesGetParams, AccountsAddressCountriesGetResponse, AccountsAddressCountriesGetErrorCode>({
      name: 'accounts.address.countries.get',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsAddressCountriesGetParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        countries: { items: { fields: accountsAddressCountryHints } },
      },
    }),
    'accounts.address.suggestions.get': defineMethod<AccountsAddressSuggestionsGetParams, AccountsAddressSuggestionsGetResponse, AccountsAddressSuggestionsGetErrorCode>({
      name: 'accounts.address.suggestions.get',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsAddressSuggestionsGetParamsSchema,
      csvParams: [],
      access: 'public',
      responseHints: {
        suggestions: { items: { fields: accountsAddressSuggestionHints } },
        address: { fields: accountsAddressDetailsHints },
      },
    }),
    'accounts.auth.getMethods': defineMethod<AccountsAuthGetMethodsParams, AccountsAuthGetMethodsResponse, AccountsAuthGetMethodsErrorCode>({
      name: 'accounts.auth.getMethods',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 400096, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsAuthGetMethodsParamsSchema,
      csvParams: [],
      access: 'public',
      responseHints: {
        methods: { items: 'string' },
        identifiers: { items: { fields: accountsAuthIdentifierHints } },
      },
    }),
    'accounts.auth.magiclink.email.getConfig': defineMethod<AccountsAuthMagiclinkEmailGetConfigParams, AccountsAuthMagiclinkEmailGetConfigResponse, AccountsAuthMagiclinkEmailGetConfigErrorCode>({
      name: 'accounts.auth.magiclink.email.getConfig',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsAuthMagiclinkEmailGetConfigParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        isEnabled: 'boolean',
        landingPageUrl: 'string',
        expiration: 'number',
      },
    }),
    'accounts.auth.magiclink.email.login': defineMethod<AccountsAuthMagiclinkEmailLoginParams, AccountsAuthMagiclinkEmailLoginResult, AccountsAuthMagiclinkEmailLoginErrorCode>({
      name: 'accounts.auth.magiclink.email.login',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsAuthMagiclinkEmailLoginParamsSchema,
      csvParams: [],
      access: 'public',
      responseHints: {
        UID: 'string',
        UIDSignature: 'string',
        isNewUser: 'boolean',
        sessionInfo: { fields: accountsSessionInfoHints },
        regToken: 'string',
        account: { fields: accountsAccountHints },
      },
    }),
    'accounts.auth.magiclink.email.send': defineMethod<AccountsAuthMagiclinkEmailSendParams, AccountsAuthMagiclinkEmailSendResponse, AccountsAuthMagiclinkEmailSendErrorCode>({
      name: 'accounts.auth.magiclink.email.send',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsAuthMagiclinkEmailSendParamsSchema,
      csvParams: [],
      access: 'public',
      responseHints: {
        vToken: 'string',
        code: 'string',
      },
    }),
    'accounts.auth.magiclink.email.setConfig': defineMethod<AccountsAuthMagiclinkEmailSetConfigParams, AccountsAuthMagiclinkEmailSetConfigResponse, AccountsAuthMagiclinkEmailSetConfigErrorCode>({
      name: 'accounts.auth.magiclink.email.setConfig',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsAuthMagiclinkEmailSetConfigParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.auth.magiclink.getlink': defineMethod<AccountsAuthMagiclinkGetLinkParams, AccountsAuthMagiclinkGetLinkResponse, AccountsAuthMagiclinkGetLinkErrorCode>({
      name: 'accounts.auth.magiclink.getlink',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsAuthMagiclinkGetLinkParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        magicLink: 'string',
      },
    }),
    'accounts.auth.otp.authenticate': defineMethod<AccountsAuthOtpAuthenticateParams, AccountsAuthOtpAuthenticateResponse, AccountsAuthOtpAuthenticateErrorCode>({
      name: 'accounts.auth.otp.authenticate',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsAuthOtpAuthenticateParamsSchema,
      csvParams: [],
      access: 'public',
      responseHints: {
        access_token: 'string',
      },
    }),
    'accounts.auth.otp.email.getConfig': defineMethod<AccountsAuthOtpEmailGetConfigParams, AccountsAuthOtpEmailGetConfigResponse, AccountsAuthOtpEmailGetConfigErrorCode>({
      name: 'accounts.auth.otp.email.getConfig',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsAuthOtpEmailGetConfigParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        isEnabled: 'boolean',
      },
    }),
    'accounts.auth.otp.email.login': defineMethod<AccountsAuthOtpEmailLoginParams, AccountsAuthOtpEmailLoginResult, AccountsAuthOtpEmailLoginErrorCode>({
      name: 'accounts.auth.otp.email.login',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 403101, 403102, 403120, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsAuthOtpEmailLoginParamsSchema,
      csvParams: ['include'],
      access: 'public',
      responseHints: {
        UID: 'string',
        isNewUser: 'boolean',
        sessionInfo: { fields: accountsSessionInfoHints },
        regToken: 'string',
        profile: { fields: accountsProfileHints },
        data: 'json',
        preferences: 'json',
        subscriptions: 'json',
        emails: { fields: accountsEmailsHints },
        loginIDs: { fields: accountsLoginIDsHints },
        identities: { items: { fields: accountsIdentityHints } },
        id_token: 'string',
      },
    }),
    'accounts.auth.otp.email.sendCode': defineMethod<AccountsAuthOtpEmailSendCodeParams, AccountsAuthOtpEmailSendCodeResponse, AccountsAuthOtpEmailSendCodeErrorCode>({
      name: 'accounts.auth.otp.email.sendCode',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsAuthOtpEmailSendCodeParamsSchema,
      csvParams: [],
      access: 'public',
      responseHints: {
        vToken: 'string',
        code: 'string',
      },
    }),
    'accounts.auth.otp.email.setConfig': defineMethod<AccountsAuthOtpEmailSetConfigParams, AccountsAuthOtpEmailSetConfigResponse, AccountsAuthOtpEmailSetConfigErrorCode>({
      name: 'accounts.auth.otp.email.setConfig',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsAuthOtpEmailSetConfigParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.auth.otp.verify': defineMethod<AccountsAuthOtpVerifyParams, AccountsAuthOtpVerifyResponse, AccountsAuthOtpVerifyErrorCode>({
      name: 'accounts.auth.otp.verify',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsAuthOtpVerifyParamsSchema,
      csvParams: [],
      access: 'public',
      responseHints: {
        id_token: 'string',
      },
    }),
    'accounts.auth.push.config.get': defineMethod<AccountsAuthPushConfigGetParams, AccountsAuthPushConfigGetResponse, AccountsAuthPushConfigGetErrorCode>({
      name: 'accounts.auth.push.config.get',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsAuthPushConfigGetParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        vendors: 'json',
      },
    }),
    'accounts.auth.push.config.set': defineMethod<AccountsAuthPushConfigSetParams, AccountsAuthPushConfigSetResponse, AccountsAuthPushConfigSetErrorCode>({
      name: 'accounts.auth.push.config.set',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsAuthPushConfigSetParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.auth.push.verify': defineMethod<AccountsAuthPushVerifyParams, AccountsAuthPushVerifyResponse, AccountsAuthPushVerifyErrorCode>({
      name: 'accounts.auth.push.verify',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsAuthPushVerifyParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.deleteAccount': defineMethod<AccountsDeleteAccountParams, AccountsDeleteAccountResponse, AccountsDeleteAccountErrorCode>({
      name: 'accounts.deleteAccount',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 409030, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsDeleteAccountParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.deleteConsentStatement': defineMethod<AccountsDeleteConsentStatementParams, AccountsDeleteConsentStatementResponse, AccountsDeleteConsentStatementErrorCode>({
      name: 'accounts.deleteConsentStatement',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsDeleteConsentStatementParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.deleteLegalStatements': defineMethod<AccountsDeleteLegalStatementsParams, AccountsDeleteLegalStatementsResponse, AccountsDeleteLegalStatementsErrorCode>({
      name: 'accounts.deleteLegalStatements',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsDeleteLegalStatementsParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.deleteLiteAccount': defineMethod<AccountsDeleteLiteAccountParams, AccountsDeleteLiteAccountResponse, AccountsDeleteLiteAccountErrorCode>({
      name: 'accounts.deleteLiteAccount',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsDeleteLiteAccountParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.deleteNativeScreenSet': defineMethod<AccountsDeleteNativeScreenSetParams, AccountsDeleteNativeScreenSetResponse, AccountsDeleteNativeScreenSetErrorCode>({
      name: 'accounts.deleteNativeScreenSet',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsDeleteNativeScreenSetParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.deleteSchemaFields': defineMethod<AccountsDeleteSchemaFieldsParams, AccountsDeleteSchemaFieldsResponse, AccountsDeleteSchemaFieldsErrorCode>({
      name: 'accounts.deleteSchemaFields',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsDeleteSchemaFieldsParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.deleteScreenSet': defineMethod<AccountsDeleteScreenSetParams, AccountsDeleteScreenSetResponse, AccountsDeleteScreenSetErrorCode>({
      name: 'accounts.deleteScreenSet',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsDeleteScreenSetParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.devices.register': defineMethod<AccountsDevicesRegisterParams, AccountsDevicesRegisterResponse, AccountsDevicesRegisterErrorCode>({
      name: 'accounts.devices.register',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsDevicesRegisterParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.devices.unregister': defineMethod<AccountsDevicesUnregisterParams, AccountsDevicesUnregisterResponse, AccountsDevicesUnregisterErrorCode>({
      name: 'accounts.devices.unregister',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsDevicesUnregisterParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.devices.update': defineMethod<AccountsDevicesUpdateParams, AccountsDevicesUpdateResponse, AccountsDevicesUpdateErrorCode>({
      name: 'accounts.devices.update',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsDevicesUpdateParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.duplicateLegalStatement': defineMethod<AccountsDuplicateLegalStatementParams, AccountsDuplicateLegalStatementResponse, AccountsDuplicateLegalStatementErrorCode>({
      name: 'accounts.duplicateLegalStatement',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsDuplicateLegalStatementParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        legalStatements: { fields: accountsLegalStatementHints },
      },
    }),
    'accounts.emailAccount.changeEmail': defineMethod<AccountsEmailAccountChangeEmailParams, AccountsEmailAccountChangeEmailResponse, AccountsEmailAccountChangeEmailErrorCode>({
      name: 'accounts.emailAccount.changeEmail',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsEmailAccountChangeEmailParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        oldEmail: 'string',
        newEmail: 'string',
      },
    }),
    'accounts.emailAccount.syncMultipleAccounts': defineMethod<AccountsEmailAccountSyncMultipleAccountsParams, AccountsEmailAccountSyncMultipleAccountsResponse, AccountsEmailAccountSyncMultipleAccountsErrorCode>({
      name: 'accounts.emailAccount.syncMultipleAccounts',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsEmailAccountSyncMultipleAccountsParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        uid: 'string',
        email: 'string',
      },
    }),
    'accounts.emailAccount.syncUid': defineMethod<AccountsEmailAccountSyncUidParams, AccountsEmailAccountSyncUidResponse, AccountsEmailAccountSyncUidErrorCode>({
      name: 'accounts.emailAccount.syncUid',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsEmailAccountSyncUidParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        accountUid: 'string',
        emailAccountUid: 'string',
        email: 'string',
        isLiteAccount: 'boolean',
      },
    }),
    'accounts.exchangeUIDSignature': defineMethod<AccountsExchangeUIDSignatureParams, AccountsExchangeUIDSignatureResponse, AccountsExchangeUIDSignatureErrorCode>({
      name: 'accounts.exchangeUIDSignature',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsExchangeUIDSignatureParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        UID: 'string',
        UIDSignature: 'string',
        signatureTimestamp: 'string',
      },
    }),
    'accounts.extensions.create': defineMethod<AccountsExtensionsCreateParams, AccountsExtensionsCreateResponse, AccountsExtensionsCreateErrorCode>({
      name: 'accounts.extensions.create',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsExtensionsCreateParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        result: { fields: accountsExtensionConfigHints },
      },
    }),
    'accounts.extensions.delete': defineMethod<AccountsExtensionsDeleteParams, AccountsExtensionsDeleteResponse, AccountsExtensionsDeleteErrorCode>({
      name: 'accounts.extensions.delete',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsExtensionsDeleteParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.extensions.get': defineMethod<AccountsExtensionsGetParams, AccountsExtensionsGetResponse, AccountsExtensionsGetErrorCode>({
      name: 'accounts.extensions.get',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsExtensionsGetParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        result: { fields: accountsExtensionConfigHints },
      },
    }),
    'accounts.extensions.list': defineMethod<AccountsExtensionsListParams, AccountsExtensionsListResponse, AccountsExtensionsListErrorCode>({
      name: 'accounts.extensions.list',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsExtensionsListParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        result: { items: { fields: accountsExtensionConfigHints } },
      },
    }),
    'accounts.extensions.modify': defineMethod<AccountsExtensionsModifyParams, AccountsExtensionsModifyResponse, AccountsExtensionsModifyErrorCode>({
      name: 'accounts.extensions.modify',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsExtensionsModifyParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.finalizeRegistration': defineMethod<AccountsFinalizeRegistrationParams, AccountsFinalizeRegistrationResult, AccountsFinalizeRegistrationErrorCode>({
      name: 'accounts.finalizeRegistration',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsFinalizeRegistrationParamsSchema,
      csvParams: ['include'],
      access: 'public',
      responseHints: {
        UID: 'string',
        UIDSignature: 'string',
        communications: 'json',
        created: 'string',
        createdTimestamp: 'number',
        customIdentifiers: 'json',
        data: 'json',
        emails: { fields: accountsEmailsHints },
        groups: { fields: accountsGroupsHints },
        iRank: 'number',
        identities: { items: { fields: accountsIdentityHints } },
        inTransition: 'boolean',
        internal: 'json',
        isActive: 'boolean',
        isLockedOut: 'boolean',
        isRegistered: 'boolean',
        isVerified: 'boolean',
        lastLogin: 'string',
        lastLoginLocation: { fields: accountsLoginLocationHints },
        lastLoginTimestamp: 'number',
        lastUpdated: 'string',
        lastUpdatedTimestamp: 'number',
        lockedUntil: 'string',
        loginIDs: { fields: accountsLoginIDsHints },
        loginProvider: 'string',
        oldestDataUpdated: 'string',
        oldestDataUpdatedTimestamp: 'number',
        password: { fields: accountsPasswordHints },
        phoneNumber: 'string',
        preferences: 'json',
        profile: { fields: accountsProfileHints },
        rbaPolicy: { fields: accountsRbaPolicyHints },
        regSource: 'string',
        registered: 'string',
        registeredTimestamp: 'number',
        signatureTimestamp: 'string',
        socialProviders: 'string',
        subscriptions: 'json',
        userInfo: 'json',
        verified: 'string',
        verifiedTimestamp: 'number',
        newUser: 'boolean',
        regToken: 'string',
        sessionInfo: { fields: accountsSessionInfoHints },
        unverifiedEmails: { items: 'string' },
      },
    }),
    'accounts.getAccountInfo': defineMethod<AccountsGetAccountInfoParams, AccountsGetAccountInfoResponse, AccountsGetAccountInfoErrorCode>({
      name: 'accounts.getAccountInfo',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 409030, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsGetAccountInfoParamsSchema,
      csvParams: ['extraProfileFields', 'include', 'includeCommunications'],
      access: 'signed',
      responseHints: {
        UID: 'string',
        UIDSignature: 'string',
        communications: 'json',
        created: 'string',
        createdTimestamp: 'number',
        customIdentifiers: 'json',
        data: 'json',
        emails: { fields: accountsEmailsHints },
        groups: { fields: accountsGroupsHints },
        iRank: 'number',
        identities: { items: { fields: accountsIdentityHints } },
        inTransition: 'boolean',
        internal: 'json',
        isActive: 'boolean',
        isLockedOut: 'boolean',
        isRegistered: 'boolean',
        isVerified: 'boolean',
        lastLogin: 'string',
        lastLoginLocation: { fields: accountsLoginLocationHints },
        lastLoginTimestamp: 'number',
        lastUpdated: 'string',
        lastUpdatedTimestamp: 'number',
        lockedUntil: 'string',
        loginIDs: { fields: accountsLoginIDsHints },
        loginProvider: 'string',
        oldestDataUpdated: 'string',
        oldestDataUpdatedTimestamp: 'number',
        password: { fields: accountsPasswordHints },
        phoneNumber: 'string',
        preferences: 'json',
        profile: { fields: accountsProfileHints },
        rbaPolicy: { fields: accountsRbaPolicyHints },
        regSource: 'string',
        registered: 'string',
        registeredTimestamp: 'number',
        signatureTimestamp: 'string',
        socialProviders: 'string',
        subscriptions: 'json',
        userInfo: 'json',
        verified: 'string',
        verifiedTimestamp: 'number',
      },
    }),
    'accounts.getConflictingAccount': defineMethod<AccountsGetConflictingAccountParams, AccountsGetConflictingAccountResponse, AccountsGetConflictingAccountErrorCode>({
      name: 'accounts.getConflictingAccount',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsGetConflictingAccountParamsSchema,
      csvParams: [],
      access: 'public',
      responseHints: {
        conflictingAccount: { fields: accountsConflictingAccountHints },
      },
    }),
    'accounts.getConsentsStatements': defineMethod<AccountsGetConsentsStatementsParams, AccountsGetConsentsStatementsResponse, AccountsGetConsentsStatementsErrorCode>({
      name: 'accounts.getConsentsStatements',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsGetConsentsStatementsParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        preferences: 'json',
      },
    }),
    'accounts.getCounters': defineMethod<AccountsGetCountersParams, AccountsGetCountersResponse, AccountsGetCountersErrorCode>({
      name: 'accounts.getCounters',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsGetCountersParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        counters: { items: { fields: accountsCounterHints } },
      },
    }),
    'accounts.getJWT': defineMethod<AccountsGetJWTParams, AccountsGetJWTResponse, AccountsGetJWTErrorCode>({
      name: 'accounts.getJWT',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsGetJWTParamsSchema,
      csvParams: ['fields'],
      access: 'signed',
      responseHints: {
        id_token: 'string',
        ignoredFields: 'string',
      },
    }),
    'accounts.getJWTPublicKey': defineMethod<AccountsGetJWTPublicKeyParams, AccountsGetJWTPublicKeyResponse, AccountsGetJWTPublicKeyErrorCode>({
      name: 'accounts.getJWTPublicKey',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsGetJWTPublicKeyParamsSchema,
      csvParams: [],
      access: 'public',
      responseHints: {
        alg: 'string',
        e: 'string',
        kid: 'string',
        kty: 'string',
        n: 'string',
        use: 'string',
        keys: { items: { fields: accountsJsonWebKeyHints } },
      },
    }),
    'accounts.getLegalStatements': defineMethod<AccountsGetLegalStatementsParams, AccountsGetLegalStatementsResponse, AccountsGetLegalStatementsErrorCode>({
      name: 'accounts.getLegalStatements',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsGetLegalStatementsParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        legalStatements: { fields: accountsLegalStatementHints },
      },
    }),
    'accounts.getLiteToken': defineMethod<AccountsGetLiteTokenParams, AccountsGetLiteTokenResponse, AccountsGetLiteTokenErrorCode>({
      name: 'accounts.getLiteToken',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsGetLiteTokenParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        token: 'string',
      },
    }),
    'accounts.getNativeScreenSet': defineMethod<AccountsGetNativeScreenSetParams, AccountsGetNativeScreenSetResponse, AccountsGetNativeScreenSetErrorCode>({
      name: 'accounts.getNativeScreenSet',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsGetNativeScreenSetParamsSchema,
      csvParams: ['include'],
      access: 'signed',
      responseHints: {
        Description: 'string',
        comment: 'string',
        screenSet: 'json',
        screenSetId: 'string',
        version: 'number',
      },
    }),
    'accounts.getNativeScreenSets': defineMethod<AccountsGetNativeScreenSetsParams, AccountsGetNativeScreenSetsResponse, AccountsGetNativeScreenSetsErrorCode>({
      name: 'accounts.getNativeScreenSets',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsGetNativeScreenSetsParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        screenSets: { items: { fields: accountsNativeScreenSetInfoHints } },
      },
    }),
    'accounts.getPolicies': defineMethod<AccountsGetPoliciesParams, AccountsGetPoliciesResponse, AccountsGetPoliciesErrorCode>({
      name: 'accounts.getPolicies',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsGetPoliciesParamsSchema,
      csvParams: ['sections'],
      access: 'public',
      responseHints: {
        accountOptions: { fields: accountsAccountOptionsPolicyHints },
        authentication: { fields: accountsAuthenticationPolicyHints },
        doubleOptIn: { fields: accountsDoubleOptInPolicyHints },
        emailNotifications: { fields: accountsEmailNotificationsPolicyHints },
        emailVerification: { fields: accountsEmailVerificationPolicyHints },
        federation: { fields: accountsFederationPolicyHints },
        gigyaPlugins: { fields: accountsGigyaPluginsPolicyHints },
        passwordComplexity: { fields: accountsPasswordComplexityPolicyHints },
        passwordReset: { fields: accountsPasswordResetPolicyHints },
        preferencesCenter: 'json',
        profilePhoto: { fields: accountsProfilePhotoPolicyHints },
        registration: { fields: accountsRegistrationPolicyHints },
        security: { fields: accountsSecurityPolicyHints },
        twoFactorAuth: { fields: accountsTwoFactorAuthPolicyHints },
        rba: 'json',
      },
    }),
    'accounts.getRegisteredCounters': defineMethod<AccountsGetRegisteredCountersParams, AccountsGetRegisteredCountersResponse, AccountsGetRegisteredCountersErrorCode>({
      name: 'accounts.getRegisteredCounters',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsGetRegisteredCountersParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        counters: { items: { fields: accountsCounterHints } },
      },
    }),
    'accounts.getSchema': defineMethod<AccountsGetSchemaParams, AccountsGetSchemaResponse, AccountsGetSchemaErrorCode>({
      name: 'accounts.getSchema',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsGetSchemaParamsSchema,
      csvParams: ['include'],
      access: 'public',
      responseHints: {
        addressesSchema: { fields: accountsSchemaHints },
        dataSchema: { fields: accountsSchemaHints },
        internalSchema: { fields: accountsSchemaHints },
        preferencesSchema: { fields: accountsSchemaHints },
        profileSchema: { fields: accountsSchemaHints },
        subscriptionsSchema: { fields: accountsSchemaHints },
      },
    }),
    'accounts.getScreenSetVersions': defineMethod<AccountsGetScreenSetVersionsParams, AccountsGetScreenSetVersionsResponse, AccountsGetScreenSetVersionsErrorCode>({
      name: 'accounts.getScreenSetVersions',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsGetScreenSetVersionsParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        screenSetVersions: { items: { fields: accountsScreenSetVersionHints } },
      },
    }),
    'accounts.getScreenSets': defineMethod<AccountsGetScreenSetsParams, AccountsGetScreenSetsResponse, AccountsGetScreenSetsErrorCode>({
      name: 'accounts.getScreenSets',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsGetScreenSetsParamsSchema,
      csvParams: ['include', 'screenSetIDs'],
      access: 'public',
      responseHints: {
        screenSets: { items: { fields: accountsScreenSetHints } },
      },
    }),
    'accounts.getSiteConsentDetails': defineMethod<AccountsGetSiteConsentDetailsParams, AccountsGetSiteConsentDetailsResponse, AccountsGetSiteConsentDetailsErrorCode>({
      name: 'accounts.getSiteConsentDetails',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsGetSiteConsentDetailsParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        siteConsentDetails: 'json',
      },
    }),
    'accounts.global.changeAccountResidency': defineMethod<AccountsGlobalChangeAccountResidencyParams, AccountsGlobalChangeAccountResidencyResponse, AccountsGlobalChangeAccountResidencyErrorCode>({
      name: 'accounts.global.changeAccountResidency',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsGlobalChangeAccountResidencyParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.identifiers.createToken': defineMethod<AccountsIdentifiersCreateTokenParams, AccountsIdentifiersCreateTokenResponse, AccountsIdentifiersCreateTokenErrorCode>({
      name: 'accounts.identifiers.createToken',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsIdentifiersCreateTokenParamsSchema,
      csvParams: [],
      access: 'public',
      responseHints: {
        aToken: 'string',
      },
      alwaysPresent: ['aToken'],
    }),
    'accounts.identifiers.find': defineMethod<AccountsIdentifiersFindParams, AccountsIdentifiersFindResponse, AccountsIdentifiersFindErrorCode>({
      name: 'accounts.identifiers.find',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsIdentifiersFindParamsSchema,
      csvParams: ['identifierSchema'],
      access: 'signed',
      responseHints: {
        identifiers: 'json',
      },
    }),
    'accounts.importAccount': defineMethod<AccountsImportAccountParams, AccountsImportAccountResponse, AccountsImportAccountErrorCode>({
      name: 'accounts.importAccount',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsImportAccountParamsSchema,
      csvParams: [],
      access: 'signed',
      deprecated: 'Use importFullAccount.',
      responseHints: {
        identityConflicts: { items: { fields: accountsIdentityConflictHints } },
        isImported: 'boolean',
      },
    }),
    'accounts.importFullAccount': defineMethod<AccountsImportFullAccountParams, AccountsImportFullAccountResponse, AccountsImportFullAccountErrorCode>({
      name: 'accounts.importFullAccount',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400003, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 503001, 504001, 504002] as const,
      params: accountsImportFullAccountParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        identityConflicts: { items: { fields: accountsIdentityConflictHints } },
      },
    }),
    'accounts.importLiteAccounts': defineMethod<AccountsImportLiteAccountsParams, AccountsImportLiteAccountsResponse, AccountsImportLiteAccountsErrorCode>({
      name: 'accounts.importLiteAccounts',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsImportLiteAccountsParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.importProfilePhoto': defineMethod<AccountsImportProfilePhotoParams, AccountsImportProfilePhotoResponse, AccountsImportProfilePhotoErrorCode>({
      name: 'accounts.importProfilePhoto',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 409010, 413004, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsImportProfilePhotoParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.incrementCounters': defineMethod<AccountsIncrementCountersParams, AccountsIncrementCountersResponse, AccountsIncrementCountersErrorCode>({
      name: 'accounts.incrementCounters',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 409011, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsIncrementCountersParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.initRegistration': defineMethod<AccountsInitRegistrationParams, AccountsInitRegistrationResponse, AccountsInitRegistrationErrorCode>({
      name: 'accounts.initRegistration',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsInitRegistrationParamsSchema,
      csvParams: [],
      access: 'public',
      responseHints: {
        regToken: 'string',
      },
    }),
    'accounts.isAvailableLoginID': defineMethod<AccountsIsAvailableLoginIDParams, AccountsIsAvailableLoginIDResponse, AccountsIsAvailableLoginIDErrorCode>({
      name: 'accounts.isAvailableLoginID',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403026, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsIsAvailableLoginIDParamsSchema,
      csvParams: [],
      access: 'public',
      responseHints: {
        isAvailable: 'boolean',
      },
    }),
    'accounts.linkAccounts': defineMethod<AccountsLinkAccountsParams, AccountsLinkAccountsResult, AccountsLinkAccountsErrorCode>({
      name: 'accounts.linkAccounts',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403042, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsLinkAccountsParamsSchema,
      csvParams: ['include'],
      access: 'public',
      responseHints: {
        UID: 'string',
        UIDSignature: 'string',
        communications: 'json',
        created: 'string',
        createdTimestamp: 'number',
        customIdentifiers: 'json',
        data: 'json',
        emails: { fields: accountsEmailsHints },
        groups: { fields: accountsGroupsHints },
        iRank: 'number',
        identities: { items: { fields: accountsIdentityHints } },
        inTransition: 'boolean',
        internal: 'json',
        isActive: 'boolean',
        isLockedOut: 'boolean',
        isRegistered: 'boolean',
        isVerified: 'boolean',
        lastLogin: 'string',
        lastLoginLocation: { fields: accountsLoginLocationHints },
        lastLoginTimestamp: 'number',
        lastUpdated: 'string',
        lastUpdatedTimestamp: 'number',
        lockedUntil: 'string',
        loginIDs: { fields: accountsLoginIDsHints },
        loginProvider: 'string',
        oldestDataUpdated: 'string',
        oldestDataUpdatedTimestamp: 'number',
        password: { fields: accountsPasswordHints },
        phoneNumber: 'string',
        preferences: 'json',
        profile: { fields: accountsProfileHints },
        rbaPolicy: { fields: accountsRbaPolicyHints },
        regSource: 'string',
        registered: 'string',
        registeredTimestamp: 'number',
        signatureTimestamp: 'string',
        socialProviders: 'string',
        subscriptions: 'json',
        userInfo: 'json',
        verified: 'string',
        verifiedTimestamp: 'number',
        regToken: 'string',
        sessionInfo: { fields: accountsSessionInfoHints },
        unverifiedEmails: { items: 'string' },
      },
    }),
    'accounts.login': defineMethod<AccountsLoginParams, AccountsLoginResult, AccountsLoginErrorCode>({
      name: 'accounts.login',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 401020, 401021, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403041, 403042, 403048, 403100, 403101, 403102, 403120, 409003, 409030, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsLoginParamsSchema,
      csvParams: ['include'],
      access: 'public',
      responseHints: {
        UID: 'string',
        UIDSignature: 'string',
        communications: 'json',
        created: 'string',
        createdTimestamp: 'number',
        customIdentifiers: 'json',
        data: 'json',
        emails: { fields: accountsEmailsHints },
        groups: { fields: accountsGroupsHints },
        iRank: 'number',
        identities: { items: { fields: accountsIdentityHints } },
        inTransition: 'boolean',
        internal: 'json',
        isActive: 'boolean',
        isLockedOut: 'boolean',
        isRegistered: 'boolean',
        isVerified: 'boolean',
        lastLogin: 'string',
        lastLoginLocation: { fields: accountsLoginLocationHints },
        lastLoginTimestamp: 'number',
        lastUpdated: 'string',
        lastUpdatedTimestamp: 'number',
        lockedUntil: 'string',
        loginIDs: { fields: accountsLoginIDsHints },
        loginProvider: 'string',
        oldestDataUpdated: 'string',
        oldestDataUpdatedTimestamp: 'number',
        password: { fields: accountsPasswordHints },
        phoneNumber: 'string',
        preferences: 'json',
        profile: { fields: accountsProfileHints },
        rbaPolicy: { fields: accountsRbaPolicyHints },
        regSource: 'string',
        registered: 'string',
        registeredTimestamp: 'number',
        signatureTimestamp: 'string',
        socialProviders: 'string',
        subscriptions: 'json',
        userInfo: 'json',
        verified: 'string',
        verifiedTimestamp: 'number',
        id_token: 'string',
        isNewUser: 'boolean',
        regToken: 'string',
        sessionInfo: { fields: accountsSessionInfoHints },
        unverifiedEmails: { items: 'string' },
      },
    }),
    'accounts.logout': defineMethod<AccountsLogoutParams, AccountsLogoutResponse, AccountsLogoutErrorCode>({
      name: 'accounts.logout',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsLogoutParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        connectedProviders: 'string',
      },
    }),
    'accounts.notifyLogin': defineMethod<AccountsNotifyLoginParams, AccountsNotifyLoginResult, AccountsNotifyLoginErrorCode>({
      name: 'accounts.notifyLogin',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403043, 403048, 409001, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsNotifyLoginParamsSchema,
      csvParams: [],
      access: 'public',
      responseHints: {
        UID: 'string',
        UIDSignature: 'string',
        communications: 'json',
        created: 'string',
        createdTimestamp: 'number',
        customIdentifiers: 'json',
        data: 'json',
        emails: { fields: accountsEmailsHints },
        groups: { fields: accountsGroupsHints },
        iRank: 'number',
        identities: { items: { fields: accountsIdentityHints } },
        inTransition: 'boolean',
        internal: 'json',
        isActive: 'boolean',
        isLockedOut: 'boolean',
        isRegistered: 'boolean',
        isVerified: 'boolean',
        lastLogin: 'string',
        lastLoginLocation: { fields: accountsLoginLocationHints },
        lastLoginTimestamp: 'number',
        lastUpdated: 'string',
        lastUpdatedTimestamp: 'number',
        lockedUntil: 'string',
        loginIDs: { fields: accountsLoginIDsHints },
        loginProvider: 'string',
        oldestDataUpdated: 'string',
        oldestDataUpdatedTimestamp: 'number',
        password: { fields: accountsPasswordHints },
        phoneNumber: 'string',
        preferences: 'json',
        profile: { fields: accountsProfileHints },
        rbaPolicy: { fields: accountsRbaPolicyHints },
        regSource: 'string',
        registered: 'string',
        registeredTimestamp: 'number',
        signatureTimestamp: 'string',
        socialProviders: 'string',
        subscriptions: 'json',
        userInfo: 'json',
        verified: 'string',
        verifiedTimestamp: 'number',
        id_token: 'string',
        newUser: 'boolean',
        regToken: 'string',
        sessionInfo: { fields: accountsSessionInfoHints },
      },
    }),
    'accounts.notifySocialLogin': defineMethod<AccountsNotifySocialLoginParams, AccountsNotifySocialLoginResult, AccountsNotifySocialLoginErrorCode>({
      name: 'accounts.notifySocialLogin',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 409003, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsNotifySocialLoginParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        id_token: 'string',
        isAddConnection: 'boolean',
        isDefaultApp: 'boolean',
        isNewUser: 'boolean',
        login_token: 'string',
        sessionInfo: { fields: accountsSessionInfoHints },
        status: 'string',
      },
    }),
    'accounts.otp.delete': defineMethod<AccountsOtpDeleteParams, AccountsOtpDeleteResponse, AccountsOtpDeleteErrorCode>({
      name: 'accounts.otp.delete',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsOtpDeleteParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.otp.login': defineMethod<AccountsOtpLoginParams, AccountsOtpLoginResult, AccountsOtpLoginErrorCode>({
      name: 'accounts.otp.login',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 403101, 403102, 403120, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsOtpLoginParamsSchema,
      csvParams: ['include'],
      access: 'public',
      responseHints: {
        UID: 'string',
        isNewUser: 'boolean',
        sessionInfo: { fields: accountsSessionInfoHints },
        regToken: 'string',
        profile: { fields: accountsProfileHints },
        data: 'json',
        preferences: 'json',
        subscriptions: 'json',
        emails: { fields: accountsEmailsHints },
        loginIDs: { fields: accountsLoginIDsHints },
        identities: { items: { fields: accountsIdentityHints } },
        id_token: 'string',
      },
    }),
    'accounts.otp.sendCode': defineMethod<AccountsOtpSendCodeParams, AccountsOtpSendCodeResponse, AccountsOtpSendCodeErrorCode>({
      name: 'accounts.otp.sendCode',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsOtpSendCodeParamsSchema,
      csvParams: [],
      access: 'public',
      responseHints: {
        vToken: 'string',
        code: 'string',
      },
    }),
    'accounts.otp.update': defineMethod<AccountsOtpUpdateParams, AccountsOtpUpdateResponse, AccountsOtpUpdateErrorCode>({
      name: 'accounts.otp.update',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsOtpUpdateParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.policies.emailTemplates.getConfig': defineMethod<AccountsPoliciesEmailTemplatesGetConfigParams, AccountsPoliciesEmailTemplatesGetConfigResponse, AccountsPoliciesEmailTemplatesGetConfigErrorCode>({
      name: 'accounts.policies.emailTemplates.getConfig',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsPoliciesEmailTemplatesGetConfigParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        codeVerification: 'json',
        doubleOptIn: 'json',
        emailNotifications: 'json',
        emailVerification: 'json',
        impossibleTraveler: 'json',
        magicLink: 'json',
        passwordReset: 'json',
        preferencesCenter: 'json',
        twoFactorAuth: 'json',
        unknownLocationNotification: 'json',
      },
    }),
    'accounts.policies.emailTemplates.setConfig': defineMethod<AccountsPoliciesEmailTemplatesSetConfigParams, AccountsPoliciesEmailTemplatesSetConfigResponse, AccountsPoliciesEmailTemplatesSetConfigErrorCode>({
      name: 'accounts.policies.emailTemplates.setConfig',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsPoliciesEmailTemplatesSetConfigParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.progression.getPolicy': defineMethod<AccountsProgressionGetPolicyParams, AccountsProgressionGetPolicyResponse, AccountsProgressionGetPolicyErrorCode>({
      name: 'accounts.progression.getPolicy',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsProgressionGetPolicyParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        policy: 'string',
      },
    }),
    'accounts.progression.setPolicy': defineMethod<AccountsProgressionSetPolicyParams, AccountsProgressionSetPolicyResponse, AccountsProgressionSetPolicyErrorCode>({
      name: 'accounts.progression.setPolicy',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsProgressionSetPolicyParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.publishProfilePhoto': defineMethod<AccountsPublishProfilePhotoParams, AccountsPublishProfilePhotoResponse, AccountsPublishProfilePhotoErrorCode>({
      name: 'accounts.publishProfilePhoto',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 409010, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsPublishProfilePhotoParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.rba.getPolicy': defineMethod<AccountsRbaGetPolicyParams, AccountsRbaGetPolicyResponse, AccountsRbaGetPolicyErrorCode>({
      name: 'accounts.rba.getPolicy',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsRbaGetPolicyParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        policy: { fields: accountsRbaSitePolicyHints },
      },
    }),
    'accounts.rba.lock': defineMethod<AccountsRbaLockParams, AccountsRbaLockResponse, AccountsRbaLockErrorCode>({
      name: 'accounts.rba.lock',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsRbaLockParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.rba.sdkConfiguration.get': defineMethod<AccountsRbaSdkConfigurationGetParams, AccountsRbaSdkConfigurationGetResponse, AccountsRbaSdkConfigurationGetErrorCode>({
      name: 'accounts.rba.sdkConfiguration.get',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsRbaSdkConfigurationGetParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        result: { items: { fields: accountsRbaSdkTypeHints } },
      },
    }),
    'accounts.rba.setPolicy': defineMethod<AccountsRbaSetPolicyParams, AccountsRbaSetPolicyResponse, AccountsRbaSetPolicyErrorCode>({
      name: 'accounts.rba.setPolicy',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsRbaSetPolicyParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.rba.unlock': defineMethod<AccountsRbaUnlockParams, AccountsRbaUnlockResponse, AccountsRbaUnlockErrorCode>({
      name: 'accounts.rba.unlock',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsRbaUnlockParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.register': defineMethod<AccountsRegisterParams, AccountsRegisterResult, AccountsRegisterErrorCode>({
      name: 'accounts.register',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400003, 400004, 400006, 400008, 400009, 400021, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403043, 403044, 403048, 409003, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsRegisterParamsSchema,
      csvParams: ['include'],
      access: 'public',
      responseHints: {
        UID: 'string',
        UIDSignature: 'string',
        communications: 'json',
        created: 'string',
        createdTimestamp: 'number',
        customIdentifiers: 'json',
        data: 'json',
        emails: { fields: accountsEmailsHints },
        groups: { fields: accountsGroupsHints },
        iRank: 'number',
        identities: { items: { fields: accountsIdentityHints } },
        inTransition: 'boolean',
        internal: 'json',
        isActive: 'boolean',
        isLockedOut: 'boolean',
        isRegistered: 'boolean',
        isVerified: 'boolean',
        lastLogin: 'string',
        lastLoginLocation: { fields: accountsLoginLocationHints },
        lastLoginTimestamp: 'number',
        lastUpdated: 'string',
        lastUpdatedTimestamp: 'number',
        lockedUntil: 'string',
        loginIDs: { fields: accountsLoginIDsHints },
        loginProvider: 'string',
        oldestDataUpdated: 'string',
        oldestDataUpdatedTimestamp: 'number',
        password: { fields: accountsPasswordHints },
        phoneNumber: 'string',
        preferences: 'json',
        profile: { fields: accountsProfileHints },
        rbaPolicy: { fields: accountsRbaPolicyHints },
        regSource: 'string',
        registered: 'string',
        registeredTimestamp: 'number',
        signatureTimestamp: 'string',
        socialProviders: 'string',
        subscriptions: 'json',
        userInfo: 'json',
        verified: 'string',
        verifiedTimestamp: 'number',
        newUser: 'boolean',
        regToken: 'string',
        sessionInfo: { fields: accountsSessionInfoHints },
        unverifiedEmails: { items: 'string' },
        validationErrors: { items: { fields: accountsValidationErrorHints } },
      },
    }),
    'accounts.registerCounters': defineMethod<AccountsRegisterCountersParams, AccountsRegisterCountersResponse, AccountsRegisterCountersErrorCode>({
      name: 'accounts.registerCounters',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsRegisterCountersParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.removeEmails': defineMethod<AccountsRemoveEmailsParams, AccountsRemoveEmailsResponse, AccountsRemoveEmailsErrorCode>({
      name: 'accounts.removeEmails',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 409030, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsRemoveEmailsParamsSchema,
      csvParams: ['unverifiedEmails', 'verifiedEmails'],
      access: 'signed',
    }),
    'accounts.resendDOIConfirmationEmail': defineMethod<AccountsResendDOIConfirmationEmailParams, AccountsResendDOIConfirmationEmailResponse, AccountsResendDOIConfirmationEmailErrorCode>({
      name: 'accounts.resendDOIConfirmationEmail',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsResendDOIConfirmationEmailParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.resendVerificationCode': defineMethod<AccountsResendVerificationCodeParams, AccountsResendVerificationCodeResponse, AccountsResendVerificationCodeErrorCode>({
      name: 'accounts.resendVerificationCode',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsResendVerificationCodeParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.resetPassword': defineMethod<AccountsResetPasswordParams, AccountsResetPasswordResponse, AccountsResetPasswordErrorCode>({
      name: 'accounts.resetPassword',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400009, 400050, 400092, 400093, 400094, 400095, 401030, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403047, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsResetPasswordParamsSchema,
      csvParams: [],
      access: 'public',
      responseHints: {
        UID: 'string',
        emails: { fields: accountsEmailsHints },
        passwordResetToken: 'string',
        secretQuestion: 'string',
      },
    }),
    'accounts.resetSitePreferences': defineMethod<AccountsResetSitePreferencesParams, AccountsResetSitePreferencesResponse, AccountsResetSitePreferencesErrorCode>({
      name: 'accounts.resetSitePreferences',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsResetSitePreferencesParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.search': defineMethod<AccountsSearchParams, AccountsSearchResponse, AccountsSearchErrorCode>({
      name: 'accounts.search',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsSearchParamsSchema,
      csvParams: ['accountTypes'],
      access: 'signed',
      cursor: {
        open: 'openCursor',
        param: 'cursorId',
        next: 'nextCursorId',
        items: 'results',
        pageSize: {
          param: 'query',
          clause: 'LIMIT',
        },
      },
      responseHints: {
        missing: 'number',
        nextCursorId: 'string',
        objectsCount: 'number',
        results: { items: { fields: accountsAccountHints } },
        totalCount: 'number',
      },
    }),
    'accounts.sendLiteInvite': defineMethod<AccountsSendLiteInviteParams, AccountsSendLiteInviteResponse, AccountsSendLiteInviteErrorCode>({
      name: 'accounts.sendLiteInvite',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsSendLiteInviteParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.session.verify': defineMethod<AccountsSessionVerifyParams, AccountsSessionVerifyResponse, AccountsSessionVerifyErrorCode>({
      name: 'accounts.session.verify',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsSessionVerifyParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.setAccountInfo': defineMethod<AccountsSetAccountInfoParams, AccountsSetAccountInfoResult, AccountsSetAccountInfoErrorCode>({
      name: 'accounts.setAccountInfo',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400009, 400092, 400093, 400094, 400095, 401030, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403043, 403048, 409030, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsSetAccountInfoParamsSchema,
      csvParams: ['addLoginEmails', 'removeLoginEmails'],
      access: 'signed',
      responseHints: {
        UID: 'string',
        validationErrors: { items: { fields: accountsValidationErrorHints } },
      },
    }),
    'accounts.setPassword': defineMethod<AccountsSetPasswordParams, AccountsSetPasswordResponse, AccountsSetPasswordErrorCode>({
      name: 'accounts.setPassword',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400009, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403042, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsSetPasswordParamsSchema,
      csvParams: [],
      access: 'signed',
      deprecated: 'Use setAccountInfo (password and newPassword, or securityOverride) or resetPassword.',
    }),
    'accounts.setPolicies': defineMethod<AccountsSetPoliciesParams, AccountsSetPoliciesResponse, AccountsSetPoliciesErrorCode>({
      name: 'accounts.setPolicies',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsSetPoliciesParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.setProfilePhoto': defineMethod<AccountsSetProfilePhotoParams, AccountsSetProfilePhotoResponse, AccountsSetProfilePhotoErrorCode>({
      name: 'accounts.setProfilePhoto',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 413004, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsSetProfilePhotoParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.setSchema': defineMethod<AccountsSetSchemaParams, AccountsSetSchemaResponse, AccountsSetSchemaErrorCode>({
      name: 'accounts.setSchema',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsSetSchemaParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.setScreenSet': defineMethod<AccountsSetScreenSetParams, AccountsSetScreenSetResponse, AccountsSetScreenSetErrorCode>({
      name: 'accounts.setScreenSet',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsSetScreenSetParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.sms.config.get': defineMethod<AccountsSmsConfigGetParams, AccountsSmsConfigGetResponse, AccountsSmsConfigGetErrorCode>({
      name: 'accounts.sms.config.get',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsSmsConfigGetParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        smsProviderConfig: { fields: accountsSmsProviderConfigHints },
      },
    }),
    'accounts.sms.config.set': defineMethod<AccountsSmsConfigSetParams, AccountsSmsConfigSetResponse, AccountsSmsConfigSetErrorCode>({
      name: 'accounts.sms.config.set',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsSmsConfigSetParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.sms.templates.get': defineMethod<AccountsSmsTemplatesGetParams, AccountsSmsTemplatesGetResponse, AccountsSmsTemplatesGetErrorCode>({
      name: 'accounts.sms.templates.get',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsSmsTemplatesGetParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        templates: { fields: accountsSmsTemplatesHints },
      },
    }),
    'accounts.sms.templates.set': defineMethod<AccountsSmsTemplatesSetParams, AccountsSmsTemplatesSetResponse, AccountsSmsTemplatesSetErrorCode>({
      name: 'accounts.sms.templates.set',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsSmsTemplatesSetParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.socialLogin': defineMethod<AccountsSocialLoginParams, AccountsSocialLoginResponse, AccountsSocialLoginErrorCode>({
      name: 'accounts.socialLogin',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsSocialLoginParamsSchema,
      csvParams: [],
      access: 'public',
    }),
    'accounts.store.downloadConsentDocument': defineMethod<AccountsStoreDownloadConsentDocumentParams, AccountsStoreDownloadConsentDocumentResponse, AccountsStoreDownloadConsentDocumentErrorCode>({
      name: 'accounts.store.downloadConsentDocument',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsStoreDownloadConsentDocumentParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        DocumentContent: 'string',
        DocumentContentType: 'string',
      },
    }),
    'accounts.store.uploadConsentDocument': defineMethod<AccountsStoreUploadConsentDocumentParams, AccountsStoreUploadConsentDocumentResponse, AccountsStoreUploadConsentDocumentErrorCode>({
      name: 'accounts.store.uploadConsentDocument',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsStoreUploadConsentDocumentParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        Url: 'string',
        FileName: 'string',
      },
    }),
    'accounts.stream.create': defineMethod<AccountsStreamCreateParams, AccountsStreamCreateResponse, AccountsStreamCreateErrorCode>({
      name: 'accounts.stream.create',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsStreamCreateParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        streamId: 'string',
        cursorId: 'string',
      },
      alwaysPresent: ['streamId', 'cursorId'],
    }),
    'accounts.stream.read': defineMethod<AccountsStreamReadParams, AccountsStreamReadResponse, AccountsStreamReadErrorCode>({
      name: 'accounts.stream.read',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsStreamReadParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        results: { items: { fields: accountsStreamEventHints } },
        cursorId: 'string',
      },
    }),
    'accounts.tfa.backupcodes.create': defineMethod<AccountsTfaBackupcodesCreateParams, AccountsTfaBackupcodesCreateResponse, AccountsTfaBackupcodesCreateErrorCode>({
      name: 'accounts.tfa.backupcodes.create',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsTfaBackupcodesCreateParamsSchema,
      csvParams: [],
      access: 'public',
      responseHints: {
        backupCodes: { items: 'string' },
      },
    }),
    'accounts.tfa.backupcodes.get': defineMethod<AccountsTfaBackupcodesGetParams, AccountsTfaBackupcodesGetResponse, AccountsTfaBackupcodesGetErrorCode>({
      name: 'accounts.tfa.backupcodes.get',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsTfaBackupcodesGetParamsSchema,
      csvParams: [],
      access: 'public',
      responseHints: {
        backupCodes: { items: 'string' },
      },
    }),
    'accounts.tfa.backupcodes.verify': defineMethod<AccountsTfaBackupcodesVerifyParams, AccountsTfaBackupcodesVerifyResponse, AccountsTfaBackupcodesVerifyErrorCode>({
      name: 'accounts.tfa.backupcodes.verify',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsTfaBackupcodesVerifyParamsSchema,
      csvParams: [],
      access: 'public',
      responseHints: {
        gigyaAssertion: 'string',
      },
    }),
    'accounts.tfa.deactivateProvider': defineMethod<AccountsTfaDeactivateProviderParams, AccountsTfaDeactivateProviderResponse, AccountsTfaDeactivateProviderErrorCode>({
      name: 'accounts.tfa.deactivateProvider',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsTfaDeactivateProviderParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.tfa.email.completeVerification': defineMethod<AccountsTfaEmailCompleteVerificationParams, AccountsTfaEmailCompleteVerificationResponse, AccountsTfaEmailCompleteVerificationErrorCode>({
      name: 'accounts.tfa.email.completeVerification',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsTfaEmailCompleteVerificationParamsSchema,
      csvParams: [],
      access: 'public',
      responseHints: {
        providerAssertion: 'string',
      },
    }),
    'accounts.tfa.email.getEmails': defineMethod<AccountsTfaEmailGetEmailsParams, AccountsTfaEmailGetEmailsResponse, AccountsTfaEmailGetEmailsErrorCode>({
      name: 'accounts.tfa.email.getEmails',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsTfaEmailGetEmailsParamsSchema,
      csvParams: [],
      access: 'public',
      responseHints: {
        emails: { items: { fields: accountsTfaVerifiedEmailHints } },
      },
    }),
    'accounts.tfa.email.sendVerificationCode': defineMethod<AccountsTfaEmailSendVerificationCodeParams, AccountsTfaEmailSendVerificationCodeResponse, AccountsTfaEmailSendVerificationCodeErrorCode>({
      name: 'accounts.tfa.email.sendVerificationCode',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsTfaEmailSendVerificationCodeParamsSchema,
      csvParams: [],
      access: 'public',
      responseHints: {
        phvToken: 'string',
      },
    }),
    'accounts.tfa.finalizeTFA': defineMethod<AccountsTfaFinalizeTFAParams, AccountsTfaFinalizeTFAResponse, AccountsTfaFinalizeTFAErrorCode>({
      name: 'accounts.tfa.finalizeTFA',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsTfaFinalizeTFAParamsSchema,
      csvParams: [],
      access: 'public',
    }),
    'accounts.tfa.getCertificate': defineMethod<AccountsTfaGetCertificateParams, AccountsTfaGetCertificateResponse, AccountsTfaGetCertificateErrorCode>({
      name: 'accounts.tfa.getCertificate',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsTfaGetCertificateParamsSchema,
      csvParams: [],
      access: 'public',
      responseHints: {
        certificate: 'string',
      },
    }),
    'accounts.tfa.getProviders': defineMethod<AccountsTfaGetProvidersParams, AccountsTfaGetProvidersResponse, AccountsTfaGetProvidersErrorCode>({
      name: 'accounts.tfa.getProviders',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsTfaGetProvidersParamsSchema,
      csvParams: [],
      access: 'public',
      responseHints: {
        activeProviders: { items: { fields: accountsTfaProviderHints } },
        inactiveProviders: { items: { fields: accountsTfaProviderHints } },
        pendingOptin: { items: { fields: accountsTfaProviderHints } },
      },
      alwaysPresent: ['activeProviders', 'inactiveProviders'],
    }),
    'accounts.tfa.initTFA': defineMethod<AccountsTfaInitTFAParams, AccountsTfaInitTFAResponse, AccountsTfaInitTFAErrorCode>({
      name: 'accounts.tfa.initTFA',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 403110, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsTfaInitTFAParamsSchema,
      csvParams: [],
      access: 'public',
      responseHints: {
        gigyaAssertion: 'string',
      },
      alwaysPresent: ['gigyaAssertion'],
    }),
    'accounts.tfa.phone.completeVerification': defineMethod<AccountsTfaPhoneCompleteVerificationParams, AccountsTfaPhoneCompleteVerificationResponse, AccountsTfaPhoneCompleteVerificationErrorCode>({
      name: 'accounts.tfa.phone.completeVerification',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsTfaPhoneCompleteVerificationParamsSchema,
      csvParams: [],
      access: 'public',
      responseHints: {
        providerAssertion: 'string',
      },
      alwaysPresent: ['providerAssertion'],
    }),
    'accounts.tfa.phone.getCertificate': defineMethod<AccountsTfaPhoneGetCertificateParams, AccountsTfaPhoneGetCertificateResponse, AccountsTfaPhoneGetCertificateErrorCode>({
      name: 'accounts.tfa.phone.getCertificate',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsTfaPhoneGetCertificateParamsSchema,
      csvParams: [],
      access: 'public',
      responseHints: {
        certificate: 'string',
      },
    }),
    'accounts.tfa.phone.getRegisteredPhoneNumbers': defineMethod<AccountsTfaPhoneGetRegisteredPhoneNumbersParams, AccountsTfaPhoneGetRegisteredPhoneNumbersResponse, AccountsTfaPhoneGetRegisteredPhoneNumbersErrorCode>({
      name: 'accounts.tfa.phone.getRegisteredPhoneNumbers',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsTfaPhoneGetRegisteredPhoneNumbersParamsSchema,
      csvParams: [],
      access: 'public',
      responseHints: {
        phones: { items: { fields: accountsTfaRegisteredPhoneHints } },
      },
      alwaysPresent: ['phones'],
    }),
    'accounts.tfa.phone.importTFA': defineMethod<AccountsTfaPhoneImportTFAParams, AccountsTfaPhoneImportTFAResponse, AccountsTfaPhoneImportTFAErrorCode>({
      name: 'accounts.tfa.phone.importTFA',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsTfaPhoneImportTFAParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.tfa.phone.removePhone': defineMethod<AccountsTfaPhoneRemovePhoneParams, AccountsTfaPhoneRemovePhoneResponse, AccountsTfaPhoneRemovePhoneErrorCode>({
      name: 'accounts.tfa.phone.removePhone',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsTfaPhoneRemovePhoneParamsSchema,
      csvParams: [],
      access: 'public',
    }),
    'accounts.tfa.phone.sendVerificationCode': defineMethod<AccountsTfaPhoneSendVerificationCodeParams, AccountsTfaPhoneSendVerificationCodeResponse, AccountsTfaPhoneSendVerificationCodeErrorCode>({
      name: 'accounts.tfa.phone.sendVerificationCode',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsTfaPhoneSendVerificationCodeParamsSchema,
      csvParams: [],
      access: 'public',
      responseHints: {
        phvToken: 'string',
      },
      alwaysPresent: ['phvToken'],
    }),
    'accounts.tfa.push.isVerified': defineMethod<AccountsTfaPushIsVerifiedParams, AccountsTfaPushIsVerifiedResponse, AccountsTfaPushIsVerifiedErrorCode>({
      name: 'accounts.tfa.push.isVerified',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsTfaPushIsVerifiedParamsSchema,
      csvParams: [],
      access: 'public',
      responseHints: {
        providerAssertion: 'string',
      },
    }),
    'accounts.tfa.push.optin': defineMethod<AccountsTfaPushOptinParams, AccountsTfaPushOptinResponse, AccountsTfaPushOptinErrorCode>({
      name: 'accounts.tfa.push.optin',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsTfaPushOptinParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.tfa.push.sendVerification': defineMethod<AccountsTfaPushSendVerificationParams, AccountsTfaPushSendVerificationResponse, AccountsTfaPushSendVerificationErrorCode>({
      name: 'accounts.tfa.push.sendVerification',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsTfaPushSendVerificationParamsSchema,
      csvParams: [],
      access: 'public',
    }),
    'accounts.tfa.push.verify': defineMethod<AccountsTfaPushVerifyParams, AccountsTfaPushVerifyResponse, AccountsTfaPushVerifyErrorCode>({
      name: 'accounts.tfa.push.verify',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsTfaPushVerifyParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        providerAssertion: 'string',
      },
      alwaysPresent: ['providerAssertion'],
    }),
    'accounts.tfa.resetTFA': defineMethod<AccountsTfaResetTFAParams, AccountsTfaResetTFAResponse, AccountsTfaResetTFAErrorCode>({
      name: 'accounts.tfa.resetTFA',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsTfaResetTFAParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.tfa.totp.register': defineMethod<AccountsTfaTotpRegisterParams, AccountsTfaTotpRegisterResponse, AccountsTfaTotpRegisterErrorCode>({
      name: 'accounts.tfa.totp.register',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsTfaTotpRegisterParamsSchema,
      csvParams: [],
      access: 'public',
      responseHints: {
        qrCode: 'string',
        sctToken: 'string',
      },
    }),
    'accounts.tfa.totp.verify': defineMethod<AccountsTfaTotpVerifyParams, AccountsTfaTotpVerifyResponse, AccountsTfaTotpVerifyErrorCode>({
      name: 'accounts.tfa.totp.verify',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsTfaTotpVerifyParamsSchema,
      csvParams: [],
      access: 'public',
      responseHints: {
        providerAssertion: 'string',
      },
    }),
    'accounts.tfa.unregisterDevice': defineMethod<AccountsTfaUnregisterDeviceParams, AccountsTfaUnregisterDeviceResponse, AccountsTfaUnregisterDeviceErrorCode>({
      name: 'accounts.tfa.unregisterDevice',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsTfaUnregisterDeviceParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.unregisterCounters': defineMethod<AccountsUnregisterCountersParams, AccountsUnregisterCountersResponse, AccountsUnregisterCountersErrorCode>({
      name: 'accounts.unregisterCounters',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsUnregisterCountersParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.unsubscribe': defineMethod<AccountsUnsubscribeParams, AccountsUnsubscribeResponse, AccountsUnsubscribeErrorCode>({
      name: 'accounts.unsubscribe',
      safeToRepeat: false,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsUnsubscribeParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.verifyLogin': defineMethod<AccountsVerifyLoginParams, AccountsVerifyLoginResponse, AccountsVerifyLoginErrorCode>({
      name: 'accounts.verifyLogin',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403012, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsVerifyLoginParamsSchema,
      csvParams: ['include'],
      access: 'signed',
      responseHints: {
        UID: 'string',
        UIDSignature: 'string',
        communications: 'json',
        created: 'string',
        createdTimestamp: 'number',
        customIdentifiers: 'json',
        data: 'json',
        emails: { fields: accountsEmailsHints },
        groups: { fields: accountsGroupsHints },
        iRank: 'number',
        identities: { items: { fields: accountsIdentityHints } },
        inTransition: 'boolean',
        internal: 'json',
        isActive: 'boolean',
        isLockedOut: 'boolean',
        isRegistered: 'boolean',
        isVerified: 'boolean',
        lastLogin: 'string',
        lastLoginLocation: { fields: accountsLoginLocationHints },
        lastLoginTimestamp: 'number',
        lastUpdated: 'string',
        lastUpdatedTimestamp: 'number',
        lockedUntil: 'string',
        loginIDs: { fields: accountsLoginIDsHints },
        loginProvider: 'string',
        oldestDataUpdated: 'string',
        oldestDataUpdatedTimestamp: 'number',
        password: { fields: accountsPasswordHints },
        phoneNumber: 'string',
        preferences: 'json',
        profile: { fields: accountsProfileHints },
        rbaPolicy: { fields: accountsRbaPolicyHints },
        regSource: 'string',
        registered: 'string',
        registeredTimestamp: 'number',
        signatureTimestamp: 'string',
        socialProviders: 'string',
        subscriptions: 'json',
        userInfo: 'json',
        verified: 'string',
        verifiedTimestamp: 'number',
      },
    }),
    'accounts.webhooks.delete': defineMethod<AccountsWebhooksDeleteParams, AccountsWebhooksDeleteResponse, AccountsWebhooksDeleteErrorCode>({
      name: 'accounts.webhooks.delete',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsWebhooksDeleteParamsSchema,
      csvParams: [],
      access: 'signed',
    }),
    'accounts.webhooks.getAll': defineMethod<AccountsWebhooksGetAllParams, AccountsWebhooksGetAllResponse, AccountsWebhooksGetAllErrorCode>({
      name: 'accounts.webhooks.getAll',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsWebhooksGetAllParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        webhooks: { items: { fields: accountsWebhookConfigHints } },
      },
    }),
    'accounts.webhooks.getStatus': defineMethod<AccountsWebhooksGetStatusParams, AccountsWebhooksGetStatusResponse, AccountsWebhooksGetStatusErrorCode>({
      name: 'accounts.webhooks.getStatus',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsWebhooksGetStatusParamsSchema,
      csvParams: [],
      access: 'signed',
      responseHints: {
        webhookStatus: { fields: accountsWebhookStatusHints },
      },
    }),
    'accounts.webhooks.set': defineMethod<AccountsWebhooksSetParams, AccountsWebhooksSetResponse, AccountsWebhooksSetErrorCode>({
      name: 'accounts.webhooks.set',
      safeToRepeat: true,
      errorCodes: [301001, 400001, 400002, 400004, 400006, 400008, 400092, 400093, 400094, 400095, 403000, 403002, 403003, 403004, 403005, 403006, 403007, 403010, 403025, 403036, 403048, 500000, 500001, 500026, 500028, 501001, 504001, 504002] as const,
      params: accountsWebhooksSetParamsSchema,
      csvParams: ['events', 'include'],
      access: 'signed',
    }),
  };
}

export function addEmailsChecked(invoker: Invoker, params: AccountsAddEmailsParams, options?: CallOptions): Promise<GigyaResult<AccountsAddEmailsResponse>> {
  return invoker.invoke<AccountsAddEmailsParams, AccountsAddEmailsResponse, AccountsAddEmailsErrorCode>(addEmailsMethod, params, options);
}

export function addressCountriesGetChecked(invoker: Invoker, params: AccountsAddressCountriesGetParams, options?: CallOptions): Promise<GigyaResult<AccountsAddressCountriesGetResponse>> {
  return invoker.invoke<AccountsAddressCountriesGetParams, AccountsAddressCountriesGetResponse, AccountsAddressCountriesGetErrorCode>(addressCountriesGetMethod, params, options);
}

export function addressSuggestionsGetChecked(invoker: Invoker, params?: AccountsAddressSuggestionsGetParams, options?: CallOptions): Promise<GigyaResult<AccountsAddressSuggestionsGetResponse>> {
  return invoker.invoke<AccountsAddressSuggestionsGetParams, AccountsAddressSuggestionsGetResponse, AccountsAddressSuggestionsGetErrorCode>(addressSuggestionsGetMethod, params, options);
}

export function authGetMethodsChecked(invoker: Invoker, params?: AccountsAuthGetMethodsParams, options?: CallOptions): Promise<GigyaResult<AccountsAuthGetMethodsResponse>> {
  return invoker.invoke<AccountsAuthGetMethodsParams, AccountsAuthGetMethodsResponse, AccountsAuthGetMethodsErrorCode>(authGetMethodsMethod, params, options);
}

export function authMagiclinkEmailGetConfigChecked(invoker: Invoker, params?: AccountsAuthMagiclinkEmailGetConfigParams, options?: CallOptions): Promise<GigyaResult<AccountsAuthMagiclinkEmailGetConfigResponse>> {
  return invoker.invoke<AccountsAuthMagiclinkEmailGetConfigParams, AccountsAuthMagiclinkEmailGetConfigResponse, AccountsAuthMagiclinkEmailGetConfigErrorCode>(authMagiclinkEmailGetConfigMethod, params, options);
}

export function authMagiclinkEmailLoginChecked<S extends SiteSchema = SiteSchema>(invoker: Invoker, params: AccountsAuthMagiclinkEmailLoginParams, options?: CallOptions): Promise<GigyaResult<AccountsAuthMagiclinkEmailLoginResult<S>>> {
  return invoker.invoke<AccountsAuthMagiclinkEmailLoginParams, AccountsAuthMagiclinkEmailLoginResult<S>, AccountsAuthMagiclinkEmailLoginErrorCode>(authMagiclinkEmailLoginMethod as unknown as MethodDescriptor<AccountsAuthMagiclinkEmailLoginParams, AccountsAuthMagiclinkEmailLoginResult<S>, AccountsAuthMagiclinkEmailLoginErrorCode>, params, options);
}

export function authMagiclinkEmailSendChecked(invoker: Invoker, params: AccountsAuthMagiclinkEmailSendParams, options?: CallOptions): Promise<GigyaResult<AccountsAuthMagiclinkEmailSendResponse>> {
  return invoker.invoke<AccountsAuthMagiclinkEmailSendParams, AccountsAuthMagiclinkEmailSendResponse, AccountsAuthMagiclinkEmailSendErrorCode>(authMagiclinkEmailSendMethod, params, options);
}

export function authMagiclinkEmailSetConfigChecked(invoker: Invoker, params: AccountsAuthMagiclinkEmailSetConfigParams, options?: CallOptions): Promise<GigyaResult<AccountsAuthMagiclinkEmailSetConfigResponse>> {
  return invoker.invoke<AccountsAuthMagiclinkEmailSetConfigParams, AccountsAuthMagiclinkEmailSetConfigResponse, AccountsAuthMagiclinkEmailSetConfigErrorCode>(authMagiclinkEmailSetConfigMethod, params, options);
}

export function authMagiclinkGetLinkChecked(invoker: Invoker, params: AccountsAuthMagiclinkGetLinkParams, options?: CallOptions): Promise<GigyaResult<AccountsAuthMagiclinkGetLinkResponse>> {
  return invoker.invoke<AccountsAuthMagiclinkGetLinkParams, AccountsAuthMagiclinkGetLinkResponse, AccountsAuthMagiclinkGetLinkErrorCode>(authMagiclinkGetLinkMethod, params, options);
}

export function authOtpAuthenticateChecked(invoker: Invoker, params: AccountsAuthOtpAuthenticateParams, options?: CallOptions): Promise<GigyaResult<AccountsAuthOtpAuthenticateResponse>> {
  return invoker.invoke<AccountsAuthOtpAuthenticateParams, AccountsAuthOtpAuthenticateResponse, AccountsAuthOtpAuthenticateErrorCode>(authOtpAuthenticateMethod, params, options);
}

export function authOtpEmailGetConfigChecked(invoker: Invoker, params?: AccountsAuthOtpEmailGetConfigParams, options?: CallOptions): Promise<GigyaResult<AccountsAuthOtpEmailGetConfigResponse>> {
  return invoker.invoke<AccountsAuthOtpEmailGetConfigParams, AccountsAuthOtpEmailGetConfigResponse, AccountsAuthOtpEmailGetConfigErrorCode>(authOtpEmailGetConfigMethod, params, options);
}

export function authOtpEmailLoginChecked<S extends SiteSchema = SiteSchema>(invoker: Invoker, params: AccountsAuthOtpEmailLoginParams, options?: CallOptions): Promise<GigyaResult<AccountsAuthOtpEmailLoginResult<S>>> {
  return invoker.invoke<AccountsAuthOtpEmailLoginParams, AccountsAuthOtpEmailLoginResult<S>, AccountsAuthOtpEmailLoginErrorCode>(authOtpEmailLoginMethod as unknown as MethodDescriptor<AccountsAuthOtpEmailLoginParams, AccountsAuthOtpEmailLoginResult<S>, AccountsAuthOtpEmailLoginErrorCode>, params, options);
}

export function authOtpEmailSendCodeChecked(invoker: Invoker, params: AccountsAuthOtpEmailSendCodeParams, options?: CallOptions): Promise<GigyaResult<AccountsAuthOtpEmailSendCodeResponse>> {
  return invoker.invoke<AccountsAuthOtpEmailSendCodeParams, AccountsAuthOtpEmailSendCodeResponse, AccountsAuthOtpEmailSendCodeErrorCode>(authOtpEmailSendCodeMethod, params, options);
}

export function authOtpEmailSetConfigChecked(invoker: Invoker, params: AccountsAuthOtpEmailSetConfigParams, options?: CallOptions): Promise<GigyaResult<AccountsAuthOtpEmailSetConfigResponse>> {
  return invoker.invoke<AccountsAuthOtpEmailSetConfigParams, AccountsAuthOtpEmailSetConfigResponse, AccountsAuthOtpEmailSetConfigErrorCode>(authOtpEmailSetConfigMethod, params, options);
}

export function authOtpVerifyChecked(invoker: Invoker, params: AccountsAuthOtpVerifyParams, options?: CallOptions): Promise<GigyaResult<AccountsAuthOtpVerifyResponse>> {
  return invoker.invoke<AccountsAuthOtpVerifyParams, AccountsAuthOtpVerifyResponse, AccountsAuthOtpVerifyErrorCode>(authOtpVerifyMethod, params, options);
}

export function authPushConfigGetChecked(invoker: Invoker, params?: AccountsAuthPushConfigGetParams, options?: CallOptions): Promise<GigyaResult<AccountsAuthPushConfigGetResponse>> {
  return invoker.invoke<AccountsAuthPushConfigGetParams, AccountsAuthPushConfigGetResponse, AccountsAuthPushConfigGetErrorCode>(authPushConfigGetMethod, params, options);
}

export function authPushConfigSetChecked(invoker: Invoker, params: AccountsAuthPushConfigSetParams, options?: CallOptions): Promise<GigyaResult<AccountsAuthPushConfigSetResponse>> {
  return invoker.invoke<AccountsAuthPushConfigSetParams, AccountsAuthPushConfigSetResponse, AccountsAuthPushConfigSetErrorCode>(authPushConfigSetMethod, params, options);
}

export function authPushVerifyChecked(invoker: Invoker, params: AccountsAuthPushVerifyParams, options?: CallOptions): Promise<GigyaResult<AccountsAuthPushVerifyResponse>> {
  return invoker.invoke<AccountsAuthPushVerifyParams, AccountsAuthPushVerifyResponse, AccountsAuthPushVerifyErrorCode>(authPushVerifyMethod, params, options);
}

export function deleteAccountChecked(invoker: Invoker, params: AccountsDeleteAccountParams, options?: CallOptions): Promise<GigyaResult<AccountsDeleteAccountResponse>> {
  return invoker.invoke<AccountsDeleteAccountParams, AccountsDeleteAccountResponse, AccountsDeleteAccountErrorCode>(deleteAccountMethod, params, options);
}

export function deleteConsentStatementChecked(invoker: Invoker, params: AccountsDeleteConsentStatementParams, options?: CallOptions): Promise<GigyaResult<AccountsDeleteConsentStatementResponse>> {
  return invoker.invoke<AccountsDeleteConsentStatementParams, AccountsDeleteConsentStatementResponse, AccountsDeleteConsentStatementErrorCode>(deleteConsentStatementMethod, params, options);
}

export function deleteLegalStatementsChecked(invoker: Invoker, params: AccountsDeleteLegalStatementsParams, options?: CallOptions): Promise<GigyaResult<AccountsDeleteLegalStatementsResponse>> {
  return invoker.invoke<AccountsDeleteLegalStatementsParams, AccountsDeleteLegalStatementsResponse, AccountsDeleteLegalStatementsErrorCode>(deleteLegalStatementsMethod, params, options);
}

export function deleteLiteAccountChecked(invoker: Invoker, params: AccountsDeleteLiteAccountParams, options?: CallOptions): Promise<GigyaResult<AccountsDeleteLiteAccountResponse>> {
  return invoker.invoke<AccountsDeleteLiteAccountParams, AccountsDeleteLiteAccountResponse, AccountsDeleteLiteAccountErrorCode>(deleteLiteAccountMethod, params, options);
}

export function deleteNativeScreenSetChecked(invoker: Invoker, params: AccountsDeleteNativeScreenSetParams, options?: CallOptions): Promise<GigyaResult<AccountsDeleteNativeScreenSetResponse>> {
  return invoker.invoke<AccountsDeleteNativeScreenSetParams, AccountsDeleteNativeScreenSetResponse, AccountsDeleteNativeScreenSetErrorCode>(deleteNativeScreenSetMethod, params, options);
}

export function deleteSchemaFieldsChecked(invoker: Invoker, params: AccountsDeleteSchemaFieldsParams, options?: CallOptions): Promise<GigyaResult<AccountsDeleteSchemaFieldsResponse>> {
  return invoker.invoke<AccountsDeleteSchemaFieldsParams, AccountsDeleteSchemaFieldsResponse, AccountsDeleteSchemaFieldsErrorCode>(deleteSchemaFieldsMethod, params, options);
}

export function deleteScreenSetChecked(invoker: Invoker, params: AccountsDeleteScreenSetParams, options?: CallOptions): Promise<GigyaResult<AccountsDeleteScreenSetResponse>> {
  return invoker.invoke<AccountsDeleteScreenSetParams, AccountsDeleteScreenSetResponse, AccountsDeleteScreenSetErrorCode>(deleteScreenSetMethod, params, options);
}

export function devicesRegisterChecked(invoker: Invoker, params: AccountsDevicesRegisterParams, options?: CallOptions): Promise<GigyaResult<AccountsDevicesRegisterResponse>> {
  return invoker.invoke<AccountsDevicesRegisterParams, AccountsDevicesRegisterResponse, AccountsDevicesRegisterErrorCode>(devicesRegisterMethod, params, options);
}

export function devicesUnregisterChecked(invoker: Invoker, params?: AccountsDevicesUnregisterParams, options?: CallOptions): Promise<GigyaResult<AccountsDevicesUnregisterResponse>> {
  return invoker.invoke<AccountsDevicesUnregisterParams, AccountsDevicesUnregisterResponse, AccountsDevicesUnregisterErrorCode>(devicesUnregisterMethod, params, options);
}

export function devicesUpdateChecked(invoker: Invoker, params: AccountsDevicesUpdateParams, options?: CallOptions): Promise<GigyaResult<AccountsDevicesUpdateResponse>> {
  return invoker.invoke<AccountsDevicesUpdateParams, AccountsDevicesUpdateResponse, AccountsDevicesUpdateErrorCode>(devicesUpdateMethod, params, options);
}

export function duplicateLegalStatementChecked(invoker: Invoker, params: AccountsDuplicateLegalStatementParams, options?: CallOptions): Promise<GigyaResult<AccountsDuplicateLegalStatementResponse>> {
  return invoker.invoke<AccountsDuplicateLegalStatementParams, AccountsDuplicateLegalStatementResponse, AccountsDuplicateLegalStatementErrorCode>(duplicateLegalStatementMethod, params, options);
}

export function emailAccountChangeEmailChecked(invoker: Invoker, params: AccountsEmailAccountChangeEmailParams, options?: CallOptions): Promise<GigyaResult<AccountsEmailAccountChangeEmailResponse>> {
  return invoker.invoke<AccountsEmailAccountChangeEmailParams, AccountsEmailAccountChangeEmailResponse, AccountsEmailAccountChangeEmailErrorCode>(emailAccountChangeEmailMethod, params, options);
}

export function emailAccountSyncMultipleAccountsChecked(invoker: Invoker, params: AccountsEmailAccountSyncMultipleAccountsParams, options?: CallOptions): Promise<GigyaResult<AccountsEmailAccountSyncMultipleAccountsResponse>> {
  return invoker.invoke<AccountsEmailAccountSyncMultipleAccountsParams, AccountsEmailAccountSyncMultipleAccountsResponse, AccountsEmailAccountSyncMultipleAccountsErrorCode>(emailAccountSyncMultipleAccountsMethod, params, options);
}

export function emailAccountSyncUidChecked(invoker: Invoker, params: AccountsEmailAccountSyncUidParams, options?: CallOptions): Promise<GigyaResult<AccountsEmailAccountSyncUidResponse>> {
  return invoker.invoke<AccountsEmailAccountSyncUidParams, AccountsEmailAccountSyncUidResponse, AccountsEmailAccountSyncUidErrorCode>(emailAccountSyncUidMethod, params, options);
}

export function exchangeUIDSignatureChecked(invoker: Invoker, params: AccountsExchangeUIDSignatureParams, options?: CallOptions): Promise<GigyaResult<AccountsExchangeUIDSignatureResponse>> {
  return invoker.invoke<AccountsExchangeUIDSignatureParams, AccountsExchangeUIDSignatureResponse, AccountsExchangeUIDSignatureErrorCode>(exchangeUIDSignatureMethod, params, options);
}

export function extensionsCreateChecked(invoker: Invoker, params: AccountsExtensionsCreateParams, options?: CallOptions): Promise<GigyaResult<AccountsExtensionsCreateResponse>> {
  return invoker.invoke<AccountsExtensionsCreateParams, AccountsExtensionsCreateResponse, AccountsExtensionsCreateErrorCode>(extensionsCreateMethod, params, options);
}

export function extensionsDeleteChecked(invoker: Invoker, params: AccountsExtensionsDeleteParams, options?: CallOptions): Promise<GigyaResult<AccountsExtensionsDeleteResponse>> {
  return invoker.invoke<AccountsExtensionsDeleteParams, AccountsExtensionsDeleteResponse, AccountsExtensionsDeleteErrorCode>(extensionsDeleteMethod, params, options);
}

export function extensionsGetChecked(invoker: Invoker, params: AccountsExtensionsGetParams, options?: CallOptions): Promise<GigyaResult<AccountsExtensionsGetResponse>> {
  return invoker.invoke<AccountsExtensionsGetParams, AccountsExtensionsGetResponse, AccountsExtensionsGetErrorCode>(extensionsGetMethod, params, options);
}

export function extensionsListChecked(invoker: Invoker, params?: AccountsExtensionsListParams, options?: CallOptions): Promise<GigyaResult<AccountsExtensionsListResponse>> {
  return invoker.invoke<AccountsExtensionsListParams, AccountsExtensionsListResponse, AccountsExtensionsListErrorCode>(extensionsListMethod, params, options);
}

export function extensionsModifyChecked(invoker: Invoker, params: AccountsExtensionsModifyParams, options?: CallOptions): Promise<GigyaResult<AccountsExtensionsModifyResponse>> {
  return invoker.invoke<AccountsExtensionsModifyParams, AccountsExtensionsModifyResponse, AccountsExtensionsModifyErrorCode>(extensionsModifyMethod, params, options);
}

export function finalizeRegistrationChecked<S extends SiteSchema = SiteSchema>(invoker: Invoker, params: AccountsFinalizeRegistrationParams, options?: CallOptions): Promise<GigyaResult<AccountsFinalizeRegistrationResult<S>>> {
  return invoker.invoke<AccountsFinalizeRegistrationParams, AccountsFinalizeRegistrationResult<S>, AccountsFinalizeRegistrationErrorCode>(finalizeRegistrationMethod as unknown as MethodDescriptor<AccountsFinalizeRegistrationParams, AccountsFinalizeRegistrationResult<S>, AccountsFinalizeRegistrationErrorCode>, params, options);
}

export function getAccountInfoChecked<S extends SiteSchema = SiteSchema>(invoker: Invoker, params?: AccountsGetAccountInfoParams, options?: CallOptions): Promise<GigyaResult<AccountsGetAccountInfoResponse<S>>> {
  return invoker.invoke<AccountsGetAccountInfoParams, AccountsGetAccountInfoResponse<S>, AccountsGetAccountInfoErrorCode>(getAccountInfoMethod as unknown as MethodDescriptor<AccountsGetAccountInfoParams, AccountsGetAccountInfoResponse<S>, AccountsGetAccountInfoErrorCode>, params, options);
}

export function getConflictingAccountChecked(invoker: Invoker, params: AccountsGetConflictingAccountParams, options?: CallOptions): Promise<GigyaResult<AccountsGetConflictingAccountResponse>> {
  return invoker.invoke<AccountsGetConflictingAccountParams, AccountsGetConflictingAccountResponse, AccountsGetConflictingAccountErrorCode>(getConflictingAccountMethod, params, options);
}

export function getConsentsStatementsChecked(invoker: Invoker, params?: AccountsGetConsentsStatementsParams, options?: CallOptions): Promise<GigyaResult<AccountsGetConsentsStatementsResponse>> {
  return invoker.invoke<AccountsGetConsentsStatementsParams, AccountsGetConsentsStatementsResponse, AccountsGetConsentsStatementsErrorCode>(getConsentsStatementsMethod, params, options);
}

export function getCountersChecked(invoker: Invoker, params: AccountsGetCountersParams, options?: CallOptions): Promise<GigyaResult<AccountsGetCountersResponse>> {
  return invoker.invoke<AccountsGetCountersParams, AccountsGetCountersResponse, AccountsGetCountersErrorCode>(getCountersMethod, params, options);
}

export function getJWTChecked(invoker: Invoker, params: AccountsGetJWTParams, options?: CallOptions): Promise<GigyaResult<AccountsGetJWTResponse>> {
  return invoker.invoke<AccountsGetJWTParams, AccountsGetJWTResponse, AccountsGetJWTErrorCode>(getJWTMethod, params, options);
}

export function getJWTPublicKeyChecked(invoker: Invoker, params?: AccountsGetJWTPublicKeyParams, options?: CallOptions): Promise<GigyaResult<AccountsGetJWTPublicKeyResponse>> {
  return invoker.invoke<AccountsGetJWTPublicKeyParams, AccountsGetJWTPublicKeyResponse, AccountsGetJWTPublicKeyErrorCode>(getJWTPublicKeyMethod, params, options);
}

export function getLegalStatementsChecked(invoker: Invoker, params: AccountsGetLegalStatementsParams, options?: CallOptions): Promise<GigyaResult<AccountsGetLegalStatementsResponse>> {
  return invoker.invoke<AccountsGetLegalStatementsParams, AccountsGetLegalStatementsResponse, AccountsGetLegalStatementsErrorCode>(getLegalStatementsMethod, params, options);
}

export function getLiteTokenChecked(invoker: Invoker, params?: AccountsGetLiteTokenParams, options?: CallOptions): Promise<GigyaResult<AccountsGetLiteTokenResponse>> {
  return invoker.invoke<AccountsGetLiteTokenParams, AccountsGetLiteTokenResponse, AccountsGetLiteTokenErrorCode>(getLiteTokenMethod, params, options);
}

export function getNativeScreenSetChecked(invoker: Invoker, params: AccountsGetNativeScreenSetParams, options?: CallOptions): Promise<GigyaResult<AccountsGetNativeScreenSetResponse>> {
  return invoker.invoke<AccountsGetNativeScreenSetParams, AccountsGetNativeScreenSetResponse, AccountsGetNativeScreenSetErrorCode>(getNativeScreenSetMethod, params, options);
}

export function getNativeScreenSetsChecked(invoker: Invoker, params?: AccountsGetNativeScreenSetsParams, options?: CallOptions): Promise<GigyaResult<AccountsGetNativeScreenSetsResponse>> {
  return invoker.invoke<AccountsGetNativeScreenSetsParams, AccountsGetNativeScreenSetsResponse, AccountsGetNativeScreenSetsErrorCode>(getNativeScreenSetsMethod, params, options);
}

export function getPoliciesChecked(invoker: Invoker, params?: AccountsGetPoliciesParams, options?: CallOptions): Promise<GigyaResult<AccountsGetPoliciesResponse>> {
  return invoker.invoke<AccountsGetPoliciesParams, AccountsGetPoliciesResponse, AccountsGetPoliciesErrorCode>(getPoliciesMethod, params, options);
}

export function getRegisteredCountersChecked(invoker: Invoker, params?: AccountsGetRegisteredCountersParams, options?: CallOptions): Promise<GigyaResult<AccountsGetRegisteredCountersResponse>> {
  return invoker.invoke<AccountsGetRegisteredCountersParams, AccountsGetRegisteredCountersResponse, AccountsGetRegisteredCountersErrorCode>(getRegisteredCountersMethod, params, options);
}

export function getSchemaChecked(invoker: Invoker, params?: AccountsGetSchemaParams, options?: CallOptions): Promise<GigyaResult<AccountsGetSchemaResponse>> {
  return invoker.invoke<AccountsGetSchemaParams, AccountsGetSchemaResponse, AccountsGetSchemaErrorCode>(getSchemaMethod, params, options);
}

export function getScreenSetVersionsChecked(invoker: Invoker, params: AccountsGetScreenSetVersionsParams, options?: CallOptions): Promise<GigyaResult<AccountsGetScreenSetVersionsResponse>> {
  return invoker.invoke<AccountsGetScreenSetVersionsParams, AccountsGetScreenSetVersionsResponse, AccountsGetScreenSetVersionsErrorCode>(getScreenSetVersionsMethod, params, options);
}

export function getScreenSetsChecked(invoker: Invoker, params?: AccountsGetScreenSetsParams, options?: CallOptions): Promise<GigyaResult<AccountsGetScreenSetsResponse>> {
  return invoker.invoke<AccountsGetScreenSetsParams, AccountsGetScreenSetsResponse, AccountsGetScreenSetsErrorCode>(getScreenSetsMethod, params, options);
}

export function getSiteConsentDetailsChecked(invoker: Invoker, params?: AccountsGetSiteConsentDetailsParams, options?: CallOptions): Promise<GigyaResult<AccountsGetSiteConsentDetailsResponse>> {
  return invoker.invoke<AccountsGetSiteConsentDetailsParams, AccountsGetSiteConsentDetailsResponse, AccountsGetSiteConsentDetailsErrorCode>(getSiteConsentDetailsMethod, params, options);
}

export function globalChangeAccountResidencyChecked(invoker: Invoker, params: AccountsGlobalChangeAccountResidencyParams, options?: CallOptions): Promise<GigyaResult<AccountsGlobalChangeAccountResidencyResponse>> {
  return invoker.invoke<AccountsGlobalChangeAccountResidencyParams, AccountsGlobalChangeAccountResidencyResponse, AccountsGlobalChangeAccountResidencyErrorCode>(globalChangeAccountResidencyMethod, params, options);
}

export function identifiersCreateTokenChecked(invoker: Invoker, params: AccountsIdentifiersCreateTokenParams, options?: CallOptions): Promise<GigyaResult<AccountsIdentifiersCreateTokenResponse>> {
  return invoker.invoke<AccountsIdentifiersCreateTokenParams, AccountsIdentifiersCreateTokenResponse, AccountsIdentifiersCreateTokenErrorCode>(identifiersCreateTokenMethod, params, options);
}

export function identifiersFindChecked(invoker: Invoker, params: AccountsIdentifiersFindParams, options?: CallOptions): Promise<GigyaResult<AccountsIdentifiersFindResponse>> {
  return invoker.invoke<AccountsIdentifiersFindParams, AccountsIdentifiersFindResponse, AccountsIdentifiersFindErrorCode>(identifiersFindMethod, params, options);
}

export function importAccountChecked<S extends SiteSchema = SiteSchema>(invoker: Invoker, params: AccountsImportAccountParams<S>, options?: CallOptions): Promise<GigyaResult<AccountsImportAccountResponse>> {
  return invoker.invoke<AccountsImportAccountParams<S>, AccountsImportAccountResponse, AccountsImportAccountErrorCode>(importAccountMethod as unknown as MethodDescriptor<AccountsImportAccountParams<S>, AccountsImportAccountResponse, AccountsImportAccountErrorCode>, params, options);
}

export function importFullAccountChecked<S extends SiteSchema = SiteSchema>(invoker: Invoker, params?: AccountsImportFullAccountParams<S>, options?: CallOptions): Promise<GigyaResult<AccountsImportFullAccountResponse>> {
  return invoker.invoke<AccountsImportFullAccountParams<S>, AccountsImportFullAccountResponse, AccountsImportFullAccountErrorCode>(importFullAccountMethod as unknown as MethodDescriptor<AccountsImportFullAccountParams<S>, AccountsImportFullAccountResponse, AccountsImportFullAccountErrorCode>, params, options);
}

export function importLiteAccountsChecked<S extends SiteSchema = SiteSchema>(invoker: Invoker, params: AccountsImportLiteAccountsParams<S>, options?: CallOptions): Promise<GigyaResult<AccountsImportLiteAccountsResponse>> {
  return invoker.invoke<AccountsImportLiteAccountsParams<S>, AccountsImportLiteAccountsResponse, AccountsImportLiteAccountsErrorCode>(importLiteAccountsMethod as unknown as MethodDescriptor<AccountsImportLiteAccountsParams<S>, AccountsImportLiteAccountsResponse, AccountsImportLiteAccountsErrorCode>, params, options);
}

export function importProfilePhotoChecked(invoker: Invoker, params: AccountsImportProfilePhotoParams, options?: CallOptions): Promise<GigyaResult<AccountsImportProfilePhotoResponse>> {
  return invoker.invoke<AccountsImportProfilePhotoParams, AccountsImportProfilePhotoResponse, AccountsImportProfilePhotoErrorCode>(importProfilePhotoMethod, params, options);
}

export function incrementCountersChecked(invoker: Invoker, params: AccountsIncrementCountersParams, options?: CallOptions): Promise<GigyaResult<AccountsIncrementCountersResponse>> {
  return invoker.invoke<AccountsIncrementCountersParams, AccountsIncrementCountersResponse, AccountsIncrementCountersErrorCode>(incrementCountersMethod, params, options);
}

export function initRegistrationChecked(invoker: Invoker, params?: AccountsInitRegistrationParams, options?: CallOptions): Promise<GigyaResult<AccountsInitRegistrationResponse>> {
  return invoker.invoke<AccountsInitRegistrationParams, AccountsInitRegistrationResponse, AccountsInitRegistrationErrorCode>(initRegistrationMethod, params, options);
}

export function isAvailableLoginIDChecked(invoker: Invoker, params: AccountsIsAvailableLoginIDParams, options?: CallOptions): Promise<GigyaResult<AccountsIsAvailableLoginIDResponse>> {
  return invoker.invoke<AccountsIsAvailableLoginIDParams, AccountsIsAvailableLoginIDResponse, AccountsIsAvailableLoginIDErrorCode>(isAvailableLoginIDMethod, params, options);
}

export function linkAccountsChecked<S extends SiteSchema = SiteSchema>(invoker: Invoker, params: AccountsLinkAccountsParams, options?: CallOptions): Promise<GigyaResult<AccountsLinkAccountsResult<S>>> {
  return invoker.invoke<AccountsLinkAccountsParams, AccountsLinkAccountsResult<S>, AccountsLinkAccountsErrorCode>(linkAccountsMethod as unknown as MethodDescriptor<AccountsLinkAccountsParams, AccountsLinkAccountsResult<S>, AccountsLinkAccountsErrorCode>, params, options);
}

export function loginChecked<S extends SiteSchema = SiteSchema>(invoker: Invoker, params: AccountsLoginParams, options?: CallOptions): Promise<GigyaResult<AccountsLoginResult<S>>> {
  return invoker.invoke<AccountsLoginParams, AccountsLoginResult<S>, AccountsLoginErrorCode>(loginMethod as unknown as MethodDescriptor<AccountsLoginParams, AccountsLoginResult<S>, AccountsLoginErrorCode>, params, options);
}

export function logoutChecked(invoker: Invoker, params: AccountsLogoutParams, options?: CallOptions): Promise<GigyaResult<AccountsLogoutResponse>> {
  return invoker.invoke<AccountsLogoutParams, AccountsLogoutResponse, AccountsLogoutErrorCode>(logoutMethod, params, options);
}

export function notifyLoginChecked<S extends SiteSchema = SiteSchema>(invoker: Invoker, params?: AccountsNotifyLoginParams, options?: CallOptions): Promise<GigyaResult<AccountsNotifyLoginResult<S>>> {
  return invoker.invoke<AccountsNotifyLoginParams, AccountsNotifyLoginResult<S>, AccountsNotifyLoginErrorCode>(notifyLoginMethod as unknown as MethodDescriptor<AccountsNotifyLoginParams, AccountsNotifyLoginResult<S>, AccountsNotifyLoginErrorCode>, params, options);
}

export function notifySocialLoginChecked(invoker: Invoker, params: AccountsNotifySocialLoginParams, options?: CallOptions): Promise<GigyaResult<AccountsNotifySocialLoginResult>> {
  return invoker.invoke<AccountsNotifySocialLoginParams, AccountsNotifySocialLoginResult, AccountsNotifySocialLoginErrorCode>(notifySocialLoginMethod, params, options);
}

export function otpDeleteChecked(invoker: Invoker, params: AccountsOtpDeleteParams, options?: CallOptions): Promise<GigyaResult<AccountsOtpDeleteResponse>> {
  return invoker.invoke<AccountsOtpDeleteParams, AccountsOtpDeleteResponse, AccountsOtpDeleteErrorCode>(otpDeleteMethod, params, options);
}

export function otpLoginChecked<S extends SiteSchema = SiteSchema>(invoker: Invoker, params: AccountsOtpLoginParams, options?: CallOptions): Promise<GigyaResult<AccountsOtpLoginResult<S>>> {
  return invoker.invoke<AccountsOtpLoginParams, AccountsOtpLoginResult<S>, AccountsOtpLoginErrorCode>(otpLoginMethod as unknown as MethodDescriptor<AccountsOtpLoginParams, AccountsOtpLoginResult<S>, AccountsOtpLoginErrorCode>, params, options);
}

export function otpSendCodeChecked(invoker: Invoker, params: AccountsOtpSendCodeParams, options?: CallOptions): Promise<GigyaResult<AccountsOtpSendCodeResponse>> {
  return invoker.invoke<AccountsOtpSendCodeParams, AccountsOtpSendCodeResponse, AccountsOtpSendCodeErrorCode>(otpSendCodeMethod, params, options);
}

export function otpUpdateChecked(invoker: Invoker, params: AccountsOtpUpdateParams, options?: CallOptions): Promise<GigyaResult<AccountsOtpUpdateResponse>> {
  return invoker.invoke<AccountsOtpUpdateParams, AccountsOtpUpdateResponse, AccountsOtpUpdateErrorCode>(otpUpdateMethod, params, options);
}

export function policiesEmailTemplatesGetConfigChecked(invoker: Invoker, params?: AccountsPoliciesEmailTemplatesGetConfigParams, options?: CallOptions): Promise<GigyaResult<AccountsPoliciesEmailTemplatesGetConfigResponse>> {
  return invoker.invoke<AccountsPoliciesEmailTemplatesGetConfigParams, AccountsPoliciesEmailTemplatesGetConfigResponse, AccountsPoliciesEmailTemplatesGetConfigErrorCode>(policiesEmailTemplatesGetConfigMethod, params, options);
}

export function policiesEmailTemplatesSetConfigChecked(invoker: Invoker, params?: AccountsPoliciesEmailTemplatesSetConfigParams, options?: CallOptions): Promise<GigyaResult<AccountsPoliciesEmailTemplatesSetConfigResponse>> {
  return invoker.invoke<AccountsPoliciesEmailTemplatesSetConfigParams, AccountsPoliciesEmailTemplatesSetConfigResponse, AccountsPoliciesEmailTemplatesSetConfigErrorCode>(policiesEmailTemplatesSetConfigMethod, params, options);
}

export function progressionGetPolicyChecked(invoker: Invoker, params?: AccountsProgressionGetPolicyParams, options?: CallOptions): Promise<GigyaResult<AccountsProgressionGetPolicyResponse>> {
  return invoker.invoke<AccountsProgressionGetPolicyParams, AccountsProgressionGetPolicyResponse, AccountsProgressionGetPolicyErrorCode>(progressionGetPolicyMethod, params, options);
}

export function progressionSetPolicyChecked(invoker: Invoker, params: AccountsProgressionSetPolicyParams, options?: CallOptions): Promise<GigyaResult<AccountsProgressionSetPolicyResponse>> {
  return invoker.invoke<AccountsProgressionSetPolicyParams, AccountsProgressionSetPolicyResponse, AccountsProgressionSetPolicyErrorCode>(progressionSetPolicyMethod, params, options);
}

export function publishProfilePhotoChecked(invoker: Invoker, params?: AccountsPublishProfilePhotoParams, options?: CallOptions): Promise<GigyaResult<AccountsPublishProfilePhotoResponse>> {
  return invoker.invoke<AccountsPublishProfilePhotoParams, AccountsPublishProfilePhotoResponse, AccountsPublishProfilePhotoErrorCode>(publishProfilePhotoMethod, params, options);
}

export function rbaGetPolicyChecked(invoker: Invoker, params?: AccountsRbaGetPolicyParams, options?: CallOptions): Promise<GigyaResult<AccountsRbaGetPolicyResponse>> {
  return invoker.invoke<AccountsRbaGetPolicyParams, AccountsRbaGetPolicyResponse, AccountsRbaGetPolicyErrorCode>(rbaGetPolicyMethod, params, options);
}

export function rbaLockChecked(invoker: Invoker, params?: AccountsRbaLockParams, options?: CallOptions): Promise<GigyaResult<AccountsRbaLockResponse>> {
  return invoker.invoke<AccountsRbaLockParams, AccountsRbaLockResponse, AccountsRbaLockErrorCode>(rbaLockMethod, params, options);
}

export function rbaSdkConfigurationGetChecked(invoker: Invoker, params?: AccountsRbaSdkConfigurationGetParams, options?: CallOptions): Promise<GigyaResult<AccountsRbaSdkConfigurationGetResponse>> {
  return invoker.invoke<AccountsRbaSdkConfigurationGetParams, AccountsRbaSdkConfigurationGetResponse, AccountsRbaSdkConfigurationGetErrorCode>(rbaSdkConfigurationGetMethod, params, options);
}

export function rbaSetPolicyChecked(invoker: Invoker, params: AccountsRbaSetPolicyParams, options?: CallOptions): Promise<GigyaResult<AccountsRbaSetPolicyResponse>> {
  return invoker.invoke<AccountsRbaSetPolicyParams, AccountsRbaSetPolicyResponse, AccountsRbaSetPolicyErrorCode>(rbaSetPolicyMethod, params, options);
}

export function rbaUnlockChecked(invoker: Invoker, params?: AccountsRbaUnlockParams, options?: CallOptions): Promise<GigyaResult<AccountsRbaUnlockResponse>> {
  return invoker.invoke<AccountsRbaUnlockParams, AccountsRbaUnlockResponse, AccountsRbaUnlockErrorCode>(rbaUnlockMethod, params, options);
}

export function registerChecked<S extends SiteSchema = SiteSchema>(invoker: Invoker, params?: AccountsRegisterParams<S>, options?: CallOptions): Promise<GigyaResult<AccountsRegisterResult<S>>> {
  return invoker.invoke<AccountsRegisterParams<S>, AccountsRegisterResult<S>, AccountsRegisterErrorCode>(registerMethod as unknown as MethodDescriptor<AccountsRegisterParams<S>, AccountsRegisterResult<S>, AccountsRegisterErrorCode>, params, options);
}

export function registerCountersChecked(invoker: Invoker, params: AccountsRegisterCountersParams, options?: CallOptions): Promise<GigyaResult<AccountsRegisterCountersResponse>> {
  return invoker.invoke<AccountsRegisterCountersParams, AccountsRegisterCountersResponse, AccountsRegisterCountersErrorCode>(registerCountersMethod, params, options);
}

export function removeEmailsChecked(invoker: Invoker, params?: AccountsRemoveEmailsParams, options?: CallOptions): Promise<GigyaResult<AccountsRemoveEmailsResponse>> {
  return invoker.invoke<AccountsRemoveEmailsParams, AccountsRemoveEmailsResponse, AccountsRemoveEmailsErrorCode>(removeEmailsMethod, params, options);
}

export function resendDOIConfirmationEmailChecked(invoker: Invoker, params: AccountsResendDOIConfirmationEmailParams, options?: CallOptions): Promise<GigyaResult<AccountsResendDOIConfirmationEmailResponse>> {
  return invoker.invoke<AccountsResendDOIConfirmationEmailParams, AccountsResendDOIConfirmationEmailResponse, AccountsResendDOIConfirmationEmailErrorCode>(resendDOIConfirmationEmailMethod, params, options);
}

export function resendVerificationCodeChecked(invoker: Invoker, params?: AccountsResendVerificationCodeParams, options?: CallOptions): Promise<GigyaResult<AccountsResendVerificationCodeResponse>> {
  return invoker.invoke<AccountsResendVerificationCodeParams, AccountsResendVerificationCodeResponse, AccountsResendVerificationCodeErrorCode>(resendVerificationCodeMethod, params, options);
}

export function resetPasswordChecked(invoker: Invoker, params?: AccountsResetPasswordParams, options?: CallOptions): Promise<GigyaResult<AccountsResetPasswordResponse>> {
  return invoker.invoke<AccountsResetPasswordParams, AccountsResetPasswordResponse, AccountsResetPasswordErrorCode>(resetPasswordMethod, params, options);
}

export function resetSitePreferencesChecked(invoker: Invoker, params?: AccountsResetSitePreferencesParams, options?: CallOptions): Promise<GigyaResult<AccountsResetSitePreferencesResponse>> {
  return invoker.invoke<AccountsResetSitePreferencesParams, AccountsResetSitePreferencesResponse, AccountsResetSitePreferencesErrorCode>(resetSitePreferencesMethod, params, options);
}

export function searchChecked<S extends SiteSchema = SiteSchema>(invoker: Invoker, params?: AccountsSearchParams, options?: CallOptions): Promise<GigyaResult<AccountsSearchResponse<S>>> {
  return invoker.invoke<AccountsSearchParams, AccountsSearchResponse<S>, AccountsSearchErrorCode>(searchMethod as unknown as MethodDescriptor<AccountsSearchParams, AccountsSearchResponse<S>, AccountsSearchErrorCode>, params, options);
}

export function sendLiteInviteChecked(invoker: Invoker, params?: AccountsSendLiteInviteParams, options?: CallOptions): Promise<GigyaResult<AccountsSendLiteInviteResponse>> {
  return invoker.invoke<AccountsSendLiteInviteParams, AccountsSendLiteInviteResponse, AccountsSendLiteInviteErrorCode>(sendLiteInviteMethod, params, options);
}

export function sessionVerifyChecked(invoker: Invoker, params?: AccountsSessionVerifyParams, options?: CallOptions): Promise<GigyaResult<AccountsSessionVerifyResponse>> {
  return invoker.invoke<AccountsSessionVerifyParams, AccountsSessionVerifyResponse, AccountsSessionVerifyErrorCode>(sessionVerifyMethod, params, options);
}

export function setAccountInfoChecked<S extends SiteSchema = SiteSchema>(invoker: Invoker, params?: AccountsSetAccountInfoParams<S>, options?: CallOptions): Promise<GigyaResult<AccountsSetAccountInfoResult>> {
  return invoker.invoke<AccountsSetAccountInfoParams<S>, AccountsSetAccountInfoResult, AccountsSetAccountInfoErrorCode>(setAccountInfoMethod as unknown as MethodDescriptor<AccountsSetAccountInfoParams<S>, AccountsSetAccountInfoResult, AccountsSetAccountInfoErrorCode>, params, options);
}

export function setPasswordChecked(invoker: Invoker, params: AccountsSetPasswordParams, options?: CallOptions): Promise<GigyaResult<AccountsSetPasswordResponse>> {
  return invoker.invoke<AccountsSetPasswordParams, AccountsSetPasswordResponse, AccountsSetPasswordErrorCode>(setPasswordMethod, params, options);
}

export function setPoliciesChecked(invoker: Invoker, params?: AccountsSetPoliciesParams, options?: CallOptions): Promise<GigyaResult<AccountsSetPoliciesResponse>> {
  return invoker.invoke<AccountsSetPoliciesParams, AccountsSetPoliciesResponse, AccountsSetPoliciesErrorCode>(setPoliciesMethod, params, options);
}

export function setProfilePhotoChecked(invoker: Invoker, params?: AccountsSetProfilePhotoParams, options?: CallOptions): Promise<GigyaResult<AccountsSetProfilePhotoResponse>> {
  return invoker.invoke<AccountsSetProfilePhotoParams, AccountsSetProfilePhotoResponse, AccountsSetProfilePhotoErrorCode>(setProfilePhotoMethod, params, options);
}

export function setSchemaChecked(invoker: Invoker, params?: AccountsSetSchemaParams, options?: CallOptions): Promise<GigyaResult<AccountsSetSchemaResponse>> {
  return invoker.invoke<AccountsSetSchemaParams, AccountsSetSchemaResponse, AccountsSetSchemaErrorCode>(setSchemaMethod, params, options);
}

export function setScreenSetChecked(invoker: Invoker, params: AccountsSetScreenSetParams, options?: CallOptions): Promise<GigyaResult<AccountsSetScreenSetResponse>> {
  return invoker.invoke<AccountsSetScreenSetParams, AccountsSetScreenSetResponse, AccountsSetScreenSetErrorCode>(setScreenSetMethod, params, options);
}

export function smsConfigGetChecked(invoker: Invoker, params?: AccountsSmsConfigGetParams, options?: CallOptions): Promise<GigyaResult<AccountsSmsConfigGetResponse>> {
  return invoker.invoke<AccountsSmsConfigGetParams, AccountsSmsConfigGetResponse, AccountsSmsConfigGetErrorCode>(smsConfigGetMethod, params, options);
}

export function smsConfigSetChecked(invoker: Invoker, params: AccountsSmsConfigSetParams, options?: CallOptions): Promise<GigyaResult<AccountsSmsConfigSetResponse>> {
  return invoker.invoke<AccountsSmsConfigSetParams, AccountsSmsConfigSetResponse, AccountsSmsConfigSetErrorCode>(smsConfigSetMethod, params, options);
}

export function smsTemplatesGetChecked(invoker: Invoker, params?: AccountsSmsTemplatesGetParams, options?: CallOptions): Promise<GigyaResult<AccountsSmsTemplatesGetResponse>> {
  return invoker.invoke<AccountsSmsTemplatesGetParams, AccountsSmsTemplatesGetResponse, AccountsSmsTemplatesGetErrorCode>(smsTemplatesGetMethod, params, options);
}

export function smsTemplatesSetChecked(invoker: Invoker, params: AccountsSmsTemplatesSetParams, options?: CallOptions): Promise<GigyaResult<AccountsSmsTemplatesSetResponse>> {
  return invoker.invoke<AccountsSmsTemplatesSetParams, AccountsSmsTemplatesSetResponse, AccountsSmsTemplatesSetErrorCode>(smsTemplatesSetMethod, params, options);
}

export function socialLoginChecked(invoker: Invoker, params?: AccountsSocialLoginParams, options?: CallOptions): Promise<GigyaResult<AccountsSocialLoginResponse>> {
  return invoker.invoke<AccountsSocialLoginParams, AccountsSocialLoginResponse, AccountsSocialLoginErrorCode>(socialLoginMethod, params, options);
}

export function storeDownloadConsentDocumentChecked(invoker: Invoker, params: AccountsStoreDownloadConsentDocumentParams, options?: CallOptions): Promise<GigyaResult<AccountsStoreDownloadConsentDocumentResponse>> {
  return invoker.invoke<AccountsStoreDownloadConsentDocumentParams, AccountsStoreDownloadConsentDocumentResponse, AccountsStoreDownloadConsentDocumentErrorCode>(storeDownloadConsentDocumentMethod, params, options);
}

export function storeUploadConsentDocumentChecked(invoker: Invoker, params: AccountsStoreUploadConsentDocumentParams, options?: CallOptions): Promise<GigyaResult<AccountsStoreUploadConsentDocumentResponse>> {
  return invoker.invoke<AccountsStoreUploadConsentDocumentParams, AccountsStoreUploadConsentDocumentResponse, AccountsStoreUploadConsentDocumentErrorCode>(storeUploadConsentDocumentMethod, params, options);
}

export function streamCreateChecked(invoker: Invoker, params?: AccountsStreamCreateParams, options?: CallOptions): Promise<GigyaResult<AccountsStreamCreateResponse>> {
  return invoker.invoke<AccountsStreamCreateParams, AccountsStreamCreateResponse, AccountsStreamCreateErrorCode>(streamCreateMethod, params, options);
}

export function streamReadChecked(invoker: Invoker, params: AccountsStreamReadParams, options?: CallOptions): Promise<GigyaResult<AccountsStreamReadResponse>> {
  return invoker.invoke<AccountsStreamReadParams, AccountsStreamReadResponse, AccountsStreamReadErrorCode>(streamReadMethod, params, options);
}

export function tfaBackupcodesCreateChecked(invoker: Invoker, params: AccountsTfaBackupcodesCreateParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaBackupcodesCreateResponse>> {
  return invoker.invoke<AccountsTfaBackupcodesCreateParams, AccountsTfaBackupcodesCreateResponse, AccountsTfaBackupcodesCreateErrorCode>(tfaBackupcodesCreateMethod, params, options);
}

export function tfaBackupcodesGetChecked(invoker: Invoker, params: AccountsTfaBackupcodesGetParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaBackupcodesGetResponse>> {
  return invoker.invoke<AccountsTfaBackupcodesGetParams, AccountsTfaBackupcodesGetResponse, AccountsTfaBackupcodesGetErrorCode>(tfaBackupcodesGetMethod, params, options);
}

export function tfaBackupcodesVerifyChecked(invoker: Invoker, params: AccountsTfaBackupcodesVerifyParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaBackupcodesVerifyResponse>> {
  return invoker.invoke<AccountsTfaBackupcodesVerifyParams, AccountsTfaBackupcodesVerifyResponse, AccountsTfaBackupcodesVerifyErrorCode>(tfaBackupcodesVerifyMethod, params, options);
}

export function tfaDeactivateProviderChecked(invoker: Invoker, params: AccountsTfaDeactivateProviderParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaDeactivateProviderResponse>> {
  return invoker.invoke<AccountsTfaDeactivateProviderParams, AccountsTfaDeactivateProviderResponse, AccountsTfaDeactivateProviderErrorCode>(tfaDeactivateProviderMethod, params, options);
}

export function tfaEmailCompleteVerificationChecked(invoker: Invoker, params: AccountsTfaEmailCompleteVerificationParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaEmailCompleteVerificationResponse>> {
  return invoker.invoke<AccountsTfaEmailCompleteVerificationParams, AccountsTfaEmailCompleteVerificationResponse, AccountsTfaEmailCompleteVerificationErrorCode>(tfaEmailCompleteVerificationMethod, params, options);
}

export function tfaEmailGetEmailsChecked(invoker: Invoker, params: AccountsTfaEmailGetEmailsParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaEmailGetEmailsResponse>> {
  return invoker.invoke<AccountsTfaEmailGetEmailsParams, AccountsTfaEmailGetEmailsResponse, AccountsTfaEmailGetEmailsErrorCode>(tfaEmailGetEmailsMethod, params, options);
}

export function tfaEmailSendVerificationCodeChecked(invoker: Invoker, params: AccountsTfaEmailSendVerificationCodeParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaEmailSendVerificationCodeResponse>> {
  return invoker.invoke<AccountsTfaEmailSendVerificationCodeParams, AccountsTfaEmailSendVerificationCodeResponse, AccountsTfaEmailSendVerificationCodeErrorCode>(tfaEmailSendVerificationCodeMethod, params, options);
}

export function tfaFinalizeTFAChecked(invoker: Invoker, params: AccountsTfaFinalizeTFAParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaFinalizeTFAResponse>> {
  return invoker.invoke<AccountsTfaFinalizeTFAParams, AccountsTfaFinalizeTFAResponse, AccountsTfaFinalizeTFAErrorCode>(tfaFinalizeTFAMethod, params, options);
}

export function tfaGetCertificateChecked(invoker: Invoker, params?: AccountsTfaGetCertificateParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaGetCertificateResponse>> {
  return invoker.invoke<AccountsTfaGetCertificateParams, AccountsTfaGetCertificateResponse, AccountsTfaGetCertificateErrorCode>(tfaGetCertificateMethod, params, options);
}

export function tfaGetProvidersChecked(invoker: Invoker, params?: AccountsTfaGetProvidersParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaGetProvidersResponse>> {
  return invoker.invoke<AccountsTfaGetProvidersParams, AccountsTfaGetProvidersResponse, AccountsTfaGetProvidersErrorCode>(tfaGetProvidersMethod, params, options);
}

export function tfaInitTFAChecked(invoker: Invoker, params: AccountsTfaInitTFAParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaInitTFAResponse>> {
  return invoker.invoke<AccountsTfaInitTFAParams, AccountsTfaInitTFAResponse, AccountsTfaInitTFAErrorCode>(tfaInitTFAMethod, params, options);
}

export function tfaPhoneCompleteVerificationChecked(invoker: Invoker, params: AccountsTfaPhoneCompleteVerificationParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaPhoneCompleteVerificationResponse>> {
  return invoker.invoke<AccountsTfaPhoneCompleteVerificationParams, AccountsTfaPhoneCompleteVerificationResponse, AccountsTfaPhoneCompleteVerificationErrorCode>(tfaPhoneCompleteVerificationMethod, params, options);
}

export function tfaPhoneGetCertificateChecked(invoker: Invoker, params?: AccountsTfaPhoneGetCertificateParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaPhoneGetCertificateResponse>> {
  return invoker.invoke<AccountsTfaPhoneGetCertificateParams, AccountsTfaPhoneGetCertificateResponse, AccountsTfaPhoneGetCertificateErrorCode>(tfaPhoneGetCertificateMethod, params, options);
}

export function tfaPhoneGetRegisteredPhoneNumbersChecked(invoker: Invoker, params: AccountsTfaPhoneGetRegisteredPhoneNumbersParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaPhoneGetRegisteredPhoneNumbersResponse>> {
  return invoker.invoke<AccountsTfaPhoneGetRegisteredPhoneNumbersParams, AccountsTfaPhoneGetRegisteredPhoneNumbersResponse, AccountsTfaPhoneGetRegisteredPhoneNumbersErrorCode>(tfaPhoneGetRegisteredPhoneNumbersMethod, params, options);
}

export function tfaPhoneImportTFAChecked(invoker: Invoker, params: AccountsTfaPhoneImportTFAParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaPhoneImportTFAResponse>> {
  return invoker.invoke<AccountsTfaPhoneImportTFAParams, AccountsTfaPhoneImportTFAResponse, AccountsTfaPhoneImportTFAErrorCode>(tfaPhoneImportTFAMethod, params, options);
}

export function tfaPhoneRemovePhoneChecked(invoker: Invoker, params: AccountsTfaPhoneRemovePhoneParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaPhoneRemovePhoneResponse>> {
  return invoker.invoke<AccountsTfaPhoneRemovePhoneParams, AccountsTfaPhoneRemovePhoneResponse, AccountsTfaPhoneRemovePhoneErrorCode>(tfaPhoneRemovePhoneMethod, params, options);
}

export function tfaPhoneSendVerificationCodeChecked(invoker: Invoker, params: AccountsTfaPhoneSendVerificationCodeParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaPhoneSendVerificationCodeResponse>> {
  return invoker.invoke<AccountsTfaPhoneSendVerificationCodeParams, AccountsTfaPhoneSendVerificationCodeResponse, AccountsTfaPhoneSendVerificationCodeErrorCode>(tfaPhoneSendVerificationCodeMethod, params, options);
}

export function tfaPushIsVerifiedChecked(invoker: Invoker, params: AccountsTfaPushIsVerifiedParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaPushIsVerifiedResponse>> {
  return invoker.invoke<AccountsTfaPushIsVerifiedParams, AccountsTfaPushIsVerifiedResponse, AccountsTfaPushIsVerifiedErrorCode>(tfaPushIsVerifiedMethod, params, options);
}

export function tfaPushOptinChecked(invoker: Invoker, params: AccountsTfaPushOptinParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaPushOptinResponse>> {
  return invoker.invoke<AccountsTfaPushOptinParams, AccountsTfaPushOptinResponse, AccountsTfaPushOptinErrorCode>(tfaPushOptinMethod, params, options);
}

export function tfaPushSendVerificationChecked(invoker: Invoker, params: AccountsTfaPushSendVerificationParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaPushSendVerificationResponse>> {
  return invoker.invoke<AccountsTfaPushSendVerificationParams, AccountsTfaPushSendVerificationResponse, AccountsTfaPushSendVerificationErrorCode>(tfaPushSendVerificationMethod, params, options);
}

export function tfaPushVerifyChecked(invoker: Invoker, params: AccountsTfaPushVerifyParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaPushVerifyResponse>> {
  return invoker.invoke<AccountsTfaPushVerifyParams, AccountsTfaPushVerifyResponse, AccountsTfaPushVerifyErrorCode>(tfaPushVerifyMethod, params, options);
}

export function tfaResetTFAChecked(invoker: Invoker, params: AccountsTfaResetTFAParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaResetTFAResponse>> {
  return invoker.invoke<AccountsTfaResetTFAParams, AccountsTfaResetTFAResponse, AccountsTfaResetTFAErrorCode>(tfaResetTFAMethod, params, options);
}

export function tfaTotpRegisterChecked(invoker: Invoker, params: AccountsTfaTotpRegisterParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaTotpRegisterResponse>> {
  return invoker.invoke<AccountsTfaTotpRegisterParams, AccountsTfaTotpRegisterResponse, AccountsTfaTotpRegisterErrorCode>(tfaTotpRegisterMethod, params, options);
}

export function tfaTotpVerifyChecked(invoker: Invoker, params: AccountsTfaTotpVerifyParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaTotpVerifyResponse>> {
  return invoker.invoke<AccountsTfaTotpVerifyParams, AccountsTfaTotpVerifyResponse, AccountsTfaTotpVerifyErrorCode>(tfaTotpVerifyMethod, params, options);
}

export function tfaUnregisterDeviceChecked(invoker: Invoker, params: AccountsTfaUnregisterDeviceParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaUnregisterDeviceResponse>> {
  return invoker.invoke<AccountsTfaUnregisterDeviceParams, AccountsTfaUnregisterDeviceResponse, AccountsTfaUnregisterDeviceErrorCode>(tfaUnregisterDeviceMethod, params, options);
}

export function unregisterCountersChecked(invoker: Invoker, params: AccountsUnregisterCountersParams, options?: CallOptions): Promise<GigyaResult<AccountsUnregisterCountersResponse>> {
  return invoker.invoke<AccountsUnregisterCountersParams, AccountsUnregisterCountersResponse, AccountsUnregisterCountersErrorCode>(unregisterCountersMethod, params, options);
}

export function unsubscribeChecked(invoker: Invoker, params: AccountsUnsubscribeParams, options?: CallOptions): Promise<GigyaResult<AccountsUnsubscribeResponse>> {
  return invoker.invoke<AccountsUnsubscribeParams, AccountsUnsubscribeResponse, AccountsUnsubscribeErrorCode>(unsubscribeMethod, params, options);
}

export function verifyLoginChecked<S extends SiteSchema = SiteSchema>(invoker: Invoker, params?: AccountsVerifyLoginParams, options?: CallOptions): Promise<GigyaResult<AccountsVerifyLoginResponse<S>>> {
  return invoker.invoke<AccountsVerifyLoginParams, AccountsVerifyLoginResponse<S>, AccountsVerifyLoginErrorCode>(verifyLoginMethod as unknown as MethodDescriptor<AccountsVerifyLoginParams, AccountsVerifyLoginResponse<S>, AccountsVerifyLoginErrorCode>, params, options);
}

export function webhooksDeleteChecked(invoker: Invoker, params: AccountsWebhooksDeleteParams, options?: CallOptions): Promise<GigyaResult<AccountsWebhooksDeleteResponse>> {
  return invoker.invoke<AccountsWebhooksDeleteParams, AccountsWebhooksDeleteResponse, AccountsWebhooksDeleteErrorCode>(webhooksDeleteMethod, params, options);
}

export function webhooksGetAllChecked(invoker: Invoker, params?: AccountsWebhooksGetAllParams, options?: CallOptions): Promise<GigyaResult<AccountsWebhooksGetAllResponse>> {
  return invoker.invoke<AccountsWebhooksGetAllParams, AccountsWebhooksGetAllResponse, AccountsWebhooksGetAllErrorCode>(webhooksGetAllMethod, params, options);
}

export function webhooksGetStatusChecked(invoker: Invoker, params: AccountsWebhooksGetStatusParams, options?: CallOptions): Promise<GigyaResult<AccountsWebhooksGetStatusResponse>> {
  return invoker.invoke<AccountsWebhooksGetStatusParams, AccountsWebhooksGetStatusResponse, AccountsWebhooksGetStatusErrorCode>(webhooksGetStatusMethod, params, options);
}

export function webhooksSetChecked(invoker: Invoker, params: AccountsWebhooksSetParams, options?: CallOptions): Promise<GigyaResult<AccountsWebhooksSetResponse>> {
  return invoker.invoke<AccountsWebhooksSetParams, AccountsWebhooksSetResponse, AccountsWebhooksSetErrorCode>(webhooksSetMethod, params, options);
}

export function bindAccountsChecked(invoker: Invoker): AccountsNamespace {
  return {
    addEmails: bindMethod(invoker, addEmailsMethod),
    address: {
      countries: {
        get: bindMethod(invoker, addressCountriesGetMethod),
      },
      suggestions: {
        get: bindMethod(invoker, addressSuggestionsGetMethod),
      },
    },
    auth: {
      getMethods: bindMethod(invoker, authGetMethodsMethod),
      magiclink: {
        email: {
          getConfig: bindMethod(invoker, authMagiclinkEmailGetConfigMethod),
          login: bindMethod(invoker, authMagiclinkEmailLoginMethod),
          send: bindMethod(invoker, authMagiclinkEmailSendMethod),
          setConfig: bindMethod(invoker, authMagiclinkEmailSetConfigMethod),
        },
        getLink: bindMethod(invoker, authMagiclinkGetLinkMethod),
      },
      otp: {
        authenticate: bindMethod(invoker, authOtpAuthenticateMethod),
        email: {
          getConfig: bindMethod(invoker, authOtpEmailGetConfigMethod),
          login: bindMethod(invoker, authOtpEmailLoginMethod),
          sendCode: bindMethod(invoker, authOtpEmailSendCodeMethod),
          setConfig: bindMethod(invoker, authOtpEmailSetConfigMethod),
        },
        verify: bindMethod(invoker, authOtpVerifyMethod),
      },
      push: {
        config: {
          get: bindMethod(invoker, authPushConfigGetMethod),
          set: bindMethod(invoker, authPushConfigSetMethod),
        },
        verify: bindMethod(invoker, authPushVerifyMethod),
      },
    },
    deleteAccount: bindMethod(invoker, deleteAccountMethod),
    deleteConsentStatement: bindMethod(invoker, deleteConsentStatementMethod),
    deleteLegalStatements: bindMethod(invoker, deleteLegalStatementsMethod),
    deleteLiteAccount: bindMethod(invoker, deleteLiteAccountMethod),
    deleteNativeScreenSet: bindMethod(invoker, deleteNativeScreenSetMethod),
    deleteSchemaFields: bindMethod(invoker, deleteSchemaFieldsMethod),
    deleteScreenSet: bindMethod(invoker, deleteScreenSetMethod),
    devices: {
      register: bindMethod(invoker, devicesRegisterMethod),
      unregister: bindMethod(invoker, devicesUnregisterMethod),
      update: bindMethod(invoker, devicesUpdateMethod),
    },
    duplicateLegalStatement: bindMethod(invoker, duplicateLegalStatementMethod),
    emailAccount: {
      changeEmail: bindMethod(invoker, emailAccountChangeEmailMethod),
      syncMultipleAccounts: bindMethod(invoker, emailAccountSyncMultipleAccountsMethod),
      syncUid: bindMethod(invoker, emailAccountSyncUidMethod),
    },
    exchangeUIDSignature: bindMethod(invoker, exchangeUIDSignatureMethod),
    extensions: {
      create: bindMethod(invoker, extensionsCreateMethod),
      delete: bindMethod(invoker, extensionsDeleteMethod),
      get: bindMethod(invoker, extensionsGetMethod),
      list: bindMethod(invoker, extensionsListMethod),
      modify: bindMethod(invoker, extensionsModifyMethod),
    },
    finalizeRegistration: bindMethod(invoker, finalizeRegistrationMethod),
    getAccountInfo: bindMethod(invoker, getAccountInfoMethod),
    getConflictingAccount: bindMethod(invoker, getConflictingAccountMethod),
    getConsentsStatements: bindMethod(invoker, getConsentsStatementsMethod),
    getCounters: bindMethod(invoker, getCountersMethod),
    getJWT: bindMethod(invoker, getJWTMethod),
    getJWTPublicKey: bindMethod(invoker, getJWTPublicKeyMethod),
    getLegalStatements: bindMethod(invoker, getLegalStatementsMethod),
    getLiteToken: bindMethod(invoker, getLiteTokenMethod),
    getNativeScreenSet: bindMethod(invoker, getNativeScreenSetMethod),
    getNativeScreenSets: bindMethod(invoker, getNativeScreenSetsMethod),
    getPolicies: bindMethod(invoker, getPoliciesMethod),
    getRegisteredCounters: bindMethod(invoker, getRegisteredCountersMethod),
    getSchema: bindMethod(invoker, getSchemaMethod),
    getScreenSetVersions: bindMethod(invoker, getScreenSetVersionsMethod),
    getScreenSets: bindMethod(invoker, getScreenSetsMethod),
    getSiteConsentDetails: bindMethod(invoker, getSiteConsentDetailsMethod),
    global: {
      changeAccountResidency: bindMethod(invoker, globalChangeAccountResidencyMethod),
    },
    identifiers: {
      createToken: bindMethod(invoker, identifiersCreateTokenMethod),
      find: bindMethod(invoker, identifiersFindMethod),
    },
    importAccount: bindMethod(invoker, importAccountMethod),
    importFullAccount: bindMethod(invoker, importFullAccountMethod),
    importLiteAccounts: bindMethod(invoker, importLiteAccountsMethod),
    importProfilePhoto: bindMethod(invoker, importProfilePhotoMethod),
    incrementCounters: bindMethod(invoker, incrementCountersMethod),
    initRegistration: bindMethod(invoker, initRegistrationMethod),
    isAvailableLoginID: bindMethod(invoker, isAvailableLoginIDMethod),
    linkAccounts: bindMethod(invoker, linkAccountsMethod),
    login: bindMethod(invoker, loginMethod),
    logout: bindMethod(invoker, logoutMethod),
    notifyLogin: bindMethod(invoker, notifyLoginMethod),
    notifySocialLogin: bindMethod(invoker, notifySocialLoginMethod),
    otp: {
      delete: bindMethod(invoker, otpDeleteMethod),
      login: bindMethod(invoker, otpLoginMethod),
      sendCode: bindMethod(invoker, otpSendCodeMethod),
      update: bindMethod(invoker, otpUpdateMethod),
    },
    policies: {
      emailTemplates: {
        getConfig: bindMethod(invoker, policiesEmailTemplatesGetConfigMethod),
        setConfig: bindMethod(invoker, policiesEmailTemplatesSetConfigMethod),
      },
    },
    progression: {
      getPolicy: bindMethod(invoker, progressionGetPolicyMethod),
      setPolicy: bindMethod(invoker, progressionSetPolicyMethod),
    },
    publishProfilePhoto: bindMethod(invoker, publishProfilePhotoMethod),
    rba: {
      getPolicy: bindMethod(invoker, rbaGetPolicyMethod),
      lock: bindMethod(invoker, rbaLockMethod),
      sdkConfiguration: {
        get: bindMethod(invoker, rbaSdkConfigurationGetMethod),
      },
      setPolicy: bindMethod(invoker, rbaSetPolicyMethod),
      unlock: bindMethod(invoker, rbaUnlockMethod),
    },
    register: bindMethod(invoker, registerMethod),
    registerCounters: bindMethod(invoker, registerCountersMethod),
    removeEmails: bindMethod(invoker, removeEmailsMethod),
    resendDOIConfirmationEmail: bindMethod(invoker, resendDOIConfirmationEmailMethod),
    resendVerificationCode: bindMethod(invoker, resendVerificationCodeMethod),
    resetPassword: bindMethod(invoker, resetPasswordMethod),
    resetSitePreferences: bindMethod(invoker, resetSitePreferencesMethod),
    search: bindCursorMethod(invoker, searchMethod),
    sendLiteInvite: bindMethod(invoker, sendLiteInviteMethod),
    session: {
      verify: bindMethod(invoker, sessionVerifyMethod),
    },
    setAccountInfo: bindMethod(invoker, setAccountInfoMethod),
    setPassword: bindMethod(invoker, setPasswordMethod),
    setPolicies: bindMethod(invoker, setPoliciesMethod),
    setProfilePhoto: bindMethod(invoker, setProfilePhotoMethod),
    setSchema: bindMethod(invoker, setSchemaMethod),
    setScreenSet: bindMethod(invoker, setScreenSetMethod),
    sms: {
      config: {
        get: bindMethod(invoker, smsConfigGetMethod),
        set: bindMethod(invoker, smsConfigSetMethod),
      },
      templates: {
        get: bindMethod(invoker, smsTemplatesGetMethod),
        set: bindMethod(invoker, smsTemplatesSetMethod),
      },
    },
    socialLogin: bindMethod(invoker, socialLoginMethod),
    store: {
      downloadConsentDocument: bindMethod(invoker, storeDownloadConsentDocumentMethod),
      uploadConsentDocument: bindMethod(invoker, storeUploadConsentDocumentMethod),
    },
    stream: {
      create: bindMethod(invoker, streamCreateMethod),
      read: bindMethod(invoker, streamReadMethod),
    },
    tfa: {
      backupcodes: {
        create: bindMethod(invoker, tfaBackupcodesCreateMethod),
        get: bindMethod(invoker, tfaBackupcodesGetMethod),
        verify: bindMethod(invoker, tfaBackupcodesVerifyMethod),
      },
      deactivateProvider: bindMethod(invoker, tfaDeactivateProviderMethod),
      email: {
        completeVerification: bindMethod(invoker, tfaEmailCompleteVerificationMethod),
        getEmails: bindMethod(invoker, tfaEmailGetEmailsMethod),
        sendVerificationCode: bindMethod(invoker, tfaEmailSendVerificationCodeMethod),
      },
      finalizeTFA: bindMethod(invoker, tfaFinalizeTFAMethod),
      getCertificate: bindMethod(invoker, tfaGetCertificateMethod),
      getProviders: bindMethod(invoker, tfaGetProvidersMethod),
      initTFA: bindMethod(invoker, tfaInitTFAMethod),
      phone: {
        completeVerification: bindMethod(invoker, tfaPhoneCompleteVerificationMethod),
        getCertificate: bindMethod(invoker, tfaPhoneGetCertificateMethod),
        getRegisteredPhoneNumbers: bindMethod(invoker, tfaPhoneGetRegisteredPhoneNumbersMethod),
        importTFA: bindMethod(invoker, tfaPhoneImportTFAMethod),
        removePhone: bindMethod(invoker, tfaPhoneRemovePhoneMethod),
        sendVerificationCode: bindMethod(invoker, tfaPhoneSendVerificationCodeMethod),
      },
      push: {
        isVerified: bindMethod(invoker, tfaPushIsVerifiedMethod),
        optin: bindMethod(invoker, tfaPushOptinMethod),
        sendVerification: bindMethod(invoker, tfaPushSendVerificationMethod),
        verify: bindMethod(invoker, tfaPushVerifyMethod),
      },
      resetTFA: bindMethod(invoker, tfaResetTFAMethod),
      totp: {
        register: bindMethod(invoker, tfaTotpRegisterMethod),
        verify: bindMethod(invoker, tfaTotpVerifyMethod),
      },
      unregisterDevice: bindMethod(invoker, tfaUnregisterDeviceMethod),
    },
    unregisterCounters: bindMethod(invoker, unregisterCountersMethod),
    unsubscribe: bindMethod(invoker, unsubscribeMethod),
    verifyLogin: bindMethod(invoker, verifyLoginMethod),
    webhooks: {
      delete: bindMethod(invoker, webhooksDeleteMethod),
      getAll: bindMethod(invoker, webhooksGetAllMethod),
      getStatus: bindMethod(invoker, webhooksGetStatusMethod),
      set: bindMethod(invoker, webhooksSetMethod),
    },
  };
}
