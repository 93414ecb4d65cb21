/**
 * Checks a request against GitHub's published REST API description (@octokit/openapi): the method and path exist,
 * the required headers are there, path and query parameters have the documented types, and the JSON body matches
 * the operation's request body schema (validated with Ajv).
 */
import Ajv, { type ValidateFunction } from 'ajv';
import * as fs from 'node:fs';

interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Record<string, unknown>;
}
interface OpenApiOperation {
  operationId?: string;
  parameters?: Array<OpenApiParameter | { $ref: string }>;
  requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> };
}
interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: Record<string, Record<string, unknown>>;
}

interface Route {
  template: string;
  segments: string[];
  method: string;
  operation: OpenApiOperation;
}

let description: { document: OpenApiDocument; routes: Route[] } | undefined;
const bodyValidators = new Map<string, ValidateFunction>();
const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });

/** The published description of api.github.com, read once (13 MB, about half a second). */
export function loadDescription(): { document: OpenApiDocument; routes: Route[] } {
  if (!description) {
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
    const document = JSON.parse(fs.readFileSync(file, 'utf8')) as OpenApiDocument;
    const routes: Route[] = [];
    for (const [template, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        if (['get', 'post', 'put', 'patch', 'delete'].includes(method))
          routes.push({ template, segments: template.split('/').filter(Boolean), method: method.toUpperCase(), operation });
      }
    }
    description = { document, routes };
  }
  return description;
}

export interface GitHubRequestCheck {
  readonly operationId?: string;
  readonly problems: string[];
}

/** `path` is the request path below the API base, with its query string. */
export function checkGitHubRequest(method: string, path: string, headers: Record<string, string | undefined>, body: string): GitHubRequestCheck {
  const { document, routes } = loadDescription();
  const problems: string[] = [];
  const url = new URL(path, 'http://stand-in');
  const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const matches = routes.filter(
    (route) => route.segments.length === segments.length && route.segments.every((segment, index) => segment.startsWith('{') || segment === segments[index]),
  );
  // The most literal template wins: /repos/{owner}/{repo}/issues over /repos/{owner}/{repo}/{something}.
  const pathMatches = matches.sort((a, b) => literalCount(b) - literalCount(a));
  const route = pathMatches.find((candidate) => candidate.method === method);
  if (!route) {
    problems.push(pathMatches.length > 0 ? `${method} is not an operation of ${pathMatches[0].template}` : `no operation has the path ${url.pathname}`);
    return { problems };
  }

  if (headers['accept'] !== 'application/vnd.github+json') problems.push(`Accept should be application/vnd.github+json, was ${headers['accept'] ?? 'missing'}`);
  if (headers['x-github-api-version'] !== '2022-11-28')
    problems.push(`X-GitHub-Api-Version should be 2022-11-28, was ${headers['x-github-api-version'] ?? 'missing'}`);
  if (!/^Bearer \S+$/.test(headers['authorization'] ?? '')) problems.push('Authorization should be "Bearer <token>"');

  const parameters = (route.operation.parameters ?? []).map((parameter) => resolve(document, parameter) as OpenApiParameter);
  route.segments.forEach((segment, index) => {
    if (!segment.startsWith('{')) return;
    const parameter = parameters.find((candidate) => candidate.in === 'path' && `{${candidate.name}}` === segment);
    if (parameter) checkValue(parameter, segments[index], problems);
  });
  for (const parameter of parameters.filter((candidate) => candidate.in === 'query')) {
    const value = url.searchParams.get(parameter.name);
    if (value === null) {
      if (parameter.required) problems.push(`the query parameter ${parameter.name} is required`);
    } else checkValue(parameter, value, problems);
  }
  for (const name of url.searchParams.keys()) {
    if (!parameters.some((parameter) => parameter.in === 'query' && parameter.name === name)) problems.push(`the query parameter ${name} is not documented`);
  }

  const requestBody = route.operation.requestBody;
  if (requestBody) {
    if (!body) {
      if (requestBody.required) problems.push('a JSON body is required');
    } else {
      if (!(headers['content-type'] ?? '').startsWith('application/json'))
        problems.push(`Content-Type should be application/json, was ${headers['content-type'] ?? 'missing'}`);
      const validate = bodyValidator(document, route);
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        problems.push('the body is not JSON');
      }
      if (validate && json !== undefined && !validate(json))
        problems.push(...(validate.errors ?? []).map((error) => `body${error.instancePath} ${error.message ?? 'is not valid'}`));
    }
  } else if (body) problems.push('this operation takes no body');
  return { operationId: route.operation.operationId, problems };
}

function literalCount(route: Route): number {
  return route.segments.filter((segment) => !segment.startsWith('{')).length;
}

function checkValue(parameter: OpenApiParameter, value: string, problems: string[]): void {
  const schema = parameter.schema ?? {};
  if (schema.type === 'integer' && !/^-?\d+$/.test(value)) problems.push(`${parameter.name} should be a whole number, was ${value}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) problems.push(`${parameter.name} should be one of ${schema.enum.join(', ')}, was ${value}`);
}

function bodyValidator(document: OpenApiDocument, route: Route): ValidateFunction | undefined {
  const key = `${route.method} ${route.template}`;
  if (!bodyValidators.has(key)) {
    const schema = route.operation.requestBody?.content?.['application/json']?.schema;
    if (!schema) return undefined;
    bodyValidators.set(key, ajv.compile(inline(document, schema, 0) as object));
  }
  return bodyValidators.get(key);
}

function resolve(document: OpenApiDocument, node: unknown): unknown {
  if (node && typeof node === 'object' && '$ref' in node && typeof (node as { $ref: unknown }).$ref === 'string') {
    const pointer = (node as { $ref: string }).$ref
      .replace(/^#\//, '')
      .split('/')
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
    let target: unknown = document;
    for (const part of pointer) target = (target as Record<string, unknown>)[part];
    return target;
  }
  return node;
}

/** Replaces local $refs with what they point to, so Ajv sees one self-contained schema. */
function inline(document: OpenApiDocument, node: unknown, depth: number): unknown {
  if (depth > 20) return {};
  const resolved = resolve(document, node);
  if (Array.isArray(resolved)) return resolved.map((item) => inline(document, item, depth + 1));
  if (!resolved || typeof resolved !== 'object') return resolved;
  const schema = Object.fromEntries(
    Object.entries(resolved)
      .filter(([key]) => key !== 'example' && key !== 'examples')
      .map(([key, value]) => [key, inline(document, value, depth + 1)]),
  );
  // OpenAPI 3.0's `nullable` next to `oneOf` (no `type`) is written for Ajv as "that, or null".
  if (schema.nullable === true && !('type' in schema)) {
    delete schema.nullable;
    return { anyOf: [schema, { type: 'null' }] };
  }
  return schema;
}
