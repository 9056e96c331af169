// Function-key shortcuts of the console. Keys the browser or Electron keeps for itself are
// avoided: F1 (help), F3 (find next), F5 (reload), F6 (address bar), F7 (caret browsing),
// F10 (menu), F11 (full screen), F12 (developer tools).
import { useEffect, useRef } from 'react';

export const shortcutKeys = {
  callNext: 'F2',
  recall: 'F4',
  start: 'F8',
  finish: 'F9',
} as const;

export type ShortcutName = keyof typeof shortcutKeys;

/**
 * Runs `handlers[name]` when its key is pressed, unless a dialog is open (its own keys win) or
 * the key is held down (a held key must not call five visitors).
 */
export function useShortcuts(handlers: Partial<Record<ShortcutName, () => void>>) {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const name = (Object.keys(shortcutKeys) as ShortcutName[]).find(
        (n) => shortcutKeys[n] === event.key,
      );
      if (!name) return;
      event.preventDefault();
      if (event.repeat || document.querySelector('dialog[open]')) return;
      latest.current[name]?.();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
