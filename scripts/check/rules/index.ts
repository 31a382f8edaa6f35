import type { CheckRule } from '../rule.ts';
import { contrast } from './contrast.ts';
import { contrastApca } from './contrast-apca.ts';
import { contrastBrandTarget } from './contrast-brand-target.ts';
import { deprecatedReplacement } from './deprecated-replacement.ts';
import { focusRingContrast } from './focus-ring-contrast.ts';
import { fontSizeMinimum } from './font-size-minimum.ts';
import { noHueNames } from './no-hue-names.ts';
import { reducedMotion } from './reduced-motion.ts';
import { semanticReferencesPrimitive } from './semantic-references-primitive.ts';

/** Registration in one place (rules.test.ts checks every file here is listed and documented). */
export const rules: CheckRule<never>[] = [
  contrast,
  contrastApca,
  contrastBrandTarget,
  focusRingContrast,
  semanticReferencesPrimitive,
  noHueNames,
  fontSizeMinimum,
  reducedMotion,
  deprecatedReplacement,
] as unknown as CheckRule<never>[];

export const ruleIds = rules.map((r) => r.meta.id);
