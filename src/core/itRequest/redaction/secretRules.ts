/**
 * What a secret looks like, so it can be hidden before a request is shown or sent.
 *
 * The token shapes are ported from secretlint's recommended preset (@secretlint/secretlint-rule-preset-recommend
 * 10.2.2, MIT: rules aws, gcp, npm, slack, basicauth, openai, linear, privatekey, sendgrid, shopify, github,
 * 1password) and, for GitLab, Google API keys, Stripe and JWTs, from gitleaks' default configuration (MIT).
 * The preset itself cannot run here: it imports Node's `path` and `crypto` (through node-forge), so it does not bundle
 * for VS Code for the Web, and its engine loads `debug`, which breaks an esbuild ES-module bundle for Node.
 *
 * Every pattern is linear: each match attempt is bounded by a fixed length, or the rule scans with indexOf.
 */

/** A stretch of text to hide, and what it is in plain words. */
export interface SecretMatch {
  readonly start: number;
  readonly end: number;
  readonly what: string;
}

/** How a hidden secret starts in the text, so a second pass leaves it alone. */
export const hiddenMarkerStart = '[hidden:';

export interface SecretRule {
  readonly what: string;
  find(text: string): SecretMatch[];
}

/** A rule from one global regular expression literal; `group` hides only that capture (the key, not its name). */
function patternRule(what: string, pattern: RegExp, group = 0, accept: (value: string) => boolean = () => true): SecretRule {
  return {
    what,
    find(text) {
      const matches: SecretMatch[] = [];
      // matchAll works on a copy of the pattern, so the shared literal keeps no state between calls.
      for (const match of text.matchAll(pattern)) {
        const value = match[group];
        if (!value || !accept(value)) continue;
        const start = (match.index ?? 0) + (group === 0 ? 0 : match[0].indexOf(value));
        matches.push({ start, end: start + value.length, what });
      }
      return matches;
    },
  };
}

/** PEM private key blocks (secretlint privatekey). Found with indexOf so a page of unmatched headers stays linear. */
const privateKeyRule: SecretRule = {
  what: 'a private key',
  find(text) {
    const matches: SecretMatch[] = [];
    const header = /-----BEGIN ?(?:[A-Z0-9]{2,16} ){0,3}PRIVATE KEY(?: BLOCK)?-----/g;
    let found: RegExpExecArray | null;
    while ((found = header.exec(text))) {
      const endMarker = text.indexOf('-----END', header.lastIndex);
      if (endMarker < 0) {
        // A header without an end: hide the rest of the block's lines so no part of the key leaks.
        const blankLine = text.indexOf('\n\n', header.lastIndex);
        matches.push({ start: found.index, end: blankLine < 0 ? text.length : blankLine, what: this.what });
        break;
      }
      const closing = text.indexOf('-----', endMarker + 8);
      const end = closing < 0 ? text.length : closing + 5;
      matches.push({ start: found.index, end, what: this.what });
      header.lastIndex = end;
    }
    return matches;
  },
};

/** Passwords (and bare tokens) inside web and git addresses: `https://user:secret@host` (secretlint basicauth). */
const urlCredentialRule: SecretRule = {
  what: 'a password in a web address',
  find(text) {
    const matches: SecretMatch[] = [];
    const scheme = /\b[A-Za-z][A-Za-z0-9+.-]{0,30}:\/\//g;
    while (scheme.exec(text)) {
      const authorityStart = scheme.lastIndex;
      // One pass over the authority: where it ends, its first ':' and its last '@'.
      let authorityEnd = authorityStart;
      let colon = -1;
      let at = -1;
      for (; authorityEnd < text.length; authorityEnd++) {
        const code = text.charCodeAt(authorityEnd);
        if (isAuthorityEnd(code)) break;
        if (code === 58 && colon < 0) colon = authorityEnd;
        else if (code === 64) at = authorityEnd;
      }
      if (at >= 0) {
        if (colon >= 0 && colon < at) {
          if (colon + 1 < at) matches.push({ start: colon + 1, end: at, what: this.what });
        } else if (at - authorityStart >= 20) {
          // A long user name with no password is a token used as the user name (`https://ghp_…@github.com`).
          matches.push({ start: authorityStart, end: at, what: 'a token in a web address' });
        }
      }
      scheme.lastIndex = authorityEnd;
    }
    return matches;
  },
};

/** JSON Web Tokens (gitleaks jwt): `ey….ey….…`. Followed part by part with sticky patterns so each character is read a bounded number of times. */
const jwtRule: SecretRule = {
  what: 'a sign-in token (JWT)',
  find(text) {
    const matches: SecretMatch[] = [];
    const first = /\bey[A-Za-z0-9_-]{10,}/g;
    const second = /\.ey[A-Za-z0-9_-]{10,}/y;
    const third = /\.[A-Za-z0-9_-]{10,}/y;
    let found: RegExpExecArray | null;
    while ((found = first.exec(text))) {
      second.lastIndex = first.lastIndex;
      if (!second.exec(text)) continue;
      third.lastIndex = second.lastIndex;
      if (!third.exec(text)) {
        first.lastIndex = second.lastIndex;
        continue;
      }
      matches.push({ start: found.index, end: third.lastIndex, what: this.what });
      first.lastIndex = third.lastIndex;
    }
    return matches;
  },
};

function isAuthorityEnd(code: number): boolean {
  // / ? # whitespace quotes < > and the end of a Markdown link
  return code === 47 || code === 63 || code === 35 || code <= 32 || code === 34 || code === 39 || code === 60 || code === 62 || code === 41 || code === 93;
}

/** Words in a name that say its value is a secret. */
const secretNameWords = [
  'secret',
  'token',
  'password',
  'passwd',
  'pwd',
  'apikey',
  'api_key',
  'api-key',
  'accesskey',
  'access_key',
  'private_key',
  'privatekey',
  'credential',
  'auth',
  'client_secret',
  'passphrase',
  'session_key',
  'signing_key',
  'encryption_key',
  'dsn',
];

/** Values that are clearly not secrets: empty, placeholders, variables. */
function looksLikePlaceholder(value: string): boolean {
  const lower = value.toLowerCase();
  if (value.length < 4 || value.startsWith(hiddenMarkerStart)) return true;
  if (/^(?:\$\{?[A-Za-z_]|\{\{|<[^>]{0,60}>$|%[A-Za-z_])/.test(value)) return true;
  if (/^(?:x+|\*+|\.+|-+|_+)$/i.test(value)) return true;
  return [
    'changeme',
    'change_me',
    'your_token',
    'your-token',
    'yourtoken',
    'placeholder',
    'example',
    'redacted',
    'null',
    'none',
    'true',
    'false',
    'undefined',
    '<hidden>',
    'process.env',
  ].some((word) => lower === word || lower.startsWith(`${word}.`));
}

/**
 * `.env`, shell, YAML, JSON and config assignments whose name says the value is secret:
 * `API_TOKEN=abc…`, `export DB_PASSWORD="…"`, `password: …`, `"clientSecret": "…"`. Scanned line by line.
 */
const assignmentRule: SecretRule = {
  what: 'a secret setting',
  find(text) {
    const matches: SecretMatch[] = [];
    const assignment = /^[ \t]{0,40}(?:export[ \t]{1,10})?["']?([A-Za-z_][A-Za-z0-9_.-]{0,80})["']?[ \t]{0,10}(?:=|:(?!\/\/))[ \t]{0,10}/;
    let lineStart = 0;
    while (lineStart <= text.length) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      const line = text.slice(lineStart, lineEnd);
      const found = assignment.exec(line);
      if (found && isSecretName(found[1])) {
        const value = valueSpan(line, found[0].length);
        if (value && !looksLikePlaceholder(line.slice(value.start, value.end))) {
          matches.push({ start: lineStart + value.start, end: lineStart + value.end, what: this.what });
        }
      }
      lineStart = lineEnd + 1;
    }
    return matches;
  },
};

function isSecretName(name: string): boolean {
  const lower = name.toLowerCase();
  const compact = lower.replace(/[-_.]/g, '');
  return (
    secretNameWords.some((word) => lower.includes(word) || compact.includes(word.replace(/[-_]/g, ''))) &&
    // "author", "authority", "oauth_url" and friends are not secrets.
    !/(?:author|authority|authenticat(?:ed|ion)_?(?:url|uri|endpoint|method|type)|_url|_uri|_path|_file|_id|_name|_type|_enabled|_expires?)$/.test(lower)
  );
}

/** The value after `=` or `:`: inside its quotes, or the rest of the line without a trailing comment, comma or semicolon. */
function valueSpan(line: string, from: number): { start: number; end: number } | undefined {
  const quote = line[from];
  if (quote === '"' || quote === "'" || quote === '`') {
    const close = line.indexOf(quote, from + 1);
    return close > from + 1 ? { start: from + 1, end: close } : undefined;
  }
  // A pasted header value is left to the sign-in token rule, which keeps the word "Bearer" readable.
  if (/^(?:Bearer|Basic|token)[ \t]/.test(line.slice(from, from + 7))) return undefined;
  const comment = line.indexOf(' #', from);
  let end = comment < 0 ? line.length : comment;
  while (end > from && ' \t\r,;'.includes(line[end - 1])) end--;
  return end > from ? { start: from, end } : undefined;
}

export const secretRules: readonly SecretRule[] = [
  privateKeyRule,
  // secretlint github
  patternRule('a GitHub token', /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9_]{36}\b/g),
  patternRule('a GitHub token', /\bgithub_pat_[A-Za-z0-9_]{82}\b/g),
  // gitleaks gitlab-pat, gitlab-ptt, gitlab-rrt and friends
  patternRule('a GitLab token', /\bgl(?:pat|ptt|rt|dt|ft|oas|cbt|imt|agent|soat)-[0-9A-Za-z_-]{20,64}/g),
  // secretlint slack
  patternRule('a Slack token', /\bxox[bpaor]-[0-9A-Za-z-]{10,250}/g),
  patternRule('a Slack token', /\bxapp-[0-9A-Za-z-]{10,250}/g),
  patternRule('a Slack web address with a secret', /https:\/\/hooks\.slack\.com\/services\/T[A-Za-z0-9]{1,40}\/B[A-Za-z0-9]{1,40}\/[A-Za-z0-9]{1,40}/g),
  // secretlint aws
  patternRule('an AWS access key', /\b(?:A3T[A-Z0-9]|AKIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ASIA)[A-Z0-9]{16}\b/g),
  patternRule(
    'an AWS secret key',
    /["']?(?:AWS|aws|Aws)?_?(?:SECRET|secret|Secret)_?(?:ACCESS|access|Access)_?(?:KEY|key|Key)["']?[ \t]{0,10}(?::|=>|=)[ \t]{0,10}["']?([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/g,
    1,
  ),
  // gitleaks gcp-api-key; secretlint gcp (service-account JSON is caught by the private key it holds)
  patternRule('a Google API key', /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g),
  // gitleaks stripe-access-token
  patternRule('a Stripe key', /\b(?:sk|rk|pk)_(?:live|test)_[0-9A-Za-z]{10,99}/g),
  // secretlint npm
  patternRule('an npm token', /\bnpm_[A-Za-z0-9]{36}\b/g),
  patternRule('an npm token', /_authToken=([^\s$][^\s]{0,500})/g, 1),
  // secretlint openai
  patternRule('an OpenAI key', /\bsk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,200}/g),
  patternRule('an OpenAI key', /\bsk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}\b/g),
  // gitleaks anthropic-api-key
  patternRule('an API key', /\bsk-ant-[a-z0-9]{2,10}-[A-Za-z0-9_-]{20,120}/g),
  // secretlint linear, sendgrid, shopify, 1password
  patternRule('a Linear key', /\blin_api_[A-Za-z0-9_]{32,128}/g),
  patternRule('a SendGrid key', /(?<![A-Za-z])SG\.[\w-]{16,128}\.[\w-]{16,128}/g),
  patternRule('a Shopify token', /\b(?:shppa|shpca|shpat|shpss)_[A-Za-z0-9]{32,64}/g),
  patternRule('a 1Password token', /\bops_ey[A-Za-z0-9+/=]{100,1280}/g),
  jwtRule,
  // HTTP headers pasted from a browser or a terminal; a value with no digit is a sentence, not a token
  patternRule('a sign-in token', /\b(?:Bearer|Basic|[Aa]uthorization:[ \t]{0,10}token)[ \t]{1,10}([A-Za-z0-9._~+/=-]{20,})/g, 1, (value) =>
    /[0-9]/.test(value),
  ),
  urlCredentialRule,
  assignmentRule,
];
