import { reducedMotion } from './reduced-motion.ts';
import { testRule } from '../testing/rule-table.ts';

testRule(reducedMotion as never, {
  accept: [{ description: 'a transition with a reduced-motion value (mini motion.enter)' }],
  reject: [
    {
      description: 'a motion token without one',
      edit: (f) => void delete f['semantic.tokens.json'].motion.enter.$extensions,
      findings: [
        {
          file: 'semantic.tokens.json',
          at: 'motion.enter',
          message: 'motion token has no reduced-motion value (reduced-motion)',
        },
      ],
    },
    {
      description:
        'a reduced-motion value that is not a transition, or refers to a missing token (a catalogue the build would refuse)',
      editCatalogue: (data) => {
        (
          data.tokens['motion.enter']!.extensions['org.livery'] as Record<string, Record<string, unknown>>
        ).reducedMotion!.duration = '{duration.zero}';
        data.tokens['motion.exit'] = {
          ...data.tokens['motion.enter']!,
          name: 'motion.exit',
          path: ['motion', 'exit'],
          extensions: { 'org.livery': { reducedMotion: '0ms' } },
        };
      },
      findings: [
        {
          at: 'motion.enter',
          message: 'reducedMotion refers to {duration.zero}, which does not exist (reduced-motion)',
        },
        {
          at: 'motion.exit',
          message:
            'reducedMotion must have the shape of a transition ({ duration, delay, timingFunction }), got "0ms" (reduced-motion)',
        },
      ],
    },
  ],
});
