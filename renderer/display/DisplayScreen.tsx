// The display board on the waiting-room TV: the number each counter called last, the latest
// calls, the centre's clock — and every new call announced aloud and as a large caption.
import { useLiveQuery } from 'dexie-react-hooks';
import { Megaphone } from 'lucide-react';
import { localDay } from '../../core/time/local-day.ts';
import { useNow } from '../app/use-now.ts';
import { t } from '../i18n/index.ts';
import { useStore } from '../store/store-context.tsx';
import { SyncStatus } from '../sync/SyncStatus.tsx';
import { boardCalls } from './board-queries.ts';
import { BoardHeader } from './components/BoardHeader.tsx';
import { CaptionBar } from './components/CaptionBar.tsx';
import { CounterTiles } from './components/CounterTiles.tsx';
import { RecentCalls } from './components/RecentCalls.tsx';
import { SoundPrompt } from './components/SoundPrompt.tsx';
import { useCallAnnouncements } from './use-call-announcements.ts';
import './display.css';

const RECENT_CALLS = 6;

export default function DisplayScreen() {
  const store = useStore();
  const { config } = store;
  const now = useNow(5_000, store.now);
  const day = localDay(now, config.timeZone);
  const calls = useLiveQuery(
    () =>
      boardCalls(
        store.db,
        day,
        config.counters.map((c) => c.id),
        RECENT_CALLS,
      ),
    [store, day],
  );
  const { current, soundBlocked, enableSound } = useCallAnnouncements();
  const byCounter = calls?.byCounter ?? new Map();
  // The tile that lights up is the call being said, so the caption and the tile never disagree
  // while calls wait their turn; between announcements it is the newest call.
  const announced = [...byCounter.values()].some((call) => call.id === current?.key);
  const highlightId = announced ? current?.key : calls?.recent[0]?.id;

  return (
    <main className="board" aria-label={t('display.title')}>
      <BoardHeader config={config} now={now}>
        {soundBlocked ? <SoundPrompt onEnable={enableSound} /> : null}
      </BoardHeader>
      <div className="board-body">
        <CounterTiles counters={config.counters} byCounter={byCounter} highlightId={highlightId} />
        <RecentCalls
          calls={calls?.recent ?? []}
          counters={config.counters}
          timeZone={config.timeZone}
        />
      </div>
      <footer className="board-footer">
        <p className="board-instruction">
          <Megaphone aria-hidden="true" />
          {t('display.instruction')}
        </p>
        <SyncStatus variant="board" />
      </footer>
      <CaptionBar current={current} />
    </main>
  );
}
