// The current time for a screen that shows clocks or waiting times, refreshed on whole multiples
// of `stepMs` (a clock showing minutes changes on the minute, not up to a step late).
import { useEffect, useState } from 'react';

export function useNow(stepMs: number, now: () => number = Date.now): number {
  const [current, setCurrent] = useState(now);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      timer = setTimeout(
        () => {
          setCurrent(now());
          schedule();
        },
        stepMs - (now() % stepMs) + 5,
      );
    };
    setCurrent(now());
    schedule();
    return () => clearTimeout(timer);
  }, [stepMs, now]);
  return current;
}
