// Single-switch scanning: for a visitor who can press one switch (wired as Enter or Space), focus
// steps by itself from control to control; pressing the switch activates the one highlighted.
// Inside an open dialog only the dialog's controls are scanned. Each press restarts the interval,
// so the visitor has the whole interval to decide on the next control.
import { type RefObject, useEffect } from 'react';

export const SCAN_INTERVAL_MS = 1500;

const focusable =
  'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

function scanTargets(root: HTMLElement): HTMLElement[] {
  const dialog = document.querySelector<HTMLElement>('dialog[open]');
  const scope = dialog ?? root;
  return [...scope.querySelectorAll<HTMLElement>(focusable)].filter(
    (element) => element.getClientRects().length > 0 && !element.closest('[inert]'),
  );
}

/** The control after the focused one, wrapping round; the first if focus is elsewhere. */
export function nextScanTarget(
  targets: readonly HTMLElement[],
  focused: Element | null,
): HTMLElement | undefined {
  const index = focused ? targets.indexOf(focused as HTMLElement) : -1;
  return targets[(index + 1) % targets.length];
}

export function useSwitchScanning(
  enabled: boolean,
  root: RefObject<HTMLElement | null>,
  intervalMs = SCAN_INTERVAL_MS,
): void {
  useEffect(() => {
    if (!enabled) return;
    let timer = 0;
    const step = () => {
      const element = root.current;
      if (element) nextScanTarget(scanTargets(element), document.activeElement)?.focus();
      timer = window.setTimeout(step, intervalMs);
    };
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(step, intervalMs);
    };
    restart();
    document.addEventListener('keydown', restart, { capture: true });
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('keydown', restart, { capture: true });
    };
  }, [enabled, root, intervalMs]);
}
