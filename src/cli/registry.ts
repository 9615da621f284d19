/**
 * The commands of `gigya-typed`, in the order help lists them. A command is one module under
 * commands/ exporting a `Command`; adding one is that file and one line here. test/cli/registry.test.ts fails when a
 * file under commands/ is not listed.
 */
import type { Command } from './command.js';
import { call } from './commands/call.js';
import { emulator } from './commands/emulator.js';
import { explain } from './commands/explain.js';
import { exportCommand } from './commands/export.js';
import { generate } from './commands/generate.js';
import { importCommand } from './commands/import.js';
import { methods } from './commands/methods.js';
import { sign } from './commands/sign.js';

export const COMMANDS: readonly Command[] = [
  call,
  sign,
  explain,
  methods,
  exportCommand,
  importCommand,
  emulator,
  generate,
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
