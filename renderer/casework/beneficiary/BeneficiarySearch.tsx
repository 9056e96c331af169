// Finding a beneficiary: one box takes a NIK (16 digits), a birth date (DD-MM-YYYY) or a name
// (spelling-tolerant, core/beneficiary/name-search.ts), with an optional birth date to narrow a
// common name. Results say why they matched; the caller decides what "choose" does.
import { Search, UserPlus } from 'lucide-react';
import { type FormEvent, useEffect, useId, useState } from 'react';
import type { Beneficiary } from '../../../core/beneficiary/beneficiary.ts';
import { cleanIdNumber } from '../../../core/nik/id-number.ts';
import { formatNik } from '../../../core/nik/nik.ts';
import { t } from '../../i18n/index.ts';
import {
  type BeneficiaryMatch,
  findByNik,
  searchByBirthDate,
  searchByName,
} from '../../store/beneficiaries.ts';
import { type Store, today } from '../../store/store.ts';
import { birthText, regionText } from './beneficiary-text.ts';

/** "23-11-1950", "23/11/1950" or "1950-11-23" → "1950-11-23"; null when not a date. */
export function typedDay(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (iso) return trimmed;
  const local = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(trimmed);
  if (!local) return null;
  const [, d, m, y] = local;
  return `${y}-${m?.padStart(2, '0')}-${d?.padStart(2, '0')}`;
}

async function search(store: Store, query: string, birthDate: string): Promise<BeneficiaryMatch[]> {
  const digits = cleanIdNumber(query);
  if (/^\d{16}$/.test(digits)) {
    return (await findByNik(store, digits)).map((beneficiary) => ({ beneficiary, score: 1 }));
  }
  const day = typedDay(query);
  if (day) {
    return (await searchByBirthDate(store, day, 50)).map((beneficiary) => ({
      beneficiary,
      score: 1,
    }));
  }
  return searchByName(store, query, { limit: 20, ...(birthDate ? { birthDate } : {}) });
}

export function BeneficiarySearch({
  store,
  initialQuery = '',
  actionText,
  actionLabel,
  onAction,
  onCreate,
}: {
  store: Store;
  initialQuery?: string;
  /** The result button's text ("Pilih") and its accessible name ("Pilih Siti Aminah"). */
  actionText: string;
  actionLabel: (b: Beneficiary) => string;
  onAction: (b: Beneficiary) => void;
  /** Offered under the results: make a new record. */
  onCreate?: () => void;
}) {
  const queryId = useId();
  const birthId = useId();
  const [query, setQuery] = useState(initialQuery);
  const [birthDate, setBirthDate] = useState('');
  const [results, setResults] = useState<{ for: string; matches: BeneficiaryMatch[] } | null>(null);
  const day = today(store);

  const run = async (text: string, birth: string) => {
    if (text.trim() === '') return setResults(null);
    setResults({ for: text, matches: await search(store, text, birth) });
  };
  // The kiosk's NIK or name is searched at once: often the person is already known.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on opening
  useEffect(() => {
    if (initialQuery.trim()) void run(initialQuery, '');
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(query, birthDate);
  };

  return (
    <div className="beneficiary-search">
      <search>
        <form className="casework-search-form" onSubmit={submit}>
          <div className="field">
            <label htmlFor={queryId}>{t('casework.search.label')}</label>
            <input
              id={queryId}
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              aria-describedby={`${queryId}-hint`}
              autoComplete="off"
            />
            <p id={`${queryId}-hint`} className="field-hint">
              {t('casework.search.hint')}
            </p>
          </div>
          <div className="field field-narrow">
            <label htmlFor={birthId}>{t('casework.search.birthDate')}</label>
            <input
              id={birthId}
              type="date"
              value={birthDate}
              max={day}
              onChange={(e) => setBirthDate(e.target.value)}
            />
          </div>
          <button type="submit" className="btn btn-primary">
            <Search aria-hidden="true" size={20} />
            {t('casework.search.submit')}
          </button>
        </form>
      </search>
      <div aria-live="polite" className="casework-results">
        {results && (
          <>
            <p className="casework-result-count">
              {results.matches.length === 0
                ? t('casework.search.none', { query: results.for })
                : t('casework.search.count', { count: results.matches.length, query: results.for })}
            </p>
            {results.matches.length > 0 && (
              <ul className="casework-result-list">
                {results.matches.map(({ beneficiary: b, matchedVia }) => (
                  <li key={b.id} className="casework-result">
                    <div className="casework-result-who">
                      <strong>{b.name}</strong>
                      <span>{b.nik ? `NIK ${formatNik(b.nik)}` : t('casework.person.noNik')}</span>
                      <span>{birthText(b, day)}</span>
                      <span>{regionText(b)}</span>
                      {matchedVia && (
                        <span className="casework-result-via">
                          {t('casework.search.via', { name: matchedVia.name })}
                        </span>
                      )}
                    </div>
                    <button
                      type="button"
                      className="btn btn-primary"
                      aria-label={actionLabel(b)}
                      onClick={() => onAction(b)}
                    >
                      {actionText}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
      {onCreate && (
        <p className="casework-create">
          <button type="button" className="btn" onClick={onCreate}>
            <UserPlus aria-hidden="true" size={20} />
            {t('casework.search.create')}
          </button>
        </p>
      )}
    </div>
  );
}
