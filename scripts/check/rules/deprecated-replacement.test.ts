import { deprecatedReplacement } from './deprecated-replacement.ts';
import { testRule } from '../testing/rule-table.ts';

testRule(deprecatedReplacement as never, {
  accept: [{ description: 'color.old-link names {color.link}, which exists' }],
  reject: [
    {
      description: 'no replacement named',
      edit: (f) => void (f['semantic.tokens.json'].color['old-link'].$deprecated = true),
      findings: [
        {
          file: 'semantic.tokens.json',
          at: 'color.old-link',
          message: 'deprecated token names no replacement (deprecated-replacement)',
        },
      ],
    },
    {
      description: 'a replacement that does not exist, with a suggestion (a catalogue the build would refuse)',
      editCatalogue: (data) =>
        void (data.tokens['color.old-link']!.deprecated = {
          message: 'Use {color.lnk} instead.',
          replacement: 'color.lnk',
        }),
      findings: [
        {
          at: 'color.old-link',
          message:
            'deprecated token names {color.lnk} as its replacement, which does not exist (deprecated-replacement)',
          fix: 'did you mean {color.link}?',
        },
      ],
    },
    {
      description: 'a replacement that is deprecated too',
      edit: (f) => {
        f['semantic.tokens.json'].color['older-link'] = {
          $value: '{color.old-link}',
          $deprecated: 'Use {color.old-link} instead.',
          $description: 'x',
        };
      },
      findings: [
        {
          at: 'color.older-link',
          message: "deprecated token's replacement {color.old-link} is deprecated too (deprecated-replacement)",
          fix: 'name {color.link} instead',
        },
      ],
    },
  ],
});
