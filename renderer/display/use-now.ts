// The board's clock: the current time, refreshed every few seconds so the minute shown is never
// far behind and the local day rolls over at the centre's midnight.
import { useEffect, useState } from 'react';

export function useNow(now: () => number, everyMs = 5_000): number {
  const [current, setCurrent] = useState(now);
  useEffect(() => {
    const timer = window.setInterval(() => setCurrent(now()), everyMs);
    return () => window.clearInterval(timer);
  }, [now, everyMs]);
  return current;
}
