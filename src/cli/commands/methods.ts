/** `gigya-typed methods [namespace | method]`: the catalog's methods and their params. */
import type { MethodDescriptor } from '../../runtime.js';
import type { ParamInfo } from '../catalog.js';
import { didYouMean } from '../../suggest.js';
import { booleanOption, type Command, EXIT, OUTPUT_OPTIONS, UsageError, writeJson } from '../command.js';

export const methods: Command = {
  name: 'methods',
  summary: "List the catalog's methods with their params (required ones marked *).",
  usage: '[namespace | method] [options]',
  description:
    'Without an argument, every method; with a namespace (socialize), its methods; with a ' +
    'method\n(socialize.setStatus), each param with its type, and what the catalog says about the method.',
  options: {
    json: { type: 'boolean', help: 'print the list as JSON' },
    ...OUTPUT_OPTIONS,
  },
  examples: ['', 'socialize', 'socialize.setStatus --json'],
  maxPositionals: 1,
  async run(args, io) {
    const filter = args.positionals[0];
    const { catalogMethods, namespaces, paramsOf } = await import('../catalog.js');
    const all = catalogMethods();
    const one = filter === undefined ? undefined : all.find((m) => m.name === filter);
    const chosen = one ? [one] : filter === undefined ? all : all.filter((m) => m.name.startsWith(`${filter}.`));
    if (chosen.length === 0) {
      const hint = didYouMean(filter!, [...namespaces(), ...all.map((m) => m.name)]);
      throw new UsageError(
        `"${filter}" is neither a namespace nor a method of the catalog.${hint} Namespaces:` +
          ` ${namespaces().join(', ')}.`,
      );
    }
    if (booleanOption(args, 'json')) {
      writeJson(
        io,
        chosen.map((m) => describe(m, paramsOf(m))),
        args,
      );
      return EXIT.ok;
    }
    if (one) {
      io.stdout.write(methodDetail(one, paramsOf(one)));
      return EXIT.ok;
    }
    const width = Math.max(...chosen.map((m) => m.name.length)) + 2;
    const lines = chosen.map((m) => {
      const params = paramsOf(m).map((p) => `${p.name}${p.required ? '*' : ''}`);
      return `${m.name.padEnd(width)}${params.join(' ')}${m.deprecated ? '  (deprecated)' : ''}`;
    });
    io.stdout.write(`${lines.join('\n')}\n\n${chosen.length} methods; * marks required params.\n`);
    return EXIT.ok;
  },
};

function describe(m: MethodDescriptor, params: readonly ParamInfo[]) {
  return {
    name: m.name,
    params,
    safeToRepeat: m.safeToRepeat,
    access: m.access,
    errorCodes: m.errorCodes,
    ...(m.deprecated ? { deprecated: m.deprecated } : {}),
  };
}

function methodDetail(m: MethodDescriptor, params: readonly ParamInfo[]): string {
  const width = Math.max(8, ...params.map((p) => p.name.length + 2)) + 2;
  return [
    m.name,
    `  safe to repeat: ${
      m.safeToRepeat
        ? 'yes (transport failures are retried)'
        : 'no (only failures that prove nothing was done are retried)'
    }`,
    `  access:         ${m.access === 'public' ? 'public (an apiKey alone will do)' : 'signed (needs credentials)'}`,
    ...(m.deprecated ? [`  deprecated:     ${m.deprecated}`] : []),
    ...wrap(`  error codes:    ${m.errorCodes.join(', ')}`, 100, 18),
    params.length === 0 ? '  params: none' : '  params (* required):',
    ...params.map((p) => `    ${`${p.name}${p.required ? '*' : ''}`.padEnd(width)}${p.type}`),
    '',
  ].join('\n');
}

/** Breaks a long line at commas, indenting the rest. */
function wrap(line: string, width: number, indent: number): string[] {
  const out: string[] = [];
  let rest = line;
  while (rest.length > width) {
    const cut = rest.lastIndexOf(', ', width);
    if (cut <= indent) break;
    out.push(rest.slice(0, cut + 1));
    rest = `${' '.repeat(indent)}${rest.slice(cut + 2)}`;
  }
  out.push(rest);
  return out;
}
