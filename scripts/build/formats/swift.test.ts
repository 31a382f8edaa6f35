import { afterAll, expect, it } from 'vitest';
import { between, formatOutput, removeFormatBrand } from '../testing/format-brand.ts';
import { swift } from './swift.ts';

afterAll(removeFormatBrand);

// No Swift compiler runs here: the whole text is held, and the lines that carry each edge case.
it('writes one enum per permutation: sRGB colours with opacity, CGFloat points, seconds, typography', async () => {
  const code = await formatOutput(swift);
  await expect(code).toMatchFileSnapshot('./__snapshots__/swift.swift.txt');
  const light = between(code, 'public enum Light', 'public enum Dark');
  expect(light).toContain(
    '    public static let colorScrim = Color(.sRGB, red: 0.0667, green: 0.0667, blue: 0.0667, opacity: 0.5)\n',
  );
  expect(light).toContain('    public static let spacePull1 = CGFloat(-4)\n');
  expect(light).toContain('    public static let space1x5 = CGFloat(24)\n');
  expect(light).toContain('    public static let durationFast = TimeInterval(0.15)\n');
  expect(light).toContain(
    '    @available(*, deprecated, message: "Use {color.link} ($lv-color-link in Sass).")\n    public static let colorAccent = ',
  );
  expect(light).toContain(
    'LiveryTypography(family: "Inter Variable", size: 16, weight: 700, lineHeight: 1.5, tracking: -0.16)',
  );
  expect(code).toContain('public enum Dark {\n    public static let paletteBlue500');
  expect(between(code, 'public enum Dark')).toContain(
    'public static let colorText = Color(.sRGB, red: 1, green: 1, blue: 1, opacity: 1)',
  );
});
