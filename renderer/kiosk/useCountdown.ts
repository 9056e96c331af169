// Seconds left until something happens on its own (the ticket screen going back to welcome, the
// idle question giving up). Counts whole seconds on the page's clock.
import { useEffect, useRef, useState } from 'react';

export function useCountdown(seconds: number, onZero: () => void, running = true): number {
  const [left, setLeft] = useState(seconds);
  const onZeroRef = useRef(onZero);
  useEffect(() => {
    onZeroRef.current = onZero;
  });

  useEffect(() => {
    if (!running) return;
    setLeft(seconds);
    const startedAt = Date.now();
    const timer = setInterval(() => {
      const remaining = seconds - Math.floor((Date.now() - startedAt) / 1000);
      setLeft(Math.max(0, remaining));
      if (remaining <= 0) {
        clearInterval(timer);
        onZeroRef.current();
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [seconds, running]);

  return left;
}
