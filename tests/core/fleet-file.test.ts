// The centre configuration file: the shipped example is accepted and makes a kiosk's and a
// counter's config; each kind of mistake an IT person makes is refused with the message that
// tells them where and what; and the JSON Schema shipped for editors is the app's own.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { installationConfigSchema } from '../../core/centre/config.ts';
import {
  configFromFleetFile,
  type FleetFile,
  fleetFileJsonSchema,
  readFleetFile,
} from '../../core/centre/fleet-file.ts';

const exampleText = readFileSync(
  new URL('../../resources/fleet/contoh-balai.json', import.meta.url),
  'utf8',
);
const example = JSON.parse(exampleText) as Record<string, unknown> & {
  pcs: unknown[];
  counters: unknown[];
};

/** The example with a change, as text. */
function variant(change: (file: typeof example) => void): string {
  const copy = structuredClone(example);
  change(copy);
  return JSON.stringify(copy, null, 2);
}

function problemsOf(text: string): string[] {
  const reading = readFleetFile(text);
  if (reading.ok) throw new Error('the file was accepted');
  return reading.problems;
}

function accepted(text: string): FleetFile {
  const reading = readFleetFile(text);
  if (!reading.ok) throw new Error(reading.problems.join('\n'));
  return reading.file;
}

describe('the example file', () => {
  it('is accepted as shipped', () => {
    const file = accepted(exampleText);
    expect(file.centre.shortName).toBe('BRSLU Gau Mabaji');
    expect(file.pcs.map((pc) => pc.name)).toEqual([
      'Kios lobi 1',
      'Kios lobi 2',
      'Loket 1',
      'Loket 2',
      'Loket 3',
      'TV ruang tunggu',
    ]);
  });

  it('makes "Kios lobi 2" the second of two kiosks, with its own printer', () => {
    const result = configFromFleetFile(accepted(exampleText), 'Kios lobi 2', 'pbkdf2$hash');
    if (!result.ok) throw new Error(result.problem);
    expect(installationConfigSchema.parse(result.config)).toEqual(result.config);
    expect(result.config).toMatchObject({
      balai: { id: 'brslu-gau-mabaji', city: 'Gowa' },
      timeZone: 'Asia/Makassar',
      roles: [{ role: 'kiosk' }],
      issuer: { slot: 2, of: 2 },
      printer: { deviceName: 'EPSON TM-T82', paperWidthMm: 58, enabled: true },
      serviceHours: { opens: '07:30', closes: '16:00' },
      supervisorPinHash: 'pbkdf2$hash',
    });
    expect(result.config.counters).toHaveLength(3);
  });

  it('makes "Loket 2" a console with the centre’s printer', () => {
    const result = configFromFleetFile(accepted(exampleText), 'Loket 2', 'pbkdf2$hash');
    if (!result.ok) throw new Error(result.problem);
    expect(result.config.roles).toEqual([{ role: 'console' }]);
    expect(result.config.printer).toEqual({ deviceName: '', paperWidthMm: 80, enabled: true });
  });

  it('numbers kiosks by their order in the file when none has a number', () => {
    const file = accepted(
      variant((f) => {
        for (const pc of f.pcs as { issuerSlot?: number }[]) delete pc.issuerSlot;
      }),
    );
    const first = configFromFleetFile(file, 'Kios lobi 1', 'h');
    expect(first.ok && first.config.issuer).toEqual({ slot: 1, of: 2 });
  });

  it('takes the PIN hash from the file when it has one, and needs one from somewhere', () => {
    const withHash = accepted(
      variant((f) => Object.assign(f, { supervisorPinHash: 'pbkdf2$file' })),
    );
    const result = configFromFleetFile(withHash, 'Loket 1');
    expect(result.ok && result.config.supervisorPinHash).toBe('pbkdf2$file');
    expect(configFromFleetFile(accepted(exampleText), 'Loket 1')).toEqual({
      ok: false,
      problem: 'PIN supervisor belum diisi.',
    });
  });

  it('refuses a PC name the file does not have', () => {
    expect(configFromFleetFile(accepted(exampleText), 'Loket 9', 'h')).toEqual({
      ok: false,
      problem: "PC 'Loket 9' tidak ada di berkas konfigurasi.",
    });
  });

  it('accepts comments, as an IT person writes notes in the file', () => {
    const commented = exampleText.replace('"format"', '// Balai Gowa, disusun oleh TI\n  "format"');
    expect(accepted(commented).format).toBe('serasi-desk-balai');
  });

  it('accepts a file saved by Notepad with a byte order mark, and a trailing comma', () => {
    const notepad = `\uFEFF${exampleText.replace(/\n\s*\]\n\}\s*$/, ',\n  ]\n}\n')}`;
    expect(notepad).toMatch(/,\n {2}\]\n\}\n$/);
    expect(accepted(notepad).pcs).toHaveLength(6);
  });
});

describe('a bad file is refused with the right message', () => {
  it('a JSON syntax error, with its line and column', () => {
    const text = '{\n  "format": "serasi-desk-balai"\n  "version": 1\n}';
    expect(problemsOf(text)).toEqual(['Baris 3, kolom 3: koma hilang di antara dua isian.']);
  });

  it('a JSON syntax error worded by what is written there, only the first one', () => {
    expect(problemsOf("{\n  'format': 'serasi-desk-balai'\n}")).toEqual([
      `Baris 2, kolom 3: pakai tanda kutip ganda ("), bukan tanda kutip tunggal (').`,
    ]);
    expect(problemsOf('{\n  format: "serasi-desk-balai"\n}')).toEqual([
      'Baris 2, kolom 3: format harus diapit tanda kutip ganda: "format".',
    ]);
    expect(problemsOf('{\n  "pcs": [\n    { "name": "Loket 1" }\n}')).toEqual([
      'Baris 4, kolom 1: kurung siku penutup ] hilang sebelum }.',
    ]);
  });

  it('another kind of JSON file gets one answer, not a list of everything it lacks', () => {
    expect(problemsOf('{ "name": "serasi-desk", "version": "0.1.0" }')).toEqual([
      'Jenis berkas (format): harus "serasi-desk-balai".',
    ]);
  });

  it('a file that is not an object at all', () => {
    expect(problemsOf('[1, 2]')).toEqual([
      'Berkas ini bukan berkas konfigurasi balai: isinya harus { … }.',
    ]);
  });

  it('the wrong format or version', () => {
    expect(problemsOf(variant((f) => Object.assign(f, { format: 'lain' })))).toEqual([
      'Jenis berkas (format): harus "serasi-desk-balai".',
    ]);
    expect(problemsOf(variant((f) => Object.assign(f, { version: 2 })))).toEqual([
      'Versi berkas (version): versi berkas ini belum dikenal; aplikasi ini membaca versi 1.',
    ]);
  });

  it('a missing centre name', () => {
    expect(problemsOf(variant((f) => delete (f.centre as { name?: string }).name))).toEqual([
      'Balai, nama: belum diisi.',
    ]);
  });

  it('a counter number out of range, named by the counter', () => {
    const problems = problemsOf(
      variant((f) => Object.assign(f.counters[1] as object, { number: 120 })),
    );
    expect(problems).toEqual(['Loket ke-2 (Loket Lansia), nomor: paling besar 99; tertulis 120.']);
  });

  it('a value of the wrong kind is said to be wrong, not missing', () => {
    expect(
      problemsOf(
        variant((f) => {
          Object.assign(f.counters[0] as object, { number: '1' });
          Object.assign(f.printer as object, { enabled: 'ya' });
        }),
      ),
    ).toEqual([
      'Loket ke-1 (Loket Informasi), nomor: harus angka; tertulis "1".',
      'Printer, aktif: harus true atau false; tertulis "ya".',
    ]);
  });

  it('a choice outside the list, with the choices and what was written', () => {
    expect(
      problemsOf(
        variant((f) => {
          Object.assign(f, { timeZone: 'Asia/Makasar', ordering: { kind: 'acak' } });
          Object.assign(f.printer as object, { paperWidthMm: 70 });
        }),
      ),
    ).toEqual([
      'Zona waktu: harus "Asia/Jakarta", "Asia/Makassar" atau "Asia/Jayapura"; tertulis "Asia/Makasar".',
      'Urutan panggilan, jenis: harus "fifo", "weighted", "strict" atau "ratio"; tertulis "acak".',
      'Printer, lebar kertas: harus 58 atau 80; tertulis 70.',
    ]);
  });

  it('a misspelt key', () => {
    expect(problemsOf(variant((f) => Object.assign(f, { counter: [] })))).toEqual([
      'Berkas: kunci tidak dikenal: "counter" (periksa ejaannya).',
    ]);
  });

  it('a role that does not exist, named by the PC', () => {
    const problems = problemsOf(
      variant((f) => Object.assign(f.pcs[1] as object, { roles: [{ role: 'kasir' }] })),
    );
    expect(problems).toEqual([
      `PC 'Kios lobi 2', peran ke-1: harus "kiosk", "console" atau "display"; tertulis "kasir".`,
    ]);
  });

  it('a PC name written twice', () => {
    expect(
      problemsOf(variant((f) => Object.assign(f.pcs[3] as object, { name: 'Loket 1' }))),
    ).toEqual(["PC 'Loket 1' tertulis lebih dari sekali: setiap PC perlu nama sendiri."]);
  });

  it('kiosk numbers with a gap', () => {
    expect(
      problemsOf(variant((f) => Object.assign(f.pcs[1] as object, { issuerSlot: 3 }))),
    ).toEqual([
      'Nomor kios (issuerSlot) harus 1, 2 untuk 2 PC kios, tanpa celah dan tanpa kembar; tertulis: 1, 3.',
    ]);
  });

  it('a kiosk number on a PC that is not a kiosk', () => {
    expect(
      problemsOf(variant((f) => Object.assign(f.pcs[2] as object, { issuerSlot: 3 }))),
    ).toEqual([
      `PC 'Loket 1', nomor kios: hanya PC dengan peran "kiosk" yang memakai nomor kios (issuerSlot).`,
    ]);
  });

  it('kiosk numbers written twice', () => {
    expect(
      problemsOf(variant((f) => Object.assign(f.pcs[1] as object, { issuerSlot: 1 }))),
    ).toEqual([
      'Nomor kios (issuerSlot) harus 1, 2 untuk 2 PC kios, tanpa celah dan tanpa kembar; tertulis: 1, 1.',
    ]);
  });

  it('a counter serving a service the service model does not offer', () => {
    expect(
      problemsOf(variant((f) => Object.assign(f, { serviceModel: 'single_referral_point' }))),
    ).toEqual([
      'Loket ke-1 (Loket Informasi), layanan: "Dokumen Kependudukan" tidak ada pada model layanan Single Referral Point.',
      'Loket ke-2 (Loket Lansia), layanan: "Asesmen" tidak ada pada model layanan Single Referral Point.',
      'Loket ke-2 (Loket Lansia), layanan: "Rehabilitasi Sosial (ATENSI)" tidak ada pada model layanan Single Referral Point.',
      'Loket ke-2 (Loket Lansia), layanan: "Alat Bantu Disabilitas" tidak ada pada model layanan Single Referral Point.',
      'Loket ke-3 (Loket Asesmen), layanan: "Asesmen" tidak ada pada model layanan Single Referral Point.',
      'Loket ke-3 (Loket Asesmen), layanan: "Rehabilitasi Sosial (ATENSI)" tidak ada pada model layanan Single Referral Point.',
    ]);
  });

  it('service hours closing before opening, and a server address without http', () => {
    const problems = problemsOf(
      variant((f) =>
        Object.assign(f, {
          serviceHours: { opens: '16:00', closes: '07:30' },
          server: { url: '192.168.10.5:8787', enrolmentCode: 'K7QM-2XPA-9HTE' },
        }),
      ),
    );
    expect(problems).toEqual([
      'Jam layanan, tutup: Jam tutup harus sesudah jam buka.',
      'Server, alamat: alamat harus diawali http:// atau https://.',
    ]);
  });

  it('a time written without its leading zero is named once, not also as closing too early', () => {
    expect(
      problemsOf(
        variant((f) => Object.assign(f, { serviceHours: { opens: '7:30', closes: '16:00' } })),
      ),
    ).toEqual(['Jam layanan, buka: Tulis jam sebagai JJ:MM, misalnya 07:30.']);
  });
});

it('the JSON Schema shipped for editors is the one the app checks with', () => {
  const shipped = JSON.parse(
    readFileSync(
      new URL('../../resources/fleet/serasi-balai.schema.json', import.meta.url),
      'utf8',
    ),
  ) as Record<string, unknown>;
  const { title, ...schema } = shipped;
  expect(title).toBe('Berkas konfigurasi balai SERASI Desk');
  expect(schema).toEqual(fleetFileJsonSchema());
});
