/**
 * Params from the command line: `name=value` (text, as it travels on the wire), `name:=JSON` (a
 * typed value), and `--params-json` (an object, `-` for stdin, `@file` for a file).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MethodDescriptor } from '../runtime.js';
import { type Io, UsageError } from './command.js';

export interface CommandParams {
  readonly params: Record<string, unknown>;
  /** Names given as `name=value` text, which the catalog's type may read as JSON. */
  readonly fromText: ReadonlySet<string>;
}

export async function readParams(
  pairs: readonly string[],
  paramsJson: string | undefined,
  io: Io,
): Promise<CommandParams> {
  const params: Record<string, unknown> = paramsJson === undefined ? {} : await jsonObject(paramsJson, io);
  const fromText = new Set<string>();
  for (const pair of pairs) {
    const typed = /^([^=:]+):=(.*)$/s.exec(pair);
    const text = /^([^=]+)=(.*)$/s.exec(pair);
    if (typed) {
      params[typed[1]!] = parseJson(typed[2]!, `the value of ${typed[1]}`);
      fromText.delete(typed[1]!);
    } else if (text) {
      params[text[1]!] = text[2]!;
      fromText.add(text[1]!);
    } else {
      throw new UsageError(`"${pair}" is not a param: write name=value (text) or name:=JSON (e.g. limit:=10).`);
    }
  }
  return { params, fromText };
}

async function jsonObject(source: string, io: Io): Promise<Record<string, unknown>> {
  let text = source;
  if (source === '-') text = await readAll(io);
  else if (source.startsWith('@')) {
    try {
      text = readFileSync(resolve(io.cwd, source.slice(1)), 'utf8');
    } catch (error) {
      throw new UsageError(
        `--params-json ${source}: cannot read the file (${(error as { code?: string }).code ?? 'error'}).`,
      );
    }
  }
  const value = parseJson(text, '--params-json');
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new UsageError('--params-json must be a JSON object, e.g. \'{"uid":"u1"}\'.');
  return value as Record<string, unknown>;
}

async function readAll(io: Io): Promise<string> {
  if (!io.stdin) throw new UsageError('--params-json - reads standard input, and there is none.');
  let text = '';
  for await (const chunk of io.stdin) text += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
  return text;
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`${what} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
}

/**
 * Text params read as the catalog types them: `signIDs=true` becomes a boolean where the validator
 * wants one, `limit=10` a number, `userLocation={"lat":1}` an object. A text value the validator
 * accepts as it is stays text, so a status of "true" is still a string.
 */
export function coerceToCatalog(descriptor: MethodDescriptor, input: CommandParams): Record<string, unknown> {
  const params = { ...input.params };
  const pending = new Set(input.fromText);
  for (let round = 0; round <= input.fromText.size; round++) {
    const parsed = descriptor.params.safeParse(params);
    if (parsed.success) break;
    let changed = false;
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      if (typeof key !== 'string' || !pending.has(key)) continue;
      pending.delete(key);
      const text = params[key] as string;
      try {
        const value = JSON.parse(text) as unknown;
        if (typeof value !== 'string') {
          params[key] = value;
          changed = true;
        }
      } catch {
        // Not JSON: leave the text, and let the validator say what is wrong with it.
      }
    }
    if (!changed) break;
  }
  return params;
}
