/**
 * Credentials and the endpoint for commands that talk to Gigya, from flags or, as in
 * `createClient`, from the GIGYA_* variables (flags win, each group taken whole).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AuthMode, ClientOptions } from '../options.js';
import { type OptionSpecs, type ParsedArgs, stringOption, UsageError } from './command.js';

export const CREDENTIAL_OPTIONS: OptionSpecs = {
  'api-key': { type: 'string', value: 'KEY', help: 'site API key (default: GIGYA_API_KEY)' },
  secret: {
    type: 'string',
    value: 'BASE64',
    help:
      'site or application-key secret (default: GIGYA_SECRET; prefer the variable: flags show in ps and shell ' +
      'history)',
  },
  'user-key': { type: 'string', value: 'KEY', help: 'application (user) key (default: GIGYA_USER_KEY)' },
  'private-key-file': {
    type: 'string',
    value: 'FILE',
    help: "the application key's RSA private key, PEM (default: GIGYA_PRIVATE_KEY or GIGYA_PRIVATE_KEY_FILE)",
  },
  'auth-mode': {
    type: 'string',
    value: 'MODE',
    help: 'signed, secret, bearer or anonymous, when the credentials allow more than one (GIGYA_AUTH_MODE)',
  },
  'data-center': { type: 'string', value: 'DC', help: 'us1, eu1, au1, eu2, cn1, global, ru1, il1 (GIGYA_DATA_CENTER)' },
  'api-domain': { type: 'string', value: 'DOMAIN', help: 'e.g. us1-st1.gigya.com (GIGYA_API_DOMAIN)' },
  'base-url': { type: 'string', value: 'URL', help: 'send every call to this URL, e.g. the emulator (GIGYA_BASE_URL)' },
};

/** Client options from the flags; what they leave out, `createClient` reads from `env`. */
export function clientOptionsFrom(args: ParsedArgs, env: ClientOptions['env'], cwd: string): ClientOptions {
  const keyFile = stringOption(args, 'private-key-file');
  let privateKey: string | undefined;
  if (keyFile !== undefined) {
    try {
      privateKey = readFileSync(resolve(cwd, keyFile), 'utf8');
    } catch (error) {
      throw new UsageError(
        `--private-key-file ${keyFile} cannot be read (${(error as { code?: string }).code ?? 'error'}).`,
      );
    }
  }
  const pairs: [keyof ClientOptions, string | undefined][] = [
    ['apiKey', stringOption(args, 'api-key')],
    ['secret', stringOption(args, 'secret')],
    ['userKey', stringOption(args, 'user-key')],
    ['privateKey', privateKey],
    ['authMode', stringOption(args, 'auth-mode') as AuthMode | undefined],
    ['dataCenter', stringOption(args, 'data-center')],
    ['apiDomain', stringOption(args, 'api-domain')],
    ['baseUrl', stringOption(args, 'base-url')],
  ];
  const options: Record<string, unknown> = { env };
  for (const [key, value] of pairs) if (value !== undefined) options[key] = value;
  return options as ClientOptions;
}
