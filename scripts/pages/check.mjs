// Nu Html Checker, axe-core and Lighthouse on every page type at 1280 and 390 px: see scripts/page-check.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM, CHROMIUM_FLAGS, ROOT, eachPage, launch, options } from './pages.mjs';

const require = createRequire(import.meta.url);
const opts = options(path.join(ROOT, 'target/page-check'));
const lighthouseToo = !opts.flags.includes('--no-lighthouse');
const docs = opts.flags.includes('--write-docs') ? path.join(ROOT, 'docs/quality.md') : null;
const version = name => JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;

rmSync(opts.out, { recursive: true, force: true });
mkdirSync(path.join(opts.out, 'html'), { recursive: true });

const results = new Map(); // name -> {spec, html, axe: {width: [violations]}, vnu: [], lighthouse: {width: scores}}
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const browser = await launch();
let chromiumVersion;
try {
    chromiumVersion = browser.version();
    await eachPage(browser, opts, async (page, spec, width, response) => {
        const entry = results.get(spec.name) ?? { spec, axe: {}, vnu: [], lighthouse: {} };
        results.set(spec.name, entry);
        if (entry.html === undefined) {
            // The markup as the portal sent it, not as the browser rebuilt it.
            entry.html = path.join(opts.out, 'html', `${spec.name}.html`);
            writeFileSync(entry.html, await response.text());
        }
        await page.evaluate(axeSource);
        const axe = await page.evaluate(async () => {
            const r = await window.axe.run(document, { resultTypes: ['violations'] });
            return r.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => `${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`),
            }));
        });
        entry.axe[width] = axe;
        console.log(`${spec.name} ${width}: ${axe.length} axe violation(s)${axe.map(v => ` ${v.id}`).join('')}`);
    });
}
finally {
    await browser.close();
}

// One run of the Nu Html Checker over every page's markup; it reports on stderr.
const vnu = spawnSync('java', ['-Dnu.validator.servlet.allow-forbidden-hosts=true', '-jar',
    require.resolve('vnu-jar/build/dist/vnu.jar'), '--format', 'json',
    ...[...results.values()].map(e => e.html)], { encoding: 'utf8', maxBuffer: 64 << 20 });
const vnuVersion = execFileSync('java', ['-jar', require.resolve('vnu-jar/build/dist/vnu.jar'), '--version'],
    { encoding: 'utf8' }).trim();
for (const m of JSON.parse(vnu.stderr || '{"messages":[]}').messages) {
    const entry = [...results.values()].find(e => m.url && m.url.endsWith('/' + path.basename(e.html)));
    if (entry) {
        entry.vnu.push(m);
    }
    else {
        throw new Error('a vnu message with no page: ' + JSON.stringify(m));
    }
}
// The stylesheets the pages link, through the checker's CSS mode.
const sheets = [...new Set([...results.values()].flatMap(e => [...readFileSync(e.html, 'utf8')
    .matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(m => m[1])))];
mkdirSync(path.join(opts.out, 'css'), { recursive: true });
const sheetFiles = [];
for (const sheet of sheets) {
    const file = path.join(opts.out, 'css', path.basename(sheet.split('?')[0]));
    writeFileSync(file, await (await fetch(new URL(sheet, opts.base))).text());
    sheetFiles.push(file);
}
const css = spawnSync('java', ['-jar', require.resolve('vnu-jar/build/dist/vnu.jar'), '--format', 'json', '--css', ...sheetFiles],
    { encoding: 'utf8', maxBuffer: 64 << 20 });
const cssErrors = JSON.parse(css.stderr || '{"messages":[]}').messages.filter(m => m.type === 'error');
console.log(`${sheets.join(', ')}: ${cssErrors.length} vnu CSS error(s)${cssErrors.map(m => `\n  ${m.url} line ${m.lastLine}: ${m.message}`).join('')}`);
for (const e of results.values()) {
    const errors = e.vnu.filter(m => m.type === 'error');
    console.log(`${e.spec.name}: ${errors.length} vnu error(s)${errors.map(m => `\n  line ${m.lastLine}: ${m.message}`).join('')}`);
}

// Lighthouse on each reader page, at each width, in a Chromium of its own.
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
if (lighthouseToo) {
    const cli = require.resolve('lighthouse/cli/index.js');
    for (const e of results.values()) {
        if (!e.spec.lighthouse) {
            continue;
        }
        for (const width of [1280, 390]) {
            const report = path.join(opts.out, `lighthouse-${e.spec.name}-${width}.json`);
            const profile = mkdtempSync(path.join(os.tmpdir(), 'lighthouse-'));
            const form = width === 1280
                ? ['--preset=desktop', '--screenEmulation.width=1280', '--screenEmulation.height=800']
                : ['--form-factor=mobile', '--screenEmulation.mobile', '--screenEmulation.width=390',
                    '--screenEmulation.height=844', '--screenEmulation.deviceScaleFactor=3'];
            const run = spawnSync('node', [cli, opts.base + e.spec.url, '--quiet', '--output=json',
                `--output-path=${report}`, `--only-categories=${CATEGORIES.join(',')}`, ...form,
                `--chrome-flags=--headless=new ${CHROMIUM_FLAGS.join(' ')} --user-data-dir=${profile}`],
                { encoding: 'utf8', env: { ...process.env, CHROME_PATH: CHROMIUM } });
            rmSync(profile, { recursive: true, force: true });
            if (run.status !== 0) {
                throw new Error(`lighthouse ${e.spec.url} at ${width}: ${run.stderr}`);
            }
            const json = JSON.parse(readFileSync(report, 'utf8'));
            e.lighthouse[width] = Object.fromEntries(CATEGORIES.map(c => [c, Math.round(json.categories[c].score * 100)]));
            e.lighthouseVersion = json.lighthouseVersion;
            // What costs points: the audits that weigh in a category's score and did not pass.
            const below = [...new Set(CATEGORIES.flatMap(c => json.categories[c].auditRefs))]
                .filter(ref => ref.weight > 0).map(ref => json.audits[ref.id])
                .filter(a => a.score !== null && a.score < 1);
            console.log(`${e.spec.name} ${width}: lighthouse ${CATEGORIES.map(c => e.lighthouse[width][c]).join('/')}`
                + below.map(a => `\n  ${a.id} ${a.score} ${a.displayValue ?? ''}`).join(''));
            if (CATEGORIES.some(c => e.lighthouse[width][c] < 100)) {
                e.lost = [...(e.lost ?? []), `${e.spec.name} at ${width} px: `
                    + below.map(a => `${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`).join(', ')];
            }
        }
    }
}

// The table, into OUT/results.md and, with --write-docs, between the markers of docs/quality.md.
const count = list => (list === undefined ? '–' : String(list.length));
const scores = s => (s ? CATEGORIES.map(c => s[c]).join(' / ') : '–');
const rows = [...results.values()].map(e => `| ${e.spec.name} | \`${e.spec.url}\` | ${e.vnu.filter(m => m.type === 'error').length}`
    + ` | ${count(e.axe[1280])} | ${count(e.axe[390])} | ${scores(e.lighthouse[1280])} | ${scores(e.lighthouse[390])} |`);
const day = new Date().toISOString().slice(0, 10);
const table = [
    `Checked ${day} against ${opts.base} by \`scripts/page-check\`: Nu Html Checker ${vnuVersion}, axe-core ${version('axe-core')}`
        + ` (every rule but the experimental ones), ${lighthouseToo ? `Lighthouse ${version('lighthouse')}` : 'no Lighthouse'},`
        + ` playwright-core ${version('playwright-core')}, Chromium ${chromiumVersion}. Lighthouse scores are performance /`
        + ' accessibility / best practices / SEO, desktop preset at 1280 px and mobile (simulated slow 4G) at 390 px;'
        + ' Lighthouse skips the newsroom pages, which need a login, and the error pages (404, 410, 400), as it scores 200'
        + ' answers only. The `target/rendered-pages/` rows are pages only a stopped database shows, as a test rendered them.',
    '',
    `The stylesheets (${sheets.map(s => `\`${s}\``).join(', ')}): ${cssErrors.length} vnu CSS errors.`,
    '',
    '| Page | Address | vnu errors | axe 1280 | axe 390 | Lighthouse 1280 | Lighthouse 390 |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    ...[...results.values()].flatMap(e => e.lost ?? []).map((lost, i) => `${i ? '' : '\nWhere a Lighthouse score is under 100:\n\n'}- ${lost}`),
].join('\n');
writeFileSync(path.join(opts.out, 'results.md'), table + '\n');
writeFileSync(path.join(opts.out, 'results.json'), JSON.stringify([...results.values()].map(e => ({
    name: e.spec.name, group: e.spec.group, url: e.spec.url, vnu: e.vnu, axe: e.axe, lighthouse: e.lighthouse,
})), null, 2));
console.log('\n' + table);
if (docs) {
    const text = readFileSync(docs, 'utf8');
    const start = '<!-- page-check:start -->';
    const end = '<!-- page-check:end -->';
    if (!text.includes(start) || !text.includes(end)) {
        throw new Error(`${docs} has no ${start} ... ${end} markers`);
    }
    writeFileSync(docs, text.slice(0, text.indexOf(start) + start.length) + '\n' + table + '\n' + text.slice(text.indexOf(end)));
}
const failures = cssErrors.length ? [cssErrors] : [...results.values()].filter(e => e.vnu.some(m => m.type === 'error')
    || Object.values(e.axe).some(v => v.length) || Object.values(e.lighthouse).some(s => Object.values(s).some(x => x < 100)));
process.exitCode = failures.length ? 1 : 0;
