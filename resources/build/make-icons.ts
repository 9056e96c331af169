// `npm run icons`: renders resources/build/icon.svg to the PNG electron-builder turns into the
// Windows .ico and the Linux icon set (1024 px; it makes the smaller sizes itself). Chromium
// draws it, the same browser the tests use, so no image tool is needed.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';

const here = new URL('./', import.meta.url);
const systemChromium = process.env.SERASI_CHROMIUM ?? '/usr/bin/chromium';
const size = 1024;

const svg = await readFile(new URL('icon.svg', here), 'utf8');
const browser = await chromium.launch({
  executablePath: existsSync(systemChromium) ? systemChromium : undefined,
});
try {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  const png = await page.screenshot({ omitBackground: true });
  await writeFile(new URL('icon.png', here), png);
  console.log(`resources/build/icon.png: ${size}×${size}`);
} finally {
  await browser.close();
}
