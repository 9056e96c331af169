// Service names as staff read them, from the catalogue; an unknown id (a service removed from
// the catalogue after tickets were issued) still shows something recognisable.
import { serviceById } from '../../core/catalog/services.ts';
import type { Counter } from '../../core/centre/config.ts';

export function serviceName(serviceId: string): string {
  return serviceById(serviceId)?.name ?? serviceId;
}

export function counterServiceNames(counter: Counter): string {
  return counter.serviceIds.map(serviceName).join(', ');
}
