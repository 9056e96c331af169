// Text that core/ keeps in Indonesian beside its data (service names, NIK problems), said in the
// language t() speaks: core's own words in Indonesian, en/core-text.ts in English.
import type { Service } from '../../core/catalog/services.ts';
import type { NikErrorCode } from '../../core/nik/nik.ts';
import { nikProblems, serviceText } from './en/core-text.ts';
import { currentLanguage } from './index.ts';

export function serviceName(service: Service): string {
  return currentLanguage() === 'en'
    ? (serviceText[service.id]?.name ?? service.name)
    : service.name;
}

export function servicePlainWords(service: Service): string {
  return currentLanguage() === 'en'
    ? (serviceText[service.id]?.plainWords ?? service.plainWords)
    : service.plainWords;
}

/** Why a typed NIK is refused: core's detailed Indonesian message, or its English twin. */
export function nikProblem(
  problem: { code: NikErrorCode; message: string },
  typedDigits: number,
): string {
  if (currentLanguage() !== 'en') return problem.message;
  return nikProblems[problem.code].replace('{count}', String(typedDigits));
}
