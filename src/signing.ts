/**
 * The signing primitives under their old path, for code outside src/ that imports them by file
 * (test/codegen, bench/). New code imports `./auth/signing.js`; users import from the package root.
 */
export * from './auth/signing.js';
