// Picks the screen for this window. Each role's screen is its own chunk, so the kiosk loads only
// the kiosk's code.
import { lazy, Suspense } from 'react';
import { t } from '../i18n/index.ts';
import { StoreProvider } from '../store/store-context.tsx';
import { WindowSync } from '../sync/WindowSync.tsx';
import { InstallationProvider, useInstallation } from './installation.tsx';
import { type Screen, useScreen } from './route.ts';

const KioskScreen = lazy(() => import('../kiosk/KioskScreen.tsx'));
const ConsoleScreen = lazy(() => import('../console/ConsoleScreen.tsx'));
const DisplayScreen = lazy(() => import('../display/DisplayScreen.tsx'));
const SetupScreen = lazy(() => import('../setup/SetupScreen.tsx'));
const ReportsScreen = lazy(() => import('../reports/ReportsScreen.tsx'));
const CaseworkScreen = lazy(() => import('../casework/CaseworkScreen.tsx'));

export function App() {
  return (
    <InstallationProvider>
      <Suspense fallback={<Loading />}>
        <Router />
      </Suspense>
    </InstallationProvider>
  );
}

function Router() {
  const screen = useScreen();
  const { config, loading, error, reload } = useInstallation();
  if (loading) return <Loading />;
  if (error) return <ConfigError message={error} retry={reload} />;
  if (!config || screen === 'setup') return <SetupScreen />;
  return (
    <StoreProvider config={config}>
      <WindowSync />
      {screenFor(screen)}
    </StoreProvider>
  );
}

function screenFor(screen: Exclude<Screen, 'setup'>) {
  switch (screen) {
    case 'kiosk':
      return <KioskScreen />;
    case 'console':
      return <ConsoleScreen />;
    case 'display':
      return <DisplayScreen />;
    case 'reports':
      return <ReportsScreen />;
    case 'casework':
      return <CaseworkScreen />;
    case 'home':
      return <Home />;
  }
}

function Home() {
  return (
    <main className="home">
      <h1>{t('common.appName')}</h1>
      <nav aria-label={t('common.screens')}>
        <ul className="home-links">
          <li>
            <a className="btn btn-primary" href="#/kiosk">
              {t('common.screen.kiosk')}
            </a>
          </li>
          <li>
            <a className="btn btn-primary" href="#/console">
              {t('common.screen.console')}
            </a>
          </li>
          <li>
            <a className="btn btn-primary" href="#/display">
              {t('common.screen.display')}
            </a>
          </li>
          <li>
            <a className="btn btn-primary" href="#/reports">
              {t('reports.screenName')}
            </a>
          </li>
          <li>
            <a className="btn btn-primary" href="#/casework">
              {t('casework.screenName')}
            </a>
          </li>
          <li>
            <a className="btn" href="#/setup">
              {t('common.screen.setup')}
            </a>
          </li>
        </ul>
      </nav>
    </main>
  );
}

function ConfigError({ message, retry }: { message: string; retry: () => Promise<void> }) {
  return (
    <main className="home">
      <h1>{t('common.configError')}</h1>
      <p role="alert">{message}</p>
      <button type="button" className="btn btn-primary" onClick={() => void retry()}>
        {t('common.retry')}
      </button>
    </main>
  );
}

function Loading() {
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}
