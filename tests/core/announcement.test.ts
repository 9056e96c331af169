import { describe, expect, it } from 'vitest';
import { allClipIds, callAnnouncement } from '../../core/announcement/call-announcement.ts';
import { announcementClips } from '../../core/announcement/clips.ts';
import { spellNumber } from '../../core/announcement/spell-number.ts';

describe('numbers said in Indonesian', () => {
  it.each([
    [0, ['nol']],
    [7, ['tujuh']],
    [10, ['sepuluh']],
    [11, ['sebelas']],
    [12, ['dua', 'belas']],
    [19, ['sembilan', 'belas']],
    [20, ['dua', 'puluh']],
    [21, ['dua', 'puluh', 'satu']],
    [100, ['seratus']],
    [101, ['seratus', 'satu']],
    [110, ['seratus', 'sepuluh']],
    [115, ['seratus', 'lima', 'belas']],
    [234, ['dua', 'ratus', 'tiga', 'puluh', 'empat']],
    [1000, ['seribu']],
    [1011, ['seribu', 'sebelas']],
    [1999, ['seribu', 'sembilan', 'ratus', 'sembilan', 'puluh', 'sembilan']],
    [2005, ['dua', 'ribu', 'lima']],
    [9999, ['sembilan', 'ribu', 'sembilan', 'ratus', 'sembilan', 'puluh', 'sembilan']],
  ])('%i is said %j', (n, words) => {
    expect(spellNumber(n)).toEqual(words);
  });

  it('numbers outside 0–9999 are refused', () => {
    expect(() => spellNumber(10000)).toThrow(RangeError);
    expect(() => spellNumber(-1)).toThrow(RangeError);
    expect(() => spellNumber(1.5)).toThrow(RangeError);
  });
});

describe('calling a ticket on the display board', () => {
  it('A-012 to Loket 2 plays the chime, the number and the counter', () => {
    expect(callAnnouncement('A-012', 2)).toEqual({
      clips: ['chime', 'nomor-antrian', 'huruf-a', 'dua', 'belas', 'silakan-ke-loket', 'dua'],
      caption: 'Nomor antrian A-012, silakan ke Loket 2',
      speech: 'Nomor antrian A dua belas, silakan ke loket dua',
    });
  });

  it('a counter with its own name shows and speaks it after the number', () => {
    const a = callAnnouncement('B-105', 11, 'Asesmen');
    expect(a.clips).toEqual([
      'chime',
      'nomor-antrian',
      'huruf-b',
      'seratus',
      'lima',
      'silakan-ke-loket',
      'sebelas',
    ]);
    expect(a.caption).toBe('Nomor antrian B-105, silakan ke Loket 11 (Asesmen)');
    expect(a.speech).toBe('Nomor antrian B seratus lima, silakan ke loket sebelas, Asesmen');
    expect(callAnnouncement('A-001', 2, 'Loket 2').caption).toBe(
      'Nomor antrian A-001, silakan ke Loket 2',
    );
  });

  it('every clip an announcement can use has an audio file to play', () => {
    const available = new Set(allClipIds());
    for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
      for (const seq of [1, 10, 11, 19, 99, 100, 115, 999, 1000, 2005, 9999, 12345]) {
        for (const counter of [1, 10, 11, 21, 99]) {
          const number = `${letter}-${String(seq).padStart(3, '0')}`;
          for (const clip of callAnnouncement(number, counter).clips) {
            expect(available.has(clip), `${clip} for ${number}`).toBe(true);
          }
        }
      }
    }
  });

  it('the clip list has no duplicates and every spoken clip has a text to synthesise', () => {
    const ids = allClipIds();
    expect(new Set(ids).size).toBe(ids.length);
    for (const clip of announcementClips) {
      if (clip.id !== 'chime') expect(clip.text, clip.id).toBeTruthy();
      expect(clip.id).toMatch(/^[a-z0-9-]+$/);
    }
  });
});
