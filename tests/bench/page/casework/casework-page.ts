// A bench-only page, built by tests/bench/casework.ts into the served renderer folder so it shares
// the app's origin and IndexedDB: it fills the real store with synthetic beneficiaries (bulk
// puts, as a first sync would store them) and times the store's own look-ups in real Chromium.
import { base, Faker, id_ID } from '@faker-js/faker';
import { type Beneficiary, beneficiaryFields } from '../../../../core/beneficiary/beneficiary.ts';
import type { InstallationConfig } from '../../../../core/centre/config.ts';
import { newId } from '../../../../core/ids.ts';
import { generatePerson } from '../../../../core/synthetic/people.ts';
import { generalProfile } from '../../../../core/synthetic/profiles.ts';
import { findByNik, searchByName } from '../../../../renderer/store/beneficiaries.ts';
import { SerasiDb } from '../../../../renderer/store/db.ts';
import { ensureDeviceId } from '../../../../renderer/store/device.ts';
import type { Store } from '../../../../renderer/store/store.ts';

const TODAY = '2026-11-23';

async function openStore(config: InstallationConfig): Promise<Store> {
  const db = new SerasiDb();
  await db.open();
  return { db, config, deviceId: await ensureDeviceId(db), now: () => Date.now() };
}

/** Old spellings of today's names, the way they appear on older papers. */
function oldSpelling(name: string): string {
  return name.replaceAll('u', 'oe').replaceAll('y', 'j').replaceAll('c', 'tj');
}

const bench = {
  /**
   * `count` beneficiaries (the table emptied first), 85 % with a NIK. Returns how many are stored,
   * how long the fill took, and queries drawn from them: NIKs (and unknown ones) and names typed
   * as staff type them — a first-name prefix, two-part prefixes, a whole name, an old spelling.
   */
  async seed(config: InstallationConfig, count: number) {
    const started = performance.now();
    const store = await openStore(config);
    await store.db.beneficiaries.clear();
    const faker = new Faker({ locale: [id_ID, base] });
    faker.seed(2026);
    const used = new Set<string>();
    const niks: string[] = [];
    const names: string[] = [];
    const profile = { ...generalProfile, noNikShare: 0.15 };
    const chunk = 5_000;
    for (let start = 0; start < count; start += chunk) {
      const rows: Beneficiary[] = [];
      for (let i = start; i < Math.min(count, start + chunk); i++) {
        const person = generatePerson(faker, profile, TODAY, used);
        const row: Beneficiary = {
          ...beneficiaryFields(
            {
              name: person.name,
              nik: person.nik ?? null,
              kk: null,
              birthPlace: null,
              birthDate: person.birthDate,
              sex: person.sex,
              address: null,
              phone: null,
              ppks: [],
              companion: null,
            },
            { registeredAt: Date.now(), registeredBy: store.deviceId },
          ),
          id: newId(),
          balaiId: config.balai.id,
          updatedAt: '',
          rev: i + 1,
          deleted: 0,
        };
        rows.push(row);
        if (i % 997 === 0 && person.nik) niks.push(person.nik);
        if (i % 661 === 0) names.push(person.name);
      }
      await store.db.beneficiaries.bulkPut(rows);
    }
    const total = await store.db.beneficiaries.count();
    store.db.close();
    const unknownNiks = niks.slice(0, 20).map((nik) => `${nik.slice(0, 12)}9999`);
    const queries = names.flatMap((name) => {
      const parts = name.split(' ');
      const first = parts[0] ?? name;
      const typed = [first.slice(0, 4), name, oldSpelling(name)];
      if (parts.length > 1) typed.push(`${first.slice(0, 3)} ${(parts[1] ?? '').slice(0, 3)}`);
      return typed;
    });
    return {
      total,
      seedMs: performance.now() - started,
      niks: [...niks, ...unknownNiks],
      queries,
    };
  },

  /**
   * A case with 100 timeline events for one of the stored beneficiaries: 20 visits, each with its
   * ticket, an assessment, emergency help and a referral that was sent and accepted. Rows go in
   * as a sync would store them. Returns the beneficiary's id.
   */
  async seedCase(config: InstallationConfig) {
    const store = await openStore(config);
    const person = await store.db.beneficiaries.offset(1234).first();
    if (!person) throw new Error('seed beneficiaries first');
    const sync = { balaiId: config.balai.id, updatedAt: '', rev: 1, deleted: 0 as const };
    const start = Date.parse('2025-01-06T01:00:00Z');
    for (let v = 0; v < 20; v++) {
      const at = start + v * 14 * 86_400_000;
      const day = new Date(at + 8 * 3_600_000).toISOString().slice(0, 10);
      const ticketId = newId();
      const visitId = newId();
      await store.db.tickets.put({
        ...sync,
        id: ticketId,
        number: `A-${String(v + 1).padStart(3, '0')}`,
        letter: 'A',
        seq: v + 1,
        serviceId: 'informasi',
        localDay: day,
        lane: 'regular',
        priorityClasses: [],
        state: 'done',
        arrivedAt: at,
        issuedAt: at,
        issuedBy: store.deviceId,
        callCount: 1,
      });
      await store.db.visits.put({
        ...sync,
        id: visitId,
        beneficiaryId: person.id,
        ticketIds: [ticketId],
        localDay: day,
        serviceId: 'informasi',
        counterId: 'loket-1',
        openedAt: at + 60_000,
        openedBy: null,
      });
      await store.db.assessments.put({
        ...sync,
        id: newId(),
        visitId,
        beneficiaryId: person.id,
        templateId: 'atensi',
        templateVersion: 1,
        answers: { problem: 'Tidak punya tempat tinggal dan tidak ada keluarga yang merawat.' },
        urgent: v % 5 === 0,
        recommendation: 'referral',
        completedAt: at + 20 * 60_000,
        completedBy: null,
        completedByName: 'Siti Aminah',
        version: 1,
        supersedesId: null,
      });
      await store.db.emergencyServices.put({
        ...sync,
        id: newId(),
        visitId,
        beneficiaryId: person.id,
        lines: [
          { itemId: 'food', quantity: 2, unitValue: 50_000 },
          { itemId: 'transport', quantity: 100_000, unitValue: 1 },
        ],
        totalValue: 200_000,
        givenAt: at + 30 * 60_000,
        givenBy: null,
        givenByName: 'Siti Aminah',
        recipientName: person.name,
        receiptNumber: `${String(v + 1).padStart(4, '0')}.BENC/TT/BRSLU/I/2025`,
        note: null,
      });
      await store.db.referrals.put({
        ...sync,
        id: newId(),
        visitId,
        beneficiaryId: person.id,
        partnerId: 'rsud',
        partnerName: 'RSUD Syekh Yusuf',
        partnerKind: 'rumah_sakit',
        reason: 'Perlu pemeriksaan kesehatan',
        summary: 'Ringkasan kasus.',
        letterNumber: `${String(v + 1).padStart(4, '0')}.BENC/RJK/BRSLU/I/2025`,
        createdAt: at + 40 * 60_000,
        createdBy: null,
        createdByName: 'Siti Aminah',
        followUpBy: day,
        sentAt: at + 40 * 60_000,
        acceptedAt: at + 86_400_000,
        followedUpAt: null,
        completedAt: null,
        rejectedAt: null,
        statusNote: null,
      });
    }
    store.db.close();
    return person.id;
  },

  /** Each look-up timed alone, store included; returns durations and how many found someone. */
  async timeNik(config: InstallationConfig, niks: string[]) {
    const store = await openStore(config);
    const durations: number[] = [];
    let hits = 0;
    for (const nik of niks) {
      const started = performance.now();
      const found = await findByNik(store, nik);
      durations.push(performance.now() - started);
      if (found.length > 0) hits += 1;
    }
    store.db.close();
    return { durations, hits };
  },

  async timeName(config: InstallationConfig, queries: string[]) {
    const store = await openStore(config);
    const durations: number[] = [];
    let answered = 0;
    for (const query of queries) {
      const started = performance.now();
      const matches = await searchByName(store, query, { limit: 20 });
      durations.push(performance.now() - started);
      if (matches.length > 0) answered += 1;
    }
    store.db.close();
    const slowest = queries
      .map((query, i) => ({ query, ms: durations[i] ?? 0 }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 8)
      .map(({ query, ms }) => `${query} ${ms.toFixed(0)} ms`);
    return { durations, answered, slowest };
  },
};

declare global {
  interface Window {
    serasiCaseworkBench: typeof bench;
  }
}
window.serasiCaseworkBench = bench;
const status = document.getElementById('status');
if (status) status.textContent = 'ready';
