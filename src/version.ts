/** Kept in step with package.json by test/runtime/version.test.ts; sent as the `sdk` param and in the User-Agent. */
export const PACKAGE_NAME = 'gigya-typed';
export const PACKAGE_VERSION = '0.1.0';
