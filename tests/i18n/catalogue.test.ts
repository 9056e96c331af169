// Both languages say everything: every key of the Indonesian catalogue has English text and the
// other way round, with the same {placeholders}; the Indonesian text core/ keeps beside its data
// has English too; every kiosk step has its spoken guidance recorded in both languages.
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { serviceCatalogue } from '../../core/catalog/services.ts';
import { guidanceClips } from '../../core/kiosk/guidance.ts';
import { nikProblem, serviceName } from '../../renderer/i18n/core-text.ts';
import { english } from '../../renderer/i18n/en/index.ts';
import { catalogue, setLanguage, t } from '../../renderer/i18n/index.ts';

function leaves(node: unknown, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else for (const [leaf, text] of leaves(value, path)) found.set(leaf, text);
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const indonesian = leaves(catalogue);
const inEnglish = leaves(english);

afterEach(() => setLanguage('id'));

describe('the two catalogues', () => {
  it('have the same keys: none missing in either language', () => {
    const missingInEnglish = [...indonesian.keys()].filter((key) => !inEnglish.has(key));
    const missingInIndonesian = [...inEnglish.keys()].filter((key) => !indonesian.has(key));
    expect({ missingInEnglish, missingInIndonesian }).toEqual({
      missingInEnglish: [],
      missingInIndonesian: [],
    });
    expect(indonesian.size).toBeGreaterThan(1000);
  });

  it('give every key real text with the same placeholders', () => {
    const problems: string[] = [];
    for (const [key, id] of indonesian) {
      const en = inEnglish.get(key) ?? '';
      if (!en.trim() || !id.trim()) problems.push(`${key}: empty`);
      if (placeholders(id).join() !== placeholders(en).join())
        problems.push(`${key}: placeholders`);
    }
    expect(problems).toEqual([]);
  });

  it('are what t() speaks, Indonesian until the kiosk switches to English', () => {
    expect(t('kiosk.nav.next')).toBe('Lanjut');
    setLanguage('en');
    expect(t('kiosk.nav.next')).toBe('Next');
    expect(t('kiosk.ticket.peopleAhead', { count: 1234 })).toBe('1.234 people ahead of you');
  });
});

describe('text core/ keeps beside its data', () => {
  it('has English for every service and every NIK problem', () => {
    setLanguage('en');
    for (const service of serviceCatalogue) expect(serviceName(service)).not.toBe(service.name);
    expect(nikProblem({ code: 'wrong_length', message: 'NIK harus 16 angka' }, 15)).toBe(
      'The NIK has 16 digits; you typed 15.',
    );
    setLanguage('id');
    expect(nikProblem({ code: 'wrong_length', message: 'NIK harus 16 angka' }, 15)).toBe(
      'NIK harus 16 angka',
    );
  });
});

describe('spoken guidance', () => {
  it('is recorded for every step in both languages', () => {
    const missing = guidanceClips
      .map((clip) => `resources/public/audio/${clip.id}.ogg`)
      .filter((file) => !existsSync(file));
    expect(missing).toEqual([]);
    expect(guidanceClips.length).toBe(22);
  });
});
