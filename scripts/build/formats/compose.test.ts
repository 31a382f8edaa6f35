import { afterAll, expect, it } from 'vitest';
import { between, formatOutput, removeFormatBrand } from '../testing/format-brand.ts';
import { compose } from './compose.ts';

afterAll(removeFormatBrand);

// No Kotlin compiler runs here: the whole text is held, and the lines that carry each edge case.
it('writes one object per permutation: ARGB colours, dp and sp, milliseconds, TextStyle', async () => {
  const code = await formatOutput(compose);
  await expect(code).toMatchFileSnapshot('./__snapshots__/compose.kt.txt');
  const light = between(code, 'object LiveryLight', 'object LiveryDark');
  // alpha first in Compose's 0xAARRGGBB: 0.5 is 0x80
  expect(light).toContain('    val colorScrim = Color(0x80111111)\n');
  expect(light).toContain('    val spacePull1 = -4.dp\n');
  expect(light).toContain('    val durationFast = 150\n');
  // a `$` in a message is escaped: unescaped, Kotlin reads it as a string template and fails to compile
  expect(light).toContain(
    '    @Deprecated("Use {color.link} (\\$lv-color-link in Sass).")\n    val colorAccent = Color(0xFF2050C0)\n',
  );
  expect(light).toContain(
    'TextStyle(fontSize = 16.sp, fontWeight = FontWeight(700), lineHeight = 24.sp, letterSpacing = -0.16.sp)',
  );
  expect(between(code, 'object LiveryDark')).toContain('    val colorText = Color(0xFFFFFFFF)\n');
});
