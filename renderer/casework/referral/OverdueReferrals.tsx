// The casework home's list of overdue referrals: not finished, past their follow-up date, the
// longest overdue first, each with the person it concerns and a way to open its visit.
import { useLiveQuery } from 'dexie-react-hooks';
import { FolderOpen } from 'lucide-react';
import { Fragment } from 'react';
import { type Referral, referralStatus } from '../../../core/casework/referral.ts';
import { dayLabel } from '../../../core/reports/period.ts';
import { localDay } from '../../../core/time/local-day.ts';
import { t } from '../../i18n/index.ts';
import { resolveBeneficiary } from '../../store/beneficiaries.ts';
import { daysLate, overdueReferrals } from '../../store/referrals.ts';
import { today as centreToday, type Store } from '../../store/store.ts';
import './referral.css';

/** "0007.3FA2/RJK/…" may break after each slash, not inside a part. */
function breakable(letterNumber: string) {
  return letterNumber.split('/').map((part, index, parts) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string
    <Fragment key={index}>
      {part}
      {index < parts.length - 1 && (
        <>
          /<wbr />
        </>
      )}
    </Fragment>
  ));
}

interface OverdueRow {
  referral: Referral;
  name: string | null;
}

async function overdueRows(store: Store, day: string): Promise<OverdueRow[]> {
  const referrals = await overdueReferrals(store, day);
  return Promise.all(
    referrals.map(async (referral) => ({
      referral,
      name: (await resolveBeneficiary(store, referral.beneficiaryId))?.name ?? null,
    })),
  );
}

export function OverdueReferrals({
  store,
  onOpen,
}: {
  store: Store;
  onOpen: (visitId: string) => void;
}) {
  const day = centreToday(store);
  const rows = useLiveQuery(() => overdueRows(store, day), [store, day]);
  const zone = store.config.timeZone;

  return (
    // The casework home gives the list its heading.
    <div className="referral-overdue-list">
      <p className="referral-intro">{t('referral.overdue.intro')}</p>
      {rows && rows.length === 0 && <p className="referral-empty">{t('referral.overdue.empty')}</p>}
      {rows && rows.length > 0 && (
        <div className="referral-table-scroll">
          <table className="referral-table">
            <caption className="visually-hidden">{t('referral.overdue.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('referral.overdue.colNumber')}</th>
                <th scope="col">{t('referral.overdue.colName')}</th>
                <th scope="col">{t('referral.overdue.colPartner')}</th>
                <th scope="col">{t('referral.overdue.colSent')}</th>
                <th scope="col">{t('referral.overdue.colDue')}</th>
                <th scope="col" className="is-number">
                  {t('referral.overdue.colLate')}
                </th>
                <th scope="col">{t('referral.overdue.colStatus')}</th>
                <th scope="col">{t('referral.overdue.colAction')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ referral, name }) => {
                const status = referralStatus(referral);
                const shownName = name ?? t('referral.overdue.unknownName');
                return (
                  <tr key={referral.id}>
                    <th scope="row" className="referral-number">
                      {breakable(referral.letterNumber)}
                    </th>
                    <td>{shownName}</td>
                    <td>{referral.partnerName}</td>
                    <td>{dayLabel(localDay(referral.sentAt ?? referral.createdAt, zone))}</td>
                    <td>{dayLabel(referral.followUpBy)}</td>
                    <td className="is-number">
                      {t('referral.overdue.lateDays', {
                        days: daysLate(referral.followUpBy, day),
                      })}
                    </td>
                    <td>
                      <span className={`referral-status is-${status}`}>
                        {t(`referral.status.${status}`)}
                      </span>
                    </td>
                    <td>
                      <button
                        type="button"
                        className="btn"
                        aria-label={t('referral.overdue.openLabel', {
                          number: referral.letterNumber,
                          name: shownName,
                        })}
                        onClick={() => onOpen(referral.visitId)}
                      >
                        <FolderOpen aria-hidden="true" size={20} />
                        {t('referral.overdue.open')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
