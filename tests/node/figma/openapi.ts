/**
 * Figma's own OpenAPI document (shipped in @figma/rest-api-spec) as the judge of every request and
 * response the tests and the fake exchange: a body our client builds, or a reply our fake sends,
 * that real Figma's schema would not accept fails the test that produced it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const SPEC_FILE = require.resolve('@figma/rest-api-spec/openapi/openapi.yaml');

type Spec = {
  info: { version: string };
  components: { responses: Record<string, { content: Record<string, { schema: unknown }> }> };
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: unknown }> } }>>;
};

let ajv: Ajv2020 | undefined;
let spec: Spec | undefined;
const compiled = new Map<string, ValidateFunction>();

function load(): { ajv: Ajv2020; spec: Spec } {
  if (!ajv || !spec) {
    spec = oneOfAsAnyOf(parse(readFileSync(SPEC_FILE, 'utf8'))) as Spec;
    // OpenAPI keywords (discriminator, example…) are not JSON Schema: not strict about unknown keywords.
    ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    ajv.addSchema(spec as object, 'figma');
  }
  return { ajv, spec };
}

export const specVersion = (): string => load().spec.info.version;

function validator(key: string, pointer: string): ValidateFunction {
  let validate = compiled.get(key);
  if (!validate) {
    validate = load().ajv.compile({ $ref: `figma#${pointer}` });
    compiled.set(key, validate);
  }
  return validate;
}

const escape = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** Problems with a request body for `method path` (a path template of the document), or []. */
export function requestProblems(method: 'post', path: string, body: unknown): string[] {
  const validate = validator(
    `${method} ${path} request`,
    `/paths/${escape(path)}/${method}/requestBody/content/application~1json/schema`,
  );
  return validate(body) ? [] : describe(validate);
}

/** Problems with a 200 reply that the document names `response` (GetLocalVariablesResponse…), or []. */
export function responseProblems(response: string, body: unknown): string[] {
  const validate = validator(
    `response ${response}`,
    `/components/responses/${response}/content/application~1json/schema`,
  );
  return validate(body) ? [] : describe(validate);
}

function describe(validate: ValidateFunction): string[] {
  return (validate.errors ?? [])
    .slice(0, 40)
    .map(
      (e) =>
        `${e.instancePath || '(root)'} ${e.message ?? ''}` +
        `${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : ''}`,
    );
}

/**
 * The document's `oneOf`s are unions in the TypeScript sense, not exclusive: an RGBA colour also
 * matches RGB (no additionalProperties: false), so a strict oneOf would reject every colour Figma
 * itself sends. Read as anyOf, as the package's own generated types read them.
 */
function oneOfAsAnyOf(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(oneOfAsAnyOf);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k === 'oneOf' ? 'anyOf' : k, oneOfAsAnyOf(v)]));
}
