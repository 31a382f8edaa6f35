/**
 * Layers as GET /v1/files/:key returns them: every property the OpenAPI document requires of a
 * node, so a test's document passes the fake's schema check like a real reply. Tests name only
 * what they are about (`rect({ fills: [...] })`).
 */
type Node = Record<string, unknown>;

const layer = (type: string, props: Node): Node => ({
  id: '9:9',
  name: type.toLowerCase(),
  type,
  visible: true,
  locked: false,
  scrollBehavior: 'SCROLLS',
  blendMode: 'PASS_THROUGH',
  opacity: 1,
  fills: [],
  strokes: [],
  strokeWeight: 1,
  strokeAlign: 'INSIDE',
  effects: [],
  absoluteBoundingBox: { x: 0, y: 0, width: 100, height: 100 },
  absoluteRenderBounds: { x: 0, y: 0, width: 100, height: 100 },
  constraints: { vertical: 'TOP', horizontal: 'LEFT' },
  ...props,
});

export const solid = (color: { r: number; g: number; b: number; a: number }, extra: Node = {}): Node => ({
  type: 'SOLID',
  blendMode: 'NORMAL',
  visible: true,
  opacity: 1,
  color,
  ...extra,
});

export const frame = (props: Node): Node => layer('FRAME', { clipsContent: true, children: [], ...props });
export const rect = (props: Node): Node => layer('RECTANGLE', props);
export const text = (props: Node): Node =>
  layer('TEXT', {
    characters: 'Text',
    characterStyleOverrides: [],
    styleOverrideTable: {},
    lineTypes: ['NONE'],
    lineIndentations: [0],
    ...props,
    style: {
      fontFamily: 'Inter',
      fontPostScriptName: null,
      fontWeight: 400,
      fontSize: 16,
      textAlignHorizontal: 'LEFT',
      textAlignVertical: 'TOP',
      letterSpacing: 0,
      lineHeightPx: 20,
      lineHeightPercent: 100,
      lineHeightUnit: 'INTRINSIC_%',
      ...(props.style as Node | undefined),
    },
  });
export const page = (props: Node): Node => ({
  id: '0:1',
  name: 'Page 1',
  type: 'CANVAS',
  visible: true,
  locked: false,
  scrollBehavior: 'SCROLLS',
  children: [],
  backgroundColor: { r: 1, g: 1, b: 1, a: 1 },
  prototypeStartNodeID: null,
  flowStartingPoints: [],
  prototypeDevice: { type: 'NONE', rotation: 'NONE' },
  ...props,
});
export const documentOf = (...pages: Node[]): Node => ({
  id: '0:0',
  name: 'Document',
  type: 'DOCUMENT',
  visible: true,
  locked: false,
  scrollBehavior: 'SCROLLS',
  children: pages,
});
