import * as assert from 'node:assert/strict';
import { composeItRequest, fillIssueTemplate, parseIssueTemplate, type ComposableDraft, type IssueTemplate, type ItRequestContext } from '../../../../src/core';

const draft: ComposableDraft = {
  kind: 'broken-page',
  title: 'Contact form does not send',
  need: 'The contact form shows an error when sending.',
  tried: 'Tried two browsers.',
  neededBy: undefined,
  include: { fileAndSelection: true, problems: false, git: false, linkToLines: false, environment: true },
};
const context: ItRequestContext = {
  today: '2026-12-01',
  file: { path: 'contact.html' },
  problems: [],
  environment: { appName: 'Visual Studio Code', vscodeVersion: '1.100.3', extensionVersion: '0.2.0' },
};
const request = composeItRequest(draft, context);

function template(fileName: string, text: string): IssueTemplate {
  const reading = parseIssueTemplate(fileName, text);
  assert.ok('template' in reading, JSON.stringify(reading));
  return reading.template;
}

describe('issue templates', () => {
  const markdownTemplate = [
    '---',
    'name: Website problem',
    'about: Something on the website is wrong',
    'title: "[Website] "',
    'labels: website, triage',
    'assignees: ""',
    '---',
    '',
    '<!-- Please fill in every section. -->',
    '',
    '## Describe the problem',
    '',
    'A clear description of what is wrong.',
    '',
    '## What have you tried?',
    '',
    '<!-- Steps you took -->',
    '',
    '## Anything else',
    '',
    '```',
    '## not a heading',
    '```',
    '',
  ].join('\n');

  it('reads a GitHub Markdown template: name, about, title, labels and body', () => {
    const parsed = template('.github/ISSUE_TEMPLATE/website.md', markdownTemplate);
    assert.equal(parsed.source, 'github-markdown');
    assert.equal(parsed.name, 'Website problem');
    assert.equal(parsed.about, 'Something on the website is wrong');
    assert.equal(parsed.title, '[Website] ');
    assert.deepEqual(parsed.labels, ['website', 'triage']);
    assert.ok(parsed.body!.startsWith('<!-- Please fill in every section. -->'));
  });

  it('fills a Markdown template: each part under the heading that asks for it, the rest at the end', () => {
    const filled = fillIssueTemplate(template('website.md', markdownTemplate), request);
    assert.equal(filled.title, '[Website] Contact form does not send');
    assert.deepEqual(filled.labels, ['broken-page', 'website', 'triage']);
    assert.equal(
      filled.body,
      [
        '## Describe the problem',
        '',
        'The contact form shows an error when sending.',
        '',
        '## What have you tried?',
        '',
        'Tried two browsers.',
        '',
        '## Anything else',
        '',
        '### Where',
        '',
        'File: `contact.html`',
        '',
        '### Environment',
        '',
        '- Editor: Visual Studio Code 1.100.3\n- Content Bridge: 0.2.0',
        '',
        '## Kind of support',
        '',
        'A broken page',
        '',
        '## Needed by',
        '',
        'No deadline.',
        '',
        '---',
        '_Prepared with Content Bridge 0.2.0._',
        '',
      ].join('\n'),
    );
  });

  const form = `
name: Website request
description: Ask the web team for a change
title: "[Request]: "
labels: ["web", "needs-triage"]
body:
  - type: markdown
    attributes:
      value: Thanks for taking the time!
  - type: dropdown
    id: area
    attributes:
      label: Kind of request
      options:
        - Website content or layout
        - A broken page
        - Something else
  - type: textarea
    id: details
    attributes:
      label: Tell us more
      description: What should change?
    validations:
      required: true
  - type: input
    id: when
    attributes:
      label: When do you need it?
  - type: textarea
    id: logs
    attributes:
      label: Relevant output
      render: shell
  - type: checkboxes
    id: terms
    attributes:
      label: Before you send
      options:
        - label: I searched for similar requests
          required: true
`;

  it('reads a GitHub issue form', () => {
    const parsed = template('.github/ISSUE_TEMPLATE/request.yml', form);
    assert.equal(parsed.source, 'github-form');
    assert.equal(parsed.name, 'Website request');
    assert.equal(parsed.about, 'Ask the web team for a change');
    assert.deepEqual(parsed.labels, ['web', 'needs-triage']);
    assert.deepEqual(
      parsed.items!.map((item) => item.type),
      ['markdown', 'dropdown', 'textarea', 'input', 'textarea', 'checkboxes'],
    );
    assert.deepEqual(parsed.items![2], {
      type: 'textarea',
      id: 'details',
      label: 'Tell us more',
      description: 'What should change?',
      value: undefined,
      required: true,
      render: undefined,
    });
  });

  it('fills an issue form as GitHub writes it: the need in the first text area, the kind in the dropdown, boxes left for the person', () => {
    const filled = fillIssueTemplate(template('request.yml', form), request);
    assert.equal(filled.title, '[Request]: Contact form does not send');
    assert.deepEqual(filled.labels, ['broken-page', 'web', 'needs-triage']);
    assert.equal(
      filled.body,
      [
        '### Kind of request',
        '',
        'A broken page',
        '',
        '### Tell us more',
        '',
        'The contact form shows an error when sending.',
        '',
        '### When do you need it?',
        '',
        'No deadline.',
        '',
        '### Relevant output',
        '',
        '```shell',
        '#### Where\n\nFile: `contact.html`\n\n#### Environment\n\n- Editor: Visual Studio Code 1.100.3\n- Content Bridge: 0.2.0',
        '```',
        '',
        '### Before you send',
        '',
        '- [ ] I searched for similar requests',
        '',
        '### What I have tried',
        '',
        'Tried two browsers.',
        '',
        '---',
        '_Prepared with Content Bridge 0.2.0._',
        '',
      ].join('\n'),
    );
  });

  it('reads a GitLab template, with labels from its quick actions', () => {
    const parsed = template('.gitlab/issue_templates/Web_change.md', '## Summary\n\n\n## Steps tried\n\n/label ~web ~"needs triage"\n');
    assert.equal(parsed.source, 'gitlab-markdown');
    assert.equal(parsed.name, 'Web change');
    assert.deepEqual(parsed.labels, ['web', 'needs triage']);
    const filled = fillIssueTemplate(parsed, request);
    assert.match(
      filled.body,
      /^## Summary\n\nThe contact form shows an error when sending\.\n\n## Steps tried\n\nTried two browsers\.\n\n\/label ~web ~"needs triage"\n\n## Kind of support/,
    );
  });

  it('explains files that are not templates, without throwing', () => {
    assert.deepEqual(parseIssueTemplate('.github/ISSUE_TEMPLATE/config.yml', 'blank_issues_enabled: false'), {
      problem: 'config.yml sets up the template chooser; it is not a template.',
    });
    assert.match((parseIssueTemplate('bad.yml', 'body: [unclosed') as { problem: string }).problem, /^bad\.yml could not be read as an issue form \(/);
    assert.deepEqual(parseIssueTemplate('x.yml', 'name: x'), { problem: 'x.yml is not an issue form: it has no list of fields under "body".' });
    assert.deepEqual(parseIssueTemplate('x.md', '---\nname: x\n'), { problem: 'x.md starts a front matter block with --- but never ends it.' });
    assert.deepEqual(parseIssueTemplate('x.txt', 'hello'), { problem: 'x.txt is not an issue template (they end in .md, .yml or .yaml).' });
    assert.match(
      (
        parseIssueTemplate(
          'bomb.yml',
          'a: &a [x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\nbody: []',
        ) as { problem?: string }
      ).problem ?? '',
      /could not be read/,
    );
  });

  it('treats a Markdown template without front matter as its body, named from the file', () => {
    const parsed = template('bug_report.md', '## What happened\n');
    assert.equal(parsed.name, 'Bug report');
    assert.deepEqual(parsed.labels, []);
  });

  it('stays quick on long adversarial headings', () => {
    const started = performance.now();
    const text = '# ' + ' #'.repeat(40_000) + '\n' + '#'.repeat(50_000) + '\n<!--'.repeat(10_000);
    fillIssueTemplate(template('x.md', text), request);
    assert.ok(performance.now() - started < 500);
  });
});
