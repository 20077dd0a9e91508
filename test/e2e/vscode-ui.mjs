// What a writer sees in a real VS Code (code-server, the .vsix installed, Debian's Chromium through
// playwright-core): the Problems view, the status bar, the lightbulb menu and its fix, hover, the
// outline, fix-all, the .rilis highlighting and a settings change. Screenshots go where `shots` says.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sandbox, startCodeServer, launchBrowser, until, testDir } from './lib.mjs';

const norm = (s) => (s ?? '').replace(/\u00a0/g, ' ');

/** `shots`: the folder for the screenshots (client/media/ when the README's pictures are refreshed). */
export async function runUi({ log = console.log, shots } = {}) {
  if (shots) mkdirSync(shots, { recursive: true });
  const box = sandbox('ui');
  mkdirSync(join(box.ws, '.vscode'), { recursive: true });
  writeFileSync(join(box.ws, '.vscode/settings.json'), '{}\n');
  const server = await startCodeServer(box);
  const browser = await launchBrowser();
  const checks = [];
  const step = async (name, fn) => {
    const t = Date.now();
    await fn();
    checks.push(name);
    log(`  ✔ ${name} (${Date.now() - t} ms)`);
  };
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(`${server.url}/?folder=${encodeURIComponent(box.ws)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'dinkes-vaksinasi.md' }).waitFor({ timeout: 30000 });

    const quickOpen = async (name) => {
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor();
      await input.fill(name);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.tab.active', { hasText: name }).waitFor();
    };
    const command = async (title) => {
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor();
      await input.fill(`>${title}`);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
      await page.keyboard.press('Enter');
    };
    const editorText = async () => norm(await page.locator('.editor-instance .view-lines').first().innerText());
    const problemRows = () => page.locator('.markers-panel .monaco-tl-row');
    const problemTexts = async () => (await problemRows().allInnerTexts()).map(norm);
    const statusText = async () => norm(await page.locator('.statusbar-item', { hasText: 'Saring:' }).first().innerText());
    const statusCounts = async () => {
      const m = /Saring:\s*(\d+)\s+(\d+)\s+(\d+)/.exec(await statusText());
      return m ? m.slice(1).map(Number) : undefined;
    };

    // A user whose keystroke brought nothing presses it again: at most three tries, each with a short
    // deadline, and every retry is reported (the first code-action request can come back empty).
    const retrying = async (what, act, seen) => {
      for (let i = 1; ; i++) {
        await act();
        try {
          return await seen();
        } catch (e) {
          if (i === 3) throw e;
          const said = await page.locator('.monaco-editor-overlaymessage, .notifications-toasts .notification-list-item').allInnerTexts().catch(() => []);
          log(`    (retry ${i} for ${what}; on screen: ${JSON.stringify(said.map(norm))})`);
          await page.keyboard.press('Escape');
        }
      }
    };

    await step('a release opens and its findings appear in the Problems view, in Indonesian with rule codes', async () => {
      await quickOpen('dinkes-vaksinasi.md');
      await page.keyboard.press('Control+Shift+M');
      await until('the kata-baku finding in the Problems view', async () => (await problemTexts()).some((t) => t.includes('Gunakan bentuk baku “mengimbau”, bukan “menghimbau”.') && t.includes('ejaan/kata-baku')), { timeout: 30000 });
      const rows = await problemTexts();
      for (const [msg, code] of [
        ['26 Mei 2025 jatuh pada hari Senin, bukan Jumat.', 'struktur/hari-tanggal'],
        ['Penulisan rupiah: tulis “Rp450.000.000,00”.', 'ejaan/rupiah'],
        ['Singkatan tidak baku “yg”: tulis “yang”.', 'ejaan/singkatan'],
      ]) {
        if (!rows.some((t) => t.includes(msg) && t.includes(code))) throw new Error(`Problems view lacks “${msg}” (${code}):\n${rows.join('\n')}`);
      }
      if (shots) await page.screenshot({ path: join(shots, 'problems.png') });
    });

    await step('the status bar counts errors, warnings and infos of the file', async () => {
      const counts = await until('Saring counts in the status bar', statusCounts);
      if (counts[0] < 1 || counts[1] < 5 || counts[2] < 1) throw new Error(`unexpected status-bar counts ${counts} (“${await statusText()}”)`);
      const total = counts.reduce((a, b) => a + b, 0);
      // The file's own count in the Problems view (the list is virtualised: rows below the fold are not in the DOM).
      const badge = norm(await problemRows().filter({ hasText: 'dinkes-vaksinasi.md' }).first().locator('.monaco-count-badge').innerText());
      if (Number(badge) !== total) throw new Error(`status bar says ${total} findings (${counts}), the Problems view ${badge} for the file`);
    });

    // The editor takes the keyboard when a Problems row is opened with Enter (E2E.md: focusing its
    // hidden textarea does not work). The list re-renders as findings change, so click until focused.
    const gotoProblem = async (text, where) => {
      const row = problemRows().filter({ hasText: text }).first();
      await until(`the Problems row “${text}” focused`, async () => {
        await row.click({ position: { x: 80, y: 8 } }); // on the message, not the rule's documentation link
        return /\bfocused\b/.test((await row.evaluate((e) => e.closest('.monaco-list-row')?.className)) ?? '');
      });
      await page.keyboard.press('Enter');
      await until(`the cursor at ${where}`, async () => where.test(norm(await page.locator('.statusbar').innerText())));
    };

    await step('the lightbulb menu offers the fix and applying it rewrites the text', async () => {
      await gotoProblem('Gunakan bentuk baku “mengimbau”', /Ln 11, Col \d+/);
      const menu = page.locator('.action-widget');
      await retrying('the lightbulb menu', () => page.keyboard.press('Control+.'), () => menu.locator('.monaco-list-row', { hasText: 'Ganti dengan “mengimbau”' }).waitFor({ timeout: 4000 }));
      const items = (await menu.locator('.monaco-list-row').allInnerTexts()).map(norm);
      for (const want of ['Ganti dengan “mengimbau”', 'Perbaiki semua ejaan/kata-baku di berkas ini', 'Abaikan ejaan/kata-baku di baris ini']) {
        if (!items.some((t) => t.includes(want))) throw new Error(`lightbulb menu lacks “${want}”: ${items.join(' | ')}`);
      }
      if (shots) await page.screenshot({ path: join(shots, 'quick-fix.png') });
      await menu.locator('.monaco-list-row', { hasText: 'Ganti dengan “mengimbau”' }).click();
      await until('“mengimbau” in the editor', async () => (await editorText()).includes('dr. Rina Wulandari, mengimbau orang tua'));
      await until('the finding to leave the Problems view', async () => !(await problemTexts()).some((t) => t.includes('bukan “menghimbau”')));
    });

    await step('hover explains the finding with its legal basis', async () => {
      await gotoProblem('Gunakan bentuk baku “praktik”', /Ln 11, Col 1[12]\d/);
      // The problem part shows first; the server's explanation joins it when the hover request returns.
      const hover = page.locator('.monaco-hover', { hasText: 'Dasar:' });
      await retrying('the hover', async () => (await page.keyboard.press('Control+K'), await page.keyboard.press('Control+I')), () => hover.waitFor({ timeout: 4000 }));
      const text = norm(await hover.innerText());
      for (const want of ['Gunakan bentuk baku “praktik”, bukan “praktek”.', 'Dasar: KBBI', 'Sebagai gantinya: Ganti dengan “praktik”']) {
        if (!text.includes(want)) throw new Error(`hover lacks “${want}”:\n${text}`);
      }
      if (shots) await page.screenshot({ path: join(shots, 'hover.png') });
      await page.keyboard.press('Escape');
    });

    await step('the outline shows the headline', async () => {
      await command('Explorer: Focus on Outline View');
      for (const want of ['Judul: Dinkes Mandalika Gelar', 'Dateline: MANDALIKA', '“Vaksin campak aman']) await page.locator('.outline-pane .monaco-list-row', { hasText: want }).first().waitFor();
    });

    await step('a settings change takes effect without a restart', async () => {
      const before = await statusCounts();
      writeFileSync(join(box.ws, '.vscode/settings.json'), JSON.stringify({ 'saring.rules': { 'ejaan/kata-baku': 'off', 'ejaan/rupiah': 'error' } }, null, 2));
      await until('kata-baku switched off and rupiah raised to error', async () => {
        const rows = await problemTexts();
        const c = await statusCounts();
        return !rows.some((t) => t.includes('ejaan/kata-baku')) && c && c[0] === before[0] + 1 && c[1] === before[1] - 2;
      });
      writeFileSync(join(box.ws, '.vscode/settings.json'), '{}\n');
      await until('kata-baku back', async () => (await problemTexts()).some((t) => t.includes('ejaan/kata-baku')));
    });

    await step('Saring: Fix all safe findings in this file rewrites every safe finding', async () => {
      const before = await statusCounts();
      await gotoProblem('Penulisan rupiah', /Ln 15, Col \d+/); // the editor, not the outline, has the keyboard
      const fixed = async () => {
        const t = await editorText();
        return ['praktik vaksinasi', 'Rp450.000.000,00', 'antarinstansi', 'Orang tua yang belum', 'pukul 08.00 WITA'].every((s) => t.includes(s)) && !t.includes('praktek');
      };
      await retrying('the fixed text', () => command('Saring: Fix all safe findings in this file'), () => until('the fixed text', fixed, { timeout: 4000 }));
      await until('fewer findings in the status bar', async () => {
        const c = await statusCounts();
        return c && c[1] < before[1] && c[0] === before[0];
      });
    });

    await step('a .rilis file opens as a press release with its own highlighting', async () => {
      await quickOpen('lapas-pelatihan.rilis');
      await until('the language mode “Press release”', async () => norm(await page.locator('.statusbar').innerText()).includes('Press release'));
      // Headline, dateline, quote, attribution verb and closing mark each get a colour of their own,
      // none the colour of body text.
      await until('the press-release grammar colouring the release', async () => {
        const tokens = await page.locator('.editor-instance .view-lines span[class^="mtk"]').evaluateAll((els) => els.map((e) => [e.textContent.replace(/\u00a0/g, ' '), e.className]));
        const cls = (re) => tokens.find(([t]) => re.test(t))?.[1];
        const body = cls(/^ – Lembaga Pemasyarakatan|Lembaga Pemasyarakatan Kelas/);
        const parts = { headline: cls(/^Lapas Kelas IIA Sindangjaya Latih/), dateline: cls(/^SINDANGJAYA, 12 Agustus 2024/), quote: cls(/^“Setelah bebas nanti/), verb: cls(/^kata$/), closing: cls(/^###$/) };
        if (!body || Object.values(parts).some((c) => !c || c === body)) throw new Error(`token classes: body ${body}, ${JSON.stringify(parts)}`);
        return true;
      });
      await until('findings for the .rilis file', statusCounts);
      if (shots) await page.screenshot({ path: join(shots, 'rilis.png') });
    });
    return { checks };
  } catch (e) {
    // Kept outside the sandbox (the next run clears those): the screenshot and what the workbench said.
    mkdirSync(join(testDir, 'failures'), { recursive: true });
    const shot = join(testDir, 'failures', `ui-${new Date().toISOString().replace(/[:.]/g, '-')}.png`);
    await page.screenshot({ path: shot }).catch(() => {});
    const said = await page.locator('.monaco-editor-overlaymessage, .notifications-toasts .notification-list-item, .monaco-hover').allInnerTexts().catch(() => []);
    process.env.SARING_E2E_KEEP = '1';
    throw new Error(`${e.stack ?? e}\n(after: ${checks.join('; ') || 'nothing'}; on screen: ${JSON.stringify(said.map(norm))}; screenshot: ${shot}; code-server log:\n${server.log().slice(-3000)})`);
  } finally {
    await browser.close();
    await server.stop();
    if (!process.env.SARING_E2E_KEEP) box.cleanup();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runUi({ shots: process.argv[2] });
}
