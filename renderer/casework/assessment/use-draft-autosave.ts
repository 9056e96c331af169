// Saves a form's draft as it is typed: a change schedules a save (debounced), and leaving a field,
// hiding the window, unloading the page or unmounting the form saves at once, so a reload, a
// crash or an idle lock loses at most the last moment's typing. `save` reads the form's latest
// values itself (from a ref) and returns when it was saved.
import { useCallback, useEffect, useRef, useState } from 'react';

export type DraftStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  | { kind: 'failed' };

export interface DraftAutosave {
  status: DraftStatus;
  /** A value changed: save in a moment. */
  changed(): void;
  /** Save now if anything changed since the last save. */
  flush(): Promise<void>;
  /** Forget unsaved changes and any scheduled save (the draft was completed or discarded). */
  cancel(): void;
}

export function useDraftAutosave(
  save: () => Promise<number>,
  options: { delayMs?: number; savedAt?: number } = {},
): DraftAutosave {
  const delayMs = options.delayMs ?? 400;
  const [status, setStatus] = useState<DraftStatus>(
    options.savedAt === undefined ? { kind: 'idle' } : { kind: 'saved', at: options.savedAt },
  );
  const saveRef = useRef(save);
  saveRef.current = save;
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mounted = useRef(true);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (!dirty.current) return;
    dirty.current = false;
    if (mounted.current) setStatus({ kind: 'saving' });
    try {
      const at = await saveRef.current();
      if (mounted.current) setStatus({ kind: 'saved', at });
    } catch {
      dirty.current = true;
      if (mounted.current) setStatus({ kind: 'failed' });
    }
  }, []);

  const changed = useCallback(() => {
    dirty.current = true;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delayMs);
  }, [flush, delayMs]);

  const cancel = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    dirty.current = false;
  }, []);

  useEffect(() => {
    mounted.current = true;
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onLeave = () => void flush();
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('beforeunload', onLeave);
    window.addEventListener('pagehide', onLeave);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('beforeunload', onLeave);
      window.removeEventListener('pagehide', onLeave);
      mounted.current = false;
      void flush();
    };
  }, [flush]);

  return { status, changed, flush, cancel };
}
