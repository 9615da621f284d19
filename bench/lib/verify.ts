/** Checks that a body a contender sent is a correctly signed request, so no contender skips the work. */
import { buildSignatureBaseString, calcSignature } from '../../src/index.js';

/** Throws unless `body` carries timestamp, nonce and a valid sig over `signedUrl`, and no secret. */
export function assertSigned(who: string, body: string, signedUrl: string, secret: string): void {
  const params = Object.fromEntries(new URLSearchParams(body));
  for (const name of ['timestamp', 'nonce', 'sig']) {
    if (!params[name])
      throw new Error(`${who} sent no ${name}: it is not signing (params: ${Object.keys(params).join(', ')})`);
  }
  if ('secret' in params) throw new Error(`${who} sent its secret: it is not in signed mode`);
  const { sig, ...signed } = params;
  const expected = calcSignature(buildSignatureBaseString('POST', signedUrl, signed), secret);
  if (sig !== expected) throw new Error(`${who} sent a signature that does not verify over ${signedUrl}`);
}
