import { configurableRules } from '../rules';
import { siteGenerators } from '../site/generator';
import type { RuleMeta } from '../types';
import { projectConfigFileName } from './projectConfig';

type JsonSchema = Record<string, unknown>;

const severitySchema: JsonSchema = {
  type: 'string',
  enum: ['off', 'error', 'warning', 'info'],
  enumDescriptions: ['Do not run this check', 'Show as an error (red)', 'Show as a warning (yellow)', 'Show as information (blue)'],
};

/** The JSON schema of one rule's entry: a severity, or an object with a severity and the rule's options. */
export function ruleEntrySchema(meta: RuleMeta): JsonSchema {
  const options: Record<string, JsonSchema> = {};
  for (const [name, spec] of Object.entries(meta.options ?? {})) {
    options[name] = {
      type: spec.type,
      default: spec.default,
      description: spec.description,
      ...(spec.enum ? { enum: [...spec.enum] } : {}),
      ...(spec.minimum !== undefined ? { minimum: spec.minimum } : {}),
      ...(spec.maximum !== undefined ? { maximum: spec.maximum } : {}),
    };
  }
  return {
    description: `${meta.title} (default: ${meta.defaultSeverity}). ${meta.description}`,
    oneOf: [
      severitySchema,
      {
        type: 'object',
        properties: { severity: severitySchema, ...options },
        additionalProperties: false,
      },
    ],
  };
}

/** Every rule's entry, keyed by id: the `rules` object of the config file and of the `contentBridge.rules` setting. */
export function rulesSchema(): JsonSchema {
  return {
    type: 'object',
    properties: Object.fromEntries(configurableRules.map((rule) => [rule.meta.id, ruleEntrySchema(rule.meta)])),
    additionalProperties: false,
  };
}

/** The schema VS Code uses to complete and validate `.contentbridge.json`. */
export function projectConfigSchema(): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: `Content Bridge project config (${projectConfigFileName})`,
    description: 'Which checks run on this site, how loudly, and with which limits. Shared by everyone who edits the site and by the content-bridge CLI in CI.',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      rules: { ...rulesSchema(), description: 'Checks by id: "off", "error", "warning", "info", or an object with "severity" and the check\'s options.' },
      site: {
        enum: [...siteGenerators],
        description:
          'The tool that builds this site from its templates (Hugo, Jekyll, Eleventy, Astro, Docusaurus, MkDocs, or "plain" for hand-written HTML). Content Bridge normally works this out from the files in the folder; set it when that guess is wrong. It decides which folders hold layouts and partials, which are not checked as whole pages.',
      },
      siteUrl: {
        type: 'string',
        pattern: '^https?://',
        description:
          'The site\'s own web address, such as "https://www.example.org/". Links written with it count as links inside the site, so they are checked too.',
      },
      ignore: {
        type: 'array',
        items: { type: 'string' },
        description:
          'Files and folders the whole-site check leaves out, written like lines of a .gitignore file, such as "drafts/" or "old/*.html". Files your .gitignore lists are left out already.',
      },
      docsUrl: {
        type: 'string',
        pattern: '^https?://',
        description:
          'Where the pages that explain each check (the docs/rules folder) are published, such as "https://github.com/your-org/content-bridge/blob/main/". Reports for code scanning in CI link each problem to its page there. The command line\'s --docs-url wins over it.',
      },
    },
    additionalProperties: false,
  };
}
