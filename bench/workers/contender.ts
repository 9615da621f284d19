/**
 * One end-to-end contender in its own process, calling socialize.setStatus on the loopback server:
 *   floor            undici.request with a body signed once, keep-alive pool (the least a client can do)
 *   gigya-typed      client.socialize.setStatus, defaults (validation on, retries on, keep-alive pool)
 *   gigya-default    the `gigya` package, signed userKey mode, its own default transport
 *   gigya-keepalive  the `gigya` package, signed userKey mode, a keep-alive agent through its transport hook
 */
import { Agent as HttpAgent } from 'node:http';
import { createRequire } from 'node:module';
import { drive } from '../lib/drive.js';
import { API_KEY, FORM_CONTENT_TYPE, METHOD, PEER_HOST, SECRET, STATUS, UID, USER_KEY } from '../lib/fixture.js';
import { serve, workerConfig } from '../lib/serve.js';

export type ContenderName = 'floor' | 'gigya-typed' | 'gigya-default' | 'gigya-keepalive';

const { contender, base } = workerConfig<{ contender: ContenderName; base: string }>();

/** Pool size of the client's own transport; the floor and the keep-alive peer get the same. */
const POOL = 64;

interface PeerClient {
  socialize: { setStatus(params: Record<string, unknown>): Promise<unknown> };
  setCredentials(credentials: { userKey: string; secret: string }): unknown;
}
type ProxyHttpRequest = (
  endpoint: string,
  host: string,
  params: Record<string, unknown>,
  headers: Record<string, string>,
) => Promise<unknown>;
type PostCallback = (error: unknown, response: unknown, body: string) => void;
interface RequestLib {
  post(uri: string, options: Record<string, unknown>, callback: PostCallback): unknown;
}

/** The `gigya` package and the `request` instance its transport uses (resolved from the package's own location). */
function loadPeer(): { Gigya: new (...args: unknown[]) => PeerClient; requestLib: RequestLib } {
  const peerEntry = createRequire(import.meta.url).resolve('gigya');
  const peerRequire = createRequire(peerEntry);
  return {
    Gigya: (peerRequire(peerEntry) as { Gigya: new (...args: unknown[]) => PeerClient }).Gigya,
    requestLib: peerRequire('request') as RequestLib,
  };
}

/** Each contender loads only what it uses, so no process carries another's modules in its heap. */
async function setup(): Promise<{ call: () => Promise<unknown>; close: () => Promise<void> }> {
  switch (contender) {
    case 'floor': {
      const { Agent, request } = await import('undici');
      const { createAttemptSigner } = await import('../internal.js');
      const agent = new Agent({ connections: POOL, keepAliveTimeout: 4_000, keepAliveMaxTimeout: 60_000 });
      const body = createAttemptSigner({
        apiKey: API_KEY,
        userKey: USER_KEY,
        secret: SECRET,
        baseUrl: base,
        method: METHOD,
        params: { uid: UID, status: STATUS },
      })();
      const url = `${base}/${METHOD}`;
      const headers = { 'content-type': FORM_CONTENT_TYPE };
      return {
        call: async () => {
          const res = await request(url, { method: 'POST', body, headers, dispatcher: agent });
          await res.body.text();
        },
        close: () => agent.close(),
      };
    }
    case 'gigya-typed': {
      const { createClient } = await import('../../src/index.js');
      const client = createClient({ apiKey: API_KEY, userKey: USER_KEY, secret: SECRET, baseUrl: base });
      return { call: () => client.socialize.setStatus({ uid: UID, status: STATUS }), close: () => client.close() };
    }
    case 'gigya-default': {
      // The peer's default transport posts to https://<namespace>.<dc>.gigya.com with `request`. The
      // URL alone is rewritten to the loopback server; its options (form, headers, its CA bundle,
      // no agent) stay the peer's, so it keeps its connection-per-call behaviour.
      const { Gigya, requestLib } = loadPeer();
      const origin = `https://${PEER_HOST}`;
      const post = requestLib.post;
      requestLib.post = function (this: unknown, uri, options, callback) {
        if (typeof uri !== 'string' || !uri.startsWith(`${origin}/`))
          throw new Error(`the bench redirects only ${origin}; refusing to send to ${String(uri)}`);
        return post.call(this, `${base}${uri.slice(origin.length)}`, options, callback);
      };
      const peer = new Gigya(API_KEY, 'us1', USER_KEY, SECRET);
      return { call: () => peer.socialize.setStatus({ UID, status: STATUS }), close: async () => undefined };
    }
    case 'gigya-keepalive': {
      // The transport hook: the constructor's proxy argument, then userKey credentials for signing.
      const { Gigya, requestLib } = loadPeer();
      const agent = new HttpAgent({ keepAlive: true, maxSockets: POOL });
      const hook: ProxyHttpRequest = (endpoint, _host, params, headers) =>
        new Promise((resolve, reject) => {
          requestLib.post(
            `${base}/${endpoint}`,
            { method: 'post', form: params, headers, agent },
            (error, _response, text) => {
              if (error) return reject(error);
              try {
                resolve(JSON.parse(text));
              } catch (parseError) {
                reject(parseError);
              }
            },
          );
        });
      const peer = new Gigya(API_KEY, 'us1', hook);
      peer.setCredentials({ userKey: USER_KEY, secret: SECRET });
      return {
        call: () => peer.socialize.setStatus({ UID, status: STATUS }),
        close: async () => agent.destroy(),
      };
    }
  }
}

const { call, close } = await setup();

serve({
  round: ({ calls, concurrency }: { calls: number; concurrency: number }) => drive(call, calls, concurrency),
  /** Heap after full GCs every `every` calls (needs --expose-gc). */
  heap: async ({ calls, every, concurrency }: { calls: number; every: number; concurrency: number }) => {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) throw new Error('the heap command needs node --expose-gc');
    const samples: Array<[number, number]> = [];
    const sample = (done: number): void => {
      gc();
      gc();
      samples.push([done, process.memoryUsage().heapUsed]);
    };
    sample(0);
    for (let done = 0; done < calls; done += every) {
      await drive(call, every, concurrency);
      sample(done + every);
    }
    return samples;
  },
  close: () => close(),
});
