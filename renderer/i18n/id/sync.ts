// Text of the sync with the centre's server: the status line on every screen, the reasons it
// gives when it cannot sync, and the notices of changes the server refused.
export const sync = {
  status: {
    notEnrolled: 'Tidak terhubung ke server pusat',
    syncing: 'Menyinkronkan…',
    online: 'Tersinkron',
    onlineAt: 'Tersinkron · {time}',
    offline: 'Offline',
    error: 'Sinkronisasi tertunda',
    updateNeeded: 'Perlu pembaruan aplikasi',
    reenrol: 'Perlu didaftarkan ulang',
    pending: '{count} menunggu dikirim',
    pendingShort: '{count} tertunda',
  },
  error: {
    offline:
      'Server pusat tidak dapat dihubungi. Perubahan disimpan di perangkat ini dan dikirim otomatis nanti.',
    server: 'Server pusat sedang bermasalah. Sinkronisasi dicoba lagi otomatis.',
    badAnswer: 'Jawaban server pusat tidak dapat dibaca. Sinkronisasi dicoba lagi otomatis.',
    unauthorized: 'Server pusat tidak mengenali perangkat ini. Daftarkan ulang perangkat ini.',
    revoked:
      'Pendaftaran perangkat ini sudah dicabut. Minta kode pendaftaran baru kepada admin balai.',
    updateNeeded:
      'Versi aplikasi ini tidak dapat lagi bertukar data dengan server pusat. Mohon perbarui aplikasi.',
    rejected: 'Server pusat menolak permintaan perangkat ini.',
    wipedStore:
      'Data perangkat ini telah dihapus setelah didaftarkan. Daftarkan ulang perangkat ini ke server pusat.',
    localStore: 'Data dari server pusat tidak dapat disimpan di perangkat ini.',
    credentials: 'Data pendaftaran ke server pusat tidak dapat dibaca.',
  },
  notice: {
    region: 'Perubahan yang ditolak server pusat',
    line: '{what}: {reason}',
    undone: {
      issued: 'Tiket {number} dibatalkan',
      call: 'Panggilan {number} dibatalkan',
      recall: 'Panggilan ulang {number} dibatalkan',
      start: 'Mulai layani {number} dibatalkan',
      finish: 'Selesai layani {number} dibatalkan',
      no_show: 'Tanda tidak hadir {number} dibatalkan',
      transfer: 'Pengalihan {number} dibatalkan',
      cancel: 'Pembatalan {number} tidak berlaku',
      requeue: 'Pengembalian {number} ke antrian dibatalkan',
      close_no_show: 'Tanda tidak hadir saat tutup layanan untuk {number} dibatalkan',
      carry_over: 'Pemindahan {number} ke hari berikutnya dibatalkan',
    },
    change: 'Perubahan dibatalkan',
    dismiss: 'Tutup pemberitahuan',
  },
};
