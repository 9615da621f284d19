/**
 * A walkthrough of gigya-typed: `npm start`.
 *
 * By default it starts the local emulator (src/emulator, seeded from
 * src/emulator/fixtures/default.json) and runs against it: nothing leaves the machine.
 * With GIGYA_API_KEY, GIGYA_SECRET, GIGYA_UID (and optionally GIGYA_DATA_CENTER) set, it runs the
 * read-only part against real Gigya instead; calls that change data are skipped there.
 */
import { startEmulator, type EmulatorHandle } from '../src/emulator/index.js';
import { ErrorCode, GigyaApiError, createClient, validateFriendSignature, validateUserSignature } from '../src/index.js';

const env = process.env;
const real = Boolean(env['GIGYA_API_KEY'] && env['GIGYA_SECRET'] && env['GIGYA_UID']);
const emulator: EmulatorHandle | undefined = real ? undefined : await startEmulator();

const apiKey = real ? env['GIGYA_API_KEY']! : emulator!.apiKey;
const secret = real ? env['GIGYA_SECRET']! : emulator!.secret;
const client = createClient({
  apiKey,
  secret,
  ...(emulator ? { baseUrl: emulator.url } : { dataCenter: env['GIGYA_DATA_CENTER'] ?? 'us1' }),
});

const step = (text: string): void => console.log(`\n▸ ${text}`);

try {
  console.log(real ? `Running against Gigya (${env['GIGYA_DATA_CENTER'] ?? 'us1'}).` : `Running against the local emulator at ${emulator!.url}.`);
  let uid = env['GIGYA_UID'] ?? 'alice';

  if (!real) {
    step('socialize.notifyLogin: the site logs a user in and gets a session');
    const login = await client.socialize.notifyLogin({ siteUID: 'quickstart-user', userInfo: { nickname: 'Quinn', email: 'quinn@example.com' } });
    uid = login.UID!;
    console.log(`  UID ${uid}, session cookie ${login.cookieName}`);
  }

  step('socialize.getUserInfo: the profile, signed by Gigya');
  const user = await client.socialize.getUserInfo({ uid });
  console.log(`  ${user.nickname ?? '(no nickname)'}; providers: ${user.providers ?? 'none'}; logged in: ${String(user.isLoggedIn)}`);
  if (user.UIDSignature && user.signatureTimestamp) {
    const valid = validateUserSignature(user.UID, user.signatureTimestamp, secret, user.UIDSignature);
    console.log(`  UIDSignature valid: ${valid}`);
  }

  if (!real) {
    step('socialize.setStatus and socialize.publishUserAction');
    await client.socialize.setStatus({ uid, status: 'Trying gigya-typed' });
    const action = await client.socialize.publishUserAction({ uid: 'alice', userAction: { title: 'Read the docs', linkBack: 'https://example.com/docs' } });
    console.log(`  posted to: ${Object.keys(action.providerPostIDs ?? {}).join(', ')}`);
  }

  step('socialize.getFriendsInfo: every friend carries a signature');
  const friendsOf = real ? uid : 'alice';
  const { friends = [] } = await client.socialize.getFriendsInfo({ uid: friendsOf });
  for (const friend of friends) {
    const valid = friend.friendshipSignature && friend.signatureTimestamp ? validateFriendSignature(friendsOf, friend.signatureTimestamp, friend.UID, secret, friend.friendshipSignature) : false;
    console.log(`  ${friend.nickname ?? friend.UID} (site user: ${String(friend.isSiteUser)}, signature valid: ${valid})`);
  }

  step('Errors are typed: switch on errorCode');
  try {
    await client.socialize.getUserInfo({ uid: 'no-such-user' });
  } catch (error) {
    if (!(error instanceof GigyaApiError)) throw error;
    switch (error.errorCode) {
      case ErrorCode.UnauthorizedUser:
        console.log(`  ${error.errorCode} ${error.errorMessage}: no such user (callId ${error.callId})`);
        break;
      case ErrorCode.NoValidSession:
        console.log('  the user is not logged in');
        break;
      default:
        console.log(`  ${error.message}`);
    }
  }

  if (!real) {
    step('socialize.logout, then the session is gone');
    await client.socialize.logout({ uid });
    const after = await client.socialize.setStatus.safe({ uid, status: 'still there?' });
    console.log(after.ok ? '  unexpected success' : `  ${after.error.message}`);
    console.log(`\nThe emulator saw ${emulator!.requests.length} requests, each with its own nonce.`);
  }
} finally {
  await client.close();
  await emulator?.close();
}
