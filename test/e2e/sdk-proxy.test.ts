/**
 * Issue 12, defect 4: SDKs that speak plain HTTP to their proxy (SAP's Java SDK with setProxy, the
 * Python SDK's urllib ProxyHandler) reach https targets through the plain emulator, which ends TLS
 * with a certificate from its CA; the user trusts `emulator.caCertificate` the platform's way: a JVM
 * truststore, Python's CA file.
 *
 * The JVM and Python transports run whenever `javac`/`python3` are installed. SAP's Java SDK itself
 * runs when GIGYA_JAVA_SDK_SRC names a folder holding its sources and org.json's (a checkout of
 * SAP/gigya-java-sdk's sdk/src/main/java and an org.json source tree side by side).
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from '../../src/emulator/index.js';
import { API_KEY, SECRET, USER_KEY, USER_SECRET, e2eFixture } from './helpers.js';

const run = promisify(execFile);
const SDK_DIR = join(import.meta.dirname, 'sdk');
const has = (tool: string, arg = '-version'): boolean => spawnSync(tool, [arg], { stdio: 'ignore' }).status === 0;
const JAVA = has('javac') && has('java') && has('keytool', '-help');
const PYTHON = has('python3', '--version');
const SAP_SDK = process.env.GIGYA_JAVA_SDK_SRC;

let emu: EmulatorHandle;
let work: string;
let caFile: string;
beforeAll(async () => {
  emu = await startEmulator({ fixture: e2eFixture() });
  work = mkdtempSync(join(tmpdir(), 'gigya-sdk-proxy-'));
  caFile = join(work, 'emulator-ca.pem');
  writeFileSync(caFile, emu.caCertificate);
});
beforeEach(() => {
  emu.setFaults([]);
  emu.reset();
});
afterAll(async () => {
  await emu.close();
  rmSync(work, { recursive: true, force: true });
});

const proxyPort = (): string => new URL(emu.url).port;
/** The secret-as-param mode: no signing code needed in the driver, and it needs real HTTPS. */
const secretModeBody = (): string =>
  new URLSearchParams({
    apiKey: API_KEY,
    userKey: USER_KEY,
    secret: USER_SECRET,
    UID: 'alice',
    format: 'json',
  }).toString();

/** A PKCS#12 truststore holding only the emulator's CA. */
async function truststore(): Promise<string[]> {
  const store = join(work, 'truststore.p12');
  rmSync(store, { force: true });
  await run('keytool', [
    '-importcert',
    '-noprompt',
    '-alias',
    'gigya-emulator',
    '-file',
    caFile,
    '-keystore',
    store,
    '-storetype',
    'PKCS12',
    '-storepass',
    'changeit',
  ]);
  return [`-Djavax.net.ssl.trustStore=${store}`, '-Djavax.net.ssl.trustStorePassword=changeit'];
}

function javaSources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return javaSources(path);
    return path.endsWith('.java') ? [path] : [];
  });
}

describe.runIf(JAVA)('the JVM through the emulator as its HTTP proxy', () => {
  it('HttpsURLConnection with a Proxy reaches an https Gigya host; the JVM trusts the emulator CA from its ' +
    'truststore', {
    timeout: 60_000,
  }, async () => {
    const classes = join(work, 'jvm');
    await run('javac', ['-d', classes, join(SDK_DIR, 'JvmProxyCall.java')]);
    const trust = await truststore();
    const url = 'https://socialize.us1.gigya.com/socialize.getUserInfo';
    const { stdout } = await run('java', [
      ...trust,
      '-cp',
      classes,
      'JvmProxyCall',
      '127.0.0.1',
      proxyPort(),
      url,
      secretModeBody(),
    ]);
    const [status, body] = stdout.split('\n');
    expect(status).toBe('200');
    expect(JSON.parse(body!)).toMatchObject({ errorCode: 0, UID: 'alice' });
    expect(emu.requests.at(-1)).toMatchObject({ url, authMode: 'secret', errorCode: 0 });

    // Without the truststore the JVM refuses the certificate, and nothing is answered.
    const untrusted = await run('java', [
      '-cp',
      classes,
      'JvmProxyCall',
      '127.0.0.1',
      proxyPort(),
      url,
      secretModeBody(),
    ]).catch((error: { stderr: string }) => error);
    expect((untrusted as { stderr: string }).stderr).toMatch(/PKIX|certification path/);
  });

  it.runIf(SAP_SDK !== undefined)(
    'SAP’s Java SDK with setProxy: a signed flow over https, and its 403002 resend answered 403004',
    { timeout: 120_000 },
    async () => {
      const classes = join(work, 'sap');
      await run('javac', ['-nowarn', '-d', classes, ...javaSources(SAP_SDK!), join(SDK_DIR, 'SapSdkCalls.java')]);
      const trust = await truststore();
      const java = (scenario: string) =>
        run('java', [...trust, '-cp', classes, 'SapSdkCalls', API_KEY, SECRET, '127.0.0.1', proxyPort(), scenario]);
      const { stdout } = await java('flow');
      expect(stdout.trim().split('\n')).toEqual([
        expect.stringMatching(/^socialize\.setStatus 0 /),
        'socialize.getUserInfo 0 alice',
      ]);
      expect(emu.state.user(API_KEY, 'alice')!.status).toBe('from the Java SDK over https');
      expect(emu.requests.map((r) => r.url)).toContain('https://socialize.us1.gigya.com/socialize.setStatus');

      // The SDK resends the byte-identical request after 403002 (official-sdks.md Q-JAVA-1): Gigya,
      // and so the emulator, has spent that nonce.
      emu.setFaults([{ type: 'expired', times: 1 }]);
      const replay = await java('once');
      expect(replay.stdout.trim()).toMatch(/^socialize\.getUserInfo 403004 /);
      const [first, second] = emu.requests.slice(-2);
      expect(first!.nonce).toBe(second!.nonce);
    },
  );
});

describe.runIf(PYTHON)('Python through the emulator as its HTTP proxy', () => {
  it('urllib with a ProxyHandler reaches an https Gigya host, trusting the emulator CA file', {
    timeout: 30_000,
  }, async () => {
    const url = 'https://socialize.us1.gigya.com/socialize.getUserInfo';
    const { stdout } = await run('python3', [
      join(SDK_DIR, 'python_proxy_call.py'),
      emu.url,
      caFile,
      url,
      secretModeBody(),
    ]);
    const [status, body] = stdout.split('\n');
    expect(status).toBe('200');
    expect(JSON.parse(body!)).toMatchObject({ errorCode: 0, UID: 'alice' });
    expect(emu.requests.at(-1)).toMatchObject({ url, authMode: 'secret', errorCode: 0 });
  });
});
