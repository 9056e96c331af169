// The PPKS list staff pick from, and the services each service model offers at the kiosk.
import { describe, expect, test } from 'vitest';
import {
  disabilityTypes,
  PPKS_CATALOGUE_VERSION,
  ppksByCode,
  ppksCatalogue,
  ppksClusters,
} from '../../core/catalog/ppks.ts';
import {
  allServicesForModel,
  EMERGENCY_SERVICE_ID,
  serviceById,
  serviceCatalogue,
  servicesForModel,
} from '../../core/catalog/services.ts';
import { serviceModels } from '../../core/centre/config.ts';

describe('PPKS', () => {
  test('the catalogue has 26 categories with unique codes ppks-01 … ppks-26, versioned', () => {
    expect(PPKS_CATALOGUE_VERSION).toMatch(/26/);
    expect(ppksCatalogue).toHaveLength(26);
    expect(new Set(ppksCatalogue.map((c) => c.code)).size).toBe(26);
    expect(new Set(ppksCatalogue.map((c) => c.name)).size).toBe(26);
    expect(ppksCatalogue.map((c) => c.code)).toEqual(
      Array.from({ length: 26 }, (_, i) => `ppks-${String(i + 1).padStart(2, '0')}`),
    );
    expect(ppksCatalogue.every((c) => ppksClusters.includes(c.cluster))).toBe(true);
  });

  test('numbers follow the regulation: 17 is NAPZA victims, 26 remote indigenous communities', () => {
    expect(ppksByCode('ppks-17')?.name).toBe('Korban Penyalahgunaan NAPZA');
    expect(ppksByCode('ppks-17')?.cluster).toBe('napza');
    expect(ppksByCode('ppks-26')?.name).toBe('Komunitas Adat Terpencil');
    expect(ppksByCode('ppks-27')).toBeUndefined();
  });

  test('only children with disabilities (5) and persons with disabilities (9) need a disability type', () => {
    expect(ppksCatalogue.filter((c) => c.needsDisabilityType).map((c) => c.number)).toEqual([5, 9]);
  });

  test('disability types cover physical, intellectual, mental, three sensory, and multiple', () => {
    expect(disabilityTypes.map((t) => t.code)).toEqual([
      'fisik',
      'intelektual',
      'mental',
      'sensorik_netra',
      'sensorik_rungu',
      'sensorik_wicara',
      'ganda',
    ]);
  });
});

describe('services', () => {
  test('5–8 services, unique ids and letters, one capital letter each, D only for darurat', () => {
    expect(serviceCatalogue.length).toBeGreaterThanOrEqual(5);
    expect(serviceCatalogue.length).toBeLessThanOrEqual(8);
    expect(new Set(serviceCatalogue.map((s) => s.id)).size).toBe(serviceCatalogue.length);
    expect(new Set(serviceCatalogue.map((s) => s.letter)).size).toBe(serviceCatalogue.length);
    for (const s of serviceCatalogue) {
      expect(s.letter).toMatch(/^[A-Z]$/);
      expect(s.letter === 'D').toBe(s.id === EMERGENCY_SERVICE_ID);
      expect(s.letter).not.toMatch(/[IO]/);
      expect(s.models.length).toBeGreaterThan(0);
    }
    expect(serviceById(EMERGENCY_SERVICE_ID)?.letter).toBe('D');
  });

  test('a Single Referral Point kiosk offers information and recording the need for referral', () => {
    expect(servicesForModel('single_referral_point').map((s) => s.id)).toEqual([
      'informasi',
      'rujukan',
    ]);
  });

  test('a Single Entry Point kiosk adds assessment', () => {
    expect(servicesForModel('single_entry_point').map((s) => s.id)).toEqual([
      'informasi',
      'rujukan',
      'asesmen',
    ]);
  });

  test('a One Stop Shop kiosk offers every service, rehabilitation and assistive devices included', () => {
    const ids = servicesForModel('one_stop_shop').map((s) => s.id);
    expect(ids).toEqual(
      serviceCatalogue.filter((s) => s.id !== EMERGENCY_SERVICE_ID).map((s) => s.id),
    );
    expect(ids).toContain('rehabilitasi');
    expect(ids).toContain('alat-bantu');
  });

  test('no kiosk list shows darurat (it has its own button), but every model offers it', () => {
    for (const model of serviceModels) {
      expect(servicesForModel(model).map((s) => s.id)).not.toContain(EMERGENCY_SERVICE_ID);
      expect(allServicesForModel(model).map((s) => s.id)).toContain(EMERGENCY_SERVICE_ID);
    }
  });

  test('what a Single Referral Point cannot do on site is a referral', () => {
    const onSite = allServicesForModel('single_referral_point').filter(
      (s) => s.delivery === 'on_site',
    );
    expect(onSite.map((s) => s.id).sort()).toEqual(['darurat', 'informasi']);
  });

  test('unknown service ids are not found', () => {
    expect(serviceById('layanan-lain')).toBeUndefined();
  });
});
