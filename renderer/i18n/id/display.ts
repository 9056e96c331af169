// Text of the display board: read from across a waiting room, so short and plain.
export const display = {
  title: 'Papan antrian',
  counters: 'Nomor yang sedang dipanggil',
  counter: 'LOKET {number}',
  noCallYet: 'Belum ada panggilan',
  newest: 'Baru dipanggil',
  recent: {
    heading: 'Panggilan terakhir',
    number: 'Nomor',
    counter: 'Loket',
    time: 'Pukul',
    recall: 'Panggilan ulang',
    empty: 'Belum ada panggilan hari ini.',
    unknownCounter: 'Loket lain',
  },
  clock: 'Waktu sekarang',
  instruction: 'Perhatikan nomor Anda di layar dan dengarkan panggilan',
  enableSound: 'Aktifkan suara',
  enableSoundHint: 'Peramban menahan suara panggilan sampai tombol ini ditekan.',
};
