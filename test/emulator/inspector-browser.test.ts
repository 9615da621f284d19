/**
 * The inspector in a real browser: headless Chromium (the system's, driven by playwright-core)
 * opens the page, sees a 403003 arrive live and reads its diagnosis, switches a fault on and off
 * from the page, and takes a screenshot kept as an artifact (.tmp/artifacts/inspector.png; set
 * INSPECTOR_SCREENSHOT=docs/inspector.png to refresh the README's).
 *
 * Without a Chromium the test is skipped on a developer's machine and fails in CI (CI=true),
 * where .ci/run installs Debian's package.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignatureBaseString, calcSignature } from '../../src/auth/signing.js';
import { defaultEmulatorFixture, startEmulator, type EmulatorHandle } from '../../src/emulator/index.js';
import { createClient, type GigyaApiError, type GigyaClient } from '../../src/index.js';
import { failureOf } from '../e2e/helpers.js';
import { prepare, send, USER_SECRET } from './helpers.js';

const CANDIDATES = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  (p): p is string => p !== undefined && p !== '',
);
const executablePath = CANDIDATES.find((p) => existsSync(p));
const inCi = process.env['CI'] === 'true';
const ARTIFACT = resolve('.tmp/artifacts/inspector.png');
const PASSWORD = 'correct horse battery staple 7!';

if (!executablePath && !inCi)
  console.warn(`inspector-browser: no Chromium at ${CANDIDATES.join(', ')}; skipped (apt-get install -y chromium).`);

describe.skipIf(!executablePath && !inCi)('the inspector in headless Chromium', () => {
  let emu: EmulatorHandle;
  let browser: Browser;
  let page: Page;
  let client: GigyaClient;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!executablePath) throw new Error(`CI needs a Chromium (looked at ${CANDIDATES.join(', ')}).`);
    const fixture = defaultEmulatorFixture();
    const site = Object.values(fixture.sites)[0]!;
    site.accounts = [
      { UID: 'ada', email: 'ada@example.com', password: PASSWORD, isRegistered: true, isVerified: true },
      { UID: 'grace', email: 'grace@example.com', isRegistered: true, isVerified: false },
    ];
    emu = await startEmulator({ fixture, passwordHashing: { N: 16, r: 8, p: 1 } });
    client = createClient({ baseUrl: emu.url, apiKey: emu.apiKey, secret: emu.secret });
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    // Below the test's timeout, so a step that waits in vain says which one it was.
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await client?.close();
    await emu?.close();
  });

  it('shows requests live, and why a signature failed', { timeout: 60_000 }, async () => {
    await client.accounts.login({ loginID: 'ada@example.com', password: PASSWORD });
    await page.goto(emu.inspectorUrl!);
    await page.locator('#connection.live').waitFor();
    await page.locator('#requests tbody tr').first().waitFor();

    // Signed over https, sent over http: the page must name the scheme.
    const url = `${emu.url}/socialize.getUserInfo`;
    const wire = prepare(url, { UID: 'alice', status: 'hello world' }, { signedUrl: url.replace('http:', 'https:') });
    expect((await send(url, wire)).json!['errorCode']).toBe(403003);
    const row = page.locator('#requests tbody tr.signature').first();
    await row.waitFor();
    expect(await row.getAttribute('data-code')).toBe('403003');
    await row.click();
    const diagnosis = page.locator('#diagnosis');
    await diagnosis.waitFor();
    expect(await diagnosis.locator('.found').textContent()).toContain('It was signed over https://');
    const check = emu.requests.at(-1)!.signatureCheck!;
    const expected = calcSignature(buildSignatureBaseString('POST', url, wire), emu.secret);
    expect(await diagnosis.locator('.expected-sig').textContent()).toBe(expected);
    expect(await diagnosis.locator('.received-sig').textContent()).toBe(wire['sig']);
    expect(await diagnosis.locator('.expected-base').textContent()).toBe(check.baseString);
    expect(await page.locator('#detail').textContent()).toContain('[REDACTED]');

    // Filters: signature failures only leaves the 403003.
    await page.selectOption('#filter-outcome', 'signature');
    expect(await page.locator('#requests tbody tr').count()).toBe(1);
    await page.selectOption('#filter-outcome', '');

    // The state shows the accounts and the session of the login.
    await page.locator('#accounts tbody tr', { hasText: 'ada@example.com' }).waitFor();
    await page.locator('#sessions tbody tr', { hasText: 'ada' }).first().waitFor();
  });

  it('switches a fault on and off from the page', { timeout: 60_000 }, async () => {
    await page.selectOption('#fault-type', 'rate-limit');
    await page.fill('#fault-method', 'socialize.getUserInfo');
    await page.click('#fault-form button[type=submit]');
    const added = page.locator('#fault-rules li.on', { hasText: 'rate-limit' });
    await added.waitFor();
    // By id: the list is drawn anew when a rule changes.
    const id = await added.getAttribute('data-id');
    const box = page.locator(`#fault-rules li[data-id="${id}"] input[type=checkbox]`);
    const limited = await failureOf(client.socialize.getUserInfo({ uid: 'alice' }, { maxRetries: 0 }));
    expect((limited as GigyaApiError).errorCode).toBe(403048);

    await box.uncheck();
    await page.locator(`#fault-rules li.off[data-id="${id}"]`).waitFor();
    await expect(client.socialize.getUserInfo({ uid: 'alice' })).resolves.toMatchObject({ UID: 'alice' });
    expect(emu.requests.at(-1)!.faults).toEqual([]);

    // Leave the rule in force for the screenshot, and the 403003 open.
    await box.check();
    await page.locator(`#fault-rules li.on[data-id="${id}"]`).waitFor();
    await page.locator('#requests tbody tr.signature').first().click();
    await page.locator('#diagnosis').waitFor();
  });

  it('never shows a secret, and takes the screenshot', async () => {
    const html = await page.content();
    for (const secret of [emu.secret, USER_SECRET, PASSWORD]) expect(html).not.toContain(secret);
    expect(pageErrors).toEqual([]);
    const out = process.env['INSPECTOR_SCREENSHOT'] ? resolve(process.env['INSPECTOR_SCREENSHOT']) : ARTIFACT;
    for (const file of new Set([ARTIFACT, out])) {
      mkdirSync(dirname(file), { recursive: true });
      await page.screenshot({ path: file, fullPage: true });
      expect(existsSync(file)).toBe(true);
    }
  });
});
