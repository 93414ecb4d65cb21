import { chooseMarkdownlintConfigFile, isJavaScriptConfig, javaScriptConfigNote } from '../../config/markdownlintConfigFiles';
import { extendsPosition, parseMarkdownlintConfig } from './markdownlintConfig';
import { folderOf, isAbsoluteSettingsPath, isHomeSettingsPath, joinSettingsPath, underHomeFolder } from './settingsPaths';

/** A note on a settings file: a mistake in it (error), or a file Content Bridge does not read (information). */
export interface SettingsNote {
  /** The file the note is about, as a settings path (see settingsPaths.ts). */
  readonly file: string;
  readonly line: number;
  readonly character: number;
  readonly message: string;
  readonly severity: 'error' | 'info';
}

/** The settings that apply to a page: from `file`, with what it extends under them (none: Content Bridge's choice). */
export interface PageSettings {
  readonly config?: Readonly<Record<string, unknown>>;
  readonly file?: string;
}

/** How the settings files are reached: which settings files a folder holds, and a file's text. */
export interface SettingsFiles {
  /** The names of markdownlint settings files in the folder ('' is the root). */
  readonly namesIn: (folder: string) => ReadonlySet<string>;
  /** A file's text, undefined when it is not there or cannot be read. */
  readonly read: (path: string) => string | undefined;
  /**
   * The user's home folder as an absolute settings path, for `extends` values that start with `~/`; undefined where
   * there is none to reach (VS Code for the Web), and such an `extends` then gets a note.
   */
  readonly homeFolder?: string;
}

/** What a folder's pages get, and what it passes on to the folders below it. */
interface FolderState {
  readonly settings: PageSettings;
  /** The `config` of `.markdownlint-cli2.*` files here and above, merged. */
  readonly options?: PageSettings;
  /** The `.markdownlint.*` settings that apply below, while no folder there has a settings file with rules. */
  readonly inherited?: PageSettings;
}

/** `.markdownlint-cli2.*`: options files, whose `config` holds the rules. */
function isOptionsFileName(name: string): boolean {
  return name.startsWith('.markdownlint-cli2.');
}

/** A chain of `extends` longer than this is a mistake (markdownlint itself has no limit; a loop is caught apart). */
const maxExtendsDepth = 10;

/**
 * A site's markdownlint settings, found as markdownlint-cli2 and vscode-markdownlint find them: each folder may hold
 * settings files, and a page gets those of the nearest folder that has one: a `.markdownlint.*` file there whole, else
 * the `config` of the `.markdownlint-cli2.*` files there and above, added up (see `stateOf`). `extends` names another file, relative to the file that says it; its settings come
 * first and the file's own go over them, key by key, as markdownlint's readConfig does. Nothing here is ever run:
 * a JavaScript settings file, or one that only a package could supply, is passed over with a note. A file with a
 * mistake is passed over too (a note at the mistake), so the next folder up applies; a missing or broken extended
 * file leaves the settings written in the file itself. Each folder and file is read once.
 */
export class MarkdownlintSettings {
  private readonly byFolder = new Map<string, FolderState>();
  /** `.markdownlint-cli2.*` files with no `config`: they set no rules. */
  private readonly withoutConfig = new Set<string>();
  private readonly byFile = new Map<string, Readonly<Record<string, unknown>> | undefined>();
  private readonly texts = new Map<string, string | undefined>();
  private readonly found = new Map<string, SettingsNote>();

  constructor(private readonly files: SettingsFiles) {}

  /** The settings for a page at this path (relative to the root, with `/`). */
  forPage(pagePath: string): PageSettings {
    return this.forFolder(folderOf(pagePath));
  }

  /** The settings for pages in a folder (see the class comment for how folders combine). */
  forFolder(folder: string): PageSettings {
    return this.stateOf(folder).settings;
  }

  /**
   * markdownlint-cli2's rules (its `getAndProcessDirInfo`), folder by folder. A folder without a settings file it can
   * read is as its parent. From a folder with one, the `config` of the `.markdownlint-cli2.*` files there and above
   * add up key by key, the nearest winning; a `.markdownlint.*` file wins whole over them in its folder, and applies
   * below it as long as no folder on the way has a `.markdownlint-cli2.*` file with a `config`.
   */
  private stateOf(folder: string): FolderState {
    const known = this.byFolder.get(folder);
    if (known) return known;
    const parent = folder === '' ? undefined : this.stateOf(folderOf(folder));
    const names = this.files.namesIn(folder);
    const optionsFile = chooseMarkdownlintConfigFile(new Set([...names].filter(isOptionsFileName)));
    const configFile = chooseMarkdownlintConfigFile(new Set([...names].filter((name) => !isOptionsFileName(name))));
    const own = (file: string | undefined) => {
      const path = file && joinSettingsPath(folder, file);
      const config = path === undefined ? undefined : this.resolve(path, []);
      return path !== undefined && config !== undefined && !this.withoutConfig.has(path) ? { config, file: path } : undefined;
    };
    const ownOptions = own(optionsFile.file);
    const ownConfig = own(configFile.file);
    const optionsPath = optionsFile.file && joinSettingsPath(folder, optionsFile.file);
    // A folder whose settings file sets no rules still counts (markdownlint-cli2 starts from it); one with no file it can read does not.
    const hasSettingsFile = ownOptions !== undefined || ownConfig !== undefined || (optionsPath !== undefined && this.withoutConfig.has(optionsPath));
    if (!hasSettingsFile) {
      const state = parent ?? { settings: {} };
      for (const name of [...optionsFile.skipped, ...configFile.skipped])
        this.note(joinSettingsPath(folder, name), 0, 0, javaScriptConfigNote(name, state.settings.file), 'info');
      this.byFolder.set(folder, state);
      return state;
    }
    const options: PageSettings | undefined =
      ownOptions && parent?.options ? { config: { ...parent.options.config, ...ownOptions.config }, file: ownOptions.file } : (ownOptions ?? parent?.options);
    const fromAbove = ownOptions ? undefined : parent?.inherited;
    const config = ownConfig ?? fromAbove;
    const settings = config ?? options ?? {};
    const state: FolderState = { settings, ...(options ? { options } : {}), ...(ownOptions ? {} : config ? { inherited: config } : {}) };
    for (const name of [...optionsFile.skipped, ...configFile.skipped])
      this.note(joinSettingsPath(folder, name), 0, 0, javaScriptConfigNote(name, settings.file), 'info');
    this.byFolder.set(folder, state);
    return state;
  }

  /** Every note found so far, one per file and message. */
  notes(): SettingsNote[] {
    return [...this.found.values()];
  }

  /** A file's settings with what it extends merged under them; undefined when the file itself cannot be used. */
  private resolve(path: string, chain: readonly string[]): Readonly<Record<string, unknown>> | undefined {
    if (this.byFile.has(path)) return this.byFile.get(path);
    const text = this.read(path);
    let settings: Readonly<Record<string, unknown>> | undefined;
    if (text !== undefined) {
      const parsed = parseMarkdownlintConfig(path, text);
      if (parsed.problem) this.note(path, parsed.problem.line, parsed.problem.character, parsed.problem.message, 'error');
      else settings = this.withExtended(path, text, parsed.config, [...chain, path]);
      if (parsed.withoutConfig) this.withoutConfig.add(path);
      if (parsed.misplacedExtends !== undefined) this.noteMisplacedExtends(path, text, parsed.misplacedExtends);
    }
    this.byFile.set(path, settings);
    return settings;
  }

  private withExtended(path: string, text: string, own: Record<string, unknown>, chain: readonly string[]): Readonly<Record<string, unknown>> {
    if (!('extends' in own)) return own;
    const { extends: reference, ...written } = own;
    const problem = (message: string) => {
      const at = extendsPosition(path, text);
      this.note(path, at.line, at.character, `${message} Only the settings written in this file are used.`, 'error');
      return written;
    };
    if (reference === null || reference === undefined) return written;
    if (typeof reference !== 'string' || reference.trim() === '')
      return problem('"extends" should name another settings file, in quotes (for example "../.markdownlint.jsonc").');
    const trimmed = reference.trim();
    const fromHome = isHomeSettingsPath(trimmed);
    if (fromHome && this.files.homeFolder === undefined)
      return problem(
        `"extends" names ${reference}, a file in your home folder (~), and there is no home folder to look in here (VS Code for the Web cannot open files on your computer).`,
      );
    const target = fromHome ? underHomeFolder(this.files.homeFolder!, trimmed) : joinSettingsPath(folderOf(path), trimmed);
    if (isJavaScriptConfig(target) || target.endsWith('.js'))
      return problem(`"extends" names ${reference}, a JavaScript file: Content Bridge does not run JavaScript files, so it does not read it.`);
    if (chain.includes(target)) return problem(`"extends" leads back to a file already on the way (${reference}), so it is not followed again.`);
    if (chain.length > maxExtendsDepth) return problem(`"extends" leads through more than ${maxExtendsDepth} files, so ${reference} is not read.`);
    if (this.read(target) === undefined) {
      const fromPackage = !isAbsoluteSettingsPath(reference) && !reference.startsWith('.') && !reference.startsWith('~');
      return problem(
        fromPackage
          ? `"extends" names ${reference}, which is not a file next to this one: settings that come from an installed package are not read by Content Bridge.`
          : fromHome
            ? `"extends" names ${reference}, and there is no such file in your home folder (${target}).`
            : `"extends" names ${reference}, and there is no such file (it is looked for next to this file).`,
      );
    }
    const extended = this.resolve(target, chain);
    if (!extended) return problem(`The settings this file extends (${reference}) cannot be used: see the problem in that file.`);
    return { ...extended, ...written };
  }

  /**
   * markdownlint-cli2 reads `extends` only inside `config`, and passes over one written beside it: so does Content
   * Bridge, with a note that says where it belongs.
   */
  private noteMisplacedExtends(path: string, text: string, reference: unknown): void {
    const at = extendsPosition(path, text, 'top');
    const named = typeof reference === 'string' && reference.trim() !== '' ? reference.trim() : undefined;
    const fileName = path.slice(path.lastIndexOf('/') + 1);
    this.note(
      path,
      at.line,
      at.character,
      `markdownlint does not read an "extends" written beside "config" in ${fileName}, so ${named ? `the settings in ${named} are` : 'it is'} not used. To use ${named ? 'them' : 'another file'}, move it inside "config" (for example "config": { "extends": "${named ?? '../.markdownlint.jsonc'}" }).`,
      'info',
    );
  }

  private read(path: string): string | undefined {
    if (!this.texts.has(path)) this.texts.set(path, this.files.read(path));
    return this.texts.get(path);
  }

  private note(file: string, line: number, character: number, message: string, severity: SettingsNote['severity']): void {
    this.found.set(`${file}\n${message}`, { file, line, character, message, severity });
  }
}
