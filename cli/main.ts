// Entry point of the `delib` command line, bundled to dist/cli.js.
//   delib check PATH… [--format text|json] [--locale fr|en]
//   delib inspect PATH… [--format text|json]
//   delib reflow FILE [-o OUT]
//   delib --help | --version
import { parseArgs } from 'node:util';
import { version } from '../package.json';
import type { Locale } from '../core/types';
import { checkCommand } from './check';
import { inspectCommand } from './inspect';
import { exportCommand } from './export';
import { rosterExtractCommand } from './roster';
import { reflowCommand } from './reflow';
import { seanceCommand } from './seance';
import { registreCommand } from './registre';
import { UsageError, type Command, type CommandContext, type OptionSpec } from './command';
import { messages } from './messages';

/** The table of commands. */
const COMMANDS: readonly Command[] = [checkCommand, inspectCommand, exportCommand, seanceCommand, registreCommand, rosterExtractCommand, reflowCommand];

/** Options every command accepts. */
const COMMON_OPTIONS: Record<string, OptionSpec> = {
  locale: { type: 'string', default: 'fr', choices: ['fr', 'en'] },
  help: { type: 'boolean', short: 'h' },
};

type Io = Pick<CommandContext, 'out' | 'err'>;

/** Runs the command line and returns the exit status. */
function main(argv: readonly string[], io: Io): number | Promise<number> {
  const locale = localeOf(argv);
  const m = messages(locale);
  try {
    const command = findCommand(argv);
    if (!command) {
      if (argv.includes('--version') || argv.includes('-v')) {
        io.out(`${version}\n`);
        return 0;
      }
      if (argv.includes('--help') || argv.includes('-h')) {
        io.out(help(locale));
        return 0;
      }
      // « delib roster »: the first word of commands of several words; their list is the answer.
      const family = COMMANDS.filter((c) => c.name.includes(' ') && c.name.split(' ')[0] === argv[0]);
      if (family.length > 0) {
        io.err(argv.length === 1 || argv[1].startsWith('-') ? m.missingSubcommand(argv[0]) : m.unknownSubcommand(argv[0], argv[1]));
        io.out(help(locale, family));
        return 2;
      }
      throw new UsageError(argv.length === 0 || argv[0].startsWith('-') ? m.missingCommand : m.unknownCommand(argv[0]));
    }
    const options = { ...COMMON_OPTIONS, ...command.options };
    const { values, positionals } = parseCommandLine(argv.slice(command.name.split(' ').length), options, locale, command.name);
    if (values.help) {
      io.out(help(locale, [command]));
      return 0;
    }
    const status = command.run({ positionals, values, locale, ...io });
    return typeof status === 'number' ? status : status.catch((err: unknown) => usageStatus(err, io));
  } catch (err) {
    return usageStatus(err, io);
  }
}

/** A usage error is reported on one line with status 2; anything else is a bug and goes on up. */
function usageStatus(err: unknown, io: Io): number {
  if (!(err instanceof UsageError)) throw err;
  io.err(err.message);
  return 2;
}

function findCommand(argv: readonly string[]): Command | undefined {
  const matches = COMMANDS.filter((c) => c.name.split(' ').every((word, i) => argv[i] === word));
  return matches.sort((a, b) => b.name.length - a.name.length)[0];
}

function parseCommandLine(args: readonly string[], options: Record<string, OptionSpec>, locale: Locale, command: string) {
  const m = messages(locale);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      // parseArgs rejects keys it does not know, such as `choices`.
      options: Object.fromEntries(Object.entries(options).map(([name, { choices, ...spec }]) => [name, spec])),
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    // Node's own words are English and long: the option at fault, in the user's language, and where the help is.
    const code = (err as NodeJS.ErrnoException).code;
    const option = /'(-[^' ]+)/.exec(err instanceof Error ? err.message : '')?.[1];
    if (option && code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(m.unknownOption(option, command));
    if (option && code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(options[option.replace(/^-+/, '')]?.type === 'boolean' ? m.noValueExpected(option, command) : m.valueMissing(option, command));
    throw new UsageError(m.badArguments(err instanceof Error ? err.message : String(err)));
  }
  for (const [name, { choices }] of Object.entries(options)) {
    const value = parsed.values[name];
    if (choices && typeof value === 'string' && !choices.includes(value)) throw new UsageError(m.badValue(name, value, choices));
  }
  return parsed;
}

/** The locale for messages, read leniently before the arguments are parsed (so that usage errors are localized). */
function localeOf(argv: readonly string[]): Locale {
  const i = argv.findIndex((a) => a === '--locale' || a.startsWith('--locale='));
  const value = i < 0 ? undefined : argv[i].includes('=') ? argv[i].slice('--locale='.length) : argv[i + 1];
  return value === 'en' ? 'en' : 'fr';
}

function help(locale: Locale, commands: readonly Command[] = COMMANDS): string {
  const h = messages(locale).help;
  const optionLines = [
    ['-h, --help', h.helpOption],
    ['-v, --version', h.versionOption],
    ['--locale fr|en', h.localeOption],
  ];
  return [
    h.usage,
    '',
    h.commands,
    ...commands.map((c) => `  delib ${c.name} ${c.synopsis}\n      ${c.summary[locale]}`),
    '',
    h.options,
    ...optionLines.map(([flag, text]) => `  ${flag.padEnd(16)}${text}`),
    '',
    h.exit,
    '',
  ].join('\n');
}

const io: Io = {
  out: (text) => process.stdout.write(text),
  err: (line) => process.stderr.write(`delib: ${line}\n`),
};
// A bug, not a finding: status 3 keeps it apart from 1 (errors found) and 2 (bad usage or input).
const internalError = (err: unknown) => {
  io.err(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exitCode = 3;
};
try {
  const status = main(process.argv.slice(2), io);
  if (typeof status === 'number') process.exitCode = status;
  else status.then((code) => (process.exitCode = code), internalError);
} catch (err) {
  internalError(err);
}
