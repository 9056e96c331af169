// Which screen a window shows, read from the URL hash: #/kiosk, #/console, #/display, #/setup,
// #/reports (the supervisor's reports and daily closing).
// The main process opens each role's window on its hash; a browser can open any of them.
import { useSyncExternalStore } from 'react';

export type Screen = 'kiosk' | 'console' | 'display' | 'setup' | 'reports' | 'home';

export function parseScreen(hash: string): Screen {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  switch (name) {
    case 'kiosk':
    case 'console':
    case 'display':
    case 'setup':
    case 'reports':
      return name;
    default:
      return 'home';
  }
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useScreen(): Screen {
  return useSyncExternalStore(subscribe, () => parseScreen(window.location.hash));
}

export function goTo(screen: Screen) {
  window.location.hash = screen === 'home' ? '#/' : `#/${screen}`;
}
