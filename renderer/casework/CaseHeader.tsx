// Who the case is about and where it stands, at a glance: name, NIK, birth and age, sex, region,
// PPKS, companion, and the case status in words (core/casework/timeline.ts caseStatus) with an
// icon, so it never rests on colour alone.
import {
  AlertTriangle,
  CircleCheck,
  Clock,
  FileText,
  type LucideIcon,
  UserRound,
} from 'lucide-react';
import type { Beneficiary } from '../../core/beneficiary/beneficiary.ts';
import type { CaseStatus } from '../../core/casework/timeline.ts';
import { ppksByCode } from '../../core/catalog/ppks.ts';
import { formatNik } from '../../core/nik/nik.ts';
import { t } from '../i18n/index.ts';
import { birthText, regionText, sexText } from './beneficiary/beneficiary-text.ts';

const statusIcons: Record<CaseStatus['code'], LucideIcon> = {
  new: UserRound,
  overdue: Clock,
  urgent: AlertTriangle,
  referral_open: FileText,
  assessed: FileText,
  served: CircleCheck,
};

export function CaseHeader({
  beneficiary: b,
  status,
  today,
  headingLevel = 2,
}: {
  beneficiary: Beneficiary;
  status: CaseStatus | undefined;
  today: string;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Icon = status ? statusIcons[status.code] : UserRound;
  const ppks = b.ppks.map((p) => ppksByCode(p.code)?.name ?? p.code);
  return (
    <section className="case-header" aria-labelledby={`case-${b.id}`}>
      <div className="case-header-who">
        <Heading id={`case-${b.id}`} className="case-name">
          {b.name}
        </Heading>
        {status && (
          <p className={`case-status case-status-${status.code}`}>
            <Icon aria-hidden="true" size={20} />
            <span>
              <span className="visually-hidden">{t('casework.person.status')}: </span>
              {status.label}
            </span>
          </p>
        )}
      </div>
      <dl className="case-facts">
        <div>
          <dt>NIK</dt>
          <dd>{b.nik ? formatNik(b.nik) : t('casework.person.noNik')}</dd>
        </div>
        <div>
          <dt>{t('casework.person.birth')}</dt>
          <dd>{birthText(b, today)}</dd>
        </div>
        <div>
          <dt>{t('casework.person.sex')}</dt>
          <dd>{sexText(b.sex)}</dd>
        </div>
        <div>
          <dt>{t('casework.person.region')}</dt>
          <dd>{regionText(b)}</dd>
        </div>
        <div>
          <dt>PPKS</dt>
          <dd>{ppks.length > 0 ? ppks.join('; ') : t('casework.person.ppksNone')}</dd>
        </div>
        {b.companion && (
          <div>
            <dt>{t('casework.person.companion')}</dt>
            <dd>
              {b.companion.name} ({b.companion.relationship})
              {b.companion.phone ? ` · ${b.companion.phone}` : ''}
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
