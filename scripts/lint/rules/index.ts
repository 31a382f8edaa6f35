/** Every rule, registered in this one list (the CLI, the stylelint plugin and the docs walk it). */
import { noDeprecatedToken } from './no-deprecated-token/index.ts';
import { noLogoMisuse } from './no-logo-misuse/index.ts';
import { noOffScaleValue } from './no-off-scale-value/index.ts';
import { noRawColor } from './no-raw-color/index.ts';
import { noUnknownToken } from './no-unknown-token/index.ts';
import { noUnregisteredFontFamily } from './no-unregistered-font-family/index.ts';
import type { Rule } from '../types.ts';

export const rules: Rule<any>[] = [
  noRawColor,
  noOffScaleValue,
  noUnregisteredFontFamily,
  noUnknownToken,
  noDeprecatedToken,
  noLogoMisuse,
];

export const rulesById = new Map(rules.map((rule) => [rule.meta.id, rule]));
