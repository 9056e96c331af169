// Tells the host when someone is in the middle of something in this window (a visitor registering
// at the kiosk, a ticket in hand at the console), so a downloaded update never restarts the app
// under them (electron/updater.ts). Leaving the screen clears it.
import { useEffect } from 'react';
import { getBridge } from '../bridge/index.ts';

export function useHostBusy(busy: boolean): void {
  useEffect(() => {
    const host = getBridge().host;
    host.setBusy(busy).catch(() => {});
    if (!busy) return;
    return () => {
      host.setBusy(false).catch(() => {});
    };
  }, [busy]);
}
