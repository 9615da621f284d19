/**
 * `npm run bench`: throughput of gigya-typed against a floor and against the `gigya` npm client.
 *
 * Every contender talks to the same loopback server that answers a fixed envelope, so what differs
 * is client work: validation, signing, encoding, transport and parsing. Results are ratios, which
 * travel between machines better than absolute numbers.
 *   floor: undici `request` with a pre-built body, no signing or parsing (the least any Node client can do)
 *   peer:  `gigya` (npm), signing with its own signer and sending with its own `request` stack
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { Agent, request } from 'undici';
import { buildSignatureBaseString, calcSignature, createClient } from '../src/index.js';
import { decodeSecret } from '../src/signing.js';

const SECRET = 'EJgUJI386AUHo1aKqlZSJNQBeR/iQITGn+nezFQBDM8=';
const API_KEY = '3_BenchApiKey';
const CALLS = Number(process.env.BENCH_CALLS ?? 4000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const SIGN_OPS = Number(process.env.BENCH_SIGN_OPS ?? 50_000);
/** gigya-typed must stay within this factor of the floor; the run fails beyond it. */
const MAX_FLOOR_RATIO = Number(process.env.BENCH_MAX_FLOOR_RATIO ?? 3);

const body = JSON.stringify({ callId: 'b0', errorCode: 0, apiVersion: 2, statusCode: 200, statusReason: 'OK', time: '2026-01-01T00:00:00.000Z', providerPostIDs: { twitter: '1' } });

const SERVER_SOURCE = `
const { createServer } = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(workerData.body) });
    res.end(workerData.body);
  });
});
server.keepAliveTimeout = 30000;
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
`;

async function main(): Promise<void> {
  // The server runs in its own thread so the clients being measured do not share its CPU time.
  const server = new Worker(SERVER_SOURCE, { eval: true, workerData: { body } });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('message', resolve);
    server.once('error', reject);
  });
  const base = `http://127.0.0.1:${port}`;

  const results: Record<string, number> = {};

  // Floor: the transport alone.
  const agent = new Agent({ connections: CONCURRENCY, keepAliveTimeout: 30_000 });
  const floorBody = 'apiKey=k&status=I%20feel%20great&uid=u1';
  results.floor = await throughput(async () => {
    const res = await request(`${base}/socialize.setStatus`, { method: 'POST', body: floorBody, dispatcher: agent, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    await res.body.text();
  });
  await agent.close();

  const client = createClient({ apiKey: API_KEY, secret: SECRET, baseUrl: base, maxRetries: 0 });
  results['gigya-typed'] = await throughput(async () => {
    await client.socialize.setStatus({ uid: 'u1', status: 'I feel great' });
  });
  await client.close();

  const peer = loadPeer(base);
  if (peer) {
    results['gigya (npm)'] = await throughput(async () => {
      await peer.socialize.setStatus({ UID: 'u1', status: 'I feel great' });
    });
  }
  await server.terminate();

  console.log(`\nend-to-end over loopback: ${CALLS} calls, concurrency ${CONCURRENCY} (calls/s, higher is better)`);
  for (const [name, rate] of Object.entries(results)) console.log(`  ${name.padEnd(14)} ${rate.toFixed(0).padStart(8)}`);
  const ours = results['gigya-typed']!;
  const floorRatio = results.floor! / ours;
  console.log(`  floor / gigya-typed        ${floorRatio.toFixed(2)}x  (limit ${MAX_FLOOR_RATIO}x)`);
  if (results['gigya (npm)']) console.log(`  gigya-typed / gigya (npm)  ${(ours / results['gigya (npm)']).toFixed(2)}x`);

  // Signing alone: base string + HMAC, the work done on every attempt.
  const params = { apiKey: API_KEY, uid: 'u1', status: 'I feel great', format: 'json', httpStatusCodes: 'false', nonce: '1700000000123_abc', timestamp: '1700000000' };
  // The client decodes the secret once, when it is created; each attempt only builds and signs.
  const key = decodeSecret(SECRET);
  const oursSign = opsPerSecond(() => calcSignature(buildSignatureBaseString('POST', 'https://socialize.us1.gigya.com/socialize.setStatus', params), key));
  console.log(`\nsigning: ${SIGN_OPS} signatures (ops/s, higher is better)`);
  console.log(`  gigya-typed    ${oursSign.toFixed(0).padStart(8)}`);
  const peerSigner = loadPeerSigner();
  if (peerSigner) {
    const peerSign = opsPerSecond(() => peerSigner({ ...params }));
    console.log(`  gigya (npm)    ${peerSign.toFixed(0).padStart(8)}`);
    console.log(`  gigya-typed / gigya (npm)  ${(oursSign / peerSign).toFixed(2)}x`);
  }
  if (floorRatio > MAX_FLOOR_RATIO) {
    console.error(`\ngigya-typed is ${floorRatio.toFixed(2)}x slower than the floor (limit ${MAX_FLOOR_RATIO}x)`);
    process.exitCode = 1;
  }
}

async function throughput(call: () => Promise<void>): Promise<number> {
  const run = async (n: number): Promise<void> => {
    let next = 0;
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < n) await call();
    }));
  };
  await run(Math.min(500, CALLS)); // warm-up: JIT, connection pool
  const start = process.hrtime.bigint();
  await run(CALLS);
  return CALLS / (Number(process.hrtime.bigint() - start) / 1e9);
}

function opsPerSecond(fn: () => unknown): number {
  for (let i = 0; i < 2_000; i++) fn();
  const start = process.hrtime.bigint();
  for (let i = 0; i < SIGN_OPS; i++) fn();
  return SIGN_OPS / (Number(process.hrtime.bigint() - start) / 1e9);
}

interface PeerClient {
  socialize: { setStatus(params: Record<string, unknown>): Promise<unknown> };
  httpRequest: unknown;
}

const require = createRequire(import.meta.url);

/** The `gigya` package hard-codes https to Gigya's hosts; its own `request` stack is pointed at the loopback server instead. */
function loadPeer(base: string): PeerClient | undefined {
  let Gigya: new (apiKey: string, dc: string, secret: string) => PeerClient;
  let post: (uri: string, opts: object, cb: (error: unknown, res: unknown, body: string) => void) => void;
  try {
    Gigya = require('gigya').Gigya ?? require('gigya').default;
    post = require('request').post;
  } catch {
    console.log('(peer `gigya` is not installed; skipping it)');
    return undefined;
  }
  const peer = new Gigya(API_KEY, 'us1', SECRET);
  peer.httpRequest = (endpoint: string, _host: string, form: object, headers: object) =>
    new Promise((resolve, reject) => {
      post(`${base}/${endpoint}`, { form, headers, forever: true }, (error, _res, text) => (error ? reject(error) : resolve(JSON.parse(text))));
    });
  return peer;
}

function loadPeerSigner(): ((params: Record<string, string>) => unknown) | undefined {
  try {
    const { CredentialsSigner } = require('gigya/dist/lib/requestsSigners/CredentialsSigner');
    const SigUtils = require('gigya/dist/lib/sig-utils').default;
    const signer = new CredentialsSigner(new SigUtils(SECRET), { userKey: 'uk', secret: SECRET });
    return (params) => signer.createRequestSignature(SECRET, 'https://socialize.us1.gigya.com/socialize.setStatus', params);
  } catch {
    return undefined;
  }
}

await main();
