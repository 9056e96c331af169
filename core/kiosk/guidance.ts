// Spoken guidance at the kiosk: one recorded clip per step, said when the step opens, for
// visitors who cannot read the screen (blind, low vision, low literacy). The words say what the
// screen asks and what to touch, in the order of the controls. resources/audio/make-clips.sh
// records each text into resources/public/audio/guide-<language>-<step>.ogg, so code and audio
// cannot drift apart.

export type GuidanceLanguage = 'id' | 'en';

export type GuidanceStep =
  | 'identity'
  | 'name'
  | 'service'
  | 'priority'
  | 'consent'
  | 'ticket'
  | 'ticket-not-printed'
  | 'ticket-failed'
  | 'darurat-confirm'
  | 'darurat-coming'
  | 'idle';

export const guidanceSteps: readonly GuidanceStep[] = [
  'identity',
  'name',
  'service',
  'priority',
  'consent',
  'ticket',
  'ticket-not-printed',
  'ticket-failed',
  'darurat-confirm',
  'darurat-coming',
  'idle',
];

const texts: Readonly<Record<GuidanceLanguage, Readonly<Record<GuidanceStep, string>>>> = {
  id: {
    identity:
      'Ketik NIK Anda, enam belas angka, dengan papan angka. NIK ada di KTP atau Kartu Keluarga. Kalau tidak punya KTP, sentuh tombol Tidak punya KTP, di bawah papan angka.',
    name: 'Tulis nama Anda dengan papan huruf. Nama panggilan juga boleh. Atau sentuh Lewati, dan sebut nama Anda di loket.',
    service:
      'Apa yang Anda butuhkan? Sentuh satu layanan. Setiap layanan punya gambar dan penjelasan singkat.',
    priority:
      'Apakah Anda lanjut usia, penyandang disabilitas, ibu hamil, membawa anak, atau korban bencana? Sentuh yang sesuai. Anda akan didahulukan. Lalu sentuh Lanjut, di kanan bawah.',
    consent:
      'Kami minta izin mencatat data Anda, untuk melayani Anda. Sentuh Setuju. Kalau tidak setuju, Anda tetap mendapat nomor antrian.',
    ticket:
      'Nomor antrian Anda ada di layar. Ambil kertas tiket di bawah layar. Silakan duduk. Nomor Anda akan dipanggil.',
    'ticket-not-printed':
      'Kertas tiket tidak keluar, tetapi nomor Anda tetap berlaku. Ingat nomor di layar, atau minta tolong petugas.',
    'ticket-failed': 'Nomor antrian belum bisa dibuat. Minta tolong petugas di dekat Anda.',
    'darurat-confirm':
      'Butuh pertolongan segera? Sentuh Ya, panggil petugas. Atau sentuh Batal untuk kembali.',
    'darurat-coming': 'Petugas segera datang. Tetap di dekat kios ini.',
    idle: 'Masih di sini? Sentuh layar untuk melanjutkan.',
  },
  en: {
    identity:
      'Type your NIK, sixteen digits, on the number pad. The NIK is on your ID card or family card. If you have no ID card, touch I have no KTP, below the number pad.',
    name: 'Write your name on the letter keyboard. A nickname is fine. Or touch Skip, and say your name at the counter.',
    service:
      'What do you need? Touch one service. Each service has a picture and a short explanation.',
    priority:
      'Are you an older person, a person with a disability, pregnant, with a child, or a disaster victim? Touch what fits you. You will be served first. Then touch Next, at the bottom right.',
    consent:
      'We ask your permission to record your details, to serve you. Touch I agree. If you do not agree, you still get a queue number.',
    ticket:
      'Your queue number is on the screen. Take the paper ticket below the screen. Please sit down. Your number will be called.',
    'ticket-not-printed':
      'The paper ticket did not come out, but your number is still valid. Remember the number on the screen, or ask staff for help.',
    'ticket-failed': 'A queue number cannot be made yet. Please ask the staff near you for help.',
    'darurat-confirm':
      'Do you need help right now? Touch Yes, call staff. Or touch Cancel to go back.',
    'darurat-coming': 'Staff are coming. Please stay near this kiosk.',
    idle: 'Are you still there? Touch the screen to continue.',
  },
};

export interface GuidanceClip {
  id: string;
  language: GuidanceLanguage;
  text: string;
}

export function guidanceClipId(language: GuidanceLanguage, step: GuidanceStep): string {
  return `guide-${language}-${step}`;
}

/** Every guidance clip, for the recording script. */
export const guidanceClips: readonly GuidanceClip[] = (['id', 'en'] as const).flatMap((language) =>
  guidanceSteps.map((step) => ({
    id: guidanceClipId(language, step),
    language,
    text: texts[language][step],
  })),
);
