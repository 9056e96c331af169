// A centre's configuration file (_berkas konfigurasi balai_): everything its PCs share — the
// centre, service model, counters, queue policy, service hours, printer, and the sync server with
// one enrolment code — and a profile per PC ("Kios lobi 1", "Loket 2", "TV ruang tunggu") with its
// roles. The centre's IT person writes it once (resources/fleet/contoh-balai.json is a complete
// example, serasi-balai.schema.json lets an editor check it while typing) and imports it at each
// PC's first run, so ten PCs are set up alike. Every problem is reported in Indonesian, named by a
// place a person finds in the file ("Baris 14, kolom 3", "Loket ke-2 (Loket Lansia), nomor").
import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';
import { z } from 'zod';
import { allServicesForModel, serviceById } from '../catalog/services.ts';
import { enrolmentCodeSchema } from '../sync/protocol.ts';
import {
  type InstallationConfig,
  installationConfigSchema,
  roleAssignmentSchema,
} from './config.ts';

export const FLEET_FILE_FORMAT = 'serasi-desk-balai';
/** The most kiosks a centre's numbering interleaves (config.ts issuer). */
const MAX_KIOSKS = 9;

const shape = installationConfigSchema.shape;

export const fleetPcSchema = z.strictObject({
  /** Unique in the file; the PC's name on the server too. */
  name: z.string().trim().min(1, 'belum diisi').max(80),
  roles: z.array(roleAssignmentSchema).min(1, 'pilih sedikitnya satu peran'),
  /** A kiosk's place among the centre's kiosks; by order in the file when no kiosk has one. */
  issuerSlot: z.number().int().min(1).max(MAX_KIOSKS).optional(),
  /** This PC's printer, when it is not the centre's default. */
  printer: shape.printer.optional(),
});
export type FleetPc = z.infer<typeof fleetPcSchema>;

/** What kind of file this is: checked first, so another file gets one clear answer. */
const fleetFileKindSchema = z.object({
  format: z.literal(FLEET_FILE_FORMAT, `harus "${FLEET_FILE_FORMAT}"`),
  version: z.literal(1, 'versi berkas ini belum dikenal; aplikasi ini membaca versi 1'),
});

export const fleetFileSchema = z.strictObject({
  /** The JSON Schema an editor checks the file against. */
  $schema: z.string().optional(),
  ...fleetFileKindSchema.shape,
  centre: shape.balai,
  serviceModel: shape.serviceModel,
  timeZone: shape.timeZone,
  counters: shape.counters,
  ordering: shape.ordering,
  noShowAfterCalls: shape.noShowAfterCalls,
  targetWaitMinutes: shape.targetWaitMinutes,
  serviceHours: shape.serviceHours,
  kiosk: shape.kiosk,
  /** The centre's default printer; a PC's own `printer` replaces it. */
  printer: shape.printer,
  /** PBKDF2 hash of the supervisor PIN; without it each PC asks for the PIN at import. */
  supervisorPinHash: z.string().min(1).optional(),
  /** The centre's sync server and a code for all its PCs (`admin code … --uses N`). */
  server: z
    .strictObject({
      url: z.url({ protocol: /^https?$/, error: 'alamat harus diawali http:// atau https://' }),
      enrolmentCode: enrolmentCodeSchema,
    })
    .optional(),
  pcs: z.array(fleetPcSchema).min(1, 'tuliskan sedikitnya satu PC'),
});
export type FleetFile = z.infer<typeof fleetFileSchema>;

export type FleetFileReading = { ok: true; file: FleetFile } | { ok: false; problems: string[] };

const syntaxWords: Record<string, string> = {
  InvalidSymbol: 'ada tanda yang tidak dikenal',
  InvalidNumberFormat: 'angka tidak ditulis dengan benar',
  PropertyNameExpected: 'di sini seharusnya nama kunci dalam tanda kutip',
  ValueExpected: 'di sini seharusnya ada nilai',
  ColonExpected: 'titik dua (:) hilang setelah nama kunci',
  CommaExpected: 'koma hilang di antara dua isian',
  CloseBraceExpected: 'kurung kurawal penutup } hilang',
  CloseBracketExpected: 'kurung siku penutup ] hilang',
  EndOfFileExpected: 'ada tulisan lagi setelah akhir isi berkas',
  UnexpectedEndOfString: 'tanda kutip penutup hilang',
  UnexpectedEndOfComment: 'catatan /* … */ tidak ditutup',
  InvalidUnicode: 'kode huruf \\u tidak sah',
  InvalidEscapeCharacter: 'tanda \\ tidak sah di dalam teks',
  InvalidCharacter: 'ada karakter yang tidak boleh di dalam teks',
};

/** What went wrong at a syntax error, in the words of what is at that place in the text. */
function syntaxWordsAt(text: string, error: ParseError): string {
  const code = printParseErrorCode(error.error);
  const at = text.slice(error.offset, error.offset + error.length);
  if (code === 'InvalidSymbol' && at.startsWith("'")) {
    return 'pakai tanda kutip ganda ("), bukan tanda kutip tunggal (\')';
  }
  if (code === 'InvalidSymbol' && /^[A-Za-z_]/.test(at)) {
    const word = /^[A-Za-z_][\w-]*/.exec(at)?.[0] ?? at;
    return `${word} harus diapit tanda kutip ganda: "${word}"`;
  }
  // A comma was expected: in an array a } means its ] is missing, in an object a ] its }.
  if (code === 'CommaExpected' && at === '}') return 'kurung siku penutup ] hilang sebelum }';
  if (code === 'CommaExpected' && at === ']') return 'kurung kurawal penutup } hilang sebelum ]';
  return syntaxWords[code] ?? 'penulisan JSON tidak sah';
}

/**
 * "Baris 14, kolom 3: koma hilang di antara dua isian." Only the first error: the parser's later
 * ones mostly follow from it and would send the reader to places that are fine.
 */
function syntaxProblem(text: string, error: ParseError): string {
  const before = text.slice(0, error.offset).split('\n');
  const line = before.length;
  const column = (before.at(-1)?.length ?? 0) + 1;
  return `Baris ${line}, kolom ${column}: ${syntaxWordsAt(text, error)}.`;
}

const fieldWords: Record<string, string> = {
  format: 'Jenis berkas (format)',
  version: 'Versi berkas (version)',
  centre: 'Balai',
  id: 'kode',
  name: 'nama',
  shortName: 'nama singkat',
  city: 'kota',
  serviceModel: 'Model layanan',
  timeZone: 'Zona waktu',
  counters: 'Loket',
  number: 'nomor',
  serviceIds: 'layanan',
  ordering: 'Urutan panggilan',
  noShowAfterCalls: 'Tandai tidak hadir setelah dipanggil',
  targetWaitMinutes: 'Target waktu tunggu',
  serviceHours: 'Jam layanan',
  opens: 'buka',
  closes: 'tutup',
  kiosk: 'Kios',
  idleSeconds: 'kembali ke awal setelah (detik)',
  printer: 'Printer',
  deviceName: 'nama printer',
  paperWidthMm: 'lebar kertas',
  enabled: 'aktif',
  supervisorPinHash: 'PIN supervisor',
  server: 'Server',
  url: 'alamat',
  enrolmentCode: 'kode pendaftaran',
  pcs: 'PC',
  roles: 'peran',
  role: 'peran',
  displayId: 'layar',
  issuerSlot: 'nomor kios',
  kind: 'jenis',
  priorityBonusMinutes: 'tambahan waktu prioritas (menit)',
  regularPerPriority: 'antrian umum sebelum satu prioritas',
};

/** Where an issue is, as a person reads the file: "Loket ke-2 (Loket Lansia), nomor". */
function placeOf(path: readonly PropertyKey[], input: unknown): string {
  const parts: string[] = [];
  let at: unknown = input;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next =
      at !== null && typeof at === 'object'
        ? (at as Record<PropertyKey, unknown>)[key as string]
        : undefined;
    at = next;
    if (typeof key === 'number') {
      const name =
        next !== null && typeof next === 'object' ? (next as { name?: unknown }).name : undefined;
      const named = typeof name === 'string' && name.trim() !== '';
      const last = parts.length - 1;
      if (path[i - 1] === 'pcs') parts[last] = named ? `PC '${name}'` : `PC ke-${key + 1}`;
      else if (path[i - 1] === 'counters') {
        parts[last] = `Loket ke-${key + 1}${named ? ` (${name})` : ''}`;
      } else if (last >= 0) parts[last] = `${parts[last]} ke-${key + 1}`;
      else parts.push(`ke-${key + 1}`);
    } else if (key === 'role' && typeof path[i - 1] === 'number' && path[i - 2] === 'roles') {
      // "peran ke-1", not "peran ke-1, peran".
    } else parts.push(fieldWords[String(key)] ?? String(key));
  }
  return parts.join(', ') || 'Berkas';
}

/** A value as the file shows it, short: "kasir" in quotes, 120 as is. */
function shown(value: unknown): string {
  if (value === undefined) return 'kosong';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** "\"kiosk\", \"console\" atau \"display\"". */
function oneOf(values: readonly unknown[]): string {
  const words = values.map(shown);
  return words.length < 2
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} atau ${words.at(-1)}`;
}

const typeWords: Record<string, string> = {
  string: 'teks dalam tanda kutip',
  number: 'angka',
  int: 'bilangan bulat',
  boolean: 'true atau false',
  object: 'isian { … }',
  array: 'daftar [ … ]',
};

const sizeUnits: Record<string, string> = { string: 'huruf', array: 'isian' };

/**
 * The file's problems in the words an IT person reads, with what the file holds: "paling besar 99;
 * tertulis 120". Messages the schemas already word in Indonesian (config.ts) take precedence;
 * anything not worded here falls back to zod's Indonesian locale.
 */
const fleetErrors: z.core.$ZodErrorMap = (issue) => {
  const written = `tertulis ${shown(issue.input)}`;
  if (issue.input === undefined && issue.code.startsWith('invalid_')) return 'belum diisi';
  switch (issue.code) {
    case 'invalid_type':
      return `harus ${typeWords[issue.expected] ?? issue.expected}; ${written}`;
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const limit = Number(big ? issue.maximum : issue.minimum);
      if (issue.origin === 'number') {
        return issue.inclusive === false
          ? `harus ${big ? 'kurang' : 'lebih'} dari ${limit}; ${written}`
          : `paling ${big ? 'besar' : 'kecil'} ${limit}; ${written}`;
      }
      const unit = sizeUnits[issue.origin];
      if (!unit) return undefined;
      if (!big && limit === 1) return 'belum diisi';
      return `paling ${big ? 'banyak' : 'sedikit'} ${limit} ${unit}`;
    }
    case 'invalid_value':
      return `harus ${oneOf(issue.values)}; ${written}`;
    case 'invalid_union': {
      // A discriminated union names its options; a union of literals (58 | 80), each branch's.
      const branches: z.core.$ZodIssue[] = issue.errors.flat();
      const named = 'options' in issue ? (issue.options as readonly unknown[] | undefined) : null;
      const options =
        named ?? branches.flatMap((e) => (e.code === 'invalid_value' ? [...e.values] : []));
      if (options.length === 0) return undefined;
      // A discriminated union reports the whole object; the file's reader wants its `kind`.
      const { discriminator, input } = issue;
      const value =
        discriminator && input !== null && typeof input === 'object'
          ? (input as Record<string, unknown>)[discriminator]
          : input;
      return `harus ${oneOf(options)}; tertulis ${shown(value)}`;
    }
    case 'unrecognized_keys':
      return `kunci tidak dikenal: ${issue.keys.map((key) => `"${key}"`).join(', ')} (periksa ejaannya)`;
    default:
      return undefined;
  }
};

const indonesian = z.locales.id().localeError;

/** Reads and checks a centre configuration file (JSON; comments and trailing commas allowed). */
export function readFleetFile(file: string): FleetFileReading {
  // Windows Notepad may start a UTF-8 file with a byte order mark.
  const text = file.replace(/^\uFEFF/, '');
  const errors: ParseError[] = [];
  const input: unknown = parse(text, errors, {
    allowTrailingComma: true,
    disallowComments: false,
  });
  const [first] = errors;
  if (first) return { ok: false, problems: [syntaxProblem(text, first)] };
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return {
      ok: false,
      problems: ['Berkas ini bukan berkas konfigurasi balai: isinya harus { … }.'],
    };
  }
  const wordsFor = (issues: z.core.$ZodIssue[]) =>
    issues.map(
      (issue) =>
        `${placeOf(issue.path, input)}: ${issue.message.replace(/^Input tidak valid:\s*/, '')}.`,
    );
  const params = { error: (issue: z.core.$ZodRawIssue) => fleetErrors(issue) ?? indonesian(issue) };
  // Another kind of file, or a later version: say only that, not everything it lacks.
  const kind = fleetFileKindSchema.safeParse(input, params);
  if (!kind.success) {
    const format = kind.error.issues.filter((issue) => issue.path[0] === 'format');
    return { ok: false, problems: wordsFor(format.length > 0 ? format : kind.error.issues) };
  }
  const parsed = fleetFileSchema.safeParse(input, params);
  if (!parsed.success) return { ok: false, problems: wordsFor(parsed.error.issues) };
  const problems = crossCheck(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, file: parsed.data };
}

/** What the schema cannot see: names and numbers that must differ, services the model lacks. */
function crossCheck(file: FleetFile): string[] {
  const problems: string[] = [];
  const twice = <T>(values: T[]) => [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];

  for (const name of twice(file.pcs.map((pc) => pc.name))) {
    problems.push(`PC '${name}' tertulis lebih dari sekali: setiap PC perlu nama sendiri.`);
  }
  for (const number of twice(file.counters.map((c) => c.number))) {
    problems.push(`Loket nomor ${number} tertulis lebih dari sekali.`);
  }
  for (const id of twice(file.counters.map((c) => c.id))) {
    problems.push(`Kode loket "${id}" tertulis lebih dari sekali.`);
  }
  const offered = new Set(allServicesForModel(file.serviceModel).map((s) => s.id));
  file.counters.forEach((counter, index) => {
    for (const id of counter.serviceIds) {
      if (offered.has(id)) continue;
      const service = serviceById(id);
      problems.push(
        service
          ? `Loket ke-${index + 1} (${counter.name}), layanan: "${service.name}" tidak ada pada model layanan ${modelNames[file.serviceModel]}.`
          : `Loket ke-${index + 1} (${counter.name}), layanan: "${id}" tidak dikenal.`,
      );
    }
  });

  const kiosks = file.pcs.filter(isKiosk);
  if (kiosks.length > MAX_KIOSKS) {
    problems.push(
      `Paling banyak ${MAX_KIOSKS} PC kios dalam satu balai; berkas ini menulis ${kiosks.length}.`,
    );
  }
  for (const pc of file.pcs) {
    if (pc.issuerSlot !== undefined && !isKiosk(pc)) {
      problems.push(
        `PC '${pc.name}', nomor kios: hanya PC dengan peran "kiosk" yang memakai nomor kios (issuerSlot).`,
      );
    }
  }
  const slots = kiosks.map((pc) => pc.issuerSlot);
  if (slots.some((slot) => slot !== undefined)) {
    const expected = kiosks.map((_, i) => i + 1).join(', ');
    const given = [...slots].sort((a, b) => (a ?? 0) - (b ?? 0));
    if (given.some((slot, i) => slot !== i + 1)) {
      problems.push(
        `Nomor kios (issuerSlot) harus ${expected} untuk ${kiosks.length} PC kios, tanpa celah dan tanpa kembar; tertulis: ${slots.map((s) => s ?? 'kosong').join(', ')}.`,
      );
    }
  }
  return problems;
}

/** The service models as the ministry names them. */
const modelNames: Record<FleetFile['serviceModel'], string> = {
  single_referral_point: 'Single Referral Point',
  single_entry_point: 'Single Entry Point',
  one_stop_shop: 'One Stop Shop',
};

const isKiosk = (pc: FleetPc) => pc.roles.some((r) => r.role === 'kiosk');

export type FleetConfigResult =
  | { ok: true; config: InstallationConfig; pc: FleetPc }
  | { ok: false; problem: string };

/** This PC's installation config from the file and the profile chosen for it. */
export function configFromFleetFile(
  file: FleetFile,
  pcName: string,
  pinHash?: string,
): FleetConfigResult {
  const pc = file.pcs.find((p) => p.name === pcName);
  if (!pc) return { ok: false, problem: `PC '${pcName}' tidak ada di berkas konfigurasi.` };
  const supervisorPinHash = file.supervisorPinHash ?? pinHash;
  if (!supervisorPinHash) return { ok: false, problem: 'PIN supervisor belum diisi.' };
  const kiosks = file.pcs.filter(isKiosk);
  const slot = isKiosk(pc) ? (pc.issuerSlot ?? kiosks.indexOf(pc) + 1) : 1;
  const config = installationConfigSchema.parse({
    schemaVersion: 1,
    balai: file.centre,
    serviceModel: file.serviceModel,
    timeZone: file.timeZone,
    counters: file.counters,
    roles: pc.roles,
    ordering: file.ordering,
    noShowAfterCalls: file.noShowAfterCalls,
    targetWaitMinutes: file.targetWaitMinutes,
    serviceHours: file.serviceHours,
    issuer: { slot, of: Math.max(1, kiosks.length) },
    printer: pc.printer ?? file.printer,
    kiosk: file.kiosk,
    supervisorPinHash,
  } satisfies InstallationConfig);
  return { ok: true, config, pc };
}

/** The JSON Schema of the file, for editors (`npm run fleet-schema`). */
export function fleetFileJsonSchema(): unknown {
  return z.toJSONSchema(fleetFileSchema, { io: 'input', target: 'draft-2020-12' });
}
