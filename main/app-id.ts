// One identity for the app: the Windows AppUserModelId set at start must equal electron-builder's
// `appId`, or Windows drops our notifications. A test checks electron-builder.yml against this.
export const APP_ID = 'com.treasurydesk.app';
export const APP_NAME = 'Treasury Desk';
