// Laporan → "Perangkat & pembaruan": this PC's version, update state and log export, and every PC
// of the centre as the sync server knows them, so a supervisor sees which PCs run which version
// and whether an update waits for closing time.
import { useId } from 'react';
import { t } from '../../i18n/index.ts';
import { CentrePcs } from './CentrePcs.tsx';
import { ThisPcPanel } from './ThisPcPanel.tsx';

export function DevicesView({ timeZone }: { timeZone: string }) {
  const id = useId();
  return (
    <section className="devices" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('reports.devices.heading')}</h2>
      <p className="devices-intro">{t('reports.devices.intro')}</p>
      <ThisPcPanel />
      <CentrePcs timeZone={timeZone} />
    </section>
  );
}
