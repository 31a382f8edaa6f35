import { describe, expect, it } from 'vitest';
import type { PostVariablesRequestBody, VariableCreate } from '@figma/rest-api-spec';
import { FigmaApiError } from '../../../scripts/figma/api.ts';
import type { FakeFigma } from './fake-figma-server.ts';
import { fakeFigmaPerTest } from './fake-figma-per-test.ts';
import { client } from './helpers.ts';
import { requestProblems, specVersion } from './openapi.ts';

/**
 * The fake refuses what Figma refuses (each a 400 that rejects the whole request, nothing
 * applied), so a push that passes against it does not meet these only in production.
 */
let fake: FakeFigma;
fakeFigmaPerTest((started) => (fake = started));

const base: PostVariablesRequestBody = {
  variableCollections: [{ action: 'CREATE', id: 'c', name: 'tokens', initialModeId: 'm' }],
  variables: [
    { action: 'CREATE', id: 'ok', name: 'ok/one', variableCollectionId: 'c', resolvedType: 'FLOAT', scopes: ['GAP'] },
  ],
};

async function rejected(body: PostVariablesRequestBody): Promise<string> {
  const error = await client(fake)
    .postVariables('FILE', body)
    .then(
      () => undefined,
      (e: unknown) => e,
    );
  expect(error).toBeInstanceOf(FigmaApiError);
  expect((error as FigmaApiError).status).toBe(400);
  expect(fake.files.get('FILE')!.variables).toEqual({});
  return (error as Error).message;
}

describe('the fake refuses, as Figma documents', () => {
  it('checks requests against the OpenAPI document of @figma/rest-api-spec (pinned)', async () => {
    expect(specVersion()).toBe('0.43.0');
    expect(
      requestProblems('post', '/v1/files/{file_key}/variables', {
        variables: [{ action: 'CREATE', name: 'x', variableCollectionId: 'c', resolvedType: 'NUMBER' }],
      }),
    ).not.toEqual([]);
    expect(
      await rejected({
        ...base,
        variables: [{ action: 'CREATE', name: 'x', variableCollectionId: 'c', resolvedType: 'NUMBER' as 'FLOAT' }],
      }),
    ).toMatch(/Invalid request body.*resolvedType/);
    expect(await rejected({ ...base, variableModeValues: [{ variableId: 'ok', modeId: 'm' } as never] })).toMatch(
      /must have required property 'value'/,
    );
  });

  it("scopes by type: none on booleans, ALL_SCOPES and ALL_FILLS alone, only the type's own", async () => {
    const cases: [string, VariableCreate['resolvedType'], VariableCreate['scopes'], RegExp][] = [
      ['flag', 'BOOLEAN', ['ALL_SCOPES'], /BOOLEAN variables take no scopes/],
      ['ink', 'COLOR', ['ALL_FILLS', 'FRAME_FILL'], /ALL_FILLS cannot be combined/],
      ['ink', 'COLOR', ['ALL_SCOPES', 'TEXT_FILL'], /ALL_SCOPES cannot be combined/],
      ['gap', 'FLOAT', ['TEXT_FILL'], /TEXT_FILL is not a scope of FLOAT/],
    ];
    for (const [name, resolvedType, scopes, message] of cases) {
      const variable: VariableCreate = { action: 'CREATE', name, variableCollectionId: 'c', resolvedType, scopes };
      expect(await rejected({ ...base, variables: [variable] }), `${resolvedType} ${scopes}`).toMatch(message);
    }
  });

  it('name characters and empty groups', async () => {
    for (const name of ['a.b', 'a{b}', '/a', 'a//b', '']) {
      expect(
        await rejected({
          ...base,
          variables: [{ action: 'CREATE', name, variableCollectionId: 'c', resolvedType: 'FLOAT' }],
        }),
      ).toMatch(/variable name|cannot contain|empty group/);
    }
  });

  it('aliases only to variables the file can use, of the same type', async () => {
    expect(
      await rejected({
        ...base,
        variableModeValues: [
          { variableId: 'ok', modeId: 'm', value: { type: 'VARIABLE_ALIAS', id: 'VariableID:999:1' } },
        ],
      }),
    ).toMatch(/not a variable this file can use/);
    expect(
      await rejected({
        ...base,
        variables: [
          ...base.variables!,
          { action: 'CREATE', id: 's', name: 'label', variableCollectionId: 'c', resolvedType: 'STRING' },
        ],
        variableModeValues: [{ variableId: 'ok', modeId: 'm', value: { type: 'VARIABLE_ALIAS', id: 's' } }],
      }),
    ).toMatch(/Cannot alias/);
  });

  it('stores numbers as 32-bit floats', async () => {
    await client(fake).postVariables('FILE', {
      ...base,
      variableModeValues: [{ variableId: 'ok', modeId: 'm', value: 0.7 }],
    });
    const variable = Object.values(fake.files.get('FILE')!.variables)[0]!;
    expect(Object.values(variable.valuesByMode)[0]).toBe(0.699999988079071);
    expect(fake.invalidReplies).toEqual([]);
  });
});
