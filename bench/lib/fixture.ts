/**
 * What every contender sends and what the loopback server answers. Local values only: the keys mean
 * nothing to Gigya, and nothing in the bench talks to a host other than 127.0.0.1.
 */
export const API_KEY = '3_BenchLoopbackSite';
/** Signed userKey mode for every contender: the `gigya` package signs only with a userKey. */
export const USER_KEY = 'ABenchUserKey';
export const SECRET = Buffer.from('gigya-typed bench key, loopback only').toString('base64');

export const METHOD = 'socialize.setStatus';
export const UID = 'u1';
export const STATUS = 'I feel great';

/** The host the `gigya` package builds its URLs (and signs) for; its requests are redirected to the loopback server. */
export const PEER_HOST = 'socialize.us1.gigya.com';
export const PEER_URL = `https://${PEER_HOST}/${METHOD}`;

export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded; charset=utf-8';

/** The fixed answer of the loopback server: a success envelope of socialize.setStatus. */
export const ENVELOPE = JSON.stringify({
  callId: '8a1b2c3d4e5f46a7b8c9d0e1f2a3b4c5',
  errorCode: 0,
  apiVersion: 2,
  statusCode: 200,
  statusReason: 'OK',
  time: '2026-01-01T00:00:00.000Z',
});
