/**
 * The official SARIF 2.1.0 schema (the copy @microsoft/jest-sarif ships), compiled with Ajv, for
 * the tests that hold Livery's SARIF output to it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';

export function sarifValidator(): ValidateFunction {
  const require = createRequire(import.meta.url);
  const schema = JSON.parse(
    readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
  );
  // the schema is draft-04 (`id`); Ajv reads it as draft-07 once `id` is `$id`
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  // (the official schema's `language` pattern is only valid as a non-unicode RegExp)
  return new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false }).compile(schema);
}
