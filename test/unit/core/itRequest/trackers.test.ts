import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repositoryRoot } from '../../fixtureExpectations';
import { createTrackerClient, TrackerError, withTimeout, type TrackerClient, type TrackerConfig, type TrackerIssueRef } from '../../../../src/core';
import { fetchHttp } from '../../../support/fetchHttp';
import { standInRequester, TrackerStandIn, type StandInTracker } from '../../../support/trackerStandIn';

const body =
  '## Kind of support\n\nA broken page\n\n## What I need\n\nPlease replace the **old** logo.\n\n- in the header\n- in the `footer`\n\n```html\n<img src="old.png">\n```\n';

describe('tracker clients against the stand-in server', function () {
  this.timeout(20000);
  let standIn: TrackerStandIn;

  before(async () => {
    standIn = await TrackerStandIn.start();
  });
  after(async () => {
    await standIn.stop();
  });
  beforeEach(() => standIn.reset());
  afterEach(function () {
    // Every request a client sent must match the published API description.
    if (this.currentTest?.state === 'passed') assert.deepEqual(standIn.problems, []);
  });

  const configs: Record<string, () => TrackerConfig> = {
    GitHub: () => ({ kind: 'github', apiBase: standIn.githubApiBase, owner: 'council', repo: 'website', token: 'gho_standin' }),
    GitLab: () => ({ kind: 'gitlab', apiBase: standIn.gitlabApiBase, project: 'council/web/site', token: 'glpat-standin' }),
    'Jira Cloud': () => ({
      kind: 'jira',
      baseUrl: standIn.jiraBaseUrl,
      projectKey: 'WEB',
      flavour: 'cloud',
      email: 'casey@council.example',
      token: 'jira-token',
    }),
    'Jira Data Center': () => ({ kind: 'jira', baseUrl: standIn.jiraBaseUrl, projectKey: 'WEB', flavour: 'datacenter', token: 'jira-pat' }),
  };
  const trackerOf = (config: TrackerConfig): StandInTracker => config.kind;

  for (const [name, makeConfig] of Object.entries(configs)) {
    describe(name, () => {
      let client: TrackerClient;
      let config: TrackerConfig;
      beforeEach(() => {
        config = makeConfig();
        client = createTrackerClient(config, withTimeout(fetchHttp, 2000));
      });

      it('creates an issue with the title, body and labels, and returns its page', async () => {
        const ref = await client.createIssue({ title: 'The news page shows the old logo', body, labels: ['broken-page'] });
        const issue = standIn.issues[0];
        assert.equal(issue.title, 'The news page shows the old logo');
        assert.deepEqual(issue.labels, ['broken-page']);
        assert.equal(ref.tracker, config.kind);
        assert.equal(ref.id, issue.id);
        assert.equal(ref.title, 'The news page shows the old logo');
        const request = standIn.requests[0];
        assert.equal(request.method, 'POST');
        if (config.kind === 'github') {
          assert.equal(request.path, '/repos/council/website/issues');
          assert.equal(request.operationId, 'issues/create');
          assert.deepEqual(request.json, { title: 'The news page shows the old logo', body, labels: ['broken-page'] });
          assert.equal(request.headers['authorization'], 'Bearer gho_standin');
          assert.equal(ref.url, `${standIn.origin}/github-web/council/website/issues/${issue.id}`);
        } else if (config.kind === 'gitlab') {
          assert.equal(request.path, '/projects/council%2Fweb%2Fsite/issues');
          assert.deepEqual(request.json, { title: 'The news page shows the old logo', description: body, labels: 'broken-page' });
          assert.equal(request.headers['private-token'], 'glpat-standin');
          assert.equal(ref.url, `${standIn.origin}/gitlab-web/council/web/site/-/issues/${issue.id}`);
        } else {
          assert.equal(ref.url, `${standIn.jiraBaseUrl}/browse/${issue.id}`);
          assert.match(issue.id, /^WEB-\d+$/);
          if (config.flavour === 'cloud') {
            assert.equal(request.path, '/rest/api/3/issue');
            assert.equal(request.headers['authorization'], `Basic ${Buffer.from('casey@council.example:jira-token').toString('base64')}`);
            const description = issue.description as { type: string; content: Array<{ type: string }> };
            assert.equal(description.type, 'doc');
            assert.deepEqual(
              description.content.map((node) => node.type),
              ['heading', 'paragraph', 'heading', 'paragraph', 'bulletList', 'codeBlock'],
            );
          } else {
            assert.equal(request.path, '/rest/api/2/issue');
            assert.equal(request.headers['authorization'], 'Bearer jira-pat');
            assert.equal(
              issue.description,
              'h2. Kind of support\n\nA broken page\n\nh2. What I need\n\nPlease replace the *old* logo.\n\n* in the header\n* in the {{footer}}\n\n{noformat}\n<img src="old.png">\n{noformat}\n',
            );
          }
        }
      });

      it('finds similar open issues by the words of the title', async () => {
        const place = config.kind === 'github' ? 'council/website' : config.kind === 'gitlab' ? 'council/web/site' : 'WEB';
        standIn.seedIssue(trackerOf(config), place, 'Old logo still on the news page');
        standIn.seedIssue(trackerOf(config), place, 'Search box is broken');
        const closed = standIn.seedIssue(trackerOf(config), place, 'Logo on the news page is blurry');
        standIn.setState(closed, 'closed');
        const similar = await client.findSimilar(config.kind === 'gitlab' ? 'News logo' : 'The news page shows the old logo');
        assert.deepEqual(
          similar.map((ref) => ref.title),
          ['Old logo still on the news page'],
        );
        assert.deepEqual(await client.findSimilar('?!'), [], 'a title with no words searches nothing');
      });

      it("reads the state and the latest reply from IT, not the requester's own comments", async () => {
        const ref = await client.createIssue({ title: 'Broken form', body: 'It fails.', labels: ['forms-data'] });
        let state = await client.getState(ref);
        assert.equal(state.state, 'open');
        assert.equal(state.replyCount, 0);
        assert.equal(state.latestReply, undefined);
        const issue = standIn.issues[0];
        standIn.reply(issue, 'it-helper', 'Looking at it now.');
        standIn.setState(issue, 'in-progress');
        await client.addComment(ref, 'Thanks!');
        state = await client.getState(ref);
        assert.equal(state.state, 'in-progress');
        assert.equal(state.replyCount, 1);
        assert.equal(state.latestReply?.body, 'Looking at it now.');
        assert.equal(state.latestReply?.author, 'it-helper');
        assert.ok(!Number.isNaN(Date.parse(state.updatedAt)), state.updatedAt);
        assert.ok(!Number.isNaN(Date.parse(state.latestReply!.at)), state.latestReply!.at);
        standIn.setState(issue, 'closed');
        assert.equal((await client.getState(ref)).state, 'closed');
      });

      it('posts a comment', async () => {
        const ref = await client.createIssue({ title: 'Report', body: 'x', labels: [] });
        await client.addComment(ref, '## Results\n\nThe page went **live**.');
        const issue = standIn.issues[0];
        assert.equal(issue.comments.length, 1);
        const last = standIn.requests[standIn.requests.length - 1];
        assert.equal(last.method, 'POST');
        if (config.kind === 'github') {
          assert.equal(last.path, `/repos/council/website/issues/${ref.id}/comments`);
          assert.deepEqual(last.json, { body: '## Results\n\nThe page went **live**.' });
        } else if (config.kind === 'gitlab') {
          assert.equal(last.path, `/projects/council%2Fweb%2Fsite/issues/${ref.id}/notes`);
          assert.deepEqual(last.json, { body: '## Results\n\nThe page went **live**.' });
        } else if (config.flavour === 'cloud') {
          assert.equal(last.path, `/rest/api/3/issue/${ref.id}/comment`);
          assert.equal((last.json as { body: { type: string } }).body.type, 'doc');
        } else {
          assert.deepEqual(last.json, { body: 'h2. Results\n\nThe page went *live*.\n' });
        }
      });

      const failures: Array<[string, () => void, TrackerError['reason'], RegExp]> = [
        [
          '401',
          () => standIn.failNext(401),
          'signed-out',
          /^Your sign-in to (GitHub Enterprise|GitLab|Jira) has expired or is not valid\. Sign in again and send — your request is kept\.$/,
        ],
        [
          '403',
          () => standIn.failNext(403),
          'forbidden',
          /account is not allowed to create issues in .+\. Ask IT to give you access, or choose another way to send — your request is kept\.$/,
        ],
        [
          '403 with no requests left',
          () => standIn.failNext(403, { headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 600) } }),
          'rate-limited',
          /is limiting how many requests can be sent just now\. Try again in (10|11) minutes — your request is kept\.$/,
        ],
        [
          '404',
          () => standIn.failNext(404),
          'not-found',
          /could not find .+, or your account cannot see it\. Check the IT team's issue tracker setting, or ask IT for the right address — your request is kept\.$/,
        ],
        [
          '422',
          () => standIn.failNext(422),
          'invalid',
          /did not accept the request \(it said: “.*Validation Failed”\)\. Check the title and the IT team's issue tracker setting, then try again — your request is kept\.$/,
        ],
        ['429', () => standIn.failNext(429, { headers: { 'retry-after': '30' } }), 'rate-limited', /Try again in a minute — your request is kept\.$/],
        ['500', () => standIn.failNext(500), 'server', /is having trouble right now \(error 500\)\. Try again in a few minutes — your request is kept\.$/],
        ['503', () => standIn.failNext(503), 'server', /\(error 503\)/],
        [
          'a dropped connection',
          () => standIn.dropNext(),
          'offline',
          /^Content Bridge could not reach (GitHub Enterprise|GitLab|Jira)\. Check your internet connection \(and VPN, if your organisation uses one\), then try again — your request is kept\.$/,
        ],
        ['no answer in time', () => standIn.delayNext(800), 'timeout', /took too long to answer\. Try again in a moment — your request is kept\.$/],
      ];
      for (const [what, arrange, reason, message] of failures) {
        it(`explains ${what} in plain words`, async () => {
          arrange();
          const subject = what === 'no answer in time' ? createTrackerClient(config, withTimeout(fetchHttp, 300)) : client;
          await assert.rejects(subject.createIssue({ title: 'Refused', body: 'x', labels: [] }), (error: unknown) => {
            assert.ok(error instanceof TrackerError, String(error));
            assert.equal(error.reason, reason);
            assert.match(error.userMessage, message);
            return true;
          });
          assert.equal(standIn.issues.length, 0);
        });
      }

      it('says a comment is kept when commenting fails', async () => {
        const ref: TrackerIssueRef = await client.createIssue({ title: 'Kept', body: 'x', labels: [] });
        standIn.failNext(401);
        await assert.rejects(
          client.addComment(ref, 'hello'),
          (error: TrackerError) => error.reason === 'signed-out' && / post it — your comment is kept\.$/.test(error.userMessage),
        );
      });
    });
  }

  it('names GitHub itself when the API base is api.github.com', async () => {
    const client = createTrackerClient({ kind: 'github', apiBase: 'https://api.github.com', owner: 'o', repo: 'r', token: 't' }, async () => ({
      status: 401,
      headers: {},
      body: '{"message":"Bad credentials"}',
    }));
    await assert.rejects(
      client.createIssue({ title: 't', body: 'b', labels: [] }),
      (error: TrackerError) => error.userMessage === 'Your sign-in to GitHub has expired or is not valid. Sign in again and send — your request is kept.',
    );
  });

  it("treats fetch's own timeout (a DOMException) as a timeout and its TypeError as being offline", async () => {
    const config: TrackerConfig = { kind: 'gitlab', apiBase: 'https://gitlab.example', project: 'p', token: 't' };
    const timedOut = createTrackerClient(config, () => Promise.reject(new DOMException('The operation timed out.', 'TimeoutError')));
    await assert.rejects(
      timedOut.findSimilar('logo header'),
      (error: TrackerError) => error.reason === 'timeout' && error.userMessage === 'GitLab took too long to answer. Try again in a moment.',
    );
    const offline = createTrackerClient(config, () => Promise.reject(new TypeError('fetch failed')));
    await assert.rejects(offline.getState({ tracker: 'gitlab', id: '1', url: 'u', title: 't' }), (error: TrackerError) => error.reason === 'offline');
  });

  it('explains an answer that is not JSON', async () => {
    const client = createTrackerClient(configs.GitHub(), async () => ({ status: 200, headers: {}, body: '<html>proxy login</html>' }));
    await assert.rejects(client.findSimilar('logo header'), (error: TrackerError) => error.reason === 'server' && /could not read/.test(error.userMessage));
  });

  it('reads the requester from the stand-in consistently', () => {
    assert.equal(standInRequester.login, 'communicator');
  });
});

describe('tracker clients use only the Http they are given', () => {
  it('no source file under src/core/itRequest calls fetch or XMLHttpRequest', () => {
    const root = path.join(repositoryRoot, 'src', 'core', 'itRequest');
    const files = (fs.readdirSync(root, { recursive: true }) as string[]).filter((file) => file.endsWith('.ts'));
    assert.ok(files.length > 10);
    const offenders = files.filter((file) => /\bfetch\s*\(|XMLHttpRequest/.test(fs.readFileSync(path.join(root, file), 'utf8')));
    assert.deepEqual(offenders, []);
  });
});

describe("the stand-in checks requests against GitHub's published API description", function () {
  this.timeout(20000);
  let standIn: TrackerStandIn;
  before(async () => {
    standIn = await TrackerStandIn.start();
  });
  after(async () => {
    await standIn.stop();
  });

  async function sendRaw(method: string, path: string, headers: Record<string, string>, body?: string): Promise<string[]> {
    standIn.reset();
    await fetch(`${standIn.githubApiBase}${path}`, { method, headers, body });
    return [...standIn.requests[0].problems];
  }
  const good = { Accept: 'application/vnd.github+json', 'X-GitHub-Api-Version': '2022-11-28', Authorization: 'Bearer t', 'Content-Type': 'application/json' };

  it('accepts a documented request', async () => {
    assert.deepEqual(await sendRaw('POST', '/repos/o/r/issues', good, JSON.stringify({ title: 'x', labels: ['a'] })), []);
  });

  it('flags a wrong body, missing headers, an unknown path and an undocumented query', async () => {
    assert.deepEqual(await sendRaw('POST', '/repos/o/r/issues', good, JSON.stringify({ body: 'no title', labels: 'a,b' })), [
      "body must have required property 'title'",
      'body/labels must be array',
    ]);
    assert.deepEqual(await sendRaw('GET', '/repos/o/r/issues/1', { Authorization: 'token t' }), [
      'Accept should be application/vnd.github+json, was */*',
      'X-GitHub-Api-Version should be 2022-11-28, was missing',
      'Authorization should be "Bearer <token>"',
    ]);
    assert.deepEqual(await sendRaw('GET', '/repos/o/r/tickets/1/x', good), ['no operation has the path /repos/o/r/tickets/1/x']);
    assert.deepEqual(await sendRaw('GET', '/search/issues?query=x', good), [
      'the query parameter q is required',
      'the query parameter query is not documented',
    ]);
    assert.deepEqual(await sendRaw('GET', '/repos/o/r/issues/abc', good), ['issue_number should be a whole number, was abc']);
  });
});
