import * as assert from 'node:assert/strict';
import { redactSecrets } from '../../../../src/core/itRequest/redaction/redact';
import { secretRules } from '../../../../src/core/itRequest/redaction/secretRules';

// Keys are assembled from parts so this file is not itself flagged by secret scanners.
const alnum = 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9T0u1V2w3X4y5Z6';
const keys: Record<string, string> = {
  'a GitHub token': 'ghp_' + alnum.slice(0, 36),
  'a GitHub token (fine-grained)': 'github_pat_' + '11ABCDEFG0' + alnum + 'x'.repeat(82 - 10 - alnum.length),
  'a GitLab token': 'glpat-' + 'xT3kq9LmZp2VbN7cRd5F',
  'a Slack token': 'xoxb-' + '2468013579-1357924680-' + 'AbCdEfGhIjKlMnOpQrStUvWx',
  'an AWS access key': 'AKIA' + 'Q3EGRKZT5N7WX2PL',
  'a Google API key': 'AIza' + 'SyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY',
  'a Stripe key': 'sk_live_' + '51HxYzAbCdEfGhIjKlMnOpQr',
  'an npm token': 'npm_' + alnum.slice(0, 36),
  'an OpenAI key': 'sk-proj-' + alnum + alnum.slice(0, 20),
  'a sign-in token (JWT)':
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9' + '.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkphbmUifQ' + '.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  'a SendGrid key': 'SG.' + 'ngeVfQFYQlKU0ufo8x5d1A' + '.' + 'TwL2iGABf9DHoTf-09kqeF8tAmbihYzrnopKc-1s5cr',
  'a Shopify token': 'shpat_' + alnum.slice(0, 32),
};

describe('redactSecrets()', () => {
  for (const [kind, key] of Object.entries(keys)) {
    it(`hides ${kind} and says what it was`, () => {
      const result = redactSecrets(`Line one\nThe value is ${key} here.\n`);
      assert.ok(!result.text.includes(key), result.text);
      assert.equal(result.hidden.length, 1, JSON.stringify(result.hidden));
      assert.equal(result.hidden[0].line, 2);
      assert.match(result.text, /^Line one\nThe value is \[hidden: [^\]]+\] here\.\n$/);
      assert.equal(result.hidden[0].what, kind.replace(/ \(fine-grained\)$/, ''));
    });
  }

  it('hides an AWS secret key after its name, keeping the name', () => {
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ3xAmPl' + 'E9';
    const result = redactSecrets(`aws_secret_access_key = ${secret}`);
    assert.equal(result.text, 'aws_secret_access_key = [hidden: an AWS secret key]');
  });

  it('hides a whole PEM private key block, and a block with no end to the end of the paragraph', () => {
    const pem = ['-----BEGIN RSA PRIVATE KEY-----', 'MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi', 'Z1BjP5CE/Wm/Rr500P', '-----END RSA PRIVATE KEY-----'].join(
      '\n',
    );
    const result = redactSecrets(`key:\n${pem}\nafter`);
    assert.equal(result.text, 'key:\n[hidden: a private key]\nafter');
    assert.equal(result.hidden[0].line, 2);
    const open = redactSecrets('-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU\n\nNext paragraph');
    assert.equal(open.text, '[hidden: a private key]\n\nNext paragraph');
  });

  it('hides passwords in web and git addresses, keeping the rest of the address', () => {
    assert.equal(
      redactSecrets('origin https://jane:s3cr3t-Pass@github.com/example/site.git (fetch)').text,
      'origin https://jane:[hidden: a password in a web address]@github.com/example/site.git (fetch)',
    );
    assert.equal(redactSecrets('ftp://admin:hunter22@files.example.org/').text, 'ftp://admin:[hidden: a password in a web address]@files.example.org/');
    const tokenAsUser = redactSecrets(`https://${'x'.repeat(4)}${alnum.slice(0, 30)}@gitlab.example.com/team/site.git`);
    assert.match(tokenAsUser.text, /^https:\/\/\[hidden: [^\]]+\]@gitlab\.example\.com\/team\/site\.git$/);
  });

  it('hides .env-style, shell, YAML and JSON assignments of secret-looking names', () => {
    const text = [
      'SITE_NAME=Our council',
      'API_TOKEN=9f8e7d6c5b4a39281706',
      'export DB_PASSWORD="correct horse battery staple"',
      'smtp_password: Tr0ub4dor&3',
      '  "clientSecret": "b9c8d7e6f5a4",',
      'AUTHOR=Jane Doe',
    ].join('\n');
    const result = redactSecrets(text);
    assert.equal(
      result.text,
      [
        'SITE_NAME=Our council',
        'API_TOKEN=[hidden: a secret setting]',
        'export DB_PASSWORD="[hidden: a secret setting]"',
        'smtp_password: [hidden: a secret setting]',
        '  "clientSecret": "[hidden: a secret setting]",',
        'AUTHOR=Jane Doe',
      ].join('\n'),
    );
    assert.deepEqual(
      result.hidden.map((item) => item.line),
      [2, 3, 4, 5],
    );
  });

  it('hides the private key inside a Google service account file', () => {
    const json = `{\n  "type": "service_account",\n  "private_key_id": "${'4f1c'.repeat(10)}",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n-----END PRIVATE KEY-----\\n",\n  "client_email": "site@council.iam.gserviceaccount.com"\n}`;
    const result = redactSecrets(json);
    assert.ok(!result.text.includes('MIIEvQIBADANBgkqhkiG9w0BAQEFAASC'), result.text);
    assert.ok(result.text.includes('"client_email": "site@council.iam.gserviceaccount.com"'));
    assert.deepEqual(
      result.hidden.map((item) => item.line),
      [4],
      'a key id names the key; it is not the secret',
    );
  });

  it('hides Slack web addresses, .npmrc tokens and Linear keys', () => {
    const webhook = 'https://hooks.slack.com/services/' + 'T0123ABCD/B0456EFGH/' + 'a1B2c3D4e5F6g7H8i9J0k1L2';
    const text = `Hook: ${webhook}\n//registry.npmjs.org/:_authToken=${'0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b'}\nlin_api_${alnum.slice(0, 40)}`;
    const result = redactSecrets(text);
    assert.equal(
      result.text,
      'Hook: [hidden: a Slack web address with a secret]\n//registry.npmjs.org/:_authToken=[hidden: an npm token]\n[hidden: a Linear key]',
    );
  });

  it('hides a bearer token in a pasted header', () => {
    assert.equal(redactSecrets('Authorization: Bearer 0a1b2c3d4e5f6a7b8c9d0e1f').text, 'Authorization: Bearer [hidden: a sign-in token]');
  });

  it('leaves ordinary text, code and addresses untouched', () => {
    const untouched = [
      'Please replace the logo on the news page by Friday.',
      '<img src="/images/logo.png" alt="Council logo">',
      '<a href="https://www.example.org/about?ref=home#team">About us</a>',
      'git@github.com:example/site.git',
      'https://jane@dev.azure.com/org/project/_git/site',
      'PASSWORD_MIN_LENGTH: 12',
      'token: ${GITHUB_TOKEN}',
      'password = <your password>',
      'auth_url: https://login.example.org',
      'The token is described in the handbook.',
      'Bearer tokens are explained on the intranet page about-signing-in-to-things.',
      'SKU: sk_item_12',
      'A key on the keyboard: AKIA is not a key on its own.',
      'ghp_tooShort',
      'mailto:comms@example.org',
      'Contact: jane.doe@example.org',
    ].join('\n');
    const result = redactSecrets(untouched);
    assert.equal(result.text, untouched);
    assert.deepEqual(result.hidden, []);
  });

  it('reports several secrets on their own lines, in order', () => {
    const result = redactSecrets(`a\n${keys['a GitHub token']}\nb\n\n${keys['an AWS access key']} and ${keys['a Stripe key']}`);
    assert.deepEqual(result.hidden, [
      { what: 'a GitHub token', line: 2 },
      { what: 'an AWS access key', line: 5 },
      { what: 'a Stripe key', line: 5 },
    ]);
  });

  it('is idempotent: redacted text is left as it is', () => {
    const once = redactSecrets(`TOKEN=${keys['a GitHub token']}\nhttps://u:p4ssw0rd@example.org`).text;
    assert.deepEqual(redactSecrets(once), { text: once, hidden: [] });
  });

  describe('stays linear on 100 KB of adversarial input', () => {
    const size = 100_000;
    const adversarial: Record<string, string> = {
      'repeated JWT starts': 'ey'.repeat(size / 2),
      'JWT parts without a third': 'eyJhbGciOiJIUzI1NiJ9.'.repeat(size / 21),
      'repeated private key headers': '-----BEGIN RSA PRIVATE KEY-----\n'.repeat(size / 32),
      'unterminated key block': '-----BEGIN PRIVATE KEY-----' + 'A'.repeat(size),
      'many schemes': 'a://'.repeat(size / 4),
      'a long authority': 'https://' + 'a'.repeat(size),
      'many at signs': 'http://' + '@:'.repeat(size / 2),
      'addresses with no end': 'http://x:y'.repeat(size / 10),
      'long assignment names': ('A'.repeat(80) + '_TOKEN' + ' '.repeat(9)).repeat(size / 95),
      'spaces before nothing': ' '.repeat(size),
      'tabs and equals': '\t='.repeat(size / 2),
      'repeated prefixes': 'ghp_github_pat_glpat-xoxb-sk-proj-AKIA'.repeat(size / 38),
      'alternating token characters': 'sk_live_'.repeat(size / 8),
      'bearer words': 'Bearer '.repeat(size / 7),
      'SendGrid-like dots': 'SG.'.repeat(size / 3),
      'one long word': 'x'.repeat(size),
      'many lines': 'PASSWORD=\n'.repeat(size / 10),
      'quotes without end': 'SECRET="'.repeat(size / 8),
    };
    // A separator before each prefix gives every position a word boundary: a pattern with a long bounded run followed
    // by more (`ey…{10,2000}\.ey…`) takes seconds on these.
    for (const unit of [
      '-ey',
      '-ey.ey',
      '.-ey',
      '_ghp_',
      '-xoxb-',
      '-SG.',
      '-sk-proj-',
      '-ops_ey',
      '-AIza',
      '-glpat-',
      ' Bearer a1',
      'a:a@',
      '-github_pat_',
      '-npm_',
      '-lin_api_',
    ]) {
      adversarial[`"${unit}" repeated`] = unit.repeat(Math.floor(size / unit.length));
    }
    for (const [name, text] of Object.entries(adversarial)) {
      it(name, () => {
        // The best of three runs, so a busy machine does not fail the test; a quadratic pattern takes seconds here.
        let best = Infinity;
        for (let run = 0; run < 3; run++) {
          const started = performance.now();
          redactSecrets(text);
          for (const rule of secretRules) rule.find(text);
          best = Math.min(best, performance.now() - started);
        }
        assert.ok(best < 250, `${name}: ${best.toFixed(0)} ms`);
      });
    }
  });
});
