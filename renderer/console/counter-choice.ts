// Which counter this console window serves. Remembered per window (sessionStorage), so two
// console windows on one PC can serve two counters and a reload keeps the choice.
import { useCallback, useState } from 'react';
import type { Counter, InstallationConfig } from '../../core/centre/config.ts';

const CHOSEN_COUNTER_KEY = 'serasi.console.counterId';

function readChoice(): string | null {
  try {
    return sessionStorage.getItem(CHOSEN_COUNTER_KEY);
  } catch {
    return null;
  }
}

function writeChoice(counterId: string | null) {
  try {
    if (counterId) sessionStorage.setItem(CHOSEN_COUNTER_KEY, counterId);
    else sessionStorage.removeItem(CHOSEN_COUNTER_KEY);
  } catch {
    // Storage may be unavailable; the choice then lasts until the window is reloaded.
  }
}

export function useCounterChoice(config: InstallationConfig) {
  const [counterId, setCounterId] = useState(readChoice);
  // A remembered counter that setup has since removed is no choice at all.
  const counter: Counter | undefined = config.counters.find((c) => c.id === counterId);
  const choose = useCallback((id: string | null) => {
    writeChoice(id);
    setCounterId(id);
  }, []);
  return { counter, choose };
}
