// Notices when nobody has touched the kiosk or pressed a key for a while, so a visitor who walks
// away does not leave their answers on a public screen.
import { useEffect, useRef } from 'react';

const activityEvents = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

export function useIdleTimer(enabled: boolean, idleMs: number, onIdle: () => void): void {
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  });

  useEffect(() => {
    if (!enabled) return;
    let timer = setTimeout(() => onIdleRef.current(), idleMs);
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(() => onIdleRef.current(), idleMs);
    };
    for (const type of activityEvents) {
      document.addEventListener(type, restart, { capture: true, passive: true });
    }
    return () => {
      clearTimeout(timer);
      for (const type of activityEvents) {
        document.removeEventListener(type, restart, { capture: true });
      }
    };
  }, [enabled, idleMs]);
}
