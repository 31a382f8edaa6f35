/** Registration in one place: every audit check, in the report's order of finding types. */
import { accessibilityCheck } from './accessibility.ts';
import type { AuditCheck } from './check.ts';
import { colorCheck } from './color.ts';
import { componentsCheck } from './components.ts';
import { logosCheck } from './logos.ts';
import { spacingCheck } from './spacing.ts';
import { typographyCheck } from './typography.ts';

export const checks: AuditCheck[] = [
  colorCheck,
  typographyCheck,
  spacingCheck,
  componentsCheck,
  logosCheck,
  accessibilityCheck,
];
