// A ticket's lane and its priority classes, always as icon + words (never colour alone).
import {
  Accessibility,
  Baby,
  CloudLightning,
  HeartHandshake,
  HeartPulse,
  type LucideIcon,
  PersonStanding,
  Siren,
  UserRound,
} from 'lucide-react';
import type { Lane, PriorityClass } from '../../core/queue/ticket.ts';
import { t } from '../i18n/index.ts';

const laneIcons: Record<Lane, LucideIcon> = {
  emergency: Siren,
  priority: HeartHandshake,
  regular: UserRound,
};

const classIcons: Record<PriorityClass, LucideIcon> = {
  disability: Accessibility,
  elderly: PersonStanding,
  pregnant: HeartPulse,
  child: Baby,
  disaster_victim: CloudLightning,
};

export function laneText(lane: Lane): string {
  return lane === 'regular' ? t('console.lane.regular') : t(`common.lane.${lane}`);
}

export function LaneBadge({ lane }: { lane: Lane }) {
  const Icon = laneIcons[lane];
  return (
    <span className={`lane-badge lane-${lane}`}>
      <Icon aria-hidden="true" size={16} />
      {laneText(lane)}
    </span>
  );
}

/** The classes in a compact line: icons with their words, for the queue table. */
export function PriorityClassList({ classes }: { classes: readonly PriorityClass[] }) {
  if (classes.length === 0) return null;
  return (
    <span className="priority-classes">
      {classes.map((c) => {
        const Icon = classIcons[c];
        return (
          <span key={c} className="priority-class">
            <Icon aria-hidden="true" size={15} />
            {t(`common.priorityClass.${c}`)}
          </span>
        );
      })}
    </span>
  );
}
