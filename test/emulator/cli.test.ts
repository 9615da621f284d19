import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { callJson } from './helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(ROOT, 'src', 'emulator', 'cli.ts');
const CLI_KEY = '3_CliTestKey';
const CLI_SECRET = Buffer.from('cli test secret, local only').toString('base64');

let child: ChildProcess | undefined;

afterEach(() => {
  child?.kill('SIGTERM');
  child = undefined;
});

function start(args: string[]): Promise<{ url: string; output: () => string }> {
  const proc = spawn(TSX, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  child = proc;
  let out = '';
  proc.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  proc.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /Gigya emulator listening on (http:\/\/\S+)/.exec(out);
      if (match) {
        clearInterval(timer);
        resolve({ url: match[1]!, output: () => out });
      }
    }, 25);
    proc.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`emulator CLI exited with ${code}: ${out}`));
    });
  });
}

describe('emulator CLI', () => {
  it('prints the URL and credentials, serves them, and logs one redacted line per request', async () => {
    const { url, output } = await start(['--port', '0', '--host', '127.0.0.1', '--api-key', CLI_KEY, '--secret', CLI_SECRET, '--timestamp-window', '60']);
    expect(output()).toContain(`apiKey: ${CLI_KEY}`);
    expect(output()).toContain(`secret: ${CLI_SECRET}`);
    const env = await callJson(url, 'socialize.getUserInfo', { UID: 'alice' }, { apiKey: CLI_KEY, secret: CLI_SECRET });
    expect(env['errorCode']).toBe(0);
    const stale = await callJson(url, 'socialize.getUserInfo', { UID: 'alice' }, { apiKey: CLI_KEY, secret: CLI_SECRET, timestamp: Math.floor(Date.now() / 1000) - 90 });
    expect(stale['errorCode']).toBe(403002);
    await new Promise((r) => setTimeout(r, 100));
    const logLines = output()
      .split('\n')
      .filter((l) => l.includes('socialize.getUserInfo apiKey='));
    expect(logLines).toHaveLength(2);
    expect(logLines[0]).toContain(`apiKey=${CLI_KEY}`);
    expect(logLines[0]).toContain('errorCode=0');
    expect(logLines[1]).toContain('errorCode=403002');
    for (const line of logLines) {
      expect(line).not.toContain(CLI_SECRET);
      expect(line).not.toMatch(/sig=|nonce=|UID=/);
    }
  });

  it('rejects bad arguments with a usage message', async () => {
    await expect(start(['--api-key', 'only-the-key'])).rejects.toThrow(/--api-key and --secret go together/);
  });
});
