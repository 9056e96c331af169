// Icons of the kiosk's choices. An icon always comes with its words, never instead of them.
import {
  Accessibility,
  Baby,
  ClipboardList,
  FileText,
  Glasses,
  HeartHandshake,
  Info,
  type LucideIcon,
  Route,
  Siren,
  Tent,
  Users,
} from 'lucide-react';
import type { ServiceIcon } from '../../core/catalog/services.ts';
import type { PriorityClass } from '../../core/queue/ticket.ts';

export const serviceIcons: Record<ServiceIcon, LucideIcon> = {
  info: Info,
  assessment: ClipboardList,
  'emergency-aid': Siren,
  referral: Route,
  'disability-aid': Accessibility,
  elderly: Glasses,
  child: Baby,
  rehab: HeartHandshake,
  document: FileText,
};

export const priorityIcons: Record<PriorityClass, LucideIcon> = {
  elderly: Glasses,
  disability: Accessibility,
  pregnant: Baby,
  child: Users,
  disaster_victim: Tent,
};
