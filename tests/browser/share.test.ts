import { describe, expect, it } from 'vitest';
import { localSite } from '../../src/build-time/integrations/require-site';
import { useBrowser } from './session';

const session = useBrowser();
const path = '/sentra/slag-aluminium-kendalsari-jombang/';

describe('the share button of a case', () => {
  it('opens the share sheet with the title, headline figure and address where the browser has one', async () => {
    const page = await session.browser().newPage();
    // A stand-in for the phone's share sheet, which headless Chromium does not have: it keeps what it was given.
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: async (data: ShareData) => void shared.push(data),
      });
      Object.defineProperty(Navigator.prototype, 'canShare', { configurable: true, value: () => true });
    });
    await page.goto(`${session.origin()}${path}`);
    const button = page.getByRole('button', { name: 'Bagikan…' });
    await button.click();
    expect(await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared)).toEqual([
      {
        title: 'Sentra IKM Slag Aluminium Kendalsari',
        text: 'Tenaga kerja: 11–19 orang → 200 orang (×10,5–×18,2)',
        url: new URL(path, localSite).href,
      },
    ]);
    await page.close();
  });

  it('stays hidden where the browser cannot share, leaving the WhatsApp link', async () => {
    const page = await session.browser().newPage();
    await page.addInitScript(() => {
      delete (Navigator.prototype as Partial<Navigator>).share;
    });
    await page.goto(`${session.origin()}${path}`);
    expect(await page.locator('share-button button').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'Bagikan lewat WhatsApp' }).isVisible()).toBe(true);
    await page.close();
  });
});
