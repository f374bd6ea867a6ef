import type { AppSession } from './harness';

/** Shows the import dialog's first step (with #sca-import-file), from whatever step it is on. */
export async function openSourceStep(app: AppSession): Promise<void> {
  const page = app.page;
  if (await page.locator('#sca-import-file').count()) return;
  await page.click('#sca-import-button');
  for (let i = 0; i < 3 && !(await page.locator('#sca-import-file').count()); i++) {
    await page.locator('dialog[open] .sca-import-buttons button').first().click();
  }
  await page.locator('#sca-import-file').waitFor({ state: 'attached' });
}

/** Clicks through the mapping and place choices (keeping the preselections) to the report. */
export async function finishImport(app: AppSession): Promise<void> {
  const page = app.page;
  await page.locator('#sca-import-load, #sca-import-apply, #sca-import-report').first().waitFor({ timeout: 120_000 });
  if (await page.locator('#sca-import-load').count()) await page.click('#sca-import-load');
  await page.locator('#sca-import-apply, #sca-import-report').first().waitFor({ timeout: 120_000 });
  if (await page.locator('#sca-import-apply').count()) await page.click('#sca-import-apply');
  await page.locator('#sca-import-report').waitFor({ timeout: 120_000 });
}
