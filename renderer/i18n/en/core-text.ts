// English for the Indonesian text that lives with the data in core/: the services a visitor
// chooses from at the kiosk, and the NIK problems the kiosk explains. Keyed by the data's ids.
import type { NikErrorCode } from '../../../core/nik/nik.ts';

export const serviceText: Readonly<Record<string, { name: string; plainWords: string }>> = {
  informasi: {
    name: 'Information & Complaints',
    plainWords: 'Ask about social assistance, or make a complaint.',
  },
  rujukan: {
    name: 'Needs & Referral',
    plainWords: 'We write down what you need, then connect you with an organisation that can help.',
  },
  asesmen: {
    name: 'Assessment',
    plainWords: 'Staff ask about your situation to find the right help.',
  },
  darurat: {
    name: 'Emergency Service',
    plainWords: 'You need help right now: you are served first.',
  },
  rehabilitasi: {
    name: 'Social Rehabilitation (ATENSI)',
    plainWords: 'Support and therapy to recover, together with your family.',
  },
  'alat-bantu': {
    name: 'Disability Aids',
    plainWords: 'Ask for a wheelchair, a cane, a hearing aid or another aid.',
  },
  dokumen: {
    name: 'Civil Documents',
    plainWords: 'No KTP, family card or birth certificate yet? We help you get one.',
  },
};

export const nikProblems: Readonly<Record<NikErrorCode, string>> = {
  not_digits: 'The NIK can only have digits.',
  wrong_length: 'The NIK has 16 digits; you typed {count}.',
  unknown_district: 'The first 6 digits of the NIK are not a known area code.',
  invalid_date: 'The birth date in the NIK (digits 7 to 12) is not a real date.',
  birth_in_future: 'The birth date in the NIK is in the future.',
  invalid_serial: 'The last 4 digits of the NIK cannot be 0000.',
};
