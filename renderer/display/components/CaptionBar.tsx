// The call in words, large across the bottom of the board. It is a live region that is always
// present, so a screen reader hears each call, and it is the call itself for deaf visitors.
import { Volume2 } from 'lucide-react';
import type { Announcement } from '../announcer.ts';

/** Longer captions (a counter with its own name) get a smaller size, so they stay on one line. */
const LONG_CAPTION = 44;

export function CaptionBar({ current }: { current: Announcement | null }) {
  const classes = ['board-caption'];
  if (current) classes.push('is-shown');
  if (current && current.caption.length > LONG_CAPTION) classes.push('is-long');
  return (
    <div className={classes.join(' ')} role="status" aria-live="assertive" aria-atomic="true">
      {current ? (
        <p className="board-caption-text" key={current.key}>
          <Volume2 aria-hidden="true" className="board-caption-icon" />
          <span>{current.caption}</span>
        </p>
      ) : null}
    </div>
  );
}
