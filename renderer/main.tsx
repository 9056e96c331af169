// Renderer entry: one page for every role; the hash picks the screen (see app/route.ts).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './app/App.tsx';
import './theme.css';

// zod probes for eval support with new Function(); the CSP forbids eval, so skip the probe.
z.config({ jitless: true });

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
