// First-run setup and, later, the settings: the supervisor PIN first when a config exists, then
// the form, prefilled with what is saved.
import { useState } from 'react';
import { useInstallation } from '../app/installation.tsx';
import { PinGate } from './components/PinGate.tsx';
import { SetupForm } from './SetupForm.tsx';
import './setup.css';

export default function SetupScreen() {
  const { config } = useInstallation();
  // Whoever makes the first config is the one who chose its PIN: no gate for them afterwards.
  const [unlocked, setUnlocked] = useState(() => config === null);
  if (config && !unlocked) {
    return <PinGate pinHash={config.supervisorPinHash} onUnlock={() => setUnlocked(true)} />;
  }
  return <SetupForm existing={config} />;
}
