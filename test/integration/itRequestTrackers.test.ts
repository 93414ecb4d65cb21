import * as vscode from 'vscode';
import * as assert from './assert';
import type { TrackerStandIn } from '../support/trackerStandIn';
import type { RequestItem } from '../../src/extension/itRequest/requestsView';
import type { ItRequestApi } from '../../src/extension/itRequest/itRequestCommands';
import { canTypeIntoInputBox, closeAllEditors, openInEditor, screenshot, typeIntoInputBox, waitForDiagnostics } from './helpers';
import { fillIn, itRequestApi, lastPosted, openNewForm, setSetting } from './itRequestSupport';

/**
 * The stand-in trackers are a Node HTTP server started inside this test, in the desktop extension host. The web-worker
 * host has no Node: the suite skips itself there. Loaded through a plain `require` so the web bundle leaves it out.
 */
function loadStandIn(): typeof import('../support/trackerStandIn') | undefined {
  const nodeRequire = (globalThis as { process?: unknown }).process && typeof require === 'function' ? require : undefined;
  return nodeRequire?.('../support/trackerStandIn');
}

describe('IT requests filed to trackers', function () {
  let standIn: TrackerStandIn;
  let api: ItRequestApi;
  const signIns: string[] = [];

  before(async function () {
    const module = loadStandIn();
    if (!module) return this.skip();
    standIn = await module.TrackerStandIn.start();
    api = await itRequestApi();
    // VS Code's sign-in asks the user's consent in a dialog, which the workbench under test refuses; the token
    // comes from here instead, and the test checks which sign-in the extension asked for.
    api.useGitHubSignIn(async (provider, scopes, interactive) => {
      if (!interactive) return undefined; // Background checks use only an existing sign-in.
      signIns.push(`${provider} ${scopes.join(',')}`);
      return { accessToken: 'gho_StandInToken' };
    });
    await setSetting('repository', 'it-team/website');
    await setSetting('github.apiUrl', standIn.githubApiBase);
    const editor = await openInEditor('pages/it-request.html');
    await waitForDiagnostics(editor.document.uri, (found) => found.length === 3);
    editor.selection = new vscode.Selection(7, 0, 9, 0);
  });

  after(async () => {
    api?.useGitHubSignIn(undefined);
    // Requests filed to the stand-in must not be checked by later suites once it is gone.
    for (const request of api?.store.all() ?? []) await api.store.remove(request.id);
    for (const key of ['repository', 'github.apiUrl', 'gitlab.url', 'gitlab.project', 'jira.url', 'jira.project', 'jira.email'])
      await setSetting(key, undefined);
    await standIn?.stop();
    await closeAllEditors();
  });

  it('files to GitHub Enterprise, signed in through VS Code, with the exact title, body and labels', async () => {
    const form = await openNewForm(api);
    const github = lastPosted(form, 'load')!.destinations.find((option) => option.kind === 'github')!;
    assert.equal(github.ready, true, 'GitHub is offered once the repository is known');
    const preview = await fillIn(form, {
      kind: 'broken-page',
      title: 'Fair photo needs a caption',
      need: 'Please add a caption under the fair photo.',
      destination: 'github',
    });
    await screenshot('it-request-before-filing');

    const outcome = await form.receive({ type: 'send' });
    assert.ok(outcome?.ok, JSON.stringify(outcome));
    assert.deepEqual(signIns, ['github-enterprise repo']);
    const create = standIn.requests.find((request) => request.method === 'POST' && request.path === '/repos/it-team/website/issues');
    assert.ok(create, `the issue was filed; requests: ${standIn.requests.map((r) => `${r.method} ${r.path}`).join(', ')}`);
    assert.deepEqual(create.json, { title: 'Fair photo needs a caption', body: preview.body, labels: ['broken-page'] });
    assert.equal(create.headers.authorization, 'Bearer gho_StandInToken');
    assert.deepEqual(standIn.problems, [], "every request matches GitHub's published API description");

    const stored = api.store.get(form.id)!;
    assert.equal(stored.sent?.issue?.tracker, 'github');
    assert.equal(stored.sent?.issue?.id, '1');
    assert.equal(stored.sent?.text, `# Fair photo needs a caption\n\n${preview.body}`);
    assert.match(lastPosted(form, 'status')!.text, /filed in IT team's GitHub as #1/);
    await screenshot('it-request-filed');
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  it("lists the filed request in the IT requests view, and shows IT's reply after a refresh", async () => {
    await vscode.commands.executeCommand('contentBridge.itRequests.focus');
    const filed = () => itemTitled(api, 'Fair photo needs a caption');
    assert.equal(filed().description, '#1 · Open');

    standIn.reply(standIn.issues[0], 'sam-from-it', 'Added the caption. Can you check it reads well?');
    await vscode.commands.executeCommand('contentBridge.refreshItRequests');
    assert.equal(filed().description, '#1 · Open · New reply from sam-from-it');
    assert.equal(filed().request.tracked?.latestReply?.body, 'Added the caption. Can you check it reads well?');
    assert.match((filed().tooltip as vscode.MarkdownString).value, /^\*\*Fair photo needs a caption\*\* — Open\n\nLatest reply, from sam-from-it:/);
    assert.equal(api.view.treeView.badge?.value, 1, 'the badge counts the request with news');
    await vscode.commands.executeCommand('notifications.clearAll');
    await screenshot('it-requests-view');

    await vscode.commands.executeCommand('contentBridge.openItRequest', filed());
    assert.equal(api.view.treeView.badge, undefined, 'opening the request marks the reply as seen');
  });

  it('adds a comment, then reports results once IT closes the request', async () => {
    const issue = standIn.issues[0];
    assert.ok(
      await vscode.commands.executeCommand('contentBridge.commentOnItRequest', itemTitled(api, 'Fair photo needs a caption'), {
        text: 'Reads well, thank you!',
      }),
    );
    assert.equal(issue.comments.at(-1)?.body, 'Reads well, thank you!');
    const token = 'ghp_' + 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5';
    assert.ok(
      await vscode.commands.executeCommand('contentBridge.commentOnItRequest', itemTitled(api, 'Fair photo needs a caption'), {
        text: `The upload key is ${token}`,
      }),
    );
    const cleaned = issue.comments.at(-1)?.body ?? '';
    assert.ok(!cleaned.includes(token), 'the token never reaches the tracker');
    assert.match(cleaned, /^The upload key is \[hidden: a GitHub token\]\n\n_One secret was hidden by Content Bridge before posting\._$/);

    standIn.setState(issue, 'closed');
    await vscode.commands.executeCommand('contentBridge.refreshItRequests');
    const closed = itemTitled(api, 'Fair photo needs a caption');
    assert.equal(closed.description, '#1 · Closed · Reply from sam-from-it · Tell IT how it went', JSON.stringify(closed.request));
    assert.match(String(closed.contextValue), /itRequestToReport/);

    const comment = await vscode.commands.executeCommand<string>('contentBridge.reportItResults', closed, {
      answers: {
        wentLive: 'The caption went live on Tuesday.',
        changed: 'Screen reader users hear what the photo shows.',
        feedback: 'The library team liked it.',
        thanks: 'Sam, for the quick fix.',
      },
    });
    const expected = [
      '## Results',
      '**What went live:** The caption went live on Tuesday.',
      '**What changed:** Screen reader users hear what the photo shows.',
      '**What people said:** The library team liked it.',
      '**Thank you:** Sam, for the quick fix.',
      '_Reported back with Content Bridge._',
    ].join('\n\n');
    assert.equal(comment, expected);
    assert.equal(issue.comments.at(-1)?.body, expected, 'the results were posted to the issue');
    assert.equal(itemTitled(api, 'Fair photo needs a caption').description, '#1 · Closed · Reply from sam-from-it');
  });

  it('adds to a similar open issue instead of filing the same thing twice', async () => {
    const existing = standIn.seedIssue('github', 'it-team/website', "Events page shows last year's dates");
    const form = await openNewForm(api);
    const preview = await fillIn(form, {
      title: "Events page shows last year's dates",
      need: 'The dates on the events page are from 2025.',
      destination: 'github',
    });
    const outcome = await form.send({ addTo: existing.id });
    assert.ok(outcome?.ok, JSON.stringify(outcome));
    assert.equal(existing.comments.at(-1)?.body, preview.body);
    assert.equal(standIn.issues.length, 2, 'no new issue');
    assert.equal(api.store.get(form.id)!.sent?.issue?.id, existing.id);
  });

  it('shows similar open issues before filing, and files a new one when the user says none of them fits', async function () {
    if (!canTypeIntoInputBox()) return this.skip();
    standIn.seedIssue('github', 'it-team/website', 'Footer links are broken on the news page');
    const form = await openNewForm(api);
    await fillIn(form, { title: 'Footer links are broken', need: 'The footer links on the about page go nowhere.', destination: 'github' });
    const issuesBefore = standIn.issues.length;
    typeIntoInputBox('File it as a new request', 'it-request-similar-issues');
    const outcome = await form.receive({ type: 'send' });
    assert.ok(outcome?.ok, JSON.stringify(outcome));
    assert.equal(standIn.issues.length, issuesBefore + 1, 'a new issue was filed');
    assert.equal(standIn.issues.at(-1)?.title, 'Footer links are broken');
  });

  it("files to GitLab with the token kept in VS Code's secret storage", async () => {
    assert.ok(
      await vscode.commands.executeCommand('contentBridge.setUpItTracker', {
        tracker: 'gitlab',
        address: `${standIn.origin}/gitlab`,
        project: 'web-team/requests',
        token: 'glpat-StandInToken1234',
      }),
    );
    const form = await openNewForm(api);
    const preview = await fillIn(form, {
      kind: 'forms-data',
      title: 'Contact form goes nowhere',
      need: 'Messages from the contact form do not arrive.',
      destination: 'gitlab',
    });
    const outcome = await form.receive({ type: 'send' });
    assert.ok(outcome?.ok, JSON.stringify(outcome));
    const create = standIn.requests.find((request) => request.tracker === 'gitlab' && request.method === 'POST' && request.path.endsWith('/issues'));
    assert.ok(create, 'the issue was filed');
    assert.equal(create.path, '/projects/web-team%2Frequests/issues');
    assert.deepEqual(create.json, { title: 'Contact form goes nowhere', description: preview.body, labels: 'forms-data' });
    assert.equal(create.headers['private-token'] ?? create.headers.authorization?.replace('Bearer ', ''), 'glpat-StandInToken1234');
    assert.equal(api.store.get(form.id)!.sent?.issue?.tracker, 'gitlab');
    const settingsText = JSON.stringify(vscode.workspace.getConfiguration('contentBridge.requestsToIT'));
    assert.ok(!settingsText.includes('glpat-StandInToken1234'), 'the token is not in the settings');
  });

  it('files to Jira Data Center with the summary, the labels and the request as its description', async () => {
    assert.ok(
      await vscode.commands.executeCommand('contentBridge.setUpItTracker', {
        tracker: 'jira',
        address: standIn.jiraBaseUrl,
        project: 'WEB',
        email: '',
        token: 'jira-pat-StandIn',
      }),
    );
    const form = await openNewForm(api);
    await fillIn(form, {
      kind: 'analytics',
      title: 'How many read the fair page?',
      need: 'Please send the page views for the fair page.',
      destination: 'jira',
    });
    const outcome = await form.receive({ type: 'send' });
    assert.ok(outcome?.ok, JSON.stringify(outcome));
    const create = standIn.requests.find((request) => request.tracker === 'jira' && request.method === 'POST' && request.path.endsWith('/issue'));
    assert.ok(create, 'the issue was filed');
    const fields = (create.json as { fields: { summary: string; labels: string[]; project: { key: string }; description: string } }).fields;
    assert.equal(fields.summary, 'How many read the fair page?');
    assert.deepEqual(fields.labels, ['analytics']);
    assert.equal(fields.project.key, 'WEB');
    assert.ok(fields.description.includes('Please send the page views for the fair page.'), fields.description);
    assert.equal(create.headers.authorization, 'Bearer jira-pat-StandIn');
    assert.match(api.store.get(form.id)!.sent?.issue?.id ?? '', /^WEB-\d+$/);
  });

  it('files to Jira Cloud with an email address and API token, the description in Atlassian Document Format', async () => {
    assert.ok(
      await vscode.commands.executeCommand('contentBridge.setUpItTracker', {
        tracker: 'jira',
        address: standIn.jiraBaseUrl,
        project: 'WEB',
        email: 'casey@example.org',
        token: 'atlassian-api-token',
      }),
    );
    const form = await openNewForm(api);
    await fillIn(form, { kind: 'publishing-access', title: 'Access to the news folder', need: 'I need to publish in the news folder.', destination: 'jira' });
    const outcome = await form.receive({ type: 'send' });
    assert.ok(outcome?.ok, JSON.stringify(outcome));
    const create = standIn.requests.find((request) => request.tracker === 'jira' && request.method === 'POST' && request.path === '/rest/api/3/issue');
    assert.ok(
      create,
      `filed through REST v3; requests: ${standIn.requests
        .filter((r) => r.tracker === 'jira')
        .map((r) => `${r.method} ${r.path}`)
        .join(', ')}`,
    );
    const fields = (create.json as { fields: { summary: string; labels: string[]; description: { type: string; content: unknown[] } } }).fields;
    assert.equal(fields.summary, 'Access to the news folder');
    assert.deepEqual(fields.labels, ['publishing-access']);
    assert.equal(fields.description.type, 'doc');
    assert.ok(JSON.stringify(fields.description).includes('I need to publish in the news folder.'));
    assert.equal(create.headers.authorization, `Basic ${btoa('casey@example.org:atlassian-api-token')}`);
    assert.deepEqual(standIn.problems, []);
  });

  it('signs in to github.com through VS Code\'s "github" sign-in when no Enterprise address is set, and keeps the draft when GitHub cannot be reached', async () => {
    await setSetting('github.apiUrl', undefined);
    signIns.length = 0;
    try {
      const form = await openNewForm(api);
      await fillIn(form, { title: 'Search box does nothing', need: 'The search box on the home page does nothing.', destination: 'github' });
      const outcome = await form.send('file-new');
      assert.deepEqual(signIns, ['github repo']);
      // Offline, api.github.com cannot be reached; online, it refuses the made-up token: either way nothing is sent.
      assert.ok(outcome && !outcome.ok, 'nothing was sent');
      assert.equal(api.store.get(form.id)!.need, 'The search box on the home page does nothing.');
      assert.equal(api.store.get(form.id)!.sent, undefined);
    } finally {
      await setSetting('github.apiUrl', standIn.githubApiBase);
    }
  });

  for (const failure of [
    { name: '401 (signed out)', status: 401 },
    { name: '403 (no permission)', status: 403 },
    { name: '404 (no such repository)', status: 404 },
    { name: '422 (refused)', status: 422 },
    { name: '429 (too many requests)', status: 429, headers: { 'retry-after': '60' } },
    { name: 'network down', status: 0 },
  ]) {
    it(`keeps the draft with its text when GitHub answers ${failure.name}`, async () => {
      const form = await openNewForm(api);
      const need = `Please fix the footer links (${failure.name}).`;
      const preview = await fillIn(form, { title: 'Footer links are broken', need, destination: 'github' });
      if (failure.status === 0) standIn.dropNext();
      else standIn.failNext(failure.status, { headers: failure.headers });
      const outcome = await form.send('file-new');
      assert.ok(outcome && !outcome.ok, 'nothing was sent');
      assert.match(outcome.message, /Your request has not been sent and is kept here\.$/);
      assert.equal(lastPosted(form, 'status')?.tone, 'error');
      assert.equal(lastPosted(form, 'status')?.text, outcome.message);
      const kept = api.store.get(form.id)!;
      assert.equal(kept.sent, undefined, 'the draft is not marked sent');
      assert.equal(kept.need, need);
      assert.equal(lastPosted(form, 'preview')?.body, preview.body, 'the form still shows the same text');
      if (failure.status === 401) await screenshot('it-request-refused');
    });
  }
});

function itemTitled(api: ItRequestApi, title: string): RequestItem {
  const item = api.view.getChildren().find((candidate) => candidate.request.title === title && candidate.request.sent);
  assert.ok(item, `the view lists "${title}"`);
  return item;
}
