import { readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { markdownlintConfigSearchOrder } from '../core/config/markdownlintConfigFiles';
import { MarkdownlintSettings, type SettingsNote } from '../core/markdown/markdownlint/markdownlintSettings';
import { isAbsoluteSettingsPath } from '../core/markdown/markdownlint/settingsPaths';

/** A folder's markdownlint settings, as read from its file: rule names to true, false or options. */
export type MarkdownlintConfig = Readonly<Record<string, unknown>>;

/** The markdownlint settings for a file (undefined: markdownlint's rules as Content Bridge chooses them). */
export type MarkdownlintConfigFor = (absolutePath: string) => MarkdownlintConfig | undefined;

const settingsNames: ReadonlySet<string> = new Set(markdownlintConfigSearchOrder);

/**
 * The markdownlint settings of the site in the working folder, as the editor finds them: the settings file in a
 * page's nearest folder, up to the working folder, with what it extends. Each folder is read once, when its first
 * Markdown page is checked, and each note on a settings file (a mistake, a JavaScript file that is not run) is said
 * once on stderr. Pages outside the working folder get its settings.
 */
export function markdownlintSettingsOf(workingFolder: string, warn: (message: string) => void): MarkdownlintConfigFor {
  const toFile = (settingsPath: string) => (isAbsoluteSettingsPath(settingsPath) ? settingsPath : path.join(workingFolder, settingsPath));
  const settings = new MarkdownlintSettings({
    namesIn: (folder) => {
      try {
        return new Set(readdirSync(toFile(folder)).filter((name) => settingsNames.has(name)));
      } catch {
        return new Set();
      }
    },
    read: (settingsPath) => {
      try {
        return readFileSync(toFile(settingsPath), 'utf8');
      } catch {
        // Not there, a folder, or not readable: as if it were not there.
        return undefined;
      }
    },
    homeFolder: homeFolder(),
  });
  const said = new Set<string>();
  const sayNewNotes = () => {
    for (const note of settings.notes()) {
      const key = `${note.file}\n${note.message}`;
      if (said.has(key)) continue;
      said.add(key);
      warn(describeNote(note));
    }
  };
  // The working folder's own file first, so its notes come before any page's findings.
  settings.forFolder('');
  sayNewNotes();
  return (absolutePath) => {
    const relative = path.relative(workingFolder, absolutePath);
    const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
    const found = inside ? settings.forPage(relative.split(path.sep).join('/')) : settings.forFolder('');
    sayNewNotes();
    return found.config;
  };
}

/** The home folder, for `extends: ~/…` (none when the system names none). */
function homeFolder(): string | undefined {
  try {
    return homedir().split(path.sep).join('/') || undefined;
  } catch {
    return undefined;
  }
}

/** One line: where the mistake is, then what to do; a note on a JavaScript file says which file it is about. */
function describeNote(note: SettingsNote): string {
  if (note.severity === 'error') return `${note.file}, line ${note.line + 1}, column ${note.character + 1}: ${note.message}`;
  return note.file.includes('/') ? `${note.file}: ${note.message}` : note.message;
}
