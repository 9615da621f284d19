/**
 * One signing contender in its own process. Every contender signs the same request (socialize.setStatus
 * with uid and status, signed userKey mode, the client's common params) on each op:
 *   floor         createHmac(key).update(prebuilt base string).digest('base64'), nothing else
 *   public        calcSignature(buildSignatureBaseString(…)) on the attempt's params, key decoded once
 *   attempt       a call of one attempt: the params encoded, fresh timestamp and nonce, sig, the form body sent
 *   reattempt     a retry's attempt only: the same over params the call encoded once
 *   gigya         the `gigya` package's CredentialsSigner.sign on a fresh copy of the same params
 *   gigya-form    the same plus the form body its transport encodes (`qs.stringify`, as `request` does)
 */
import { createHmac } from 'node:crypto';
import { createRequire } from 'node:module';
import { buildSignatureBaseString, calcSignature, createClient } from '../../src/index.js';
import { createAttemptSigner, createReattemptSigner, paramNames, SDK_PARAM, sameShape } from '../internal.js';
import { startFixedServer } from '../lib/fixed-server.js';
import { API_KEY, METHOD, PEER_HOST, SECRET, STATUS, UID, USER_KEY } from '../lib/fixture.js';
import { serve, workerConfig } from '../lib/serve.js';

export type SignerName = 'floor' | 'public' | 'attempt' | 'reattempt' | 'gigya' | 'gigya-form';

const { signer } = workerConfig<{ signer: SignerName }>();

const URL_SIGNED = `https://${PEER_HOST}/${METHOD}`;
const KEY = Buffer.from(SECRET, 'base64');
/** Exactly what one attempt of the client signs (timestamp and nonce fixed here, fresh in `attempt`). */
const ATTEMPT_PARAMS: Record<string, string> = {
  uid: UID,
  status: STATUS,
  format: 'json',
  httpStatusCodes: 'false',
  sdk: SDK_PARAM,
  apiKey: API_KEY,
  userKey: USER_KEY,
  timestamp: '1767225600',
  nonce: '1767225600123_0b9c3c2e-3f5e-4c51-9a43-8f1b7d6e2a10',
};

interface PeerRequest {
  host: string;
  endpoint: string;
  params: Record<string, unknown>;
  headers: Record<string, string>;
}

/** `require` as seen from inside the `gigya` package. */
const peerRequire = createRequire(createRequire(import.meta.url).resolve('gigya'));

function peerSigner(): (request: PeerRequest) => void {
  const { CredentialsSigner } = peerRequire('./lib/requestsSigners/CredentialsSigner') as {
    CredentialsSigner: new (...args: unknown[]) => { sign(r: PeerRequest): void };
  };
  const SigUtils = (peerRequire('./lib/sig-utils') as { default: new (secret: string) => unknown }).default;
  // As the package builds it for `new Gigya(apiKey, dc, userKey, secret)`.
  const instance = new CredentialsSigner(new SigUtils(SECRET), { userKey: USER_KEY, secret: SECRET }, 'post');
  return (request) => instance.sign(request);
}

/** What the peer's RequestFactory hands its signer: the same params (UID as the peer spells it), apiKey, format. */
function peerParams(): Record<string, unknown> {
  return { UID, status: STATUS, httpStatusCodes: 'false', sdk: SDK_PARAM, apiKey: API_KEY, format: 'json' };
}

function build(): () => string {
  switch (signer) {
    case 'floor': {
      const base = buildSignatureBaseString('POST', URL_SIGNED, ATTEMPT_PARAMS);
      return () => createHmac('sha1', KEY).update(base).digest('base64');
    }
    case 'public':
      return () => calcSignature(buildSignatureBaseString('POST', URL_SIGNED, ATTEMPT_PARAMS), KEY);
    case 'attempt':
    case 'reattempt':
      return (signer === 'attempt' ? createAttemptSigner : createReattemptSigner)({
        apiKey: API_KEY,
        userKey: USER_KEY,
        secret: SECRET,
        method: METHOD,
        params: { uid: UID, status: STATUS },
      });
    case 'gigya':
    case 'gigya-form': {
      const sign = peerSigner();
      const template = peerParams();
      // The form encoder of the `request` the peer's transport uses.
      const qs = createRequire(peerRequire.resolve('request'))('qs') as { stringify(o: object): string };
      const withForm = signer === 'gigya-form';
      return () => {
        const request: PeerRequest = { host: PEER_HOST, endpoint: METHOD, params: { ...template }, headers: {} };
        sign(request);
        return withForm ? qs.stringify(request.params) : (request.params.sig as string);
      };
    }
  }
}

const op = build();

/**
 * For `attempt` and `reattempt`: the param names, in order, of a body the real client sends, to catch drift of
 * internal.ts.
 */
async function clientBody(): Promise<string> {
  const server = await startFixedServer();
  const client = createClient({ apiKey: API_KEY, userKey: USER_KEY, secret: SECRET, baseUrl: server.url });
  try {
    await client.socialize.setStatus({ uid: UID, status: STATUS });
    return server.lastBody;
  } finally {
    await client.close();
    await server.close();
  }
}

serve({
  /**
   * CPU time per op (this process, GC threads included) and wall time per op. CPU time is what the
   * bench judges: a loop of synchronous work that another process preempts keeps its CPU time.
   */
  run: ({ ops }: { ops: number }) => {
    let sink = 0;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < ops; i++) sink += op().length;
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    return { cpuNsPerOp: ((cpu.user + cpu.system) * 1e3) / ops, wallNsPerOp: (ms * 1e6) / ops, sink };
  },
  sample: () => op(),
  conformance: async () => {
    if (signer !== 'attempt' && signer !== 'reattempt') return { ok: true };
    const real = await clientBody();
    const ours = op();
    return { ok: sameShape(real, ours), client: paramNames(real), adapter: paramNames(ours) };
  },
});
