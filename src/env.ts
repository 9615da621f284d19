/**
 * Options from `GIGYA_*` environment variables, read when `createClient` is not given them.
 *
 * Credentials and the endpoint are each taken as a group: when any credential option is passed,
 * no credential is read from the environment, and likewise for `dataCenter` / `apiDomain` /
 * `baseUrl`. Mixing sources would let a stray variable change the auth mode (a `GIGYA_USER_KEY`
 * turning a site-secret client into an application-key one) or send calls elsewhere.
 */
import { readFileSync } from 'node:fs';
import { GigyaConfigError } from './errors.js';
import type { AuthMode, ClientOptions, LogLevel } from './options.js';

/** The variables `createClient` reads, by the option each one fills. */
export const ENV_VARS = Object.freeze({
  apiKey: 'GIGYA_API_KEY',
  secret: 'GIGYA_SECRET',
  userKey: 'GIGYA_USER_KEY',
  privateKey: 'GIGYA_PRIVATE_KEY',
  privateKeyFile: 'GIGYA_PRIVATE_KEY_FILE',
  authMode: 'GIGYA_AUTH_MODE',
  dataCenter: 'GIGYA_DATA_CENTER',
  apiDomain: 'GIGYA_API_DOMAIN',
  baseUrl: 'GIGYA_BASE_URL',
  logLevel: 'GIGYA_LOG',
});

/** Where the environment comes from: `process.env` unless the options name another one (or `false`). */
export type Environment = Readonly<Record<string, string | undefined>>;

const CREDENTIAL_KEYS = ['apiKey', 'secret', 'userKey', 'privateKey', 'oauthToken', 'authMode'] as const;
const ENDPOINT_KEYS = ['dataCenter', 'apiDomain', 'baseUrl'] as const;
const LOG_LEVELS: readonly LogLevel[] = ['off', 'error', 'warn', 'info', 'debug'];

/** What the environment added, so errors about those values can say where they came from. */
export interface FromEnvironment {
  readonly options: ClientOptions;
  /** Names of the variables that were used. */
  readonly used: readonly string[];
}

function read(env: Environment, name: string): string | undefined {
  const value = env[name];
  // An empty variable (`GIGYA_SECRET=` in a .env file) means "not set", as in most SDKs.
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function given(options: ClientOptions, keys: readonly (keyof ClientOptions)[]): boolean {
  return keys.some((key) => options[key] !== undefined && options[key] !== null);
}

/**
 * The options with what the environment supplies filled in. Explicit options always win; the
 * environment is not consulted at all with `env: false`.
 */
export function withEnvironment(options: ClientOptions): FromEnvironment {
  if (options.env === false) return { options, used: [] };
  const env: Environment = options.env ?? process.env;
  const used: string[] = [];
  const take = (name: string): string | undefined => {
    const value = read(env, name);
    if (value !== undefined) used.push(name);
    return value;
  };
  const out: { -readonly [K in keyof ClientOptions]: ClientOptions[K] } = { ...options };

  if (!given(options, CREDENTIAL_KEYS)) {
    const apiKey = take(ENV_VARS.apiKey);
    const secret = take(ENV_VARS.secret);
    const userKey = take(ENV_VARS.userKey);
    const privateKey = privateKeyFrom(env, take);
    const authMode = take(ENV_VARS.authMode);
    if (apiKey !== undefined) out.apiKey = apiKey;
    if (secret !== undefined) out.secret = secret;
    if (userKey !== undefined) out.userKey = userKey;
    if (privateKey !== undefined) out.privateKey = privateKey;
    if (authMode !== undefined) out.authMode = authMode as AuthMode;
  }
  if (!given(options, ENDPOINT_KEYS)) {
    const dataCenter = take(ENV_VARS.dataCenter);
    const apiDomain = take(ENV_VARS.apiDomain);
    const baseUrl = take(ENV_VARS.baseUrl);
    if (dataCenter !== undefined) out.dataCenter = dataCenter;
    if (apiDomain !== undefined) out.apiDomain = apiDomain;
    if (baseUrl !== undefined) out.baseUrl = baseUrl;
  }
  if (options.logLevel === undefined) {
    const level = take(ENV_VARS.logLevel);
    if (level !== undefined) {
      const lower = level.toLowerCase();
      if (!LOG_LEVELS.includes(lower as LogLevel))
        throw new GigyaConfigError(
          `${ENV_VARS.logLevel} must be one of ${LOG_LEVELS.join(', ')}, got ${JSON.stringify(level)}.`,
        );
      out.logLevel = lower as LogLevel;
    }
  }
  return { options: out, used };
}

/**
 * `GIGYA_PRIVATE_KEY` (a PEM, with `\n` escapes as CI secret stores keep them) or the file `GIGYA_PRIVATE_KEY_FILE`
 * names.
 */
function privateKeyFrom(env: Environment, take: (name: string) => string | undefined): string | undefined {
  const inline = take(ENV_VARS.privateKey);
  const file = take(ENV_VARS.privateKeyFile);
  if (inline !== undefined && file !== undefined)
    throw new GigyaConfigError(
      `Both ${ENV_VARS.privateKey} and ${ENV_VARS.privateKeyFile} are set; set only one of them.`,
    );
  if (inline !== undefined) return inline.includes('\n') ? inline : inline.replace(/\\n/g, '\n');
  if (file === undefined) return undefined;
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new GigyaConfigError(
      `${ENV_VARS.privateKeyFile} names ${JSON.stringify(env[ENV_VARS.privateKeyFile])}, which cannot be ` +
        `read${typeof code === 'string' ? ` (${code})` : ''}.`,
      { cause: error },
    );
  }
}

/** The sentence every "no credentials" error ends with. */
export function environmentHint(): string {
  return (
    `Pass credentials to createClient(), or set ${ENV_VARS.apiKey} and ${ENV_VARS.secret} ` +
    `(or ${ENV_VARS.userKey} with ${ENV_VARS.secret}, ${ENV_VARS.privateKey} or ${ENV_VARS.privateKeyFile}; ` +
    `optionally` +
    ` ${ENV_VARS.authMode}), and ${ENV_VARS.dataCenter}, ${ENV_VARS.apiDomain} or ${ENV_VARS.baseUrl} for where ` +
    `calls go.`
  );
}

/** True when no credential at all is set: neither in the options nor, through them, in the environment. */
export function hasNoCredentials(options: ClientOptions): boolean {
  return !given(options, ['apiKey', 'secret', 'userKey', 'privateKey', 'oauthToken']);
}
