/**
 * Deterministic fault injection: rules with counters (every Nth matching request, after `skip`,
 * at most `times`), plus a per-request header `x-emulator-fault: latency=300, reset`.
 */
import type { FaultRule, FaultType } from './types.js';

export const FAULT_HEADER = 'x-emulator-fault';

/** Longest injected latency: ten minutes is beyond any client timeout, and far below the timer limit. */
export const MAX_LATENCY_MS = 600_000;

/** A latency in ms, or a message saying what is wrong with it. */
export function latencyProblem(ms: unknown): string | undefined {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) return 'needs a non-negative number of ms';
  if (ms > MAX_LATENCY_MS) return `must be at most ${MAX_LATENCY_MS} ms`;
  return undefined;
}

/** Every fault type, in the order help texts list them. */
export const FAULT_TYPE_LIST: readonly FaultType[] = [
  'latency',
  'unavailable',
  'rate-limit',
  'server-error',
  'expired',
  'reset',
  'reset-after',
  'truncate',
];

const FAULT_TYPES: ReadonlySet<string> = new Set<FaultType>(FAULT_TYPE_LIST);

/** Short names accepted in the header. */
const ALIASES: Readonly<Record<string, FaultType>> = {
  '503': 'unavailable',
  '403048': 'rate-limit',
  '500001': 'server-error',
  '403002': 'expired',
  ratelimit: 'rate-limit',
};

export interface FaultPlan {
  /** Total added latency (ms). */
  readonly latencyMs: number;
  /** The fault that decides the answer (first one wins), if any. */
  readonly terminal: Exclude<FaultType, 'latency'> | undefined;
  /** Everything that fired, for the request record. */
  readonly fired: readonly FaultType[];
}

/** What a request without faults records: one list for all of them. */
export const NO_FAULTS: readonly FaultType[] = Object.freeze([]);
const NO_FAULT_PLAN: FaultPlan = Object.freeze({ latencyMs: 0, terminal: undefined, fired: NO_FAULTS });

export class FaultHeaderError extends Error {
  override readonly name = 'FaultHeaderError';
}

/** Parses `latency=300, reset` (also `503`, `rate-limit`, …). Throws FaultHeaderError on unknown faults. */
export function parseFaultHeader(value: string): Array<{ type: FaultType; ms?: number }> {
  const out: Array<{ type: FaultType; ms?: number }> = [];
  for (const part of value.split(',')) {
    const item = part.trim();
    if (item === '') continue;
    const [rawName = '', rawArg] = item.split('=', 2).map((s) => s.trim());
    const name = rawName.toLowerCase();
    const type = (ALIASES[name] ?? name) as FaultType;
    if (!FAULT_TYPES.has(type))
      throw new FaultHeaderError(
        `Unknown fault "${rawName}" in ${FAULT_HEADER}; use one of ${[...FAULT_TYPES].join(', ')}.`,
      );
    if (type === 'latency') {
      const ms = rawArg === undefined || rawArg === '' ? NaN : Number(rawArg);
      const problem = latencyProblem(ms);
      if (problem) throw new FaultHeaderError(`${FAULT_HEADER}: latency ${problem}, e.g. latency=300.`);
      out.push({ type, ms });
    } else {
      out.push({ type });
    }
  }
  return out;
}

interface RuleState {
  readonly id: number;
  readonly rule: FaultRule;
  matched: number;
  fired: number;
  enabled: boolean;
}

/** A rule in force or switched off, with its counters, as the inspector lists it. */
export interface FaultRuleStatus {
  readonly id: number;
  readonly rule: FaultRule;
  readonly enabled: boolean;
  /** Requests the rule matched, and how often it fired, since the rules were set or restarted. */
  readonly matched: number;
  readonly fired: number;
}

/** Throws a TypeError saying what is wrong with a rule. */
export function checkFaultRule(rule: FaultRule): void {
  if (!FAULT_TYPES.has(rule.type)) throw new TypeError(`Unknown emulator fault type "${String(rule.type)}".`);
  const counts: Array<[string, number | undefined, number]> = [
    ['every', rule.every, 1],
    ['skip', rule.skip, 0],
    ['times', rule.times, 0],
  ];
  for (const [name, value, least] of counts)
    if (value !== undefined && (!Number.isInteger(value) || value < least))
      throw new TypeError(`Fault rule "${name}" must be an integer >= ${least}.`);
  const problem = rule.ms === undefined ? undefined : latencyProblem(rule.ms);
  if (problem) throw new TypeError(`Fault rule "ms" ${problem}.`);
}

export class FaultInjector {
  #rules: RuleState[] = [];
  #nextId = 1;

  constructor(rules: readonly FaultRule[] = []) {
    this.set(rules);
  }

  /** Replaces the rules (counters restart). */
  set(rules: readonly FaultRule[]): void {
    for (const rule of rules) checkFaultRule(rule);
    this.#rules = rules.map((rule) => this.#state(rule));
  }

  /** Every rule, those switched off included. */
  get rules(): readonly FaultRule[] {
    return this.#rules.map((r) => r.rule);
  }

  list(): FaultRuleStatus[] {
    return this.#rules.map(({ id, rule, enabled, matched, fired }) => ({ id, rule, enabled, matched, fired }));
  }

  /** Adds a rule after the others and returns its id. */
  add(rule: FaultRule): number {
    checkFaultRule(rule);
    const state = this.#state(rule);
    this.#rules = [...this.#rules, state];
    return state.id;
  }

  remove(id: number): boolean {
    const before = this.#rules.length;
    this.#rules = this.#rules.filter((r) => r.id !== id);
    return this.#rules.length !== before;
  }

  /** Switches a rule off or on again; its counters stay, and a rule switched off counts nothing. */
  setEnabled(id: number, enabled: boolean): boolean {
    const state = this.#rules.find((r) => r.id === id);
    if (state) state.enabled = enabled;
    return state !== undefined;
  }

  /** Counters back to zero; the rules and their on/off state stay. */
  restart(): void {
    for (const state of this.#rules) {
      state.matched = 0;
      state.fired = 0;
    }
  }

  #state(rule: FaultRule): RuleState {
    return { id: this.#nextId++, rule: { ...rule }, matched: 0, fired: 0, enabled: true };
  }

  /** Decides the faults for one request; counters advance only for rules the request matches. */
  plan(
    method: string,
    apiKey: string | undefined,
    fromHeader: ReadonlyArray<{ type: FaultType; ms?: number }>,
    baseLatencyMs: number,
  ): FaultPlan {
    // Most emulators run without faults: nothing to count, and nothing new to keep per request.
    if (this.#rules.length === 0 && fromHeader.length === 0)
      return baseLatencyMs === 0 ? NO_FAULT_PLAN : { latencyMs: baseLatencyMs, terminal: undefined, fired: NO_FAULTS };
    let latencyMs = baseLatencyMs;
    let terminal: FaultPlan['terminal'];
    const fired: FaultType[] = [];
    const fire = (type: FaultType, ms: number | undefined): void => {
      fired.push(type);
      if (type === 'latency') latencyMs += ms ?? 0;
      else terminal ??= type;
    };
    for (const state of this.#rules) {
      if (!state.enabled) continue;
      const { rule } = state;
      const methods =
        rule.method === undefined ? undefined : typeof rule.method === 'string' ? [rule.method] : rule.method;
      if (methods && !methods.includes(method)) continue;
      if (rule.apiKey !== undefined && rule.apiKey !== apiKey) continue;
      state.matched += 1;
      const n = state.matched - (rule.skip ?? 0);
      if (n <= 0 || n % (rule.every ?? 1) !== 0) continue;
      if (rule.times !== undefined && state.fired >= rule.times) continue;
      state.fired += 1;
      fire(rule.type, rule.ms);
    }
    for (const f of fromHeader) fire(f.type, f.ms);
    return { latencyMs, terminal, fired };
  }
}
