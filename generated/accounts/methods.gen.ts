// Generated from catalog/accounts.yaml, catalog/accounts.address.yaml, catalog/accounts.auth.yaml, catalog/accounts.devices.yaml, catalog/accounts.emailAccount.yaml, catalog/accounts.extensions.yaml, catalog/accounts.global.yaml, catalog/accounts.identifiers.yaml, catalog/accounts.otp.yaml, catalog/accounts.policies.yaml, catalog/accounts.progression.yaml, catalog/accounts.rba.yaml, catalog/accounts.session.yaml, catalog/accounts.sms.yaml, catalog/accounts.store.yaml, catalog/accounts.stream.yaml, catalog/accounts.tfa.yaml, catalog/accounts.webhooks.yaml by `npm run generate`. DO NOT EDIT.
// Change the catalog and run the generator again; `npm run generate -- --check` fails on any drift.
// @ts-nocheck
// Untyped on purpose, so not type-checked where it is compiled: validators.check.ts holds the proofs.

import {
  type BoundMethod,
  type CallOptions,
  type CursorMethod,
  type GigyaResult,
  type Invoker,
  type MethodDescriptor,
  type SiteSchema,
  bindMethods,
  describeMethod,
  hintsFromJson,
  listMethods,
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
import type {
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
  AccountsAuthMagiclinkEmailLoginErrorFields,
  AccountsAuthMagiclinkEmailLoginParams,
  AccountsAuthMagiclinkEmailLoginResult,
  AccountsAuthMagiclinkEmailSendParams,
  AccountsAuthMagiclinkEmailSendResponse,
  AccountsAuthMagiclinkEmailSetConfigParams,
  AccountsAuthMagiclinkEmailSetConfigResponse,
  AccountsAuthMagiclinkGetLinkParams,
  AccountsAuthMagiclinkGetLinkResponse,
  AccountsAuthOtpAuthenticateErrorFields,
  AccountsAuthOtpAuthenticateParams,
  AccountsAuthOtpAuthenticateResponse,
  AccountsAuthOtpEmailGetConfigParams,
  AccountsAuthOtpEmailGetConfigResponse,
  AccountsAuthOtpEmailLoginErrorFields,
  AccountsAuthOtpEmailLoginParams,
  AccountsAuthOtpEmailLoginResult,
  AccountsAuthOtpEmailSendCodeErrorFields,
  AccountsAuthOtpEmailSendCodeParams,
  AccountsAuthOtpEmailSendCodeResponse,
  AccountsAuthOtpEmailSetConfigParams,
  AccountsAuthOtpEmailSetConfigResponse,
  AccountsAuthOtpVerifyErrorFields,
  AccountsAuthOtpVerifyParams,
  AccountsAuthOtpVerifyResponse,
  AccountsAuthPushConfigGetParams,
  AccountsAuthPushConfigGetResponse,
  AccountsAuthPushConfigSetParams,
  AccountsAuthPushConfigSetResponse,
  AccountsAuthPushVerifyErrorFields,
  AccountsAuthPushVerifyParams,
  AccountsAuthPushVerifyResponse,
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
  AccountsDevicesRegisterParams,
  AccountsDevicesRegisterResponse,
  AccountsDevicesUnregisterParams,
  AccountsDevicesUnregisterResponse,
  AccountsDevicesUpdateParams,
  AccountsDevicesUpdateResponse,
  AccountsDuplicateLegalStatementParams,
  AccountsDuplicateLegalStatementResponse,
  AccountsEmailAccountChangeEmailParams,
  AccountsEmailAccountChangeEmailResponse,
  AccountsEmailAccountSyncMultipleAccountsParams,
  AccountsEmailAccountSyncMultipleAccountsResponse,
  AccountsEmailAccountSyncUidParams,
  AccountsEmailAccountSyncUidResponse,
  AccountsExchangeUIDSignatureErrorFields,
  AccountsExchangeUIDSignatureParams,
  AccountsExchangeUIDSignatureResponse,
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
  AccountsGlobalChangeAccountResidencyParams,
  AccountsGlobalChangeAccountResidencyResponse,
  AccountsIdentifiersCreateTokenParams,
  AccountsIdentifiersCreateTokenResponse,
  AccountsIdentifiersFindParams,
  AccountsIdentifiersFindResponse,
  AccountsImportAccountParams,
  AccountsImportAccountResponse,
  AccountsImportFullAccountErrorFields,
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
  AccountsIsAvailableLoginIDParams,
  AccountsIsAvailableLoginIDResponse,
  AccountsLinkAccountsParams,
  AccountsLinkAccountsResult,
  AccountsLoginErrorFields,
  AccountsLoginParams,
  AccountsLoginResult,
  AccountsLogoutParams,
  AccountsLogoutResponse,
  AccountsNotifyLoginErrorFields,
  AccountsNotifyLoginParams,
  AccountsNotifyLoginResult,
  AccountsNotifySocialLoginErrorFields,
  AccountsNotifySocialLoginParams,
  AccountsNotifySocialLoginResult,
  AccountsOtpDeleteParams,
  AccountsOtpDeleteResponse,
  AccountsOtpLoginErrorFields,
  AccountsOtpLoginParams,
  AccountsOtpLoginResult,
  AccountsOtpSendCodeErrorFields,
  AccountsOtpSendCodeParams,
  AccountsOtpSendCodeResponse,
  AccountsOtpUpdateErrorFields,
  AccountsOtpUpdateParams,
  AccountsOtpUpdateResponse,
  AccountsPoliciesEmailTemplatesGetConfigParams,
  AccountsPoliciesEmailTemplatesGetConfigResponse,
  AccountsPoliciesEmailTemplatesSetConfigParams,
  AccountsPoliciesEmailTemplatesSetConfigResponse,
  AccountsProgressionGetPolicyParams,
  AccountsProgressionGetPolicyResponse,
  AccountsProgressionSetPolicyParams,
  AccountsProgressionSetPolicyResponse,
  AccountsPublishProfilePhotoParams,
  AccountsPublishProfilePhotoResponse,
  AccountsRbaGetPolicyParams,
  AccountsRbaGetPolicyResponse,
  AccountsRbaLockErrorFields,
  AccountsRbaLockParams,
  AccountsRbaLockResponse,
  AccountsRbaSdkConfigurationGetParams,
  AccountsRbaSdkConfigurationGetResponse,
  AccountsRbaSetPolicyParams,
  AccountsRbaSetPolicyResponse,
  AccountsRbaUnlockParams,
  AccountsRbaUnlockResponse,
  AccountsRegisterCountersParams,
  AccountsRegisterCountersResponse,
  AccountsRegisterErrorFields,
  AccountsRegisterParams,
  AccountsRegisterResult,
  AccountsRemoveEmailsParams,
  AccountsRemoveEmailsResponse,
  AccountsResendDOIConfirmationEmailParams,
  AccountsResendDOIConfirmationEmailResponse,
  AccountsResendVerificationCodeParams,
  AccountsResendVerificationCodeResponse,
  AccountsResetPasswordErrorFields,
  AccountsResetPasswordParams,
  AccountsResetPasswordResponse,
  AccountsResetSitePreferencesParams,
  AccountsResetSitePreferencesResponse,
  AccountsSearchErrorFields,
  AccountsSearchParams,
  AccountsSearchResponse,
  AccountsSendLiteInviteParams,
  AccountsSendLiteInviteResponse,
  AccountsSessionVerifyParams,
  AccountsSessionVerifyResponse,
  AccountsSetAccountInfoErrorFields,
  AccountsSetAccountInfoParams,
  AccountsSetAccountInfoResult,
  AccountsSetPasswordErrorFields,
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
  AccountsSmsConfigGetParams,
  AccountsSmsConfigGetResponse,
  AccountsSmsConfigSetParams,
  AccountsSmsConfigSetResponse,
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
  AccountsTfaBackupcodesCreateErrorFields,
  AccountsTfaBackupcodesCreateParams,
  AccountsTfaBackupcodesCreateResponse,
  AccountsTfaBackupcodesGetErrorFields,
  AccountsTfaBackupcodesGetParams,
  AccountsTfaBackupcodesGetResponse,
  AccountsTfaBackupcodesVerifyErrorFields,
  AccountsTfaBackupcodesVerifyParams,
  AccountsTfaBackupcodesVerifyResponse,
  AccountsTfaDeactivateProviderParams,
  AccountsTfaDeactivateProviderResponse,
  AccountsTfaEmailCompleteVerificationErrorFields,
  AccountsTfaEmailCompleteVerificationParams,
  AccountsTfaEmailCompleteVerificationResponse,
  AccountsTfaEmailGetEmailsErrorFields,
  AccountsTfaEmailGetEmailsParams,
  AccountsTfaEmailGetEmailsResponse,
  AccountsTfaEmailSendVerificationCodeErrorFields,
  AccountsTfaEmailSendVerificationCodeParams,
  AccountsTfaEmailSendVerificationCodeResponse,
  AccountsTfaFinalizeTFAErrorFields,
  AccountsTfaFinalizeTFAParams,
  AccountsTfaFinalizeTFAResponse,
  AccountsTfaGetCertificateParams,
  AccountsTfaGetCertificateResponse,
  AccountsTfaGetProvidersErrorFields,
  AccountsTfaGetProvidersParams,
  AccountsTfaGetProvidersResponse,
  AccountsTfaInitTFAErrorFields,
  AccountsTfaInitTFAParams,
  AccountsTfaInitTFAResponse,
  AccountsTfaPhoneCompleteVerificationErrorFields,
  AccountsTfaPhoneCompleteVerificationParams,
  AccountsTfaPhoneCompleteVerificationResponse,
  AccountsTfaPhoneGetCertificateParams,
  AccountsTfaPhoneGetCertificateResponse,
  AccountsTfaPhoneGetRegisteredPhoneNumbersErrorFields,
  AccountsTfaPhoneGetRegisteredPhoneNumbersParams,
  AccountsTfaPhoneGetRegisteredPhoneNumbersResponse,
  AccountsTfaPhoneImportTFAParams,
  AccountsTfaPhoneImportTFAResponse,
  AccountsTfaPhoneRemovePhoneErrorFields,
  AccountsTfaPhoneRemovePhoneParams,
  AccountsTfaPhoneRemovePhoneResponse,
  AccountsTfaPhoneSendVerificationCodeErrorFields,
  AccountsTfaPhoneSendVerificationCodeParams,
  AccountsTfaPhoneSendVerificationCodeResponse,
  AccountsTfaPushIsVerifiedErrorFields,
  AccountsTfaPushIsVerifiedParams,
  AccountsTfaPushIsVerifiedResponse,
  AccountsTfaPushOptinErrorFields,
  AccountsTfaPushOptinParams,
  AccountsTfaPushOptinResponse,
  AccountsTfaPushSendVerificationErrorFields,
  AccountsTfaPushSendVerificationParams,
  AccountsTfaPushSendVerificationResponse,
  AccountsTfaPushVerifyErrorFields,
  AccountsTfaPushVerifyParams,
  AccountsTfaPushVerifyResponse,
  AccountsTfaResetTFAParams,
  AccountsTfaResetTFAResponse,
  AccountsTfaTotpRegisterErrorFields,
  AccountsTfaTotpRegisterParams,
  AccountsTfaTotpRegisterResponse,
  AccountsTfaTotpVerifyErrorFields,
  AccountsTfaTotpVerifyParams,
  AccountsTfaTotpVerifyResponse,
  AccountsTfaUnregisterDeviceParams,
  AccountsTfaUnregisterDeviceResponse,
  AccountsUnregisterCountersParams,
  AccountsUnregisterCountersResponse,
  AccountsUnsubscribeParams,
  AccountsUnsubscribeResponse,
  AccountsVerifyLoginParams,
  AccountsVerifyLoginResponse,
  AccountsWebhooksDeleteParams,
  AccountsWebhooksDeleteResponse,
  AccountsWebhooksGetAllParams,
  AccountsWebhooksGetAllResponse,
  AccountsWebhooksGetStatusParams,
  AccountsWebhooksGetStatusResponse,
  AccountsWebhooksSetParams,
  AccountsWebhooksSetResponse,
} from './types.gen.js';
import {
  accountsAddEmailsParamsSchema,
  accountsAddressCountriesGetParamsSchema,
  accountsAddressSuggestionsGetParamsSchema,
  accountsAuthGetMethodsParamsSchema,
  accountsAuthMagiclinkEmailGetConfigParamsSchema,
  accountsAuthMagiclinkEmailLoginParamsSchema,
  accountsAuthMagiclinkEmailSendParamsSchema,
  accountsAuthMagiclinkEmailSetConfigParamsSchema,
  accountsAuthMagiclinkGetLinkParamsSchema,
  accountsAuthOtpAuthenticateParamsSchema,
  accountsAuthOtpEmailGetConfigParamsSchema,
  accountsAuthOtpEmailLoginParamsSchema,
  accountsAuthOtpEmailSendCodeParamsSchema,
  accountsAuthOtpEmailSetConfigParamsSchema,
  accountsAuthOtpVerifyParamsSchema,
  accountsAuthPushConfigGetParamsSchema,
  accountsAuthPushConfigSetParamsSchema,
  accountsAuthPushVerifyParamsSchema,
  accountsDeleteAccountParamsSchema,
  accountsDeleteConsentStatementParamsSchema,
  accountsDeleteLegalStatementsParamsSchema,
  accountsDeleteLiteAccountParamsSchema,
  accountsDeleteNativeScreenSetParamsSchema,
  accountsDeleteSchemaFieldsParamsSchema,
  accountsDeleteScreenSetParamsSchema,
  accountsDevicesRegisterParamsSchema,
  accountsDevicesUnregisterParamsSchema,
  accountsDevicesUpdateParamsSchema,
  accountsDuplicateLegalStatementParamsSchema,
  accountsEmailAccountChangeEmailParamsSchema,
  accountsEmailAccountSyncMultipleAccountsParamsSchema,
  accountsEmailAccountSyncUidParamsSchema,
  accountsExchangeUIDSignatureParamsSchema,
  accountsExtensionsCreateParamsSchema,
  accountsExtensionsDeleteParamsSchema,
  accountsExtensionsGetParamsSchema,
  accountsExtensionsListParamsSchema,
  accountsExtensionsModifyParamsSchema,
  accountsFinalizeRegistrationParamsSchema,
  accountsGetAccountInfoParamsSchema,
  accountsGetConflictingAccountParamsSchema,
  accountsGetConsentsStatementsParamsSchema,
  accountsGetCountersParamsSchema,
  accountsGetJWTParamsSchema,
  accountsGetJWTPublicKeyParamsSchema,
  accountsGetLegalStatementsParamsSchema,
  accountsGetLiteTokenParamsSchema,
  accountsGetNativeScreenSetParamsSchema,
  accountsGetNativeScreenSetsParamsSchema,
  accountsGetPoliciesParamsSchema,
  accountsGetRegisteredCountersParamsSchema,
  accountsGetSchemaParamsSchema,
  accountsGetScreenSetVersionsParamsSchema,
  accountsGetScreenSetsParamsSchema,
  accountsGetSiteConsentDetailsParamsSchema,
  accountsGlobalChangeAccountResidencyParamsSchema,
  accountsIdentifiersCreateTokenParamsSchema,
  accountsIdentifiersFindParamsSchema,
  accountsImportAccountParamsSchema,
  accountsImportFullAccountParamsSchema,
  accountsImportLiteAccountsParamsSchema,
  accountsImportProfilePhotoParamsSchema,
  accountsIncrementCountersParamsSchema,
  accountsInitRegistrationParamsSchema,
  accountsIsAvailableLoginIDParamsSchema,
  accountsLinkAccountsParamsSchema,
  accountsLoginParamsSchema,
  accountsLogoutParamsSchema,
  accountsNotifyLoginParamsSchema,
  accountsNotifySocialLoginParamsSchema,
  accountsOtpDeleteParamsSchema,
  accountsOtpLoginParamsSchema,
  accountsOtpSendCodeParamsSchema,
  accountsOtpUpdateParamsSchema,
  accountsPoliciesEmailTemplatesGetConfigParamsSchema,
  accountsPoliciesEmailTemplatesSetConfigParamsSchema,
  accountsProgressionGetPolicyParamsSchema,
  accountsProgressionSetPolicyParamsSchema,
  accountsPublishProfilePhotoParamsSchema,
  accountsRbaGetPolicyParamsSchema,
  accountsRbaLockParamsSchema,
  accountsRbaSdkConfigurationGetParamsSchema,
  accountsRbaSetPolicyParamsSchema,
  accountsRbaUnlockParamsSchema,
  accountsRegisterCountersParamsSchema,
  accountsRegisterParamsSchema,
  accountsRemoveEmailsParamsSchema,
  accountsResendDOIConfirmationEmailParamsSchema,
  accountsResendVerificationCodeParamsSchema,
  accountsResetPasswordParamsSchema,
  accountsResetSitePreferencesParamsSchema,
  accountsSearchParamsSchema,
  accountsSendLiteInviteParamsSchema,
  accountsSessionVerifyParamsSchema,
  accountsSetAccountInfoParamsSchema,
  accountsSetPasswordParamsSchema,
  accountsSetPoliciesParamsSchema,
  accountsSetProfilePhotoParamsSchema,
  accountsSetSchemaParamsSchema,
  accountsSetScreenSetParamsSchema,
  accountsSmsConfigGetParamsSchema,
  accountsSmsConfigSetParamsSchema,
  accountsSmsTemplatesGetParamsSchema,
  accountsSmsTemplatesSetParamsSchema,
  accountsSocialLoginParamsSchema,
  accountsStoreDownloadConsentDocumentParamsSchema,
  accountsStoreUploadConsentDocumentParamsSchema,
  accountsStreamCreateParamsSchema,
  accountsStreamReadParamsSchema,
  accountsTfaBackupcodesCreateParamsSchema,
  accountsTfaBackupcodesGetParamsSchema,
  accountsTfaBackupcodesVerifyParamsSchema,
  accountsTfaDeactivateProviderParamsSchema,
  accountsTfaEmailCompleteVerificationParamsSchema,
  accountsTfaEmailGetEmailsParamsSchema,
  accountsTfaEmailSendVerificationCodeParamsSchema,
  accountsTfaFinalizeTFAParamsSchema,
  accountsTfaGetCertificateParamsSchema,
  accountsTfaGetProvidersParamsSchema,
  accountsTfaInitTFAParamsSchema,
  accountsTfaPhoneCompleteVerificationParamsSchema,
  accountsTfaPhoneGetCertificateParamsSchema,
  accountsTfaPhoneGetRegisteredPhoneNumbersParamsSchema,
  accountsTfaPhoneImportTFAParamsSchema,
  accountsTfaPhoneRemovePhoneParamsSchema,
  accountsTfaPhoneSendVerificationCodeParamsSchema,
  accountsTfaPushIsVerifiedParamsSchema,
  accountsTfaPushOptinParamsSchema,
  accountsTfaPushSendVerificationParamsSchema,
  accountsTfaPushVerifyParamsSchema,
  accountsTfaResetTFAParamsSchema,
  accountsTfaTotpRegisterParamsSchema,
  accountsTfaTotpVerifyParamsSchema,
  accountsTfaUnregisterDeviceParamsSchema,
  accountsUnregisterCountersParamsSchema,
  accountsUnsubscribeParamsSchema,
  accountsVerifyLoginParamsSchema,
  accountsWebhooksDeleteParamsSchema,
  accountsWebhooksGetAllParamsSchema,
  accountsWebhooksGetStatusParamsSchema,
  accountsWebhooksSetParamsSchema,
} from './validators.gen.js';

/**
 * An unchecked pass, so that a user's compiler does not instantiate `invoke` for every method:
 * validators.check.ts type-checks the same calls.
 */
function invokeUnchecked(invoker: Invoker, method: object, params: unknown, options: CallOptions | undefined): Promise<never> {
  return invoker.invoke(method as MethodDescriptor, params, options) as Promise<never>;
}

const accountsCommunicationHints = /* @__PURE__ */ hintsFromJson('{"channel":"string","lastModified":"string","optIn":"json","status":"string","topic":"string","userActionTimestamp":"string"}');

const accountsEmailsHints = /* @__PURE__ */ hintsFromJson('{"unverified":{"items":"string"},"verified":{"items":"string"}}');

const accountsGroupOrganizationHints = /* @__PURE__ */ hintsFromJson('{"department":"string","job":"string","orgId":"string","roles":{"items":"string"},"status":"string"}');

const accountsGroupsHints = /* @__PURE__ */ hintsFromJson('{"organizations":{"items":{"fields":0}}}', [accountsGroupOrganizationHints]);

const accountsCertificationHints = /* @__PURE__ */ hintsFromJson('{"authority":"string","endDate":"string","name":"string","number":"string","startDate":"string"}');

const accountsEducationHints = /* @__PURE__ */ hintsFromJson('{"degree":"string","endYear":"string","fieldOfStudy":"string","school":"string","schoolType":"string","startYear":"string"}');

const accountsFavoriteHints = /* @__PURE__ */ hintsFromJson('{"category":"string","id":"string","name":"string"}');

const accountsFavoritesHints = /* @__PURE__ */ hintsFromJson('{"activities":{"items":{"fields":0}},"books":{"items":{"fields":0}},"interests":{"items":{"fields":0}},"movies":{"items":{"fields":0}},"music":{"items":{"fields":0}},"television":{"items":{"fields":0}}}', [accountsFavoriteHints]);

const accountsLikeHints = /* @__PURE__ */ hintsFromJson('{"category":"string","id":"string","name":"string","time":"string","timestamp":"number"}');

const accountsMappedProviderUIDHints = /* @__PURE__ */ hintsFromJson('{"apiKey":"string","providerUID":"string"}');

const accountsPatentHints = /* @__PURE__ */ hintsFromJson('{"date":"string","number":"string","office":"string","status":"string","summary":"string","title":"string","url":"string"}');

const accountsPhoneHints = /* @__PURE__ */ hintsFromJson('{"number":"string","type":"string"}');

const accountsPublicationHints = /* @__PURE__ */ hintsFromJson('{"date":"string","publisher":"string","summary":"string","title":"string","url":"string"}');

const accountsSkillHints = /* @__PURE__ */ hintsFromJson('{"level":"string","skill":"string","years":"string"}');

const accountsWorkHints = /* @__PURE__ */ hintsFromJson('{"company":"string","companyID":"string","companySize":"string","endDate":"string","industry":"string","isCurrent":"boolean","startDate":"string","title":"string"}');

const accountsIdentityHints = /* @__PURE__ */ hintsFromJson('{"address":"string","age":"number","allowsLogin":"boolean","bio":"string","birthDay":"number","birthMonth":"number","birthYear":"number","certifications":{"items":{"fields":0}},"city":"string","country":"string","education":{"items":{"fields":1}},"educationLevel":"string","email":"string","favorites":{"fields":2},"firstName":"string","followersCount":"number","followingCount":"number","gender":"string","hometown":"string","honors":"string","industry":"string","interestedIn":"string","isExpiredSession":"boolean","isLoginIdentity":"boolean","languages":"string","lastLoginTime":"number","lastName":"string","lastUpdated":"string","lastUpdatedTimestamp":"number","likes":{"items":{"fields":3}},"locale":"string","mappedProviderUIDs":{"items":{"fields":4}},"missingPermissions":"string","name":"string","nickname":"string","oidcData":"json","oldestDataUpdated":"string","oldestDataUpdatedTimestamp":"number","patents":{"items":{"fields":5}},"phones":{"items":{"fields":6}},"photoURL":"string","politicalView":"string","professionalHeadline":"string","profileURL":"string","provider":"string","providerUID":"string","providerUIDSig":"string","proxiedEmail":"string","publications":{"items":{"fields":7}},"relationshipStatus":"string","religion":"string","samlData":"json","siteIds":{"items":"string"},"skills":{"items":{"fields":8}},"specialties":"string","state":"string","thumbnailURL":"string","timezone":"string","username":"string","verified":"boolean","work":{"items":{"fields":9}},"zip":"string"}', [accountsCertificationHints, accountsEducationHints, accountsFavoritesHints, accountsLikeHints, accountsMappedProviderUIDHints, accountsPatentHints, accountsPhoneHints, accountsPublicationHints, accountsSkillHints, accountsWorkHints]);

const accountsLoginIDsHints = /* @__PURE__ */ hintsFromJson('{"emails":{"items":"string"},"unverifiedEmails":{"items":"string"},"username":"string"}');

const accountsCoordinatesHints = /* @__PURE__ */ hintsFromJson('{"lat":"number","lon":"number"}');

const accountsLoginLocationHints = /* @__PURE__ */ hintsFromJson('{"city":"string","coordinates":{"fields":0},"country":"string","state":"string"}', [accountsCoordinatesHints]);

const accountsHashSettingsHints = /* @__PURE__ */ hintsFromJson('{"URL":"string","algorithm":"string","binaryFormat":"string","format":"string","rounds":"number","salt":"string"}');

const accountsPasswordHints = /* @__PURE__ */ hintsFromJson('{"created":"string","hash":"string","hashSettings":{"fields":0}}', [accountsHashSettingsHints]);

const accountsProfileHints = /* @__PURE__ */ hintsFromJson('{"activities":"string","address":"string","age":"number","bio":"string","birthDay":"number","birthMonth":"number","birthYear":"number","certifications":{"items":{"fields":0}},"city":"string","country":"string","education":{"items":{"fields":1}},"educationLevel":"string","email":"string","favorites":{"fields":2},"firstName":"string","followersCount":"number","followingCount":"number","gender":"string","hometown":"string","honors":"string","industry":"string","interestedIn":"string","languages":"string","lastName":"string","likes":{"items":{"fields":3}},"locale":"string","name":"string","nickname":"string","oidcData":"json","patents":{"items":{"fields":4}},"phones":{"items":{"fields":5}},"photoURL":"string","politicalView":"string","professionalHeadline":"string","profileURL":"string","publications":{"items":{"fields":6}},"relationshipStatus":"string","religion":"string","samlData":"json","skills":{"items":{"fields":7}},"specialties":"string","state":"string","thumbnailURL":"string","timezone":"string","username":"string","verified":"boolean","work":{"items":{"fields":8}},"zip":"string"}', [accountsCertificationHints, accountsEducationHints, accountsFavoritesHints, accountsLikeHints, accountsPatentHints, accountsPhoneHints, accountsPublicationHints, accountsSkillHints, accountsWorkHints]);

const accountsRbaPolicyHints = /* @__PURE__ */ hintsFromJson('{"riskPolicy":"string","riskPolicyLocked":"boolean"}');

const accountsAccountHints = /* @__PURE__ */ hintsFromJson('{"UID":"string","UIDSignature":"string","communications":"json","created":"string","createdTimestamp":"number","customIdentifiers":"json","data":"json","emails":{"fields":0},"groups":{"fields":1},"iRank":"number","identities":{"items":{"fields":2}},"inTransition":"boolean","internal":"json","isActive":"boolean","isLockedOut":"boolean","isRegistered":"boolean","isVerified":"boolean","lastLogin":"string","lastLoginLocation":{"fields":3},"lastLoginTimestamp":"number","lastUpdated":"string","lastUpdatedTimestamp":"number","lockedUntil":"string","loginIDs":{"fields":4},"loginProvider":"string","oldestDataUpdated":"string","oldestDataUpdatedTimestamp":"number","password":{"fields":5},"phoneNumber":"string","preferences":"json","profile":{"fields":6},"rbaPolicy":{"fields":7},"regSource":"string","registered":"string","registeredTimestamp":"number","signatureTimestamp":"string","socialProviders":"string","subscriptions":"json","userInfo":"json","verified":"string","verifiedTimestamp":"number"}', [accountsEmailsHints, accountsGroupsHints, accountsIdentityHints, accountsLoginLocationHints, accountsLoginIDsHints, accountsPasswordHints, accountsProfileHints, accountsRbaPolicyHints]);

const accountsAccountLockoutPolicyHints = /* @__PURE__ */ hintsFromJson('{"failedLoginResetSec":"number","failedLoginThreshold":"number","lockoutTimeSec":"number"}');

const accountsAccountOptionsPolicyHints = /* @__PURE__ */ hintsFromJson('{"allowUnverifiedLogin":"boolean","defaultLanguage":"string","loginIdentifierConflict":"string","loginIdentifiers":"string","preventLoginIDHarvesting":"boolean","sendAccountDeletedEmail":"boolean","sendWelcomeEmail":"boolean","verifyEmail":"boolean","verifyProviderEmail":"boolean","welcomeEmailTemplates":"json"}');

const accountsAddressCountryHints = /* @__PURE__ */ hintsFromJson('{"name":"string","isoCode2":"string","isoCode3":"string","numericCode":"number"}');

const accountsAddressDetailsHints = /* @__PURE__ */ hintsFromJson('{"metadataToken":"string","country":"string","countryISOCode2":"string","countryISOCode3":"string","zipCode":"string","city":"string","street":"string","houseNumber":"string","neighborhood":"string","building":"string","entrance":"string","floor":"string","apartment":"string","postOfficeBox":"string"}');

const accountsAddressSuggestionHints = /* @__PURE__ */ hintsFromJson('{"id":"string","address":"string"}');

const accountsAuthIdentifierHints = /* @__PURE__ */ hintsFromJson('{"id":"string","display":"string","type":"string"}');

const accountsAuthMethodPolicyHints = /* @__PURE__ */ hintsFromJson('{"enabled":"boolean"}');

const accountsAuthenticationPolicyHints = /* @__PURE__ */ hintsFromJson('{"methods":"json"}');

const accountsCaptchaPolicyHints = /* @__PURE__ */ hintsFromJson('{"failedLoginThreshold":"number"}');

const accountsConflictingAccountHints = /* @__PURE__ */ hintsFromJson('{"loginID":"string","loginProviders":{"items":"string"}}');

const accountsCounterHints = /* @__PURE__ */ hintsFromJson('{"class":"string","count":"number","lastUpdatedTimestamp":"string","path":"string","period":"string","value":"number"}');

const accountsDoubleOptInPolicyHints = /* @__PURE__ */ hintsFromJson('{"confirmationEmailTemplates":"json","confirmationLinkExpiration":"number","defaultLanguage":"string","nextURL":"string"}');

const accountsEmailNotificationsPolicyHints = /* @__PURE__ */ hintsFromJson('{"accountDeletedEmailDefaultLanguage":"string","accountDeletedEmailTemplates":"json","confirmationEmailDefaultLanguage":"string","confirmationEmailTemplates":"json"}');

const accountsEmailVerificationPolicyHints = /* @__PURE__ */ hintsFromJson('{"autoLogin":"boolean","defaultLanguage":"string","emailTemplates":"json","nextURL":"string","nextURLMapping":"json","verificationEmailExpiration":"number"}');

const accountsExtensionHeaderHints = /* @__PURE__ */ hintsFromJson('{"name":"string","value":"string"}');

const accountsExtensionConfigHints = /* @__PURE__ */ hintsFromJson('{"id":"string","extensionId":"string","friendlyName":"string","enabled":"boolean","extensionPoint":"string","extensionFuncUrl":"string","description":"string","timeout":"number","fallback":"string","headers":{"items":{"fields":0}},"integration":"string","created":"string","modified":"string","lastModified":"string"}', [accountsExtensionHeaderHints]);

const accountsFederationPolicyHints = /* @__PURE__ */ hintsFromJson('{"allowMultipleIdentities":"boolean"}');

const accountsGigyaPluginsPolicyHints = /* @__PURE__ */ hintsFromJson('{"defaultMobileRegScreenSet":"string","defaultRegScreenSet":"string","rememberSessionExpiration":"number","sessionExpiration":"number"}');

const accountsIdentityConflictHints = /* @__PURE__ */ hintsFromJson('{"provider":"string","providerUID":"string"}');

const accountsIpLockoutPolicyHints = /* @__PURE__ */ hintsFromJson('{"hourlyFailedLoginThreshold":"number","lockoutTimeSec":"number"}');

const accountsJsonWebKeyHints = /* @__PURE__ */ hintsFromJson('{"alg":"string","e":"string","kid":"string","kty":"string","n":"string","use":"string"}');

const accountsLegalStatementHints = /* @__PURE__ */ hintsFromJson('{"currentDocDate":"string","currentDocVersion":"number","customData":{"items":"json"},"dates":"json","documentUrl":"string","legalStatementStatus":"string","minDocDate":"string","minDocVersion":"number","publishedDocDate":"string","publishedDocVersion":"number","purpose":"string","versions":"json"}');

const accountsNativeScreenSetInfoHints = /* @__PURE__ */ hintsFromJson('{"Description":"string","comment":"string","lastModified":"string","screenSetId":"string","version":"number"}');

const accountsPasswordComplexityPolicyHints = /* @__PURE__ */ hintsFromJson('{"minCharGroups":"number","minLength":"number","regExp":"string"}');

const accountsPasswordResetPolicyHints = /* @__PURE__ */ hintsFromJson('{"defaultLanguage":"string","emailTemplates":"json","requireSecurityCheck":"boolean","resetURL":"string","securityFields":{"items":{"items":"string"}},"sendConfirmationEmail":"boolean","tokenExpiration":"number"}');

const accountsProfilePhotoPolicyHints = /* @__PURE__ */ hintsFromJson('{"thumbnailHeight":"number","thumbnailWidth":"number"}');

const accountsRegistrationPolicyHints = /* @__PURE__ */ hintsFromJson('{"enforceCoppa":"boolean","requireCaptcha":"boolean","requireLoginID":"boolean","requireSecurityQuestion":"boolean"}');

const accountsSecurityPolicyHints = /* @__PURE__ */ hintsFromJson('{"accountLockout":{"fields":0},"captcha":{"fields":1},"ipLockout":{"fields":2},"passwordChangeInterval":"number","passwordHistorySize":"number"}', [accountsAccountLockoutPolicyHints, accountsCaptchaPolicyHints, accountsIpLockoutPolicyHints]);

const accountsTwoFactorProviderPolicyHints = /* @__PURE__ */ hintsFromJson('{"enabled":"boolean","name":"string","params":"json"}');

const accountsTwoFactorAuthPolicyHints = /* @__PURE__ */ hintsFromJson('{"providers":{"items":{"fields":0}}}', [accountsTwoFactorProviderPolicyHints]);

const accountsPoliciesHints = /* @__PURE__ */ hintsFromJson('{"accountOptions":{"fields":0},"authentication":{"fields":1},"doubleOptIn":{"fields":2},"emailNotifications":{"fields":3},"emailVerification":{"fields":4},"federation":{"fields":5},"gigyaPlugins":{"fields":6},"passwordComplexity":{"fields":7},"passwordReset":{"fields":8},"preferencesCenter":"json","profilePhoto":{"fields":9},"registration":{"fields":10},"security":{"fields":11},"twoFactorAuth":{"fields":12}}', [accountsAccountOptionsPolicyHints, accountsAuthenticationPolicyHints, accountsDoubleOptInPolicyHints, accountsEmailNotificationsPolicyHints, accountsEmailVerificationPolicyHints, accountsFederationPolicyHints, accountsGigyaPluginsPolicyHints, accountsPasswordComplexityPolicyHints, accountsPasswordResetPolicyHints, accountsProfilePhotoPolicyHints, accountsRegistrationPolicyHints, accountsSecurityPolicyHints, accountsTwoFactorAuthPolicyHints]);

const accountsRbaActionHints = /* @__PURE__ */ hintsFromJson('{"type":"string","duration":"number","scope":{"items":"string"},"authLevel":"number","challenge":"string"}');

const accountsRbaRuleHints = /* @__PURE__ */ hintsFromJson('{"id":"json","scope":"string","description":"string","enabled":"boolean","action":{"fields":0},"rootFactor":"json"}', [accountsRbaActionHints]);

const accountsRbaRuleSetHints = /* @__PURE__ */ hintsFromJson('{"id":"string","description":"string","enabled":"boolean","rules":{"items":{"fields":0}}}', [accountsRbaRuleHints]);

const accountsRbaSdkTypeHints = /* @__PURE__ */ hintsFromJson('{"type":"string","displayName":"string","supportedVersions":{"items":"string"}}');

const accountsRbaSitePolicyHints = /* @__PURE__ */ hintsFromJson('{"commonRules":{"items":{"fields":0}},"rulesSets":{"items":{"fields":1}},"defaultPolicy":"string","tfaRegistrationScope":"boolean","allowOverrideMode":"string"}', [accountsRbaRuleHints, accountsRbaRuleSetHints]);

const accountsSchemaFieldHints = /* @__PURE__ */ hintsFromJson('{"allowNull":"boolean","currentDocDate":"string","currentDocVersion":"number","description":"string","doubleOptIn":"boolean","enableConditionalDoubleOptIn":"boolean","encrypt":"string","encryptedNonSearchable":"boolean","format":"string","languages":{"items":"string"},"minDocDate":"string","minDocVersion":"number","relatedConsentIds":{"items":"string"},"required":"boolean","subType":"string","tags":{"items":"string"},"type":"string","writeAccess":"string"}');

const accountsSchemaHints = /* @__PURE__ */ hintsFromJson('{"dynamicSchema":"boolean","fields":"json"}');

const accountsScreenSetMetadataHints = /* @__PURE__ */ hintsFromJson('{"desc":"string","designerHtml":"string","lastModified":"string","targetEnv":"string","version":"number"}');

const accountsScreenSetHints = /* @__PURE__ */ hintsFromJson('{"css":"string","html":"string","javascript":"string","metadata":{"fields":0},"screenSetID":"string","translations":"json"}', [accountsScreenSetMetadataHints]);

const accountsScreenSetVersionHints = /* @__PURE__ */ hintsFromJson('{"comment":"string","lastModified":"number","uiBuilderSupport":"boolean","version":"number"}');

const accountsSessionInfoHints = /* @__PURE__ */ hintsFromJson('{"cookieName":"string","cookieValue":"string","expires_in":"number","login_token":"string","sessionSecret":"string","sessionToken":"string"}');

const accountsSmsProviderCredentialsHints = /* @__PURE__ */ hintsFromJson('{"clientId":"string","clientSecret":"string"}');

const accountsSmsRestrictionsHints = /* @__PURE__ */ hintsFromJson('{"allowList":{"items":"string"},"denyList":{"items":"string"},"globalDenyList":{"items":"string"}}');

const accountsSmsProviderConfigHints = /* @__PURE__ */ hintsFromJson('{"vendorName":"string","credentials":{"fields":0},"originPhoneNumber":"string","senderType":"string","configOverride":"boolean","restrictions":{"fields":1}}', [accountsSmsProviderCredentialsHints, accountsSmsRestrictionsHints]);

const accountsSmsTemplateGroupHints = /* @__PURE__ */ hintsFromJson('{"templates":"json","defaultLanguage":"string"}');

const accountsSmsTemplateSettingsHints = /* @__PURE__ */ hintsFromJson('{"globalTemplates":{"fields":0},"templatesPerCountryCode":"json"}', [accountsSmsTemplateGroupHints]);

const accountsSmsTemplatesHints = /* @__PURE__ */ hintsFromJson('{"otp":{"fields":0},"tfa":{"fields":0}}', [accountsSmsTemplateSettingsHints]);

const accountsStreamEventHints = /* @__PURE__ */ hintsFromJson('{"uid":"string","operation":"string","details":{"items":"string"}}');

const accountsTfaProviderHints = /* @__PURE__ */ hintsFromJson('{"name":"string","authLevel":"number","capabilities":{"items":"string"}}');

const accountsTfaRegisteredPhoneHints = /* @__PURE__ */ hintsFromJson('{"id":"string","obfuscated":"string","lastMethod":"string","lastVerification":"string","plain":"string"}');

const accountsTfaVerifiedEmailHints = /* @__PURE__ */ hintsFromJson('{"id":"string","obfuscated":"string","lastVerification":"string","plain":"string"}');

const accountsValidationErrorHints = /* @__PURE__ */ hintsFromJson('{"errorCode":"number","fieldName":"string","message":"string"}');

const accountsWebhookHeaderHints = /* @__PURE__ */ hintsFromJson('{"name":"string","value":"string"}');

const accountsWebhookConfigHints = /* @__PURE__ */ hintsFromJson('{"url":"string","name":"string","events":{"items":"string"},"active":"boolean","headers":{"items":{"fields":0}},"signingUserKey":"string","version":"string","id":"string","product":"string","useXfCredentials":"boolean"}', [accountsWebhookHeaderHints]);

const accountsWebhookStatusHints = /* @__PURE__ */ hintsFromJson('{"statusCode":"number","lastSent":"string","message":"string"}');

/** Static facts about `accounts.addEmails` (name, validator, error codes, response hints). */
export const addEmailsMethod = /* @__PURE__ */ describeMethod(accountsAddEmailsParamsSchema, '{"name":"accounts.addEmails","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,409030,500000,500001,500026,500028,501001,504001,504002],"csvParams":["unverifiedEmails","verifiedEmails"],"access":"signed"}') as MethodDescriptor<AccountsAddEmailsParams, AccountsAddEmailsResponse, AccountsAddEmailsErrorCode>;

/**
 * Adds email addresses to an account, as verified or unverified addresses.
 *
 * The package this entry was checked against spells the user param uid here; the catalog sends UID like every other accounts method, as Gigya's own samples mix the two spellings (uid, Uid, UID) for the same param.
 *
 * Calls `accounts.addEmails`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 *
 * Errors besides the common ones: 409030 TooManyRequestsForSameUser (inferred: Gigya refuses more than five concurrent requests for the same UID on the accounts methods that name a user.).
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsAddEmailsParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/23e5e21ad35f4c85b98ce39e895e5f24.html | accounts.addEmails reference}
 */
export function addEmails(invoker: Invoker, params: AccountsAddEmailsParams, options?: CallOptions): Promise<GigyaResult<AccountsAddEmailsResponse>> {
  return invokeUnchecked(invoker, addEmailsMethod, params, options);
}

/** Static facts about `accounts.address.countries.get` (name, validator, error codes, response hints). */
export const addressCountriesGetMethod = /* @__PURE__ */ describeMethod(accountsAddressCountriesGetParamsSchema, '{"name":"accounts.address.countries.get","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"countries":{"items":{"fields":0}}}', [accountsAddressCountryHints])) as MethodDescriptor<AccountsAddressCountriesGetParams, AccountsAddressCountriesGetResponse, AccountsAddressCountriesGetErrorCode>;

/**
 * Lists the countries of the location data service with their ISO and numeric codes.
 *
 * Calls `accounts.address.countries.get`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsAddressCountriesGetParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/40e8d65874d4480eb1ed7ff105351cbd.html | accounts.address.countries.get reference}
 */
export function addressCountriesGet(invoker: Invoker, params: AccountsAddressCountriesGetParams, options?: CallOptions): Promise<GigyaResult<AccountsAddressCountriesGetResponse>> {
  return invokeUnchecked(invoker, addressCountriesGetMethod, params, options);
}

/** Static facts about `accounts.address.suggestions.get` (name, validator, error codes, response hints). */
export const addressSuggestionsGetMethod = /* @__PURE__ */ describeMethod(accountsAddressSuggestionsGetParamsSchema, '{"name":"accounts.address.suggestions.get","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public"}', /* @__PURE__ */ hintsFromJson('{"suggestions":{"items":{"fields":0}},"address":{"fields":1}}', [accountsAddressSuggestionHints, accountsAddressDetailsHints])) as MethodDescriptor<AccountsAddressSuggestionsGetParams, AccountsAddressSuggestionsGetResponse, AccountsAddressSuggestionsGetErrorCode>;

/**
 * Returns up to 20 address suggestions for what the user typed, or, once the user picked one, that suggestion's full address.
 *
 * The Web SDK calls this method while the user types, so it is callable with the API key alone.
 *
 * Calls `accounts.address.suggestions.get`. Works with an API key alone. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsAddressSuggestionsGetParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/6fa4e911e0f245bbb185cb662d1132a4.html | accounts.address.suggestions.get reference}
 */
export function addressSuggestionsGet(invoker: Invoker, params?: AccountsAddressSuggestionsGetParams, options?: CallOptions): Promise<GigyaResult<AccountsAddressSuggestionsGetResponse>> {
  return invokeUnchecked(invoker, addressSuggestionsGetMethod, params, options);
}

/** Static facts about `accounts.auth.getMethods` (name, validator, error codes, response hints). */
export const authGetMethodsMethod = /* @__PURE__ */ describeMethod(accountsAuthGetMethodsParamsSchema, '{"name":"accounts.auth.getMethods","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,400096,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public"}', /* @__PURE__ */ hintsFromJson('{"methods":{"items":"string"},"identifiers":{"items":{"fields":0}}}', [accountsAuthIdentifierHints])) as MethodDescriptor<AccountsAuthGetMethodsParams, AccountsAuthGetMethodsResponse, AccountsAuthGetMethodsErrorCode>;

/**
 * Tells which authentication methods (password, push, email code, Magic Link) a user can log in with, found by an identifier or an aToken.
 *
 * Looking up a phone number without an aToken fails with 400096.
 *
 * Calls `accounts.auth.getMethods`. Works with an API key alone. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 *
 * Errors besides the common ones: 400096 NotSupported.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsAuthGetMethodsParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/b92c0c7ffc954155ac5a2d5509ceada4.html | accounts.auth.getMethods reference}
 */
export function authGetMethods(invoker: Invoker, params?: AccountsAuthGetMethodsParams, options?: CallOptions): Promise<GigyaResult<AccountsAuthGetMethodsResponse>> {
  return invokeUnchecked(invoker, authGetMethodsMethod, params, options);
}

/** Static facts about `accounts.auth.magiclink.email.getConfig` (name, validator, error codes, response hints). */
export const authMagiclinkEmailGetConfigMethod = /* @__PURE__ */ describeMethod(accountsAuthMagiclinkEmailGetConfigParamsSchema, '{"name":"accounts.auth.magiclink.email.getConfig","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"isEnabled":"boolean","landingPageUrl":"string","expiration":"number"}')) as MethodDescriptor<AccountsAuthMagiclinkEmailGetConfigParams, AccountsAuthMagiclinkEmailGetConfigResponse, AccountsAuthMagiclinkEmailGetConfigErrorCode>;

/**
 * Returns the site's Magic Link settings.
 *
 * Calls `accounts.auth.magiclink.email.getConfig`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsAuthMagiclinkEmailGetConfigParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/a330ee71b4f84843a393c1935667e39a.html | accounts.auth.magiclink.email.getConfig reference}
 */
export function authMagiclinkEmailGetConfig(invoker: Invoker, params?: AccountsAuthMagiclinkEmailGetConfigParams, options?: CallOptions): Promise<GigyaResult<AccountsAuthMagiclinkEmailGetConfigResponse>> {
  return invokeUnchecked(invoker, authMagiclinkEmailGetConfigMethod, params, options);
}

/** Static facts about `accounts.auth.magiclink.email.login` (name, validator, error codes, response hints). */
export const authMagiclinkEmailLoginMethod = /* @__PURE__ */ describeMethod(accountsAuthMagiclinkEmailLoginParamsSchema, '{"name":"accounts.auth.magiclink.email.login","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public"}', /* @__PURE__ */ hintsFromJson('{"UID":"string","UIDSignature":"string","isNewUser":"boolean","sessionInfo":{"fields":0},"regToken":"string","account":{"fields":1}}', [accountsSessionInfoHints, accountsAccountHints])) as MethodDescriptor<AccountsAuthMagiclinkEmailLoginParams, AccountsAuthMagiclinkEmailLoginResult, AccountsAuthMagiclinkEmailLoginErrorCode>;

/**
 * Logs the user in with the vToken and code of a Magic Link sent by auth.magiclink.email.send.
 *
 * `@gigya-ts/rest-api` types sessionInfo and account as unknown; the catalog uses the core SessionInfo and Account shapes.
 *
 * Calls `accounts.auth.magiclink.email.login`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 *
 * Resolves with `errorCode` telling a flow state apart from a plain success: 206001 AccountPendingRegistration with `regToken`. Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
 * @typeParam S - The site's schema: `{ data; preferences; subscriptions }`, each optional.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsAuthMagiclinkEmailLoginParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/465e0de25d684993a481515ff707d86f.html | accounts.auth.magiclink.email.login reference}
 */
export function authMagiclinkEmailLogin<S extends SiteSchema = SiteSchema>(invoker: Invoker, params: AccountsAuthMagiclinkEmailLoginParams, options?: CallOptions): Promise<GigyaResult<AccountsAuthMagiclinkEmailLoginResult<S>>> {
  return invokeUnchecked(invoker, authMagiclinkEmailLoginMethod, params, options);
}

/** Static facts about `accounts.auth.magiclink.email.send` (name, validator, error codes, response hints). */
export const authMagiclinkEmailSendMethod = /* @__PURE__ */ describeMethod(accountsAuthMagiclinkEmailSendParamsSchema, '{"name":"accounts.auth.magiclink.email.send","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public"}', /* @__PURE__ */ hintsFromJson('{"vToken":"string","code":"string"}')) as MethodDescriptor<AccountsAuthMagiclinkEmailSendParams, AccountsAuthMagiclinkEmailSendResponse, AccountsAuthMagiclinkEmailSendErrorCode>;

/**
 * Starts a Magic Link login by emailing a link to the address.
 *
 * Each call sends an email, so it is never repeated automatically.
 *
 * Calls `accounts.auth.magiclink.email.send`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsAuthMagiclinkEmailSendParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/47006b8cd6ec4292b8fa6321a90328b7.html | accounts.auth.magiclink.email.send reference}
 */
export function authMagiclinkEmailSend(invoker: Invoker, params: AccountsAuthMagiclinkEmailSendParams, options?: CallOptions): Promise<GigyaResult<AccountsAuthMagiclinkEmailSendResponse>> {
  return invokeUnchecked(invoker, authMagiclinkEmailSendMethod, params, options);
}

/** Static facts about `accounts.auth.magiclink.email.setConfig` (name, validator, error codes, response hints). */
export const authMagiclinkEmailSetConfigMethod = /* @__PURE__ */ describeMethod(accountsAuthMagiclinkEmailSetConfigParamsSchema, '{"name":"accounts.auth.magiclink.email.setConfig","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsAuthMagiclinkEmailSetConfigParams, AccountsAuthMagiclinkEmailSetConfigResponse, AccountsAuthMagiclinkEmailSetConfigErrorCode>;

/**
 * Turns Magic Link on or off for the site and sets its landing page and link lifetime.
 *
 * Calls `accounts.auth.magiclink.email.setConfig`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsAuthMagiclinkEmailSetConfigParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/216a91f008db4ac2bb1dafd66848631f.html | accounts.auth.magiclink.email.setConfig reference}
 */
export function authMagiclinkEmailSetConfig(invoker: Invoker, params: AccountsAuthMagiclinkEmailSetConfigParams, options?: CallOptions): Promise<GigyaResult<AccountsAuthMagiclinkEmailSetConfigResponse>> {
  return invokeUnchecked(invoker, authMagiclinkEmailSetConfigMethod, params, options);
}

/** Static facts about `accounts.auth.magiclink.getlink` (name, validator, error codes, response hints). */
export const authMagiclinkGetLinkMethod = /* @__PURE__ */ describeMethod(accountsAuthMagiclinkGetLinkParamsSchema, '{"name":"accounts.auth.magiclink.getlink","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"magicLink":"string"}')) as MethodDescriptor<AccountsAuthMagiclinkGetLinkParams, AccountsAuthMagiclinkGetLinkResponse, AccountsAuthMagiclinkGetLinkErrorCode>;

/**
 * Creates a Magic Link for a user, valid for up to 60 days, for the site to put into its own (for example marketing) emails.
 *
 * The wire name is accounts.auth.magiclink.getlink, all lower case after magiclink, as in the reference list and SAP's own integration catalogue; the client calls it client.accounts.auth.magiclink.getLink (the catalog's alias), and the wire name stays as documented.
 *
 * The link logs the user in without a password; treat it as a secret.
 *
 * Calls `accounts.auth.magiclink.getlink`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsAuthMagiclinkGetLinkParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/71880e97f2d54fe596d506662818f0a1.html | accounts.auth.magiclink.getlink reference}
 */
export function authMagiclinkGetLink(invoker: Invoker, params: AccountsAuthMagiclinkGetLinkParams, options?: CallOptions): Promise<GigyaResult<AccountsAuthMagiclinkGetLinkResponse>> {
  return invokeUnchecked(invoker, authMagiclinkGetLinkMethod, params, options);
}

/** Static facts about `accounts.auth.otp.authenticate` (name, validator, error codes, response hints). */
export const authOtpAuthenticateMethod = /* @__PURE__ */ describeMethod(accountsAuthOtpAuthenticateParamsSchema, '{"name":"accounts.auth.otp.authenticate","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public"}', /* @__PURE__ */ hintsFromJson('{"access_token":"string"}')) as MethodDescriptor<AccountsAuthOtpAuthenticateParams, AccountsAuthOtpAuthenticateResponse, AccountsAuthOtpAuthenticateErrorCode>;

/**
 * Exchanges a one-time code the user received for an access token that lets them reset their password with accounts.resetPassword.
 *
 * Calls `accounts.auth.otp.authenticate`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsAuthOtpAuthenticateParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/3e22c136de714dee858e4fc3fcc07e6e.html | accounts.auth.otp.authenticate reference}
 */
export function authOtpAuthenticate(invoker: Invoker, params: AccountsAuthOtpAuthenticateParams, options?: CallOptions): Promise<GigyaResult<AccountsAuthOtpAuthenticateResponse>> {
  return invokeUnchecked(invoker, authOtpAuthenticateMethod, params, options);
}

/** Static facts about `accounts.auth.otp.email.getConfig` (name, validator, error codes, response hints). */
export const authOtpEmailGetConfigMethod = /* @__PURE__ */ describeMethod(accountsAuthOtpEmailGetConfigParamsSchema, '{"name":"accounts.auth.otp.email.getConfig","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"isEnabled":"boolean"}')) as MethodDescriptor<AccountsAuthOtpEmailGetConfigParams, AccountsAuthOtpEmailGetConfigResponse, AccountsAuthOtpEmailGetConfigErrorCode>;

/**
 * Tells whether email one-time-code login is on for the site.
 *
 * Calls `accounts.auth.otp.email.getConfig`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsAuthOtpEmailGetConfigParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/b43af07811fd47d192082b3fcf29e82c.html | accounts.auth.otp.email.getConfig reference}
 */
export function authOtpEmailGetConfig(invoker: Invoker, params?: AccountsAuthOtpEmailGetConfigParams, options?: CallOptions): Promise<GigyaResult<AccountsAuthOtpEmailGetConfigResponse>> {
  return invokeUnchecked(invoker, authOtpEmailGetConfigMethod, params, options);
}

/** Static facts about `accounts.auth.otp.email.login` (name, validator, error codes, response hints). */
export const authOtpEmailLoginMethod = /* @__PURE__ */ describeMethod(accountsAuthOtpEmailLoginParamsSchema, '{"name":"accounts.auth.otp.email.login","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,403101,403102,403120,500000,500001,500026,500028,501001,504001,504002],"csvParams":["include"],"access":"public"}', /* @__PURE__ */ hintsFromJson('{"UID":"string","isNewUser":"boolean","sessionInfo":{"fields":0},"regToken":"string","profile":{"fields":1},"data":"json","preferences":"json","subscriptions":"json","emails":{"fields":2},"loginIDs":{"fields":3},"identities":{"items":{"fields":4}},"id_token":"string"}', [accountsSessionInfoHints, accountsProfileHints, accountsEmailsHints, accountsLoginIDsHints, accountsIdentityHints])) as MethodDescriptor<AccountsAuthOtpEmailLoginParams, AccountsAuthOtpEmailLoginResult, AccountsAuthOtpEmailLoginErrorCode>;

/**
 * Logs a user in, or registers them, with the code sent by auth.otp.email.sendCode, and opens a session.
 *
 * `@gigya-ts/rest-api` types code as a number; the reference says the length may change and codes may start with 0, so the catalog keeps it text.
 *
 * The account sections (profile, data, preferences, subscriptions, emails, loginIDs, identities, id_token) are not in `@gigya-ts/rest-api`'s response type; they rest on its include param, which adds them to the response, as on otp.login.
 *
 * `@gigya-ts/rest-api` allows only browser and mobile for targetEnv; the Web SDK also sends jssdk, so the catalog keeps an open list.
 *
 * Calls `accounts.auth.otp.email.login`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 *
 * Resolves with `errorCode` telling a flow state apart from a plain success: 206001 AccountPendingRegistration with `regToken`. Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue; 403101 AccountPendingTfaVerification with `regToken`; 403102 AccountPendingTfaRegistration with `regToken`.
 *
 * Errors besides the common ones: 403101 AccountPendingTfaVerification (inferred: Risk-Based Authentication rules apply to every login method and can ask for a second factor); 403102 AccountPendingTfaRegistration (inferred: Risk-Based Authentication rules apply to every login method and can ask the user to enrol a second factor); 403120 AccountTemporarilyLockedOut (inferred: the account lock-out of Risk-Based Authentication applies to every login method).
 * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
 * @typeParam S - The site's schema: `{ data; preferences; subscriptions }`, each optional.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsAuthOtpEmailLoginParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/c64edbe9973c4cbdb9bc623ba363f73c.html | accounts.auth.otp.email.login reference}
 */
export function authOtpEmailLogin<S extends SiteSchema = SiteSchema>(invoker: Invoker, params: AccountsAuthOtpEmailLoginParams, options?: CallOptions): Promise<GigyaResult<AccountsAuthOtpEmailLoginResult<S>>> {
  return invokeUnchecked(invoker, authOtpEmailLoginMethod, params, options);
}

/** Static facts about `accounts.auth.otp.email.sendCode` (name, validator, error codes, response hints). */
export const authOtpEmailSendCodeMethod = /* @__PURE__ */ describeMethod(accountsAuthOtpEmailSendCodeParamsSchema, '{"name":"accounts.auth.otp.email.sendCode","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public"}', /* @__PURE__ */ hintsFromJson('{"vToken":"string","code":"string"}')) as MethodDescriptor<AccountsAuthOtpEmailSendCodeParams, AccountsAuthOtpEmailSendCodeResponse, AccountsAuthOtpEmailSendCodeErrorCode>;

/**
 * Starts an email one-time-code login by sending a code to the address and returns the vToken the login needs.
 *
 * Each call sends an email, so it is never repeated automatically.
 *
 * Calls `accounts.auth.otp.email.sendCode`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsAuthOtpEmailSendCodeParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/f067d24087f84174abae20c20a46f827.html | accounts.auth.otp.email.sendCode reference}
 */
export function authOtpEmailSendCode(invoker: Invoker, params: AccountsAuthOtpEmailSendCodeParams, options?: CallOptions): Promise<GigyaResult<AccountsAuthOtpEmailSendCodeResponse>> {
  return invokeUnchecked(invoker, authOtpEmailSendCodeMethod, params, options);
}

/** Static facts about `accounts.auth.otp.email.setConfig` (name, validator, error codes, response hints). */
export const authOtpEmailSetConfigMethod = /* @__PURE__ */ describeMethod(accountsAuthOtpEmailSetConfigParamsSchema, '{"name":"accounts.auth.otp.email.setConfig","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsAuthOtpEmailSetConfigParams, AccountsAuthOtpEmailSetConfigResponse, AccountsAuthOtpEmailSetConfigErrorCode>;

/**
 * Turns email one-time-code login on or off for the site.
 *
 * Calls `accounts.auth.otp.email.setConfig`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsAuthOtpEmailSetConfigParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/2992c8277a72467caa31988bfc7cd57f.html | accounts.auth.otp.email.setConfig reference}
 */
export function authOtpEmailSetConfig(invoker: Invoker, params: AccountsAuthOtpEmailSetConfigParams, options?: CallOptions): Promise<GigyaResult<AccountsAuthOtpEmailSetConfigResponse>> {
  return invokeUnchecked(invoker, authOtpEmailSetConfigMethod, params, options);
}

/** Static facts about `accounts.auth.otp.verify` (name, validator, error codes, response hints). */
export const authOtpVerifyMethod = /* @__PURE__ */ describeMethod(accountsAuthOtpVerifyParamsSchema, '{"name":"accounts.auth.otp.verify","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public"}', /* @__PURE__ */ hintsFromJson('{"id_token":"string"}')) as MethodDescriptor<AccountsAuthOtpVerifyParams, AccountsAuthOtpVerifyResponse, AccountsAuthOtpVerifyErrorCode>;

/**
 * Checks that the user holds the email or phone a one-time code was sent to, marks it verified on the account and returns an id_token.
 *
 * Calls `accounts.auth.otp.verify`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsAuthOtpVerifyParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/523e76306db34a19be9199fab59b31df.html | accounts.auth.otp.verify reference}
 */
export function authOtpVerify(invoker: Invoker, params: AccountsAuthOtpVerifyParams, options?: CallOptions): Promise<GigyaResult<AccountsAuthOtpVerifyResponse>> {
  return invokeUnchecked(invoker, authOtpVerifyMethod, params, options);
}

/** Static facts about `accounts.auth.push.config.get` (name, validator, error codes, response hints). */
export const authPushConfigGetMethod = /* @__PURE__ */ describeMethod(accountsAuthPushConfigGetParamsSchema, '{"name":"accounts.auth.push.config.get","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"vendors":"json"}')) as MethodDescriptor<AccountsAuthPushConfigGetParams, AccountsAuthPushConfigGetResponse, AccountsAuthPushConfigGetErrorCode>;

/**
 * Returns the site's push vendor settings for push authentication.
 *
 * The inner layout of each vendor entry is not in a stored source, so the values are typed unknown.
 *
 * Calls `accounts.auth.push.config.get`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsAuthPushConfigGetParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4131785a70b21014bbc5a10ce4041860.html | accounts.auth.push.config.get reference}
 */
export function authPushConfigGet(invoker: Invoker, params?: AccountsAuthPushConfigGetParams, options?: CallOptions): Promise<GigyaResult<AccountsAuthPushConfigGetResponse>> {
  return invokeUnchecked(invoker, authPushConfigGetMethod, params, options);
}

/** Static facts about `accounts.auth.push.config.set` (name, validator, error codes, response hints). */
export const authPushConfigSetMethod = /* @__PURE__ */ describeMethod(accountsAuthPushConfigSetParamsSchema, '{"name":"accounts.auth.push.config.set","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsAuthPushConfigSetParams, AccountsAuthPushConfigSetResponse, AccountsAuthPushConfigSetErrorCode>;

/**
 * Sets the site's push vendor for push authentication, Firebase Cloud Messaging with either its legacy server key or an HTTP v1 service account.
 *
 * The values are Firebase credentials; they must be redacted wherever params are shown.
 *
 * Calls `accounts.auth.push.config.set`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsAuthPushConfigSetParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41318c2170b21014bbc5a10ce4041860.html | accounts.auth.push.config.set reference}
 */
export function authPushConfigSet(invoker: Invoker, params: AccountsAuthPushConfigSetParams, options?: CallOptions): Promise<GigyaResult<AccountsAuthPushConfigSetResponse>> {
  return invokeUnchecked(invoker, authPushConfigSetMethod, params, options);
}

/** Static facts about `accounts.auth.push.verify` (name, validator, error codes, response hints). */
export const authPushVerifyMethod = /* @__PURE__ */ describeMethod(accountsAuthPushVerifyParamsSchema, '{"name":"accounts.auth.push.verify","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsAuthPushVerifyParams, AccountsAuthPushVerifyResponse, AccountsAuthPushVerifyErrorCode>;

/**
 * Sent by the mobile app of a registered device to tell Gigya that the user approved a push login.
 *
 * Only for a user with an active session on the app; the device must be registered with accounts.devices.register.
 *
 * Calls `accounts.auth.push.verify`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsAuthPushVerifyParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4131cb2570b21014bbc5a10ce4041860.html | accounts.auth.push.verify reference}
 */
export function authPushVerify(invoker: Invoker, params: AccountsAuthPushVerifyParams, options?: CallOptions): Promise<GigyaResult<AccountsAuthPushVerifyResponse>> {
  return invokeUnchecked(invoker, authPushVerifyMethod, params, options);
}

/** Static facts about `accounts.deleteAccount` (name, validator, error codes, response hints). */
export const deleteAccountMethod = /* @__PURE__ */ describeMethod(accountsDeleteAccountParamsSchema, '{"name":"accounts.deleteAccount","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,409030,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsDeleteAccountParams, AccountsDeleteAccountResponse, AccountsDeleteAccountErrorCode>;

/**
 * Deletes an account and all its data from the accounts storage.
 *
 * Not safe to repeat: a retried copy of a delete that went through fails because the account no longer exists.
 *
 * Calls `accounts.deleteAccount`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
 *
 * Errors besides the common ones: 409030 TooManyRequestsForSameUser (inferred: Gigya refuses more than five concurrent requests for the same UID on the accounts methods that name a user.).
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsDeleteAccountParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4133a29470b21014bbc5a10ce4041860.html | accounts.deleteAccount reference}
 */
export function deleteAccount(invoker: Invoker, params: AccountsDeleteAccountParams, options?: CallOptions): Promise<GigyaResult<AccountsDeleteAccountResponse>> {
  return invokeUnchecked(invoker, deleteAccountMethod, params, options);
}

/** Static facts about `accounts.deleteConsentStatement` (name, validator, error codes, response hints). */
export const deleteConsentStatementMethod = /* @__PURE__ */ describeMethod(accountsDeleteConsentStatementParamsSchema, '{"name":"accounts.deleteConsentStatement","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsDeleteConsentStatementParams, AccountsDeleteConsentStatementResponse, AccountsDeleteConsentStatementErrorCode>;

/**
 * Deletes a consent statement from the site everywhere it appears (accounts, audit log, APIs).
 *
 * Calls `accounts.deleteConsentStatement`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsDeleteConsentStatementParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/2782415067b047b7bf10a1439d3e67ce.html | accounts.deleteConsentStatement reference}
 */
export function deleteConsentStatement(invoker: Invoker, params: AccountsDeleteConsentStatementParams, options?: CallOptions): Promise<GigyaResult<AccountsDeleteConsentStatementResponse>> {
  return invokeUnchecked(invoker, deleteConsentStatementMethod, params, options);
}

/** Static facts about `accounts.deleteLegalStatements` (name, validator, error codes, response hints). */
export const deleteLegalStatementsMethod = /* @__PURE__ */ describeMethod(accountsDeleteLegalStatementsParamsSchema, '{"name":"accounts.deleteLegalStatements","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsDeleteLegalStatementsParams, AccountsDeleteLegalStatementsResponse, AccountsDeleteLegalStatementsErrorCode>;

/**
 * Deletes a draft version of the legal text of a consent statement in one language.
 *
 * Only versions still in draft can be deleted.
 *
 * Calls `accounts.deleteLegalStatements`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsDeleteLegalStatementsParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/2b289e32fa544c76850afb7e78b5d92f.html | accounts.deleteLegalStatements reference}
 */
export function deleteLegalStatements(invoker: Invoker, params: AccountsDeleteLegalStatementsParams, options?: CallOptions): Promise<GigyaResult<AccountsDeleteLegalStatementsResponse>> {
  return invokeUnchecked(invoker, deleteLegalStatementsMethod, params, options);
}

/** Static facts about `accounts.deleteLiteAccount` (name, validator, error codes, response hints). */
export const deleteLiteAccountMethod = /* @__PURE__ */ describeMethod(accountsDeleteLiteAccountParamsSchema, '{"name":"accounts.deleteLiteAccount","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsDeleteLiteAccountParams, AccountsDeleteLiteAccountResponse, AccountsDeleteLiteAccountErrorCode>;

/**
 * Deletes a lite account (an email account without a full registration).
 *
 * Calls `accounts.deleteLiteAccount`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsDeleteLiteAccountParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4133b5e170b21014bbc5a10ce4041860.html | accounts.deleteLiteAccount reference}
 */
export function deleteLiteAccount(invoker: Invoker, params: AccountsDeleteLiteAccountParams, options?: CallOptions): Promise<GigyaResult<AccountsDeleteLiteAccountResponse>> {
  return invokeUnchecked(invoker, deleteLiteAccountMethod, params, options);
}

/** Static facts about `accounts.deleteNativeScreenSet` (name, validator, error codes, response hints). */
export const deleteNativeScreenSetMethod = /* @__PURE__ */ describeMethod(accountsDeleteNativeScreenSetParamsSchema, '{"name":"accounts.deleteNativeScreenSet","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsDeleteNativeScreenSetParams, AccountsDeleteNativeScreenSetResponse, AccountsDeleteNativeScreenSetErrorCode>;

/**
 * Deletes a native screen-set (the hosted screens of mobile apps).
 *
 * Calls `accounts.deleteNativeScreenSet`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsDeleteNativeScreenSetParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/baaff4ff759d42f48464341ae167dd98.html | accounts.deleteNativeScreenSet reference}
 */
export function deleteNativeScreenSet(invoker: Invoker, params: AccountsDeleteNativeScreenSetParams, options?: CallOptions): Promise<GigyaResult<AccountsDeleteNativeScreenSetResponse>> {
  return invokeUnchecked(invoker, deleteNativeScreenSetMethod, params, options);
}

/** Static facts about `accounts.deleteSchemaFields` (name, validator, error codes, response hints). */
export const deleteSchemaFieldsMethod = /* @__PURE__ */ describeMethod(accountsDeleteSchemaFieldsParamsSchema, '{"name":"accounts.deleteSchemaFields","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsDeleteSchemaFieldsParams, AccountsDeleteSchemaFieldsResponse, AccountsDeleteSchemaFieldsErrorCode>;

/**
 * Deletes custom data fields from the site schema. Their data can no longer be read or written, and their names cannot be used again.
 *
 * Deleting an unused field frees a slot when the site has reached its schema field limit.
 *
 * Calls `accounts.deleteSchemaFields`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsDeleteSchemaFieldsParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4133c8e670b21014bbc5a10ce4041860.html | accounts.deleteSchemaFields reference}
 */
export function deleteSchemaFields(invoker: Invoker, params: AccountsDeleteSchemaFieldsParams, options?: CallOptions): Promise<GigyaResult<AccountsDeleteSchemaFieldsResponse>> {
  return invokeUnchecked(invoker, deleteSchemaFieldsMethod, params, options);
}

/** Static facts about `accounts.deleteScreenSet` (name, validator, error codes, response hints). */
export const deleteScreenSetMethod = /* @__PURE__ */ describeMethod(accountsDeleteScreenSetParamsSchema, '{"name":"accounts.deleteScreenSet","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsDeleteScreenSetParams, AccountsDeleteScreenSetResponse, AccountsDeleteScreenSetErrorCode>;

/**
 * Deletes a hosted screen-set.
 *
 * Calls `accounts.deleteScreenSet`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsDeleteScreenSetParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4133dbe070b21014bbc5a10ce4041860.html | accounts.deleteScreenSet reference}
 */
export function deleteScreenSet(invoker: Invoker, params: AccountsDeleteScreenSetParams, options?: CallOptions): Promise<GigyaResult<AccountsDeleteScreenSetResponse>> {
  return invokeUnchecked(invoker, deleteScreenSetMethod, params, options);
}

/** Static facts about `accounts.devices.register` (name, validator, error codes, response hints). */
export const devicesRegisterMethod = /* @__PURE__ */ describeMethod(accountsDevicesRegisterParamsSchema, '{"name":"accounts.devices.register","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsDevicesRegisterParams, AccountsDevicesRegisterResponse, AccountsDevicesRegisterErrorCode>;

/**
 * Registers the logged-in user's device for a passwordless flow such as push authentication.
 *
 * Called by a mobile app for a user with an active session; the session identifies the user.
 *
 * Calls `accounts.devices.register`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsDevicesRegisterParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4133eee870b21014bbc5a10ce4041860.html | accounts.devices.register reference}
 */
export function devicesRegister(invoker: Invoker, params: AccountsDevicesRegisterParams, options?: CallOptions): Promise<GigyaResult<AccountsDevicesRegisterResponse>> {
  return invokeUnchecked(invoker, devicesRegisterMethod, params, options);
}

/** Static facts about `accounts.devices.unregister` (name, validator, error codes, response hints). */
export const devicesUnregisterMethod = /* @__PURE__ */ describeMethod(accountsDevicesUnregisterParamsSchema, '{"name":"accounts.devices.unregister","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsDevicesUnregisterParams, AccountsDevicesUnregisterResponse, AccountsDevicesUnregisterErrorCode>;

/**
 * Removes the logged-in user's current device from passwordless flows such as push authentication.
 *
 * Called by a mobile app for a user with an active session; the session names the device.
 *
 * Calls `accounts.devices.unregister`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsDevicesUnregisterParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4134062c70b21014bbc5a10ce4041860.html | accounts.devices.unregister reference}
 */
export function devicesUnregister(invoker: Invoker, params?: AccountsDevicesUnregisterParams, options?: CallOptions): Promise<GigyaResult<AccountsDevicesUnregisterResponse>> {
  return invokeUnchecked(invoker, devicesUnregisterMethod, params, options);
}

/** Static facts about `accounts.devices.update` (name, validator, error codes, response hints). */
export const devicesUpdateMethod = /* @__PURE__ */ describeMethod(accountsDevicesUpdateParamsSchema, '{"name":"accounts.devices.update","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsDevicesUpdateParams, AccountsDevicesUpdateResponse, AccountsDevicesUpdateErrorCode>;

/**
 * Updates the details of the logged-in user's registered device, typically after its push token changed.
 *
 * Called by a mobile app for a user with an active session; the Swift SDK sends it when the push token changes.
 *
 * Calls `accounts.devices.update`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsDevicesUpdateParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4134192b70b21014bbc5a10ce4041860.html | accounts.devices.update reference}
 */
export function devicesUpdate(invoker: Invoker, params: AccountsDevicesUpdateParams, options?: CallOptions): Promise<GigyaResult<AccountsDevicesUpdateResponse>> {
  return invokeUnchecked(invoker, devicesUpdateMethod, params, options);
}

/** Static facts about `accounts.duplicateLegalStatement` (name, validator, error codes, response hints). */
export const duplicateLegalStatementMethod = /* @__PURE__ */ describeMethod(accountsDuplicateLegalStatementParamsSchema, '{"name":"accounts.duplicateLegalStatement","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"legalStatements":{"fields":0}}', [accountsLegalStatementHints])) as MethodDescriptor<AccountsDuplicateLegalStatementParams, AccountsDuplicateLegalStatementResponse, AccountsDuplicateLegalStatementErrorCode>;

/**
 * Returns a partial copy of a legal statement (custom data and its versions or dates) to start a new version from.
 *
 * Calls `accounts.duplicateLegalStatement`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsDuplicateLegalStatementParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/d3eed592164c4b5f9ae2e8f8a8f14214.html | accounts.duplicateLegalStatement reference}
 */
export function duplicateLegalStatement(invoker: Invoker, params: AccountsDuplicateLegalStatementParams, options?: CallOptions): Promise<GigyaResult<AccountsDuplicateLegalStatementResponse>> {
  return invokeUnchecked(invoker, duplicateLegalStatementMethod, params, options);
}

/** Static facts about `accounts.emailAccount.changeEmail` (name, validator, error codes, response hints). */
export const emailAccountChangeEmailMethod = /* @__PURE__ */ describeMethod(accountsEmailAccountChangeEmailParamsSchema, '{"name":"accounts.emailAccount.changeEmail","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"oldEmail":"string","newEmail":"string"}')) as MethodDescriptor<AccountsEmailAccountChangeEmailParams, AccountsEmailAccountChangeEmailResponse, AccountsEmailAccountChangeEmailErrorCode>;

/**
 * Gives an email account the address of an existing full account.
 *
 * Calls `accounts.emailAccount.changeEmail`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsEmailAccountChangeEmailParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/78e703f2aee64dc99e883378cea0a148.html | accounts.emailAccount.changeEmail reference}
 */
export function emailAccountChangeEmail(invoker: Invoker, params: AccountsEmailAccountChangeEmailParams, options?: CallOptions): Promise<GigyaResult<AccountsEmailAccountChangeEmailResponse>> {
  return invokeUnchecked(invoker, emailAccountChangeEmailMethod, params, options);
}

/** Static facts about `accounts.emailAccount.syncMultipleAccounts` (name, validator, error codes, response hints). */
export const emailAccountSyncMultipleAccountsMethod = /* @__PURE__ */ describeMethod(accountsEmailAccountSyncMultipleAccountsParamsSchema, '{"name":"accounts.emailAccount.syncMultipleAccounts","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"uid":"string","email":"string"}')) as MethodDescriptor<AccountsEmailAccountSyncMultipleAccountsParams, AccountsEmailAccountSyncMultipleAccountsResponse, AccountsEmailAccountSyncMultipleAccountsErrorCode>;

/**
 * Syncs an email account with the full accounts that share its email or UID: it takes the UID of the matching full account (preferring registered, then most recently updated ones), or the email of the full account with its UID, and otherwise deletes a non-lite email account.
 *
 * The response spells uid in lower case, as `@gigya-ts/rest-api` types it, unlike the UID param.
 *
 * Calls `accounts.emailAccount.syncMultipleAccounts`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsEmailAccountSyncMultipleAccountsParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/486489efe27c46deab810c0f15e81afb.html | accounts.emailAccount.syncMultipleAccounts reference}
 */
export function emailAccountSyncMultipleAccounts(invoker: Invoker, params: AccountsEmailAccountSyncMultipleAccountsParams, options?: CallOptions): Promise<GigyaResult<AccountsEmailAccountSyncMultipleAccountsResponse>> {
  return invokeUnchecked(invoker, emailAccountSyncMultipleAccountsMethod, params, options);
}

/** Static facts about `accounts.emailAccount.syncUid` (name, validator, error codes, response hints). */
export const emailAccountSyncUidMethod = /* @__PURE__ */ describeMethod(accountsEmailAccountSyncUidParamsSchema, '{"name":"accounts.emailAccount.syncUid","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"accountUid":"string","emailAccountUid":"string","email":"string","isLiteAccount":"boolean"}')) as MethodDescriptor<AccountsEmailAccountSyncUidParams, AccountsEmailAccountSyncUidResponse, AccountsEmailAccountSyncUidErrorCode>;

/**
 * Gives an email account the UID of the existing full account that has the same address.
 *
 * Calls `accounts.emailAccount.syncUid`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsEmailAccountSyncUidParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/a5585b0870144adfb1f043726fc6dc98.html | accounts.emailAccount.syncUid reference}
 */
export function emailAccountSyncUid(invoker: Invoker, params: AccountsEmailAccountSyncUidParams, options?: CallOptions): Promise<GigyaResult<AccountsEmailAccountSyncUidResponse>> {
  return invokeUnchecked(invoker, emailAccountSyncUidMethod, params, options);
}

/** Static facts about `accounts.exchangeUIDSignature` (name, validator, error codes, response hints). */
export const exchangeUIDSignatureMethod = /* @__PURE__ */ describeMethod(accountsExchangeUIDSignatureParamsSchema, '{"name":"accounts.exchangeUIDSignature","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"UID":"string","UIDSignature":"string","signatureTimestamp":"string"}')) as MethodDescriptor<AccountsExchangeUIDSignatureParams, AccountsExchangeUIDSignatureResponse, AccountsExchangeUIDSignatureErrorCode>;

/**
 * Re-signs a UID signature received from a client-side login with the secret of the calling user or application key, so a party without the site secret can check it.
 *
 * The gigya npm package also sends userKey here; the client adds it from the credentials, so it is no param of its own.
 *
 * Calls `accounts.exchangeUIDSignature`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsExchangeUIDSignatureParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41342c3970b21014bbc5a10ce4041860.html | accounts.exchangeUIDSignature reference}
 */
export function exchangeUIDSignature(invoker: Invoker, params: AccountsExchangeUIDSignatureParams, options?: CallOptions): Promise<GigyaResult<AccountsExchangeUIDSignatureResponse>> {
  return invokeUnchecked(invoker, exchangeUIDSignatureMethod, params, options);
}

/** Static facts about `accounts.extensions.create` (name, validator, error codes, response hints). */
export const extensionsCreateMethod = /* @__PURE__ */ describeMethod(accountsExtensionsCreateParamsSchema, '{"name":"accounts.extensions.create","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"result":{"fields":0}}', [accountsExtensionConfigHints])) as MethodDescriptor<AccountsExtensionsCreateParams, AccountsExtensionsCreateResponse, AccountsExtensionsCreateErrorCode>;

/**
 * Creates an empty, disabled extension for an extension point that has none; fill it in and enable it with extensions.modify.
 *
 * Creating a second extension for the same point fails (the reference gives no code); delete the existing one with extensions.delete first. Not available on a child site.
 *
 * `@gigya-ts/rest-api` types result as a list; SAP's toolkit reads a single extension (result.id) after create, so the catalog types one.
 *
 * `@gigya-ts/rest-api` allows the four OnBefore points here and only OnPasswordComplexityCheck in modify; the catalog offers all five in both as an open list.
 *
 * Calls `accounts.extensions.create`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsExtensionsCreateParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41343f7b70b21014bbc5a10ce4041860.html | accounts.extensions.create reference}
 */
export function extensionsCreate(invoker: Invoker, params: AccountsExtensionsCreateParams, options?: CallOptions): Promise<GigyaResult<AccountsExtensionsCreateResponse>> {
  return invokeUnchecked(invoker, extensionsCreateMethod, params, options);
}

/** Static facts about `accounts.extensions.delete` (name, validator, error codes, response hints). */
export const extensionsDeleteMethod = /* @__PURE__ */ describeMethod(accountsExtensionsDeleteParamsSchema, '{"name":"accounts.extensions.delete","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsExtensionsDeleteParams, AccountsExtensionsDeleteResponse, AccountsExtensionsDeleteErrorCode>;

/**
 * Deletes an extension; on a child site it instead reverts the extension to the parent site's, which it then inherits.
 *
 * Calls `accounts.extensions.delete`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsExtensionsDeleteParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4134526e70b21014bbc5a10ce4041860.html | accounts.extensions.delete reference}
 */
export function extensionsDelete(invoker: Invoker, params: AccountsExtensionsDeleteParams, options?: CallOptions): Promise<GigyaResult<AccountsExtensionsDeleteResponse>> {
  return invokeUnchecked(invoker, extensionsDeleteMethod, params, options);
}

/** Static facts about `accounts.extensions.get` (name, validator, error codes, response hints). */
export const extensionsGetMethod = /* @__PURE__ */ describeMethod(accountsExtensionsGetParamsSchema, '{"name":"accounts.extensions.get","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"result":{"fields":0}}', [accountsExtensionConfigHints])) as MethodDescriptor<AccountsExtensionsGetParams, AccountsExtensionsGetResponse, AccountsExtensionsGetErrorCode>;

/**
 * Returns one extension by its ID.
 *
 * `@gigya-ts/rest-api` marks the extension's fields always present and names its ID extensionId; SAP's toolkit reads id and lastModified, so ExtensionConfig carries both spellings, all optional.
 *
 * Calls `accounts.extensions.get`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsExtensionsGetParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4134656770b21014bbc5a10ce4041860.html | accounts.extensions.get reference}
 */
export function extensionsGet(invoker: Invoker, params: AccountsExtensionsGetParams, options?: CallOptions): Promise<GigyaResult<AccountsExtensionsGetResponse>> {
  return invokeUnchecked(invoker, extensionsGetMethod, params, options);
}

/** Static facts about `accounts.extensions.list` (name, validator, error codes, response hints). */
export const extensionsListMethod = /* @__PURE__ */ describeMethod(accountsExtensionsListParamsSchema, '{"name":"accounts.extensions.list","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"result":{"items":{"fields":0}}}', [accountsExtensionConfigHints])) as MethodDescriptor<AccountsExtensionsListParams, AccountsExtensionsListResponse, AccountsExtensionsListErrorCode>;

/**
 * Lists the site's extensions.
 *
 * Calls `accounts.extensions.list`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsExtensionsListParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4134785270b21014bbc5a10ce4041860.html | accounts.extensions.list reference}
 */
export function extensionsList(invoker: Invoker, params?: AccountsExtensionsListParams, options?: CallOptions): Promise<GigyaResult<AccountsExtensionsListResponse>> {
  return invokeUnchecked(invoker, extensionsListMethod, params, options);
}

/** Static facts about `accounts.extensions.modify` (name, validator, error codes, response hints). */
export const extensionsModifyMethod = /* @__PURE__ */ describeMethod(accountsExtensionsModifyParamsSchema, '{"name":"accounts.extensions.modify","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsExtensionsModifyParams, AccountsExtensionsModifyResponse, AccountsExtensionsModifyErrorCode>;

/**
 * Changes an extension; settings left out stay as they are.
 *
 * description, headers and integration are not in `@gigya-ts/rest-api`; SAP's configuration toolkit sends them with this call.
 *
 * On a child site SAP's toolkit changes only enabled and extensionFuncUrl.
 *
 * Calls `accounts.extensions.modify`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsExtensionsModifyParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41348b7a70b21014bbc5a10ce4041860.html | accounts.extensions.modify reference}
 */
export function extensionsModify(invoker: Invoker, params: AccountsExtensionsModifyParams, options?: CallOptions): Promise<GigyaResult<AccountsExtensionsModifyResponse>> {
  return invokeUnchecked(invoker, extensionsModifyMethod, params, options);
}

/** Static facts about `accounts.finalizeRegistration` (name, validator, error codes, response hints). */
export const finalizeRegistrationMethod = /* @__PURE__ */ describeMethod(accountsFinalizeRegistrationParamsSchema, '{"name":"accounts.finalizeRegistration","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":["include"],"access":"public"}', /* @__PURE__ */ hintsFromJson('{"UID":"string","UIDSignature":"string","communications":"json","created":"string","createdTimestamp":"number","customIdentifiers":"json","data":"json","emails":{"fields":0},"groups":{"fields":1},"iRank":"number","identities":{"items":{"fields":2}},"inTransition":"boolean","internal":"json","isActive":"boolean","isLockedOut":"boolean","isRegistered":"boolean","isVerified":"boolean","lastLogin":"string","lastLoginLocation":{"fields":3},"lastLoginTimestamp":"number","lastUpdated":"string","lastUpdatedTimestamp":"number","lockedUntil":"string","loginIDs":{"fields":4},"loginProvider":"string","oldestDataUpdated":"string","oldestDataUpdatedTimestamp":"number","password":{"fields":5},"phoneNumber":"string","preferences":"json","profile":{"fields":6},"rbaPolicy":{"fields":7},"regSource":"string","registered":"string","registeredTimestamp":"number","signatureTimestamp":"string","socialProviders":"string","subscriptions":"json","userInfo":"json","verified":"string","verifiedTimestamp":"number","newUser":"boolean","regToken":"string","sessionInfo":{"fields":8},"unverifiedEmails":{"items":"string"}}', [accountsEmailsHints, accountsGroupsHints, accountsIdentityHints, accountsLoginLocationHints, accountsLoginIDsHints, accountsPasswordHints, accountsProfileHints, accountsRbaPolicyHints, accountsSessionInfoHints])) as MethodDescriptor<AccountsFinalizeRegistrationParams, AccountsFinalizeRegistrationResult, AccountsFinalizeRegistrationErrorCode>;

/**
 * Completes a registration that register, login or a social login left pending, and logs the user in.
 *
 * Without application-key credentials Gigya treats this call as a client-side call, with client-side rate limits.
 *
 * Calls `accounts.finalizeRegistration`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | documented in SAP's reference}.
 *
 * Resolves with `errorCode` telling a flow state apart from a plain success: 206001 AccountPendingRegistration with `regToken`; 206002 AccountPendingVerification with `regToken`, `unverifiedEmails`.
 * @typeParam S - The site's schema: `{ data; preferences; subscriptions }`, each optional.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsFinalizeRegistrationParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/228cd8bc68dc477094b3e0e9fe108e23.html | accounts.finalizeRegistration reference}
 */
export function finalizeRegistration<S extends SiteSchema = SiteSchema>(invoker: Invoker, params: AccountsFinalizeRegistrationParams, options?: CallOptions): Promise<GigyaResult<AccountsFinalizeRegistrationResult<S>>> {
  return invokeUnchecked(invoker, finalizeRegistrationMethod, params, options);
}

/** Static facts about `accounts.getAccountInfo` (name, validator, error codes, response hints). */
export const getAccountInfoMethod = /* @__PURE__ */ describeMethod(accountsGetAccountInfoParamsSchema, '{"name":"accounts.getAccountInfo","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,409030,500000,500001,500026,500028,501001,504001,504002],"csvParams":["extraProfileFields","include","includeCommunications"],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"UID":"string","UIDSignature":"string","communications":"json","created":"string","createdTimestamp":"number","customIdentifiers":"json","data":"json","emails":{"fields":0},"groups":{"fields":1},"iRank":"number","identities":{"items":{"fields":2}},"inTransition":"boolean","internal":"json","isActive":"boolean","isLockedOut":"boolean","isRegistered":"boolean","isVerified":"boolean","lastLogin":"string","lastLoginLocation":{"fields":3},"lastLoginTimestamp":"number","lastUpdated":"string","lastUpdatedTimestamp":"number","lockedUntil":"string","loginIDs":{"fields":4},"loginProvider":"string","oldestDataUpdated":"string","oldestDataUpdatedTimestamp":"number","password":{"fields":5},"phoneNumber":"string","preferences":"json","profile":{"fields":6},"rbaPolicy":{"fields":7},"regSource":"string","registered":"string","registeredTimestamp":"number","signatureTimestamp":"string","socialProviders":"string","subscriptions":"json","userInfo":"json","verified":"string","verifiedTimestamp":"number"}', [accountsEmailsHints, accountsGroupsHints, accountsIdentityHints, accountsLoginLocationHints, accountsLoginIDsHints, accountsPasswordHints, accountsProfileHints, accountsRbaPolicyHints])) as MethodDescriptor<AccountsGetAccountInfoParams, AccountsGetAccountInfoResponse, AccountsGetAccountInfoErrorCode>;

/**
 * Reads an account (profile and custom data by default, other parts on request), by UID, by the regToken of an unfinished registration, or by a login identifier.
 *
 * Gigya refuses (409030) a request when more than five requests for the same UID are in progress.
 *
 * findBy may name a user of any site on any of the partner's data centers; an unknown identifier answers 403005 (Unauthorized user).
 *
 * The package this entry was checked against gives the include default as profile,data,subscriptions; SAP's 2025 reference says profile,data.
 *
 * Calls `accounts.getAccountInfo`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}; {@link https://www.npmjs.com/package/@gigya-ts/rest-api | typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
 *
 * Errors besides the common ones: 409030 TooManyRequestsForSameUser.
 * @typeParam S - The site's schema: `{ data; preferences; subscriptions }`, each optional.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsGetAccountInfoParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/cab69a86edae49e2be93fd51b78fc35b.html | accounts.getAccountInfo reference}
 */
export function getAccountInfo<S extends SiteSchema = SiteSchema>(invoker: Invoker, params?: AccountsGetAccountInfoParams, options?: CallOptions): Promise<GigyaResult<AccountsGetAccountInfoResponse<S>>> {
  return invokeUnchecked(invoker, getAccountInfoMethod, params, options);
}

/** Static facts about `accounts.getConflictingAccount` (name, validator, error codes, response hints). */
export const getConflictingAccountMethod = /* @__PURE__ */ describeMethod(accountsGetConflictingAccountParamsSchema, '{"name":"accounts.getConflictingAccount","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public"}', /* @__PURE__ */ hintsFromJson('{"conflictingAccount":{"fields":0}}', [accountsConflictingAccountHints])) as MethodDescriptor<AccountsGetConflictingAccountParams, AccountsGetConflictingAccountResponse, AccountsGetConflictingAccountErrorCode>;

/**
 * For an unfinished registration that collides with an existing account (same email), tells which account that is and how it logs in, so the user can link the two.
 *
 * Mobile SDKs call it with the regToken of a 409003 (or older 403043) answer before offering to link the accounts.
 *
 * The gigya npm package types loginID next to conflictingAccount instead of inside it.
 *
 * Calls `accounts.getConflictingAccount`. Works with an API key alone. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsGetConflictingAccountParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4134d7df70b21014bbc5a10ce4041860.html | accounts.getConflictingAccount reference}
 */
export function getConflictingAccount(invoker: Invoker, params: AccountsGetConflictingAccountParams, options?: CallOptions): Promise<GigyaResult<AccountsGetConflictingAccountResponse>> {
  return invokeUnchecked(invoker, getConflictingAccountMethod, params, options);
}

/** Static facts about `accounts.getConsentsStatements` (name, validator, error codes, response hints). */
export const getConsentsStatementsMethod = /* @__PURE__ */ describeMethod(accountsGetConsentsStatementsParamsSchema, '{"name":"accounts.getConsentsStatements","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"preferences":"json"}')) as MethodDescriptor<AccountsGetConsentsStatementsParams, AccountsGetConsentsStatementsResponse, AccountsGetConsentsStatementsErrorCode>;

/**
 * Returns every consent statement defined for the site.
 *
 * Wire name: SAP's own toolkit, other clients and Gigya's error texts call accounts.getConsentsStatements; the `@gigya-ts/rest-api` package and the research list spell it getConsentStatements. The catalog follows the name that is actually called.
 *
 * Calls `accounts.getConsentsStatements`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | Called this way by SAP's own Customer Data Cloud toolkit}; {@link https://www.npmjs.com/package/@gigya-ts/rest-api | typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}.
 * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsGetConsentsStatementsParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/660b99419e294030968610cbb27f42bf.html | accounts.getConsentsStatements reference}
 */
export function getConsentsStatements(invoker: Invoker, params?: AccountsGetConsentsStatementsParams, options?: CallOptions): Promise<GigyaResult<AccountsGetConsentsStatementsResponse>> {
  return invokeUnchecked(invoker, getConsentsStatementsMethod, params, options);
}

/** Static facts about `accounts.getCounters` (name, validator, error codes, response hints). */
export const getCountersMethod = /* @__PURE__ */ describeMethod(accountsGetCountersParamsSchema, '{"name":"accounts.getCounters","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"counters":{"items":{"fields":0}}}', [accountsCounterHints])) as MethodDescriptor<AccountsGetCountersParams, AccountsGetCountersResponse, AccountsGetCountersErrorCode>;

/**
 * Reads the activity counters (Signals) of a user.
 *
 * Only the 2016-2020 documentation and clients list the counters methods; the current reference does not.
 *
 * Calls `accounts.getCounters`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Legacy: documented only in older references.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}.
 * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsGetCountersParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link http://developers.gigya.com/display/GD/accounts.getCounters+REST | accounts.getCounters reference}
 */
export function getCounters(invoker: Invoker, params: AccountsGetCountersParams, options?: CallOptions): Promise<GigyaResult<AccountsGetCountersResponse>> {
  return invokeUnchecked(invoker, getCountersMethod, params, options);
}

/** Static facts about `accounts.getJWT` (name, validator, error codes, response hints). */
export const getJWTMethod = /* @__PURE__ */ describeMethod(accountsGetJWTParamsSchema, '{"name":"accounts.getJWT","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":["fields"],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"id_token":"string","ignoredFields":"string"}')) as MethodDescriptor<AccountsGetJWTParams, AccountsGetJWTResponse, AccountsGetJWTErrorCode>;

/**
 * Issues a signed JWT (id_token, RS256) for a user of the site, optionally carrying profile and data fields, for a service that trusts Gigya's keys.
 *
 * Calls `accounts.getJWT`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsGetJWTParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41353af770b21014bbc5a10ce4041860.html | accounts.getJWT reference}
 */
export function getJWT(invoker: Invoker, params: AccountsGetJWTParams, options?: CallOptions): Promise<GigyaResult<AccountsGetJWTResponse>> {
  return invokeUnchecked(invoker, getJWTMethod, params, options);
}

/** Static facts about `accounts.getJWTPublicKey` (name, validator, error codes, response hints). */
export const getJWTPublicKeyMethod = /* @__PURE__ */ describeMethod(accountsGetJWTPublicKeyParamsSchema, '{"name":"accounts.getJWTPublicKey","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public"}', /* @__PURE__ */ hintsFromJson('{"alg":"string","e":"string","kid":"string","kty":"string","n":"string","use":"string","keys":{"items":{"fields":0}}}', [accountsJsonWebKeyHints])) as MethodDescriptor<AccountsGetJWTPublicKeyParams, AccountsGetJWTPublicKeyResponse, AccountsGetJWTPublicKeyErrorCode>;

/**
 * Returns the public key that verifies the JWTs Gigya issues for the site (getJWT, login id_token), as a JSON Web Key or a key set.
 *
 * Only the API key is needed (the client sends it); no secret or session.
 *
 * Calls `accounts.getJWTPublicKey`. Works with an API key alone. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsGetJWTPublicKeyParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41354df770b21014bbc5a10ce4041860.html | accounts.getJWTPublicKey reference}
 */
export function getJWTPublicKey(invoker: Invoker, params?: AccountsGetJWTPublicKeyParams, options?: CallOptions): Promise<GigyaResult<AccountsGetJWTPublicKeyResponse>> {
  return invokeUnchecked(invoker, getJWTPublicKeyMethod, params, options);
}

/** Static facts about `accounts.getLegalStatements` (name, validator, error codes, response hints). */
export const getLegalStatementsMethod = /* @__PURE__ */ describeMethod(accountsGetLegalStatementsParamsSchema, '{"name":"accounts.getLegalStatements","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"legalStatements":{"fields":0}}', [accountsLegalStatementHints])) as MethodDescriptor<AccountsGetLegalStatementsParams, AccountsGetLegalStatementsResponse, AccountsGetLegalStatementsErrorCode>;

/**
 * Returns the legal text of a consent statement in one language, with its versions, purpose, document links and custom data.
 *
 * Calls `accounts.getLegalStatements`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsGetLegalStatementsParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/ff175775723c4fd0ba4b7be295f6c92f.html | accounts.getLegalStatements reference}
 */
export function getLegalStatements(invoker: Invoker, params: AccountsGetLegalStatementsParams, options?: CallOptions): Promise<GigyaResult<AccountsGetLegalStatementsResponse>> {
  return invokeUnchecked(invoker, getLegalStatementsMethod, params, options);
}

/** Static facts about `accounts.getLiteToken` (name, validator, error codes, response hints). */
export const getLiteTokenMethod = /* @__PURE__ */ describeMethod(accountsGetLiteTokenParamsSchema, '{"name":"accounts.getLiteToken","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"token":"string"}')) as MethodDescriptor<AccountsGetLiteTokenParams, AccountsGetLiteTokenResponse, AccountsGetLiteTokenErrorCode>;

/**
 * Returns a token for a lite account (email only) that accounts.setAccountInfo and getAccountInfo accept to act on it.
 *
 * Calls `accounts.getLiteToken`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsGetLiteTokenParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413560f270b21014bbc5a10ce4041860.html | accounts.getLiteToken reference}
 */
export function getLiteToken(invoker: Invoker, params?: AccountsGetLiteTokenParams, options?: CallOptions): Promise<GigyaResult<AccountsGetLiteTokenResponse>> {
  return invokeUnchecked(invoker, getLiteTokenMethod, params, options);
}

/** Static facts about `accounts.getNativeScreenSet` (name, validator, error codes, response hints). */
export const getNativeScreenSetMethod = /* @__PURE__ */ describeMethod(accountsGetNativeScreenSetParamsSchema, '{"name":"accounts.getNativeScreenSet","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":["include"],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"Description":"string","comment":"string","screenSet":"json","screenSetId":"string","version":"number"}')) as MethodDescriptor<AccountsGetNativeScreenSetParams, AccountsGetNativeScreenSetResponse, AccountsGetNativeScreenSetErrorCode>;

/**
 * Returns one native screen-set (screens of mobile apps hosted by Gigya), optionally only some of its parts or in one language.
 *
 * Calls `accounts.getNativeScreenSet`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsGetNativeScreenSetParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4135743670b21014bbc5a10ce4041860.html | accounts.getNativeScreenSet reference}
 */
export function getNativeScreenSet(invoker: Invoker, params: AccountsGetNativeScreenSetParams, options?: CallOptions): Promise<GigyaResult<AccountsGetNativeScreenSetResponse>> {
  return invokeUnchecked(invoker, getNativeScreenSetMethod, params, options);
}

/** Static facts about `accounts.getNativeScreenSets` (name, validator, error codes, response hints). */
export const getNativeScreenSetsMethod = /* @__PURE__ */ describeMethod(accountsGetNativeScreenSetsParamsSchema, '{"name":"accounts.getNativeScreenSets","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"screenSets":{"items":{"fields":0}}}', [accountsNativeScreenSetInfoHints])) as MethodDescriptor<AccountsGetNativeScreenSetsParams, AccountsGetNativeScreenSetsResponse, AccountsGetNativeScreenSetsErrorCode>;

/**
 * Lists the site's native screen-sets with their version metadata.
 *
 * Calls `accounts.getNativeScreenSets`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsGetNativeScreenSetsParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/908f6738288644d599d682b11e5eca55.html | accounts.getNativeScreenSets reference}
 */
export function getNativeScreenSets(invoker: Invoker, params?: AccountsGetNativeScreenSetsParams, options?: CallOptions): Promise<GigyaResult<AccountsGetNativeScreenSetsResponse>> {
  return invokeUnchecked(invoker, getNativeScreenSetsMethod, params, options);
}

/** Static facts about `accounts.getPolicies` (name, validator, error codes, response hints). */
export const getPoliciesMethod = /* @__PURE__ */ describeMethod(accountsGetPoliciesParamsSchema, '{"name":"accounts.getPolicies","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":["sections"],"access":"public"}', /* @__PURE__ */ hintsFromJson('{"accountOptions":{"fields":0},"authentication":{"fields":1},"doubleOptIn":{"fields":2},"emailNotifications":{"fields":3},"emailVerification":{"fields":4},"federation":{"fields":5},"gigyaPlugins":{"fields":6},"passwordComplexity":{"fields":7},"passwordReset":{"fields":8},"preferencesCenter":"json","profilePhoto":{"fields":9},"registration":{"fields":10},"security":{"fields":11},"twoFactorAuth":{"fields":12},"rba":"json"}', [accountsAccountOptionsPolicyHints, accountsAuthenticationPolicyHints, accountsDoubleOptInPolicyHints, accountsEmailNotificationsPolicyHints, accountsEmailVerificationPolicyHints, accountsFederationPolicyHints, accountsGigyaPluginsPolicyHints, accountsPasswordComplexityPolicyHints, accountsPasswordResetPolicyHints, accountsProfilePhotoPolicyHints, accountsRegistrationPolicyHints, accountsSecurityPolicyHints, accountsTwoFactorAuthPolicyHints])) as MethodDescriptor<AccountsGetPoliciesParams, AccountsGetPoliciesResponse, AccountsGetPoliciesErrorCode>;

/**
 * Returns the site's account policies (registration, login identifiers, email verification, password rules, security, two-factor, …), all sections or the ones named.
 *
 * Calls without a secret may read only registration, gigyaPlugins, passwordComplexity and security.
 *
 * The gigya npm package names the full/explicitOnly param filter; the catalog follows the current reference's include.
 *
 * Calls `accounts.getPolicies`. Works with an API key alone. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsGetPoliciesParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41359a2970b21014bbc5a10ce4041860.html | accounts.getPolicies reference}
 */
export function getPolicies(invoker: Invoker, params?: AccountsGetPoliciesParams, options?: CallOptions): Promise<GigyaResult<AccountsGetPoliciesResponse>> {
  return invokeUnchecked(invoker, getPoliciesMethod, params, options);
}

/** Static facts about `accounts.getRegisteredCounters` (name, validator, error codes, response hints). */
export const getRegisteredCountersMethod = /* @__PURE__ */ describeMethod(accountsGetRegisteredCountersParamsSchema, '{"name":"accounts.getRegisteredCounters","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"counters":{"items":{"fields":0}}}', [accountsCounterHints])) as MethodDescriptor<AccountsGetRegisteredCountersParams, AccountsGetRegisteredCountersResponse, AccountsGetRegisteredCountersErrorCode>;

/**
 * Lists the custom counters registered for the site with accounts.registerCounters.
 *
 * Calls `accounts.getRegisteredCounters`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Legacy: documented only in older references.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
 * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsGetRegisteredCountersParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link http://developers.gigya.com/display/GD/accounts.getRegisteredCounters+REST | accounts.getRegisteredCounters reference}
 */
export function getRegisteredCounters(invoker: Invoker, params?: AccountsGetRegisteredCountersParams, options?: CallOptions): Promise<GigyaResult<AccountsGetRegisteredCountersResponse>> {
  return invokeUnchecked(invoker, getRegisteredCountersMethod, params, options);
}

/** Static facts about `accounts.getSchema` (name, validator, error codes, response hints). */
export const getSchemaMethod = /* @__PURE__ */ describeMethod(accountsGetSchemaParamsSchema, '{"name":"accounts.getSchema","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":["include"],"access":"public"}', /* @__PURE__ */ hintsFromJson('{"addressesSchema":{"fields":0},"dataSchema":{"fields":0},"internalSchema":{"fields":0},"preferencesSchema":{"fields":0},"profileSchema":{"fields":0},"subscriptionsSchema":{"fields":0}}', [accountsSchemaHints])) as MethodDescriptor<AccountsGetSchemaParams, AccountsGetSchemaResponse, AccountsGetSchemaErrorCode>;

/**
 * Returns the site schema (profile, data, subscriptions, preferences, internal and addresses parts) with the properties of each field.
 *
 * Calls `accounts.getSchema`. Works with an API key alone. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsGetSchemaParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4135e80970b21014bbc5a10ce4041860.html | accounts.getSchema reference}
 */
export function getSchema(invoker: Invoker, params?: AccountsGetSchemaParams, options?: CallOptions): Promise<GigyaResult<AccountsGetSchemaResponse>> {
  return invokeUnchecked(invoker, getSchemaMethod, params, options);
}

/** Static facts about `accounts.getScreenSetVersions` (name, validator, error codes, response hints). */
export const getScreenSetVersionsMethod = /* @__PURE__ */ describeMethod(accountsGetScreenSetVersionsParamsSchema, '{"name":"accounts.getScreenSetVersions","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"screenSetVersions":{"items":{"fields":0}}}', [accountsScreenSetVersionHints])) as MethodDescriptor<AccountsGetScreenSetVersionsParams, AccountsGetScreenSetVersionsResponse, AccountsGetScreenSetVersionsErrorCode>;

/**
 * Lists the saved versions of a screen-set.
 *
 * Only the gigya npm package types this method; no stored reference page describes it.
 *
 * Calls `accounts.getScreenSetVersions`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}.
 * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsGetScreenSetVersionsParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | accounts reference} (no page of its own)
 */
export function getScreenSetVersions(invoker: Invoker, params: AccountsGetScreenSetVersionsParams, options?: CallOptions): Promise<GigyaResult<AccountsGetScreenSetVersionsResponse>> {
  return invokeUnchecked(invoker, getScreenSetVersionsMethod, params, options);
}

/** Static facts about `accounts.getScreenSets` (name, validator, error codes, response hints). */
export const getScreenSetsMethod = /* @__PURE__ */ describeMethod(accountsGetScreenSetsParamsSchema, '{"name":"accounts.getScreenSets","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":["include","screenSetIDs"],"access":"public"}', /* @__PURE__ */ hintsFromJson('{"screenSets":{"items":{"fields":0}}}', [accountsScreenSetHints])) as MethodDescriptor<AccountsGetScreenSetsParams, AccountsGetScreenSetsResponse, AccountsGetScreenSetsErrorCode>;

/**
 * Returns hosted screen-sets (markup, style, translations and hooks), all of the site's or the ones named.
 *
 * Calls `accounts.getScreenSets`. Works with an API key alone. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsGetScreenSetsParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41360e5770b21014bbc5a10ce4041860.html | accounts.getScreenSets reference}
 */
export function getScreenSets(invoker: Invoker, params?: AccountsGetScreenSetsParams, options?: CallOptions): Promise<GigyaResult<AccountsGetScreenSetsResponse>> {
  return invokeUnchecked(invoker, getScreenSetsMethod, params, options);
}

/** Static facts about `accounts.getSiteConsentDetails` (name, validator, error codes, response hints). */
export const getSiteConsentDetailsMethod = /* @__PURE__ */ describeMethod(accountsGetSiteConsentDetailsParamsSchema, '{"name":"accounts.getSiteConsentDetails","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"siteConsentDetails":"json"}')) as MethodDescriptor<AccountsGetSiteConsentDetailsParams, AccountsGetSiteConsentDetailsResponse, AccountsGetSiteConsentDetailsErrorCode>;

/**
 * Returns every consent statement in effect for the site or site group, with its full details.
 *
 * Calls `accounts.getSiteConsentDetails`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsGetSiteConsentDetailsParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/13d09b52ca21463580b418599b46de64.html | accounts.getSiteConsentDetails reference}
 */
export function getSiteConsentDetails(invoker: Invoker, params?: AccountsGetSiteConsentDetailsParams, options?: CallOptions): Promise<GigyaResult<AccountsGetSiteConsentDetailsResponse>> {
  return invokeUnchecked(invoker, getSiteConsentDetailsMethod, params, options);
}

/** Static facts about `accounts.global.changeAccountResidency` (name, validator, error codes, response hints). */
export const globalChangeAccountResidencyMethod = /* @__PURE__ */ describeMethod(accountsGlobalChangeAccountResidencyParamsSchema, '{"name":"accounts.global.changeAccountResidency","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsGlobalChangeAccountResidencyParams, AccountsGlobalChangeAccountResidencyResponse, AccountsGlobalChangeAccountResidencyErrorCode>;

/**
 * Moves a registered user's account to another data center of a Global Access site group.
 *
 * While the move runs, accounts.getAccountInfo reports inTransition true and the account cannot be changed; calls naming it fail until the move ends.
 *
 * Calls `accounts.global.changeAccountResidency`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | documented in SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsGlobalChangeAccountResidencyParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4136217170b21014bbc5a10ce4041860.html | accounts.global.changeAccountResidency reference}
 */
export function globalChangeAccountResidency(invoker: Invoker, params: AccountsGlobalChangeAccountResidencyParams, options?: CallOptions): Promise<GigyaResult<AccountsGlobalChangeAccountResidencyResponse>> {
  return invokeUnchecked(invoker, globalChangeAccountResidencyMethod, params, options);
}

/** Static facts about `accounts.identifiers.createToken` (name, validator, error codes, response hints). */
export const identifiersCreateTokenMethod = /* @__PURE__ */ describeMethod(accountsIdentifiersCreateTokenParamsSchema, '{"name":"accounts.identifiers.createToken","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public","alwaysPresent":["aToken"]}', /* @__PURE__ */ hintsFromJson('{"aToken":"string"}')) as MethodDescriptor<AccountsIdentifiersCreateTokenParams, AccountsIdentifiersCreateTokenResponse, AccountsIdentifiersCreateTokenErrorCode>;

/**
 * Creates an aToken, a signed JWT standing for one identifier of a user, for flows with custom identifiers such as phone and password login.
 *
 * The Web SDK's method list spells this group accounts.identifier (singular); `@gigya-ts/rest-api`, the reference list and the Swift SDK's API constants use accounts.identifiers.createToken, which the catalog follows.
 *
 * Calls `accounts.identifiers.createToken`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsIdentifiersCreateTokenParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/bd88023234a143ce8a7a8104b79eab18.html | accounts.identifiers.createToken reference}
 */
export function identifiersCreateToken(invoker: Invoker, params: AccountsIdentifiersCreateTokenParams, options?: CallOptions): Promise<GigyaResult<AccountsIdentifiersCreateTokenResponse>> {
  return invokeUnchecked(invoker, identifiersCreateTokenMethod, params, options);
}

/** Static facts about `accounts.identifiers.find` (name, validator, error codes, response hints). */
export const identifiersFindMethod = /* @__PURE__ */ describeMethod(accountsIdentifiersFindParamsSchema, '{"name":"accounts.identifiers.find","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":["identifierSchema"],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"identifiers":"json"}')) as MethodDescriptor<AccountsIdentifiersFindParams, AccountsIdentifiersFindResponse, AccountsIdentifiersFindErrorCode>;

/**
 * Finds an account's UID and its other identifiers from any one identifier, including accounts too new to show up in accounts.search yet.
 *
 * `@gigya-ts/rest-api` types identifiers as an object with the four keys; they contain dots and slashes, so the catalog types a map keyed by them.
 *
 * Useful right after registration, when accounts.search does not show the account yet; follow with accounts.getAccountInfo.
 *
 * Calls `accounts.identifiers.find`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsIdentifiersFindParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/c50ab43072964e3ba6ab422436d000bd.html | accounts.identifiers.find reference}
 */
export function identifiersFind(invoker: Invoker, params: AccountsIdentifiersFindParams, options?: CallOptions): Promise<GigyaResult<AccountsIdentifiersFindResponse>> {
  return invokeUnchecked(invoker, identifiersFindMethod, params, options);
}

/** Static facts about `accounts.importAccount` (name, validator, error codes, response hints). */
export const importAccountMethod = /* @__PURE__ */ describeMethod(accountsImportAccountParamsSchema, '{"name":"accounts.importAccount","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed","deprecated":"Use importFullAccount."}', /* @__PURE__ */ hintsFromJson('{"identityConflicts":{"items":{"fields":0}},"isImported":"boolean"}', [accountsIdentityConflictHints])) as MethodDescriptor<AccountsImportAccountParams, AccountsImportAccountResponse, AccountsImportAccountErrorCode>;

/**
 * Imports one account (profile, data and a password hash given as separate params) into the accounts storage.
 *
 * The gigya npm package types pwHashRounds as text; the catalog sends the number the same way (as decimal text).
 *
 * Calls `accounts.importAccount`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Legacy: documented only in older references.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}.
 * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
 * @typeParam S - The site's schema: `{ data; preferences; subscriptions }`, each optional.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsImportAccountParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @deprecated Use importFullAccount.
 * @see {@link http://developers.gigya.com/display/GD/accounts.importAccount+REST | accounts.importAccount reference}
 */
export function importAccount<S extends SiteSchema = SiteSchema>(invoker: Invoker, params: AccountsImportAccountParams<S>, options?: CallOptions): Promise<GigyaResult<AccountsImportAccountResponse>> {
  return invokeUnchecked(invoker, importAccountMethod, params, options);
}

/** Static facts about `accounts.importFullAccount` (name, validator, error codes, response hints). */
export const importFullAccountMethod = /* @__PURE__ */ describeMethod(accountsImportFullAccountParamsSchema, '{"name":"accounts.importFullAccount","safeToRepeat":false,"errorCodes":[301001,400001,400002,400003,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,503001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"identityConflicts":{"items":{"fields":0}}}', [accountsIdentityConflictHints])) as MethodDescriptor<AccountsImportFullAccountParams, AccountsImportFullAccountResponse, AccountsImportFullAccountErrorCode>;

/**
 * Imports a complete account (profile, data, identities, login IDs, emails, password hash, consents, subscriptions) into the accounts storage, for migrations.
 *
 * Gigya answers 503001 when more than five calls for the same UID arrive within a minute; space out imports of one user.
 *
 * Params Gigya does not know are ignored; when the import succeeds anyway, the response lists the first few it skipped.
 *
 * Imported users do not count as new users in reports, no automatic emails are sent to them, and only the subscription-updated and account-progressed webhooks can fire.
 *
 * When a group of fields is given (loginIDs, for example), the whole group is replaced, not merged.
 *
 * The reference table spells the user param uid and its samples Uid; the catalog sends UID like every other accounts method.
 *
 * Calls `accounts.importFullAccount`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}; {@link https://www.npmjs.com/package/@gigya-ts/rest-api | typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
 *
 * Errors besides the common ones: 400003 UniqueIdentifierExists; 503001 ServiceUnavailableForOperation.
 * @typeParam S - The site's schema: `{ data; preferences; subscriptions }`, each optional.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsImportFullAccountParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41365a5370b21014bbc5a10ce4041860.html | accounts.importFullAccount reference}
 */
export function importFullAccount<S extends SiteSchema = SiteSchema>(invoker: Invoker, params?: AccountsImportFullAccountParams<S>, options?: CallOptions): Promise<GigyaResult<AccountsImportFullAccountResponse>> {
  return invokeUnchecked(invoker, importFullAccountMethod, params, options);
}

/** Static facts about `accounts.importLiteAccounts` (name, validator, error codes, response hints). */
export const importLiteAccountsMethod = /* @__PURE__ */ describeMethod(accountsImportLiteAccountsParamsSchema, '{"name":"accounts.importLiteAccounts","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsImportLiteAccountsParams, AccountsImportLiteAccountsResponse, AccountsImportLiteAccountsErrorCode>;

/**
 * Imports a lite account (an email address with profile, data and subscriptions, without a full registration).
 *
 * Wire name: SAP's toolkit calls accounts.importLiteAccount (singular) from its IdentitySync data flows; the package and the research list spell it importLiteAccounts, and the catalog follows them until a source settles it.
 *
 * Calls `accounts.importLiteAccounts`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
 * @typeParam S - The site's schema: `{ data; preferences; subscriptions }`, each optional.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsImportLiteAccountsParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41366d8270b21014bbc5a10ce4041860.html | accounts.importLiteAccounts reference}
 */
export function importLiteAccounts<S extends SiteSchema = SiteSchema>(invoker: Invoker, params: AccountsImportLiteAccountsParams<S>, options?: CallOptions): Promise<GigyaResult<AccountsImportLiteAccountsResponse>> {
  return invokeUnchecked(invoker, importLiteAccountsMethod, params, options);
}

/** Static facts about `accounts.importProfilePhoto` (name, validator, error codes, response hints). */
export const importProfilePhotoMethod = /* @__PURE__ */ describeMethod(accountsImportProfilePhotoParamsSchema, '{"name":"accounts.importProfilePhoto","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,409010,413004,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsImportProfilePhotoParams, AccountsImportProfilePhotoResponse, AccountsImportProfilePhotoErrorCode>;

/**
 * Imports a profile photo from a URL, as a temporary photo or published to the profile.
 *
 * Calls `accounts.importProfilePhoto`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
 *
 * Errors besides the common ones: 409010 MissingUserPhoto (inferred: The error table describes 409010 as a missing or invalid profile photo.); 413004 ProfilePhotoTooLarge (inferred: The error table describes 413004 as a profile photo that is too large.).
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsImportProfilePhotoParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413693b870b21014bbc5a10ce4041860.html | accounts.importProfilePhoto reference}
 */
export function importProfilePhoto(invoker: Invoker, params: AccountsImportProfilePhotoParams, options?: CallOptions): Promise<GigyaResult<AccountsImportProfilePhotoResponse>> {
  return invokeUnchecked(invoker, importProfilePhotoMethod, params, options);
}

/** Static facts about `accounts.incrementCounters` (name, validator, error codes, response hints). */
export const incrementCountersMethod = /* @__PURE__ */ describeMethod(accountsIncrementCountersParamsSchema, '{"name":"accounts.incrementCounters","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,409011,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsIncrementCountersParams, AccountsIncrementCountersResponse, AccountsIncrementCountersErrorCode>;

/**
 * Increments custom activity counters (Signals) of a user; register them first with accounts.registerCounters.
 *
 * Calls `accounts.incrementCounters`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Legacy: documented only in older references.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}.
 *
 * Errors besides the common ones: 409011 CounterNotRegistered (inferred: The error table describes 409011 as a counter that has not been registered.).
 * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsIncrementCountersParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link http://developers.gigya.com/display/GD/accounts.incrementCounters+REST | accounts.incrementCounters reference}
 */
export function incrementCounters(invoker: Invoker, params: AccountsIncrementCountersParams, options?: CallOptions): Promise<GigyaResult<AccountsIncrementCountersResponse>> {
  return invokeUnchecked(invoker, incrementCountersMethod, params, options);
}

/** Static facts about `accounts.initRegistration` (name, validator, error codes, response hints). */
export const initRegistrationMethod = /* @__PURE__ */ describeMethod(accountsInitRegistrationParamsSchema, '{"name":"accounts.initRegistration","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public"}', /* @__PURE__ */ hintsFromJson('{"regToken":"string"}')) as MethodDescriptor<AccountsInitRegistrationParams, AccountsInitRegistrationResponse, AccountsInitRegistrationErrorCode>;

/**
 * Starts a registration and returns the regToken that register and finalizeRegistration continue it with.
 *
 * Safe to repeat: a second call only starts another registration, and the unused token expires.
 *
 * Calls `accounts.initRegistration`. Works with an API key alone. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsInitRegistrationParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4136e1f370b21014bbc5a10ce4041860.html | accounts.initRegistration reference}
 */
export function initRegistration(invoker: Invoker, params?: AccountsInitRegistrationParams, options?: CallOptions): Promise<GigyaResult<AccountsInitRegistrationResponse>> {
  return invokeUnchecked(invoker, initRegistrationMethod, params, options);
}

/** Static facts about `accounts.isAvailableLoginID` (name, validator, error codes, response hints). */
export const isAvailableLoginIDMethod = /* @__PURE__ */ describeMethod(accountsIsAvailableLoginIDParamsSchema, '{"name":"accounts.isAvailableLoginID","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403026,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public"}', /* @__PURE__ */ hintsFromJson('{"isAvailable":"boolean"}')) as MethodDescriptor<AccountsIsAvailableLoginIDParams, AccountsIsAvailableLoginIDResponse, AccountsIsAvailableLoginIDErrorCode>;

/**
 * Tells whether a login identifier (username or email address) is still free on the site.
 *
 * With the site's preventLoginIDHarvesting policy on, unsigned calls may be refused.
 *
 * Calls `accounts.isAvailableLoginID`. Works with an API key alone. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
 *
 * Errors besides the common ones: 403026 UnauthorizedAccessError (inferred: The error table ties 403026 to harvesting protection, which exists to stop exactly this kind of check.).
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsIsAvailableLoginIDParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41370be670b21014bbc5a10ce4041860.html | accounts.isAvailableLoginID reference}
 */
export function isAvailableLoginID(invoker: Invoker, params: AccountsIsAvailableLoginIDParams, options?: CallOptions): Promise<GigyaResult<AccountsIsAvailableLoginIDResponse>> {
  return invokeUnchecked(invoker, isAvailableLoginIDMethod, params, options);
}

/** Static facts about `accounts.linkAccounts` (name, validator, error codes, response hints). */
export const linkAccountsMethod = /* @__PURE__ */ describeMethod(accountsLinkAccountsParamsSchema, '{"name":"accounts.linkAccounts","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403042,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":["include"],"access":"public"}', /* @__PURE__ */ hintsFromJson('{"UID":"string","UIDSignature":"string","communications":"json","created":"string","createdTimestamp":"number","customIdentifiers":"json","data":"json","emails":{"fields":0},"groups":{"fields":1},"iRank":"number","identities":{"items":{"fields":2}},"inTransition":"boolean","internal":"json","isActive":"boolean","isLockedOut":"boolean","isRegistered":"boolean","isVerified":"boolean","lastLogin":"string","lastLoginLocation":{"fields":3},"lastLoginTimestamp":"number","lastUpdated":"string","lastUpdatedTimestamp":"number","lockedUntil":"string","loginIDs":{"fields":4},"loginProvider":"string","oldestDataUpdated":"string","oldestDataUpdatedTimestamp":"number","password":{"fields":5},"phoneNumber":"string","preferences":"json","profile":{"fields":6},"rbaPolicy":{"fields":7},"regSource":"string","registered":"string","registeredTimestamp":"number","signatureTimestamp":"string","socialProviders":"string","subscriptions":"json","userInfo":"json","verified":"string","verifiedTimestamp":"number","regToken":"string","sessionInfo":{"fields":8},"unverifiedEmails":{"items":"string"}}', [accountsEmailsHints, accountsGroupsHints, accountsIdentityHints, accountsLoginLocationHints, accountsLoginIDsHints, accountsPasswordHints, accountsProfileHints, accountsRbaPolicyHints, accountsSessionInfoHints])) as MethodDescriptor<AccountsLinkAccountsParams, AccountsLinkAccountsResult, AccountsLinkAccountsErrorCode>;

/**
 * Links an unfinished social login or registration to an existing site account, after the user proves they own it with its login ID and password.
 *
 * Without application-key credentials Gigya treats this call as a client-side call, with client-side rate limits.
 *
 * Calls `accounts.linkAccounts`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | documented in SAP's reference}.
 *
 * Resolves with `errorCode` telling a flow state apart from a plain success: 206001 AccountPendingRegistration with `regToken`; 206002 AccountPendingVerification with `regToken`, `unverifiedEmails`.
 *
 * Errors besides the common ones: 403042 InvalidLoginId (inferred: The existing account is checked with a login ID and password, and 403042 is the answer to a wrong pair.).
 * @typeParam S - The site's schema: `{ data; preferences; subscriptions }`, each optional.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsLinkAccountsParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/2a4dabf377414d0b92a29ffba5f0970a.html | accounts.linkAccounts reference}
 */
export function linkAccounts<S extends SiteSchema = SiteSchema>(invoker: Invoker, params: AccountsLinkAccountsParams, options?: CallOptions): Promise<GigyaResult<AccountsLinkAccountsResult<S>>> {
  return invokeUnchecked(invoker, linkAccountsMethod, params, options);
}

/** Static facts about `accounts.login` (name, validator, error codes, response hints). */
export const loginMethod = /* @__PURE__ */ describeMethod(accountsLoginParamsSchema, '{"name":"accounts.login","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,401020,401021,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403041,403042,403048,403100,403101,403102,403120,409003,409030,500000,500001,500026,500028,501001,504001,504002],"csvParams":["include"],"access":"public"}', /* @__PURE__ */ hintsFromJson('{"UID":"string","UIDSignature":"string","communications":"json","created":"string","createdTimestamp":"number","customIdentifiers":"json","data":"json","emails":{"fields":0},"groups":{"fields":1},"iRank":"number","identities":{"items":{"fields":2}},"inTransition":"boolean","internal":"json","isActive":"boolean","isLockedOut":"boolean","isRegistered":"boolean","isVerified":"boolean","lastLogin":"string","lastLoginLocation":{"fields":3},"lastLoginTimestamp":"number","lastUpdated":"string","lastUpdatedTimestamp":"number","lockedUntil":"string","loginIDs":{"fields":4},"loginProvider":"string","oldestDataUpdated":"string","oldestDataUpdatedTimestamp":"number","password":{"fields":5},"phoneNumber":"string","preferences":"json","profile":{"fields":6},"rbaPolicy":{"fields":7},"regSource":"string","registered":"string","registeredTimestamp":"number","signatureTimestamp":"string","socialProviders":"string","subscriptions":"json","userInfo":"json","verified":"string","verifiedTimestamp":"number","id_token":"string","isNewUser":"boolean","regToken":"string","sessionInfo":{"fields":8},"unverifiedEmails":{"items":"string"}}', [accountsEmailsHints, accountsGroupsHints, accountsIdentityHints, accountsLoginLocationHints, accountsLoginIDsHints, accountsPasswordHints, accountsProfileHints, accountsRbaPolicyHints, accountsSessionInfoHints])) as MethodDescriptor<AccountsLoginParams, AccountsLoginResult, AccountsLoginErrorCode>;

/**
 * Logs a user in with a login ID and password (or an aToken) and opens a session. A login can also stop in a pending state (registration, verification, password change, two-factor, CAPTCHA) that the response's regToken continues.
 *
 * Without application-key credentials Gigya treats this call as a client-side call, with client-side rate limits; SAP recommends signing server calls.
 *
 * The pending states carry a regToken: 206001 (finish the registration with setAccountInfo and finalizeRegistration), 206002 (verify the email), 403100 (change the password), 403101 and 403102 (two-factor verification or registration), 409003 (the identity belongs to an existing account; see getConflictingAccount). 401020 asks for a CAPTCHA on the next try.
 *
 * Calls `accounts.login`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | documented in SAP's reference}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}.
 *
 * Resolves with `errorCode` telling a flow state apart from a plain success: 200009 AccountsLinked with `regToken`; 206001 AccountPendingRegistration with `regToken`; 206002 AccountPendingVerification with `regToken`, `unverifiedEmails`. Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 401020 LoginFailedCaptchaRequired with `regToken`; 403100 PendingPasswordChange with `regToken`; 403101 AccountPendingTfaVerification with `regToken`; 403102 AccountPendingTfaRegistration with `regToken`; 409003 EntityExistsConflict with `regToken`, `provider`, `access_token`.
 *
 * Errors besides the common ones: 401020 LoginFailedCaptchaRequired; 401021 LoginFailedWrongCaptcha; 403041 AccountDisabled (inferred: The reference says a disabled account (isActive false) cannot log in, and 403041 is the table's code for a disabled account.); 403042 InvalidLoginId; 403100 PendingPasswordChange; 403101 AccountPendingTfaVerification; 403102 AccountPendingTfaRegistration; 403120 AccountTemporarilyLockedOut; 409003 EntityExistsConflict; 409030 TooManyRequestsForSameUser (inferred: Gigya refuses more than five concurrent requests for the same UID on the accounts methods that name a user.).
 * @typeParam S - The site's schema: `{ data; preferences; subscriptions }`, each optional.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsLoginParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/683844d3c4b54104b2201efffdf558e3.html | accounts.login reference}
 */
export function login<S extends SiteSchema = SiteSchema>(invoker: Invoker, params: AccountsLoginParams, options?: CallOptions): Promise<GigyaResult<AccountsLoginResult<S>>> {
  return invokeUnchecked(invoker, loginMethod, params, options);
}

/** Static facts about `accounts.logout` (name, validator, error codes, response hints). */
export const logoutMethod = /* @__PURE__ */ describeMethod(accountsLogoutParamsSchema, '{"name":"accounts.logout","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"connectedProviders":"string"}')) as MethodDescriptor<AccountsLogoutParams, AccountsLogoutResponse, AccountsLogoutErrorCode>;

/**
 * Logs the user out of every session of the site and revokes their OpenID Connect refresh tokens.
 *
 * Calls `accounts.logout`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsLogoutParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41376ba570b21014bbc5a10ce4041860.html | accounts.logout reference}
 */
export function logout(invoker: Invoker, params: AccountsLogoutParams, options?: CallOptions): Promise<GigyaResult<AccountsLogoutResponse>> {
  return invokeUnchecked(invoker, logoutMethod, params, options);
}

/** Static facts about `accounts.notifyLogin` (name, validator, error codes, response hints). */
export const notifyLoginMethod = /* @__PURE__ */ describeMethod(accountsNotifyLoginParamsSchema, '{"name":"accounts.notifyLogin","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403043,403048,409001,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public"}', /* @__PURE__ */ hintsFromJson('{"UID":"string","UIDSignature":"string","communications":"json","created":"string","createdTimestamp":"number","customIdentifiers":"json","data":"json","emails":{"fields":0},"groups":{"fields":1},"iRank":"number","identities":{"items":{"fields":2}},"inTransition":"boolean","internal":"json","isActive":"boolean","isLockedOut":"boolean","isRegistered":"boolean","isVerified":"boolean","lastLogin":"string","lastLoginLocation":{"fields":3},"lastLoginTimestamp":"number","lastUpdated":"string","lastUpdatedTimestamp":"number","lockedUntil":"string","loginIDs":{"fields":4},"loginProvider":"string","oldestDataUpdated":"string","oldestDataUpdatedTimestamp":"number","password":{"fields":5},"phoneNumber":"string","preferences":"json","profile":{"fields":6},"rbaPolicy":{"fields":7},"regSource":"string","registered":"string","registeredTimestamp":"number","signatureTimestamp":"string","socialProviders":"string","subscriptions":"json","userInfo":"json","verified":"string","verifiedTimestamp":"number","id_token":"string","newUser":"boolean","regToken":"string","sessionInfo":{"fields":8}}', [accountsEmailsHints, accountsGroupsHints, accountsIdentityHints, accountsLoginLocationHints, accountsLoginIDsHints, accountsPasswordHints, accountsProfileHints, accountsRbaPolicyHints, accountsSessionInfoHints])) as MethodDescriptor<AccountsNotifyLoginParams, AccountsNotifyLoginResult, AccountsNotifyLoginErrorCode>;

/**
 * Tells Gigya that the site logged a user in by its own means (a site UID, or provider sessions it obtained); Gigya creates or reconnects the account and opens a session.
 *
 * A new siteUID registers a new user; a known one reconnects the returning user.
 *
 * Without application-key credentials Gigya treats this call as a client-side call, with client-side rate limits.
 *
 * Calls `accounts.notifyLogin`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | documented in SAP's reference}.
 *
 * Resolves with `errorCode` telling a flow state apart from a plain success: 206001 AccountPendingRegistration with `regToken`; 206002 AccountPendingVerification with `regToken`. Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 403043 LoginIdentifierExists with `regToken`.
 *
 * Errors besides the common ones: 403043 LoginIdentifierExists (inferred: The error table's login identifier exists, with a regToken for the older linking flow, is the answer when a provider session's email is another account's login ID.); 409001 IdentityExists (inferred: The error table's identity exists (already connected or linked) is the conflict of a provider session whose identity belongs to an account other than siteUID; socialize.importIdentities documents the same code for the same conflict.).
 * @typeParam S - The site's schema: `{ data; preferences; subscriptions }`, each optional.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsNotifyLoginParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/bd09a6608f694a4d8461c8b0cb00a75b.html | accounts.notifyLogin reference}
 */
export function notifyLogin<S extends SiteSchema = SiteSchema>(invoker: Invoker, params?: AccountsNotifyLoginParams, options?: CallOptions): Promise<GigyaResult<AccountsNotifyLoginResult<S>>> {
  return invokeUnchecked(invoker, notifyLoginMethod, params, options);
}

/** Static facts about `accounts.notifySocialLogin` (name, validator, error codes, response hints). */
export const notifySocialLoginMethod = /* @__PURE__ */ describeMethod(accountsNotifySocialLoginParamsSchema, '{"name":"accounts.notifySocialLogin","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,409003,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"id_token":"string","isAddConnection":"boolean","isDefaultApp":"boolean","isNewUser":"boolean","login_token":"string","sessionInfo":{"fields":0},"status":"string"}', [accountsSessionInfoHints])) as MethodDescriptor<AccountsNotifySocialLoginParams, AccountsNotifySocialLoginResult, AccountsNotifySocialLoginErrorCode>;

/**
 * Logs a user in (or connects or links a provider) with a session the site or app obtained from a social provider itself, e.g. through the provider's native mobile SDK.
 *
 * Calls `accounts.notifySocialLogin`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
 *
 * Resolves with `errorCode` telling a flow state apart from a plain success: 206001 AccountPendingRegistration with `regToken`. Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 409003 EntityExistsConflict with `regToken`, `provider`, `access_token`.
 *
 * Errors besides the common ones: 409003 EntityExistsConflict.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsNotifySocialLoginParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413795be70b21014bbc5a10ce4041860.html | accounts.notifySocialLogin reference}
 */
export function notifySocialLogin(invoker: Invoker, params: AccountsNotifySocialLoginParams, options?: CallOptions): Promise<GigyaResult<AccountsNotifySocialLoginResult>> {
  return invokeUnchecked(invoker, notifySocialLoginMethod, params, options);
}

/** Static facts about `accounts.otp.delete` (name, validator, error codes, response hints). */
export const otpDeleteMethod = /* @__PURE__ */ describeMethod(accountsOtpDeleteParamsSchema, '{"name":"accounts.otp.delete","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsOtpDeleteParams, AccountsOtpDeleteResponse, AccountsOtpDeleteErrorCode>;

/**
 * Removes the login phone number from a user's account.
 *
 * Calls `accounts.otp.delete`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsOtpDeleteParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/8f313cc471f549d49fcc8ab3a430aea9.html | accounts.otp.delete reference}
 */
export function otpDelete(invoker: Invoker, params: AccountsOtpDeleteParams, options?: CallOptions): Promise<GigyaResult<AccountsOtpDeleteResponse>> {
  return invokeUnchecked(invoker, otpDeleteMethod, params, options);
}

/** Static facts about `accounts.otp.login` (name, validator, error codes, response hints). */
export const otpLoginMethod = /* @__PURE__ */ describeMethod(accountsOtpLoginParamsSchema, '{"name":"accounts.otp.login","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,403101,403102,403120,500000,500001,500026,500028,501001,504001,504002],"csvParams":["include"],"access":"public"}', /* @__PURE__ */ hintsFromJson('{"UID":"string","isNewUser":"boolean","sessionInfo":{"fields":0},"regToken":"string","profile":{"fields":1},"data":"json","preferences":"json","subscriptions":"json","emails":{"fields":2},"loginIDs":{"fields":3},"identities":{"items":{"fields":4}},"id_token":"string"}', [accountsSessionInfoHints, accountsProfileHints, accountsEmailsHints, accountsLoginIDsHints, accountsIdentityHints])) as MethodDescriptor<AccountsOtpLoginParams, AccountsOtpLoginResult, AccountsOtpLoginErrorCode>;

/**
 * Logs a user in, or registers them, with the code sent by otp.sendCode (phone-number login), and opens a session.
 *
 * The account sections (profile, data, preferences, subscriptions, emails, loginIDs, identities, id_token) are not in `@gigya-ts/rest-api`'s response type; its include param adds them, and the Swift SDK reads this response as an account.
 *
 * The vToken expires after 10 minutes. The Swift SDK hands failures of this call to its interruption resolver, which handles pending registration and TFA.
 *
 * An older reference page says the code has 4 digits; the current one says 6 and warns that the length may change, hence text.
 *
 * Calls `accounts.otp.login`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
 *
 * Resolves with `errorCode` telling a flow state apart from a plain success: 206001 AccountPendingRegistration with `regToken`. Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue; 403101 AccountPendingTfaVerification with `regToken`; 403102 AccountPendingTfaRegistration with `regToken`.
 *
 * Errors besides the common ones: 403101 AccountPendingTfaVerification (inferred: Risk-Based Authentication rules apply to every login method and can ask for a second factor); 403102 AccountPendingTfaRegistration (inferred: Risk-Based Authentication rules apply to every login method and can ask the user to enrol a second factor); 403120 AccountTemporarilyLockedOut (inferred: the account lock-out of Risk-Based Authentication applies to every login method).
 * @typeParam S - The site's schema: `{ data; preferences; subscriptions }`, each optional.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsOtpLoginParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4137bbe870b21014bbc5a10ce4041860.html | accounts.otp.login reference}
 */
export function otpLogin<S extends SiteSchema = SiteSchema>(invoker: Invoker, params: AccountsOtpLoginParams, options?: CallOptions): Promise<GigyaResult<AccountsOtpLoginResult<S>>> {
  return invokeUnchecked(invoker, otpLoginMethod, params, options);
}

/** Static facts about `accounts.otp.sendCode` (name, validator, error codes, response hints). */
export const otpSendCodeMethod = /* @__PURE__ */ describeMethod(accountsOtpSendCodeParamsSchema, '{"name":"accounts.otp.sendCode","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public"}', /* @__PURE__ */ hintsFromJson('{"vToken":"string","code":"string"}')) as MethodDescriptor<AccountsOtpSendCodeParams, AccountsOtpSendCodeResponse, AccountsOtpSendCodeErrorCode>;

/**
 * Sends a one-time code by SMS (phone-number login or phone change) or by email (email verification) and returns the vToken that the next step needs.
 *
 * Each call sends a new message (a cost, and rate-limited), so it is never repeated automatically.
 *
 * vToken and code are secrets of the flow; never log them.
 *
 * Calls `accounts.otp.sendCode`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsOtpSendCodeParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4137e1be70b21014bbc5a10ce4041860.html | accounts.otp.sendCode reference}
 */
export function otpSendCode(invoker: Invoker, params: AccountsOtpSendCodeParams, options?: CallOptions): Promise<GigyaResult<AccountsOtpSendCodeResponse>> {
  return invokeUnchecked(invoker, otpSendCodeMethod, params, options);
}

/** Static facts about `accounts.otp.update` (name, validator, error codes, response hints). */
export const otpUpdateMethod = /* @__PURE__ */ describeMethod(accountsOtpUpdateParamsSchema, '{"name":"accounts.otp.update","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsOtpUpdateParams, AccountsOtpUpdateResponse, AccountsOtpUpdateErrorCode>;

/**
 * Changes the user's login phone number (or their email in an email code flow) after they enter the code sent by otp.sendCode.
 *
 * Client-side it needs an active session. A user of the Swift SDK reported 403007 (Permission denied) when calling it for an account that was still pending verification.
 *
 * Calls `accounts.otp.update`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsOtpUpdateParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413807a270b21014bbc5a10ce4041860.html | accounts.otp.update reference}
 */
export function otpUpdate(invoker: Invoker, params: AccountsOtpUpdateParams, options?: CallOptions): Promise<GigyaResult<AccountsOtpUpdateResponse>> {
  return invokeUnchecked(invoker, otpUpdateMethod, params, options);
}

/** Static facts about `accounts.policies.emailTemplates.getConfig` (name, validator, error codes, response hints). */
export const policiesEmailTemplatesGetConfigMethod = /* @__PURE__ */ describeMethod(accountsPoliciesEmailTemplatesGetConfigParamsSchema, '{"name":"accounts.policies.emailTemplates.getConfig","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"codeVerification":"json","doubleOptIn":"json","emailNotifications":"json","emailVerification":"json","impossibleTraveler":"json","magicLink":"json","passwordReset":"json","preferencesCenter":"json","twoFactorAuth":"json","unknownLocationNotification":"json"}')) as MethodDescriptor<AccountsPoliciesEmailTemplatesGetConfigParams, AccountsPoliciesEmailTemplatesGetConfigResponse, AccountsPoliciesEmailTemplatesGetConfigErrorCode>;

/**
 * Returns the site's email templates, per kind of email and language.
 *
 * The package this entry was checked against leaves the layout of each section untyped; so does the catalog, until a source describes it.
 *
 * Calls `accounts.policies.emailTemplates.getConfig`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsPoliciesEmailTemplatesGetConfigParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/8a7df13c9c00464a88b6e653472261ea.html | accounts.policies.emailTemplates.getConfig reference}
 */
export function policiesEmailTemplatesGetConfig(invoker: Invoker, params?: AccountsPoliciesEmailTemplatesGetConfigParams, options?: CallOptions): Promise<GigyaResult<AccountsPoliciesEmailTemplatesGetConfigResponse>> {
  return invokeUnchecked(invoker, policiesEmailTemplatesGetConfigMethod, params, options);
}

/** Static facts about `accounts.policies.emailTemplates.setConfig` (name, validator, error codes, response hints). */
export const policiesEmailTemplatesSetConfigMethod = /* @__PURE__ */ describeMethod(accountsPoliciesEmailTemplatesSetConfigParamsSchema, '{"name":"accounts.policies.emailTemplates.setConfig","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsPoliciesEmailTemplatesSetConfigParams, AccountsPoliciesEmailTemplatesSetConfigResponse, AccountsPoliciesEmailTemplatesSetConfigErrorCode>;

/**
 * Changes the site's email templates; only the kinds of email sent change.
 *
 * Calls `accounts.policies.emailTemplates.setConfig`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsPoliciesEmailTemplatesSetConfigParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/277d048b59634c8ca33de401290e58ca.html | accounts.policies.emailTemplates.setConfig reference}
 */
export function policiesEmailTemplatesSetConfig(invoker: Invoker, params?: AccountsPoliciesEmailTemplatesSetConfigParams, options?: CallOptions): Promise<GigyaResult<AccountsPoliciesEmailTemplatesSetConfigResponse>> {
  return invokeUnchecked(invoker, policiesEmailTemplatesSetConfigMethod, params, options);
}

/** Static facts about `accounts.progression.getPolicy` (name, validator, error codes, response hints). */
export const progressionGetPolicyMethod = /* @__PURE__ */ describeMethod(accountsProgressionGetPolicyParamsSchema, '{"name":"accounts.progression.getPolicy","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"policy":"string"}')) as MethodDescriptor<AccountsProgressionGetPolicyParams, AccountsProgressionGetPolicyResponse, AccountsProgressionGetPolicyErrorCode>;

/**
 * Returns the site's account progression policy.
 *
 * With either policy the user can no longer reach the data through the Lite Preferences Center after progressing.
 *
 * Calls `accounts.progression.getPolicy`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsProgressionGetPolicyParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41381aaa70b21014bbc5a10ce4041860.html | accounts.progression.getPolicy reference}
 */
export function progressionGetPolicy(invoker: Invoker, params?: AccountsProgressionGetPolicyParams, options?: CallOptions): Promise<GigyaResult<AccountsProgressionGetPolicyResponse>> {
  return invokeUnchecked(invoker, progressionGetPolicyMethod, params, options);
}

/** Static facts about `accounts.progression.setPolicy` (name, validator, error codes, response hints). */
export const progressionSetPolicyMethod = /* @__PURE__ */ describeMethod(accountsProgressionSetPolicyParamsSchema, '{"name":"accounts.progression.setPolicy","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsProgressionSetPolicyParams, AccountsProgressionSetPolicyResponse, AccountsProgressionSetPolicyErrorCode>;

/**
 * Sets the site's account progression policy for users who move from a lite to a full account.
 *
 * The reference accepts only auto today; the catalog keeps the list open for values Gigya adds.
 *
 * Calls `accounts.progression.setPolicy`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsProgressionSetPolicyParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41382da770b21014bbc5a10ce4041860.html | accounts.progression.setPolicy reference}
 */
export function progressionSetPolicy(invoker: Invoker, params: AccountsProgressionSetPolicyParams, options?: CallOptions): Promise<GigyaResult<AccountsProgressionSetPolicyResponse>> {
  return invokeUnchecked(invoker, progressionSetPolicyMethod, params, options);
}

/** Static facts about `accounts.publishProfilePhoto` (name, validator, error codes, response hints). */
export const publishProfilePhotoMethod = /* @__PURE__ */ describeMethod(accountsPublishProfilePhotoParamsSchema, '{"name":"accounts.publishProfilePhoto","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,409010,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsPublishProfilePhotoParams, AccountsPublishProfilePhotoResponse, AccountsPublishProfilePhotoErrorCode>;

/**
 * Publishes the photo last uploaded with importProfilePhoto or setProfilePhoto to the user's profile, with a thumbnail.
 *
 * graze's method list spells it publicProfilePhoto, a typo of this name.
 *
 * Calls `accounts.publishProfilePhoto`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
 *
 * Errors besides the common ones: 409010 MissingUserPhoto (inferred: The error table describes 409010 as a missing or invalid profile photo, the state before any upload.).
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsPublishProfilePhotoParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413840aa70b21014bbc5a10ce4041860.html | accounts.publishProfilePhoto reference}
 */
export function publishProfilePhoto(invoker: Invoker, params?: AccountsPublishProfilePhotoParams, options?: CallOptions): Promise<GigyaResult<AccountsPublishProfilePhotoResponse>> {
  return invokeUnchecked(invoker, publishProfilePhotoMethod, params, options);
}

/** Static facts about `accounts.rba.getPolicy` (name, validator, error codes, response hints). */
export const rbaGetPolicyMethod = /* @__PURE__ */ describeMethod(accountsRbaGetPolicyParamsSchema, '{"name":"accounts.rba.getPolicy","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"policy":{"fields":0}}', [accountsRbaSitePolicyHints])) as MethodDescriptor<AccountsRbaGetPolicyParams, AccountsRbaGetPolicyResponse, AccountsRbaGetPolicyErrorCode>;

/**
 * Returns the site's RBA policy; a child site of a group gets its parent's, and a site without a custom policy gets the default one.
 *
 * `@gigya-ts/rest-api` types policy as unknown; the RbaSitePolicy shape rests on the responses in SAP's configuration toolkit, and its rule conditions stay open objects.
 *
 * Calls `accounts.rba.getPolicy`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsRbaGetPolicyParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413853eb70b21014bbc5a10ce4041860.html | accounts.rba.getPolicy reference}
 */
export function rbaGetPolicy(invoker: Invoker, params?: AccountsRbaGetPolicyParams, options?: CallOptions): Promise<GigyaResult<AccountsRbaGetPolicyResponse>> {
  return invokeUnchecked(invoker, rbaGetPolicyMethod, params, options);
}

/** Static facts about `accounts.rba.lock` (name, validator, error codes, response hints). */
export const rbaLockMethod = /* @__PURE__ */ describeMethod(accountsRbaLockParamsSchema, '{"name":"accounts.rba.lock","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsRbaLockParams, AccountsRbaLockResponse, AccountsRbaLockErrorCode>;

/**
 * Locks an account, by UID or loginID, or an IP address, for a given time.
 *
 * Calls `accounts.rba.lock`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsRbaLockParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413866d370b21014bbc5a10ce4041860.html | accounts.rba.lock reference}
 */
export function rbaLock(invoker: Invoker, params?: AccountsRbaLockParams, options?: CallOptions): Promise<GigyaResult<AccountsRbaLockResponse>> {
  return invokeUnchecked(invoker, rbaLockMethod, params, options);
}

/** Static facts about `accounts.rba.sdkConfiguration.get` (name, validator, error codes, response hints). */
export const rbaSdkConfigurationGetMethod = /* @__PURE__ */ describeMethod(accountsRbaSdkConfigurationGetParamsSchema, '{"name":"accounts.rba.sdkConfiguration.get","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"result":{"items":{"fields":0}}}', [accountsRbaSdkTypeHints])) as MethodDescriptor<AccountsRbaSdkConfigurationGetParams, AccountsRbaSdkConfigurationGetResponse, AccountsRbaSdkConfigurationGetErrorCode>;

/**
 * Lists the SDK types seen on the site with the versions allowed to call it, for blocking old or unknown SDKs.
 *
 * Calls `accounts.rba.sdkConfiguration.get`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsRbaSdkConfigurationGetParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/ee51584c371945a799d4f7d9cbeb77e1.html | accounts.rba.sdkConfiguration.get reference}
 */
export function rbaSdkConfigurationGet(invoker: Invoker, params?: AccountsRbaSdkConfigurationGetParams, options?: CallOptions): Promise<GigyaResult<AccountsRbaSdkConfigurationGetResponse>> {
  return invokeUnchecked(invoker, rbaSdkConfigurationGetMethod, params, options);
}

/** Static facts about `accounts.rba.setPolicy` (name, validator, error codes, response hints). */
export const rbaSetPolicyMethod = /* @__PURE__ */ describeMethod(accountsRbaSetPolicyParamsSchema, '{"name":"accounts.rba.setPolicy","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsRbaSetPolicyParams, AccountsRbaSetPolicyResponse, AccountsRbaSetPolicyErrorCode>;

/**
 * Replaces the RBA policy of a site or of a site group's parent site.
 *
 * SAP's configuration toolkit copies policies by passing the policy object of rba.getPolicy unchanged; `@gigya-ts/rest-api` types it as unknown.
 *
 * Calls `accounts.rba.setPolicy`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsRbaSetPolicyParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413879cb70b21014bbc5a10ce4041860.html | accounts.rba.setPolicy reference}
 */
export function rbaSetPolicy(invoker: Invoker, params: AccountsRbaSetPolicyParams, options?: CallOptions): Promise<GigyaResult<AccountsRbaSetPolicyResponse>> {
  return invokeUnchecked(invoker, rbaSetPolicyMethod, params, options);
}

/** Static facts about `accounts.rba.unlock` (name, validator, error codes, response hints). */
export const rbaUnlockMethod = /* @__PURE__ */ describeMethod(accountsRbaUnlockParamsSchema, '{"name":"accounts.rba.unlock","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsRbaUnlockParams, AccountsRbaUnlockResponse, AccountsRbaUnlockErrorCode>;

/**
 * Unlocks an account, by UID or loginID, or an IP address.
 *
 * Calls `accounts.rba.unlock`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsRbaUnlockParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41388cd270b21014bbc5a10ce4041860.html | accounts.rba.unlock reference}
 */
export function rbaUnlock(invoker: Invoker, params?: AccountsRbaUnlockParams, options?: CallOptions): Promise<GigyaResult<AccountsRbaUnlockResponse>> {
  return invokeUnchecked(invoker, rbaUnlockMethod, params, options);
}

/** Static facts about `accounts.register` (name, validator, error codes, response hints). */
export const registerMethod = /* @__PURE__ */ describeMethod(accountsRegisterParamsSchema, '{"name":"accounts.register","safeToRepeat":false,"errorCodes":[301001,400001,400002,400003,400004,400006,400008,400009,400021,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403043,403044,403048,409003,500000,500001,500026,500028,501001,504001,504002],"csvParams":["include"],"access":"public"}', /* @__PURE__ */ hintsFromJson('{"UID":"string","UIDSignature":"string","communications":"json","created":"string","createdTimestamp":"number","customIdentifiers":"json","data":"json","emails":{"fields":0},"groups":{"fields":1},"iRank":"number","identities":{"items":{"fields":2}},"inTransition":"boolean","internal":"json","isActive":"boolean","isLockedOut":"boolean","isRegistered":"boolean","isVerified":"boolean","lastLogin":"string","lastLoginLocation":{"fields":3},"lastLoginTimestamp":"number","lastUpdated":"string","lastUpdatedTimestamp":"number","lockedUntil":"string","loginIDs":{"fields":4},"loginProvider":"string","oldestDataUpdated":"string","oldestDataUpdatedTimestamp":"number","password":{"fields":5},"phoneNumber":"string","preferences":"json","profile":{"fields":6},"rbaPolicy":{"fields":7},"regSource":"string","registered":"string","registeredTimestamp":"number","signatureTimestamp":"string","socialProviders":"string","subscriptions":"json","userInfo":"json","verified":"string","verifiedTimestamp":"number","newUser":"boolean","regToken":"string","sessionInfo":{"fields":8},"unverifiedEmails":{"items":"string"},"validationErrors":{"items":{"fields":9}}}', [accountsEmailsHints, accountsGroupsHints, accountsIdentityHints, accountsLoginLocationHints, accountsLoginIDsHints, accountsPasswordHints, accountsProfileHints, accountsRbaPolicyHints, accountsSessionInfoHints, accountsValidationErrorHints])) as MethodDescriptor<AccountsRegisterParams, AccountsRegisterResult, AccountsRegisterErrorCode>;

/**
 * Registers a new site account with a login ID and password, checked against the site's policies and schema; it can finalize the registration at once or leave it pending.
 *
 * Calls `accounts.register`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
 *
 * Resolves with `errorCode` telling a flow state apart from a plain success: 206001 AccountPendingRegistration with `regToken`; 206002 AccountPendingVerification with `regToken`, `unverifiedEmails`. Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue with `validationErrors`; 400009 ValidationError with `validationErrors`; 403043 LoginIdentifierExists with `regToken`; 409003 EntityExistsConflict with `regToken`, `provider`, `access_token`.
 *
 * Errors besides the common ones: 400003 UniqueIdentifierExists (inferred: Registering a login ID (email or username) that another account uses is what 400003 reports.); 400009 ValidationError; 400021 CaptchaVerificationFailed; 403043 LoginIdentifierExists (inferred: The error table's "login identifier exists" applies when the new login ID belongs to another account.); 403044 UnderageUser (inferred: The error table ties 403044 to the site's minimum-age policy, which registration enforces.); 409003 EntityExistsConflict.
 * @typeParam S - The site's schema: `{ data; preferences; subscriptions }`, each optional.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsRegisterParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/1fe26c820cd145cd8c927a497c33d935.html | accounts.register reference}
 */
export function register<S extends SiteSchema = SiteSchema>(invoker: Invoker, params?: AccountsRegisterParams<S>, options?: CallOptions): Promise<GigyaResult<AccountsRegisterResult<S>>> {
  return invokeUnchecked(invoker, registerMethod, params, options);
}

/** Static facts about `accounts.registerCounters` (name, validator, error codes, response hints). */
export const registerCountersMethod = /* @__PURE__ */ describeMethod(accountsRegisterCountersParamsSchema, '{"name":"accounts.registerCounters","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsRegisterCountersParams, AccountsRegisterCountersResponse, AccountsRegisterCountersErrorCode>;

/**
 * Registers custom counters (class and path) for the site, so incrementCounters can count them.
 *
 * Calls `accounts.registerCounters`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Legacy: documented only in older references.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}.
 * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsRegisterCountersParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link http://developers.gigya.com/display/GD/accounts.registerCounters+REST | accounts.registerCounters reference}
 */
export function registerCounters(invoker: Invoker, params: AccountsRegisterCountersParams, options?: CallOptions): Promise<GigyaResult<AccountsRegisterCountersResponse>> {
  return invokeUnchecked(invoker, registerCountersMethod, params, options);
}

/** Static facts about `accounts.removeEmails` (name, validator, error codes, response hints). */
export const removeEmailsMethod = /* @__PURE__ */ describeMethod(accountsRemoveEmailsParamsSchema, '{"name":"accounts.removeEmails","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,409030,500000,500001,500026,500028,501001,504001,504002],"csvParams":["unverifiedEmails","verifiedEmails"],"access":"signed"}') as MethodDescriptor<AccountsRemoveEmailsParams, AccountsRemoveEmailsResponse, AccountsRemoveEmailsErrorCode>;

/**
 * Removes email addresses from an account's verified or unverified addresses.
 *
 * Calls `accounts.removeEmails`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 *
 * Errors besides the common ones: 409030 TooManyRequestsForSameUser (inferred: Gigya refuses more than five concurrent requests for the same UID on the accounts methods that name a user.).
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsRemoveEmailsParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/d5d894b89e3f41e885d322bcaee36bea.html | accounts.removeEmails reference}
 */
export function removeEmails(invoker: Invoker, params?: AccountsRemoveEmailsParams, options?: CallOptions): Promise<GigyaResult<AccountsRemoveEmailsResponse>> {
  return invokeUnchecked(invoker, removeEmailsMethod, params, options);
}

/** Static facts about `accounts.resendDOIConfirmationEmail` (name, validator, error codes, response hints). */
export const resendDOIConfirmationEmailMethod = /* @__PURE__ */ describeMethod(accountsResendDOIConfirmationEmailParamsSchema, '{"name":"accounts.resendDOIConfirmationEmail","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsResendDOIConfirmationEmailParams, AccountsResendDOIConfirmationEmailResponse, AccountsResendDOIConfirmationEmailErrorCode>;

/**
 * Sends the double opt-in confirmation email of a subscription again.
 *
 * Not safe to repeat: a retried call sends the email twice.
 *
 * Calls `accounts.resendDOIConfirmationEmail`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsResendDOIConfirmationEmailParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4138cb4370b21014bbc5a10ce4041860.html | accounts.resendDOIConfirmationEmail reference}
 */
export function resendDOIConfirmationEmail(invoker: Invoker, params: AccountsResendDOIConfirmationEmailParams, options?: CallOptions): Promise<GigyaResult<AccountsResendDOIConfirmationEmailResponse>> {
  return invokeUnchecked(invoker, resendDOIConfirmationEmailMethod, params, options);
}

/** Static facts about `accounts.resendVerificationCode` (name, validator, error codes, response hints). */
export const resendVerificationCodeMethod = /* @__PURE__ */ describeMethod(accountsResendVerificationCodeParamsSchema, '{"name":"accounts.resendVerificationCode","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsResendVerificationCodeParams, AccountsResendVerificationCodeResponse, AccountsResendVerificationCodeErrorCode>;

/**
 * Sends the verification email again to the account's unverified addresses, or to one address (which is added to the account when new).
 *
 * Not safe to repeat: a retried call sends the email twice.
 *
 * Calls `accounts.resendVerificationCode`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsResendVerificationCodeParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4138f19d70b21014bbc5a10ce4041860.html | accounts.resendVerificationCode reference}
 */
export function resendVerificationCode(invoker: Invoker, params?: AccountsResendVerificationCodeParams, options?: CallOptions): Promise<GigyaResult<AccountsResendVerificationCodeResponse>> {
  return invokeUnchecked(invoker, resendVerificationCodeMethod, params, options);
}

/** Static facts about `accounts.resetPassword` (name, validator, error codes, response hints). */
export const resetPasswordMethod = /* @__PURE__ */ describeMethod(accountsResetPasswordParamsSchema, '{"name":"accounts.resetPassword","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400009,400050,400092,400093,400094,400095,401030,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403047,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public"}', /* @__PURE__ */ hintsFromJson('{"UID":"string","emails":{"fields":0},"passwordResetToken":"string","secretQuestion":"string"}', [accountsEmailsHints])) as MethodDescriptor<AccountsResetPasswordParams, AccountsResetPasswordResponse, AccountsResetPasswordErrorCode>;

/**
 * Resets a password, in two steps (an email with a reset link or token, then the new password with that token) or at once with a security answer or security fields.
 *
 * Not safe to repeat: the first step sends an email, and each call revokes the tokens before it.
 *
 * Calls `accounts.resetPassword`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400009 ValidationError; 400050 SecurityVerificationFailed with `secretQuestion`.
 *
 * Errors besides the common ones: 400009 ValidationError (inferred: A new password that breaks the password policy fails validation.); 400050 SecurityVerificationFailed; 401030 OldPasswordUsed (inferred: With a password history policy, reusing an earlier password is what 401030 reports.); 403047 LoginIdDoesNotExist (inferred: A loginID no account uses is what 403047 reports.).
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsResetPasswordParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/559574624b634e5a955e0f7eeba01c07.html | accounts.resetPassword reference}
 */
export function resetPassword(invoker: Invoker, params?: AccountsResetPasswordParams, options?: CallOptions): Promise<GigyaResult<AccountsResetPasswordResponse>> {
  return invokeUnchecked(invoker, resetPasswordMethod, params, options);
}

/** Static facts about `accounts.resetSitePreferences` (name, validator, error codes, response hints). */
export const resetSitePreferencesMethod = /* @__PURE__ */ describeMethod(accountsResetSitePreferencesParamsSchema, '{"name":"accounts.resetSitePreferences","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsResetSitePreferencesParams, AccountsResetSitePreferencesResponse, AccountsResetSitePreferencesErrorCode>;

/**
 * Resets a user's consents on a site, so the user is asked for them again.
 *
 * Calls `accounts.resetSitePreferences`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsResetSitePreferencesParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413917bf70b21014bbc5a10ce4041860.html | accounts.resetSitePreferences reference}
 */
export function resetSitePreferences(invoker: Invoker, params?: AccountsResetSitePreferencesParams, options?: CallOptions): Promise<GigyaResult<AccountsResetSitePreferencesResponse>> {
  return invokeUnchecked(invoker, resetSitePreferencesMethod, params, options);
}

/** Static facts about `accounts.search` (name, validator, error codes, response hints). */
export const searchMethod = /* @__PURE__ */ describeMethod(accountsSearchParamsSchema, '{"name":"accounts.search","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":["accountTypes"],"access":"signed","cursor":{"open":"openCursor","param":"cursorId","next":"nextCursorId","items":"results","pageSize":{"param":"query","clause":"LIMIT"}}}', /* @__PURE__ */ hintsFromJson('{"missing":"number","nextCursorId":"string","objectsCount":"number","results":{"items":{"fields":0}},"totalCount":"number"}', [accountsAccountHints])) as MethodDescriptor<AccountsSearchParams, AccountsSearchResponse, AccountsSearchErrorCode>;

/**
 * Queries the accounts storage with an SQL-like query (SELECT … FROM accounts | emailAccounts | communications WHERE … ORDER BY … LIMIT …), with cursors for large result sets.
 *
 * Clauses go in this order: SELECT, FROM, WHERE, FILTER, ORDER BY, then START and/or LIMIT. LIMIT is 300 by default and at most 10000; without a cursor a query returns at most 5000 rows in all, and START (at most 5000) cannot be combined with a cursor.
 *
 * Written data can take a second or so (at most about 30 s) to show up in searches. Deleted accounts never appear, and search does not return subscriptions or password hashes; read those with getAccountInfo.
 *
 * Encrypted fields match only exactly (= and !=, or CONTAINS with the whole value); ORDER BY, ranges and regex do not work on them.
 *
 * Use POST rather than GET for direct calls; the client always posts.
 *
 * Calls `accounts.search`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}; {@link https://www.npmjs.com/package/@gigya-ts/rest-api | typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
 * @typeParam S - The site's schema: `{ data; preferences; subscriptions }`, each optional.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsSearchParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/b32ce0918af44c3ebd7e96650fa6cc1d.html | accounts.search reference}
 */
export function search<S extends SiteSchema = SiteSchema>(invoker: Invoker, params?: AccountsSearchParams, options?: CallOptions): Promise<GigyaResult<AccountsSearchResponse<S>>> {
  return invokeUnchecked(invoker, searchMethod, params, options);
}

/** Static facts about `accounts.sendLiteInvite` (name, validator, error codes, response hints). */
export const sendLiteInviteMethod = /* @__PURE__ */ describeMethod(accountsSendLiteInviteParamsSchema, '{"name":"accounts.sendLiteInvite","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsSendLiteInviteParams, AccountsSendLiteInviteResponse, AccountsSendLiteInviteErrorCode>;

/**
 * Emails a lite account user an invitation link to the site's preferences center.
 *
 * Not safe to repeat: a retried call sends the email twice.
 *
 * Calls `accounts.sendLiteInvite`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsSendLiteInviteParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4139643c70b21014bbc5a10ce4041860.html | accounts.sendLiteInvite reference}
 */
export function sendLiteInvite(invoker: Invoker, params?: AccountsSendLiteInviteParams, options?: CallOptions): Promise<GigyaResult<AccountsSendLiteInviteResponse>> {
  return invokeUnchecked(invoker, sendLiteInviteMethod, params, options);
}

/** Static facts about `accounts.session.verify` (name, validator, error codes, response hints). */
export const sessionVerifyMethod = /* @__PURE__ */ describeMethod(accountsSessionVerifyParamsSchema, '{"name":"accounts.session.verify","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsSessionVerifyParams, AccountsSessionVerifyResponse, AccountsSessionVerifyErrorCode>;

/**
 * Checks that the OAuth2 access token of the call belongs to a valid session.
 *
 * The token goes in the oauth_token param, which the client sends from the credentials (an OAuth2 token credential); the method has no params of its own.
 *
 * Calls `accounts.session.verify`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsSessionVerifyParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/6e5f013e6369493091d086c56d842862.html | accounts.session.verify reference}
 */
export function sessionVerify(invoker: Invoker, params?: AccountsSessionVerifyParams, options?: CallOptions): Promise<GigyaResult<AccountsSessionVerifyResponse>> {
  return invokeUnchecked(invoker, sessionVerifyMethod, params, options);
}

/** Static facts about `accounts.setAccountInfo` (name, validator, error codes, response hints). */
export const setAccountInfoMethod = /* @__PURE__ */ describeMethod(accountsSetAccountInfoParamsSchema, '{"name":"accounts.setAccountInfo","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400009,400092,400093,400094,400095,401030,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403043,403048,409030,500000,500001,500026,500028,501001,504001,504002],"csvParams":["addLoginEmails","removeLoginEmails"],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"UID":"string","validationErrors":{"items":{"fields":0}}}', [accountsValidationErrorHints])) as MethodDescriptor<AccountsSetAccountInfoParams, AccountsSetAccountInfoResult, AccountsSetAccountInfoErrorCode>;

/**
 * Changes an account. Only the params sent change; objects such as profile, data and subscriptions are merged field by field, so send only the fields that change.
 *
 * The properties apply to full accounts; lite accounts accept only some of them.
 *
 * A user who registered with a social identity and then reset the password gets a site login but no site identity; only setAccountInfo creates the site identity.
 *
 * Calls `accounts.setAccountInfo`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}; {@link https://www.npmjs.com/package/@gigya-ts/rest-api | typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 *
 * Resolves with `errorCode` telling a flow state apart from a plain success: 200010 OkWithErrorLoginIdentifierExists with `regToken`. Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue with `validationErrors`; 400009 ValidationError with `validationErrors`; 403043 LoginIdentifierExists with `regToken`.
 *
 * Errors besides the common ones: 400009 ValidationError; 401030 OldPasswordUsed (inferred: With a password history policy, reusing an earlier password as newPassword is what 401030 reports.); 403043 LoginIdentifierExists; 409030 TooManyRequestsForSameUser (inferred: Gigya refuses more than five concurrent requests for the same UID on the accounts methods that name a user.).
 * @typeParam S - The site's schema: `{ data; preferences; subscriptions }`, each optional.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsSetAccountInfoParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41398a8670b21014bbc5a10ce4041860.html | accounts.setAccountInfo reference}
 */
export function setAccountInfo<S extends SiteSchema = SiteSchema>(invoker: Invoker, params?: AccountsSetAccountInfoParams<S>, options?: CallOptions): Promise<GigyaResult<AccountsSetAccountInfoResult>> {
  return invokeUnchecked(invoker, setAccountInfoMethod, params, options);
}

/** Static facts about `accounts.setPassword` (name, validator, error codes, response hints). */
export const setPasswordMethod = /* @__PURE__ */ describeMethod(accountsSetPasswordParamsSchema, '{"name":"accounts.setPassword","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400009,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403042,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed","deprecated":"Use setAccountInfo (password and newPassword, or securityOverride) or resetPassword."}') as MethodDescriptor<AccountsSetPasswordParams, AccountsSetPasswordResponse, AccountsSetPasswordErrorCode>;

/**
 * Sets a user's password from a server call. Listed by a 2016-2020 client only; the current reference changes passwords through setAccountInfo and resetPassword.
 *
 * Only graze's method list names it and no stored source gives its params; prefer setAccountInfo.
 *
 * Calls `accounts.setPassword`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Legacy: documented only in older references.
 *
 * Where this comes from: {@link https://github.com/graze/gigya-client | Listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; Recalled, not confirmed by a stored source.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400009 ValidationError.
 *
 * Errors besides the common ones: 400009 ValidationError (inferred: A newPassword that fails the site's password policy is refused with this code by setAccountInfo, whose password change this method is.); 403042 InvalidLoginId (inferred: A wrong current password is answered with this code by login and by setAccountInfo's password change.).
 * @remarks This method is recalled, not confirmed by a stored source: treat its params and fields as unverified.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsSetPasswordParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @deprecated Use setAccountInfo (password and newPassword, or securityOverride) or resetPassword.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | accounts reference} (no page of its own)
 */
export function setPassword(invoker: Invoker, params: AccountsSetPasswordParams, options?: CallOptions): Promise<GigyaResult<AccountsSetPasswordResponse>> {
  return invokeUnchecked(invoker, setPasswordMethod, params, options);
}

/** Static facts about `accounts.setPolicies` (name, validator, error codes, response hints). */
export const setPoliciesMethod = /* @__PURE__ */ describeMethod(accountsSetPoliciesParamsSchema, '{"name":"accounts.setPolicies","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsSetPoliciesParams, AccountsSetPoliciesResponse, AccountsSetPoliciesErrorCode>;

/**
 * Changes the site's account policies. Only the sections sent change, and within them only the properties sent.
 *
 * Member sites of a group inherit some sections from the group and cannot set them (SAP's toolkit leaves out authentication, passwordComplexity, profilePhoto and federation, and parts of accountOptions, registration, security and twoFactorAuth, when it copies policies to a member site).
 *
 * The gigya npm package lets a section be null; no stored source says what null does, so the catalog takes objects only.
 *
 * Calls `accounts.setPolicies`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsSetPoliciesParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link http://developers.gigya.com/display/GD/accounts.setPolicies+REST | accounts.setPolicies reference}
 */
export function setPolicies(invoker: Invoker, params?: AccountsSetPoliciesParams, options?: CallOptions): Promise<GigyaResult<AccountsSetPoliciesResponse>> {
  return invokeUnchecked(invoker, setPoliciesMethod, params, options);
}

/** Static facts about `accounts.setProfilePhoto` (name, validator, error codes, response hints). */
export const setProfilePhotoMethod = /* @__PURE__ */ describeMethod(accountsSetProfilePhotoParamsSchema, '{"name":"accounts.setProfilePhoto","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,413004,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsSetProfilePhotoParams, AccountsSetProfilePhotoResponse, AccountsSetProfilePhotoErrorCode>;

/**
 * Uploads a profile photo (Base64 bytes), as a temporary photo or published to the profile.
 *
 * Calls `accounts.setProfilePhoto`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
 *
 * Errors besides the common ones: 413004 ProfilePhotoTooLarge (inferred: The reference caps the photo at 6 MB, and 413004 is the table's code for a profile photo that is too large.).
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsSetProfilePhotoParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4139fc6970b21014bbc5a10ce4041860.html | accounts.setProfilePhoto reference}
 */
export function setProfilePhoto(invoker: Invoker, params?: AccountsSetProfilePhotoParams, options?: CallOptions): Promise<GigyaResult<AccountsSetProfilePhotoResponse>> {
  return invokeUnchecked(invoker, setProfilePhotoMethod, params, options);
}

/** Static facts about `accounts.setSchema` (name, validator, error codes, response hints). */
export const setSchemaMethod = /* @__PURE__ */ describeMethod(accountsSetSchemaParamsSchema, '{"name":"accounts.setSchema","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsSetSchemaParams, AccountsSetSchemaResponse, AccountsSetSchemaErrorCode>;

/**
 * Defines or changes fields of the site schema (type, required, write access, encryption, format) for the profile, data, subscriptions, preferences, internal and addresses parts.
 *
 * A field's type cannot change once it holds data, and encryption cannot be undone.
 *
 * The package this entry was checked against types no params here; the params come from the gigya npm package, the research facts and SAP's toolkit.
 *
 * Calls `accounts.setSchema`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}; {@link https://www.npmjs.com/package/@gigya-ts/rest-api | typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsSetSchemaParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413a0faa70b21014bbc5a10ce4041860.html | accounts.setSchema reference}
 */
export function setSchema(invoker: Invoker, params?: AccountsSetSchemaParams, options?: CallOptions): Promise<GigyaResult<AccountsSetSchemaResponse>> {
  return invokeUnchecked(invoker, setSchemaMethod, params, options);
}

/** Static facts about `accounts.setScreenSet` (name, validator, error codes, response hints). */
export const setScreenSetMethod = /* @__PURE__ */ describeMethod(accountsSetScreenSetParamsSchema, '{"name":"accounts.setScreenSet","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsSetScreenSetParams, AccountsSetScreenSetResponse, AccountsSetScreenSetErrorCode>;

/**
 * Creates or replaces a hosted screen-set (its markup, style, translations and hooks).
 *
 * Calls `accounts.setScreenSet`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsSetScreenSetParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413a22ad70b21014bbc5a10ce4041860.html | accounts.setScreenSet reference}
 */
export function setScreenSet(invoker: Invoker, params: AccountsSetScreenSetParams, options?: CallOptions): Promise<GigyaResult<AccountsSetScreenSetResponse>> {
  return invokeUnchecked(invoker, setScreenSetMethod, params, options);
}

/** Static facts about `accounts.sms.config.get` (name, validator, error codes, response hints). */
export const smsConfigGetMethod = /* @__PURE__ */ describeMethod(accountsSmsConfigGetParamsSchema, '{"name":"accounts.sms.config.get","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"smsProviderConfig":{"fields":0}}', [accountsSmsProviderConfigHints])) as MethodDescriptor<AccountsSmsConfigGetParams, AccountsSmsConfigGetResponse, AccountsSmsConfigGetErrorCode>;

/**
 * Returns the SMS provider settings that apply to the site, from the lowest level that has some (site, then site group, then partner).
 *
 * `@gigya-ts/rest-api` marks configOverride and restrictions always present; its description names only vendorName and credentials as needed, so those two are the required fields here.
 *
 * The answer includes the provider credentials; treat it as secret.
 *
 * Calls `accounts.sms.config.get`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsSmsConfigGetParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/96386b7e9d3f4dd2ba6db6ae17636f42.html | accounts.sms.config.get reference}
 */
export function smsConfigGet(invoker: Invoker, params?: AccountsSmsConfigGetParams, options?: CallOptions): Promise<GigyaResult<AccountsSmsConfigGetResponse>> {
  return invokeUnchecked(invoker, smsConfigGetMethod, params, options);
}

/** Static facts about `accounts.sms.config.set` (name, validator, error codes, response hints). */
export const smsConfigSetMethod = /* @__PURE__ */ describeMethod(accountsSmsConfigSetParamsSchema, '{"name":"accounts.sms.config.set","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsSmsConfigSetParams, AccountsSmsConfigSetResponse, AccountsSmsConfigSetErrorCode>;

/**
 * Sets the site-level SMS provider settings, replacing any existing site-level ones.
 *
 * The params carry the provider's clientSecret; they must be redacted wherever params are shown.
 *
 * Calls `accounts.sms.config.set`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsSmsConfigSetParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/2f7844ac20964d0a90154d2e7982715d.html | accounts.sms.config.set reference}
 */
export function smsConfigSet(invoker: Invoker, params: AccountsSmsConfigSetParams, options?: CallOptions): Promise<GigyaResult<AccountsSmsConfigSetResponse>> {
  return invokeUnchecked(invoker, smsConfigSetMethod, params, options);
}

/** Static facts about `accounts.sms.templates.get` (name, validator, error codes, response hints). */
export const smsTemplatesGetMethod = /* @__PURE__ */ describeMethod(accountsSmsTemplatesGetParamsSchema, '{"name":"accounts.sms.templates.get","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"templates":{"fields":0}}', [accountsSmsTemplatesHints])) as MethodDescriptor<AccountsSmsTemplatesGetParams, AccountsSmsTemplatesGetResponse, AccountsSmsTemplatesGetErrorCode>;

/**
 * Returns the site's SMS templates for one-time codes and TFA, per language and country.
 *
 * `@gigya-ts/rest-api` marks globalTemplates and templatesPerCountryCode always present; a response in SAP's toolkit has an otp flow without templatesPerCountryCode, so both are optional.
 *
 * Calls `accounts.sms.templates.get`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsSmsTemplatesGetParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/215367b5a1604283899d505811964492.html | accounts.sms.templates.get reference}
 */
export function smsTemplatesGet(invoker: Invoker, params?: AccountsSmsTemplatesGetParams, options?: CallOptions): Promise<GigyaResult<AccountsSmsTemplatesGetResponse>> {
  return invokeUnchecked(invoker, smsTemplatesGetMethod, params, options);
}

/** Static facts about `accounts.sms.templates.set` (name, validator, error codes, response hints). */
export const smsTemplatesSetMethod = /* @__PURE__ */ describeMethod(accountsSmsTemplatesSetParamsSchema, '{"name":"accounts.sms.templates.set","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsSmsTemplatesSetParams, AccountsSmsTemplatesSetResponse, AccountsSmsTemplatesSetErrorCode>;

/**
 * Creates or updates the site's SMS templates.
 *
 * `@gigya-ts/rest-api` requires both the otp and the tfa flow; the toolkit copies whatever sms.templates.get returned, so each flow is optional here.
 *
 * Calls `accounts.sms.templates.set`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsSmsTemplatesSetParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/bde4427de0f44ca2b5a3e816d5e3a7bb.html | accounts.sms.templates.set reference}
 */
export function smsTemplatesSet(invoker: Invoker, params: AccountsSmsTemplatesSetParams, options?: CallOptions): Promise<GigyaResult<AccountsSmsTemplatesSetResponse>> {
  return invokeUnchecked(invoker, smsTemplatesSetMethod, params, options);
}

/** Static facts about `accounts.socialLogin` (name, validator, error codes, response hints). */
export const socialLoginMethod = /* @__PURE__ */ describeMethod(accountsSocialLoginParamsSchema, '{"name":"accounts.socialLogin","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public"}') as MethodDescriptor<AccountsSocialLoginParams, AccountsSocialLoginResponse, AccountsSocialLoginErrorCode>;

/**
 * Browser endpoint that logs a user in to the accounts storage through a social network, by redirecting to the provider and back to the site's redirect_uri. Open it in the user's browser; it is not a server-to-server call.
 *
 * The package this entry was checked against types no params; the params here are recalled from the OAuth-style endpoint Gigya documents for socialize.login and are unconfirmed.
 *
 * Calls `accounts.socialLogin`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}; Recalled, not confirmed by a stored source.
 * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsSocialLoginParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413a6e9d70b21014bbc5a10ce4041860.html | accounts.socialLogin reference}
 */
export function socialLogin(invoker: Invoker, params?: AccountsSocialLoginParams, options?: CallOptions): Promise<GigyaResult<AccountsSocialLoginResponse>> {
  return invokeUnchecked(invoker, socialLoginMethod, params, options);
}

/** Static facts about `accounts.store.downloadConsentDocument` (name, validator, error codes, response hints). */
export const storeDownloadConsentDocumentMethod = /* @__PURE__ */ describeMethod(accountsStoreDownloadConsentDocumentParamsSchema, '{"name":"accounts.store.downloadConsentDocument","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"DocumentContent":"string","DocumentContentType":"string"}')) as MethodDescriptor<AccountsStoreDownloadConsentDocumentParams, AccountsStoreDownloadConsentDocumentResponse, AccountsStoreDownloadConsentDocumentErrorCode>;

/**
 * Downloads a consent document stored with accounts.store.uploadConsentDocument.
 *
 * The param and the response fields are spelled with capitals (URL, DocumentContent), as `@gigya-ts/rest-api` types them.
 *
 * Calls `accounts.store.downloadConsentDocument`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsStoreDownloadConsentDocumentParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413a81a770b21014bbc5a10ce4041860.html | accounts.store.downloadConsentDocument reference}
 */
export function storeDownloadConsentDocument(invoker: Invoker, params: AccountsStoreDownloadConsentDocumentParams, options?: CallOptions): Promise<GigyaResult<AccountsStoreDownloadConsentDocumentResponse>> {
  return invokeUnchecked(invoker, storeDownloadConsentDocumentMethod, params, options);
}

/** Static facts about `accounts.store.uploadConsentDocument` (name, validator, error codes, response hints). */
export const storeUploadConsentDocumentMethod = /* @__PURE__ */ describeMethod(accountsStoreUploadConsentDocumentParamsSchema, '{"name":"accounts.store.uploadConsentDocument","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"Url":"string","FileName":"string"}')) as MethodDescriptor<AccountsStoreUploadConsentDocumentParams, AccountsStoreUploadConsentDocumentResponse, AccountsStoreUploadConsentDocumentErrorCode>;

/**
 * Uploads a consent document (a PDF) to Gigya's accounts storage and returns its download URL.
 *
 * The response spells Url and FileName with capitals, as `@gigya-ts/rest-api` types them, while downloadConsentDocument takes the URL as URL.
 *
 * Calls `accounts.store.uploadConsentDocument`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsStoreUploadConsentDocumentParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413a94a470b21014bbc5a10ce4041860.html | accounts.store.uploadConsentDocument reference}
 */
export function storeUploadConsentDocument(invoker: Invoker, params: AccountsStoreUploadConsentDocumentParams, options?: CallOptions): Promise<GigyaResult<AccountsStoreUploadConsentDocumentResponse>> {
  return invokeUnchecked(invoker, storeUploadConsentDocumentMethod, params, options);
}

/** Static facts about `accounts.stream.create` (name, validator, error codes, response hints). */
export const streamCreateMethod = /* @__PURE__ */ describeMethod(accountsStreamCreateParamsSchema, '{"name":"accounts.stream.create","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed","alwaysPresent":["streamId","cursorId"]}', /* @__PURE__ */ hintsFromJson('{"streamId":"string","cursorId":"string"}')) as MethodDescriptor<AccountsStreamCreateParams, AccountsStreamCreateResponse, AccountsStreamCreateErrorCode>;

/**
 * Creates a stream of account changes, optionally starting in the past (up to 30 days), and returns the first cursor for accounts.stream.read.
 *
 * Calls `accounts.stream.create`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsStreamCreateParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/de20e73c5f0e4df0bc5ab38e2717f494.html | accounts.stream.create reference}
 */
export function streamCreate(invoker: Invoker, params?: AccountsStreamCreateParams, options?: CallOptions): Promise<GigyaResult<AccountsStreamCreateResponse>> {
  return invokeUnchecked(invoker, streamCreateMethod, params, options);
}

/** Static facts about `accounts.stream.read` (name, validator, error codes, response hints). */
export const streamReadMethod = /* @__PURE__ */ describeMethod(accountsStreamReadParamsSchema, '{"name":"accounts.stream.read","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"results":{"items":{"fields":0}},"cursorId":"string"}', [accountsStreamEventHints])) as MethodDescriptor<AccountsStreamReadParams, AccountsStreamReadResponse, AccountsStreamReadErrorCode>;

/**
 * Reads the next page of account changes of a stream.
 *
 * `@gigya-ts/rest-api`'s response type has no cursorId, but its cursorId param says every answer returns one; the catalog types it from that sentence.
 *
 * Whether reading a page moves the stream on is not documented, so a timed-out read is not repeated automatically. The cursor block of the v2 format does not fit (no openCursor param), so none is given.
 *
 * Calls `accounts.stream.read`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsStreamReadParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/cbf4b101bc1d427da0e257e364da1c36.html | accounts.stream.read reference}
 */
export function streamRead(invoker: Invoker, params: AccountsStreamReadParams, options?: CallOptions): Promise<GigyaResult<AccountsStreamReadResponse>> {
  return invokeUnchecked(invoker, streamReadMethod, params, options);
}

/** Static facts about `accounts.tfa.backupcodes.create` (name, validator, error codes, response hints). */
export const tfaBackupcodesCreateMethod = /* @__PURE__ */ describeMethod(accountsTfaBackupcodesCreateParamsSchema, '{"name":"accounts.tfa.backupcodes.create","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public"}', /* @__PURE__ */ hintsFromJson('{"backupCodes":{"items":"string"}}')) as MethodDescriptor<AccountsTfaBackupcodesCreateParams, AccountsTfaBackupcodesCreateResponse, AccountsTfaBackupcodesCreateErrorCode>;

/**
 * Generates a new set of one-time backup codes for the user in an authenticator-app flow.
 *
 * Creating codes again replaces the earlier set, so a repeated call is not harmless.
 *
 * Calls `accounts.tfa.backupcodes.create`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsTfaBackupcodesCreateParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413abafd70b21014bbc5a10ce4041860.html | accounts.tfa.backupcodes.create reference}
 */
export function tfaBackupcodesCreate(invoker: Invoker, params: AccountsTfaBackupcodesCreateParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaBackupcodesCreateResponse>> {
  return invokeUnchecked(invoker, tfaBackupcodesCreateMethod, params, options);
}

/** Static facts about `accounts.tfa.backupcodes.get` (name, validator, error codes, response hints). */
export const tfaBackupcodesGetMethod = /* @__PURE__ */ describeMethod(accountsTfaBackupcodesGetParamsSchema, '{"name":"accounts.tfa.backupcodes.get","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public"}', /* @__PURE__ */ hintsFromJson('{"backupCodes":{"items":"string"}}')) as MethodDescriptor<AccountsTfaBackupcodesGetParams, AccountsTfaBackupcodesGetResponse, AccountsTfaBackupcodesGetErrorCode>;

/**
 * Returns the backup codes saved for the user in an authenticator-app flow.
 *
 * Calls `accounts.tfa.backupcodes.get`. Works with an API key alone. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsTfaBackupcodesGetParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413ace4a70b21014bbc5a10ce4041860.html | accounts.tfa.backupcodes.get reference}
 */
export function tfaBackupcodesGet(invoker: Invoker, params: AccountsTfaBackupcodesGetParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaBackupcodesGetResponse>> {
  return invokeUnchecked(invoker, tfaBackupcodesGetMethod, params, options);
}

/** Static facts about `accounts.tfa.backupcodes.verify` (name, validator, error codes, response hints). */
export const tfaBackupcodesVerifyMethod = /* @__PURE__ */ describeMethod(accountsTfaBackupcodesVerifyParamsSchema, '{"name":"accounts.tfa.backupcodes.verify","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public"}', /* @__PURE__ */ hintsFromJson('{"gigyaAssertion":"string"}')) as MethodDescriptor<AccountsTfaBackupcodesVerifyParams, AccountsTfaBackupcodesVerifyResponse, AccountsTfaBackupcodesVerifyErrorCode>;

/**
 * Checks a backup code the user typed instead of an authenticator-app code; on success the flow continues with tfa.finalizeTFA.
 *
 * `@gigya-ts/rest-api` names the result field gigyaAssertion but describes it as the provider's JWT; the other verify methods return it as providerAssertion. The catalog keeps the typed name, and finalizeTFA takes the value as providerAssertion.
 *
 * A backup code works once, so sending the same code twice fails the second time.
 *
 * Calls `accounts.tfa.backupcodes.verify`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
 * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsTfaBackupcodesVerifyParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413ae15570b21014bbc5a10ce4041860.html | accounts.tfa.backupcodes.verify reference}
 */
export function tfaBackupcodesVerify(invoker: Invoker, params: AccountsTfaBackupcodesVerifyParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaBackupcodesVerifyResponse>> {
  return invokeUnchecked(invoker, tfaBackupcodesVerifyMethod, params, options);
}

/** Static facts about `accounts.tfa.deactivateProvider` (name, validator, error codes, response hints). */
export const tfaDeactivateProviderMethod = /* @__PURE__ */ describeMethod(accountsTfaDeactivateProviderParamsSchema, '{"name":"accounts.tfa.deactivateProvider","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsTfaDeactivateProviderParams, AccountsTfaDeactivateProviderResponse, AccountsTfaDeactivateProviderErrorCode>;

/**
 * Turns one TFA provider off for the user on all devices.
 *
 * Only for a user who is fully logged in, not in a pending state such as 403101.
 *
 * Calls `accounts.tfa.deactivateProvider`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsTfaDeactivateProviderParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413af46770b21014bbc5a10ce4041860.html | accounts.tfa.deactivateProvider reference}
 */
export function tfaDeactivateProvider(invoker: Invoker, params: AccountsTfaDeactivateProviderParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaDeactivateProviderResponse>> {
  return invokeUnchecked(invoker, tfaDeactivateProviderMethod, params, options);
}

/** Static facts about `accounts.tfa.email.completeVerification` (name, validator, error codes, response hints). */
export const tfaEmailCompleteVerificationMethod = /* @__PURE__ */ describeMethod(accountsTfaEmailCompleteVerificationParamsSchema, '{"name":"accounts.tfa.email.completeVerification","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public"}', /* @__PURE__ */ hintsFromJson('{"providerAssertion":"string"}')) as MethodDescriptor<AccountsTfaEmailCompleteVerificationParams, AccountsTfaEmailCompleteVerificationResponse, AccountsTfaEmailCompleteVerificationErrorCode>;

/**
 * Checks the code the user received by email against the phvToken and returns the provider assertion that tfa.finalizeTFA takes.
 *
 * A wrong code and an expired or mismatched JWT both come back as 400006 (errorDetails names the cause, e.g. "Invalid jwt"); the SDKs offer the user another try.
 *
 * Calls `accounts.tfa.email.completeVerification`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsTfaEmailCompleteVerificationParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413b0b7d70b21014bbc5a10ce4041860.html | accounts.tfa.email.completeVerification reference}
 */
export function tfaEmailCompleteVerification(invoker: Invoker, params: AccountsTfaEmailCompleteVerificationParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaEmailCompleteVerificationResponse>> {
  return invokeUnchecked(invoker, tfaEmailCompleteVerificationMethod, params, options);
}

/** Static facts about `accounts.tfa.email.getEmails` (name, validator, error codes, response hints). */
export const tfaEmailGetEmailsMethod = /* @__PURE__ */ describeMethod(accountsTfaEmailGetEmailsParamsSchema, '{"name":"accounts.tfa.email.getEmails","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public"}', /* @__PURE__ */ hintsFromJson('{"emails":{"items":{"fields":0}}}', [accountsTfaVerifiedEmailHints])) as MethodDescriptor<AccountsTfaEmailGetEmailsParams, AccountsTfaEmailGetEmailsResponse, AccountsTfaEmailGetEmailsErrorCode>;

/**
 * Lists the user's verified email addresses, masked, to choose where the TFA code goes.
 *
 * Calls `accounts.tfa.email.getEmails`. Works with an API key alone. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}; seen in a Gigya response captured by a third-party integration.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsTfaEmailGetEmailsParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413b1e8a70b21014bbc5a10ce4041860.html | accounts.tfa.email.getEmails reference}
 */
export function tfaEmailGetEmails(invoker: Invoker, params: AccountsTfaEmailGetEmailsParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaEmailGetEmailsResponse>> {
  return invokeUnchecked(invoker, tfaEmailGetEmailsMethod, params, options);
}

/** Static facts about `accounts.tfa.email.sendVerificationCode` (name, validator, error codes, response hints). */
export const tfaEmailSendVerificationCodeMethod = /* @__PURE__ */ describeMethod(accountsTfaEmailSendVerificationCodeParamsSchema, '{"name":"accounts.tfa.email.sendVerificationCode","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public"}', /* @__PURE__ */ hintsFromJson('{"phvToken":"string"}')) as MethodDescriptor<AccountsTfaEmailSendVerificationCodeParams, AccountsTfaEmailSendVerificationCodeResponse, AccountsTfaEmailSendVerificationCodeErrorCode>;

/**
 * Sends a random 6-digit code to one of the user's verified email addresses and returns the phvToken that ties the code to this flow.
 *
 * The Swift SDK sends lang with this call; `@gigya-ts/rest-api` does not list it, so it rests on the SDK.
 *
 * Calls `accounts.tfa.email.sendVerificationCode`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsTfaEmailSendVerificationCodeParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413b31d470b21014bbc5a10ce4041860.html | accounts.tfa.email.sendVerificationCode reference}
 */
export function tfaEmailSendVerificationCode(invoker: Invoker, params: AccountsTfaEmailSendVerificationCodeParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaEmailSendVerificationCodeResponse>> {
  return invokeUnchecked(invoker, tfaEmailSendVerificationCodeMethod, params, options);
}

/** Static facts about `accounts.tfa.finalizeTFA` (name, validator, error codes, response hints). */
export const tfaFinalizeTFAMethod = /* @__PURE__ */ describeMethod(accountsTfaFinalizeTFAParamsSchema, '{"name":"accounts.tfa.finalizeTFA","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public"}') as MethodDescriptor<AccountsTfaFinalizeTFAParams, AccountsTfaFinalizeTFAResponse, AccountsTfaFinalizeTFAErrorCode>;

/**
 * Completes a TFA flow: Gigya checks both assertions and, by the mode the flow started in, activates the provider and/or marks the device as verified.
 *
 * By mode: register adds the provider to the user's active providers and verifies the device; add only activates the provider; verify records the device as verified; edit updates the device record.
 *
 * When the flow began with a regToken (a login that stopped at 403101 or 403102), the SDKs then call accounts.finalizeRegistration with that regToken to get the session.
 *
 * Calls `accounts.tfa.finalizeTFA`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsTfaFinalizeTFAParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413b44d170b21014bbc5a10ce4041860.html | accounts.tfa.finalizeTFA reference}
 */
export function tfaFinalizeTFA(invoker: Invoker, params: AccountsTfaFinalizeTFAParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaFinalizeTFAResponse>> {
  return invokeUnchecked(invoker, tfaFinalizeTFAMethod, params, options);
}

/** Static facts about `accounts.tfa.getCertificate` (name, validator, error codes, response hints). */
export const tfaGetCertificateMethod = /* @__PURE__ */ describeMethod(accountsTfaGetCertificateParamsSchema, '{"name":"accounts.tfa.getCertificate","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public"}', /* @__PURE__ */ hintsFromJson('{"certificate":"string"}')) as MethodDescriptor<AccountsTfaGetCertificateParams, AccountsTfaGetCertificateResponse, AccountsTfaGetCertificateErrorCode>;

/**
 * Returns Gigya's PEM-encoded X.509 certificate, whose RSA public key verifies the JWTs of TFA flows.
 *
 * The gigyaAssertion header names this method as the key's location (x5u).
 *
 * Calls `accounts.tfa.getCertificate`. Works with an API key alone. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsTfaGetCertificateParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413b57d970b21014bbc5a10ce4041860.html | accounts.tfa.getCertificate reference}
 */
export function tfaGetCertificate(invoker: Invoker, params?: AccountsTfaGetCertificateParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaGetCertificateResponse>> {
  return invokeUnchecked(invoker, tfaGetCertificateMethod, params, options);
}

/** Static facts about `accounts.tfa.getProviders` (name, validator, error codes, response hints). */
export const tfaGetProvidersMethod = /* @__PURE__ */ describeMethod(accountsTfaGetProvidersParamsSchema, '{"name":"accounts.tfa.getProviders","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public","alwaysPresent":["activeProviders","inactiveProviders"]}', /* @__PURE__ */ hintsFromJson('{"activeProviders":{"items":{"fields":0}},"inactiveProviders":{"items":{"fields":0}},"pendingOptin":{"items":{"fields":0}}}', [accountsTfaProviderHints])) as MethodDescriptor<AccountsTfaGetProvidersParams, AccountsTfaGetProvidersResponse, AccountsTfaGetProvidersErrorCode>;

/**
 * Lists the TFA providers the site offers, split into those the user has registered, those they have not, and those waiting for opt-in.
 *
 * `@gigya-ts/rest-api` marks pendingOptin always present; the Android and Swift SDK models do not read it, so the catalog keeps it optional. activeProviders and inactiveProviders are always present there and in a captured response.
 *
 * Calls `accounts.tfa.getProviders`. Works with an API key alone. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}; seen in a Gigya response captured by a third-party integration.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsTfaGetProvidersParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413b6ced70b21014bbc5a10ce4041860.html | accounts.tfa.getProviders reference}
 */
export function tfaGetProviders(invoker: Invoker, params?: AccountsTfaGetProvidersParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaGetProvidersResponse>> {
  return invokeUnchecked(invoker, tfaGetProvidersMethod, params, options);
}

/** Static facts about `accounts.tfa.initTFA` (name, validator, error codes, response hints). */
export const tfaInitTFAMethod = /* @__PURE__ */ describeMethod(accountsTfaInitTFAParamsSchema, '{"name":"accounts.tfa.initTFA","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,403110,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public","alwaysPresent":["gigyaAssertion"]}', /* @__PURE__ */ hintsFromJson('{"gigyaAssertion":"string"}')) as MethodDescriptor<AccountsTfaInitTFAParams, AccountsTfaInitTFAResponse, AccountsTfaInitTFAErrorCode>;

/**
 * Starts a TFA flow for one provider and returns the gigyaAssertion JWT that every later step of the flow takes.
 *
 * `@gigya-ts/rest-api` marks mode required, but its own description and SAP's reference name register as the default, so the catalog makes it optional.
 *
 * The Android and Swift SDKs also use provider livelink (a phone provider), so provider is an open list rather than the four names `@gigya-ts/rest-api` allows.
 *
 * The JWT names the provider (aud), the user (sub) and the action; the Web SDK flows observed use it within about five minutes.
 *
 * Calls `accounts.tfa.initTFA`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}; seen in a Gigya response captured by a third-party integration.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
 *
 * Errors besides the common ones: 403110 AccountPendingRecentLogin (inferred: register mode needs a login within the last five minutes, and the error table gives this code to TFA operations that need a recent login).
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsTfaInitTFAParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413ba6e870b21014bbc5a10ce4041860.html | accounts.tfa.initTFA reference}
 */
export function tfaInitTFA(invoker: Invoker, params: AccountsTfaInitTFAParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaInitTFAResponse>> {
  return invokeUnchecked(invoker, tfaInitTFAMethod, params, options);
}

/** Static facts about `accounts.tfa.phone.completeVerification` (name, validator, error codes, response hints). */
export const tfaPhoneCompleteVerificationMethod = /* @__PURE__ */ describeMethod(accountsTfaPhoneCompleteVerificationParamsSchema, '{"name":"accounts.tfa.phone.completeVerification","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public","alwaysPresent":["providerAssertion"]}', /* @__PURE__ */ hintsFromJson('{"providerAssertion":"string"}')) as MethodDescriptor<AccountsTfaPhoneCompleteVerificationParams, AccountsTfaPhoneCompleteVerificationResponse, AccountsTfaPhoneCompleteVerificationErrorCode>;

/**
 * Checks the code the user received by SMS or call against the phvToken, adds the number to the user's verified numbers and returns the provider assertion.
 *
 * A wrong code and an expired or mismatched JWT both come back as 400006 (errorDetails "Invalid jwt" for the JWT); the SDKs offer the user another try.
 *
 * regToken is not in `@gigya-ts/rest-api`; a captured Web SDK flow sends it and Gigya accepts it.
 *
 * Calls `accounts.tfa.phone.completeVerification`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}; seen in a Gigya response captured by a third-party integration.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsTfaPhoneCompleteVerificationParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413bb9ee70b21014bbc5a10ce4041860.html | accounts.tfa.phone.completeVerification reference}
 */
export function tfaPhoneCompleteVerification(invoker: Invoker, params: AccountsTfaPhoneCompleteVerificationParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaPhoneCompleteVerificationResponse>> {
  return invokeUnchecked(invoker, tfaPhoneCompleteVerificationMethod, params, options);
}

/** Static facts about `accounts.tfa.phone.getCertificate` (name, validator, error codes, response hints). */
export const tfaPhoneGetCertificateMethod = /* @__PURE__ */ describeMethod(accountsTfaPhoneGetCertificateParamsSchema, '{"name":"accounts.tfa.phone.getCertificate","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public"}', /* @__PURE__ */ hintsFromJson('{"certificate":"string"}')) as MethodDescriptor<AccountsTfaPhoneGetCertificateParams, AccountsTfaPhoneGetCertificateResponse, AccountsTfaPhoneGetCertificateErrorCode>;

/**
 * Returns Gigya's PEM-encoded X.509 certificate for verifying the JWTs of phone TFA flows.
 *
 * Calls `accounts.tfa.phone.getCertificate`. Works with an API key alone. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsTfaPhoneGetCertificateParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413bcd4070b21014bbc5a10ce4041860.html | accounts.tfa.phone.getCertificate reference}
 */
export function tfaPhoneGetCertificate(invoker: Invoker, params?: AccountsTfaPhoneGetCertificateParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaPhoneGetCertificateResponse>> {
  return invokeUnchecked(invoker, tfaPhoneGetCertificateMethod, params, options);
}

/** Static facts about `accounts.tfa.phone.getRegisteredPhoneNumbers` (name, validator, error codes, response hints). */
export const tfaPhoneGetRegisteredPhoneNumbersMethod = /* @__PURE__ */ describeMethod(accountsTfaPhoneGetRegisteredPhoneNumbersParamsSchema, '{"name":"accounts.tfa.phone.getRegisteredPhoneNumbers","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public","alwaysPresent":["phones"]}', /* @__PURE__ */ hintsFromJson('{"phones":{"items":{"fields":0}}}', [accountsTfaRegisteredPhoneHints])) as MethodDescriptor<AccountsTfaPhoneGetRegisteredPhoneNumbersParams, AccountsTfaPhoneGetRegisteredPhoneNumbersResponse, AccountsTfaPhoneGetRegisteredPhoneNumbersErrorCode>;

/**
 * Lists the user's verified phone numbers, masked, each with an ID to send a code to.
 *
 * `@gigya-ts/rest-api` spells the verification time lastverification and marks plain always present; the Android and Swift SDK models and a captured response use lastVerification and carry no plain, so the catalog follows them.
 *
 * Calls `accounts.tfa.phone.getRegisteredPhoneNumbers`. Works with an API key alone. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}; seen in a Gigya response captured by a third-party integration.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsTfaPhoneGetRegisteredPhoneNumbersParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413be06570b21014bbc5a10ce4041860.html | accounts.tfa.phone.getRegisteredPhoneNumbers reference}
 */
export function tfaPhoneGetRegisteredPhoneNumbers(invoker: Invoker, params: AccountsTfaPhoneGetRegisteredPhoneNumbersParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaPhoneGetRegisteredPhoneNumbersResponse>> {
  return invokeUnchecked(invoker, tfaPhoneGetRegisteredPhoneNumbersMethod, params, options);
}

/** Static facts about `accounts.tfa.phone.importTFA` (name, validator, error codes, response hints). */
export const tfaPhoneImportTFAMethod = /* @__PURE__ */ describeMethod(accountsTfaPhoneImportTFAParamsSchema, '{"name":"accounts.tfa.phone.importTFA","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsTfaPhoneImportTFAParams, AccountsTfaPhoneImportTFAResponse, AccountsTfaPhoneImportTFAErrorCode>;

/**
 * Adds phone numbers to a user's verified numbers (for example when migrating from another system) and turns the phone provider on if it was off.
 *
 * Calls `accounts.tfa.phone.importTFA`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsTfaPhoneImportTFAParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413b800070b21014bbc5a10ce4041860.html | accounts.tfa.phone.importTFA reference}
 */
export function tfaPhoneImportTFA(invoker: Invoker, params: AccountsTfaPhoneImportTFAParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaPhoneImportTFAResponse>> {
  return invokeUnchecked(invoker, tfaPhoneImportTFAMethod, params, options);
}

/** Static facts about `accounts.tfa.phone.removePhone` (name, validator, error codes, response hints). */
export const tfaPhoneRemovePhoneMethod = /* @__PURE__ */ describeMethod(accountsTfaPhoneRemovePhoneParamsSchema, '{"name":"accounts.tfa.phone.removePhone","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public"}') as MethodDescriptor<AccountsTfaPhoneRemovePhoneParams, AccountsTfaPhoneRemovePhoneResponse, AccountsTfaPhoneRemovePhoneErrorCode>;

/**
 * Removes one number from the user's verified phone numbers.
 *
 * This method spells the param phoneId, while tfa.phone.sendVerificationCode spells it phoneID; both are kept as `@gigya-ts/rest-api` types them.
 *
 * Calls `accounts.tfa.phone.removePhone`. Works with an API key alone. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsTfaPhoneRemovePhoneParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413bf36d70b21014bbc5a10ce4041860.html | accounts.tfa.phone.removePhone reference}
 */
export function tfaPhoneRemovePhone(invoker: Invoker, params: AccountsTfaPhoneRemovePhoneParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaPhoneRemovePhoneResponse>> {
  return invokeUnchecked(invoker, tfaPhoneRemovePhoneMethod, params, options);
}

/** Static facts about `accounts.tfa.phone.sendVerificationCode` (name, validator, error codes, response hints). */
export const tfaPhoneSendVerificationCodeMethod = /* @__PURE__ */ describeMethod(accountsTfaPhoneSendVerificationCodeParamsSchema, '{"name":"accounts.tfa.phone.sendVerificationCode","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public","alwaysPresent":["phvToken"]}', /* @__PURE__ */ hintsFromJson('{"phvToken":"string"}')) as MethodDescriptor<AccountsTfaPhoneSendVerificationCodeParams, AccountsTfaPhoneSendVerificationCodeResponse, AccountsTfaPhoneSendVerificationCodeErrorCode>;

/**
 * Sends a random 6-digit code by SMS or voice call to a new or registered number and returns the phvToken that ties the code to this flow.
 *
 * regToken is not in `@gigya-ts/rest-api`; a captured Web SDK flow sends it and Gigya accepts it.
 *
 * Each call sends a new message (a cost, and rate-limited), so it is never repeated automatically.
 *
 * Calls `accounts.tfa.phone.sendVerificationCode`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}; seen in a Gigya response captured by a third-party integration.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsTfaPhoneSendVerificationCodeParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413c069e70b21014bbc5a10ce4041860.html | accounts.tfa.phone.sendVerificationCode reference}
 */
export function tfaPhoneSendVerificationCode(invoker: Invoker, params: AccountsTfaPhoneSendVerificationCodeParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaPhoneSendVerificationCodeResponse>> {
  return invokeUnchecked(invoker, tfaPhoneSendVerificationCodeMethod, params, options);
}

/** Static facts about `accounts.tfa.push.isVerified` (name, validator, error codes, response hints). */
export const tfaPushIsVerifiedMethod = /* @__PURE__ */ describeMethod(accountsTfaPushIsVerifiedParamsSchema, '{"name":"accounts.tfa.push.isVerified","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public"}', /* @__PURE__ */ hintsFromJson('{"providerAssertion":"string"}')) as MethodDescriptor<AccountsTfaPushIsVerifiedParams, AccountsTfaPushIsVerifiedResponse, AccountsTfaPushIsVerifiedErrorCode>;

/**
 * Asks whether the user has approved the push notification of a push TFA flow; once they have, the answer carries the provider assertion.
 *
 * The Web SDK polls this method every 3 seconds after tfa.push.sendVerification. The answer while the user has not yet approved is not documented beyond the missing providerAssertion.
 *
 * Calls `accounts.tfa.push.isVerified`. Works with an API key alone. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
 * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsTfaPushIsVerifiedParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413c199b70b21014bbc5a10ce4041860.html | accounts.tfa.push.isVerified reference}
 */
export function tfaPushIsVerified(invoker: Invoker, params: AccountsTfaPushIsVerifiedParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaPushIsVerifiedResponse>> {
  return invokeUnchecked(invoker, tfaPushIsVerifiedMethod, params, options);
}

/** Static facts about `accounts.tfa.push.optin` (name, validator, error codes, response hints). */
export const tfaPushOptinMethod = /* @__PURE__ */ describeMethod(accountsTfaPushOptinParamsSchema, '{"name":"accounts.tfa.push.optin","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsTfaPushOptinParams, AccountsTfaPushOptinResponse, AccountsTfaPushOptinErrorCode>;

/**
 * Called by the mobile app of a logged-in user to opt the device in to push TFA: Gigya sends a push notification to confirm the device.
 *
 * Needs an active session on the app. The app confirms the opt-in with tfa.push.verify and tfa.finalizeTFA when the notification arrives.
 *
 * Calls `accounts.tfa.push.optin`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsTfaPushOptinParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413c2c9870b21014bbc5a10ce4041860.html | accounts.tfa.push.optin reference}
 */
export function tfaPushOptin(invoker: Invoker, params: AccountsTfaPushOptinParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaPushOptinResponse>> {
  return invokeUnchecked(invoker, tfaPushOptinMethod, params, options);
}

/** Static facts about `accounts.tfa.push.sendVerification` (name, validator, error codes, response hints). */
export const tfaPushSendVerificationMethod = /* @__PURE__ */ describeMethod(accountsTfaPushSendVerificationParamsSchema, '{"name":"accounts.tfa.push.sendVerification","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public"}') as MethodDescriptor<AccountsTfaPushSendVerificationParams, AccountsTfaPushSendVerificationResponse, AccountsTfaPushSendVerificationErrorCode>;

/**
 * Sends a push notification to the user's opted-in device to approve a login (the verify flow, not the opt-in).
 *
 * Calls `accounts.tfa.push.sendVerification`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsTfaPushSendVerificationParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413c3f9d70b21014bbc5a10ce4041860.html | accounts.tfa.push.sendVerification reference}
 */
export function tfaPushSendVerification(invoker: Invoker, params: AccountsTfaPushSendVerificationParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaPushSendVerificationResponse>> {
  return invokeUnchecked(invoker, tfaPushSendVerificationMethod, params, options);
}

/** Static facts about `accounts.tfa.push.verify` (name, validator, error codes, response hints). */
export const tfaPushVerifyMethod = /* @__PURE__ */ describeMethod(accountsTfaPushVerifyParamsSchema, '{"name":"accounts.tfa.push.verify","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed","alwaysPresent":["providerAssertion"]}', /* @__PURE__ */ hintsFromJson('{"providerAssertion":"string"}')) as MethodDescriptor<AccountsTfaPushVerifyParams, AccountsTfaPushVerifyResponse, AccountsTfaPushVerifyErrorCode>;

/**
 * Sent by the mobile app after the user approved a push notification; it authorizes the waiting login and returns the provider assertion.
 *
 * The app sending it must hold the user's session. In the opt-in flow the app then calls tfa.finalizeTFA itself; in a verify flow the waiting browser picks the approval up with tfa.push.isVerified.
 *
 * Calls `accounts.tfa.push.verify`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsTfaPushVerifyParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413c529a70b21014bbc5a10ce4041860.html | accounts.tfa.push.verify reference}
 */
export function tfaPushVerify(invoker: Invoker, params: AccountsTfaPushVerifyParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaPushVerifyResponse>> {
  return invokeUnchecked(invoker, tfaPushVerifyMethod, params, options);
}

/** Static facts about `accounts.tfa.resetTFA` (name, validator, error codes, response hints). */
export const tfaResetTFAMethod = /* @__PURE__ */ describeMethod(accountsTfaResetTFAParamsSchema, '{"name":"accounts.tfa.resetTFA","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsTfaResetTFAParams, AccountsTfaResetTFAResponse, AccountsTfaResetTFAErrorCode>;

/**
 * Resets the user's second-factor methods, so they must enrol again at their next login.
 *
 * gigyaEmail cannot be reset here; email verification flows manage it.
 *
 * Calls `accounts.tfa.resetTFA`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsTfaResetTFAParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413c65da70b21014bbc5a10ce4041860.html | accounts.tfa.resetTFA reference}
 */
export function tfaResetTFA(invoker: Invoker, params: AccountsTfaResetTFAParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaResetTFAResponse>> {
  return invokeUnchecked(invoker, tfaResetTFAMethod, params, options);
}

/** Static facts about `accounts.tfa.totp.register` (name, validator, error codes, response hints). */
export const tfaTotpRegisterMethod = /* @__PURE__ */ describeMethod(accountsTfaTotpRegisterParamsSchema, '{"name":"accounts.tfa.totp.register","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public"}', /* @__PURE__ */ hintsFromJson('{"qrCode":"string","sctToken":"string"}')) as MethodDescriptor<AccountsTfaTotpRegisterParams, AccountsTfaTotpRegisterResponse, AccountsTfaTotpRegisterErrorCode>;

/**
 * Creates the secret for pairing an authenticator app and returns it as a QR code plus the sctToken that the first verification needs.
 *
 * qrCode and sctToken carry the TOTP secret; treat them as secrets and never log them.
 *
 * Calls `accounts.tfa.totp.register`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsTfaTotpRegisterParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413c8bc970b21014bbc5a10ce4041860.html | accounts.tfa.totp.register reference}
 */
export function tfaTotpRegister(invoker: Invoker, params: AccountsTfaTotpRegisterParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaTotpRegisterResponse>> {
  return invokeUnchecked(invoker, tfaTotpRegisterMethod, params, options);
}

/** Static facts about `accounts.tfa.totp.verify` (name, validator, error codes, response hints). */
export const tfaTotpVerifyMethod = /* @__PURE__ */ describeMethod(accountsTfaTotpVerifyParamsSchema, '{"name":"accounts.tfa.totp.verify","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"public"}', /* @__PURE__ */ hintsFromJson('{"providerAssertion":"string"}')) as MethodDescriptor<AccountsTfaTotpVerifyParams, AccountsTfaTotpVerifyResponse, AccountsTfaTotpVerifyErrorCode>;

/**
 * Checks a code from the user's authenticator app against their secret and returns the provider assertion for tfa.finalizeTFA.
 *
 * A wrong code comes back as 400006, which the SDKs treat as a chance to try again.
 *
 * regToken is not in `@gigya-ts/rest-api`; a public Web SDK integration sends it with this call.
 *
 * Calls `accounts.tfa.totp.verify`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
 *
 * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsTfaTotpVerifyParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413cb1cd70b21014bbc5a10ce4041860.html | accounts.tfa.totp.verify reference}
 */
export function tfaTotpVerify(invoker: Invoker, params: AccountsTfaTotpVerifyParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaTotpVerifyResponse>> {
  return invokeUnchecked(invoker, tfaTotpVerifyMethod, params, options);
}

/** Static facts about `accounts.tfa.unregisterDevice` (name, validator, error codes, response hints). */
export const tfaUnregisterDeviceMethod = /* @__PURE__ */ describeMethod(accountsTfaUnregisterDeviceParamsSchema, '{"name":"accounts.tfa.unregisterDevice","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsTfaUnregisterDeviceParams, AccountsTfaUnregisterDeviceResponse, AccountsTfaUnregisterDeviceErrorCode>;

/**
 * Removes devices from the user's verified devices, so the next login from them asks for the second factor again.
 *
 * The providers stay active; only the trust in the devices is removed.
 *
 * Calls `accounts.tfa.unregisterDevice`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsTfaUnregisterDeviceParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413cc8e070b21014bbc5a10ce4041860.html | accounts.tfa.unregisterDevice reference}
 */
export function tfaUnregisterDevice(invoker: Invoker, params: AccountsTfaUnregisterDeviceParams, options?: CallOptions): Promise<GigyaResult<AccountsTfaUnregisterDeviceResponse>> {
  return invokeUnchecked(invoker, tfaUnregisterDeviceMethod, params, options);
}

/** Static facts about `accounts.unregisterCounters` (name, validator, error codes, response hints). */
export const unregisterCountersMethod = /* @__PURE__ */ describeMethod(accountsUnregisterCountersParamsSchema, '{"name":"accounts.unregisterCounters","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsUnregisterCountersParams, AccountsUnregisterCountersResponse, AccountsUnregisterCountersErrorCode>;

/**
 * Removes custom counters registered with accounts.registerCounters.
 *
 * Calls `accounts.unregisterCounters`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Legacy: documented only in older references.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
 * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsUnregisterCountersParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link http://developers.gigya.com/display/GD/accounts.unregisterCounters+REST | accounts.unregisterCounters reference}
 */
export function unregisterCounters(invoker: Invoker, params: AccountsUnregisterCountersParams, options?: CallOptions): Promise<GigyaResult<AccountsUnregisterCountersResponse>> {
  return invokeUnchecked(invoker, unregisterCountersMethod, params, options);
}

/** Static facts about `accounts.unsubscribe` (name, validator, error codes, response hints). */
export const unsubscribeMethod = /* @__PURE__ */ describeMethod(accountsUnsubscribeParamsSchema, '{"name":"accounts.unsubscribe","safeToRepeat":false,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsUnsubscribeParams, AccountsUnsubscribeResponse, AccountsUnsubscribeErrorCode>;

/**
 * Unsubscribes an email address (or the holder of a channel token) from a subscription.
 *
 * Calls `accounts.unsubscribe`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsUnsubscribeParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413cef8370b21014bbc5a10ce4041860.html | accounts.unsubscribe reference}
 */
export function unsubscribe(invoker: Invoker, params: AccountsUnsubscribeParams, options?: CallOptions): Promise<GigyaResult<AccountsUnsubscribeResponse>> {
  return invokeUnchecked(invoker, unsubscribeMethod, params, options);
}

/** Static facts about `accounts.verifyLogin` (name, validator, error codes, response hints). */
export const verifyLoginMethod = /* @__PURE__ */ describeMethod(accountsVerifyLoginParamsSchema, '{"name":"accounts.verifyLogin","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403012,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":["include"],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"UID":"string","UIDSignature":"string","communications":"json","created":"string","createdTimestamp":"number","customIdentifiers":"json","data":"json","emails":{"fields":0},"groups":{"fields":1},"iRank":"number","identities":{"items":{"fields":2}},"inTransition":"boolean","internal":"json","isActive":"boolean","isLockedOut":"boolean","isRegistered":"boolean","isVerified":"boolean","lastLogin":"string","lastLoginLocation":{"fields":3},"lastLoginTimestamp":"number","lastUpdated":"string","lastUpdatedTimestamp":"number","lockedUntil":"string","loginIDs":{"fields":4},"loginProvider":"string","oldestDataUpdated":"string","oldestDataUpdatedTimestamp":"number","password":{"fields":5},"phoneNumber":"string","preferences":"json","profile":{"fields":6},"rbaPolicy":{"fields":7},"regSource":"string","registered":"string","registeredTimestamp":"number","signatureTimestamp":"string","socialProviders":"string","subscriptions":"json","userInfo":"json","verified":"string","verifiedTimestamp":"number"}', [accountsEmailsHints, accountsGroupsHints, accountsIdentityHints, accountsLoginLocationHints, accountsLoginIDsHints, accountsPasswordHints, accountsProfileHints, accountsRbaPolicyHints])) as MethodDescriptor<AccountsVerifyLoginParams, AccountsVerifyLoginResponse, AccountsVerifyLoginErrorCode>;

/**
 * Checks that the user has a valid session and returns the account.
 *
 * Calls `accounts.verifyLogin`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
 *
 * Errors besides the common ones: 403012 NoValidSessionForbidden (inferred: The method exists to detect a missing or expired session, which 403012 reports.).
 * @typeParam S - The site's schema: `{ data; preferences; subscriptions }`, each optional.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsVerifyLoginParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/929ca94d9a484d7bb466d0746e449a01.html | accounts.verifyLogin reference}
 */
export function verifyLogin<S extends SiteSchema = SiteSchema>(invoker: Invoker, params?: AccountsVerifyLoginParams, options?: CallOptions): Promise<GigyaResult<AccountsVerifyLoginResponse<S>>> {
  return invokeUnchecked(invoker, verifyLoginMethod, params, options);
}

/** Static facts about `accounts.webhooks.delete` (name, validator, error codes, response hints). */
export const webhooksDeleteMethod = /* @__PURE__ */ describeMethod(accountsWebhooksDeleteParamsSchema, '{"name":"accounts.webhooks.delete","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}') as MethodDescriptor<AccountsWebhooksDeleteParams, AccountsWebhooksDeleteResponse, AccountsWebhooksDeleteErrorCode>;

/**
 * Deletes a webhook.
 *
 * Calls `accounts.webhooks.delete`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsWebhooksDeleteParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413d28b670b21014bbc5a10ce4041860.html | accounts.webhooks.delete reference}
 */
export function webhooksDelete(invoker: Invoker, params: AccountsWebhooksDeleteParams, options?: CallOptions): Promise<GigyaResult<AccountsWebhooksDeleteResponse>> {
  return invokeUnchecked(invoker, webhooksDeleteMethod, params, options);
}

/** Static facts about `accounts.webhooks.getAll` (name, validator, error codes, response hints). */
export const webhooksGetAllMethod = /* @__PURE__ */ describeMethod(accountsWebhooksGetAllParamsSchema, '{"name":"accounts.webhooks.getAll","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"webhooks":{"items":{"fields":0}}}', [accountsWebhookConfigHints])) as MethodDescriptor<AccountsWebhooksGetAllParams, AccountsWebhooksGetAllResponse, AccountsWebhooksGetAllErrorCode>;

/**
 * Lists the site's webhooks.
 *
 * `@gigya-ts/rest-api` types each webhook's events as notification payloads and its version as a number, and adds a secret field; the npm gigya package and SAP's toolkit read events as a list of names and version as text like 2.0, and no response they show carries a secret, so the catalog follows them and leaves secret out.
 *
 * id, product and useXfCredentials appear in the webhook responses of SAP's configuration toolkit.
 *
 * Calls `accounts.webhooks.getAll`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsWebhooksGetAllParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413d3bbe70b21014bbc5a10ce4041860.html | accounts.webhooks.getAll reference}
 */
export function webhooksGetAll(invoker: Invoker, params?: AccountsWebhooksGetAllParams, options?: CallOptions): Promise<GigyaResult<AccountsWebhooksGetAllResponse>> {
  return invokeUnchecked(invoker, webhooksGetAllMethod, params, options);
}

/** Static facts about `accounts.webhooks.getStatus` (name, validator, error codes, response hints). */
export const webhooksGetStatusMethod = /* @__PURE__ */ describeMethod(accountsWebhooksGetStatusParamsSchema, '{"name":"accounts.webhooks.getStatus","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":[],"access":"signed"}', /* @__PURE__ */ hintsFromJson('{"webhookStatus":{"fields":0}}', [accountsWebhookStatusHints])) as MethodDescriptor<AccountsWebhooksGetStatusParams, AccountsWebhooksGetStatusResponse, AccountsWebhooksGetStatusErrorCode>;

/**
 * Reports a webhook's last delivery, with the time Gigya last sent a batch and the status the endpoint answered.
 *
 * `@gigya-ts/rest-api` marks statusCode, lastSent and message always present, while its own descriptions say lastSent and message are absent in some cases, so all three are optional here.
 *
 * Calls `accounts.webhooks.getStatus`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsWebhooksGetStatusParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413d4eeb70b21014bbc5a10ce4041860.html | accounts.webhooks.getStatus reference}
 */
export function webhooksGetStatus(invoker: Invoker, params: AccountsWebhooksGetStatusParams, options?: CallOptions): Promise<GigyaResult<AccountsWebhooksGetStatusResponse>> {
  return invokeUnchecked(invoker, webhooksGetStatusMethod, params, options);
}

/** Static facts about `accounts.webhooks.set` (name, validator, error codes, response hints). */
export const webhooksSetMethod = /* @__PURE__ */ describeMethod(accountsWebhooksSetParamsSchema, '{"name":"accounts.webhooks.set","safeToRepeat":true,"errorCodes":[301001,400001,400002,400004,400006,400008,400092,400093,400094,400095,403000,403002,403003,403004,403005,403006,403007,403010,403025,403036,403048,500000,500001,500026,500028,501001,504001,504002],"csvParams":["events","include"],"access":"signed"}') as MethodDescriptor<AccountsWebhooksSetParams, AccountsWebhooksSetResponse, AccountsWebhooksSetErrorCode>;

/**
 * Creates a webhook, or updates the one with the same name.
 *
 * `@gigya-ts/rest-api` lists a secret param (the key's secret); secret is the client's own credential param, which the client sends from its credentials, and SAP's toolkit sets webhooks without it, so it is not a method param here.
 *
 * `@gigya-ts/rest-api` marks signingUserKey required; SAP's toolkit creates webhooks without it, so it is optional.
 *
 * consentUpdated and communicationUpdated are event names from SAP's toolkit; the rest are in the reference. Names Gigya adds later are accepted too.
 *
 * Setting the same complete webhook twice leaves the same result, so a repeat after a timeout is harmless.
 *
 * Calls `accounts.webhooks.set`. Needs signed credentials. Safe to repeat: transport failures are retried.
 *
 * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
 * @param invoker - A client (`createClient(…)` or `createBaseClient(…)`).
 * @param params - See {@link AccountsWebhooksSetParams}.
 * @param options - Per-call options: timeout, retries, signal, extra params, apiKey.
 * @returns The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) or a transport error.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413d61fc70b21014bbc5a10ce4041860.html | accounts.webhooks.set reference}
 */
export function webhooksSet(invoker: Invoker, params: AccountsWebhooksSetParams, options?: CallOptions): Promise<GigyaResult<AccountsWebhooksSetResponse>> {
  return invokeUnchecked(invoker, webhooksSetMethod, params, options);
}

/** Every descriptor of the accounts namespace. */
export const accountsMethods = /* @__PURE__ */ listMethods(addEmailsMethod, addressCountriesGetMethod, addressSuggestionsGetMethod, authGetMethodsMethod, authMagiclinkEmailGetConfigMethod, authMagiclinkEmailLoginMethod, authMagiclinkEmailSendMethod, authMagiclinkEmailSetConfigMethod, authMagiclinkGetLinkMethod, authOtpAuthenticateMethod, authOtpEmailGetConfigMethod, authOtpEmailLoginMethod, authOtpEmailSendCodeMethod, authOtpEmailSetConfigMethod, authOtpVerifyMethod, authPushConfigGetMethod, authPushConfigSetMethod, authPushVerifyMethod, deleteAccountMethod, deleteConsentStatementMethod, deleteLegalStatementsMethod, deleteLiteAccountMethod, deleteNativeScreenSetMethod, deleteSchemaFieldsMethod, deleteScreenSetMethod, devicesRegisterMethod, devicesUnregisterMethod, devicesUpdateMethod, duplicateLegalStatementMethod, emailAccountChangeEmailMethod, emailAccountSyncMultipleAccountsMethod, emailAccountSyncUidMethod, exchangeUIDSignatureMethod, extensionsCreateMethod, extensionsDeleteMethod, extensionsGetMethod, extensionsListMethod, extensionsModifyMethod, finalizeRegistrationMethod, getAccountInfoMethod, getConflictingAccountMethod, getConsentsStatementsMethod, getCountersMethod, getJWTMethod, getJWTPublicKeyMethod, getLegalStatementsMethod, getLiteTokenMethod, getNativeScreenSetMethod, getNativeScreenSetsMethod, getPoliciesMethod, getRegisteredCountersMethod, getSchemaMethod, getScreenSetVersionsMethod, getScreenSetsMethod, getSiteConsentDetailsMethod, globalChangeAccountResidencyMethod, identifiersCreateTokenMethod, identifiersFindMethod, importAccountMethod, importFullAccountMethod, importLiteAccountsMethod, importProfilePhotoMethod, incrementCountersMethod, initRegistrationMethod, isAvailableLoginIDMethod, linkAccountsMethod, loginMethod, logoutMethod, notifyLoginMethod, notifySocialLoginMethod, otpDeleteMethod, otpLoginMethod, otpSendCodeMethod, otpUpdateMethod, policiesEmailTemplatesGetConfigMethod, policiesEmailTemplatesSetConfigMethod, progressionGetPolicyMethod, progressionSetPolicyMethod, publishProfilePhotoMethod, rbaGetPolicyMethod, rbaLockMethod, rbaSdkConfigurationGetMethod, rbaSetPolicyMethod, rbaUnlockMethod, registerMethod, registerCountersMethod, removeEmailsMethod, resendDOIConfirmationEmailMethod, resendVerificationCodeMethod, resetPasswordMethod, resetSitePreferencesMethod, searchMethod, sendLiteInviteMethod, sessionVerifyMethod, setAccountInfoMethod, setPasswordMethod, setPoliciesMethod, setProfilePhotoMethod, setSchemaMethod, setScreenSetMethod, smsConfigGetMethod, smsConfigSetMethod, smsTemplatesGetMethod, smsTemplatesSetMethod, socialLoginMethod, storeDownloadConsentDocumentMethod, storeUploadConsentDocumentMethod, streamCreateMethod, streamReadMethod, tfaBackupcodesCreateMethod, tfaBackupcodesGetMethod, tfaBackupcodesVerifyMethod, tfaDeactivateProviderMethod, tfaEmailCompleteVerificationMethod, tfaEmailGetEmailsMethod, tfaEmailSendVerificationCodeMethod, tfaFinalizeTFAMethod, tfaGetCertificateMethod, tfaGetProvidersMethod, tfaInitTFAMethod, tfaPhoneCompleteVerificationMethod, tfaPhoneGetCertificateMethod, tfaPhoneGetRegisteredPhoneNumbersMethod, tfaPhoneImportTFAMethod, tfaPhoneRemovePhoneMethod, tfaPhoneSendVerificationCodeMethod, tfaPushIsVerifiedMethod, tfaPushOptinMethod, tfaPushSendVerificationMethod, tfaPushVerifyMethod, tfaResetTFAMethod, tfaTotpRegisterMethod, tfaTotpVerifyMethod, tfaUnregisterDeviceMethod, unregisterCountersMethod, unsubscribeMethod, verifyLoginMethod, webhooksDeleteMethod, webhooksGetAllMethod, webhooksGetStatusMethod, webhooksSetMethod);

/** Response fields the catalog marks as always present (`required: true`), by wire name, including those of extended shapes. Other fields may be missing. */
export const accountsResponseRequired: Readonly<Record<string, readonly string[]>> = /* @__PURE__ */ JSON.parse('{"accounts.addEmails":[],"accounts.address.countries.get":[],"accounts.address.suggestions.get":[],"accounts.auth.getMethods":[],"accounts.auth.magiclink.email.getConfig":[],"accounts.auth.magiclink.email.login":[],"accounts.auth.magiclink.email.send":[],"accounts.auth.magiclink.email.setConfig":[],"accounts.auth.magiclink.getlink":[],"accounts.auth.otp.authenticate":[],"accounts.auth.otp.email.getConfig":[],"accounts.auth.otp.email.login":[],"accounts.auth.otp.email.sendCode":[],"accounts.auth.otp.email.setConfig":[],"accounts.auth.otp.verify":[],"accounts.auth.push.config.get":[],"accounts.auth.push.config.set":[],"accounts.auth.push.verify":[],"accounts.deleteAccount":[],"accounts.deleteConsentStatement":[],"accounts.deleteLegalStatements":[],"accounts.deleteLiteAccount":[],"accounts.deleteNativeScreenSet":[],"accounts.deleteSchemaFields":[],"accounts.deleteScreenSet":[],"accounts.devices.register":[],"accounts.devices.unregister":[],"accounts.devices.update":[],"accounts.duplicateLegalStatement":[],"accounts.emailAccount.changeEmail":[],"accounts.emailAccount.syncMultipleAccounts":[],"accounts.emailAccount.syncUid":[],"accounts.exchangeUIDSignature":[],"accounts.extensions.create":[],"accounts.extensions.delete":[],"accounts.extensions.get":[],"accounts.extensions.list":[],"accounts.extensions.modify":[],"accounts.finalizeRegistration":[],"accounts.getAccountInfo":[],"accounts.getConflictingAccount":[],"accounts.getConsentsStatements":[],"accounts.getCounters":[],"accounts.getJWT":[],"accounts.getJWTPublicKey":[],"accounts.getLegalStatements":[],"accounts.getLiteToken":[],"accounts.getNativeScreenSet":[],"accounts.getNativeScreenSets":[],"accounts.getPolicies":[],"accounts.getRegisteredCounters":[],"accounts.getSchema":[],"accounts.getScreenSetVersions":[],"accounts.getScreenSets":[],"accounts.getSiteConsentDetails":[],"accounts.global.changeAccountResidency":[],"accounts.identifiers.createToken":["aToken"],"accounts.identifiers.find":[],"accounts.importAccount":[],"accounts.importFullAccount":[],"accounts.importLiteAccounts":[],"accounts.importProfilePhoto":[],"accounts.incrementCounters":[],"accounts.initRegistration":[],"accounts.isAvailableLoginID":[],"accounts.linkAccounts":[],"accounts.login":[],"accounts.logout":[],"accounts.notifyLogin":[],"accounts.notifySocialLogin":[],"accounts.otp.delete":[],"accounts.otp.login":[],"accounts.otp.sendCode":[],"accounts.otp.update":[],"accounts.policies.emailTemplates.getConfig":[],"accounts.policies.emailTemplates.setConfig":[],"accounts.progression.getPolicy":[],"accounts.progression.setPolicy":[],"accounts.publishProfilePhoto":[],"accounts.rba.getPolicy":[],"accounts.rba.lock":[],"accounts.rba.sdkConfiguration.get":[],"accounts.rba.setPolicy":[],"accounts.rba.unlock":[],"accounts.register":[],"accounts.registerCounters":[],"accounts.removeEmails":[],"accounts.resendDOIConfirmationEmail":[],"accounts.resendVerificationCode":[],"accounts.resetPassword":[],"accounts.resetSitePreferences":[],"accounts.search":[],"accounts.sendLiteInvite":[],"accounts.session.verify":[],"accounts.setAccountInfo":[],"accounts.setPassword":[],"accounts.setPolicies":[],"accounts.setProfilePhoto":[],"accounts.setSchema":[],"accounts.setScreenSet":[],"accounts.sms.config.get":[],"accounts.sms.config.set":[],"accounts.sms.templates.get":[],"accounts.sms.templates.set":[],"accounts.socialLogin":[],"accounts.store.downloadConsentDocument":[],"accounts.store.uploadConsentDocument":[],"accounts.stream.create":["streamId","cursorId"],"accounts.stream.read":[],"accounts.tfa.backupcodes.create":[],"accounts.tfa.backupcodes.get":[],"accounts.tfa.backupcodes.verify":[],"accounts.tfa.deactivateProvider":[],"accounts.tfa.email.completeVerification":[],"accounts.tfa.email.getEmails":[],"accounts.tfa.email.sendVerificationCode":[],"accounts.tfa.finalizeTFA":[],"accounts.tfa.getCertificate":[],"accounts.tfa.getProviders":["activeProviders","inactiveProviders"],"accounts.tfa.initTFA":["gigyaAssertion"],"accounts.tfa.phone.completeVerification":["providerAssertion"],"accounts.tfa.phone.getCertificate":[],"accounts.tfa.phone.getRegisteredPhoneNumbers":["phones"],"accounts.tfa.phone.importTFA":[],"accounts.tfa.phone.removePhone":[],"accounts.tfa.phone.sendVerificationCode":["phvToken"],"accounts.tfa.push.isVerified":[],"accounts.tfa.push.optin":[],"accounts.tfa.push.sendVerification":[],"accounts.tfa.push.verify":["providerAssertion"],"accounts.tfa.resetTFA":[],"accounts.tfa.totp.register":[],"accounts.tfa.totp.verify":[],"accounts.tfa.unregisterDevice":[],"accounts.unregisterCounters":[],"accounts.unsubscribe":[],"accounts.verifyLogin":[],"accounts.webhooks.delete":[],"accounts.webhooks.getAll":[],"accounts.webhooks.getStatus":[],"accounts.webhooks.set":[]}');

/**
 * Customer Identity accounts: registration and login (with the pending states a flow can stop in), reading and writing an account's profile, custom data, consents and subscriptions, searching the accounts storage, importing accounts, issuing JWTs, and the site's schema, policies and screen-sets. The site's own data, preferences and subscriptions are typed once, on the client.
 *
 * The `accounts` namespace: `client.accounts.<method>(params, options?)`.
 *
 * Methods that read or write an account's data, preferences or subscriptions are typed with the site's schema `S`, given once: `createClient<{ data: MyData }>(options)`.
 * @typeParam S - The site's schema: `{ data; preferences; subscriptions }`, each optional.
 * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | accounts reference}
 */
export interface AccountsNamespace<S extends SiteSchema = SiteSchema> {
  /**
   * Adds email addresses to an account, as verified or unverified addresses.
   *
   * The package this entry was checked against spells the user param uid here; the catalog sends UID like every other accounts method, as Gigya's own samples mix the two spellings (uid, Uid, UID) for the same param.
   *
   * Calls `accounts.addEmails`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   *
   * Errors besides the common ones: 409030 TooManyRequestsForSameUser (inferred: Gigya refuses more than five concurrent requests for the same UID on the accounts methods that name a user.).
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/23e5e21ad35f4c85b98ce39e895e5f24.html | accounts.addEmails reference}
   */
  readonly addEmails: BoundMethod<AccountsAddEmailsParams, AccountsAddEmailsResponse, AccountsAddEmailsErrorCode>;
  /**
   * Address entry backed by SAP Data Quality Management (microservices for location data): the country list and address suggestions while a user types.
   *
   * The methods of `accounts.address`: `client.accounts.address.<method>(params, options?)`.
   */
  readonly address: {
    /**
     * The countries known to the location data service.
     *
     * The methods of `accounts.address.countries`: `client.accounts.address.countries.<method>(params, options?)`.
     */
    readonly countries: {
      /**
       * Lists the countries of the location data service with their ISO and numeric codes.
       *
       * Calls `accounts.address.countries.get`. Needs signed credentials. Safe to repeat: transport failures are retried.
       *
       * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
       * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/40e8d65874d4480eb1ed7ff105351cbd.html | accounts.address.countries.get reference}
       */
      readonly get: BoundMethod<AccountsAddressCountriesGetParams, AccountsAddressCountriesGetResponse, AccountsAddressCountriesGetErrorCode>;
    };
    /**
     * Address suggestions for what a user typed, and the full address of a chosen suggestion.
     *
     * The methods of `accounts.address.suggestions`: `client.accounts.address.suggestions.<method>(params, options?)`.
     */
    readonly suggestions: {
      /**
       * Returns up to 20 address suggestions for what the user typed, or, once the user picked one, that suggestion's full address.
       *
       * The Web SDK calls this method while the user types, so it is callable with the API key alone.
       *
       * Calls `accounts.address.suggestions.get`. Works with an API key alone. Safe to repeat: transport failures are retried.
       *
       * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
       * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/6fa4e911e0f245bbb185cb662d1132a4.html | accounts.address.suggestions.get reference}
       */
      readonly get: BoundMethod<AccountsAddressSuggestionsGetParams, AccountsAddressSuggestionsGetResponse, AccountsAddressSuggestionsGetErrorCode>;
    };
  };
  /**
   * Passwordless authentication: which login methods a user has, Magic Link and email one-time-code login with their site settings, and push authentication from a registered mobile device.
   *
   * The methods of `accounts.auth`: `client.accounts.auth.<method>(params, options?)`.
   */
  readonly auth: {
    /**
     * Tells which authentication methods (password, push, email code, Magic Link) a user can log in with, found by an identifier or an aToken.
     *
     * Looking up a phone number without an aToken fails with 400096.
     *
     * Calls `accounts.auth.getMethods`. Works with an API key alone. Safe to repeat: transport failures are retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
     *
     * Errors besides the common ones: 400096 NotSupported.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/b92c0c7ffc954155ac5a2d5509ceada4.html | accounts.auth.getMethods reference}
     */
    readonly getMethods: BoundMethod<AccountsAuthGetMethodsParams, AccountsAuthGetMethodsResponse, AccountsAuthGetMethodsErrorCode>;
    /**
     * Magic Link login: a link in an email logs the user in with one click.
     *
     * The methods of `accounts.auth.magiclink`: `client.accounts.auth.magiclink.<method>(params, options?)`.
     */
    readonly magiclink: {
      /**
       * Magic Link by email: site settings, sending the link and logging in with its vToken and code.
       *
       * The methods of `accounts.auth.magiclink.email`: `client.accounts.auth.magiclink.email.<method>(params, options?)`.
       */
      readonly email: {
        /**
         * Returns the site's Magic Link settings.
         *
         * Calls `accounts.auth.magiclink.email.getConfig`. Needs signed credentials. Safe to repeat: transport failures are retried.
         *
         * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
         * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/a330ee71b4f84843a393c1935667e39a.html | accounts.auth.magiclink.email.getConfig reference}
         */
        readonly getConfig: BoundMethod<AccountsAuthMagiclinkEmailGetConfigParams, AccountsAuthMagiclinkEmailGetConfigResponse, AccountsAuthMagiclinkEmailGetConfigErrorCode>;
        /**
         * Logs the user in with the vToken and code of a Magic Link sent by auth.magiclink.email.send.
         *
         * `@gigya-ts/rest-api` types sessionInfo and account as unknown; the catalog uses the core SessionInfo and Account shapes.
         *
         * Calls `accounts.auth.magiclink.email.login`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
         *
         * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
         *
         * Resolves with `errorCode` telling a flow state apart from a plain success: 206001 AccountPendingRegistration with `regToken`. Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
         * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/465e0de25d684993a481515ff707d86f.html | accounts.auth.magiclink.email.login reference}
         */
        readonly login: BoundMethod<AccountsAuthMagiclinkEmailLoginParams, AccountsAuthMagiclinkEmailLoginResult<S>, AccountsAuthMagiclinkEmailLoginErrorCode, AccountsAuthMagiclinkEmailLoginErrorFields>;
        /**
         * Starts a Magic Link login by emailing a link to the address.
         *
         * Each call sends an email, so it is never repeated automatically.
         *
         * Calls `accounts.auth.magiclink.email.send`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
         *
         * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
         * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/47006b8cd6ec4292b8fa6321a90328b7.html | accounts.auth.magiclink.email.send reference}
         */
        readonly send: BoundMethod<AccountsAuthMagiclinkEmailSendParams, AccountsAuthMagiclinkEmailSendResponse, AccountsAuthMagiclinkEmailSendErrorCode>;
        /**
         * Turns Magic Link on or off for the site and sets its landing page and link lifetime.
         *
         * Calls `accounts.auth.magiclink.email.setConfig`. Needs signed credentials. Safe to repeat: transport failures are retried.
         *
         * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
         * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/216a91f008db4ac2bb1dafd66848631f.html | accounts.auth.magiclink.email.setConfig reference}
         */
        readonly setConfig: BoundMethod<AccountsAuthMagiclinkEmailSetConfigParams, AccountsAuthMagiclinkEmailSetConfigResponse, AccountsAuthMagiclinkEmailSetConfigErrorCode>;
      };
      /**
       * Creates a Magic Link for a user, valid for up to 60 days, for the site to put into its own (for example marketing) emails.
       *
       * The wire name is accounts.auth.magiclink.getlink, all lower case after magiclink, as in the reference list and SAP's own integration catalogue; the client calls it client.accounts.auth.magiclink.getLink (the catalog's alias), and the wire name stays as documented.
       *
       * The link logs the user in without a password; treat it as a secret.
       *
       * Calls `accounts.auth.magiclink.getlink`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
       *
       * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
       * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/71880e97f2d54fe596d506662818f0a1.html | accounts.auth.magiclink.getlink reference}
       */
      readonly getLink: BoundMethod<AccountsAuthMagiclinkGetLinkParams, AccountsAuthMagiclinkGetLinkResponse, AccountsAuthMagiclinkGetLinkErrorCode>;
    };
    /**
     * One-time codes for authentication: checking a code a user received, for login or for a password reset.
     *
     * The methods of `accounts.auth.otp`: `client.accounts.auth.otp.<method>(params, options?)`.
     */
    readonly otp: {
      /**
       * Exchanges a one-time code the user received for an access token that lets them reset their password with accounts.resetPassword.
       *
       * Calls `accounts.auth.otp.authenticate`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
       *
       * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
       *
       * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
       * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/3e22c136de714dee858e4fc3fcc07e6e.html | accounts.auth.otp.authenticate reference}
       */
      readonly authenticate: BoundMethod<AccountsAuthOtpAuthenticateParams, AccountsAuthOtpAuthenticateResponse, AccountsAuthOtpAuthenticateErrorCode, AccountsAuthOtpAuthenticateErrorFields>;
      /**
       * Email one-time-code login: site settings, sending the code and logging in with it.
       *
       * The methods of `accounts.auth.otp.email`: `client.accounts.auth.otp.email.<method>(params, options?)`.
       */
      readonly email: {
        /**
         * Tells whether email one-time-code login is on for the site.
         *
         * Calls `accounts.auth.otp.email.getConfig`. Needs signed credentials. Safe to repeat: transport failures are retried.
         *
         * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
         * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/b43af07811fd47d192082b3fcf29e82c.html | accounts.auth.otp.email.getConfig reference}
         */
        readonly getConfig: BoundMethod<AccountsAuthOtpEmailGetConfigParams, AccountsAuthOtpEmailGetConfigResponse, AccountsAuthOtpEmailGetConfigErrorCode>;
        /**
         * Logs a user in, or registers them, with the code sent by auth.otp.email.sendCode, and opens a session.
         *
         * `@gigya-ts/rest-api` types code as a number; the reference says the length may change and codes may start with 0, so the catalog keeps it text.
         *
         * The account sections (profile, data, preferences, subscriptions, emails, loginIDs, identities, id_token) are not in `@gigya-ts/rest-api`'s response type; they rest on its include param, which adds them to the response, as on otp.login.
         *
         * `@gigya-ts/rest-api` allows only browser and mobile for targetEnv; the Web SDK also sends jssdk, so the catalog keeps an open list.
         *
         * Calls `accounts.auth.otp.email.login`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
         *
         * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
         *
         * Resolves with `errorCode` telling a flow state apart from a plain success: 206001 AccountPendingRegistration with `regToken`. Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue; 403101 AccountPendingTfaVerification with `regToken`; 403102 AccountPendingTfaRegistration with `regToken`.
         *
         * Errors besides the common ones: 403101 AccountPendingTfaVerification (inferred: Risk-Based Authentication rules apply to every login method and can ask for a second factor); 403102 AccountPendingTfaRegistration (inferred: Risk-Based Authentication rules apply to every login method and can ask the user to enrol a second factor); 403120 AccountTemporarilyLockedOut (inferred: the account lock-out of Risk-Based Authentication applies to every login method).
         * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
         * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/c64edbe9973c4cbdb9bc623ba363f73c.html | accounts.auth.otp.email.login reference}
         */
        readonly login: BoundMethod<AccountsAuthOtpEmailLoginParams, AccountsAuthOtpEmailLoginResult<S>, AccountsAuthOtpEmailLoginErrorCode, AccountsAuthOtpEmailLoginErrorFields>;
        /**
         * Starts an email one-time-code login by sending a code to the address and returns the vToken the login needs.
         *
         * Each call sends an email, so it is never repeated automatically.
         *
         * Calls `accounts.auth.otp.email.sendCode`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
         *
         * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
         *
         * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
         * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/f067d24087f84174abae20c20a46f827.html | accounts.auth.otp.email.sendCode reference}
         */
        readonly sendCode: BoundMethod<AccountsAuthOtpEmailSendCodeParams, AccountsAuthOtpEmailSendCodeResponse, AccountsAuthOtpEmailSendCodeErrorCode, AccountsAuthOtpEmailSendCodeErrorFields>;
        /**
         * Turns email one-time-code login on or off for the site.
         *
         * Calls `accounts.auth.otp.email.setConfig`. Needs signed credentials. Safe to repeat: transport failures are retried.
         *
         * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
         * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/2992c8277a72467caa31988bfc7cd57f.html | accounts.auth.otp.email.setConfig reference}
         */
        readonly setConfig: BoundMethod<AccountsAuthOtpEmailSetConfigParams, AccountsAuthOtpEmailSetConfigResponse, AccountsAuthOtpEmailSetConfigErrorCode>;
      };
      /**
       * Checks that the user holds the email or phone a one-time code was sent to, marks it verified on the account and returns an id_token.
       *
       * Calls `accounts.auth.otp.verify`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
       *
       * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
       *
       * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
       * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/523e76306db34a19be9199fab59b31df.html | accounts.auth.otp.verify reference}
       */
      readonly verify: BoundMethod<AccountsAuthOtpVerifyParams, AccountsAuthOtpVerifyResponse, AccountsAuthOtpVerifyErrorCode, AccountsAuthOtpVerifyErrorFields>;
    };
    /**
     * Push authentication: the mobile app of a registered device approves a login.
     *
     * The methods of `accounts.auth.push`: `client.accounts.auth.push.<method>(params, options?)`.
     */
    readonly push: {
      /**
       * The push vendor (Firebase Cloud Messaging) settings of the site.
       *
       * The methods of `accounts.auth.push.config`: `client.accounts.auth.push.config.<method>(params, options?)`.
       */
      readonly config: {
        /**
         * Returns the site's push vendor settings for push authentication.
         *
         * The inner layout of each vendor entry is not in a stored source, so the values are typed unknown.
         *
         * Calls `accounts.auth.push.config.get`. Needs signed credentials. Safe to repeat: transport failures are retried.
         *
         * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
         * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
         * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4131785a70b21014bbc5a10ce4041860.html | accounts.auth.push.config.get reference}
         */
        readonly get: BoundMethod<AccountsAuthPushConfigGetParams, AccountsAuthPushConfigGetResponse, AccountsAuthPushConfigGetErrorCode>;
        /**
         * Sets the site's push vendor for push authentication, Firebase Cloud Messaging with either its legacy server key or an HTTP v1 service account.
         *
         * The values are Firebase credentials; they must be redacted wherever params are shown.
         *
         * Calls `accounts.auth.push.config.set`. Needs signed credentials. Safe to repeat: transport failures are retried.
         *
         * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
         * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
         * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41318c2170b21014bbc5a10ce4041860.html | accounts.auth.push.config.set reference}
         */
        readonly set: BoundMethod<AccountsAuthPushConfigSetParams, AccountsAuthPushConfigSetResponse, AccountsAuthPushConfigSetErrorCode>;
      };
      /**
       * Sent by the mobile app of a registered device to tell Gigya that the user approved a push login.
       *
       * Only for a user with an active session on the app; the device must be registered with accounts.devices.register.
       *
       * Calls `accounts.auth.push.verify`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
       *
       * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
       *
       * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
       * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4131cb2570b21014bbc5a10ce4041860.html | accounts.auth.push.verify reference}
       */
      readonly verify: BoundMethod<AccountsAuthPushVerifyParams, AccountsAuthPushVerifyResponse, AccountsAuthPushVerifyErrorCode, AccountsAuthPushVerifyErrorFields>;
    };
  };
  /**
   * Deletes an account and all its data from the accounts storage.
   *
   * Not safe to repeat: a retried copy of a delete that went through fails because the account no longer exists.
   *
   * Calls `accounts.deleteAccount`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
   *
   * Errors besides the common ones: 409030 TooManyRequestsForSameUser (inferred: Gigya refuses more than five concurrent requests for the same UID on the accounts methods that name a user.).
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4133a29470b21014bbc5a10ce4041860.html | accounts.deleteAccount reference}
   */
  readonly deleteAccount: BoundMethod<AccountsDeleteAccountParams, AccountsDeleteAccountResponse, AccountsDeleteAccountErrorCode>;
  /**
   * Deletes a consent statement from the site everywhere it appears (accounts, audit log, APIs).
   *
   * Calls `accounts.deleteConsentStatement`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/2782415067b047b7bf10a1439d3e67ce.html | accounts.deleteConsentStatement reference}
   */
  readonly deleteConsentStatement: BoundMethod<AccountsDeleteConsentStatementParams, AccountsDeleteConsentStatementResponse, AccountsDeleteConsentStatementErrorCode>;
  /**
   * Deletes a draft version of the legal text of a consent statement in one language.
   *
   * Only versions still in draft can be deleted.
   *
   * Calls `accounts.deleteLegalStatements`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/2b289e32fa544c76850afb7e78b5d92f.html | accounts.deleteLegalStatements reference}
   */
  readonly deleteLegalStatements: BoundMethod<AccountsDeleteLegalStatementsParams, AccountsDeleteLegalStatementsResponse, AccountsDeleteLegalStatementsErrorCode>;
  /**
   * Deletes a lite account (an email account without a full registration).
   *
   * Calls `accounts.deleteLiteAccount`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4133b5e170b21014bbc5a10ce4041860.html | accounts.deleteLiteAccount reference}
   */
  readonly deleteLiteAccount: BoundMethod<AccountsDeleteLiteAccountParams, AccountsDeleteLiteAccountResponse, AccountsDeleteLiteAccountErrorCode>;
  /**
   * Deletes a native screen-set (the hosted screens of mobile apps).
   *
   * Calls `accounts.deleteNativeScreenSet`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/baaff4ff759d42f48464341ae167dd98.html | accounts.deleteNativeScreenSet reference}
   */
  readonly deleteNativeScreenSet: BoundMethod<AccountsDeleteNativeScreenSetParams, AccountsDeleteNativeScreenSetResponse, AccountsDeleteNativeScreenSetErrorCode>;
  /**
   * Deletes custom data fields from the site schema. Their data can no longer be read or written, and their names cannot be used again.
   *
   * Deleting an unused field frees a slot when the site has reached its schema field limit.
   *
   * Calls `accounts.deleteSchemaFields`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4133c8e670b21014bbc5a10ce4041860.html | accounts.deleteSchemaFields reference}
   */
  readonly deleteSchemaFields: BoundMethod<AccountsDeleteSchemaFieldsParams, AccountsDeleteSchemaFieldsResponse, AccountsDeleteSchemaFieldsErrorCode>;
  /**
   * Deletes a hosted screen-set.
   *
   * Calls `accounts.deleteScreenSet`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4133dbe070b21014bbc5a10ce4041860.html | accounts.deleteScreenSet reference}
   */
  readonly deleteScreenSet: BoundMethod<AccountsDeleteScreenSetParams, AccountsDeleteScreenSetResponse, AccountsDeleteScreenSetErrorCode>;
  /**
   * The user's mobile devices for passwordless push authentication: a mobile app registers, updates or unregisters the device of a logged-in user.
   *
   * The methods of `accounts.devices`: `client.accounts.devices.<method>(params, options?)`.
   */
  readonly devices: {
    /**
     * Registers the logged-in user's device for a passwordless flow such as push authentication.
     *
     * Called by a mobile app for a user with an active session; the session identifies the user.
     *
     * Calls `accounts.devices.register`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4133eee870b21014bbc5a10ce4041860.html | accounts.devices.register reference}
     */
    readonly register: BoundMethod<AccountsDevicesRegisterParams, AccountsDevicesRegisterResponse, AccountsDevicesRegisterErrorCode>;
    /**
     * Removes the logged-in user's current device from passwordless flows such as push authentication.
     *
     * Called by a mobile app for a user with an active session; the session names the device.
     *
     * Calls `accounts.devices.unregister`. Needs signed credentials. Safe to repeat: transport failures are retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4134062c70b21014bbc5a10ce4041860.html | accounts.devices.unregister reference}
     */
    readonly unregister: BoundMethod<AccountsDevicesUnregisterParams, AccountsDevicesUnregisterResponse, AccountsDevicesUnregisterErrorCode>;
    /**
     * Updates the details of the logged-in user's registered device, typically after its push token changed.
     *
     * Called by a mobile app for a user with an active session; the Swift SDK sends it when the push token changes.
     *
     * Calls `accounts.devices.update`. Needs signed credentials. Safe to repeat: transport failures are retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4134192b70b21014bbc5a10ce4041860.html | accounts.devices.update reference}
     */
    readonly update: BoundMethod<AccountsDevicesUpdateParams, AccountsDevicesUpdateResponse, AccountsDevicesUpdateErrorCode>;
  };
  /**
   * Returns a partial copy of a legal statement (custom data and its versions or dates) to start a new version from.
   *
   * Calls `accounts.duplicateLegalStatement`. Needs signed credentials. Safe to repeat: transport failures are retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/d3eed592164c4b5f9ae2e8f8a8f14214.html | accounts.duplicateLegalStatement reference}
   */
  readonly duplicateLegalStatement: BoundMethod<AccountsDuplicateLegalStatementParams, AccountsDuplicateLegalStatementResponse, AccountsDuplicateLegalStatementErrorCode>;
  /**
   * The Accounts and Email Accounts Sync flow: repairing the UID or email of an email account (the record behind subscriptions and lite registration) so that it matches a full account. Each method is a dry run unless fixEnabled is true.
   *
   * The methods of `accounts.emailAccount`: `client.accounts.emailAccount.<method>(params, options?)`.
   */
  readonly emailAccount: {
    /**
     * Gives an email account the address of an existing full account.
     *
     * Calls `accounts.emailAccount.changeEmail`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/78e703f2aee64dc99e883378cea0a148.html | accounts.emailAccount.changeEmail reference}
     */
    readonly changeEmail: BoundMethod<AccountsEmailAccountChangeEmailParams, AccountsEmailAccountChangeEmailResponse, AccountsEmailAccountChangeEmailErrorCode>;
    /**
     * Syncs an email account with the full accounts that share its email or UID: it takes the UID of the matching full account (preferring registered, then most recently updated ones), or the email of the full account with its UID, and otherwise deletes a non-lite email account.
     *
     * The response spells uid in lower case, as `@gigya-ts/rest-api` types it, unlike the UID param.
     *
     * Calls `accounts.emailAccount.syncMultipleAccounts`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/486489efe27c46deab810c0f15e81afb.html | accounts.emailAccount.syncMultipleAccounts reference}
     */
    readonly syncMultipleAccounts: BoundMethod<AccountsEmailAccountSyncMultipleAccountsParams, AccountsEmailAccountSyncMultipleAccountsResponse, AccountsEmailAccountSyncMultipleAccountsErrorCode>;
    /**
     * Gives an email account the UID of the existing full account that has the same address.
     *
     * Calls `accounts.emailAccount.syncUid`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/a5585b0870144adfb1f043726fc6dc98.html | accounts.emailAccount.syncUid reference}
     */
    readonly syncUid: BoundMethod<AccountsEmailAccountSyncUidParams, AccountsEmailAccountSyncUidResponse, AccountsEmailAccountSyncUidErrorCode>;
  };
  /**
   * Re-signs a UID signature received from a client-side login with the secret of the calling user or application key, so a party without the site secret can check it.
   *
   * The gigya npm package also sends userKey here; the client adds it from the credentials, so it is no param of its own.
   *
   * Calls `accounts.exchangeUIDSignature`. Needs signed credentials. Safe to repeat: transport failures are retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
   *
   * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41342c3970b21014bbc5a10ce4041860.html | accounts.exchangeUIDSignature reference}
   */
  readonly exchangeUIDSignature: BoundMethod<AccountsExchangeUIDSignatureParams, AccountsExchangeUIDSignatureResponse, AccountsExchangeUIDSignatureErrorCode, AccountsExchangeUIDSignatureErrorFields>;
  /**
   * Identity Extensibility: an endpoint of the site that Gigya calls at an extension point (before registration, login, setAccountInfo, social login or a password complexity check) to check or change the request. One extension per extension point.
   *
   * The methods of `accounts.extensions`: `client.accounts.extensions.<method>(params, options?)`.
   */
  readonly extensions: {
    /**
     * Creates an empty, disabled extension for an extension point that has none; fill it in and enable it with extensions.modify.
     *
     * Creating a second extension for the same point fails (the reference gives no code); delete the existing one with extensions.delete first. Not available on a child site.
     *
     * `@gigya-ts/rest-api` types result as a list; SAP's toolkit reads a single extension (result.id) after create, so the catalog types one.
     *
     * `@gigya-ts/rest-api` allows the four OnBefore points here and only OnPasswordComplexityCheck in modify; the catalog offers all five in both as an open list.
     *
     * Calls `accounts.extensions.create`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41343f7b70b21014bbc5a10ce4041860.html | accounts.extensions.create reference}
     */
    readonly create: BoundMethod<AccountsExtensionsCreateParams, AccountsExtensionsCreateResponse, AccountsExtensionsCreateErrorCode>;
    /**
     * Deletes an extension; on a child site it instead reverts the extension to the parent site's, which it then inherits.
     *
     * Calls `accounts.extensions.delete`. Needs signed credentials. Safe to repeat: transport failures are retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4134526e70b21014bbc5a10ce4041860.html | accounts.extensions.delete reference}
     */
    readonly delete: BoundMethod<AccountsExtensionsDeleteParams, AccountsExtensionsDeleteResponse, AccountsExtensionsDeleteErrorCode>;
    /**
     * Returns one extension by its ID.
     *
     * `@gigya-ts/rest-api` marks the extension's fields always present and names its ID extensionId; SAP's toolkit reads id and lastModified, so ExtensionConfig carries both spellings, all optional.
     *
     * Calls `accounts.extensions.get`. Needs signed credentials. Safe to repeat: transport failures are retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4134656770b21014bbc5a10ce4041860.html | accounts.extensions.get reference}
     */
    readonly get: BoundMethod<AccountsExtensionsGetParams, AccountsExtensionsGetResponse, AccountsExtensionsGetErrorCode>;
    /**
     * Lists the site's extensions.
     *
     * Calls `accounts.extensions.list`. Needs signed credentials. Safe to repeat: transport failures are retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4134785270b21014bbc5a10ce4041860.html | accounts.extensions.list reference}
     */
    readonly list: BoundMethod<AccountsExtensionsListParams, AccountsExtensionsListResponse, AccountsExtensionsListErrorCode>;
    /**
     * Changes an extension; settings left out stay as they are.
     *
     * description, headers and integration are not in `@gigya-ts/rest-api`; SAP's configuration toolkit sends them with this call.
     *
     * On a child site SAP's toolkit changes only enabled and extensionFuncUrl.
     *
     * Calls `accounts.extensions.modify`. Needs signed credentials. Safe to repeat: transport failures are retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41348b7a70b21014bbc5a10ce4041860.html | accounts.extensions.modify reference}
     */
    readonly modify: BoundMethod<AccountsExtensionsModifyParams, AccountsExtensionsModifyResponse, AccountsExtensionsModifyErrorCode>;
  };
  /**
   * Completes a registration that register, login or a social login left pending, and logs the user in.
   *
   * Without application-key credentials Gigya treats this call as a client-side call, with client-side rate limits.
   *
   * Calls `accounts.finalizeRegistration`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | documented in SAP's reference}.
   *
   * Resolves with `errorCode` telling a flow state apart from a plain success: 206001 AccountPendingRegistration with `regToken`; 206002 AccountPendingVerification with `regToken`, `unverifiedEmails`.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/228cd8bc68dc477094b3e0e9fe108e23.html | accounts.finalizeRegistration reference}
   */
  readonly finalizeRegistration: BoundMethod<AccountsFinalizeRegistrationParams, AccountsFinalizeRegistrationResult<S>, AccountsFinalizeRegistrationErrorCode>;
  /**
   * Reads an account (profile and custom data by default, other parts on request), by UID, by the regToken of an unfinished registration, or by a login identifier.
   *
   * Gigya refuses (409030) a request when more than five requests for the same UID are in progress.
   *
   * findBy may name a user of any site on any of the partner's data centers; an unknown identifier answers 403005 (Unauthorized user).
   *
   * The package this entry was checked against gives the include default as profile,data,subscriptions; SAP's 2025 reference says profile,data.
   *
   * Calls `accounts.getAccountInfo`. Needs signed credentials. Safe to repeat: transport failures are retried.
   *
   * Where this comes from: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}; {@link https://www.npmjs.com/package/@gigya-ts/rest-api | typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
   *
   * Errors besides the common ones: 409030 TooManyRequestsForSameUser.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/cab69a86edae49e2be93fd51b78fc35b.html | accounts.getAccountInfo reference}
   */
  readonly getAccountInfo: BoundMethod<AccountsGetAccountInfoParams, AccountsGetAccountInfoResponse<S>, AccountsGetAccountInfoErrorCode>;
  /**
   * For an unfinished registration that collides with an existing account (same email), tells which account that is and how it logs in, so the user can link the two.
   *
   * Mobile SDKs call it with the regToken of a 409003 (or older 403043) answer before offering to link the accounts.
   *
   * The gigya npm package types loginID next to conflictingAccount instead of inside it.
   *
   * Calls `accounts.getConflictingAccount`. Works with an API key alone. Safe to repeat: transport failures are retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4134d7df70b21014bbc5a10ce4041860.html | accounts.getConflictingAccount reference}
   */
  readonly getConflictingAccount: BoundMethod<AccountsGetConflictingAccountParams, AccountsGetConflictingAccountResponse, AccountsGetConflictingAccountErrorCode>;
  /**
   * Returns every consent statement defined for the site.
   *
   * Wire name: SAP's own toolkit, other clients and Gigya's error texts call accounts.getConsentsStatements; the `@gigya-ts/rest-api` package and the research list spell it getConsentStatements. The catalog follows the name that is actually called.
   *
   * Calls `accounts.getConsentsStatements`. Needs signed credentials. Safe to repeat: transport failures are retried.
   *
   * Where this comes from: {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | Called this way by SAP's own Customer Data Cloud toolkit}; {@link https://www.npmjs.com/package/@gigya-ts/rest-api | typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}.
   * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/660b99419e294030968610cbb27f42bf.html | accounts.getConsentsStatements reference}
   */
  readonly getConsentsStatements: BoundMethod<AccountsGetConsentsStatementsParams, AccountsGetConsentsStatementsResponse, AccountsGetConsentsStatementsErrorCode>;
  /**
   * Reads the activity counters (Signals) of a user.
   *
   * Only the 2016-2020 documentation and clients list the counters methods; the current reference does not.
   *
   * Calls `accounts.getCounters`. Needs signed credentials. Safe to repeat: transport failures are retried.
   *
   * Legacy: documented only in older references.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}.
   * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
   * @see {@link http://developers.gigya.com/display/GD/accounts.getCounters+REST | accounts.getCounters reference}
   */
  readonly getCounters: BoundMethod<AccountsGetCountersParams, AccountsGetCountersResponse, AccountsGetCountersErrorCode>;
  /**
   * Issues a signed JWT (id_token, RS256) for a user of the site, optionally carrying profile and data fields, for a service that trusts Gigya's keys.
   *
   * Calls `accounts.getJWT`. Needs signed credentials. Safe to repeat: transport failures are retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41353af770b21014bbc5a10ce4041860.html | accounts.getJWT reference}
   */
  readonly getJWT: BoundMethod<AccountsGetJWTParams, AccountsGetJWTResponse, AccountsGetJWTErrorCode>;
  /**
   * Returns the public key that verifies the JWTs Gigya issues for the site (getJWT, login id_token), as a JSON Web Key or a key set.
   *
   * Only the API key is needed (the client sends it); no secret or session.
   *
   * Calls `accounts.getJWTPublicKey`. Works with an API key alone. Safe to repeat: transport failures are retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41354df770b21014bbc5a10ce4041860.html | accounts.getJWTPublicKey reference}
   */
  readonly getJWTPublicKey: BoundMethod<AccountsGetJWTPublicKeyParams, AccountsGetJWTPublicKeyResponse, AccountsGetJWTPublicKeyErrorCode>;
  /**
   * Returns the legal text of a consent statement in one language, with its versions, purpose, document links and custom data.
   *
   * Calls `accounts.getLegalStatements`. Needs signed credentials. Safe to repeat: transport failures are retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/ff175775723c4fd0ba4b7be295f6c92f.html | accounts.getLegalStatements reference}
   */
  readonly getLegalStatements: BoundMethod<AccountsGetLegalStatementsParams, AccountsGetLegalStatementsResponse, AccountsGetLegalStatementsErrorCode>;
  /**
   * Returns a token for a lite account (email only) that accounts.setAccountInfo and getAccountInfo accept to act on it.
   *
   * Calls `accounts.getLiteToken`. Needs signed credentials. Safe to repeat: transport failures are retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413560f270b21014bbc5a10ce4041860.html | accounts.getLiteToken reference}
   */
  readonly getLiteToken: BoundMethod<AccountsGetLiteTokenParams, AccountsGetLiteTokenResponse, AccountsGetLiteTokenErrorCode>;
  /**
   * Returns one native screen-set (screens of mobile apps hosted by Gigya), optionally only some of its parts or in one language.
   *
   * Calls `accounts.getNativeScreenSet`. Needs signed credentials. Safe to repeat: transport failures are retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4135743670b21014bbc5a10ce4041860.html | accounts.getNativeScreenSet reference}
   */
  readonly getNativeScreenSet: BoundMethod<AccountsGetNativeScreenSetParams, AccountsGetNativeScreenSetResponse, AccountsGetNativeScreenSetErrorCode>;
  /**
   * Lists the site's native screen-sets with their version metadata.
   *
   * Calls `accounts.getNativeScreenSets`. Needs signed credentials. Safe to repeat: transport failures are retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/908f6738288644d599d682b11e5eca55.html | accounts.getNativeScreenSets reference}
   */
  readonly getNativeScreenSets: BoundMethod<AccountsGetNativeScreenSetsParams, AccountsGetNativeScreenSetsResponse, AccountsGetNativeScreenSetsErrorCode>;
  /**
   * Returns the site's account policies (registration, login identifiers, email verification, password rules, security, two-factor, …), all sections or the ones named.
   *
   * Calls without a secret may read only registration, gigyaPlugins, passwordComplexity and security.
   *
   * The gigya npm package names the full/explicitOnly param filter; the catalog follows the current reference's include.
   *
   * Calls `accounts.getPolicies`. Works with an API key alone. Safe to repeat: transport failures are retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41359a2970b21014bbc5a10ce4041860.html | accounts.getPolicies reference}
   */
  readonly getPolicies: BoundMethod<AccountsGetPoliciesParams, AccountsGetPoliciesResponse, AccountsGetPoliciesErrorCode>;
  /**
   * Lists the custom counters registered for the site with accounts.registerCounters.
   *
   * Calls `accounts.getRegisteredCounters`. Needs signed credentials. Safe to repeat: transport failures are retried.
   *
   * Legacy: documented only in older references.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
   * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
   * @see {@link http://developers.gigya.com/display/GD/accounts.getRegisteredCounters+REST | accounts.getRegisteredCounters reference}
   */
  readonly getRegisteredCounters: BoundMethod<AccountsGetRegisteredCountersParams, AccountsGetRegisteredCountersResponse, AccountsGetRegisteredCountersErrorCode>;
  /**
   * Returns the site schema (profile, data, subscriptions, preferences, internal and addresses parts) with the properties of each field.
   *
   * Calls `accounts.getSchema`. Works with an API key alone. Safe to repeat: transport failures are retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4135e80970b21014bbc5a10ce4041860.html | accounts.getSchema reference}
   */
  readonly getSchema: BoundMethod<AccountsGetSchemaParams, AccountsGetSchemaResponse, AccountsGetSchemaErrorCode>;
  /**
   * Lists the saved versions of a screen-set.
   *
   * Only the gigya npm package types this method; no stored reference page describes it.
   *
   * Calls `accounts.getScreenSetVersions`. Needs signed credentials. Safe to repeat: transport failures are retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}.
   * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | accounts reference} (no page of its own)
   */
  readonly getScreenSetVersions: BoundMethod<AccountsGetScreenSetVersionsParams, AccountsGetScreenSetVersionsResponse, AccountsGetScreenSetVersionsErrorCode>;
  /**
   * Returns hosted screen-sets (markup, style, translations and hooks), all of the site's or the ones named.
   *
   * Calls `accounts.getScreenSets`. Works with an API key alone. Safe to repeat: transport failures are retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41360e5770b21014bbc5a10ce4041860.html | accounts.getScreenSets reference}
   */
  readonly getScreenSets: BoundMethod<AccountsGetScreenSetsParams, AccountsGetScreenSetsResponse, AccountsGetScreenSetsErrorCode>;
  /**
   * Returns every consent statement in effect for the site or site group, with its full details.
   *
   * Calls `accounts.getSiteConsentDetails`. Needs signed credentials. Safe to repeat: transport failures are retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/13d09b52ca21463580b418599b46de64.html | accounts.getSiteConsentDetails reference}
   */
  readonly getSiteConsentDetails: BoundMethod<AccountsGetSiteConsentDetailsParams, AccountsGetSiteConsentDetailsResponse, AccountsGetSiteConsentDetailsErrorCode>;
  /**
   * Global Access: site groups spanning data centers, where each account has a resident data center.
   *
   * The methods of `accounts.global`: `client.accounts.global.<method>(params, options?)`.
   */
  readonly global: {
    /**
     * Moves a registered user's account to another data center of a Global Access site group.
     *
     * While the move runs, accounts.getAccountInfo reports inTransition true and the account cannot be changed; calls naming it fail until the move ends.
     *
     * Calls `accounts.global.changeAccountResidency`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | documented in SAP's reference}.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4136217170b21014bbc5a10ce4041860.html | accounts.global.changeAccountResidency reference}
     */
    readonly changeAccountResidency: BoundMethod<AccountsGlobalChangeAccountResidencyParams, AccountsGlobalChangeAccountResidencyResponse, AccountsGlobalChangeAccountResidencyErrorCode>;
  };
  /**
   * Account identifiers (UID, email, username, phone and custom identifiers): tokens that stand for an identifier, and looking an account up by any of them.
   *
   * The methods of `accounts.identifiers`: `client.accounts.identifiers.<method>(params, options?)`.
   */
  readonly identifiers: {
    /**
     * Creates an aToken, a signed JWT standing for one identifier of a user, for flows with custom identifiers such as phone and password login.
     *
     * The Web SDK's method list spells this group accounts.identifier (singular); `@gigya-ts/rest-api`, the reference list and the Swift SDK's API constants use accounts.identifiers.createToken, which the catalog follows.
     *
     * Calls `accounts.identifiers.createToken`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/bd88023234a143ce8a7a8104b79eab18.html | accounts.identifiers.createToken reference}
     */
    readonly createToken: BoundMethod<AccountsIdentifiersCreateTokenParams, AccountsIdentifiersCreateTokenResponse, AccountsIdentifiersCreateTokenErrorCode>;
    /**
     * Finds an account's UID and its other identifiers from any one identifier, including accounts too new to show up in accounts.search yet.
     *
     * `@gigya-ts/rest-api` types identifiers as an object with the four keys; they contain dots and slashes, so the catalog types a map keyed by them.
     *
     * Useful right after registration, when accounts.search does not show the account yet; follow with accounts.getAccountInfo.
     *
     * Calls `accounts.identifiers.find`. Needs signed credentials. Safe to repeat: transport failures are retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/c50ab43072964e3ba6ab422436d000bd.html | accounts.identifiers.find reference}
     */
    readonly find: BoundMethod<AccountsIdentifiersFindParams, AccountsIdentifiersFindResponse, AccountsIdentifiersFindErrorCode>;
  };
  /**
   * Imports one account (profile, data and a password hash given as separate params) into the accounts storage.
   *
   * The gigya npm package types pwHashRounds as text; the catalog sends the number the same way (as decimal text).
   *
   * Calls `accounts.importAccount`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Legacy: documented only in older references.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}.
   * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
   * @deprecated Use importFullAccount.
   * @see {@link http://developers.gigya.com/display/GD/accounts.importAccount+REST | accounts.importAccount reference}
   */
  readonly importAccount: BoundMethod<AccountsImportAccountParams<S>, AccountsImportAccountResponse, AccountsImportAccountErrorCode>;
  /**
   * Imports a complete account (profile, data, identities, login IDs, emails, password hash, consents, subscriptions) into the accounts storage, for migrations.
   *
   * Gigya answers 503001 when more than five calls for the same UID arrive within a minute; space out imports of one user.
   *
   * Params Gigya does not know are ignored; when the import succeeds anyway, the response lists the first few it skipped.
   *
   * Imported users do not count as new users in reports, no automatic emails are sent to them, and only the subscription-updated and account-progressed webhooks can fire.
   *
   * When a group of fields is given (loginIDs, for example), the whole group is replaced, not merged.
   *
   * The reference table spells the user param uid and its samples Uid; the catalog sends UID like every other accounts method.
   *
   * Calls `accounts.importFullAccount`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}; {@link https://www.npmjs.com/package/@gigya-ts/rest-api | typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   *
   * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
   *
   * Errors besides the common ones: 400003 UniqueIdentifierExists; 503001 ServiceUnavailableForOperation.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41365a5370b21014bbc5a10ce4041860.html | accounts.importFullAccount reference}
   */
  readonly importFullAccount: BoundMethod<AccountsImportFullAccountParams<S>, AccountsImportFullAccountResponse, AccountsImportFullAccountErrorCode, AccountsImportFullAccountErrorFields>;
  /**
   * Imports a lite account (an email address with profile, data and subscriptions, without a full registration).
   *
   * Wire name: SAP's toolkit calls accounts.importLiteAccount (singular) from its IdentitySync data flows; the package and the research list spell it importLiteAccounts, and the catalog follows them until a source settles it.
   *
   * Calls `accounts.importLiteAccounts`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41366d8270b21014bbc5a10ce4041860.html | accounts.importLiteAccounts reference}
   */
  readonly importLiteAccounts: BoundMethod<AccountsImportLiteAccountsParams<S>, AccountsImportLiteAccountsResponse, AccountsImportLiteAccountsErrorCode>;
  /**
   * Imports a profile photo from a URL, as a temporary photo or published to the profile.
   *
   * Calls `accounts.importProfilePhoto`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
   *
   * Errors besides the common ones: 409010 MissingUserPhoto (inferred: The error table describes 409010 as a missing or invalid profile photo.); 413004 ProfilePhotoTooLarge (inferred: The error table describes 413004 as a profile photo that is too large.).
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413693b870b21014bbc5a10ce4041860.html | accounts.importProfilePhoto reference}
   */
  readonly importProfilePhoto: BoundMethod<AccountsImportProfilePhotoParams, AccountsImportProfilePhotoResponse, AccountsImportProfilePhotoErrorCode>;
  /**
   * Increments custom activity counters (Signals) of a user; register them first with accounts.registerCounters.
   *
   * Calls `accounts.incrementCounters`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Legacy: documented only in older references.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}.
   *
   * Errors besides the common ones: 409011 CounterNotRegistered (inferred: The error table describes 409011 as a counter that has not been registered.).
   * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
   * @see {@link http://developers.gigya.com/display/GD/accounts.incrementCounters+REST | accounts.incrementCounters reference}
   */
  readonly incrementCounters: BoundMethod<AccountsIncrementCountersParams, AccountsIncrementCountersResponse, AccountsIncrementCountersErrorCode>;
  /**
   * Starts a registration and returns the regToken that register and finalizeRegistration continue it with.
   *
   * Safe to repeat: a second call only starts another registration, and the unused token expires.
   *
   * Calls `accounts.initRegistration`. Works with an API key alone. Safe to repeat: transport failures are retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4136e1f370b21014bbc5a10ce4041860.html | accounts.initRegistration reference}
   */
  readonly initRegistration: BoundMethod<AccountsInitRegistrationParams, AccountsInitRegistrationResponse, AccountsInitRegistrationErrorCode>;
  /**
   * Tells whether a login identifier (username or email address) is still free on the site.
   *
   * With the site's preventLoginIDHarvesting policy on, unsigned calls may be refused.
   *
   * Calls `accounts.isAvailableLoginID`. Works with an API key alone. Safe to repeat: transport failures are retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
   *
   * Errors besides the common ones: 403026 UnauthorizedAccessError (inferred: The error table ties 403026 to harvesting protection, which exists to stop exactly this kind of check.).
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41370be670b21014bbc5a10ce4041860.html | accounts.isAvailableLoginID reference}
   */
  readonly isAvailableLoginID: BoundMethod<AccountsIsAvailableLoginIDParams, AccountsIsAvailableLoginIDResponse, AccountsIsAvailableLoginIDErrorCode>;
  /**
   * Links an unfinished social login or registration to an existing site account, after the user proves they own it with its login ID and password.
   *
   * Without application-key credentials Gigya treats this call as a client-side call, with client-side rate limits.
   *
   * Calls `accounts.linkAccounts`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | documented in SAP's reference}.
   *
   * Resolves with `errorCode` telling a flow state apart from a plain success: 206001 AccountPendingRegistration with `regToken`; 206002 AccountPendingVerification with `regToken`, `unverifiedEmails`.
   *
   * Errors besides the common ones: 403042 InvalidLoginId (inferred: The existing account is checked with a login ID and password, and 403042 is the answer to a wrong pair.).
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/2a4dabf377414d0b92a29ffba5f0970a.html | accounts.linkAccounts reference}
   */
  readonly linkAccounts: BoundMethod<AccountsLinkAccountsParams, AccountsLinkAccountsResult<S>, AccountsLinkAccountsErrorCode>;
  /**
   * Logs a user in with a login ID and password (or an aToken) and opens a session. A login can also stop in a pending state (registration, verification, password change, two-factor, CAPTCHA) that the response's regToken continues.
   *
   * Without application-key credentials Gigya treats this call as a client-side call, with client-side rate limits; SAP recommends signing server calls.
   *
   * The pending states carry a regToken: 206001 (finish the registration with setAccountInfo and finalizeRegistration), 206002 (verify the email), 403100 (change the password), 403101 and 403102 (two-factor verification or registration), 409003 (the identity belongs to an existing account; see getConflictingAccount). 401020 asks for a CAPTCHA on the next try.
   *
   * Calls `accounts.login`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | documented in SAP's reference}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}.
   *
   * Resolves with `errorCode` telling a flow state apart from a plain success: 200009 AccountsLinked with `regToken`; 206001 AccountPendingRegistration with `regToken`; 206002 AccountPendingVerification with `regToken`, `unverifiedEmails`. Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 401020 LoginFailedCaptchaRequired with `regToken`; 403100 PendingPasswordChange with `regToken`; 403101 AccountPendingTfaVerification with `regToken`; 403102 AccountPendingTfaRegistration with `regToken`; 409003 EntityExistsConflict with `regToken`, `provider`, `access_token`.
   *
   * Errors besides the common ones: 401020 LoginFailedCaptchaRequired; 401021 LoginFailedWrongCaptcha; 403041 AccountDisabled (inferred: The reference says a disabled account (isActive false) cannot log in, and 403041 is the table's code for a disabled account.); 403042 InvalidLoginId; 403100 PendingPasswordChange; 403101 AccountPendingTfaVerification; 403102 AccountPendingTfaRegistration; 403120 AccountTemporarilyLockedOut; 409003 EntityExistsConflict; 409030 TooManyRequestsForSameUser (inferred: Gigya refuses more than five concurrent requests for the same UID on the accounts methods that name a user.).
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/683844d3c4b54104b2201efffdf558e3.html | accounts.login reference}
   */
  readonly login: BoundMethod<AccountsLoginParams, AccountsLoginResult<S>, AccountsLoginErrorCode, AccountsLoginErrorFields>;
  /**
   * Logs the user out of every session of the site and revokes their OpenID Connect refresh tokens.
   *
   * Calls `accounts.logout`. Needs signed credentials. Safe to repeat: transport failures are retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41376ba570b21014bbc5a10ce4041860.html | accounts.logout reference}
   */
  readonly logout: BoundMethod<AccountsLogoutParams, AccountsLogoutResponse, AccountsLogoutErrorCode>;
  /**
   * Tells Gigya that the site logged a user in by its own means (a site UID, or provider sessions it obtained); Gigya creates or reconnects the account and opens a session.
   *
   * A new siteUID registers a new user; a known one reconnects the returning user.
   *
   * Without application-key credentials Gigya treats this call as a client-side call, with client-side rate limits.
   *
   * Calls `accounts.notifyLogin`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | documented in SAP's reference}.
   *
   * Resolves with `errorCode` telling a flow state apart from a plain success: 206001 AccountPendingRegistration with `regToken`; 206002 AccountPendingVerification with `regToken`. Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 403043 LoginIdentifierExists with `regToken`.
   *
   * Errors besides the common ones: 403043 LoginIdentifierExists (inferred: The error table's login identifier exists, with a regToken for the older linking flow, is the answer when a provider session's email is another account's login ID.); 409001 IdentityExists (inferred: The error table's identity exists (already connected or linked) is the conflict of a provider session whose identity belongs to an account other than siteUID; socialize.importIdentities documents the same code for the same conflict.).
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/bd09a6608f694a4d8461c8b0cb00a75b.html | accounts.notifyLogin reference}
   */
  readonly notifyLogin: BoundMethod<AccountsNotifyLoginParams, AccountsNotifyLoginResult<S>, AccountsNotifyLoginErrorCode, AccountsNotifyLoginErrorFields>;
  /**
   * Logs a user in (or connects or links a provider) with a session the site or app obtained from a social provider itself, e.g. through the provider's native mobile SDK.
   *
   * Calls `accounts.notifySocialLogin`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
   *
   * Resolves with `errorCode` telling a flow state apart from a plain success: 206001 AccountPendingRegistration with `regToken`. Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 409003 EntityExistsConflict with `regToken`, `provider`, `access_token`.
   *
   * Errors besides the common ones: 409003 EntityExistsConflict.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413795be70b21014bbc5a10ce4041860.html | accounts.notifySocialLogin reference}
   */
  readonly notifySocialLogin: BoundMethod<AccountsNotifySocialLoginParams, AccountsNotifySocialLoginResult, AccountsNotifySocialLoginErrorCode, AccountsNotifySocialLoginErrorFields>;
  /**
   * One-time codes sent by SMS or email: phone-number login (otp.sendCode, then otp.login), changing a user's phone or email (otp.sendCode, then otp.update), and removing a login phone.
   *
   * The methods of `accounts.otp`: `client.accounts.otp.<method>(params, options?)`.
   */
  readonly otp: {
    /**
     * Removes the login phone number from a user's account.
     *
     * Calls `accounts.otp.delete`. Needs signed credentials. Safe to repeat: transport failures are retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/8f313cc471f549d49fcc8ab3a430aea9.html | accounts.otp.delete reference}
     */
    readonly delete: BoundMethod<AccountsOtpDeleteParams, AccountsOtpDeleteResponse, AccountsOtpDeleteErrorCode>;
    /**
     * Logs a user in, or registers them, with the code sent by otp.sendCode (phone-number login), and opens a session.
     *
     * The account sections (profile, data, preferences, subscriptions, emails, loginIDs, identities, id_token) are not in `@gigya-ts/rest-api`'s response type; its include param adds them, and the Swift SDK reads this response as an account.
     *
     * The vToken expires after 10 minutes. The Swift SDK hands failures of this call to its interruption resolver, which handles pending registration and TFA.
     *
     * An older reference page says the code has 4 digits; the current one says 6 and warns that the length may change, hence text.
     *
     * Calls `accounts.otp.login`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
     *
     * Resolves with `errorCode` telling a flow state apart from a plain success: 206001 AccountPendingRegistration with `regToken`. Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue; 403101 AccountPendingTfaVerification with `regToken`; 403102 AccountPendingTfaRegistration with `regToken`.
     *
     * Errors besides the common ones: 403101 AccountPendingTfaVerification (inferred: Risk-Based Authentication rules apply to every login method and can ask for a second factor); 403102 AccountPendingTfaRegistration (inferred: Risk-Based Authentication rules apply to every login method and can ask the user to enrol a second factor); 403120 AccountTemporarilyLockedOut (inferred: the account lock-out of Risk-Based Authentication applies to every login method).
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4137bbe870b21014bbc5a10ce4041860.html | accounts.otp.login reference}
     */
    readonly login: BoundMethod<AccountsOtpLoginParams, AccountsOtpLoginResult<S>, AccountsOtpLoginErrorCode, AccountsOtpLoginErrorFields>;
    /**
     * Sends a one-time code by SMS (phone-number login or phone change) or by email (email verification) and returns the vToken that the next step needs.
     *
     * Each call sends a new message (a cost, and rate-limited), so it is never repeated automatically.
     *
     * vToken and code are secrets of the flow; never log them.
     *
     * Calls `accounts.otp.sendCode`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
     *
     * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4137e1be70b21014bbc5a10ce4041860.html | accounts.otp.sendCode reference}
     */
    readonly sendCode: BoundMethod<AccountsOtpSendCodeParams, AccountsOtpSendCodeResponse, AccountsOtpSendCodeErrorCode, AccountsOtpSendCodeErrorFields>;
    /**
     * Changes the user's login phone number (or their email in an email code flow) after they enter the code sent by otp.sendCode.
     *
     * Client-side it needs an active session. A user of the Swift SDK reported 403007 (Permission denied) when calling it for an account that was still pending verification.
     *
     * Calls `accounts.otp.update`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
     *
     * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413807a270b21014bbc5a10ce4041860.html | accounts.otp.update reference}
     */
    readonly update: BoundMethod<AccountsOtpUpdateParams, AccountsOtpUpdateResponse, AccountsOtpUpdateErrorCode, AccountsOtpUpdateErrorFields>;
  };
  /**
   * Configuration stored next to the site's account policies (accounts.getPolicies / setPolicies).
   *
   * The methods of `accounts.policies`: `client.accounts.policies.<method>(params, options?)`.
   */
  readonly policies: {
    /**
     * The templates of every email Gigya sends for the site (verification, password reset, two-factor codes, magic links, …), in one place.
     *
     * The methods of `accounts.policies.emailTemplates`: `client.accounts.policies.emailTemplates.<method>(params, options?)`.
     */
    readonly emailTemplates: {
      /**
       * Returns the site's email templates, per kind of email and language.
       *
       * The package this entry was checked against leaves the layout of each section untyped; so does the catalog, until a source describes it.
       *
       * Calls `accounts.policies.emailTemplates.getConfig`. Needs signed credentials. Safe to repeat: transport failures are retried.
       *
       * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
       * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
       * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/8a7df13c9c00464a88b6e653472261ea.html | accounts.policies.emailTemplates.getConfig reference}
       */
      readonly getConfig: BoundMethod<AccountsPoliciesEmailTemplatesGetConfigParams, AccountsPoliciesEmailTemplatesGetConfigResponse, AccountsPoliciesEmailTemplatesGetConfigErrorCode>;
      /**
       * Changes the site's email templates; only the kinds of email sent change.
       *
       * Calls `accounts.policies.emailTemplates.setConfig`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
       *
       * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
       * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
       * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/277d048b59634c8ca33de401290e58ca.html | accounts.policies.emailTemplates.setConfig reference}
       */
      readonly setConfig: BoundMethod<AccountsPoliciesEmailTemplatesSetConfigParams, AccountsPoliciesEmailTemplatesSetConfigResponse, AccountsPoliciesEmailTemplatesSetConfigErrorCode>;
    };
  };
  /**
   * Account progression for Lite Registration: what becomes of a lite account's data when the same person registers a full account.
   *
   * The methods of `accounts.progression`: `client.accounts.progression.<method>(params, options?)`.
   */
  readonly progression: {
    /**
     * Returns the site's account progression policy.
     *
     * With either policy the user can no longer reach the data through the Lite Preferences Center after progressing.
     *
     * Calls `accounts.progression.getPolicy`. Needs signed credentials. Safe to repeat: transport failures are retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41381aaa70b21014bbc5a10ce4041860.html | accounts.progression.getPolicy reference}
     */
    readonly getPolicy: BoundMethod<AccountsProgressionGetPolicyParams, AccountsProgressionGetPolicyResponse, AccountsProgressionGetPolicyErrorCode>;
    /**
     * Sets the site's account progression policy for users who move from a lite to a full account.
     *
     * The reference accepts only auto today; the catalog keeps the list open for values Gigya adds.
     *
     * Calls `accounts.progression.setPolicy`. Needs signed credentials. Safe to repeat: transport failures are retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41382da770b21014bbc5a10ce4041860.html | accounts.progression.setPolicy reference}
     */
    readonly setPolicy: BoundMethod<AccountsProgressionSetPolicyParams, AccountsProgressionSetPolicyResponse, AccountsProgressionSetPolicyErrorCode>;
  };
  /**
   * Publishes the photo last uploaded with importProfilePhoto or setProfilePhoto to the user's profile, with a thumbnail.
   *
   * graze's method list spells it publicProfilePhoto, a typo of this name.
   *
   * Calls `accounts.publishProfilePhoto`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
   *
   * Errors besides the common ones: 409010 MissingUserPhoto (inferred: The error table describes 409010 as a missing or invalid profile photo, the state before any upload.).
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413840aa70b21014bbc5a10ce4041860.html | accounts.publishProfilePhoto reference}
   */
  readonly publishProfilePhoto: BoundMethod<AccountsPublishProfilePhotoParams, AccountsPublishProfilePhotoResponse, AccountsPublishProfilePhotoErrorCode>;
  /**
   * Risk-Based Authentication (RBA): the site's policy of rules (lock-out, CAPTCHA, second factor), locking and unlocking accounts or IP addresses, and the SDK versions allowed to call the site.
   *
   * The methods of `accounts.rba`: `client.accounts.rba.<method>(params, options?)`.
   */
  readonly rba: {
    /**
     * Returns the site's RBA policy; a child site of a group gets its parent's, and a site without a custom policy gets the default one.
     *
     * `@gigya-ts/rest-api` types policy as unknown; the RbaSitePolicy shape rests on the responses in SAP's configuration toolkit, and its rule conditions stay open objects.
     *
     * Calls `accounts.rba.getPolicy`. Needs signed credentials. Safe to repeat: transport failures are retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
     * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413853eb70b21014bbc5a10ce4041860.html | accounts.rba.getPolicy reference}
     */
    readonly getPolicy: BoundMethod<AccountsRbaGetPolicyParams, AccountsRbaGetPolicyResponse, AccountsRbaGetPolicyErrorCode>;
    /**
     * Locks an account, by UID or loginID, or an IP address, for a given time.
     *
     * Calls `accounts.rba.lock`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
     *
     * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413866d370b21014bbc5a10ce4041860.html | accounts.rba.lock reference}
     */
    readonly lock: BoundMethod<AccountsRbaLockParams, AccountsRbaLockResponse, AccountsRbaLockErrorCode, AccountsRbaLockErrorFields>;
    /**
     * The SDK types and versions whose traffic the site accepts.
     *
     * The methods of `accounts.rba.sdkConfiguration`: `client.accounts.rba.sdkConfiguration.<method>(params, options?)`.
     */
    readonly sdkConfiguration: {
      /**
       * Lists the SDK types seen on the site with the versions allowed to call it, for blocking old or unknown SDKs.
       *
       * Calls `accounts.rba.sdkConfiguration.get`. Needs signed credentials. Safe to repeat: transport failures are retried.
       *
       * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
       * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/ee51584c371945a799d4f7d9cbeb77e1.html | accounts.rba.sdkConfiguration.get reference}
       */
      readonly get: BoundMethod<AccountsRbaSdkConfigurationGetParams, AccountsRbaSdkConfigurationGetResponse, AccountsRbaSdkConfigurationGetErrorCode>;
    };
    /**
     * Replaces the RBA policy of a site or of a site group's parent site.
     *
     * SAP's configuration toolkit copies policies by passing the policy object of rba.getPolicy unchanged; `@gigya-ts/rest-api` types it as unknown.
     *
     * Calls `accounts.rba.setPolicy`. Needs signed credentials. Safe to repeat: transport failures are retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
     * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413879cb70b21014bbc5a10ce4041860.html | accounts.rba.setPolicy reference}
     */
    readonly setPolicy: BoundMethod<AccountsRbaSetPolicyParams, AccountsRbaSetPolicyResponse, AccountsRbaSetPolicyErrorCode>;
    /**
     * Unlocks an account, by UID or loginID, or an IP address.
     *
     * Calls `accounts.rba.unlock`. Needs signed credentials. Safe to repeat: transport failures are retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41388cd270b21014bbc5a10ce4041860.html | accounts.rba.unlock reference}
     */
    readonly unlock: BoundMethod<AccountsRbaUnlockParams, AccountsRbaUnlockResponse, AccountsRbaUnlockErrorCode>;
  };
  /**
   * Registers a new site account with a login ID and password, checked against the site's policies and schema; it can finalize the registration at once or leave it pending.
   *
   * Calls `accounts.register`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
   *
   * Resolves with `errorCode` telling a flow state apart from a plain success: 206001 AccountPendingRegistration with `regToken`; 206002 AccountPendingVerification with `regToken`, `unverifiedEmails`. Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue with `validationErrors`; 400009 ValidationError with `validationErrors`; 403043 LoginIdentifierExists with `regToken`; 409003 EntityExistsConflict with `regToken`, `provider`, `access_token`.
   *
   * Errors besides the common ones: 400003 UniqueIdentifierExists (inferred: Registering a login ID (email or username) that another account uses is what 400003 reports.); 400009 ValidationError; 400021 CaptchaVerificationFailed; 403043 LoginIdentifierExists (inferred: The error table's "login identifier exists" applies when the new login ID belongs to another account.); 403044 UnderageUser (inferred: The error table ties 403044 to the site's minimum-age policy, which registration enforces.); 409003 EntityExistsConflict.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/1fe26c820cd145cd8c927a497c33d935.html | accounts.register reference}
   */
  readonly register: BoundMethod<AccountsRegisterParams<S>, AccountsRegisterResult<S>, AccountsRegisterErrorCode, AccountsRegisterErrorFields>;
  /**
   * Registers custom counters (class and path) for the site, so incrementCounters can count them.
   *
   * Calls `accounts.registerCounters`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Legacy: documented only in older references.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}.
   * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
   * @see {@link http://developers.gigya.com/display/GD/accounts.registerCounters+REST | accounts.registerCounters reference}
   */
  readonly registerCounters: BoundMethod<AccountsRegisterCountersParams, AccountsRegisterCountersResponse, AccountsRegisterCountersErrorCode>;
  /**
   * Removes email addresses from an account's verified or unverified addresses.
   *
   * Calls `accounts.removeEmails`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   *
   * Errors besides the common ones: 409030 TooManyRequestsForSameUser (inferred: Gigya refuses more than five concurrent requests for the same UID on the accounts methods that name a user.).
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/d5d894b89e3f41e885d322bcaee36bea.html | accounts.removeEmails reference}
   */
  readonly removeEmails: BoundMethod<AccountsRemoveEmailsParams, AccountsRemoveEmailsResponse, AccountsRemoveEmailsErrorCode>;
  /**
   * Sends the double opt-in confirmation email of a subscription again.
   *
   * Not safe to repeat: a retried call sends the email twice.
   *
   * Calls `accounts.resendDOIConfirmationEmail`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4138cb4370b21014bbc5a10ce4041860.html | accounts.resendDOIConfirmationEmail reference}
   */
  readonly resendDOIConfirmationEmail: BoundMethod<AccountsResendDOIConfirmationEmailParams, AccountsResendDOIConfirmationEmailResponse, AccountsResendDOIConfirmationEmailErrorCode>;
  /**
   * Sends the verification email again to the account's unverified addresses, or to one address (which is added to the account when new).
   *
   * Not safe to repeat: a retried call sends the email twice.
   *
   * Calls `accounts.resendVerificationCode`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4138f19d70b21014bbc5a10ce4041860.html | accounts.resendVerificationCode reference}
   */
  readonly resendVerificationCode: BoundMethod<AccountsResendVerificationCodeParams, AccountsResendVerificationCodeResponse, AccountsResendVerificationCodeErrorCode>;
  /**
   * Resets a password, in two steps (an email with a reset link or token, then the new password with that token) or at once with a security answer or security fields.
   *
   * Not safe to repeat: the first step sends an email, and each call revokes the tokens before it.
   *
   * Calls `accounts.resetPassword`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
   *
   * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400009 ValidationError; 400050 SecurityVerificationFailed with `secretQuestion`.
   *
   * Errors besides the common ones: 400009 ValidationError (inferred: A new password that breaks the password policy fails validation.); 400050 SecurityVerificationFailed; 401030 OldPasswordUsed (inferred: With a password history policy, reusing an earlier password is what 401030 reports.); 403047 LoginIdDoesNotExist (inferred: A loginID no account uses is what 403047 reports.).
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/559574624b634e5a955e0f7eeba01c07.html | accounts.resetPassword reference}
   */
  readonly resetPassword: BoundMethod<AccountsResetPasswordParams, AccountsResetPasswordResponse, AccountsResetPasswordErrorCode, AccountsResetPasswordErrorFields>;
  /**
   * Resets a user's consents on a site, so the user is asked for them again.
   *
   * Calls `accounts.resetSitePreferences`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413917bf70b21014bbc5a10ce4041860.html | accounts.resetSitePreferences reference}
   */
  readonly resetSitePreferences: BoundMethod<AccountsResetSitePreferencesParams, AccountsResetSitePreferencesResponse, AccountsResetSitePreferencesErrorCode>;
  /**
   * Queries the accounts storage with an SQL-like query (SELECT … FROM accounts | emailAccounts | communications WHERE … ORDER BY … LIMIT …), with cursors for large result sets.
   *
   * Clauses go in this order: SELECT, FROM, WHERE, FILTER, ORDER BY, then START and/or LIMIT. LIMIT is 300 by default and at most 10000; without a cursor a query returns at most 5000 rows in all, and START (at most 5000) cannot be combined with a cursor.
   *
   * Written data can take a second or so (at most about 30 s) to show up in searches. Deleted accounts never appear, and search does not return subscriptions or password hashes; read those with getAccountInfo.
   *
   * Encrypted fields match only exactly (= and !=, or CONTAINS with the whole value); ORDER BY, ranges and regex do not work on them.
   *
   * Use POST rather than GET for direct calls; the client always posts.
   *
   * Calls `accounts.search`. Needs signed credentials. Safe to repeat: transport failures are retried.
   *
   * Where this comes from: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}; {@link https://www.npmjs.com/package/@gigya-ts/rest-api | typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
   *
   * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/b32ce0918af44c3ebd7e96650fa6cc1d.html | accounts.search reference}
   */
  readonly search: CursorMethod<AccountsSearchParams, AccountsSearchResponse<S>, AccountsSearchErrorCode, AccountsSearchErrorFields, 'results', 'openCursor' | 'cursorId'>;
  /**
   * Emails a lite account user an invitation link to the site's preferences center.
   *
   * Not safe to repeat: a retried call sends the email twice.
   *
   * Calls `accounts.sendLiteInvite`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4139643c70b21014bbc5a10ce4041860.html | accounts.sendLiteInvite reference}
   */
  readonly sendLiteInvite: BoundMethod<AccountsSendLiteInviteParams, AccountsSendLiteInviteResponse, AccountsSendLiteInviteErrorCode>;
  /**
   * Checks on the session an OAuth2 access token stands for.
   *
   * The methods of `accounts.session`: `client.accounts.session.<method>(params, options?)`.
   */
  readonly session: {
    /**
     * Checks that the OAuth2 access token of the call belongs to a valid session.
     *
     * The token goes in the oauth_token param, which the client sends from the credentials (an OAuth2 token credential); the method has no params of its own.
     *
     * Calls `accounts.session.verify`. Needs signed credentials. Safe to repeat: transport failures are retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/6e5f013e6369493091d086c56d842862.html | accounts.session.verify reference}
     */
    readonly verify: BoundMethod<AccountsSessionVerifyParams, AccountsSessionVerifyResponse, AccountsSessionVerifyErrorCode>;
  };
  /**
   * Changes an account. Only the params sent change; objects such as profile, data and subscriptions are merged field by field, so send only the fields that change.
   *
   * The properties apply to full accounts; lite accounts accept only some of them.
   *
   * A user who registered with a social identity and then reset the password gets a site login but no site identity; only setAccountInfo creates the site identity.
   *
   * Calls `accounts.setAccountInfo`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}; {@link https://www.npmjs.com/package/@gigya-ts/rest-api | typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
   *
   * Resolves with `errorCode` telling a flow state apart from a plain success: 200010 OkWithErrorLoginIdentifierExists with `regToken`. Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue with `validationErrors`; 400009 ValidationError with `validationErrors`; 403043 LoginIdentifierExists with `regToken`.
   *
   * Errors besides the common ones: 400009 ValidationError; 401030 OldPasswordUsed (inferred: With a password history policy, reusing an earlier password as newPassword is what 401030 reports.); 403043 LoginIdentifierExists; 409030 TooManyRequestsForSameUser (inferred: Gigya refuses more than five concurrent requests for the same UID on the accounts methods that name a user.).
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/41398a8670b21014bbc5a10ce4041860.html | accounts.setAccountInfo reference}
   */
  readonly setAccountInfo: BoundMethod<AccountsSetAccountInfoParams<S>, AccountsSetAccountInfoResult, AccountsSetAccountInfoErrorCode, AccountsSetAccountInfoErrorFields>;
  /**
   * Sets a user's password from a server call. Listed by a 2016-2020 client only; the current reference changes passwords through setAccountInfo and resetPassword.
   *
   * Only graze's method list names it and no stored source gives its params; prefer setAccountInfo.
   *
   * Calls `accounts.setPassword`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Legacy: documented only in older references.
   *
   * Where this comes from: {@link https://github.com/graze/gigya-client | Listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; Recalled, not confirmed by a stored source.
   *
   * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400009 ValidationError.
   *
   * Errors besides the common ones: 400009 ValidationError (inferred: A newPassword that fails the site's password policy is refused with this code by setAccountInfo, whose password change this method is.); 403042 InvalidLoginId (inferred: A wrong current password is answered with this code by login and by setAccountInfo's password change.).
   * @remarks This method is recalled, not confirmed by a stored source: treat its params and fields as unverified.
   * @deprecated Use setAccountInfo (password and newPassword, or securityOverride) or resetPassword.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | accounts reference} (no page of its own)
   */
  readonly setPassword: BoundMethod<AccountsSetPasswordParams, AccountsSetPasswordResponse, AccountsSetPasswordErrorCode, AccountsSetPasswordErrorFields>;
  /**
   * Changes the site's account policies. Only the sections sent change, and within them only the properties sent.
   *
   * Member sites of a group inherit some sections from the group and cannot set them (SAP's toolkit leaves out authentication, passwordComplexity, profilePhoto and federation, and parts of accountOptions, registration, security and twoFactorAuth, when it copies policies to a member site).
   *
   * The gigya npm package lets a section be null; no stored source says what null does, so the catalog takes objects only.
   *
   * Calls `accounts.setPolicies`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
   * @see {@link http://developers.gigya.com/display/GD/accounts.setPolicies+REST | accounts.setPolicies reference}
   */
  readonly setPolicies: BoundMethod<AccountsSetPoliciesParams, AccountsSetPoliciesResponse, AccountsSetPoliciesErrorCode>;
  /**
   * Uploads a profile photo (Base64 bytes), as a temporary photo or published to the profile.
   *
   * Calls `accounts.setProfilePhoto`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
   *
   * Errors besides the common ones: 413004 ProfilePhotoTooLarge (inferred: The reference caps the photo at 6 MB, and 413004 is the table's code for a profile photo that is too large.).
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/4139fc6970b21014bbc5a10ce4041860.html | accounts.setProfilePhoto reference}
   */
  readonly setProfilePhoto: BoundMethod<AccountsSetProfilePhotoParams, AccountsSetProfilePhotoResponse, AccountsSetProfilePhotoErrorCode>;
  /**
   * Defines or changes fields of the site schema (type, required, write access, encryption, format) for the profile, data, subscriptions, preferences, internal and addresses parts.
   *
   * A field's type cannot change once it holds data, and encryption cannot be undone.
   *
   * The package this entry was checked against types no params here; the params come from the gigya npm package, the research facts and SAP's toolkit.
   *
   * Calls `accounts.setSchema`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}; {@link https://www.npmjs.com/package/@gigya-ts/rest-api | typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413a0faa70b21014bbc5a10ce4041860.html | accounts.setSchema reference}
   */
  readonly setSchema: BoundMethod<AccountsSetSchemaParams, AccountsSetSchemaResponse, AccountsSetSchemaErrorCode>;
  /**
   * Creates or replaces a hosted screen-set (its markup, style, translations and hooks).
   *
   * Calls `accounts.setScreenSet`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413a22ad70b21014bbc5a10ce4041860.html | accounts.setScreenSet reference}
   */
  readonly setScreenSet: BoundMethod<AccountsSetScreenSetParams, AccountsSetScreenSetResponse, AccountsSetScreenSetErrorCode>;
  /**
   * SMS delivery for one-time codes and TFA: the site's SMS provider with its number restrictions, and the message templates per language and country.
   *
   * The methods of `accounts.sms`: `client.accounts.sms.<method>(params, options?)`.
   */
  readonly sms: {
    /**
     * The SMS provider settings, kept at site, site-group or partner level.
     *
     * The methods of `accounts.sms.config`: `client.accounts.sms.config.<method>(params, options?)`.
     */
    readonly config: {
      /**
       * Returns the SMS provider settings that apply to the site, from the lowest level that has some (site, then site group, then partner).
       *
       * `@gigya-ts/rest-api` marks configOverride and restrictions always present; its description names only vendorName and credentials as needed, so those two are the required fields here.
       *
       * The answer includes the provider credentials; treat it as secret.
       *
       * Calls `accounts.sms.config.get`. Needs signed credentials. Safe to repeat: transport failures are retried.
       *
       * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
       * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/96386b7e9d3f4dd2ba6db6ae17636f42.html | accounts.sms.config.get reference}
       */
      readonly get: BoundMethod<AccountsSmsConfigGetParams, AccountsSmsConfigGetResponse, AccountsSmsConfigGetErrorCode>;
      /**
       * Sets the site-level SMS provider settings, replacing any existing site-level ones.
       *
       * The params carry the provider's clientSecret; they must be redacted wherever params are shown.
       *
       * Calls `accounts.sms.config.set`. Needs signed credentials. Safe to repeat: transport failures are retried.
       *
       * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
       * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/2f7844ac20964d0a90154d2e7982715d.html | accounts.sms.config.set reference}
       */
      readonly set: BoundMethod<AccountsSmsConfigSetParams, AccountsSmsConfigSetResponse, AccountsSmsConfigSetErrorCode>;
    };
    /**
     * The texts of the SMS messages Gigya sends.
     *
     * The methods of `accounts.sms.templates`: `client.accounts.sms.templates.<method>(params, options?)`.
     */
    readonly templates: {
      /**
       * Returns the site's SMS templates for one-time codes and TFA, per language and country.
       *
       * `@gigya-ts/rest-api` marks globalTemplates and templatesPerCountryCode always present; a response in SAP's toolkit has an otp flow without templatesPerCountryCode, so both are optional.
       *
       * Calls `accounts.sms.templates.get`. Needs signed credentials. Safe to repeat: transport failures are retried.
       *
       * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
       * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/215367b5a1604283899d505811964492.html | accounts.sms.templates.get reference}
       */
      readonly get: BoundMethod<AccountsSmsTemplatesGetParams, AccountsSmsTemplatesGetResponse, AccountsSmsTemplatesGetErrorCode>;
      /**
       * Creates or updates the site's SMS templates.
       *
       * `@gigya-ts/rest-api` requires both the otp and the tfa flow; the toolkit copies whatever sms.templates.get returned, so each flow is optional here.
       *
       * Calls `accounts.sms.templates.set`. Needs signed credentials. Safe to repeat: transport failures are retried.
       *
       * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
       * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/bde4427de0f44ca2b5a3e816d5e3a7bb.html | accounts.sms.templates.set reference}
       */
      readonly set: BoundMethod<AccountsSmsTemplatesSetParams, AccountsSmsTemplatesSetResponse, AccountsSmsTemplatesSetErrorCode>;
    };
  };
  /**
   * Browser endpoint that logs a user in to the accounts storage through a social network, by redirecting to the provider and back to the site's redirect_uri. Open it in the user's browser; it is not a server-to-server call.
   *
   * The package this entry was checked against types no params; the params here are recalled from the OAuth-style endpoint Gigya documents for socialize.login and are unconfirmed.
   *
   * Calls `accounts.socialLogin`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}; Recalled, not confirmed by a stored source.
   * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413a6e9d70b21014bbc5a10ce4041860.html | accounts.socialLogin reference}
   */
  readonly socialLogin: BoundMethod<AccountsSocialLoginParams, AccountsSocialLoginResponse, AccountsSocialLoginErrorCode>;
  /**
   * Gigya's accounts storage for Customer Consent: uploading a consent document (a PDF) and downloading it again.
   *
   * The methods of `accounts.store`: `client.accounts.store.<method>(params, options?)`.
   */
  readonly store: {
    /**
     * Downloads a consent document stored with accounts.store.uploadConsentDocument.
     *
     * The param and the response fields are spelled with capitals (URL, DocumentContent), as `@gigya-ts/rest-api` types them.
     *
     * Calls `accounts.store.downloadConsentDocument`. Needs signed credentials. Safe to repeat: transport failures are retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413a81a770b21014bbc5a10ce4041860.html | accounts.store.downloadConsentDocument reference}
     */
    readonly downloadConsentDocument: BoundMethod<AccountsStoreDownloadConsentDocumentParams, AccountsStoreDownloadConsentDocumentResponse, AccountsStoreDownloadConsentDocumentErrorCode>;
    /**
     * Uploads a consent document (a PDF) to Gigya's accounts storage and returns its download URL.
     *
     * The response spells Url and FileName with capitals, as `@gigya-ts/rest-api` types them, while downloadConsentDocument takes the URL as URL.
     *
     * Calls `accounts.store.uploadConsentDocument`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413a94a470b21014bbc5a10ce4041860.html | accounts.store.uploadConsentDocument reference}
     */
    readonly uploadConsentDocument: BoundMethod<AccountsStoreUploadConsentDocumentParams, AccountsStoreUploadConsentDocumentResponse, AccountsStoreUploadConsentDocumentErrorCode>;
  };
  /**
   * A stream of account changes in a site group, in the order they were applied: create a stream, then read it page by page with the cursor each answer returns. Only an account's latest change is sure to appear; intermediate ones may be skipped.
   *
   * The methods of `accounts.stream`: `client.accounts.stream.<method>(params, options?)`.
   */
  readonly stream: {
    /**
     * Creates a stream of account changes, optionally starting in the past (up to 30 days), and returns the first cursor for accounts.stream.read.
     *
     * Calls `accounts.stream.create`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/de20e73c5f0e4df0bc5ab38e2717f494.html | accounts.stream.create reference}
     */
    readonly create: BoundMethod<AccountsStreamCreateParams, AccountsStreamCreateResponse, AccountsStreamCreateErrorCode>;
    /**
     * Reads the next page of account changes of a stream.
     *
     * `@gigya-ts/rest-api`'s response type has no cursorId, but its cursorId param says every answer returns one; the catalog types it from that sentence.
     *
     * Whether reading a page moves the stream on is not documented, so a timed-out read is not repeated automatically. The cursor block of the v2 format does not fit (no openCursor param), so none is given.
     *
     * Calls `accounts.stream.read`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
     * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/cbf4b101bc1d427da0e257e364da1c36.html | accounts.stream.read reference}
     */
    readonly read: BoundMethod<AccountsStreamReadParams, AccountsStreamReadResponse, AccountsStreamReadErrorCode>;
  };
  /**
   * Two-factor authentication (TFA), part of Risk-Based Authentication: the providers a site offers and a user has, the assertion flow that verifies or registers a second factor, and admin resets. A flow starts with tfa.initTFA, runs one provider's methods and ends with tfa.finalizeTFA.
   *
   * The methods of `accounts.tfa`: `client.accounts.tfa.<method>(params, options?)`.
   */
  readonly tfa: {
    /**
     * One-time backup codes a user can enter instead of an authenticator app code.
     *
     * The methods of `accounts.tfa.backupcodes`: `client.accounts.tfa.backupcodes.<method>(params, options?)`.
     */
    readonly backupcodes: {
      /**
       * Generates a new set of one-time backup codes for the user in an authenticator-app flow.
       *
       * Creating codes again replaces the earlier set, so a repeated call is not harmless.
       *
       * Calls `accounts.tfa.backupcodes.create`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
       *
       * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}.
       *
       * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
       * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413abafd70b21014bbc5a10ce4041860.html | accounts.tfa.backupcodes.create reference}
       */
      readonly create: BoundMethod<AccountsTfaBackupcodesCreateParams, AccountsTfaBackupcodesCreateResponse, AccountsTfaBackupcodesCreateErrorCode, AccountsTfaBackupcodesCreateErrorFields>;
      /**
       * Returns the backup codes saved for the user in an authenticator-app flow.
       *
       * Calls `accounts.tfa.backupcodes.get`. Works with an API key alone. Safe to repeat: transport failures are retried.
       *
       * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}.
       *
       * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
       * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413ace4a70b21014bbc5a10ce4041860.html | accounts.tfa.backupcodes.get reference}
       */
      readonly get: BoundMethod<AccountsTfaBackupcodesGetParams, AccountsTfaBackupcodesGetResponse, AccountsTfaBackupcodesGetErrorCode, AccountsTfaBackupcodesGetErrorFields>;
      /**
       * Checks a backup code the user typed instead of an authenticator-app code; on success the flow continues with tfa.finalizeTFA.
       *
       * `@gigya-ts/rest-api` names the result field gigyaAssertion but describes it as the provider's JWT; the other verify methods return it as providerAssertion. The catalog keeps the typed name, and finalizeTFA takes the value as providerAssertion.
       *
       * A backup code works once, so sending the same code twice fails the second time.
       *
       * Calls `accounts.tfa.backupcodes.verify`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
       *
       * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
       *
       * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
       * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
       * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413ae15570b21014bbc5a10ce4041860.html | accounts.tfa.backupcodes.verify reference}
       */
      readonly verify: BoundMethod<AccountsTfaBackupcodesVerifyParams, AccountsTfaBackupcodesVerifyResponse, AccountsTfaBackupcodesVerifyErrorCode, AccountsTfaBackupcodesVerifyErrorFields>;
    };
    /**
     * Turns one TFA provider off for the user on all devices.
     *
     * Only for a user who is fully logged in, not in a pending state such as 403101.
     *
     * Calls `accounts.tfa.deactivateProvider`. Needs signed credentials. Safe to repeat: transport failures are retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413af46770b21014bbc5a10ce4041860.html | accounts.tfa.deactivateProvider reference}
     */
    readonly deactivateProvider: BoundMethod<AccountsTfaDeactivateProviderParams, AccountsTfaDeactivateProviderResponse, AccountsTfaDeactivateProviderErrorCode>;
    /**
     * The email provider (gigyaEmail): a code is sent to one of the user's verified addresses.
     *
     * The methods of `accounts.tfa.email`: `client.accounts.tfa.email.<method>(params, options?)`.
     */
    readonly email: {
      /**
       * Checks the code the user received by email against the phvToken and returns the provider assertion that tfa.finalizeTFA takes.
       *
       * A wrong code and an expired or mismatched JWT both come back as 400006 (errorDetails names the cause, e.g. "Invalid jwt"); the SDKs offer the user another try.
       *
       * Calls `accounts.tfa.email.completeVerification`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
       *
       * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
       *
       * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
       * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413b0b7d70b21014bbc5a10ce4041860.html | accounts.tfa.email.completeVerification reference}
       */
      readonly completeVerification: BoundMethod<AccountsTfaEmailCompleteVerificationParams, AccountsTfaEmailCompleteVerificationResponse, AccountsTfaEmailCompleteVerificationErrorCode, AccountsTfaEmailCompleteVerificationErrorFields>;
      /**
       * Lists the user's verified email addresses, masked, to choose where the TFA code goes.
       *
       * Calls `accounts.tfa.email.getEmails`. Works with an API key alone. Safe to repeat: transport failures are retried.
       *
       * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}; seen in a Gigya response captured by a third-party integration.
       *
       * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
       * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413b1e8a70b21014bbc5a10ce4041860.html | accounts.tfa.email.getEmails reference}
       */
      readonly getEmails: BoundMethod<AccountsTfaEmailGetEmailsParams, AccountsTfaEmailGetEmailsResponse, AccountsTfaEmailGetEmailsErrorCode, AccountsTfaEmailGetEmailsErrorFields>;
      /**
       * Sends a random 6-digit code to one of the user's verified email addresses and returns the phvToken that ties the code to this flow.
       *
       * The Swift SDK sends lang with this call; `@gigya-ts/rest-api` does not list it, so it rests on the SDK.
       *
       * Calls `accounts.tfa.email.sendVerificationCode`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
       *
       * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
       *
       * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
       * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413b31d470b21014bbc5a10ce4041860.html | accounts.tfa.email.sendVerificationCode reference}
       */
      readonly sendVerificationCode: BoundMethod<AccountsTfaEmailSendVerificationCodeParams, AccountsTfaEmailSendVerificationCodeResponse, AccountsTfaEmailSendVerificationCodeErrorCode, AccountsTfaEmailSendVerificationCodeErrorFields>;
    };
    /**
     * Completes a TFA flow: Gigya checks both assertions and, by the mode the flow started in, activates the provider and/or marks the device as verified.
     *
     * By mode: register adds the provider to the user's active providers and verifies the device; add only activates the provider; verify records the device as verified; edit updates the device record.
     *
     * When the flow began with a regToken (a login that stopped at 403101 or 403102), the SDKs then call accounts.finalizeRegistration with that regToken to get the session.
     *
     * Calls `accounts.tfa.finalizeTFA`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
     *
     * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413b44d170b21014bbc5a10ce4041860.html | accounts.tfa.finalizeTFA reference}
     */
    readonly finalizeTFA: BoundMethod<AccountsTfaFinalizeTFAParams, AccountsTfaFinalizeTFAResponse, AccountsTfaFinalizeTFAErrorCode, AccountsTfaFinalizeTFAErrorFields>;
    /**
     * Returns Gigya's PEM-encoded X.509 certificate, whose RSA public key verifies the JWTs of TFA flows.
     *
     * The gigyaAssertion header names this method as the key's location (x5u).
     *
     * Calls `accounts.tfa.getCertificate`. Works with an API key alone. Safe to repeat: transport failures are retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413b57d970b21014bbc5a10ce4041860.html | accounts.tfa.getCertificate reference}
     */
    readonly getCertificate: BoundMethod<AccountsTfaGetCertificateParams, AccountsTfaGetCertificateResponse, AccountsTfaGetCertificateErrorCode>;
    /**
     * Lists the TFA providers the site offers, split into those the user has registered, those they have not, and those waiting for opt-in.
     *
     * `@gigya-ts/rest-api` marks pendingOptin always present; the Android and Swift SDK models do not read it, so the catalog keeps it optional. activeProviders and inactiveProviders are always present there and in a captured response.
     *
     * Calls `accounts.tfa.getProviders`. Works with an API key alone. Safe to repeat: transport failures are retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}; seen in a Gigya response captured by a third-party integration.
     *
     * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413b6ced70b21014bbc5a10ce4041860.html | accounts.tfa.getProviders reference}
     */
    readonly getProviders: BoundMethod<AccountsTfaGetProvidersParams, AccountsTfaGetProvidersResponse, AccountsTfaGetProvidersErrorCode, AccountsTfaGetProvidersErrorFields>;
    /**
     * Starts a TFA flow for one provider and returns the gigyaAssertion JWT that every later step of the flow takes.
     *
     * `@gigya-ts/rest-api` marks mode required, but its own description and SAP's reference name register as the default, so the catalog makes it optional.
     *
     * The Android and Swift SDKs also use provider livelink (a phone provider), so provider is an open list rather than the four names `@gigya-ts/rest-api` allows.
     *
     * The JWT names the provider (aud), the user (sub) and the action; the Web SDK flows observed use it within about five minutes.
     *
     * Calls `accounts.tfa.initTFA`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}; seen in a Gigya response captured by a third-party integration.
     *
     * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
     *
     * Errors besides the common ones: 403110 AccountPendingRecentLogin (inferred: register mode needs a login within the last five minutes, and the error table gives this code to TFA operations that need a recent login).
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413ba6e870b21014bbc5a10ce4041860.html | accounts.tfa.initTFA reference}
     */
    readonly initTFA: BoundMethod<AccountsTfaInitTFAParams, AccountsTfaInitTFAResponse, AccountsTfaInitTFAErrorCode, AccountsTfaInitTFAErrorFields>;
    /**
     * The phone provider (gigyaPhone): a code is sent by SMS or voice call to a registered number, plus the admin import of verified numbers.
     *
     * The methods of `accounts.tfa.phone`: `client.accounts.tfa.phone.<method>(params, options?)`.
     */
    readonly phone: {
      /**
       * Checks the code the user received by SMS or call against the phvToken, adds the number to the user's verified numbers and returns the provider assertion.
       *
       * A wrong code and an expired or mismatched JWT both come back as 400006 (errorDetails "Invalid jwt" for the JWT); the SDKs offer the user another try.
       *
       * regToken is not in `@gigya-ts/rest-api`; a captured Web SDK flow sends it and Gigya accepts it.
       *
       * Calls `accounts.tfa.phone.completeVerification`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
       *
       * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}; seen in a Gigya response captured by a third-party integration.
       *
       * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
       * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413bb9ee70b21014bbc5a10ce4041860.html | accounts.tfa.phone.completeVerification reference}
       */
      readonly completeVerification: BoundMethod<AccountsTfaPhoneCompleteVerificationParams, AccountsTfaPhoneCompleteVerificationResponse, AccountsTfaPhoneCompleteVerificationErrorCode, AccountsTfaPhoneCompleteVerificationErrorFields>;
      /**
       * Returns Gigya's PEM-encoded X.509 certificate for verifying the JWTs of phone TFA flows.
       *
       * Calls `accounts.tfa.phone.getCertificate`. Works with an API key alone. Safe to repeat: transport failures are retried.
       *
       * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
       * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413bcd4070b21014bbc5a10ce4041860.html | accounts.tfa.phone.getCertificate reference}
       */
      readonly getCertificate: BoundMethod<AccountsTfaPhoneGetCertificateParams, AccountsTfaPhoneGetCertificateResponse, AccountsTfaPhoneGetCertificateErrorCode>;
      /**
       * Lists the user's verified phone numbers, masked, each with an ID to send a code to.
       *
       * `@gigya-ts/rest-api` spells the verification time lastverification and marks plain always present; the Android and Swift SDK models and a captured response use lastVerification and carry no plain, so the catalog follows them.
       *
       * Calls `accounts.tfa.phone.getRegisteredPhoneNumbers`. Works with an API key alone. Safe to repeat: transport failures are retried.
       *
       * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}; seen in a Gigya response captured by a third-party integration.
       *
       * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
       * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413be06570b21014bbc5a10ce4041860.html | accounts.tfa.phone.getRegisteredPhoneNumbers reference}
       */
      readonly getRegisteredPhoneNumbers: BoundMethod<AccountsTfaPhoneGetRegisteredPhoneNumbersParams, AccountsTfaPhoneGetRegisteredPhoneNumbersResponse, AccountsTfaPhoneGetRegisteredPhoneNumbersErrorCode, AccountsTfaPhoneGetRegisteredPhoneNumbersErrorFields>;
      /**
       * Adds phone numbers to a user's verified numbers (for example when migrating from another system) and turns the phone provider on if it was off.
       *
       * Calls `accounts.tfa.phone.importTFA`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
       *
       * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
       * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413b800070b21014bbc5a10ce4041860.html | accounts.tfa.phone.importTFA reference}
       */
      readonly importTFA: BoundMethod<AccountsTfaPhoneImportTFAParams, AccountsTfaPhoneImportTFAResponse, AccountsTfaPhoneImportTFAErrorCode>;
      /**
       * Removes one number from the user's verified phone numbers.
       *
       * This method spells the param phoneId, while tfa.phone.sendVerificationCode spells it phoneID; both are kept as `@gigya-ts/rest-api` types them.
       *
       * Calls `accounts.tfa.phone.removePhone`. Works with an API key alone. Safe to repeat: transport failures are retried.
       *
       * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
       *
       * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
       * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413bf36d70b21014bbc5a10ce4041860.html | accounts.tfa.phone.removePhone reference}
       */
      readonly removePhone: BoundMethod<AccountsTfaPhoneRemovePhoneParams, AccountsTfaPhoneRemovePhoneResponse, AccountsTfaPhoneRemovePhoneErrorCode, AccountsTfaPhoneRemovePhoneErrorFields>;
      /**
       * Sends a random 6-digit code by SMS or voice call to a new or registered number and returns the phvToken that ties the code to this flow.
       *
       * regToken is not in `@gigya-ts/rest-api`; a captured Web SDK flow sends it and Gigya accepts it.
       *
       * Each call sends a new message (a cost, and rate-limited), so it is never repeated automatically.
       *
       * Calls `accounts.tfa.phone.sendVerificationCode`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
       *
       * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}; seen in a Gigya response captured by a third-party integration.
       *
       * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
       * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413c069e70b21014bbc5a10ce4041860.html | accounts.tfa.phone.sendVerificationCode reference}
       */
      readonly sendVerificationCode: BoundMethod<AccountsTfaPhoneSendVerificationCodeParams, AccountsTfaPhoneSendVerificationCodeResponse, AccountsTfaPhoneSendVerificationCodeErrorCode, AccountsTfaPhoneSendVerificationCodeErrorFields>;
    };
    /**
     * The push provider (gigyaPush): a notification on the user's opted-in mobile app approves the login.
     *
     * The methods of `accounts.tfa.push`: `client.accounts.tfa.push.<method>(params, options?)`.
     */
    readonly push: {
      /**
       * Asks whether the user has approved the push notification of a push TFA flow; once they have, the answer carries the provider assertion.
       *
       * The Web SDK polls this method every 3 seconds after tfa.push.sendVerification. The answer while the user has not yet approved is not documented beyond the missing providerAssertion.
       *
       * Calls `accounts.tfa.push.isVerified`. Works with an API key alone. Safe to repeat: transport failures are retried.
       *
       * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
       *
       * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
       * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
       * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413c199b70b21014bbc5a10ce4041860.html | accounts.tfa.push.isVerified reference}
       */
      readonly isVerified: BoundMethod<AccountsTfaPushIsVerifiedParams, AccountsTfaPushIsVerifiedResponse, AccountsTfaPushIsVerifiedErrorCode, AccountsTfaPushIsVerifiedErrorFields>;
      /**
       * Called by the mobile app of a logged-in user to opt the device in to push TFA: Gigya sends a push notification to confirm the device.
       *
       * Needs an active session on the app. The app confirms the opt-in with tfa.push.verify and tfa.finalizeTFA when the notification arrives.
       *
       * Calls `accounts.tfa.push.optin`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
       *
       * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
       *
       * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
       * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413c2c9870b21014bbc5a10ce4041860.html | accounts.tfa.push.optin reference}
       */
      readonly optin: BoundMethod<AccountsTfaPushOptinParams, AccountsTfaPushOptinResponse, AccountsTfaPushOptinErrorCode, AccountsTfaPushOptinErrorFields>;
      /**
       * Sends a push notification to the user's opted-in device to approve a login (the verify flow, not the opt-in).
       *
       * Calls `accounts.tfa.push.sendVerification`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
       *
       * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}.
       *
       * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
       * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413c3f9d70b21014bbc5a10ce4041860.html | accounts.tfa.push.sendVerification reference}
       */
      readonly sendVerification: BoundMethod<AccountsTfaPushSendVerificationParams, AccountsTfaPushSendVerificationResponse, AccountsTfaPushSendVerificationErrorCode, AccountsTfaPushSendVerificationErrorFields>;
      /**
       * Sent by the mobile app after the user approved a push notification; it authorizes the waiting login and returns the provider assertion.
       *
       * The app sending it must hold the user's session. In the opt-in flow the app then calls tfa.finalizeTFA itself; in a verify flow the waiting browser picks the approval up with tfa.push.isVerified.
       *
       * Calls `accounts.tfa.push.verify`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
       *
       * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
       *
       * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
       * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413c529a70b21014bbc5a10ce4041860.html | accounts.tfa.push.verify reference}
       */
      readonly verify: BoundMethod<AccountsTfaPushVerifyParams, AccountsTfaPushVerifyResponse, AccountsTfaPushVerifyErrorCode, AccountsTfaPushVerifyErrorFields>;
    };
    /**
     * Resets the user's second-factor methods, so they must enrol again at their next login.
     *
     * gigyaEmail cannot be reset here; email verification flows manage it.
     *
     * Calls `accounts.tfa.resetTFA`. Needs signed credentials. Safe to repeat: transport failures are retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413c65da70b21014bbc5a10ce4041860.html | accounts.tfa.resetTFA reference}
     */
    readonly resetTFA: BoundMethod<AccountsTfaResetTFAParams, AccountsTfaResetTFAResponse, AccountsTfaResetTFAErrorCode>;
    /**
     * The authenticator-app provider (gigyaTotp): time-based codes from an app paired through a QR code.
     *
     * The methods of `accounts.tfa.totp`: `client.accounts.tfa.totp.<method>(params, options?)`.
     */
    readonly totp: {
      /**
       * Creates the secret for pairing an authenticator app and returns it as a QR code plus the sctToken that the first verification needs.
       *
       * qrCode and sctToken carry the TOTP secret; treat them as secrets and never log them.
       *
       * Calls `accounts.tfa.totp.register`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
       *
       * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
       *
       * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
       * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413c8bc970b21014bbc5a10ce4041860.html | accounts.tfa.totp.register reference}
       */
      readonly register: BoundMethod<AccountsTfaTotpRegisterParams, AccountsTfaTotpRegisterResponse, AccountsTfaTotpRegisterErrorCode, AccountsTfaTotpRegisterErrorFields>;
      /**
       * Checks a code from the user's authenticator app against their secret and returns the provider assertion for tfa.finalizeTFA.
       *
       * A wrong code comes back as 400006, which the SDKs treat as a chance to try again.
       *
       * regToken is not in `@gigya-ts/rest-api`; a public Web SDK integration sends it with this call.
       *
       * Calls `accounts.tfa.totp.verify`. Works with an API key alone. Not safe to repeat: transport failures are not retried.
       *
       * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/SAP/gigya-android-sdk | handled by SAP's official Android SDK}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
       *
       * Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: 400006 InvalidParameterValue.
       * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413cb1cd70b21014bbc5a10ce4041860.html | accounts.tfa.totp.verify reference}
       */
      readonly verify: BoundMethod<AccountsTfaTotpVerifyParams, AccountsTfaTotpVerifyResponse, AccountsTfaTotpVerifyErrorCode, AccountsTfaTotpVerifyErrorFields>;
    };
    /**
     * Removes devices from the user's verified devices, so the next login from them asks for the second factor again.
     *
     * The providers stay active; only the trust in the devices is removed.
     *
     * Calls `accounts.tfa.unregisterDevice`. Needs signed credentials. Safe to repeat: transport failures are retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413cc8e070b21014bbc5a10ce4041860.html | accounts.tfa.unregisterDevice reference}
     */
    readonly unregisterDevice: BoundMethod<AccountsTfaUnregisterDeviceParams, AccountsTfaUnregisterDeviceResponse, AccountsTfaUnregisterDeviceErrorCode>;
  };
  /**
   * Removes custom counters registered with accounts.registerCounters.
   *
   * Calls `accounts.unregisterCounters`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Legacy: documented only in older references.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}.
   * @remarks Only part of this method is confirmed by stored sources; params and fields marked as recalled are unverified.
   * @see {@link http://developers.gigya.com/display/GD/accounts.unregisterCounters+REST | accounts.unregisterCounters reference}
   */
  readonly unregisterCounters: BoundMethod<AccountsUnregisterCountersParams, AccountsUnregisterCountersResponse, AccountsUnregisterCountersErrorCode>;
  /**
   * Unsubscribes an email address (or the holder of a channel token) from a subscription.
   *
   * Calls `accounts.unsubscribe`. Needs signed credentials. Not safe to repeat: transport failures are not retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413cef8370b21014bbc5a10ce4041860.html | accounts.unsubscribe reference}
   */
  readonly unsubscribe: BoundMethod<AccountsUnsubscribeParams, AccountsUnsubscribeResponse, AccountsUnsubscribeErrorCode>;
  /**
   * Checks that the user has a valid session and returns the account.
   *
   * Calls `accounts.verifyLogin`. Needs signed credentials. Safe to repeat: transport failures are retried.
   *
   * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://github.com/graze/gigya-client | listed by the graze PHP client, which copied Gigya's 2016-2020 method and error tables}; {@link https://github.com/SAP/gigya-swift-sdk | handled by SAP's official iOS SDK}.
   *
   * Errors besides the common ones: 403012 NoValidSessionForbidden (inferred: The method exists to detect a missing or expired session, which 403012 reports.).
   * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/929ca94d9a484d7bb466d0746e449a01.html | accounts.verifyLogin reference}
   */
  readonly verifyLogin: BoundMethod<AccountsVerifyLoginParams, AccountsVerifyLoginResponse<S>, AccountsVerifyLoginErrorCode>;
  /**
   * Webhooks: HTTPS endpoints of the site that Gigya notifies of account events (created, registered, updated, logged in, deleted, …), and the delivery status of each.
   *
   * The methods of `accounts.webhooks`: `client.accounts.webhooks.<method>(params, options?)`.
   */
  readonly webhooks: {
    /**
     * Deletes a webhook.
     *
     * Calls `accounts.webhooks.delete`. Needs signed credentials. Safe to repeat: transport failures are retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413d28b670b21014bbc5a10ce4041860.html | accounts.webhooks.delete reference}
     */
    readonly delete: BoundMethod<AccountsWebhooksDeleteParams, AccountsWebhooksDeleteResponse, AccountsWebhooksDeleteErrorCode>;
    /**
     * Lists the site's webhooks.
     *
     * `@gigya-ts/rest-api` types each webhook's events as notification payloads and its version as a number, and adds a secret field; the npm gigya package and SAP's toolkit read events as a list of names and version as text like 2.0, and no response they show carries a secret, so the catalog follows them and leaves secret out.
     *
     * id, product and useXfCredentials appear in the webhook responses of SAP's configuration toolkit.
     *
     * Calls `accounts.webhooks.getAll`. Needs signed credentials. Safe to repeat: transport failures are retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413d3bbe70b21014bbc5a10ce4041860.html | accounts.webhooks.getAll reference}
     */
    readonly getAll: BoundMethod<AccountsWebhooksGetAllParams, AccountsWebhooksGetAllResponse, AccountsWebhooksGetAllErrorCode>;
    /**
     * Reports a webhook's last delivery, with the time Gigya last sent a batch and the status the endpoint answered.
     *
     * `@gigya-ts/rest-api` marks statusCode, lastSent and message always present, while its own descriptions say lastSent and message are absent in some cases, so all three are optional here.
     *
     * Calls `accounts.webhooks.getStatus`. Needs signed credentials. Safe to repeat: transport failures are retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413d4eeb70b21014bbc5a10ce4041860.html | accounts.webhooks.getStatus reference}
     */
    readonly getStatus: BoundMethod<AccountsWebhooksGetStatusParams, AccountsWebhooksGetStatusResponse, AccountsWebhooksGetStatusErrorCode>;
    /**
     * Creates a webhook, or updates the one with the same name.
     *
     * `@gigya-ts/rest-api` lists a secret param (the key's secret); secret is the client's own credential param, which the client sends from its credentials, and SAP's toolkit sets webhooks without it, so it is not a method param here.
     *
     * `@gigya-ts/rest-api` marks signingUserKey required; SAP's toolkit creates webhooks without it, so it is optional.
     *
     * consentUpdated and communicationUpdated are event names from SAP's toolkit; the rest are in the reference. Names Gigya adds later are accepted too.
     *
     * Setting the same complete webhook twice leaves the same result, so a repeat after a timeout is harmless.
     *
     * Calls `accounts.webhooks.set`. Needs signed credentials. Safe to repeat: transport failures are retried.
     *
     * Where this comes from: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api package, which follows SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}; {@link https://github.com/SAP/sap-customer-data-cloud-toolkit | called this way by SAP's own Customer Data Cloud toolkit}.
     * @see {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a/413d61fc70b21014bbc5a10ce4041860.html | accounts.webhooks.set reference}
     */
    readonly set: BoundMethod<AccountsWebhooksSetParams, AccountsWebhooksSetResponse, AccountsWebhooksSetErrorCode>;
  };
}

/** Binds every accounts method to an invoker (a client); `createClient` does this for you. */
export function bindAccounts(invoker: Invoker): AccountsNamespace {
  return bindMethods(invoker, {
    addEmails: addEmailsMethod,
    'address.countries.get': addressCountriesGetMethod,
    'address.suggestions.get': addressSuggestionsGetMethod,
    'auth.getMethods': authGetMethodsMethod,
    'auth.magiclink.email.getConfig': authMagiclinkEmailGetConfigMethod,
    'auth.magiclink.email.login': authMagiclinkEmailLoginMethod,
    'auth.magiclink.email.send': authMagiclinkEmailSendMethod,
    'auth.magiclink.email.setConfig': authMagiclinkEmailSetConfigMethod,
    'auth.magiclink.getLink': authMagiclinkGetLinkMethod,
    'auth.otp.authenticate': authOtpAuthenticateMethod,
    'auth.otp.email.getConfig': authOtpEmailGetConfigMethod,
    'auth.otp.email.login': authOtpEmailLoginMethod,
    'auth.otp.email.sendCode': authOtpEmailSendCodeMethod,
    'auth.otp.email.setConfig': authOtpEmailSetConfigMethod,
    'auth.otp.verify': authOtpVerifyMethod,
    'auth.push.config.get': authPushConfigGetMethod,
    'auth.push.config.set': authPushConfigSetMethod,
    'auth.push.verify': authPushVerifyMethod,
    deleteAccount: deleteAccountMethod,
    deleteConsentStatement: deleteConsentStatementMethod,
    deleteLegalStatements: deleteLegalStatementsMethod,
    deleteLiteAccount: deleteLiteAccountMethod,
    deleteNativeScreenSet: deleteNativeScreenSetMethod,
    deleteSchemaFields: deleteSchemaFieldsMethod,
    deleteScreenSet: deleteScreenSetMethod,
    'devices.register': devicesRegisterMethod,
    'devices.unregister': devicesUnregisterMethod,
    'devices.update': devicesUpdateMethod,
    duplicateLegalStatement: duplicateLegalStatementMethod,
    'emailAccount.changeEmail': emailAccountChangeEmailMethod,
    'emailAccount.syncMultipleAccounts': emailAccountSyncMultipleAccountsMethod,
    'emailAccount.syncUid': emailAccountSyncUidMethod,
    exchangeUIDSignature: exchangeUIDSignatureMethod,
    'extensions.create': extensionsCreateMethod,
    'extensions.delete': extensionsDeleteMethod,
    'extensions.get': extensionsGetMethod,
    'extensions.list': extensionsListMethod,
    'extensions.modify': extensionsModifyMethod,
    finalizeRegistration: finalizeRegistrationMethod,
    getAccountInfo: getAccountInfoMethod,
    getConflictingAccount: getConflictingAccountMethod,
    getConsentsStatements: getConsentsStatementsMethod,
    getCounters: getCountersMethod,
    getJWT: getJWTMethod,
    getJWTPublicKey: getJWTPublicKeyMethod,
    getLegalStatements: getLegalStatementsMethod,
    getLiteToken: getLiteTokenMethod,
    getNativeScreenSet: getNativeScreenSetMethod,
    getNativeScreenSets: getNativeScreenSetsMethod,
    getPolicies: getPoliciesMethod,
    getRegisteredCounters: getRegisteredCountersMethod,
    getSchema: getSchemaMethod,
    getScreenSetVersions: getScreenSetVersionsMethod,
    getScreenSets: getScreenSetsMethod,
    getSiteConsentDetails: getSiteConsentDetailsMethod,
    'global.changeAccountResidency': globalChangeAccountResidencyMethod,
    'identifiers.createToken': identifiersCreateTokenMethod,
    'identifiers.find': identifiersFindMethod,
    importAccount: importAccountMethod,
    importFullAccount: importFullAccountMethod,
    importLiteAccounts: importLiteAccountsMethod,
    importProfilePhoto: importProfilePhotoMethod,
    incrementCounters: incrementCountersMethod,
    initRegistration: initRegistrationMethod,
    isAvailableLoginID: isAvailableLoginIDMethod,
    linkAccounts: linkAccountsMethod,
    login: loginMethod,
    logout: logoutMethod,
    notifyLogin: notifyLoginMethod,
    notifySocialLogin: notifySocialLoginMethod,
    'otp.delete': otpDeleteMethod,
    'otp.login': otpLoginMethod,
    'otp.sendCode': otpSendCodeMethod,
    'otp.update': otpUpdateMethod,
    'policies.emailTemplates.getConfig': policiesEmailTemplatesGetConfigMethod,
    'policies.emailTemplates.setConfig': policiesEmailTemplatesSetConfigMethod,
    'progression.getPolicy': progressionGetPolicyMethod,
    'progression.setPolicy': progressionSetPolicyMethod,
    publishProfilePhoto: publishProfilePhotoMethod,
    'rba.getPolicy': rbaGetPolicyMethod,
    'rba.lock': rbaLockMethod,
    'rba.sdkConfiguration.get': rbaSdkConfigurationGetMethod,
    'rba.setPolicy': rbaSetPolicyMethod,
    'rba.unlock': rbaUnlockMethod,
    register: registerMethod,
    registerCounters: registerCountersMethod,
    removeEmails: removeEmailsMethod,
    resendDOIConfirmationEmail: resendDOIConfirmationEmailMethod,
    resendVerificationCode: resendVerificationCodeMethod,
    resetPassword: resetPasswordMethod,
    resetSitePreferences: resetSitePreferencesMethod,
    search: searchMethod,
    sendLiteInvite: sendLiteInviteMethod,
    'session.verify': sessionVerifyMethod,
    setAccountInfo: setAccountInfoMethod,
    setPassword: setPasswordMethod,
    setPolicies: setPoliciesMethod,
    setProfilePhoto: setProfilePhotoMethod,
    setSchema: setSchemaMethod,
    setScreenSet: setScreenSetMethod,
    'sms.config.get': smsConfigGetMethod,
    'sms.config.set': smsConfigSetMethod,
    'sms.templates.get': smsTemplatesGetMethod,
    'sms.templates.set': smsTemplatesSetMethod,
    socialLogin: socialLoginMethod,
    'store.downloadConsentDocument': storeDownloadConsentDocumentMethod,
    'store.uploadConsentDocument': storeUploadConsentDocumentMethod,
    'stream.create': streamCreateMethod,
    'stream.read': streamReadMethod,
    'tfa.backupcodes.create': tfaBackupcodesCreateMethod,
    'tfa.backupcodes.get': tfaBackupcodesGetMethod,
    'tfa.backupcodes.verify': tfaBackupcodesVerifyMethod,
    'tfa.deactivateProvider': tfaDeactivateProviderMethod,
    'tfa.email.completeVerification': tfaEmailCompleteVerificationMethod,
    'tfa.email.getEmails': tfaEmailGetEmailsMethod,
    'tfa.email.sendVerificationCode': tfaEmailSendVerificationCodeMethod,
    'tfa.finalizeTFA': tfaFinalizeTFAMethod,
    'tfa.getCertificate': tfaGetCertificateMethod,
    'tfa.getProviders': tfaGetProvidersMethod,
    'tfa.initTFA': tfaInitTFAMethod,
    'tfa.phone.completeVerification': tfaPhoneCompleteVerificationMethod,
    'tfa.phone.getCertificate': tfaPhoneGetCertificateMethod,
    'tfa.phone.getRegisteredPhoneNumbers': tfaPhoneGetRegisteredPhoneNumbersMethod,
    'tfa.phone.importTFA': tfaPhoneImportTFAMethod,
    'tfa.phone.removePhone': tfaPhoneRemovePhoneMethod,
    'tfa.phone.sendVerificationCode': tfaPhoneSendVerificationCodeMethod,
    'tfa.push.isVerified': tfaPushIsVerifiedMethod,
    'tfa.push.optin': tfaPushOptinMethod,
    'tfa.push.sendVerification': tfaPushSendVerificationMethod,
    'tfa.push.verify': tfaPushVerifyMethod,
    'tfa.resetTFA': tfaResetTFAMethod,
    'tfa.totp.register': tfaTotpRegisterMethod,
    'tfa.totp.verify': tfaTotpVerifyMethod,
    'tfa.unregisterDevice': tfaUnregisterDeviceMethod,
    unregisterCounters: unregisterCountersMethod,
    unsubscribe: unsubscribeMethod,
    verifyLogin: verifyLoginMethod,
    'webhooks.delete': webhooksDeleteMethod,
    'webhooks.getAll': webhooksGetAllMethod,
    'webhooks.getStatus': webhooksGetStatusMethod,
    'webhooks.set': webhooksSetMethod,
  }) as AccountsNamespace;
}
