// The installation's configuration (centre, counters, policy, printer), loaded once through the
// bridge and shared with every screen of the window.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import type { InstallationConfig } from '../../core/centre/config.ts';
import { getBridge } from '../bridge/index.ts';

interface InstallationState {
  config: InstallationConfig | null;
  loading: boolean;
  reload(): Promise<void>;
}

const InstallationContext = createContext<InstallationState | null>(null);

export function InstallationProvider({ children }: { children: ReactNode }) {
  const [config, setConfig] = useState<InstallationConfig | null>(null);
  const [loading, setLoading] = useState(true);
  const reload = useCallback(async () => {
    setConfig(await getBridge().config.load());
    setLoading(false);
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return (
    <InstallationContext.Provider value={{ config, loading, reload }}>
      {children}
    </InstallationContext.Provider>
  );
}

export function useInstallation(): InstallationState {
  const state = useContext(InstallationContext);
  if (!state) throw new Error('useInstallation outside InstallationProvider');
  return state;
}

/** For screens that only render once setup is done. */
export function useConfig(): InstallationConfig {
  const { config } = useInstallation();
  if (!config) throw new Error('useConfig before setup is done');
  return config;
}
