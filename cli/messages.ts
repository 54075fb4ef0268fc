// User-facing wording of the CLI, in French (default) and English.
import type { Locale } from '../core/types';

/** Why a path given to a command could not be read (cli/input.ts finds them, this module words them). */
export type InputProblem =
  | { kind: 'missing'; path: string }
  | { kind: 'not-utf8'; path: string }
  | { kind: 'binary'; path: string }
  | { kind: 'unreadable'; path: string; reason: string }
  | { kind: 'not-a-file'; path: string }
  | { kind: 'too-large'; path: string; size: number; max: number }
  | { kind: 'no-delib'; path: string };

export interface Messages {
  problem(problem: InputProblem): string;
  missingCommand: string;
  unknownCommand(name: string): string;
  badArguments(detail: string): string;
  unknownOption(option: string, command: string): string;
  valueMissing(option: string, command: string): string;
  noValueExpected(option: string, command: string): string;
  missingSubcommand(command: string): string;
  unknownSubcommand(command: string, word: string): string;
  badValue(option: string, value: string, allowed: readonly string[]): string;
  noPaths: string;
  noCommunes(reason: string): string;
  rosterFitsNoAct(path: string, assembly: string): string;
  count(n: number, noun: 'file' | 'error' | 'warning' | 'information' | 'hint'): string;
  help: { usage: string; commands: string; options: string; helpOption: string; versionOption: string; localeOption: string; exit: string };
}

const fr: Messages = {
  problem(p) {
    switch (p.kind) {
      case 'missing':
        return `${p.path} : fichier ou dossier introuvable`;
      case 'not-utf8':
        return `${p.path} : le fichier n'est pas encodé en UTF-8 (réenregistrez-le en UTF-8)`;
      case 'binary':
        return `${p.path} : fichier binaire (il contient un octet nul), non analysé`;
      case 'unreadable':
        return `${p.path} : lecture impossible (${p.reason})`;
      case 'not-a-file':
        return `${p.path} : ce n'est pas un fichier ordinaire (périphérique, tube ou socket), non lu`;
      case 'too-large':
        return `${p.path} : fichier trop volumineux (${megabytes(p.size)} ; au plus ${megabytes(p.max)}), non lu`;
      case 'no-delib':
        return `${p.path} : aucun fichier .delib dans ce dossier`;
    }
  },
  noCommunes: (reason) => `liste des communes indisponible, contrôles des communes ignorés (${reason})`,
  rosterFitsNoAct: (path, assembly) => `${path} : ce tableau des membres (${assembly || 'assemblée non nommée'}) n’est celui d’aucun de ces actes (autre assemblée, ou la plupart des personnes listées n’y sont pas) ; contrôles des membres non faits`,
  missingCommand: 'commande manquante (delib --help pour l\'aide)',
  unknownCommand: (name) => `commande inconnue : ${name} (delib --help pour l'aide)`,
  badArguments: (detail) => `arguments invalides : ${detail}`,
  unknownOption: (option, command) => `option inconnue : ${option} (delib ${command} --help pour l'aide)`,
  valueMissing: (option, command) => `valeur manquante après ${option} (delib ${command} --help pour l'aide)`,
  noValueExpected: (option, command) => `l'option ${option} ne prend pas de valeur (delib ${command} --help pour l'aide)`,
  missingSubcommand: (command) => `sous-commande manquante après « ${command} » :`,
  unknownSubcommand: (command, word) => `sous-commande inconnue : ${command} ${word} ; les sous-commandes de « ${command} » sont :`,
  badValue: (option, value, allowed) => `valeur invalide pour --${option} : ${value} (attendu : ${allowed.join(', ')})`,
  noPaths: 'aucun fichier ni dossier à contrôler',
  count(n, noun) {
    const words = { file: 'fichier', error: 'erreur', warning: 'avertissement', information: 'information', hint: 'suggestion' };
    return `${n} ${words[noun]}${n >= 2 ? 's' : ''}`;
  },
  help: {
    usage: 'Usage : delib <commande> [options]',
    commands: 'Commandes :',
    options: 'Options :',
    helpOption: 'affiche cette aide',
    versionOption: 'affiche la version',
    localeOption: 'langue des messages (fr par défaut)',
    exit: 'Code de sortie : 0 sans erreur, 1 si au moins une erreur est trouvée, 2 en cas d\'usage incorrect ou de fichier illisible, 3 en cas d\'erreur interne.',
  },
};

const en: Messages = {
  problem(p) {
    switch (p.kind) {
      case 'missing':
        return `${p.path}: no such file or folder`;
      case 'not-utf8':
        return `${p.path}: the file is not UTF-8 encoded (save it as UTF-8)`;
      case 'binary':
        return `${p.path}: binary file (it contains a NUL byte), not checked`;
      case 'unreadable':
        return `${p.path}: cannot read (${p.reason})`;
      case 'not-a-file':
        return `${p.path}: not a regular file (a device, a pipe or a socket), not read`;
      case 'too-large':
        return `${p.path}: file too large (${megabytes(p.size)}; at most ${megabytes(p.max)}), not read`;
      case 'no-delib':
        return `${p.path}: no .delib file in this folder`;
    }
  },
  noCommunes: (reason) => `commune list unavailable, commune checks skipped (${reason})`,
  rosterFitsNoAct: (path, assembly) => `${path}: this roster (${assembly || 'assembly not named'}) is that of none of these acts (another assembly, or most people listed are not in it); member checks not run`,
  missingCommand: 'missing command (see delib --help)',
  unknownCommand: (name) => `unknown command: ${name} (see delib --help)`,
  badArguments: (detail) => `invalid arguments: ${detail}`,
  unknownOption: (option, command) => `unknown option: ${option} (see delib ${command} --help)`,
  valueMissing: (option, command) => `missing value after ${option} (see delib ${command} --help)`,
  noValueExpected: (option, command) => `the option ${option} takes no value (see delib ${command} --help)`,
  missingSubcommand: (command) => `missing sub-command after “${command}”:`,
  unknownSubcommand: (command, word) => `unknown sub-command: ${command} ${word}; the sub-commands of “${command}” are:`,
  badValue: (option, value, allowed) => `invalid value for --${option}: ${value} (expected: ${allowed.join(', ')})`,
  noPaths: 'no file or folder to check',
  count(n, noun) {
    const words = { file: 'file', error: 'error', warning: 'warning', information: 'information message', hint: 'hint' };
    return `${n} ${words[noun]}${n === 1 ? '' : 's'}`;
  },
  help: {
    usage: 'Usage: delib <command> [options]',
    commands: 'Commands:',
    options: 'Options:',
    helpOption: 'show this help',
    versionOption: 'show the version',
    localeOption: 'language of the messages (default fr)',
    exit: 'Exit status: 0 without errors, 1 when at least one error is found, 2 for bad usage or an unreadable file, 3 for an internal error.',
  },
};

export function messages(locale: Locale): Messages {
  return locale === 'en' ? en : fr;
}

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** A system error code said in words (« EEXIST » means nothing to a secretary). */
export function errorInWords(code: string, locale: 'fr' | 'en'): string {
  const words: Record<string, [string, string]> = {
    EEXIST: ['un fichier porte déjà ce nom (le dossier voulu est un fichier ?)', 'a file already has that name (is the folder a file?)'],
    ENOTDIR: ['un fichier se trouve sur le chemin, là où il faut un dossier', 'a file stands in the path where a folder is needed'],
    EISDIR: ['c’est un dossier', 'it is a folder'],
    EACCES: ['accès refusé', 'permission denied'],
    EPERM: ['opération non permise', 'operation not permitted'],
    ENOSPC: ['plus de place sur le disque', 'no space left on the disk'],
    EROFS: ['le disque est en lecture seule', 'the disk is read-only'],
    ENOENT: ['dossier introuvable', 'no such folder'],
  };
  const w = words[code];
  return w ? `${w[locale === 'en' ? 1 : 0]}, ${code}` : code;
}
