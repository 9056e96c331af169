// The installation's configuration (centre, counters, policy, printer), loaded once through the
// bridge and shared with every screen of the window.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import type { InstallationConfig } from '../../core/centre/config.ts';
import { getBridge } from '../bridge/index.ts';

interface InstallationState {
  config: InstallationConfig | null;
  loading: boolean;
  /** Why the config could not be read (an Indonesian message), if it could not. */
  error: string | null;
  reload(): Promise<void>;
}

const InstallationContext = createContext<InstallationState | null>(null);

export function InstallationProvider({ children }: { children: ReactNode }) {
  const [config, setConfig] = useState<InstallationConfig | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setConfig(await getBridge().config.load());
      setError(null);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setLoading(false);
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return (
    <InstallationContext.Provider value={{ config, loading, error, reload }}>
      {children}
    </InstallationContext.Provider>
  );
}

export function useInstallation(): InstallationState {
  const state = useContext(InstallationContext);
  if (!state) throw new Error('useInstallation outside InstallationProvider');
  return state;
}
