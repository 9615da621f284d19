// Generated from catalog/socialize.yaml by `npm run generate`. DO NOT EDIT.
// Change the catalog and run the generator again; `npm run generate -- --check` fails on any drift.

export * from './types.gen.js';
export * from './validators.gen.js';
export * from './methods.gen.js';
export type {
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
export type { CommonParams } from '../common.gen.js';
