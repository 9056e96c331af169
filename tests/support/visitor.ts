// What a visitor tells the kiosk, for store and sync tests: Siti Aminah with her NIK, consenting.
import type { VisitorAnswers } from '../../core/visitor/registration.ts';

export function visitor(overrides: Partial<VisitorAnswers> = {}): VisitorAnswers {
  return {
    serviceId: 'informasi',
    priorityClasses: [],
    hasNoId: false,
    nik: '7306014505800001',
    name: 'Siti Aminah',
    consentGiven: true,
    ...overrides,
  };
}
