/**
 * colorjs.io as Livery uses it: the `Color` class with only the color spaces that CSS Color 4
 * syntax and DTCG's `colorSpace` can name (and the spaces they convert through) registered, plus
 * CIEDE2000. Everything imports colorjs.io through this module, never `colorjs.io` itself: that
 * entry registers every space colorjs.io knows (CAM16, HCT, Helmlab…), which the CLI bundle would
 * then carry and lint would load at start-up for nothing. The functional API is re-exported from
 * here too, so a caller imports what it uses from this module: a bare `import './colorjs.ts'` for
 * the registration alone is dropped by the bundler (it sees no used binding and colorjs.io is
 * declared free of side effects), and the spaces would then be missing in the bundled CLI.
 */
import Color from 'colorjs.io/src/color.js';
import {
  A98RGB,
  A98RGB_Linear,
  ColorSpace,
  deltaE2000,
  HSL,
  HSV,
  HWB,
  Lab,
  LCH,
  OKLab,
  OKLCH,
  P3,
  P3_Linear,
  ProPhoto,
  ProPhoto_Linear,
  REC_2020,
  REC_2020_Linear,
  sRGB,
  sRGB_Linear,
  XYZ_D50,
  XYZ_D65,
} from 'colorjs.io/fn';
import { DTCG_COLOR_SPACES } from './color-space.ts';

/** CSS Color 4's spaces (rgb(), hsl(), hwb(), lab(), lch(), oklab(), oklch(), color()) and the bases they convert through. */
export const REGISTERED_SPACES = [
  XYZ_D65,
  XYZ_D50,
  sRGB_Linear,
  sRGB,
  HSV,
  HSL,
  HWB,
  Lab,
  LCH,
  OKLab,
  OKLCH,
  P3_Linear,
  P3,
  A98RGB_Linear,
  A98RGB,
  ProPhoto_Linear,
  ProPhoto,
  REC_2020_Linear,
  REC_2020,
];

for (const space of REGISTERED_SPACES) ColorSpace.register(space);
Color.extend({ deltaE2000 });

// every DTCG color space must convert, or the build would accept a value no output can write
for (const id of Object.values(DTCG_COLOR_SPACES)) ColorSpace.get(id);

export default Color;
export { getLuminance, inGamut, parse, to, toGamut, type PlainColorObject } from 'colorjs.io/fn';
