// The services a SERASI front desk offers, and which of the three service models offers each.
// The kiosk shows them as buttons, tickets take their letter, counters are set up to serve them.
import type { ServiceModel } from '../centre/config.ts';

export type ServiceDelivery = 'on_site' | 'referral';

/** A key the renderer maps to an icon. Some keys are reserved for services not in this catalogue yet. */
export type ServiceIcon =
  | 'info'
  | 'assessment'
  | 'emergency-aid'
  | 'referral'
  | 'disability-aid'
  | 'elderly'
  | 'child'
  | 'rehab'
  | 'document';

export interface Service {
  /** Stable slug, e.g. 'informasi'; stored on tickets and counters. */
  id: string;
  /** One capital letter used for ticket numbers; never 'D' (reserved for darurat/emergency). */
  letter: string;
  /** Short Indonesian name for buttons and the board. */
  name: string;
  /** One plain-language sentence for low-literacy visitors at the kiosk. */
  plainWords: string;
  icon: ServiceIcon;
  delivery: ServiceDelivery;
  /** Which service models offer it. */
  models: readonly ServiceModel[];
}

/** Letter 'D', emergency lane; offered by every model. */
export const EMERGENCY_SERVICE_ID = 'darurat';

const allModels: readonly ServiceModel[] = [
  'single_referral_point',
  'single_entry_point',
  'one_stop_shop',
];

/*
 * Letters are called aloud ("A nol dua satu") and read off a board across the room, so they are
 * chosen to sound and look distinct in Indonesian: no I or O (read as 1 and 0), none of B C E G
 * P T W whose names ("be", "ce", "ge"…) rhyme with D's "de", the emergency letter. A mnemonic is
 * used where that allows (R rujukan, S asesmen, H rehabilitasi, K kependudukan).
 */
export const serviceCatalogue: readonly Service[] = [
  {
    id: 'informasi',
    letter: 'A',
    name: 'Informasi & Pengaduan',
    plainWords: 'Bertanya tentang bantuan sosial, atau menyampaikan keluhan.',
    icon: 'info',
    delivery: 'on_site',
    models: allModels,
  },
  {
    id: 'rujukan',
    letter: 'R',
    name: 'Pencatatan Kebutuhan & Rujukan',
    plainWords: 'Kebutuhan Anda dicatat, lalu kami hubungkan dengan lembaga yang bisa membantu.',
    icon: 'referral',
    delivery: 'referral',
    models: allModels,
  },
  {
    id: 'asesmen',
    letter: 'S',
    name: 'Asesmen',
    plainWords: 'Petugas bertanya tentang keadaan Anda untuk mencari bantuan yang tepat.',
    icon: 'assessment',
    delivery: 'on_site',
    models: ['single_entry_point', 'one_stop_shop'],
  },
  {
    id: EMERGENCY_SERVICE_ID,
    letter: 'D',
    name: 'Layanan Darurat',
    plainWords: 'Butuh pertolongan sekarang juga: Anda dilayani paling dulu.',
    icon: 'emergency-aid',
    delivery: 'on_site',
    models: allModels,
  },
  {
    id: 'rehabilitasi',
    letter: 'H',
    name: 'Rehabilitasi Sosial (ATENSI)',
    plainWords: 'Pendampingan dan terapi untuk memulihkan diri, bersama keluarga.',
    icon: 'rehab',
    delivery: 'on_site',
    models: ['one_stop_shop'],
  },
  {
    id: 'alat-bantu',
    letter: 'U',
    name: 'Alat Bantu Disabilitas',
    plainWords: 'Minta kursi roda, tongkat, alat bantu dengar, atau alat bantu lain.',
    icon: 'disability-aid',
    delivery: 'on_site',
    models: ['one_stop_shop'],
  },
  {
    id: 'dokumen',
    letter: 'K',
    name: 'Dokumen Kependudukan',
    plainWords: 'Belum punya KTP, KK, atau akta? Kami bantu mengurusnya.',
    icon: 'document',
    delivery: 'on_site',
    models: ['one_stop_shop'],
  },
];

/**
 * What the kiosk offers as service buttons under `model`. The emergency service is left out: the
 * kiosk reaches it through its own Darurat button, which every model has.
 */
export function servicesForModel(model: ServiceModel): Service[] {
  return serviceCatalogue.filter((s) => s.id !== EMERGENCY_SERVICE_ID && s.models.includes(model));
}

/** Everything `model` offers, emergency included: for counter set-up, transfers and reports. */
export function allServicesForModel(model: ServiceModel): Service[] {
  return serviceCatalogue.filter((s) => s.models.includes(model));
}

export function serviceById(id: string): Service | undefined {
  return serviceCatalogue.find((s) => s.id === id);
}
