/** What every request of one emulator shares: its settings, its clock and its live state. */
import type { MethodDescriptor } from '../runtime.js';
import { latencyProblem, type FaultInjector } from './faults.js';
import type { ReplayCache } from './replay.js';
import type { RequestLog } from './request-log.js';
import type { EmulatorState } from './state.js';
import type { EmulatorOptions } from './types.js';

/** The options that shape request handling, with their defaults. */
export interface EmulatorConfig {
  readonly windowSeconds: number;
  readonly nonceTtlSeconds: number;
  readonly maxNonces: number;
  readonly maxBodyBytes: number;
  readonly maxRecordedRequests: number;
  readonly faultHeader: boolean;
  readonly latencyMs: number;
  readonly tls: boolean;
  readonly trustForwardedProto: boolean;
  readonly enforceDataCenter: boolean;
  readonly acceptSignatureWithoutPort: boolean;
  readonly requestTimeoutMs: number;
  readonly inspector: boolean;
}

export function resolveConfig(options: EmulatorOptions): EmulatorConfig {
  const windowSeconds = options.timestampWindowSeconds ?? 120;
  const latency = latencyProblem(options.latencyMs ?? 0);
  if (latency) throw new TypeError(`latencyMs ${latency}.`);
  const requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
  if (!Number.isFinite(requestTimeoutMs) || requestTimeoutMs <= 0)
    throw new TypeError('requestTimeoutMs must be a positive number of ms.');
  return {
    windowSeconds,
    // A timestamp passes for 2 × window of real time, so a nonce must be remembered at least that
    // long, or a replay outlives the nonce memory and is accepted.
    nonceTtlSeconds: Math.max(options.nonceTtlSeconds ?? 600, 2 * windowSeconds),
    maxNonces: options.maxNonces ?? 1_000_000,
    maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
    maxRecordedRequests: options.maxRecordedRequests ?? 10_000,
    faultHeader: options.faultHeader ?? true,
    latencyMs: options.latencyMs ?? 0,
    tls: options.tls !== undefined,
    trustForwardedProto: options.trustForwardedProto ?? false,
    enforceDataCenter: options.enforceDataCenter ?? true,
    acceptSignatureWithoutPort: options.acceptSignatureWithoutPort ?? false,
    requestTimeoutMs,
    inspector: options.inspector ?? true,
  };
}

export interface EmulatorContext {
  readonly config: EmulatorConfig;
  readonly now: () => number;
  readonly state: EmulatorState;
  readonly replay: ReplayCache;
  readonly faults: FaultInjector;
  readonly requests: RequestLog;
  /** The methods the emulator serves, by wire name: the built-in catalog. */
  readonly methods: ReadonlyMap<string, MethodDescriptor>;
}
