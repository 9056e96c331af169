// Which screen a window shows, read from the URL hash: #/kiosk, #/console, #/display, #/setup,
// #/reports (the supervisor's reports and daily closing), #/casework (a called ticket's visit, a
// beneficiary's case, the casework home: casework/casework-route.ts reads the rest of the path).
// The main process opens each role's window on its hash; a browser can open any of them.
import { useSyncExternalStore } from 'react';

export type Screen = 'kiosk' | 'console' | 'display' | 'setup' | 'reports' | 'casework' | 'home';

export function parseScreen(hash: string): Screen {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  switch (name) {
    case 'kiosk':
    case 'console':
    case 'display':
    case 'setup':
    case 'reports':
    case 'casework':
      return name;
    default:
      return 'home';
  }
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The hash as it is now ("#/casework/ticket/…"), re-read on every change. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}

export function useScreen(): Screen {
  return useSyncExternalStore(subscribe, () => parseScreen(window.location.hash));
}

export function goTo(screen: Screen) {
  window.location.hash = screen === 'home' ? '#/' : `#/${screen}`;
}
