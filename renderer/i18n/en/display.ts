// English text of the display board (twin of ../id/display.ts; same keys): read from across a
// waiting room, so short and plain.
import type { display as id } from '../id/display.ts';
import type { Translation } from '../translation.ts';

export const display: Translation<typeof id> = {
  title: 'Queue board',
  counters: 'Numbers being called',
  counter: 'COUNTER {number}',
  noCallYet: 'No call yet',
  newest: 'Just called',
  recent: {
    heading: 'Recent calls',
    number: 'Number',
    counter: 'Counter',
    time: 'Time',
    recall: 'Called again',
    empty: 'No calls yet today.',
    unknownCounter: 'Other counter',
  },
  clock: 'Current time',
  instruction: 'Watch for your number on the screen and listen for the call',
  enableSound: 'Turn on sound',
  enableSoundHint: 'The browser holds back the call sound until this button is pressed.',
};
