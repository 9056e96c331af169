// The sync figures of `npm run bench` (run.ts prints them under "Sync"): push throughput and many
// devices syncing every 5 s against a real server process (`tsx server/main.ts`) on PGlite and on
// PostgreSQL, the first sync of a fresh device with a big centre in Chromium, and a call at one
// PC reaching the waiting-room board on another. Simulated devices are tests/support/sim-device.ts.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import pg from 'pg';
import type { InstallationConfig } from '../../core/centre/config.ts';
import { formatTicketNumber } from '../../core/queue/ticket-number.ts';
import { protocolLimits, type WireMutation } from '../../core/sync/protocol.ts';
import { localDay } from '../../core/time/local-day.ts';
import { callNext, openConsoleAt, serveAndFinish } from '../e2e/console-steps.ts';
import { deviceFor, type TestDevice } from '../support/sim-device.ts';
import { boardTile, startSyncLab } from '../support/sync-lab.ts';
import {
  createCentre,
  enrolDevice,
  type ServerProcess,
  spawnServerProcess,
} from '../support/sync-server.ts';
import { countRows, pcContent } from '../support/synced-pc.ts';
import { percentile, printRow } from './report.ts';

const databaseUrl = process.env.SERASI_TEST_DATABASE_URL;
const pushMutations = 10_000;
const pullRows = 50_000;
const boardCalls = 20;
const syncPeriodMs = 5_000;
const devicesRunMs = 20_000;
const deviceCounts = [100, 500] as const;

type Backend = 'PGlite' | 'PostgreSQL';

interface BenchServer extends ServerProcess {
  stop(): Promise<void>;
}

/** A server process on a fresh database: PGlite in a temporary DATA_DIR, or a fresh schema. */
async function startBenchServer(backend: Backend): Promise<BenchServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'serasi-bench-'));
  // The tests' naming (serasi_t_<epoch>_…), so their clean-up drops it should the bench crash.
  const schema =
    backend === 'PostgreSQL'
      ? `serasi_t_${Math.floor(Date.now() / 1000)}_bench${randomBytes(3).toString('hex')}`
      : '';
  const server = await spawnServerProcess({
    port: 0,
    dataDir,
    env: {
      DATABASE_URL: backend === 'PostgreSQL' ? (databaseUrl ?? '') : '',
      DATABASE_SCHEMA: schema,
    },
  });
  return {
    ...server,
    async stop() {
      await server.kill();
      await rm(dataDir, { recursive: true, force: true });
      if (schema) await onPostgres((client) => client.query(`DROP SCHEMA "${schema}" CASCADE`));
    },
  };
}

async function onPostgres<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function databaseVersions(): Promise<string> {
  const pglite = JSON.parse(
    await readFile(
      new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url),
      'utf8',
    ),
  ) as { version: string };
  const postgres = databaseUrl
    ? `PostgreSQL ${await onPostgres(async (c) => (await c.query('SHOW server_version')).rows[0]?.server_version)} at ${new URL(databaseUrl).host} (a fresh schema)`
    : 'PostgreSQL skipped: SERASI_TEST_DATABASE_URL is not set';
  return `PGlite ${pglite.version} in the server process, data in a temporary DATA_DIR on disk; ${postgres}`;
}

/** A centre's kiosk, simulated: enrolled, issuing tickets. */
async function simulatedKiosk(server: ServerProcess, centreId: string): Promise<TestDevice> {
  const kiosk = await enrolDevice(server, centreId, ['kiosk'], 'Kios simulasi');
  return deviceFor(server.url, kiosk.deviceId, kiosk.token, centreId);
}

/** Tickets issued a second apart, one local transaction (3 mutations) each. */
function issueTickets(
  device: TestDevice,
  tickets: number,
  options: { first: number; day: string; letter?: string },
): WireMutation[][] {
  const start = Date.now() - tickets * 1000;
  return Array.from(
    { length: tickets },
    (_, i) =>
      device.issueTicket(
        formatTicketNumber(options.letter ?? 'A', options.first + i),
        start + i * 1000,
        options.day,
      ).mutations,
  );
}

/** Push batches as the engine makes them: at most 500 mutations, a transaction never split. */
function pushBatches(groups: WireMutation[][]): WireMutation[][] {
  const batches: WireMutation[][] = [[]];
  for (const group of groups) {
    const last = batches.at(-1) as WireMutation[];
    if (last.length + group.length > protocolLimits.maxMutationsPerPush) batches.push([...group]);
    else last.push(...group);
  }
  return batches.filter((batch) => batch.length > 0);
}

/** Pushes the batches one after another; every mutation must be applied. Returns the ms taken. */
async function pushAll(device: TestDevice, batches: WireMutation[][]): Promise<number> {
  const started = performance.now();
  for (const batch of batches) {
    const answer = await device.push(batch);
    const refused = answer.body.results?.find((result) => result.status !== 'applied');
    if (answer.status !== 200 || refused) {
      throw new Error(`push → ${answer.status} ${JSON.stringify(refused ?? answer.body)}`);
    }
  }
  return performance.now() - started;
}

function today(config: InstallationConfig): string {
  return localDay(Date.now(), config.timeZone);
}

const count = (n: number) => n.toLocaleString('en');

/** "p50 5.0 ms, p95 9.8 ms, max 15.9 ms" (p100 is the max). */
function spread(ms: readonly number[], ps: readonly number[]): string {
  return ps
    .map((p) => `${p === 100 ? 'max' : `p${p}`} ${percentile(ms, p).toFixed(1)} ms`)
    .join(', ');
}

/** 1. Sequential pushes of ~10,000 mutations to a fresh centre. Returns the kiosk for more. */
async function pushThroughput(server: BenchServer, backend: Backend, config: InstallationConfig) {
  const { centre } = await createCentre(server);
  const kiosk = await simulatedKiosk(server, centre.id);
  const tickets = Math.ceil(pushMutations / 3);
  const batches = pushBatches(issueTickets(kiosk, tickets, { first: 1, day: today(config) }));
  const mutations = batches.reduce((n, batch) => n + batch.length, 0);
  const ms = await pushAll(kiosk, batches);
  console.log(
    `  push, ${count(mutations)} mutations (${count(tickets)} tickets issued: ticket + registration + event per transaction) in ${batches.length} sequential batches ≤ 500, ${backend}: ${(ms / 1000).toFixed(2)} s = ${count(Math.round((mutations / ms) * 1000))} mutations/s (target ≥ 5,000 mutations/s)`,
  );
  return { centreId: centre.id, kiosk, tickets, rows: mutations };
}

/** The store's device id, enrolled at the centre by Node as the setup screen would. */
/** 2. The first sync of a fresh installation with a centre of 50,000 rows, in Chromium. */
async function firstSync(
  browser: Browser,
  baseUrl: string,
  server: BenchServer,
  config: InstallationConfig,
  seeded: Awaited<ReturnType<typeof pushThroughput>>,
) {
  const tickets = Math.ceil(pullRows / 3) - seeded.tickets;
  const batches = pushBatches(
    issueTickets(seeded.kiosk, tickets, { first: seeded.tickets + 1, day: today(config) }),
  );
  await pushAll(seeded.kiosk, batches);
  const rows = seeded.rows + batches.reduce((n, batch) => n + batch.length, 0);

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}bench/index.html`);
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  const databaseName = `serasi-bench-first-sync-${Date.now()}`;
  const deviceId = await page.evaluate((name) => window.serasiBench.newDevice(name), databaseName);
  const enrolled = await enrolDevice(server, seeded.centreId, ['console'], 'PC baru', deviceId);
  const credentials = {
    serverUrl: server.url,
    token: enrolled.token,
    deviceId,
    centreId: seeded.centreId,
  };
  const result = await page.evaluate(
    ([name, c, issuer]) => window.serasiBench.timeFirstSync(name, c, issuer),
    [databaseName, credentials, config.issuer] as const,
  );
  await context.close();
  const outcome =
    result.state === 'online' && result.rows === rows
      ? `all ${count(result.rows)} stored`
      : `INCOMPLETE: ${count(result.rows)} of ${count(rows)} stored, sync ${result.state}${result.message ? ` (${result.message})` : ''}`;
  console.log(
    `  first sync of a fresh device with a centre of ${count(rows)} rows, pulled and stored in Chromium's IndexedDB (PGlite server): ${(result.ms / 1000).toFixed(2)} s = ${count(Math.round((rows / result.ms) * 1000))} rows/s, of which ${(result.pullMs / 1000).toFixed(2)} s waiting for pull answers; ${outcome} (target ≤ 15 s)`,
  );
}

interface SimulatedPc {
  device: TestDevice;
  cursor: number;
}

interface DeviceLoad {
  latencies: number[];
  failures: number;
  pushes: number;
  rowsPulled: number;
}

/** Enrols `n` devices at a new centre, a few at a time. */
async function enrolMany(server: ServerProcess, n: number): Promise<SimulatedPc[]> {
  const { centre } = await createCentre(server, {
    centre: { id: `bench-${randomBytes(3).toString('hex')}` },
  });
  const pcs: SimulatedPc[] = [];
  let next = 0;
  const enrolNext = async (): Promise<void> => {
    for (let slot = next++; slot < n; slot = next++) {
      const enrolled = await enrolDevice(server, centre.id, ['kiosk'], `PC ${slot + 1}`);
      pcs[slot] = {
        device: deviceFor(server.url, enrolled.deviceId, enrolled.token, centre.id),
        cursor: 0,
      };
    }
  };
  await Promise.all(Array.from({ length: 8 }, enrolNext));
  return pcs;
}

/** One sync of a simulated PC: maybe a push of one issued ticket, then pull to the end. */
async function syncOnce(pc: SimulatedPc, issue: string | null, day: string, load: DeviceLoad) {
  const timed = async <T extends { status: number }>(request: () => Promise<T>) => {
    const started = performance.now();
    try {
      const answer = await request();
      load.latencies.push(performance.now() - started);
      if (answer.status !== 200) load.failures += 1;
      return answer;
    } catch {
      load.failures += 1;
      return undefined;
    }
  };
  if (issue) {
    load.pushes += 1;
    const ticket = pc.device.issueTicket(issue, Date.now(), day);
    const answer = await timed(() => pc.device.push(ticket.mutations));
    if (answer?.body.results.some((result) => result.status !== 'applied')) load.failures += 1;
  }
  for (;;) {
    const answer = await timed(() => pc.device.pull(pc.cursor));
    if (answer?.status !== 200) return;
    pc.cursor = answer.body.cursor;
    load.rowsPulled += answer.body.changes.length;
    if (!answer.body.hasMore) return;
  }
}

/** Every PC syncs every 5 s (starts spread over the first period) for 20 s; 1 in 10 pushes. */
async function syncEvery5s(pcs: SimulatedPc[], day: string, firstNumber: number) {
  const load: DeviceLoad = { latencies: [], failures: 0, pushes: 0, rowsPulled: 0 };
  let number = firstNumber;
  const started = performance.now();
  const end = started + devicesRunMs;
  await Promise.all(
    pcs.map(async (pc, i) => {
      let at = started + (i / pcs.length) * syncPeriodMs;
      for (let cycle = 0; at < end; cycle++, at += syncPeriodMs) {
        await new Promise((wake) => setTimeout(wake, at - performance.now()));
        const issue = (i + cycle) % 10 === 0 ? formatTicketNumber('B', number++) : null;
        await syncOnce(pc, issue, day, load);
      }
    }),
  );
  return { load, nextNumber: number };
}

/** 4. 100, then 500 simulated PCs of one centre syncing every 5 s. */
async function manyDevices(server: BenchServer, backend: Backend, config: InstallationConfig) {
  const pcs = await enrolMany(server, Math.max(...deviceCounts));
  let number = 1;
  for (const n of deviceCounts) {
    const { load, nextNumber } = await syncEvery5s(pcs.slice(0, n), today(config), number);
    number = nextNumber;
    console.log(
      `  ${n} devices syncing every 5 s for ${devicesRunMs / 1000} s (${count(load.latencies.length)} requests: ${load.pushes} pushes of an issued ticket, pulls of ${count(load.rowsPulled)} rows in all${load.failures ? `, ${load.failures} FAILED` : ''}), ${backend}: ${spread(load.latencies, [50, 95, 99, 100])} (target at 500 devices: p99 ≤ 100 ms)`,
    );
  }
}

type Board = Window & { serasiTileSeen?: Record<string, number> };

/** From now on the board page notes when each number first shows on counter 1's tile. */
function watchTile(board: Page) {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return board.evaluate(() => {
    const seen: Record<string, number> = {};
    (window as Board).serasiTileSeen = seen;
    new MutationObserver(() => {
      const text = document
        .querySelector('.board-tile[data-counter="1"] .board-tile-number')
        ?.textContent?.trim();
      if (text && !(text in seen)) seen[text] = Date.now();
    }).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
}

/** 3. A call at Loket 1 on one PC until its number shows on the board of another PC. */
async function callToBoard(browser: Browser, baseUrl: string, config: InstallationConfig) {
  const lab = await startSyncLab({ baseURL: baseUrl });
  try {
    const { centreId } = await lab.newCentre();
    const kiosk = await simulatedKiosk(lab.server, centreId);
    const groups = issueTickets(kiosk, boardCalls, { first: 1, day: today(config) });
    await pushAll(kiosk, pushBatches(groups));

    const desk = await lab.pc(browser, centreId, 'console', 'PC Loket 1');
    const board = await lab.pc(browser, centreId, 'display', 'TV ruang tunggu');
    await openConsoleAt(desk, 1);
    for (const pc of [desk, board]) {
      while (countRows((await pcContent(pc)).rows, 'tickets') < boardCalls) await sleep(200);
    }
    await boardTile(board, 1).waitFor();
    await watchTile(board);
    await desk.evaluate(() =>
      window.addEventListener(
        'click',
        () => {
          document.documentElement.dataset.benchClickAt = String(Date.now());
        },
        true,
      ),
    );

    // When each sync request of the two PCs left and was answered, to split the latency.
    const requests = { pushSent: [] as number[], pushAnswered: [] as number[] };
    const pulls = { sent: [] as number[], answered: [] as number[] };
    desk.on('request', (r) => r.url().endsWith('/sync/push') && requests.pushSent.push(Date.now()));
    desk.on(
      'requestfinished',
      (r) => r.url().endsWith('/sync/push') && requests.pushAnswered.push(Date.now()),
    );
    board.on('request', (r) => r.url().includes('/sync/pull') && pulls.sent.push(Date.now()));
    board.on(
      'requestfinished',
      (r) => r.url().includes('/sync/pull') && pulls.answered.push(Date.now()),
    );
    const stageNames = [
      'click → push request leaves the console',
      'push sent → answered',
      'push answered → board pull sent',
      'board pull sent → answered',
      'pull answered → number on the board',
    ];
    const stages: number[][] = stageNames.map(() => []);

    const latencies: number[] = [];
    for (let call = 0; call < boardCalls; call++) {
      const number = await callNext(desk);
      const clickedAt = Number(
        await desk.evaluate(() => document.documentElement.dataset.benchClickAt),
      );
      const shown = await board.waitForFunction(
        (n) => (window as Board).serasiTileSeen?.[n],
        number,
        { timeout: 30_000 },
      );
      const shownAt = Number(await shown.jsonValue());
      latencies.push(shownAt - clickedAt);
      const pushed = requests.pushSent.find((at) => at >= clickedAt);
      const answered = requests.pushAnswered.find((at) => at >= (pushed ?? clickedAt));
      const pullSent = pulls.sent.findLast((at) => at <= shownAt);
      const pullAnswered = pulls.answered.findLast((at) => at <= shownAt);
      if (pushed && answered && pullSent && pullAnswered) {
        const marks = [clickedAt, pushed, answered, pullSent, pullAnswered, shownAt];
        stages.forEach((stage, i) => {
          stage.push((marks[i + 1] as number) - (marks[i] as number));
        });
      }
      await serveAndFinish(desk);
      // The next call starts with nothing of this one left to send.
      while ((await pcContent(desk)).pending > 0) await sleep(50);
    }
    printRow(
      `call at Loket 1 → number on the board of another PC, each its own Chromium context running the app, via a PGlite server process and a TCP proxy (${boardCalls} calls; click event → board DOM)`,
      latencies,
      'ms',
      'p95 ≤ 300 ms',
    );
    console.log(`    of which (${stages[0]?.length} calls with every step seen):`);
    stageNames.forEach((name, i) => {
      console.log(`      ${name}: ${spread(stages[i] ?? [], [50, 95, 100])}`);
    });
  } finally {
    await lab.close();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function measureSync(browser: Browser, baseUrl: string, config: InstallationConfig) {
  console.log('Sync');
  console.log(`  databases: ${await databaseVersions()}`);

  const pglite = await startBenchServer('PGlite');
  try {
    const seeded = await pushThroughput(pglite, 'PGlite', config);
    await firstSync(browser, baseUrl, pglite, config, seeded);
    await manyDevices(pglite, 'PGlite', config);
  } finally {
    await pglite.stop();
  }

  if (databaseUrl) {
    const postgres = await startBenchServer('PostgreSQL');
    try {
      await pushThroughput(postgres, 'PostgreSQL', config);
      await manyDevices(postgres, 'PostgreSQL', config);
    } finally {
      await postgres.stop();
    }
  } else {
    console.log('  PostgreSQL figures skipped: SERASI_TEST_DATABASE_URL is not set.');
  }

  await callToBoard(browser, baseUrl, config);
}
