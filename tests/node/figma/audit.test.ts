import { join } from 'node:path';
import Color from 'colorjs.io';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GetFileResponse } from '@figma/rest-api-spec';
import { runBuild } from '../../../scripts/build/run-build.ts';
import { readCatalogue, type Catalogue } from '../../../scripts/catalogue/read-catalogue.ts';
import { auditFile } from '../../../scripts/figma/audit.ts';
import { candidatesFrom } from '../../../scripts/figma/brand-candidates.ts';
import { lintLayers, type LintableNode } from '../../../scripts/figma/plugin/lint-layers.ts';
import { brandWith } from '../brand-fixture.ts';
import { startFakeFigma, type FakeFigma } from './fake-figma-server.ts';
import { documentOf, frame, page, rect, solid, text } from './figma-nodes.ts';
import { runCli, TOKEN } from './helpers.ts';

let fake: FakeFigma;
let catalogue: Catalogue;
let catalogueFile: string;

const srgb = (space: string, coords: [number, number, number]) => {
  const [r, g, b] = new Color(space, coords).to('srgb').coords.map(Number) as [number, number, number];
  return { r, g, b, a: 1 };
};
const blue = srgb('oklch', [0.5, 0.2, 265]);
/** A drop shadow as both Figma APIs give it (REST adds blendMode and showShadowBehindNode). */
const shadow = {
  type: 'DROP_SHADOW',
  visible: true,
  color: { r: 0, g: 0, b: 0, a: 0.25 },
  offset: { x: 0, y: 4 },
  radius: 8,
  spread: 0,
};
/** A page with one frame: layers bound to variables, raw values that equal tokens, and strays. */
const document = documentOf(
  page({
    children: [
      frame({
        id: '1:1',
        name: 'Card',
        fills: [solid(blue, { boundVariables: { color: { type: 'VARIABLE_ALIAS', id: 'VariableID:1:1' } } })],
        children: [
          rect({ id: '1:2', name: 'Raw blue', fills: [solid(blue)] }),
          rect({
            id: '1:3',
            name: 'Stray',
            fills: [solid({ r: 0.9, g: 0.1, b: 0.6, a: 1 })],
            strokes: [solid({ r: 1, g: 1, b: 1, a: 1 })],
          }),
          rect({ id: '1:4', name: 'Hidden', visible: false, fills: [solid({ r: 0.3, g: 0.9, b: 0.1, a: 1 })] }),
          rect({
            id: '1:5',
            name: 'Styled',
            styles: { fill: 'S:1' },
            fills: [solid({ r: 0.3, g: 0.9, b: 0.1, a: 1 })],
          }),
          text({
            id: '1:6',
            name: 'Body',
            fills: [solid(blue, { boundVariables: { color: { type: 'VARIABLE_ALIAS', id: 'VariableID:1:2' } } })],
            style: { fontFamily: 'Inter', fontSize: 16, fontWeight: 400 },
          }),
          text({
            id: '1:7',
            name: 'Odd text',
            fills: [],
            style: { fontFamily: 'Comic Sans MS', fontSize: 15, fontWeight: 400 },
            boundVariables: { fontWeight: [{ type: 'VARIABLE_ALIAS', id: 'VariableID:1:3' }] },
          }),
          text({
            id: '1:8',
            name: 'Styled weight',
            fills: [],
            style: { fontFamily: 'Inter', fontSize: 16, fontWeight: 700 },
            boundVariables: {
              fontFamily: [{ type: 'VARIABLE_ALIAS', id: 'VariableID:1:4' }],
              fontSize: [{ type: 'VARIABLE_ALIAS', id: 'VariableID:1:5' }],
              fontStyle: [{ type: 'VARIABLE_ALIAS', id: 'VariableID:1:6' }],
            },
          }),
          frame({
            id: '2:1',
            name: 'Stack',
            layoutMode: 'VERTICAL',
            itemSpacing: 15,
            paddingLeft: 12,
            paddingRight: 0,
            paddingTop: 0,
            paddingBottom: 0,
            cornerRadius: 6,
            effects: [{ ...shadow, blendMode: 'NORMAL', showShadowBehindNode: false }],
          }),
          text({
            id: '2:2',
            name: 'Mixed',
            characters: 'body bold bit',
            fills: [],
            characterStyleOverrides: [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1],
            styleOverrideTable: { 1: { fontSize: 13 } },
            style: { fontFamily: 'Inter', fontSize: 16, fontWeight: 400 },
            boundVariables: {
              fontFamily: [
                { type: 'VARIABLE_ALIAS', id: 'VariableID:1:4' },
                { type: 'VARIABLE_ALIAS', id: 'VariableID:1:4' },
              ],
              fontSize: [{ type: 'VARIABLE_ALIAS', id: 'VariableID:1:5' }],
              fontWeight: [
                { type: 'VARIABLE_ALIAS', id: 'VariableID:1:3' },
                { type: 'VARIABLE_ALIAS', id: 'VariableID:1:3' },
              ],
            },
          }),
          rect({
            id: '2:3',
            name: 'Foreign',
            fills: [solid(blue, { boundVariables: { color: { type: 'VARIABLE_ALIAS', id: 'VariableID:9:9' } } })],
          }),
        ],
      }),
    ],
  }),
);

beforeAll(async () => {
  const brand = brandWith();
  await runBuild({ resolverFile: brand.resolver, outDir: brand.out });
  catalogueFile = join(brand.out, 'tokens.json');
  catalogue = readCatalogue(catalogueFile);
  fake = await startFakeFigma();
  fake.addFile('DESIGN', { document: document as unknown as GetFileResponse['document'] });
});
afterAll(() => fake?.close());

describe('figma audit', () => {
  it('lists raw fills, strokes and text values, with the token to bind or the nearest one', () => {
    const findings = auditFile({ document } as unknown as GetFileResponse, catalogue);
    const byNode = (id: string) => findings.filter((f) => f.nodeId === id);
    // Bound and styled layers, hidden layers: nothing to say.
    expect(byNode('1:1')).toEqual([]);
    expect(byNode('1:4')).toEqual([]);
    expect(byNode('1:5')).toEqual([]);
    // A raw value that is a token: bind it (palette.blue, and the roles that resolve to it).
    expect(byNode('1:2')).toEqual([
      expect.objectContaining({
        property: 'fill',
        match: expect.stringMatching(/^(palette\.blue|color\.action|color\.link)$/),
        message: expect.stringMatching(/raw fill #[0-9a-f]{6} equals .*: bind the variable instead/),
      }),
    ]);
    // A stray colour: no token, nearest suggested; white is a token.
    const stray = byNode('1:3');
    expect(stray.find((f) => f.property === 'fill')).toMatchObject({
      nearest: { name: expect.any(String) },
      message: expect.stringMatching(/fill #e61a99 matches no token \(nearest: .*, ΔE OK 0\.\d{3}\)/),
    });
    expect(stray.find((f) => f.property === 'stroke')).toMatchObject({
      match: expect.stringMatching(/palette\.white|color\.surface|color\.text/),
    });
    // Text: raw font values that equal tokens, and ones that do not.
    expect(byNode('1:6').map((f) => [f.property, f.match])).toEqual([
      ['text fontSize', 'font.size.100'],
      ['text fontWeight', 'font.weight.regular'],
      ['text fontFamily', 'font.family.sans'],
    ]);
    const odd = byNode('1:7');
    expect(odd.map((f) => f.property)).toEqual(['text fontSize', 'text fontFamily']); // fontWeight is bound
    expect(odd[0]!.message).toBe('text fontSize 15px matches no token (nearest: font.size.100 = 16px)');
    expect(odd[1]!.message).toMatch(/font family "Comic Sans MS" matches no token \(the brand's families: Inter\)/);
    // A weight bound through a fontStyle variable (how push maps named weights) is bound too.
    expect(byNode('1:8')).toEqual([]);
    // Effects, radii, auto-layout gaps and mixed text runs are checked.
    expect(byNode('2:1').map((f) => `${f.kind} ${f.property}`)).toEqual([
      'effect effect[0]',
      'radius cornerRadius',
      'gap itemSpacing',
      'gap paddingLeft',
    ]);
    expect(byNode('2:1').find((f) => f.property === 'itemSpacing')!.message).toMatch(
      /itemSpacing 15px matches no token \(nearest: space\.4 = 16px\)/,
    );
    expect(byNode('2:2').map((f) => f.property)).toEqual(['text[1] "bold bit" fontSize']);
    // Styles count only when the brand library published them; variables only when they are brand tokens.
    const strict = auditFile(
      {
        document,
        styles: { 'S:1': { key: 'other-key', name: 'Green', styleType: 'FILL', remote: true, description: '' } },
      } as unknown as GetFileResponse,
      catalogue,
      {
        styleKeys: ['brand-key'],
        variables: {
          status: 200,
          error: false,
          meta: {
            variableCollections: {},
            variables: {
              'VariableID:1:1': { id: 'VariableID:1:1', name: 'palette/blue', remote: false } as never,
              'VariableID:9:9': { id: 'VariableID:9:9', name: 'acme/brand/red', remote: true } as never,
            },
          },
        },
      },
    );
    expect(strict.filter((f) => f.nodeId === '1:5').map((f) => f.message)).toEqual([
      'fill uses the style "Green", which is not published by the brand library',
    ]);
    expect(strict.filter((f) => f.nodeId === '2:3').map((f) => f.message)).toEqual([
      'fill is bound to the variable "acme/brand/red" from another library, which is not a brand token',
    ]);
  });

  it("finds what the plugin's Lint finds on the same layer (gaps, per-corner radii, effects)", async () => {
    const hidden = { ...shadow, visible: false, radius: 3 };
    const layout = { layoutMode: 'HORIZONTAL', itemSpacing: 15, paddingLeft: 12, paddingRight: 16, paddingTop: 5 };
    const rest = frame({
      id: '3:1',
      name: 'Toolbar',
      ...layout,
      cornerRadius: 6,
      rectangleCornerRadii: [6, 6, 3, 0],
      effects: [
        { ...shadow, blendMode: 'NORMAL', showShadowBehindNode: false },
        { ...hidden, blendMode: 'NORMAL' },
      ],
    });
    const live: LintableNode = {
      id: '3:1',
      name: 'Toolbar',
      type: 'FRAME',
      ...layout,
      cornerRadius: Symbol('figma.mixed'),
      topLeftRadius: 6,
      topRightRadius: 6,
      bottomRightRadius: 3,
      bottomLeftRadius: 0,
      effects: [shadow, hidden],
      fills: [],
      strokes: [],
    };
    const audited = auditFile(
      { document: documentOf(page({ children: [rest] })) } as unknown as GetFileResponse,
      catalogue,
    );
    const host = { getVariableByIdAsync: async () => null, getStyleByIdAsync: async () => null };
    const linted = await lintLayers([live], candidatesFrom(catalogue, []), host);
    expect(audited.map((f) => `${f.kind} ${f.property} ${f.value}`)).toEqual([
      'effect effect[0] drop shadow 0 4 8 #00000040',
      'radius cornerRadius 6px',
      'radius cornerRadius 6px',
      'radius cornerRadius 3px',
      'gap itemSpacing 15px',
      'gap paddingLeft 12px',
      'gap paddingRight 16px',
      'gap paddingTop 5px',
    ]);
    expect(linted.findings.map(({ nodeName: _, path: __, ...finding }) => finding)).toEqual(
      audited.map(({ path: _, ...finding }) => finding),
    );
  });

  it('runs against GET /v1/files/:key and exits 1 with findings', async () => {
    const result = await runCli(
      ['figma', 'audit', '--file', 'DESIGN', '--api-base', fake.url, '--catalogue', catalogueFile],
      { FIGMA_TOKEN: TOKEN },
    );
    expect(fake.invalidReplies).toEqual([]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/Page 1 › Card › Stray \[1:3\] fill #e61a99 matches no token/);
    expect(result.stdout).toMatch(/\n13 findings\n$/);
    const json = await runCli(
      ['figma', 'audit', '--file', 'DESIGN', '--api-base', fake.url, '--catalogue', catalogueFile, '--format', 'json'],
      { FIGMA_TOKEN: TOKEN },
    );
    expect(JSON.parse(json.stdout).findings).toHaveLength(13);
  });
});
