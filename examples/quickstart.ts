/**
 * The seed walkthrough with the typed client: `npm start`.
 *
 * By default it starts the local Gigya emulator (seeded from src/emulator/fixtures/default.json)
 * and runs against it; nothing leaves the machine. With GIGYA_API_KEY, GIGYA_SECRET and GIGYA_UID
 * set (GIGYA_DATA_CENTER optional, default us1), the same walkthrough runs against real Gigya,
 * read-only: GIGYA_UID must be a user with an active session. GIGYA_ALLOW_WRITES=1 also runs the
 * steps that write (a status post, a published action, and the accounts steps that register,
 * change and delete a throwaway account).
 *
 * The accounts part is in examples/accounts-walkthrough.ts.
 *
 * Copy this file into your project and replace the `../src/…` imports with `gigya-typed` and
 * `gigya-typed/emulator`.
 */
import { startEmulator, type EmulatorHandle } from '../src/emulator/index.js';
import {
  accountsWalkthrough,
  WebhookReceiver,
  type WalkthroughClient,
  type WalkthroughSchema,
} from './accounts-walkthrough.js';
import {
  createClient,
  ErrorCode,
  validateFriendSignature,
  validateUserSignature,
  type GigyaClient,
  type ResponseFormat,
} from '../src/index.js';

const env = process.env;
const REAL_GIGYA_VARS = ['GIGYA_API_KEY', 'GIGYA_SECRET', 'GIGYA_UID'] as const;
const given = REAL_GIGYA_VARS.filter((name) => env[name]);
// Some but not all set is a mistake: say so instead of quietly falling back to the emulator.
if (given.length > 0 && given.length < REAL_GIGYA_VARS.length) {
  const missing = REAL_GIGYA_VARS.filter((name) => !env[name]);
  console.error(
    `To run against real Gigya, also set ${missing.join(' and ')} (set: ${given.join(', ')}). Unset them all to use ` +
      `the local emulator.`,
  );
  process.exit(2);
}
const real = given.length === REAL_GIGYA_VARS.length;
// Writes to a real site only when asked; the emulator is a sandbox.
const allowWrites = !real || env['GIGYA_ALLOW_WRITES'] === '1';
const receiver = real ? undefined : new WebhookReceiver();
await receiver?.start();
const emulator: EmulatorHandle | undefined = real
  ? undefined
  : await startEmulator({ webhooks: { url: receiver!.url } });
const apiKey = real ? env['GIGYA_API_KEY']! : emulator!.apiKey;
const secret = real ? env['GIGYA_SECRET']! : emulator!.secret;
const uid = env['GIGYA_UID'] ?? 'alice';

let failures = 0;
function check(what: string, ok: boolean): void {
  console.log(`  ${ok ? '✓' : '✗'} ${what}`);
  if (!ok) failures++;
}

/** One client per format, typed with the accounts site's schema (its data fields), given once. */
function makeClient(format: ResponseFormat): WalkthroughClient {
  return createClient<WalkthroughSchema>({
    apiKey,
    secret,
    format,
    ...(emulator ? { baseUrl: emulator.url } : { dataCenter: env['GIGYA_DATA_CENTER'] ?? 'us1' }),
  });
}

/** The seed's userAction: a message, a description, a link back and one image. */
const userAction = {
  title: 'This is my title',
  userMessage: 'This is my user message',
  description: 'This is my description',
  linkBack: 'https://example.com/article',
  mediaItems: [{ type: 'image' as const, src: 'https://example.com/image.png', href: 'https://example.com/article' }],
};

async function walkthrough(client: GigyaClient, format: ResponseFormat): Promise<void> {
  console.log(`\n━━ format=${format} ━━`);

  if (allowWrites) {
    console.log('\n▸ socialize.setStatus: set the user\'s status to "I feel great"');
    const status = await client.socialize.setStatus({ uid, status: 'I feel great' });
    check(`errorCode ${status.errorCode}, callId ${status.callId}`, status.errorCode === 0);
  }

  console.log("\n▸ socialize.getUserInfo: read the profile and validate Gigya's UID signature");
  const user = await client.socialize.getUserInfo({ uid, signIDs: true });
  console.log(
    `  ${user.nickname ?? '(no nickname)'} <${user.email ?? 'no email'}>, identities:` +
      ` ${user.identities?.map((i) => i.provider).join(', ') || 'none'}`,
  );
  check(
    `UIDSignature valid for ${user.UID} at ${user.signatureTimestamp}`,
    Boolean(user.UIDSignature && user.signatureTimestamp) &&
      validateUserSignature(user.UID, user.signatureTimestamp!, secret, user.UIDSignature!),
  );

  if (allowWrites) {
    console.log("\n▸ socialize.publishUserAction: publish the seed's userAction");
    const published = await client.socialize.publishUserAction({ uid, userAction });
    check(
      `published (providers: ${Object.keys(published.providerPostIDs ?? {}).join(', ') || 'none reported'})`,
      published.errorCode === 0,
    );
  }

  console.log("\n▸ socialize.getFriendsInfo: validate every friend's signature");
  const { friends = [] } = await client.socialize.getFriendsInfo({ uid, signIDs: true });
  if (friends.length === 0) console.log('  (no friends)');
  for (const friend of friends) {
    const valid =
      Boolean(friend.friendshipSignature && friend.signatureTimestamp) &&
      validateFriendSignature(uid, friend.signatureTimestamp!, friend.UID, secret, friend.friendshipSignature!);
    check(
      `${friend.nickname ?? friend.UID} (site user: ${String(friend.isSiteUser ?? false)}): friendshipSignature valid`,
      valid,
    );
  }

  console.log('\n▸ A deliberate failure, handled with a typed switch on ErrorCode');
  const failed = await client.socialize.setStatus.safe({ uid: 'no-such-user', status: 'I feel great' });
  if (failed.ok) {
    check('the call for an unknown user failed', false);
  } else if (client.socialize.setStatus.isError(failed.error)) {
    const error = failed.error;
    switch (error.errorCode) {
      case ErrorCode.UnauthorizedUser:
      case ErrorCode.NoValidSession:
        check(`${error.errorCode} ${error.info?.name ?? ''}: "${error.errorMessage}" (callId ${error.callId})`, true);
        break;
      case ErrorCode.InvalidRequestSignature:
        check('signature rejected: check GIGYA_SECRET', false);
        break;
      default:
        check(`unexpected ${error.errorCode} ${error.errorMessage}`, false);
    }
  } else {
    check(`transport failure: ${failed.error.message}`, false);
  }
}

console.log(
  real
    ? `Running against Gigya (${env['GIGYA_DATA_CENTER'] ?? 'us1'}) as ${uid}, ${
        allowWrites
          ? 'writes allowed (GIGYA_ALLOW_WRITES=1)'
          : 'read-only (set GIGYA_ALLOW_WRITES=1 to run the steps that write)'
      }.`
    : `Running against the local Gigya emulator at ${emulator!.url}.`,
);
const clients = { json: makeClient('json'), xml: makeClient('xml') };
try {
  if (emulator) {
    console.log('\n▸ socialize.notifyLogin: the site logs the user in (creates a session)');
    const login = await clients.json.socialize.notifyLogin({ siteUID: uid });
    check(`session for ${login.UID}, cookie ${login.cookieName}`, login.errorCode === 0);
  }
  await walkthrough(clients.json, 'json');
  await walkthrough(clients.xml, 'xml');
  const accounts = { apiKey, secret, emulator, allowWrites, uid: real ? uid : undefined, check };
  await accountsWalkthrough(clients.json, 'json', accounts, receiver);
  await accountsWalkthrough(clients.xml, 'xml', accounts, receiver);
  if (emulator) {
    const nonces = new Set(emulator.requests.map((r) => r.nonce));
    console.log(`\nThe emulator checked ${emulator.requests.length} signed requests (${nonces.size} distinct nonces).`);
  }
} catch (error) {
  // Every failure is a typed GigyaError whose message says what happened and what to do.
  check(error instanceof Error ? `${error.name}: ${error.message}` : String(error), false);
} finally {
  await Promise.all([clients.json.close(), clients.xml.close()]);
  await emulator?.close();
  await receiver?.close();
}

if (failures > 0) {
  console.error(`\n${failures} check(s) failed.`);
  process.exitCode = 1;
} else {
  console.log('\nAll steps passed.');
}
