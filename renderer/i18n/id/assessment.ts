// Text of the ATENSI assessment form: drafts, completion, edit history. The questions themselves
// are the template's (core/casework/assessment-template.ts), versioned with it.
export const assessment = {
  heading: 'Asesmen ATENSI',
  loading: 'Memuat asesmen…',
  notOffered:
    'Asesmen tidak tersedia pada model layanan balai ini. Rujuk penerima manfaat ke mitra.',
  intro:
    'Isian tersimpan otomatis sebagai draf di komputer ini selama diketik. Kolom bertanda (wajib) harus diisi sebelum asesmen diselesaikan.',
  editingIntro:
    'Anda mengubah asesmen versi {version}. Perubahan tersimpan sebagai draf; versi lama tetap ada di riwayat.',
  required: '(wajib)',
  unknownStaff: 'Petugas',
  yes: 'Ya',
  no: 'Tidak',
  characters: '{count} dari {max} karakter',
  tooLong: '{count} dari {max} karakter — terlalu panjang',
  draft: {
    saved: 'Draf tersimpan {time}',
    saving: 'Menyimpan draf…',
    failed:
      'Draf belum tersimpan di komputer ini. Jangan tutup jendela; isian akan dicoba disimpan lagi.',
  },
  urgent: {
    label: 'Mendesak',
    banner:
      'Ada tanda risiko: {flags}. Segera tangani dan laporkan kepada pekerja sosial penanggung jawab.',
  },
  complete: 'Selesaikan asesmen',
  saveEdit: 'Simpan perubahan',
  completing: 'Menyimpan…',
  completed: 'Asesmen tersimpan.',
  completedVersion: 'Perubahan asesmen tersimpan sebagai versi {version}.',
  summary: {
    heading: 'Asesmen belum dapat diselesaikan: {count} hal perlu diperbaiki.',
    intro: 'Isian Anda tetap tersimpan. Perbaiki yang berikut, lalu tekan “{action}” lagi.',
    failed: 'Asesmen belum dapat diselesaikan.',
  },
  cancelEdit: 'Batalkan perubahan',
  cancelEditQuestion: 'Buang perubahan yang belum disimpan? Asesmen versi {version} tetap berlaku.',
  cancelEditYes: 'Ya, buang perubahan',
  cancelEditNo: 'Tidak, lanjutkan mengubah',
  view: {
    completedBy: 'Diselesaikan oleh {name} pukul {time}, {date}',
    version: 'Versi {version}',
    edit: 'Ubah',
    editLabel: 'Ubah asesmen',
    noAnswer: '—',
    otherVersions:
      'Asesmen ini juga diubah bersamaan di komputer lain ({count} versi lain). Yang ditampilkan adalah yang terakhir diselesaikan; versi lain ada di riwayat.',
  },
  history: {
    heading: 'Riwayat',
    summary: 'Riwayat ({count} versi)',
    entry: 'Versi {version} — {name}, pukul {time}, {date}',
    first: 'Asesmen pertama.',
    changed: 'Diubah: {fields}',
    unchanged: 'Tidak ada jawaban yang berubah.',
    concurrent: 'Versi lain yang dibuat bersamaan',
  },
};
