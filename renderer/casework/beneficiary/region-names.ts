// District and village names of a province, loaded when the address picker first needs them
// from resources/public/regions/<PP>.json (made by `npm run regions`), and kept for the window's
// life. Served with the app in every build, so it works offline.
export interface ProvinceRegions {
  districts: [code: string, name: string][];
  villages: Record<string, [code: string, name: string][]>;
}

const loaded = new Map<string, Promise<ProvinceRegions>>();

export function provinceRegions(province: string): Promise<ProvinceRegions> {
  if (!/^\d{2}$/.test(province)) return Promise.reject(new Error(`Bad province ${province}`));
  let pending = loaded.get(province);
  if (!pending) {
    pending = fetch(new URL(`regions/${province}.json`, document.baseURI)).then(
      async (response) => {
        if (!response.ok) throw new Error(`regions/${province}.json: ${response.status}`);
        return (await response.json()) as ProvinceRegions;
      },
    );
    // A failed load is tried again next time (the picker says so and keeps what was chosen).
    pending.catch(() => loaded.delete(province));
    loaded.set(province, pending);
  }
  return pending;
}
