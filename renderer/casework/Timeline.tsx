// The case timeline, newest first: each visit with its ticket numbers, each assessment (and edit),
// each emergency service with its receipt number, and each status a referral reached.
import { ClipboardList, DoorOpen, FileText, HandHeart, type LucideIcon } from 'lucide-react';
import { emergencyItem, formatRupiah } from '../../core/casework/emergency.ts';
import { statusLabels } from '../../core/casework/referral.ts';
import type { TimelineEntry } from '../../core/casework/timeline.ts';
import { formatLocalDate, formatLocalTime } from '../../core/time/local-day.ts';
import { t } from '../i18n/index.ts';
import { caseworkHref } from './casework-route.ts';

const icons: Record<TimelineEntry['kind'], LucideIcon> = {
  visit: DoorOpen,
  assessment: ClipboardList,
  emergency: HandHeart,
  referral: FileText,
};

function describe(entry: TimelineEntry): { title: string; detail: string; visitId: string } {
  switch (entry.kind) {
    case 'visit':
      return {
        title: t('casework.timeline.visit', { tickets: entry.ticketNumbers.join(', ') || '–' }),
        detail: '',
        visitId: entry.visit.id,
      };
    case 'assessment': {
      const a = entry.assessment;
      return {
        title: entry.edit
          ? t('casework.timeline.assessmentEdit', { version: a.version })
          : t('casework.timeline.assessment'),
        detail: [
          t(`casework.recommendation.${a.recommendation}`),
          a.urgent ? t('casework.timeline.urgent') : '',
          a.completedByName,
        ]
          .filter(Boolean)
          .join(' · '),
        visitId: a.visitId,
      };
    }
    case 'emergency': {
      const s = entry.service;
      const items = s.lines.map(
        (l) => `${emergencyItem(l.itemId)?.label ?? l.itemId} ×${l.quantity}`,
      );
      return {
        title: t('casework.timeline.emergency', { number: s.receiptNumber }),
        detail: `${items.join(', ')} · ${formatRupiah(s.totalValue)} · ${s.givenByName}`,
        visitId: s.visitId,
      };
    }
    case 'referral': {
      const r = entry.referral;
      return {
        title: t('casework.timeline.referral', {
          status: statusLabels[entry.status],
          partner: r.partnerName,
        }),
        detail:
          entry.status === 'sent'
            ? `${r.letterNumber} · ${r.reason}`
            : (r.statusNote ?? r.letterNumber),
        visitId: r.visitId,
      };
    }
  }
}

function entryId(entry: TimelineEntry): string {
  switch (entry.kind) {
    case 'visit':
      return entry.visit.id;
    case 'assessment':
      return entry.assessment.id;
    case 'emergency':
      return entry.service.id;
    case 'referral':
      return `${entry.referral.id}-${entry.status}`;
  }
}

export function Timeline({
  entries,
  timeZone,
  currentVisitId,
}: {
  entries: TimelineEntry[];
  timeZone: string;
  currentVisitId?: string;
}) {
  if (entries.length === 0) return <p className="timeline-empty">{t('casework.timeline.empty')}</p>;
  return (
    <ol className="timeline" aria-label={t('casework.timeline.label')}>
      {entries.map((entry) => {
        const { title, detail, visitId } = describe(entry);
        const Icon = icons[entry.kind];
        return (
          <li
            key={`${entry.kind}-${entryId(entry)}-${entry.at}`}
            className={`timeline-entry timeline-${entry.kind}`}
          >
            <Icon aria-hidden="true" size={20} className="timeline-icon" />
            <div className="timeline-body">
              <p className="timeline-when">
                <time dateTime={new Date(entry.at).toISOString()}>
                  {formatLocalDate(entry.at, timeZone)} {formatLocalTime(entry.at, timeZone)}
                </time>
              </p>
              <p className="timeline-title">
                {entry.kind === 'visit' && visitId !== currentVisitId ? (
                  <a href={caseworkHref({ kind: 'visit', visitId, tab: 'summary' })}>{title}</a>
                ) : (
                  title
                )}
              </p>
              {detail && <p className="timeline-detail">{detail}</p>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
