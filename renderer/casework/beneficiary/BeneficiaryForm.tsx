// The beneficiary record form, for a new record and for corrections (attaching a NIK later is a
// correction). Everything typed stays in the form through a refusal: an error summary names each
// problem in Bahasa Indonesia and links to its field; a possible duplicate opens the duplicate
// dialog instead of saving.
import { type FormEvent, useId, useRef, useState } from 'react';
import { type BeneficiaryAddress, emptyAddress } from '../../../core/beneficiary/address.ts';
import type {
  Beneficiary,
  BeneficiaryInput,
  FieldError,
  PpksEntry,
  Sex,
} from '../../../core/beneficiary/beneficiary.ts';
import type { DuplicateCandidate } from '../../../core/beneficiary/duplicates.ts';
import {
  type DisabilityType,
  disabilityTypes,
  ppksCatalogue,
  ppksClusterNames,
  ppksClusters,
} from '../../../core/catalog/ppks.ts';
import { t } from '../../i18n/index.ts';
import {
  createBeneficiary,
  mergeBeneficiaries,
  updateBeneficiary,
} from '../../store/beneficiaries.ts';
import { type Store, today } from '../../store/store.ts';
import { AddressPicker } from './AddressPicker.tsx';
import { DuplicateDialog } from './DuplicateDialog.tsx';

interface FormState {
  name: string;
  nik: string;
  kk: string;
  birthPlace: string;
  birthDate: string;
  sex: Sex | '';
  phone: string;
  address: BeneficiaryAddress;
  ppks: PpksEntry[];
  companionName: string;
  companionRelationship: string;
  companionPhone: string;
}

function stateOf(b: Partial<Beneficiary> & { name?: string }): FormState {
  return {
    name: b.name ?? '',
    nik: b.nik ?? '',
    kk: b.kk ?? '',
    birthPlace: b.birthPlace ?? '',
    birthDate: b.birthDate ?? '',
    sex: b.sex ?? '',
    phone: b.phone ?? '',
    address: b.address ?? emptyAddress,
    ppks: b.ppks ?? [],
    companionName: b.companion?.name ?? '',
    companionRelationship: b.companion?.relationship ?? '',
    companionPhone: b.companion?.phone ?? '',
  };
}

function inputOf(s: FormState): BeneficiaryInput {
  const hasCompanion = [s.companionName, s.companionRelationship, s.companionPhone].some((v) =>
    v.trim(),
  );
  return {
    name: s.name,
    nik: s.nik,
    kk: s.kk,
    birthPlace: s.birthPlace,
    birthDate: s.birthDate,
    sex: s.sex || null,
    phone: s.phone,
    address: s.address,
    ppks: s.ppks,
    companion: hasCompanion
      ? { name: s.companionName, relationship: s.companionRelationship, phone: s.companionPhone }
      : null,
  };
}

/** Form field ids by error path ('companion.name' → the companion name input). */
const errorField: Record<string, keyof FormState | string> = {
  'companion.name': 'companionName',
  'companion.relationship': 'companionRelationship',
  'companion.phone': 'companionPhone',
};

export function BeneficiaryForm({
  store,
  initial,
  editing,
  submitLabel,
  onSaved,
  onUseExisting,
  onCancel,
}: {
  store: Store;
  initial?: { name?: string; nik?: string };
  /** The record being corrected; absent for a new one. */
  editing?: Beneficiary;
  submitLabel: string;
  onSaved: (b: Beneficiary) => void;
  /** A new record turned out to be a known person: use that record. */
  onUseExisting?: (b: Beneficiary) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const day = today(store);
  const [form, setForm] = useState<FormState>(() =>
    stateOf(editing ?? { name: initial?.name ?? '', nik: initial?.nik ?? null }),
  );
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState<DuplicateCandidate[] | null>(null);
  const [saving, setSaving] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const fieldId = (field: string) => `${id}-${errorField[field] ?? field}`;
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;

  const save = async (acknowledged: readonly string[] = []) => {
    setSaving(true);
    try {
      const input = inputOf(form);
      const result = editing
        ? await updateBeneficiary(store, editing.id, input, { acknowledged })
        : await createBeneficiary(store, input, { acknowledged });
      if (result.ok) {
        setErrors([]);
        setRefusal(null);
        return onSaved(result.beneficiary);
      }
      if (result.kind === 'duplicates') return setDuplicates(result.duplicates);
      if (result.kind === 'refused') return setRefusal(result.message);
      setErrors(result.errors);
      requestAnimationFrame(() => {
        const first = result.errors[0];
        const target = first && document.getElementById(fieldId(first.field));
        (target ?? summaryRef.current)?.focus();
      });
    } finally {
      setSaving(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  const sameAsCandidate = async (candidate: DuplicateCandidate) => {
    setDuplicates(null);
    if (!editing) return onUseExisting?.(candidate.beneficiary);
    // Correcting a record found to be a known person: the other record joins this one (both
    // histories kept), then the correction is saved.
    const merged = await mergeBeneficiaries(store, editing.id, candidate.beneficiary.id);
    if (!merged.ok) return setRefusal(merged.message);
    void save();
  };

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  const text = (
    key:
      | 'name'
      | 'nik'
      | 'kk'
      | 'birthPlace'
      | 'phone'
      | 'companionName'
      | 'companionRelationship'
      | 'companionPhone',
    errorPath: string,
    options: {
      inputMode?: 'numeric' | 'tel';
      required?: boolean;
      hint?: string;
      autoComplete?: string;
    } = {},
  ) => {
    const fid = fieldId(errorPath);
    const error = errorOf(errorPath);
    const described = [options.hint ? `${fid}-hint` : '', error ? `${fid}-error` : '']
      .filter(Boolean)
      .join(' ');
    return (
      <div className="field">
        <label htmlFor={fid}>
          {t(`casework.form.${key}`)}
          {options.required && (
            <span className="field-required"> {t('casework.form.required')}</span>
          )}
        </label>
        <input
          id={fid}
          name={errorPath}
          value={form[key]}
          onChange={(e) => set(key, e.target.value)}
          inputMode={options.inputMode}
          autoComplete={options.autoComplete ?? 'off'}
          aria-required={options.required ? true : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={described || undefined}
        />
        {options.hint && (
          <p id={`${fid}-hint`} className="field-hint">
            {options.hint}
          </p>
        )}
        {error && (
          <p id={`${fid}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
    );
  };

  const addressErrors = Object.fromEntries(
    errors.filter((e) => e.field.startsWith('address.')).map((e) => [e.field.slice(8), e.message]),
  );
  const togglePpks = (code: string, on: boolean) =>
    set(
      'ppks',
      on ? [...form.ppks, { code, disabilityTypes: [] }] : form.ppks.filter((p) => p.code !== code),
    );
  const toggleDisability = (code: string, type: DisabilityType, on: boolean) =>
    set(
      'ppks',
      form.ppks.map((p) =>
        p.code === code
          ? {
              ...p,
              disabilityTypes: on
                ? [...p.disabilityTypes, type]
                : p.disabilityTypes.filter((d) => d !== type),
            }
          : p,
      ),
    );
  const ppksError = errors.find((e) => e.field.startsWith('ppks'))?.message;

  return (
    <form className="beneficiary-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {editing ? t('casework.form.editTitle') : t('casework.form.newTitle')}
      </h3>
      <div ref={summaryRef} tabIndex={-1} role="alert" className="form-error-summary-region">
        {(errors.length > 0 || refusal) && (
          <div className="form-error-summary">
            <p>{refusal ?? t('casework.form.fix', { count: errors.length })}</p>
            {errors.length > 0 && (
              <ul>
                {errors.map((e) => (
                  <li key={e.field}>
                    <a href={`#${fieldId(e.field)}`}>{e.message}</a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      <fieldset>
        <legend>{t('casework.form.identity')}</legend>
        <div className="form-grid">
          {text('name', 'name', { required: true })}
          {text('nik', 'nik', { inputMode: 'numeric', hint: t('casework.form.nikHint') })}
          {text('kk', 'kk', { inputMode: 'numeric' })}
          {text('birthPlace', 'birthPlace')}
          <div className="field">
            <label htmlFor={fieldId('birthDate')}>{t('casework.form.birthDate')}</label>
            <input
              id={fieldId('birthDate')}
              type="date"
              name="birthDate"
              max={day}
              value={form.birthDate}
              onChange={(e) => set('birthDate', e.target.value)}
              aria-invalid={errorOf('birthDate') ? true : undefined}
              aria-describedby={errorOf('birthDate') ? `${fieldId('birthDate')}-error` : undefined}
            />
            {errorOf('birthDate') && (
              <p id={`${fieldId('birthDate')}-error`} className="field-error">
                {errorOf('birthDate')}
              </p>
            )}
          </div>
          <fieldset
            className="field radio-row"
            aria-describedby={errorOf('sex') ? `${fieldId('sex')}-error` : undefined}
          >
            <legend>{t('casework.form.sex')}</legend>
            {(['female', 'male'] as const).map((sex) => (
              <label key={sex} className="radio">
                <input
                  type="radio"
                  name={`${id}-sex`}
                  id={sex === 'female' ? fieldId('sex') : undefined}
                  checked={form.sex === sex}
                  onChange={() => set('sex', sex)}
                />
                {t(`casework.person.${sex}`)}
              </label>
            ))}
            {errorOf('sex') && (
              <p id={`${fieldId('sex')}-error`} className="field-error">
                {errorOf('sex')}
              </p>
            )}
          </fieldset>
          {text('phone', 'phone', { inputMode: 'tel' })}
        </div>
      </fieldset>
      <AddressPicker
        value={form.address}
        onChange={(a) => set('address', a)}
        errors={addressErrors}
      />
      <fieldset
        className="ppks-picker"
        aria-describedby={ppksError ? `${id}-ppks-error` : undefined}
      >
        <legend>{t('casework.form.ppks')}</legend>
        {ppksError && (
          <p id={`${id}-ppks-error`} className="field-error">
            {ppksError}
          </p>
        )}
        {ppksClusters.map((cluster) => (
          <div key={cluster} className="ppks-cluster">
            <h4>{ppksClusterNames[cluster]}</h4>
            {ppksCatalogue
              .filter((c) => c.cluster === cluster)
              .map((c) => {
                const chosen = form.ppks.find((p) => p.code === c.code);
                return (
                  <div key={c.code} className="ppks-entry">
                    <label className="checkbox">
                      <input
                        type="checkbox"
                        id={c.code === form.ppks[0]?.code ? `${id}-ppks` : undefined}
                        checked={chosen !== undefined}
                        onChange={(e) => togglePpks(c.code, e.target.checked)}
                      />
                      {c.name}
                    </label>
                    {chosen && c.needsDisabilityType && (
                      <fieldset className="disability-types">
                        <legend>{t('casework.form.disabilityTypes', { category: c.name })}</legend>
                        {disabilityTypes.map((d) => (
                          <label key={d.code} className="checkbox">
                            <input
                              type="checkbox"
                              checked={chosen.disabilityTypes.includes(d.code)}
                              onChange={(e) => toggleDisability(c.code, d.code, e.target.checked)}
                            />
                            {d.name}
                          </label>
                        ))}
                      </fieldset>
                    )}
                  </div>
                );
              })}
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('casework.form.companion')}</legend>
        <div className="form-grid">
          {text('companionName', 'companion.name')}
          {text('companionRelationship', 'companion.relationship', {
            hint: t('casework.form.relationshipHint'),
          })}
          {text('companionPhone', 'companion.phone', { inputMode: 'tel' })}
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={saving}>
          {submitLabel}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('casework.form.cancel')}
        </button>
      </div>
      {duplicates && (
        <DuplicateDialog
          candidates={duplicates}
          today={day}
          sameLabel={editing ? t('casework.duplicates.merge') : t('casework.duplicates.use')}
          onSame={(c) => void sameAsCandidate(c)}
          onDifferent={() => {
            const ids = duplicates.map((c) => c.beneficiary.id);
            setDuplicates(null);
            void save(ids);
          }}
          onClose={() => setDuplicates(null)}
        />
      )}
    </form>
  );
}
