// Province → regency/city → district → village, each a native select (keyboard and screen-reader
// friendly), plus the street line. Provinces and regencies are bundled; districts and villages of
// the chosen province load on demand (region-names.ts). Choosing a level clears the ones below.
import { useEffect, useId, useState } from 'react';
import type { BeneficiaryAddress } from '../../../core/beneficiary/address.ts';
import { provinceOptions, regencyOptions } from '../../../core/regions/regions.ts';
import { t } from '../../i18n/index.ts';
import { type ProvinceRegions, provinceRegions } from './region-names.ts';

type Level = 'provinceCode' | 'regencyCode' | 'districtCode' | 'villageCode';
const below: Record<Level, Level[]> = {
  provinceCode: ['regencyCode', 'districtCode', 'villageCode'],
  regencyCode: ['districtCode', 'villageCode'],
  districtCode: ['villageCode'],
  villageCode: [],
};

const provinces = provinceOptions();

export function AddressPicker({
  value,
  onChange,
  errors,
}: {
  value: BeneficiaryAddress;
  onChange: (next: BeneficiaryAddress) => void;
  /** Messages by field: 'street', 'provinceCode', … */
  errors: Partial<Record<keyof BeneficiaryAddress, string>>;
}) {
  const id = useId();
  const [names, setNames] = useState<{ province: string; regions: ProvinceRegions } | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const province = value.provinceCode;

  useEffect(() => {
    if (!province) return;
    let live = true;
    setLoadFailed(false);
    provinceRegions(province).then(
      (regions) => live && setNames({ province, regions }),
      () => live && setLoadFailed(true),
    );
    return () => {
      live = false;
    };
  }, [province]);

  const regions = names?.province === province ? names.regions : undefined;
  const set = (level: Level, code: string) => {
    const next = { ...value, [level]: code || null };
    for (const lower of below[level]) next[lower] = null;
    onChange(next);
  };
  const districts =
    regions?.districts.filter(
      ([code]) => value.regencyCode && code.startsWith(value.regencyCode),
    ) ?? [];
  const villages = (value.districtCode && regions?.villages[value.districtCode]) || [];

  const select = (
    level: Level,
    label: string,
    options: readonly { code: string; name: string }[] | readonly [string, string][],
    disabled: boolean,
  ) => {
    const fieldId = `${id}-${level}`;
    const error = errors[level];
    const list = options.map((o) => (Array.isArray(o) ? { code: o[0], name: o[1] } : o)) as {
      code: string;
      name: string;
    }[];
    return (
      <div className="field">
        <label htmlFor={fieldId}>{label}</label>
        <select
          id={fieldId}
          name={`address.${level}`}
          value={value[level] ?? ''}
          disabled={disabled}
          onChange={(e) => set(level, e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${fieldId}-error` : undefined}
        >
          <option value="">{t('casework.address.none')}</option>
          {list.map((o) => (
            <option key={o.code} value={o.code}>
              {o.name}
            </option>
          ))}
        </select>
        {error && (
          <p id={`${fieldId}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
    );
  };

  const streetId = `${id}-street`;
  return (
    <fieldset className="address-picker">
      <legend>{t('casework.address.legend')}</legend>
      <div className="field field-wide">
        <label htmlFor={streetId}>{t('casework.address.street')}</label>
        <input
          id={streetId}
          name="address.street"
          value={value.street ?? ''}
          maxLength={200}
          onChange={(e) => onChange({ ...value, street: e.target.value || null })}
          aria-invalid={errors.street ? true : undefined}
          aria-describedby={errors.street ? `${streetId}-error` : undefined}
        />
        {errors.street && (
          <p id={`${streetId}-error`} className="field-error">
            {errors.street}
          </p>
        )}
      </div>
      <div className="address-levels">
        {select('provinceCode', t('casework.address.province'), provinces, false)}
        {select(
          'regencyCode',
          t('casework.address.regency'),
          province ? regencyOptions(province) : [],
          !province,
        )}
        {select(
          'districtCode',
          t('casework.address.district'),
          districts,
          !value.regencyCode || !regions,
        )}
        {select(
          'villageCode',
          t('casework.address.village'),
          villages,
          !value.districtCode || !regions,
        )}
      </div>
      {province && !regions && (
        <p className="field-hint" role={loadFailed ? 'alert' : 'status'}>
          {loadFailed ? t('casework.address.loadFailed') : t('casework.address.loading')}
        </p>
      )}
    </fieldset>
  );
}
