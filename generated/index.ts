// Generated from catalog/errors.yaml, catalog/accounts.yaml, catalog/accounts.address.yaml, catalog/accounts.auth.yaml, catalog/accounts.devices.yaml, catalog/accounts.emailAccount.yaml, catalog/accounts.extensions.yaml, catalog/accounts.global.yaml, catalog/accounts.identifiers.yaml, catalog/accounts.otp.yaml, catalog/accounts.policies.yaml, catalog/accounts.progression.yaml, catalog/accounts.rba.yaml, catalog/accounts.session.yaml, catalog/accounts.sms.yaml, catalog/accounts.store.yaml, catalog/accounts.stream.yaml, catalog/accounts.tfa.yaml, catalog/accounts.webhooks.yaml, catalog/socialize.yaml by `npm run generate`. DO NOT EDIT.
// Change the catalog and run the generator again; `npm run generate -- --check` fails on any drift.

import type { Invoker, MethodDescriptor, SiteSchema } from '../src/runtime.js';
import {
  type AccountsNamespace,
  accountsMethods,
  accountsResponseRequired,
  bindAccounts,
} from './accounts/methods.gen.js';
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
  AccountsAuthMagiclinkEmailLoginParams,
  AccountsAuthMagiclinkEmailLoginResult,
  AccountsAuthMagiclinkEmailSendParams,
  AccountsAuthMagiclinkEmailSendResponse,
  AccountsAuthMagiclinkEmailSetConfigParams,
  AccountsAuthMagiclinkEmailSetConfigResponse,
  AccountsAuthMagiclinkGetLinkParams,
  AccountsAuthMagiclinkGetLinkResponse,
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
  AccountsLoginParams,
  AccountsLoginResult,
  AccountsLogoutParams,
  AccountsLogoutResponse,
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
  AccountsRegisterParams,
  AccountsRegisterResult,
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
  AccountsSearchParams,
  AccountsSearchResponse,
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
  AccountsTfaBackupcodesCreateParams,
  AccountsTfaBackupcodesCreateResponse,
  AccountsTfaBackupcodesGetParams,
  AccountsTfaBackupcodesGetResponse,
  AccountsTfaBackupcodesVerifyParams,
  AccountsTfaBackupcodesVerifyResponse,
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
} from './accounts/types.gen.js';
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
  SocializeLoginResult,
  SocializeLogoutParams,
  SocializeLogoutResponse,
  SocializeNotifyLoginParams,
  SocializeNotifyLoginResult,
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
export type { CommonParams } from './common.gen.js';
export type { AccountsNamespace } from './accounts/methods.gen.js';
export type { SocializeNamespace } from './socialize/methods.gen.js';
export { lookupRuntimeErrorInfo } from './errors.gen.js';
export { lookupErrorCode } from './errors.docs.gen.js';

/** Params, response and error codes of every catalogued method, by wire name (what `client.call(name, …)` is typed by). */
export interface MethodMap {
  'accounts.addEmails': { params: AccountsAddEmailsParams; response: AccountsAddEmailsResponse; errors: AccountsAddEmailsErrorCode };
  'accounts.address.countries.get': { params: AccountsAddressCountriesGetParams; response: AccountsAddressCountriesGetResponse; errors: AccountsAddressCountriesGetErrorCode };
  'accounts.address.suggestions.get': { params: AccountsAddressSuggestionsGetParams; response: AccountsAddressSuggestionsGetResponse; errors: AccountsAddressSuggestionsGetErrorCode };
  'accounts.auth.getMethods': { params: AccountsAuthGetMethodsParams; response: AccountsAuthGetMethodsResponse; errors: AccountsAuthGetMethodsErrorCode };
  'accounts.auth.magiclink.email.getConfig': { params: AccountsAuthMagiclinkEmailGetConfigParams; response: AccountsAuthMagiclinkEmailGetConfigResponse; errors: AccountsAuthMagiclinkEmailGetConfigErrorCode };
  'accounts.auth.magiclink.email.login': { params: AccountsAuthMagiclinkEmailLoginParams; response: AccountsAuthMagiclinkEmailLoginResult; errors: AccountsAuthMagiclinkEmailLoginErrorCode };
  'accounts.auth.magiclink.email.send': { params: AccountsAuthMagiclinkEmailSendParams; response: AccountsAuthMagiclinkEmailSendResponse; errors: AccountsAuthMagiclinkEmailSendErrorCode };
  'accounts.auth.magiclink.email.setConfig': { params: AccountsAuthMagiclinkEmailSetConfigParams; response: AccountsAuthMagiclinkEmailSetConfigResponse; errors: AccountsAuthMagiclinkEmailSetConfigErrorCode };
  'accounts.auth.magiclink.getlink': { params: AccountsAuthMagiclinkGetLinkParams; response: AccountsAuthMagiclinkGetLinkResponse; errors: AccountsAuthMagiclinkGetLinkErrorCode };
  'accounts.auth.otp.authenticate': { params: AccountsAuthOtpAuthenticateParams; response: AccountsAuthOtpAuthenticateResponse; errors: AccountsAuthOtpAuthenticateErrorCode };
  'accounts.auth.otp.email.getConfig': { params: AccountsAuthOtpEmailGetConfigParams; response: AccountsAuthOtpEmailGetConfigResponse; errors: AccountsAuthOtpEmailGetConfigErrorCode };
  'accounts.auth.otp.email.login': { params: AccountsAuthOtpEmailLoginParams; response: AccountsAuthOtpEmailLoginResult; errors: AccountsAuthOtpEmailLoginErrorCode };
  'accounts.auth.otp.email.sendCode': { params: AccountsAuthOtpEmailSendCodeParams; response: AccountsAuthOtpEmailSendCodeResponse; errors: AccountsAuthOtpEmailSendCodeErrorCode };
  'accounts.auth.otp.email.setConfig': { params: AccountsAuthOtpEmailSetConfigParams; response: AccountsAuthOtpEmailSetConfigResponse; errors: AccountsAuthOtpEmailSetConfigErrorCode };
  'accounts.auth.otp.verify': { params: AccountsAuthOtpVerifyParams; response: AccountsAuthOtpVerifyResponse; errors: AccountsAuthOtpVerifyErrorCode };
  'accounts.auth.push.config.get': { params: AccountsAuthPushConfigGetParams; response: AccountsAuthPushConfigGetResponse; errors: AccountsAuthPushConfigGetErrorCode };
  'accounts.auth.push.config.set': { params: AccountsAuthPushConfigSetParams; response: AccountsAuthPushConfigSetResponse; errors: AccountsAuthPushConfigSetErrorCode };
  'accounts.auth.push.verify': { params: AccountsAuthPushVerifyParams; response: AccountsAuthPushVerifyResponse; errors: AccountsAuthPushVerifyErrorCode };
  'accounts.deleteAccount': { params: AccountsDeleteAccountParams; response: AccountsDeleteAccountResponse; errors: AccountsDeleteAccountErrorCode };
  'accounts.deleteConsentStatement': { params: AccountsDeleteConsentStatementParams; response: AccountsDeleteConsentStatementResponse; errors: AccountsDeleteConsentStatementErrorCode };
  'accounts.deleteLegalStatements': { params: AccountsDeleteLegalStatementsParams; response: AccountsDeleteLegalStatementsResponse; errors: AccountsDeleteLegalStatementsErrorCode };
  'accounts.deleteLiteAccount': { params: AccountsDeleteLiteAccountParams; response: AccountsDeleteLiteAccountResponse; errors: AccountsDeleteLiteAccountErrorCode };
  'accounts.deleteNativeScreenSet': { params: AccountsDeleteNativeScreenSetParams; response: AccountsDeleteNativeScreenSetResponse; errors: AccountsDeleteNativeScreenSetErrorCode };
  'accounts.deleteSchemaFields': { params: AccountsDeleteSchemaFieldsParams; response: AccountsDeleteSchemaFieldsResponse; errors: AccountsDeleteSchemaFieldsErrorCode };
  'accounts.deleteScreenSet': { params: AccountsDeleteScreenSetParams; response: AccountsDeleteScreenSetResponse; errors: AccountsDeleteScreenSetErrorCode };
  'accounts.devices.register': { params: AccountsDevicesRegisterParams; response: AccountsDevicesRegisterResponse; errors: AccountsDevicesRegisterErrorCode };
  'accounts.devices.unregister': { params: AccountsDevicesUnregisterParams; response: AccountsDevicesUnregisterResponse; errors: AccountsDevicesUnregisterErrorCode };
  'accounts.devices.update': { params: AccountsDevicesUpdateParams; response: AccountsDevicesUpdateResponse; errors: AccountsDevicesUpdateErrorCode };
  'accounts.duplicateLegalStatement': { params: AccountsDuplicateLegalStatementParams; response: AccountsDuplicateLegalStatementResponse; errors: AccountsDuplicateLegalStatementErrorCode };
  'accounts.emailAccount.changeEmail': { params: AccountsEmailAccountChangeEmailParams; response: AccountsEmailAccountChangeEmailResponse; errors: AccountsEmailAccountChangeEmailErrorCode };
  'accounts.emailAccount.syncMultipleAccounts': { params: AccountsEmailAccountSyncMultipleAccountsParams; response: AccountsEmailAccountSyncMultipleAccountsResponse; errors: AccountsEmailAccountSyncMultipleAccountsErrorCode };
  'accounts.emailAccount.syncUid': { params: AccountsEmailAccountSyncUidParams; response: AccountsEmailAccountSyncUidResponse; errors: AccountsEmailAccountSyncUidErrorCode };
  'accounts.exchangeUIDSignature': { params: AccountsExchangeUIDSignatureParams; response: AccountsExchangeUIDSignatureResponse; errors: AccountsExchangeUIDSignatureErrorCode };
  'accounts.extensions.create': { params: AccountsExtensionsCreateParams; response: AccountsExtensionsCreateResponse; errors: AccountsExtensionsCreateErrorCode };
  'accounts.extensions.delete': { params: AccountsExtensionsDeleteParams; response: AccountsExtensionsDeleteResponse; errors: AccountsExtensionsDeleteErrorCode };
  'accounts.extensions.get': { params: AccountsExtensionsGetParams; response: AccountsExtensionsGetResponse; errors: AccountsExtensionsGetErrorCode };
  'accounts.extensions.list': { params: AccountsExtensionsListParams; response: AccountsExtensionsListResponse; errors: AccountsExtensionsListErrorCode };
  'accounts.extensions.modify': { params: AccountsExtensionsModifyParams; response: AccountsExtensionsModifyResponse; errors: AccountsExtensionsModifyErrorCode };
  'accounts.finalizeRegistration': { params: AccountsFinalizeRegistrationParams; response: AccountsFinalizeRegistrationResult; errors: AccountsFinalizeRegistrationErrorCode };
  'accounts.getAccountInfo': { params: AccountsGetAccountInfoParams; response: AccountsGetAccountInfoResponse; errors: AccountsGetAccountInfoErrorCode };
  'accounts.getConflictingAccount': { params: AccountsGetConflictingAccountParams; response: AccountsGetConflictingAccountResponse; errors: AccountsGetConflictingAccountErrorCode };
  'accounts.getConsentsStatements': { params: AccountsGetConsentsStatementsParams; response: AccountsGetConsentsStatementsResponse; errors: AccountsGetConsentsStatementsErrorCode };
  'accounts.getCounters': { params: AccountsGetCountersParams; response: AccountsGetCountersResponse; errors: AccountsGetCountersErrorCode };
  'accounts.getJWT': { params: AccountsGetJWTParams; response: AccountsGetJWTResponse; errors: AccountsGetJWTErrorCode };
  'accounts.getJWTPublicKey': { params: AccountsGetJWTPublicKeyParams; response: AccountsGetJWTPublicKeyResponse; errors: AccountsGetJWTPublicKeyErrorCode };
  'accounts.getLegalStatements': { params: AccountsGetLegalStatementsParams; response: AccountsGetLegalStatementsResponse; errors: AccountsGetLegalStatementsErrorCode };
  'accounts.getLiteToken': { params: AccountsGetLiteTokenParams; response: AccountsGetLiteTokenResponse; errors: AccountsGetLiteTokenErrorCode };
  'accounts.getNativeScreenSet': { params: AccountsGetNativeScreenSetParams; response: AccountsGetNativeScreenSetResponse; errors: AccountsGetNativeScreenSetErrorCode };
  'accounts.getNativeScreenSets': { params: AccountsGetNativeScreenSetsParams; response: AccountsGetNativeScreenSetsResponse; errors: AccountsGetNativeScreenSetsErrorCode };
  'accounts.getPolicies': { params: AccountsGetPoliciesParams; response: AccountsGetPoliciesResponse; errors: AccountsGetPoliciesErrorCode };
  'accounts.getRegisteredCounters': { params: AccountsGetRegisteredCountersParams; response: AccountsGetRegisteredCountersResponse; errors: AccountsGetRegisteredCountersErrorCode };
  'accounts.getSchema': { params: AccountsGetSchemaParams; response: AccountsGetSchemaResponse; errors: AccountsGetSchemaErrorCode };
  'accounts.getScreenSetVersions': { params: AccountsGetScreenSetVersionsParams; response: AccountsGetScreenSetVersionsResponse; errors: AccountsGetScreenSetVersionsErrorCode };
  'accounts.getScreenSets': { params: AccountsGetScreenSetsParams; response: AccountsGetScreenSetsResponse; errors: AccountsGetScreenSetsErrorCode };
  'accounts.getSiteConsentDetails': { params: AccountsGetSiteConsentDetailsParams; response: AccountsGetSiteConsentDetailsResponse; errors: AccountsGetSiteConsentDetailsErrorCode };
  'accounts.global.changeAccountResidency': { params: AccountsGlobalChangeAccountResidencyParams; response: AccountsGlobalChangeAccountResidencyResponse; errors: AccountsGlobalChangeAccountResidencyErrorCode };
  'accounts.identifiers.createToken': { params: AccountsIdentifiersCreateTokenParams; response: AccountsIdentifiersCreateTokenResponse; errors: AccountsIdentifiersCreateTokenErrorCode };
  'accounts.identifiers.find': { params: AccountsIdentifiersFindParams; response: AccountsIdentifiersFindResponse; errors: AccountsIdentifiersFindErrorCode };
  'accounts.importAccount': { params: AccountsImportAccountParams; response: AccountsImportAccountResponse; errors: AccountsImportAccountErrorCode };
  'accounts.importFullAccount': { params: AccountsImportFullAccountParams; response: AccountsImportFullAccountResponse; errors: AccountsImportFullAccountErrorCode };
  'accounts.importLiteAccounts': { params: AccountsImportLiteAccountsParams; response: AccountsImportLiteAccountsResponse; errors: AccountsImportLiteAccountsErrorCode };
  'accounts.importProfilePhoto': { params: AccountsImportProfilePhotoParams; response: AccountsImportProfilePhotoResponse; errors: AccountsImportProfilePhotoErrorCode };
  'accounts.incrementCounters': { params: AccountsIncrementCountersParams; response: AccountsIncrementCountersResponse; errors: AccountsIncrementCountersErrorCode };
  'accounts.initRegistration': { params: AccountsInitRegistrationParams; response: AccountsInitRegistrationResponse; errors: AccountsInitRegistrationErrorCode };
  'accounts.isAvailableLoginID': { params: AccountsIsAvailableLoginIDParams; response: AccountsIsAvailableLoginIDResponse; errors: AccountsIsAvailableLoginIDErrorCode };
  'accounts.linkAccounts': { params: AccountsLinkAccountsParams; response: AccountsLinkAccountsResult; errors: AccountsLinkAccountsErrorCode };
  'accounts.login': { params: AccountsLoginParams; response: AccountsLoginResult; errors: AccountsLoginErrorCode };
  'accounts.logout': { params: AccountsLogoutParams; response: AccountsLogoutResponse; errors: AccountsLogoutErrorCode };
  'accounts.notifyLogin': { params: AccountsNotifyLoginParams; response: AccountsNotifyLoginResult; errors: AccountsNotifyLoginErrorCode };
  'accounts.notifySocialLogin': { params: AccountsNotifySocialLoginParams; response: AccountsNotifySocialLoginResult; errors: AccountsNotifySocialLoginErrorCode };
  'accounts.otp.delete': { params: AccountsOtpDeleteParams; response: AccountsOtpDeleteResponse; errors: AccountsOtpDeleteErrorCode };
  'accounts.otp.login': { params: AccountsOtpLoginParams; response: AccountsOtpLoginResult; errors: AccountsOtpLoginErrorCode };
  'accounts.otp.sendCode': { params: AccountsOtpSendCodeParams; response: AccountsOtpSendCodeResponse; errors: AccountsOtpSendCodeErrorCode };
  'accounts.otp.update': { params: AccountsOtpUpdateParams; response: AccountsOtpUpdateResponse; errors: AccountsOtpUpdateErrorCode };
  'accounts.policies.emailTemplates.getConfig': { params: AccountsPoliciesEmailTemplatesGetConfigParams; response: AccountsPoliciesEmailTemplatesGetConfigResponse; errors: AccountsPoliciesEmailTemplatesGetConfigErrorCode };
  'accounts.policies.emailTemplates.setConfig': { params: AccountsPoliciesEmailTemplatesSetConfigParams; response: AccountsPoliciesEmailTemplatesSetConfigResponse; errors: AccountsPoliciesEmailTemplatesSetConfigErrorCode };
  'accounts.progression.getPolicy': { params: AccountsProgressionGetPolicyParams; response: AccountsProgressionGetPolicyResponse; errors: AccountsProgressionGetPolicyErrorCode };
  'accounts.progression.setPolicy': { params: AccountsProgressionSetPolicyParams; response: AccountsProgressionSetPolicyResponse; errors: AccountsProgressionSetPolicyErrorCode };
  'accounts.publishProfilePhoto': { params: AccountsPublishProfilePhotoParams; response: AccountsPublishProfilePhotoResponse; errors: AccountsPublishProfilePhotoErrorCode };
  'accounts.rba.getPolicy': { params: AccountsRbaGetPolicyParams; response: AccountsRbaGetPolicyResponse; errors: AccountsRbaGetPolicyErrorCode };
  'accounts.rba.lock': { params: AccountsRbaLockParams; response: AccountsRbaLockResponse; errors: AccountsRbaLockErrorCode };
  'accounts.rba.sdkConfiguration.get': { params: AccountsRbaSdkConfigurationGetParams; response: AccountsRbaSdkConfigurationGetResponse; errors: AccountsRbaSdkConfigurationGetErrorCode };
  'accounts.rba.setPolicy': { params: AccountsRbaSetPolicyParams; response: AccountsRbaSetPolicyResponse; errors: AccountsRbaSetPolicyErrorCode };
  'accounts.rba.unlock': { params: AccountsRbaUnlockParams; response: AccountsRbaUnlockResponse; errors: AccountsRbaUnlockErrorCode };
  'accounts.register': { params: AccountsRegisterParams; response: AccountsRegisterResult; errors: AccountsRegisterErrorCode };
  'accounts.registerCounters': { params: AccountsRegisterCountersParams; response: AccountsRegisterCountersResponse; errors: AccountsRegisterCountersErrorCode };
  'accounts.removeEmails': { params: AccountsRemoveEmailsParams; response: AccountsRemoveEmailsResponse; errors: AccountsRemoveEmailsErrorCode };
  'accounts.resendDOIConfirmationEmail': { params: AccountsResendDOIConfirmationEmailParams; response: AccountsResendDOIConfirmationEmailResponse; errors: AccountsResendDOIConfirmationEmailErrorCode };
  'accounts.resendVerificationCode': { params: AccountsResendVerificationCodeParams; response: AccountsResendVerificationCodeResponse; errors: AccountsResendVerificationCodeErrorCode };
  'accounts.resetPassword': { params: AccountsResetPasswordParams; response: AccountsResetPasswordResponse; errors: AccountsResetPasswordErrorCode };
  'accounts.resetSitePreferences': { params: AccountsResetSitePreferencesParams; response: AccountsResetSitePreferencesResponse; errors: AccountsResetSitePreferencesErrorCode };
  'accounts.search': { params: AccountsSearchParams; response: AccountsSearchResponse; errors: AccountsSearchErrorCode };
  'accounts.sendLiteInvite': { params: AccountsSendLiteInviteParams; response: AccountsSendLiteInviteResponse; errors: AccountsSendLiteInviteErrorCode };
  'accounts.session.verify': { params: AccountsSessionVerifyParams; response: AccountsSessionVerifyResponse; errors: AccountsSessionVerifyErrorCode };
  'accounts.setAccountInfo': { params: AccountsSetAccountInfoParams; response: AccountsSetAccountInfoResult; errors: AccountsSetAccountInfoErrorCode };
  'accounts.setPassword': { params: AccountsSetPasswordParams; response: AccountsSetPasswordResponse; errors: AccountsSetPasswordErrorCode };
  'accounts.setPolicies': { params: AccountsSetPoliciesParams; response: AccountsSetPoliciesResponse; errors: AccountsSetPoliciesErrorCode };
  'accounts.setProfilePhoto': { params: AccountsSetProfilePhotoParams; response: AccountsSetProfilePhotoResponse; errors: AccountsSetProfilePhotoErrorCode };
  'accounts.setSchema': { params: AccountsSetSchemaParams; response: AccountsSetSchemaResponse; errors: AccountsSetSchemaErrorCode };
  'accounts.setScreenSet': { params: AccountsSetScreenSetParams; response: AccountsSetScreenSetResponse; errors: AccountsSetScreenSetErrorCode };
  'accounts.sms.config.get': { params: AccountsSmsConfigGetParams; response: AccountsSmsConfigGetResponse; errors: AccountsSmsConfigGetErrorCode };
  'accounts.sms.config.set': { params: AccountsSmsConfigSetParams; response: AccountsSmsConfigSetResponse; errors: AccountsSmsConfigSetErrorCode };
  'accounts.sms.templates.get': { params: AccountsSmsTemplatesGetParams; response: AccountsSmsTemplatesGetResponse; errors: AccountsSmsTemplatesGetErrorCode };
  'accounts.sms.templates.set': { params: AccountsSmsTemplatesSetParams; response: AccountsSmsTemplatesSetResponse; errors: AccountsSmsTemplatesSetErrorCode };
  'accounts.socialLogin': { params: AccountsSocialLoginParams; response: AccountsSocialLoginResponse; errors: AccountsSocialLoginErrorCode };
  'accounts.store.downloadConsentDocument': { params: AccountsStoreDownloadConsentDocumentParams; response: AccountsStoreDownloadConsentDocumentResponse; errors: AccountsStoreDownloadConsentDocumentErrorCode };
  'accounts.store.uploadConsentDocument': { params: AccountsStoreUploadConsentDocumentParams; response: AccountsStoreUploadConsentDocumentResponse; errors: AccountsStoreUploadConsentDocumentErrorCode };
  'accounts.stream.create': { params: AccountsStreamCreateParams; response: AccountsStreamCreateResponse; errors: AccountsStreamCreateErrorCode };
  'accounts.stream.read': { params: AccountsStreamReadParams; response: AccountsStreamReadResponse; errors: AccountsStreamReadErrorCode };
  'accounts.tfa.backupcodes.create': { params: AccountsTfaBackupcodesCreateParams; response: AccountsTfaBackupcodesCreateResponse; errors: AccountsTfaBackupcodesCreateErrorCode };
  'accounts.tfa.backupcodes.get': { params: AccountsTfaBackupcodesGetParams; response: AccountsTfaBackupcodesGetResponse; errors: AccountsTfaBackupcodesGetErrorCode };
  'accounts.tfa.backupcodes.verify': { params: AccountsTfaBackupcodesVerifyParams; response: AccountsTfaBackupcodesVerifyResponse; errors: AccountsTfaBackupcodesVerifyErrorCode };
  'accounts.tfa.deactivateProvider': { params: AccountsTfaDeactivateProviderParams; response: AccountsTfaDeactivateProviderResponse; errors: AccountsTfaDeactivateProviderErrorCode };
  'accounts.tfa.email.completeVerification': { params: AccountsTfaEmailCompleteVerificationParams; response: AccountsTfaEmailCompleteVerificationResponse; errors: AccountsTfaEmailCompleteVerificationErrorCode };
  'accounts.tfa.email.getEmails': { params: AccountsTfaEmailGetEmailsParams; response: AccountsTfaEmailGetEmailsResponse; errors: AccountsTfaEmailGetEmailsErrorCode };
  'accounts.tfa.email.sendVerificationCode': { params: AccountsTfaEmailSendVerificationCodeParams; response: AccountsTfaEmailSendVerificationCodeResponse; errors: AccountsTfaEmailSendVerificationCodeErrorCode };
  'accounts.tfa.finalizeTFA': { params: AccountsTfaFinalizeTFAParams; response: AccountsTfaFinalizeTFAResponse; errors: AccountsTfaFinalizeTFAErrorCode };
  'accounts.tfa.getCertificate': { params: AccountsTfaGetCertificateParams; response: AccountsTfaGetCertificateResponse; errors: AccountsTfaGetCertificateErrorCode };
  'accounts.tfa.getProviders': { params: AccountsTfaGetProvidersParams; response: AccountsTfaGetProvidersResponse; errors: AccountsTfaGetProvidersErrorCode };
  'accounts.tfa.initTFA': { params: AccountsTfaInitTFAParams; response: AccountsTfaInitTFAResponse; errors: AccountsTfaInitTFAErrorCode };
  'accounts.tfa.phone.completeVerification': { params: AccountsTfaPhoneCompleteVerificationParams; response: AccountsTfaPhoneCompleteVerificationResponse; errors: AccountsTfaPhoneCompleteVerificationErrorCode };
  'accounts.tfa.phone.getCertificate': { params: AccountsTfaPhoneGetCertificateParams; response: AccountsTfaPhoneGetCertificateResponse; errors: AccountsTfaPhoneGetCertificateErrorCode };
  'accounts.tfa.phone.getRegisteredPhoneNumbers': { params: AccountsTfaPhoneGetRegisteredPhoneNumbersParams; response: AccountsTfaPhoneGetRegisteredPhoneNumbersResponse; errors: AccountsTfaPhoneGetRegisteredPhoneNumbersErrorCode };
  'accounts.tfa.phone.importTFA': { params: AccountsTfaPhoneImportTFAParams; response: AccountsTfaPhoneImportTFAResponse; errors: AccountsTfaPhoneImportTFAErrorCode };
  'accounts.tfa.phone.removePhone': { params: AccountsTfaPhoneRemovePhoneParams; response: AccountsTfaPhoneRemovePhoneResponse; errors: AccountsTfaPhoneRemovePhoneErrorCode };
  'accounts.tfa.phone.sendVerificationCode': { params: AccountsTfaPhoneSendVerificationCodeParams; response: AccountsTfaPhoneSendVerificationCodeResponse; errors: AccountsTfaPhoneSendVerificationCodeErrorCode };
  'accounts.tfa.push.isVerified': { params: AccountsTfaPushIsVerifiedParams; response: AccountsTfaPushIsVerifiedResponse; errors: AccountsTfaPushIsVerifiedErrorCode };
  'accounts.tfa.push.optin': { params: AccountsTfaPushOptinParams; response: AccountsTfaPushOptinResponse; errors: AccountsTfaPushOptinErrorCode };
  'accounts.tfa.push.sendVerification': { params: AccountsTfaPushSendVerificationParams; response: AccountsTfaPushSendVerificationResponse; errors: AccountsTfaPushSendVerificationErrorCode };
  'accounts.tfa.push.verify': { params: AccountsTfaPushVerifyParams; response: AccountsTfaPushVerifyResponse; errors: AccountsTfaPushVerifyErrorCode };
  'accounts.tfa.resetTFA': { params: AccountsTfaResetTFAParams; response: AccountsTfaResetTFAResponse; errors: AccountsTfaResetTFAErrorCode };
  'accounts.tfa.totp.register': { params: AccountsTfaTotpRegisterParams; response: AccountsTfaTotpRegisterResponse; errors: AccountsTfaTotpRegisterErrorCode };
  'accounts.tfa.totp.verify': { params: AccountsTfaTotpVerifyParams; response: AccountsTfaTotpVerifyResponse; errors: AccountsTfaTotpVerifyErrorCode };
  'accounts.tfa.unregisterDevice': { params: AccountsTfaUnregisterDeviceParams; response: AccountsTfaUnregisterDeviceResponse; errors: AccountsTfaUnregisterDeviceErrorCode };
  'accounts.unregisterCounters': { params: AccountsUnregisterCountersParams; response: AccountsUnregisterCountersResponse; errors: AccountsUnregisterCountersErrorCode };
  'accounts.unsubscribe': { params: AccountsUnsubscribeParams; response: AccountsUnsubscribeResponse; errors: AccountsUnsubscribeErrorCode };
  'accounts.verifyLogin': { params: AccountsVerifyLoginParams; response: AccountsVerifyLoginResponse; errors: AccountsVerifyLoginErrorCode };
  'accounts.webhooks.delete': { params: AccountsWebhooksDeleteParams; response: AccountsWebhooksDeleteResponse; errors: AccountsWebhooksDeleteErrorCode };
  'accounts.webhooks.getAll': { params: AccountsWebhooksGetAllParams; response: AccountsWebhooksGetAllResponse; errors: AccountsWebhooksGetAllErrorCode };
  'accounts.webhooks.getStatus': { params: AccountsWebhooksGetStatusParams; response: AccountsWebhooksGetStatusResponse; errors: AccountsWebhooksGetStatusErrorCode };
  'accounts.webhooks.set': { params: AccountsWebhooksSetParams; response: AccountsWebhooksSetResponse; errors: AccountsWebhooksSetErrorCode };
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
  'socialize.login': { params: SocializeLoginParams; response: SocializeLoginResult; errors: SocializeLoginErrorCode };
  'socialize.logout': { params: SocializeLogoutParams; response: SocializeLogoutResponse; errors: SocializeLogoutErrorCode };
  'socialize.notifyLogin': { params: SocializeNotifyLoginParams; response: SocializeNotifyLoginResult; errors: SocializeNotifyLoginErrorCode };
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
  /* @__PURE__ */ [...accountsMethods, ...socializeMethods].map((d) => [d.name, d] as const),
);

/** Response fields the catalog marks as always present, by wire name, for every namespace. */
export const responseRequired: Readonly<Record<string, readonly string[]>> = { ...accountsResponseRequired, ...socializeResponseRequired };

/**
 * One property per catalogued namespace, as on the client: `client.socialize`.
 *
 * `S` is the site's account schema (`createClient<{ data: MyData }>()`).
 */
export interface Namespaces<S extends SiteSchema = SiteSchema> {
  /** Customer Identity accounts: registration and login (with the pending states a flow can stop in), reading and writing an account's profile, custom data, consents and subscriptions, searching the accounts storage, importing accounts, issuing JWTs, and the site's schema, policies and screen-sets. The site's own data, preferences and subscriptions are typed once, on the client. */
  readonly accounts: AccountsNamespace<S>;
  /** The Social Login and social-network API: profiles merged from social identities (User, Friend, Identity), posting to connected networks, provider sessions, and the OAuth2 login endpoints. Many of its methods date from 2010-2016 and are kept, marked legacy or deprecated. */
  readonly socialize: SocializeNamespace;
}

/** Binds every namespace to an invoker (a client). */
export function bindNamespaces(invoker: Invoker): Namespaces {
  return {
    accounts: bindAccounts(invoker),
    socialize: bindSocialize(invoker),
  };
}
