import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readLocalizedManifest, readNlsBundle, repoRoot } from './manifest';

interface FoundString {
  readonly key: string;
  readonly value: string;
}
interface ExtractNlsScript {
  userFacingStrings(manifest: unknown): FoundString[];
  extractNls(manifest: unknown, existing: Record<string, string>): { manifest: any; nls: Record<string, string>; moved: number };
  isPlaceholder(value: unknown): boolean;
}

const loadScript = async (): Promise<ExtractNlsScript> =>
  (await import(pathToFileURL(path.join(repoRoot, 'scripts', 'extract-nls.mjs')).href)) as ExtractNlsScript;

/** Words that belong to developers, not to the communicators who read the settings and commands. */
const developerWords = [/\bdiagnostics?\b/i, /\bIt Requests?\b/, /owner\/name/i, /settings\.json/i];

/** How the settings editor shows a setting's name ("contentBridge.checking.enabled" → "Checking › Enabled"). */
function settingLabel(key: string): string {
  return key
    .replace(/^contentBridge\./, '')
    .replace(/\./g, ' › ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2');
}

describe('manifest (package.json) wording', () => {
  it('what people read — settings, commands, views, the walkthrough — has no developer words', async () => {
    const { userFacingStrings } = await loadScript();
    const manifest = readLocalizedManifest();
    const texts = [
      ...userFacingStrings(manifest).map(({ key, value }) => ({ key, value })),
      ...Object.keys(manifest.contributes.configuration.properties).map((key: string) => ({ key: `setting name ${key}`, value: settingLabel(key) })),
    ];
    assert.ok(texts.length > 100, `found only ${texts.length} texts: the walk over package.json missed some`);
    const offending = texts.filter(({ value }) => developerWords.some((word) => word.test(value)));
    assert.deepEqual(offending, []);
  });

  it('the check finds a developer word where it is (the test can fail)', async () => {
    const { userFacingStrings } = await loadScript();
    const found = userFacingStrings({ contributes: { configuration: { properties: { 'x.y': { markdownDescription: 'Edit settings.json' } } } } });
    assert.deepEqual(
      found.map(({ key, value }) => [key, value]),
      [['configuration.properties.x.y.markdownDescription', 'Edit settings.json']],
    );
    assert.ok(developerWords.some((word) => word.test(found[0].value)));
  });

  it('the first-day walkthrough has its six steps, each with a button that runs a command and a page in media/walkthrough', () => {
    const manifest = readLocalizedManifest();
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.equal(walkthrough.id, 'firstDay');
    assert.deepEqual(
      walkthrough.steps.map((step: { id: string }) => step.id),
      ['checkPage', 'fixProblem', 'preview', 'insertImage', 'askIt', 'reportBack'],
    );
    const ours = new Set(manifest.contributes.commands.map((command: { command: string }) => command.command));
    // Commands of VS Code itself, and the guided insert (contributed by its own part of the extension).
    const others = new Set([
      'workbench.action.quickOpen',
      'workbench.actions.view.problems',
      'editor.action.marker.nextInFiles',
      'editor.action.quickFix',
      'workbench.view.extension.contentBridgeItRequests',
      'contentBridge.insert',
    ]);
    for (const step of walkthrough.steps as { id: string; description: string; media: { markdown: string } }[]) {
      const buttons = [...step.description.matchAll(/\n\[[^\]\n]+\]\(command:([A-Za-z.]+)/g)].map((match) => match[1]);
      assert.ok(buttons.length > 0, `${step.id} has a button on its own line`);
      for (const command of buttons) assert.ok(ours.has(command) || others.has(command), `${step.id}: ${command} is a known command`);
      const media = path.join(repoRoot, step.media.markdown);
      assert.ok(step.media.markdown.startsWith('media/walkthrough/') && existsSync(media), `${step.id}: ${step.media.markdown}`);
      assert.ok(!developerWords.some((word) => word.test(readFileSync(media, 'utf8'))), `${step.media.markdown} in plain words`);
    }
  });
});

describe('manifest texts in package.nls.json (scripts/extract-nls.mjs)', () => {
  const sample = () => ({
    displayName: 'Sample',
    contributes: {
      commands: [
        { command: 'x.open', title: 'Open', category: 'X' },
        { command: 'x.close', title: '%commands.x.close.title%', category: 'X' },
      ],
      configuration: { properties: { 'x.mode': { type: 'string', enum: ['a', 'b'], enumDescriptions: ['First', 'Second'], default: 'a' } } },
    },
  });

  it('moves each literal to a key named by ids, leaves %key% in its place, and keeps texts already moved', async () => {
    const { extractNls } = await loadScript();
    const { manifest, nls, moved } = extractNls(sample(), { 'commands.x.close.title': 'Close', unused: 'dropped' });
    assert.equal(moved, 6);
    assert.deepEqual(manifest.contributes.commands[0], { command: 'x.open', title: '%commands.x.open.title%', category: '%commands.x.open.category%' });
    assert.deepEqual(manifest.contributes.configuration.properties['x.mode'].enumDescriptions, [
      '%configuration.properties.x.mode.enumDescriptions.0%',
      '%configuration.properties.x.mode.enumDescriptions.1%',
    ]);
    assert.deepEqual(manifest.contributes.configuration.properties['x.mode'].enum, ['a', 'b'], 'values are not texts');
    assert.deepEqual(nls, {
      displayName: 'Sample',
      'commands.x.open.title': 'Open',
      'commands.x.open.category': 'X',
      'commands.x.close.title': 'Close',
      'commands.x.close.category': 'X',
      'configuration.properties.x.mode.enumDescriptions.0': 'First',
      'configuration.properties.x.mode.enumDescriptions.1': 'Second',
    });
  });

  it('is idempotent: a second run changes nothing', async () => {
    const { extractNls } = await loadScript();
    const first = extractNls(sample(), {});
    const second = extractNls(first.manifest, first.nls);
    assert.equal(second.moved, 0);
    assert.deepEqual(second.manifest, first.manifest);
    assert.deepEqual(second.nls, first.nls);
  });

  it('package.json has no literal text left, and every %key% is in package.nls.json', async function () {
    const bundle = readNlsBundle();
    // The texts move in one commit of their own (the script is re-run after other work lands).
    if (!bundle) this.skip();
    const { userFacingStrings, isPlaceholder } = await loadScript();
    const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    const strings = userFacingStrings(manifest);
    assert.deepEqual(
      strings.filter(({ value }) => !isPlaceholder(value)).map(({ key }) => key),
      [],
      'run `node scripts/extract-nls.mjs`',
    );
    assert.deepEqual(
      strings.filter(({ value }) => !(value.slice(1, -1) in bundle)).map(({ value }) => value),
      [],
      'keys missing from package.nls.json',
    );
    const used = new Set(strings.map(({ value }) => value.slice(1, -1)));
    assert.deepEqual(
      Object.keys(bundle).filter((key) => !used.has(key)),
      [],
      'texts nobody uses',
    );
  });
});
