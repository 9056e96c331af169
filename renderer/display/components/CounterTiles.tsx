// One tile per counter with the number it called last. The call being announced (else the newest)
// is marked with a badge (icon and words, not colour alone) and, where motion is welcome, a pulse.
import { BellRing } from 'lucide-react';
import type { CSSProperties } from 'react';
import type { Counter } from '../../../core/centre/config.ts';
import type { TicketEvent } from '../../../core/queue/ticket.ts';
import { t } from '../../i18n/index.ts';

interface CounterTilesProps {
  counters: readonly Counter[];
  byCounter: ReadonlyMap<string, TicketEvent>;
  /** The call to light up: the one being announced, else the newest. */
  highlightId: string | undefined;
}

/** Columns that keep tiles large: 1–3 counters in one row, then a squarer grid. */
function columnsFor(count: number): number {
  if (count <= 3) return Math.max(1, count);
  if (count === 4) return 2;
  if (count <= 6) return 3;
  return 4;
}

export function CounterTiles({ counters, byCounter, highlightId }: CounterTilesProps) {
  const sorted = [...counters].sort((a, b) => a.number - b.number);
  return (
    <section className="board-counters" aria-labelledby="board-counters-heading">
      <h2 id="board-counters-heading" className="board-section-title">
        {t('display.counters')}
      </h2>
      <ul
        className="board-tiles"
        style={{ gridTemplateColumns: `repeat(${columnsFor(sorted.length)}, minmax(0, 1fr))` }}
      >
        {sorted.map((counter) => (
          <CounterTile
            // Keyed by the call too, so the pulse plays again for each new call at this counter.
            key={`${counter.id}:${byCounter.get(counter.id)?.id ?? ''}`}
            counter={counter}
            call={byCounter.get(counter.id)}
            highlighted={highlightId !== undefined && byCounter.get(counter.id)?.id === highlightId}
          />
        ))}
      </ul>
    </section>
  );
}

function CounterTile({
  counter,
  call,
  highlighted,
}: {
  counter: Counter;
  call: TicketEvent | undefined;
  highlighted: boolean;
}) {
  const label = t('display.counter', { number: String(counter.number) });
  const extraName = counter.name.trim().toUpperCase() === label ? '' : counter.name;
  return (
    <li
      className={highlighted ? 'board-tile is-highlighted' : 'board-tile'}
      data-counter={counter.number}
    >
      <p className="board-tile-counter">
        {label}
        {extraName ? <span className="board-tile-name">{extraName}</span> : null}
      </p>
      {call ? (
        <p
          className="board-tile-number"
          style={{ '--chars': call.ticketNumber.length } as CSSProperties}
        >
          {call.ticketNumber}
        </p>
      ) : (
        <p className="board-tile-empty">{t('display.noCallYet')}</p>
      )}
      {highlighted ? (
        <p className="board-tile-badge">
          <BellRing aria-hidden="true" />
          {t('display.newest')}
        </p>
      ) : null}
    </li>
  );
}
