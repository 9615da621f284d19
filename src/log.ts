/**
 * The client's log: a level threshold over a logger that `console`, pino and winston satisfy as
 * they are. Every record is written object first (`logger.warn({ …fields }, message)`), the form
 * pino needs to keep the fields; console prints both, winston keeps the object as its message.
 */
import { GigyaConfigError } from './errors.js';

/** From quietest to most verbose; each level includes the ones before it. */
export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/** A log method: a record of fields, then a one-line message. */
export type LogMethod = (fields: Record<string, unknown>, message: string) => unknown;

/**
 * Where the client's records go. `console`, a pino logger and a winston logger fit as they are.
 * Methods are optional, so `{ warn }` alone receives only warnings.
 */
export interface Logger {
  error?: LogMethod;
  warn?: LogMethod;
  info?: LogMethod;
  debug?: LogMethod;
}

const RANK: Readonly<Record<LogLevel, number>> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

export const DEFAULT_LOG_LEVEL: LogLevel = 'warn';

export function checkLogLevel(level: unknown): LogLevel {
  if (typeof level === 'string' && Object.hasOwn(RANK, level)) return level as LogLevel;
  throw new GigyaConfigError(
    `logLevel must be one of ${Object.keys(RANK)
      .map((l) => `'${l}'`)
      .join(', ')}, got ${JSON.stringify(String(level))}.`,
  );
}

export function checkLogger(logger: unknown): Logger {
  if (typeof logger !== 'object' || logger === null)
    throw new GigyaConfigError(
      'logger must be an object with debug/info/warn/error methods, such as console or pino().',
    );
  for (const level of ['error', 'warn', 'info', 'debug'] as const) {
    const method = (logger as Record<string, unknown>)[level];
    if (method !== undefined && typeof method !== 'function')
      throw new GigyaConfigError(`logger.${level} must be a function, got ${typeof method}.`);
  }
  return logger as Logger;
}

/** The client's side of logging: one method per level, no-ops below the threshold. */
export interface ClientLog {
  readonly level: LogLevel;
  enabled(level: Exclude<LogLevel, 'off'>): boolean;
  error(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  info(fields: Record<string, unknown>, message: string): void;
  debug(fields: Record<string, unknown>, message: string): void;
}

/** Prefixes the default console output, so a reader of mixed logs knows who spoke. */
const consoleLogger: Logger = {
  error: (fields, message) => console.error(`[gigya-typed] ${message}`, fields),
  warn: (fields, message) => console.warn(`[gigya-typed] ${message}`, fields),
  info: (fields, message) => console.info(`[gigya-typed] ${message}`, fields),
  debug: (fields, message) => console.debug(`[gigya-typed] ${message}`, fields),
};

export function createClientLog(logger: Logger | undefined, level: LogLevel): ClientLog {
  const target = logger ?? consoleLogger;
  const threshold = RANK[level];
  const write =
    (at: Exclude<LogLevel, 'off'>) =>
    (fields: Record<string, unknown>, message: string): void => {
      if (RANK[at] > threshold) return;
      try {
        // Called as a method: pino and winston use `this`.
        target[at]?.(fields, message);
      } catch {
        // A logger that throws must not turn a finished call into a failure.
      }
    };
  return {
    level,
    enabled: (at) => RANK[at] <= threshold,
    error: write('error'),
    warn: write('warn'),
    info: write('info'),
    debug: write('debug'),
  };
}
