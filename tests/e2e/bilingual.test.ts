import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DatasetFile, Pairing } from '../../src/data/schema';
import { distanceKm } from '../../src/geo/distance';
import { readShippedDataset } from './dataset';
import { startApp, type AppSession } from './harness';

const data = readShippedDataset();
const drawable = data.pairings.filter((p) => p.notOnMap === null).length;
const HAN = /[\u4e00-\u9fff]/;

/**
 * A portal's list written in Chinese: up to four partners with a Chinese name and a point from each of
 * eight countries, each paired with its Chinese city, as `城市,友好城市,国家,结好时间`.
 */
function portalList(): Pairing[] {
  const picked: Pairing[] = [];
  for (const iso2 of ['JP', 'KR', 'US', 'DE', 'RU', 'AU', 'FR', 'BR']) {
    const seen = new Set<string>();
    for (const p of data.pairings) {
      if (p.partner.iso2 !== iso2 || p.partner.level !== 'city' || p.partner.lat === null || !HAN.test(p.partner.nameZh)) continue;
      if (seen.has(p.partner.nameZh) || seen.size >= 4) continue;
      seen.add(p.partner.nameZh);
      picked.push(p);
    }
  }
  return picked;
}

/**
 * A Korean portal's list written in Chinese, each partner once: a pairing of every Korean city partner
 * with a Chinese name and a point (金海市, 利川市…), and of every district written as its ward alone (江南区)
 * where no other Korean city has a ward of that name.
 */
function koreanPortalList(): { pairing: Pairing; partnerZh: string }[] {
  const korean = data.pairings.filter((p) => p.partner.iso2 === 'KR' && HAN.test(p.partner.nameZh));
  const wardOf = (p: Pairing): string => p.partner.nameZh.replace(/^.+?(特别市|广域市)/, '');
  const wardCount = new Map<string, Set<string>>();
  for (const p of korean.filter((item) => item.partner.level === 'district')) {
    wardCount.set(wardOf(p), (wardCount.get(wardOf(p)) ?? new Set()).add(p.partner.nameZh));
  }
  const list = new Map<string, Pairing>();
  for (const p of korean) {
    if (p.partner.lat === null) continue;
    if (p.partner.level === 'city' && !list.has(p.partner.nameZh)) list.set(p.partner.nameZh, p);
    if (p.partner.level === 'district' && wardCount.get(wardOf(p))?.size === 1 && !list.has(wardOf(p))) list.set(wardOf(p), p);
  }
  return [...list].map(([partnerZh, pairing]) => ({ pairing, partnerZh }));
}

/** The rows of `list` the imported file places at their Chinese city and within 40 km of their partner. */
function placedRight(exported: DatasetFile, list: readonly Pairing[]): Pairing[] {
  return list.filter((expected) =>
    exported.pairings.some(
      (p) =>
        p.partner.lat !== null &&
        p.partner.lon !== null &&
        p.cn.nameZh.startsWith(expected.cn.nameZh.replace(/[市省]$/, '')) &&
        distanceKm({ lat: p.partner.lat, lon: p.partner.lon }, { lat: expected.partner.lat!, lon: expected.partner.lon! }) < 40,
    ),
  );
}

describe('the atlas in both languages, with official figures', () => {
  let app: AppSession;
  let dir = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sca-bilingual-'));
    app = await startApp({ viewport: { width: 1600, height: 900 }, mounts: { '/saved/': dir } });
    await app.open('?test&lang=zh');
  });

  /** Imports a CSV file through the import dialog and returns the dataset it made. */
  async function importCsv(name: string, csv: string): Promise<DatasetFile> {
    const file = join(dir, name);
    writeFileSync(file, csv);
    if (!(await app.page.locator('#sca-import-file').count())) await app.page.click('#sca-import-button');
    await app.page.setInputFiles('#sca-import-file', file);
    await app.page.locator('#sca-import-load').click();
    await app.page.locator('#sca-import-apply, #sca-import-report').first().waitFor();
    if (await app.page.locator('#sca-import-apply').count()) await app.page.click('#sca-import-apply');
    await app.page.locator('#sca-import-report').waitFor();
    return JSON.parse(await app.page.evaluate(() => window.__atlas!.exportDataset())) as DatasetFile;
  }

  afterAll(async () => {
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("Wuxi's panel in Chinese names its Japanese partners in Chinese", async () => {
    await app.page.evaluate(() => window.__atlas!.select('无锡'));
    const text = await app.page.evaluate(() => window.__atlas!.panelText());
    expect(text).toContain('明石市');
    expect(text).toContain('相模原市');
    expect(text).not.toMatch(/\bAkashi\b.*\n.*日本/);
    await app.screenshot('bilingual-wuxi-zh');
  });

  test("Nanjing's panel shows its newest official figure beside the dataset's count", async () => {
    const nanjing = data.totals
      .filter((total) => total.scopeCode === '320100' && total.pairs !== null)
      .sort((a, b) => a.asOfYear - b.asOfYear)
      .at(-1)!;
    await app.page.evaluate(() => window.__atlas!.select('南京'));
    const zh = await app.page.evaluate(() => window.__atlas!.panelText());
    expect(zh).toContain('官方');
    expect(zh).toContain(`${nanjing.pairs} 对`);
    expect(zh).toContain('本数据集');
    expect(nanjing.noteZh).not.toBe('');
    expect(zh).toContain(`统计口径：${nanjing.noteZh}`);
    expect(zh).not.toContain(nanjing.note);
    await app.page.click('#sca-lang-button');
    const en = await app.page.evaluate(() => window.__atlas!.panelText());
    expect(en).toContain(`Official: ${nanjing.pairs}`);
    expect(en).toContain(`What it counts: ${nanjing.note}`);
    expect(en).toMatch(/In this dataset: \d+ ties/);
    await app.screenshot('bilingual-nanjing-en');
  });

  test('no "1 ties" anywhere: a city with one tie says "1 tie"', async () => {
    const counts = new Map<string, number>();
    for (const p of data.pairings) counts.set(p.cn.nameEn, (counts.get(p.cn.nameEn) ?? 0) + 1);
    const single = data.pairings.find((p) => counts.get(p.cn.nameEn) === 1 && p.cn.code !== '')!;
    await app.page.evaluate((name) => window.__atlas!.select(name), single.cn.nameEn);
    const text = await app.page.evaluate(() => window.__atlas!.panelText());
    expect(text).toMatch(/\b1 tie\b/);
    expect(await app.page.evaluate(() => document.body.innerText)).not.toMatch(/\b1 ties\b/);
    await app.page.keyboard.press('Escape');
  });

  test('a Chinese-named portal list places at least 90 % of its partners at the right city, and its export opens again', async () => {
    const list = portalList();
    expect(list.length).toBeGreaterThanOrEqual(20);
    const csv = ['城市,友好城市,国家,结好时间', ...list.map((p) => `${p.cn.nameZh},${p.partner.nameZh},${p.partner.countryZh},${p.year ?? ''}年`)].join('\n');
    const exported = await importCsv('友城名单.csv', csv);
    const right = placedRight(exported, list);
    console.log(`portal list: ${right.length} of ${list.length} partners placed at the right city`);
    expect(right.length / list.length).toBeGreaterThanOrEqual(0.9);

    writeFileSync(join(dir, 'saved.atlas.json'), JSON.stringify(exported));
    const arcs = await app.page.evaluate(() => window.__atlas!.drawnArcs());
    await app.open('?test&data=saved/saved.atlas.json');
    expect(await app.page.evaluate(() => window.__atlas!.drawnArcs())).toBe(arcs);
    expect(await app.page.evaluate(() => window.__atlas!.pairings())).toBe(exported.pairings.length);
  });

  test('a Korean portal list in Chinese (金海市, 利川市, 江南区…) places at least 90 % of its partners at the right city, those three included', async () => {
    await app.open('?test&lang=zh');
    const rows = koreanPortalList();
    const names = rows.map((row) => row.partnerZh);
    expect(names).toEqual(expect.arrayContaining(['金海市', '利川市', '江南区']));
    const csv = [
      '城市,友好城市,国家,结好时间',
      ...rows.map(({ pairing: p, partnerZh }) => `${p.cn.nameZh},${partnerZh},${p.partner.countryZh},${p.year ?? ''}年`),
    ].join('\n');
    const exported = await importCsv('韩国友城.csv', csv);
    const right = placedRight(
      exported,
      rows.map((row) => row.pairing),
    );
    console.log(`Korean portal list: ${right.length} of ${rows.length} partners placed at the right city`);
    expect(right.length / rows.length).toBeGreaterThanOrEqual(0.9);
    const placed = new Set(right);
    for (const name of ['金海市', '利川市', '江南区']) {
      expect(placed.has(rows.find((row) => row.partnerZh === name)!.pairing), name).toBe(true);
    }
  });

  test('the Sources dialog has the coverage table, and the default dataset shows all its arcs', async () => {
    await app.open('?test&lang=zh');
    expect(await app.page.evaluate(() => window.__atlas!.drawnArcs())).toBe(drawable);
    expect(await app.page.locator('#sca-dataset').innerText()).toMatch(HAN);
    await app.page.click('#sca-about-button');
    const rows = app.page.locator('.sca-coverage-table tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(20);
    expect(await app.page.locator('.sca-coverage-table tr[data-code="320100"]').innerText()).toContain('南京');
    await app.page.keyboard.press('Escape');
  });

  test('made no request outside the local server and logged no errors', () => {
    expect(app.externalRequests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
