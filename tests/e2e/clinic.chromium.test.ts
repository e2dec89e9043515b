import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchGranted, type GrantedSession } from './clinic/launchGranted';
import { chooseLanguage, openSection } from './harness/openSection';

// Start over on a shared computer, in Chromium, with the build that has
// `browsingData` and `history` granted at install (the product asks for it when clinic
// mode is turned on; no test can click that prompt). The last person's
// traces are made for real: cookies of my.uscis.gov and .uscis.gov and of
// another site, my.uscis.gov's localStorage, an open USCIS tab, Spanish
// picked, a code copied by the checker. Expected words are copied from the
// locale files by hand.
// The same in Firefox: clinic.firefox.test.ts.
const ADD_CASE = 'https://my.uscis.gov/account/applicant/add-case';
const CODE = 'K7XH4MW9PT3R';

let session: GrantedSession | undefined;
afterEach(async () => {
  await session?.close();
  session?.remove();
  session = undefined;
});

/** The last person's visit; returns the USCIS tab and the popup (opened as a tab). */
async function lastPersonWasHere(s: GrantedSession): Promise<{ site: Page; popup: Page }> {
  const site = await s.context.newPage();
  await site.goto(ADD_CASE);
  await site.evaluate(() => {
    document.cookie = 'signedIn=yes; Secure; Path=/'; // my.uscis.gov only
    document.cookie = 'account=last-person; Domain=.uscis.gov; Secure; Path=/'; // every USCIS host
    localStorage.setItem('lastPerson', 'draft of the form');
  });
  const other = await s.context.newPage();
  await other.goto('https://example.org/');
  await other.evaluate(() => {
    document.cookie = 'otherSite=keep; Secure; Path=/';
  });
  await other.close();
  // The content script said this tab is USCIS.
  await expect.poll(() => s.worker.evaluate(async () => (await chrome.storage.session.get('uscisTabs')).uscisTabs)).toHaveLength(1);

  const popup = await s.context.newPage();
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
  await chooseLanguage(popup, 'es');
  await expect.poll(() => popup.locator('#checklist-heading').textContent()).toBe('Si el código no funciona');
  await popup.locator('#checker-input').fill(CODE);
  await popup.locator('.copy-button').click();
  await popup.locator('.copy [role="status"]').filter({ hasText: /\S/ }).waitFor();
  return { site, popup };
}

const cookieNames = async (s: GrantedSession) => (await s.context.cookies()).map((c) => `${c.domain} ${c.name}`).toSorted();

/** What the clipboard holds, pasted into the link box as a person would. */
async function pasted(popup: Page): Promise<string> {
  await openSection(popup, 'This page');
  const link = popup.locator('#link-check-input');
  await link.fill('');
  await link.focus();
  await popup.keyboard.press('ControlOrMeta+V');
  return link.inputValue();
}

const localStorageOfUscis = async (s: GrantedSession) => {
  const again = await s.context.newPage();
  await again.goto(ADD_CASE);
  const value = await again.evaluate(() => localStorage.getItem('lastPerson'));
  await again.close();
  return value;
};

describe('Start over on a shared computer, Chromium', () => {
  it('with clinic mode on: signs out of USCIS, keeps other sites, closes the USCIS tab, resets the language, empties the clipboard', async () => {
    session = await launchGranted();
    const s = session;
    const { site, popup } = await lastPersonWasHere(s);
    expect(await cookieNames(s)).toEqual(['.uscis.gov account', 'example.org otherSite', 'my.uscis.gov signedIn']);

    // Turned on from the popup, as a volunteer would (the permission is already granted here).
    await openSection(popup, 'Settings');
    await popup.locator('#clinic-mode').click();
    await popup.locator('.clinic-mode-status').filter({ hasText: 'El modo clínica está activado.' }).waitFor();
    expect(await popup.evaluate(() => chrome.storage.local.get('clinicMode'))).toEqual({ clinicMode: true });

    const siteClosed = new Promise<void>((resolve) => site.once('close', () => resolve()));
    await popup.locator('.start-over').click();
    const dialog = popup.getByRole('dialog', { name: '¿Empezar de nuevo en esta computadora compartida?' });
    await dialog.waitFor();
    expect(await dialog.locator('li').allTextContents()).toEqual([
      'borrar las marcas de la lista, el verificador de código y la casilla del enlace;',
      'cerrar la sesión de USCIS en el navegador: borrar las cookies y los datos de uscis.gov y sus subdominios (los demás sitios conservan los suyos);',
      'borrar las direcciones de USCIS del historial del navegador (el historial de los demás sitios se conserva);',
      'cerrar las pestañas de USCIS abiertas (1);',
      'volver al idioma del navegador;',
      'vaciar el portapapeles: el verificador copió un código en él (también se borra lo que se haya copiado después).',
    ]);
    // The confirmation, in a popup-sized window, passes axe-core's WCAG A/AA rules.
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.evaluate(axe.source);
    const violations = await popup.evaluate(async () => {
      const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    if (process.env.ACH_SCREENSHOTS) await popup.screenshot({ path: 'test-results/clinic-confirm.png' });
    await dialog.getByRole('button', { name: 'Empezar de nuevo' }).click();

    // The report, in the browser's language (English) now.
    await popup.getByText('Closed the USCIS tabs: 1.').waitFor();
    expect(await popup.locator('.start-over-report li').allTextContents()).toEqual([
      'Emptied the clipboard.',
      "The language is the browser's again.",
      'Signed out of USCIS: removed the cookies and site data of uscis.gov.',
      'Removed the saved form entries of every site.',
      "Deleted USCIS addresses from the browser's history: 1.",
      'Closed the USCIS tabs: 1.',
    ]);
    await siteClosed;
    expect(site.isClosed()).toBe(true);
    expect(await cookieNames(s)).toEqual(['example.org otherSite']);
    expect(await localStorageOfUscis(s)).toBeNull();
    expect(await popup.evaluate(() => chrome.storage.local.get(null))).toEqual({ clinicMode: true });
    expect(await popup.locator('#checklist-heading').textContent()).toBe('If the code does not work');
    expect(await popup.locator('#language-menu').inputValue()).toBe('');
    expect(await pasted(popup)).toBe('');
    if (process.env.ACH_SCREENSHOTS) await popup.screenshot({ path: 'test-results/clinic-report.png' });
  });

  it('with clinic mode off (the default): none of that happens', async () => {
    session = await launchGranted();
    const s = session;
    const { site, popup } = await lastPersonWasHere(s);
    await popup.locator('.start-over').click();
    await popup.getByText('Todo borrado. Listo para la próxima persona.').waitFor();
    expect(await popup.getByRole('dialog').count()).toBe(0);
    expect(site.isClosed()).toBe(false);
    expect(await cookieNames(s)).toEqual(['.uscis.gov account', 'example.org otherSite', 'my.uscis.gov signedIn']);
    expect(await localStorageOfUscis(s)).toBe('draft of the form');
    expect(await popup.evaluate(() => chrome.storage.local.get(null))).toEqual({ language: 'es' });
    expect(await popup.locator('#checklist-heading').textContent()).toBe('Si el código no funciona');
    expect(await popup.locator('#language-menu').inputValue()).toBe('es');
    expect(await pasted(popup)).toBe(CODE);
  });
});
