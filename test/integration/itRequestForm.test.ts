import * as vscode from 'vscode';
import * as assert from './assert';
import { canTypeIntoInputBox, closeAllEditors, openInEditor, typeIntoInputBox, waitForDiagnostics, workspaceFile } from './helpers';
import { fillIn, itRequestApi, lastPosted, openNewForm, photographMaximized, setSetting, waitForPosted } from './itRequestSupport';

describe('IT request form', () => {
  after(async () => {
    for (const key of ['destination', 'email', 'folder']) await setSetting(key, undefined);
    await closeAllEditors();
  });

  it('shows the exact text to be sent beside the form, from the page, the selection and the problems', async () => {
    const api = await itRequestApi();
    const editor = await openInEditor('pages/it-request.html');
    await waitForDiagnostics(editor.document.uri, (found) => found.length === 3);
    editor.selection = new vscode.Selection(7, 0, 9, 0);
    const form = await openNewForm(api);

    const preview = await fillIn(form, {
      kind: 'broken-page',
      title: 'Fair photo needs a caption',
      need: 'Please add a caption under the fair photo.',
      tried: 'I looked for a caption field in the page editor.',
    });

    assert.equal(preview.title, 'Fair photo needs a caption');
    assert.deepEqual(preview.labels, ['broken-page']);
    assert.ok(preview.body.includes('Please add a caption under the fair photo.'), preview.body);
    assert.ok(preview.body.includes('I looked for a caption field in the page editor.'), preview.body);
    assert.ok(preview.body.includes('`pages/it-request.html` (lines 8–9)'), preview.body);
    assert.ok(preview.body.includes('  <h1>Spring fair</h1>\n  <img src="../images/fair.svg" width="320" height="180">'), preview.body);
    assert.ok(preview.body.includes('This image has no alt text.'), preview.body);
    assert.equal(preview.deadlineNote, undefined, 'no deadline, no note');
    await photographMaximized('it-request-form');
    assert.equal(api.store.get(form.id)!.title, 'Fair photo needs a caption', 'showing the draft in the webview does not write it back changed');
    assert.equal(api.store.get(form.id)!.kind, 'broken-page');

    const withoutContext = await fillIn(form, { include: { fileAndSelection: false, problems: false, git: false, linkToLines: false, environment: true } });
    assert.ok(!withoutContext.body.includes('Spring fair'), 'the selection is left out when unticked');
    assert.ok(!withoutContext.body.includes('no alt text'), 'the problems are left out when unticked');
  });

  it('hides a secret in the selection, and says what was hidden and where', async () => {
    const api = await itRequestApi();
    const page = workspaceFile('pages/deploy-note.html');
    const token = 'ghp_' + 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5';
    await vscode.workspace.fs.writeFile(
      page,
      new TextEncoder().encode(
        `<!DOCTYPE html>\n<html lang="en">\n<head><title>Deploy note for the web team</title></head>\n<body>\n<!-- deploy with ${token} -->\n<p>Hello</p>\n</body>\n</html>\n`,
      ),
    );
    const editor = await openInEditor('pages/deploy-note.html');
    editor.selection = new vscode.Selection(4, 0, 6, 0);
    const form = await openNewForm(api);
    const preview = await fillIn(form, { title: 'Deploy fails', need: 'The deploy stopped working.', kind: 'publishing-access' });
    assert.ok(!preview.body.includes(token), 'the token is not in the text');
    assert.ok(preview.redactions.length >= 1, JSON.stringify(preview.redactions));
    assert.match(preview.redactions[0].where, /selected text/);
    assert.equal(preview.redactions[0].line, 5);
    assert.ok(preview.body.includes('## Hidden for safety'), preview.body);
    await photographMaximized('it-request-form-redacted');
    form.panel.dispose();
    await openInEditor('pages/it-request.html');
    await vscode.commands.executeCommand('contentBridge.requestItHelp', { draftId: api.store.all().find((r) => r.title === 'Fair photo needs a caption')!.id });
  });

  it('notes gently when the date is sooner than three working days', async () => {
    const form = (await itRequestApi()).form()!;
    const tomorrow = new Date(Date.now() + 24 * 3600_000);
    const preview = await fillIn(form, { neededBy: isoDate(tomorrow) });
    assert.match(preview.deadlineNote ?? '', /less than 3 working days away/);
    const later = await fillIn(form, { neededBy: isoDate(new Date(Date.now() + 21 * 24 * 3600_000)) });
    assert.equal(later.deadlineNote, undefined);
    assert.ok(later.body.includes('## Needed by'), later.body);
    assert.ok(!later.body.includes('IT plans its work too'), 'no note three weeks ahead');
  });

  it('keeps every keystroke in the workspace, not in a file, and brings the draft back after the form is closed', async () => {
    const api = await itRequestApi();
    const form = api.form()!;
    const id = form.id;
    await fillIn(form, { need: 'Please add a caption under the fair photo. It is for Saturday.' });
    form.panel.dispose();
    assert.equal(api.form(), undefined, 'the form is closed');
    assert.ok(!vscode.workspace.textDocuments.some((document) => document.isUntitled), 'no untitled document asks to be saved');

    const stored = api.store.get(id);
    assert.ok(stored, 'the draft is kept');
    assert.equal(stored.need, 'Please add a caption under the fair photo. It is for Saturday.');

    await vscode.commands.executeCommand('contentBridge.requestItHelp', { draftId: id });
    const reopened = api.form()!;
    await waitForPosted(reopened, (message) => message.type === 'load');
    const load = lastPosted(reopened, 'load');
    assert.ok(load, 'the form loads the draft');
    assert.equal(load.fields.title, 'Fair photo needs a caption');
    assert.equal(load.fields.need, 'Please add a caption under the fair photo. It is for Saturday.');
    assert.equal(load.fields.kind, 'broken-page');
  });

  it('ignores a message that is not one the form sends', async () => {
    const form = (await itRequestApi()).form()!;
    const before = JSON.stringify(form.request);
    await form.receive({ type: 'edit', draftId: form.id, fields: { title: 42 } });
    // Typing meant for another draft (sent just before the form switched drafts) is not applied to this one.
    await form.receive({ type: 'edit', draftId: 'another-draft', fields: { ...lastPosted(form, 'load')!.fields, title: 'Meant for another draft' } });
    await form.receive({ type: 'setUpDestination', destination: 'carrier-pigeon' });
    await form.receive({ type: 'edit', draftId: form.id, fields: { ...lastPosted(form, 'load')!.fields, neededBy: 'next Tuesday' } });
    await form.receive(null);
    await form.receive('send');
    assert.equal(JSON.stringify(form.request), before, 'the draft is unchanged');
  });

  it('sends the reviewed text to the clipboard and keeps it, read-only, once sent', async () => {
    const api = await itRequestApi();
    const form = api.form()!;
    const preview = await fillIn(form, { destination: 'clipboard' });
    const outcome = await form.receive({ type: 'send' });
    assert.ok(outcome?.ok, JSON.stringify(outcome));
    const expected = `# ${preview.title}\n\n${preview.body}`;
    assert.equal(await vscode.env.clipboard.readText(), expected);
    const stored = api.store.get(form.id)!;
    assert.equal(stored.sent?.destination, 'clipboard');
    assert.equal(stored.sent?.text, expected, 'the sent request keeps its text');
    assert.match(lastPosted(form, 'load')?.sentNote ?? '', /^Sent to Copy to the clipboard on /);

    await form.receive({ type: 'edit', draftId: form.id, fields: { ...lastPosted(form, 'load')!.fields, title: 'Changed afterwards' } });
    assert.equal(api.store.get(form.id)!.title, 'Fair photo needs a caption', 'a sent request is not edited');
  });

  it("saves the request as a Markdown file in the team's folder", async () => {
    const api = await itRequestApi();
    const folder = vscode.Uri.joinPath(workspaceFile(''), '..', 'it-requests');
    await setSetting('folder', folder.toString());
    const form = await openNewForm(api);
    const preview = await fillIn(form, { title: 'New staff page', need: 'Please add a page for the new staff.', destination: 'file' });
    const outcome = await form.receive({ type: 'send' });
    assert.ok(outcome?.ok && outcome.address, JSON.stringify(outcome));
    const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(outcome.address)));
    assert.equal(written, `# New staff page\n\n${preview.body}`);
    assert.ok(outcome.address.endsWith(`/it-requests/${isoDate(new Date())}-new-staff-page.md`), outcome.address);
  });

  it('opens an email to IT with the request, and offers email only once an address is set', async () => {
    const api = await itRequestApi();
    await setSetting('email', undefined);
    const form = await openNewForm(api);
    const email = () => lastPosted(form, 'load')!.destinations.find((option) => option.kind === 'email')!;
    assert.equal(email().ready, false, 'email is not ready without an address');
    assert.match(email().detail, /Needs your IT team's email address/);

    await setSetting('email', 'web-help@example.org');
    await form.showDraft(form.id);
    assert.equal(email().ready, true);
    const preview = await fillIn(form, { title: 'Opening hours', need: 'Please update the opening hours.', destination: 'email' });
    const outcome = await form.receive({ type: 'send' });
    assert.ok(outcome?.ok, JSON.stringify(outcome));
    assert.equal(outcome.address, `mailto:web-help@example.org?subject=Opening%20hours&body=${encodeURIComponent(preview.body.split('\n').join('\r\n'))}`);
  });

  it('leads straight to setting up a destination that is not ready, in plain words', async function () {
    if (!canTypeIntoInputBox()) return this.skip();
    const api = await itRequestApi();
    await setSetting('email', undefined);
    const form = await openNewForm(api);
    await fillIn(form, { title: 'Newsletter sign-up', need: 'Please add the newsletter sign-up to the footer.', destination: 'email' });
    typeIntoInputBox('web-help@example.org', 'it-request-set-up-email');
    const before = form.posted.length;
    await form.receive({ type: 'setUpDestination', destination: 'email' });
    assert.equal(vscode.workspace.getConfiguration('contentBridge.requestsToIT').get('email'), 'web-help@example.org');
    const update = form.posted.slice(before).find((message) => message.type === 'destinations');
    assert.ok(update && update.type === 'destinations', 'the form hears that email is ready');
    assert.equal(update.destinations.find((option) => option.kind === 'email')?.ready, true);
    assert.equal(update.selected, 'email');
    assert.equal(api.store.get(form.id)!.need, 'Please add the newsletter sign-up to the footer.', 'the draft is untouched');
  });

  it("offers the repository's issue templates and puts each part of the request under the heading that asks for it", async () => {
    const api = await itRequestApi();
    const template = workspaceFile('.github/ISSUE_TEMPLATE/website-request.md');
    await vscode.workspace.fs.writeFile(
      template,
      new TextEncoder().encode(
        [
          '---',
          'name: Website request',
          'about: Changes to the public website',
          'title: "[Web] "',
          'labels: website',
          '---',
          '## What do you need?',
          '',
          '<!-- Describe the change -->',
          '',
          '## When is it needed?',
          '',
          '## Anything else?',
          '',
        ].join('\n'),
      ),
    );
    const form = await openNewForm(api);
    const load = lastPosted(form, 'load')!;
    assert.deepEqual(load.templates, [{ name: 'github-markdown:website-request.md', label: 'Website request: Changes to the public website' }]);
    const preview = await fillIn(form, {
      title: 'Opening hours for December',
      need: 'Please change the opening hours for December.',
      templateName: 'github-markdown:website-request.md',
    });
    assert.equal(preview.title, '[Web] Opening hours for December');
    assert.deepEqual(preview.labels, ['content', 'website']);
    assert.ok(
      preview.body.startsWith('## What do you need?\n\nPlease change the opening hours for December.\n\n## When is it needed?\n\nNo deadline.'),
      preview.body,
    );
    await vscode.workspace.fs.delete(template);
    await setSetting('destination', undefined);
  });

  it('keeps the draft and says what to do when the destination is not set up', async () => {
    const api = await itRequestApi();
    const form = await openNewForm(api);
    await fillIn(form, { title: 'Analytics for the fair', need: 'How many people read the fair page?', kind: 'analytics', destination: 'gitlab' });
    const outcome = await form.receive({ type: 'send' });
    assert.ok(outcome && !outcome.ok, 'nothing was sent');
    assert.match(outcome.message, /GitLab is not set up yet/);
    assert.match(lastPosted(form, 'status')?.text ?? '', /GitLab is not set up yet/);
    const kept = api.store.get(form.id)!;
    assert.equal(kept.sent, undefined);
    assert.equal(kept.need, 'How many people read the fair page?');
  });
});

function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
