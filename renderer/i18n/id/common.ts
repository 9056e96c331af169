// Text shared by every screen.
export const common = {
  appName: 'SERASI Desk',
  loading: 'Memuat…',
  screens: 'Layar',
  screen: {
    kiosk: 'Kios pendaftaran',
    console: 'Konsol petugas',
    display: 'Papan antrian',
    setup: 'Pengaturan',
  },
  lane: {
    emergency: 'Darurat',
    priority: 'Prioritas',
    regular: 'Umum',
  },
  priorityClass: {
    disability: 'Penyandang disabilitas',
    elderly: 'Lanjut usia',
    pregnant: 'Ibu hamil',
    child: 'Anak / membawa anak',
    disaster_victim: 'Korban bencana',
  },
  state: {
    waiting: 'Menunggu',
    called: 'Dipanggil',
    serving: 'Dilayani',
    done: 'Selesai',
    no_show: 'Tidak hadir',
    transferred: 'Dialihkan',
    cancelled: 'Dibatalkan',
    carried_over: 'Dibawa ke hari berikutnya',
  },
  counter: 'Loket {number}',
  configError: 'Pengaturan perangkat tidak dapat dibaca',
  retry: 'Coba lagi',
  storageError: 'Data tidak dapat disimpan di perangkat ini. Hubungi petugas.',
};
