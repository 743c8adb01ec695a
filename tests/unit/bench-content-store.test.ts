import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeFileBytes, storeModuleBytes, watchStoreModule } from '../bench/content-store';
import { tempDir } from '../support/temp-dir';

describe("the size of Astro's content store", () => {
  it('reads data-store.json, or the chunks of a split store', () => {
    const whole = tempDir('store-whole-');
    writeFileSync(join(whole, 'data-store.json'), 'x'.repeat(1234));
    expect(storeFileBytes(whole)).toBe(1234);
    const split = tempDir('store-split-');
    mkdirSync(join(split, 'data-store'));
    writeFileSync(join(split, 'data-store', 'manifest.json'), 'x'.repeat(10));
    writeFileSync(join(split, 'data-store', '0123456789abcdef.txt'), 'x'.repeat(90));
    expect(storeFileBytes(split)).toBe(100);
    expect(storeFileBytes(tempDir('store-none-'))).toBe(0);
  });

  it("counts only the store's chunks of a server bundle", () => {
    const chunks = tempDir('store-chunks-');
    writeFileSync(join(chunks, '_astro_data-layer-content_DqFiF6yy.mjs'), 'x'.repeat(500));
    writeFileSync(join(chunks, '_astro_content_BgPNTWrg.mjs'), 'x'.repeat(70));
    writeFileSync(join(chunks, 'server_Bt8CBVwa.mjs'), 'x'.repeat(80));
    expect(storeModuleBytes(chunks)).toBe(500);
    expect(storeModuleBytes(join(chunks, 'not-yet'))).toBe(0);
  });

  it('keeps the largest size seen while the build ran, after the bundle is gone', async () => {
    const chunks = join(tempDir('store-watch-'), 'chunks');
    const stop = watchStoreModule(chunks, 10);
    mkdirSync(chunks);
    writeFileSync(join(chunks, '_astro_data-layer-content_x.mjs'), 'x'.repeat(300));
    await new Promise((resolve) => setTimeout(resolve, 200));
    writeFileSync(join(chunks, '_astro_data-layer-content_x.mjs'), '');
    expect(stop()).toBe(300);
  });
});
