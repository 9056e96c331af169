// What each service model offers at the counter (../shared/DOMAIN.md): a Single Referral Point
// gives information and refers; a Single Entry Point adds assessment and emergency service that
// can be finished on the spot; a One Stop Shop gives the whole service, including admission to
// the centre's own ATENSI programme.
import type { ServiceModel } from '../centre/config.ts';

export const caseworkServices = ['assessment', 'emergency', 'referral', 'admission'] as const;
export type CaseworkService = (typeof caseworkServices)[number];

const offered: Record<ServiceModel, readonly CaseworkService[]> = {
  single_referral_point: ['referral'],
  single_entry_point: ['assessment', 'emergency', 'referral'],
  one_stop_shop: ['assessment', 'emergency', 'referral', 'admission'],
};

export function offers(model: ServiceModel, service: CaseworkService): boolean {
  return offered[model].includes(service);
}

export function servicesOf(model: ServiceModel): readonly CaseworkService[] {
  return offered[model];
}
