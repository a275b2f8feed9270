// Every Dateline page type, reader and newsroom, opened in headless Chromium (playwright-core) at 1280 and 390 px:
// shared by scripts/screenshots (a PNG of each) and scripts/page-check (Nu Html Checker, axe-core, Lighthouse).
//
// Reader pages are found from the portal's own links (the first story, person, event... each index links to), so any
// portal with stories will do. Newsroom pages need an account (DATELINE_USER, DATELINE_PASSWORD; make one with
// `java -jar target/dateline.jar create-user NAME --admin`). With one, the script first makes sure that one story
// has a lead image (it uploads a generated JPEG to the newest story when none has one), so that pages with pictures
// are covered; the newsroom pages reached by a button (a paste, a preview, a conflict) are opened by pressing it.
// Nothing else is changed: the preview autosaves a draft, the conflict page is reached with a stale version number
// and the bulk page only asks for a confirmation; for the page of a deleted story (410) the script writes and deletes
// a story, /articles/page-check-a-deleted-story, once per portal (later runs find it gone already). The forced
// new-password page needs a second account that must choose its own password (DATELINE_MUST_CHANGE_USER and
// DATELINE_MUST_CHANGE_PASSWORD: the first start's admin with its one-time password); it is opened, never changed.
// The newsroom's 503 pages for a stopped database come from files a test wrote (RENDERED below).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The flags every headless Chromium of these scripts starts with: no network but the portal's. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const CHROMIUM = process.env.CHROME_PATH || process.env.CHROMIUM || '/usr/bin/chromium';

/** The two widths of every page; the heights are the screenshots'. */
export const WIDTHS = [{ width: 1280, height: 2000 }, { width: 390, height: 1600 }];

/** A wire story pasted into the new story form: one of the corpus's, not one of the seeds. */
const WIRE = 'corpus/stories/005-vna-vice-president-receives-azerbaijani-envoy.txt';

export async function launch(extraFlags = []) {
    return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_FLAGS, ...extraFlags] });
}

/** The href of the first link on a page whose path starts with a prefix. */
function firstLink(html, prefix) {
    const m = html.match(new RegExp(`href="(${prefix.replace(/[/]/g, '\\/')}[^"#?]+)"`));
    return m ? m[1].replace(/&amp;/g, '&') : null;
}

async function text(context, base, url) {
    const r = await context.request.get(base + url);
    if (!r.ok()) {
        throw new Error(`${url}: HTTP ${r.status()}`);
    }
    return r.text();
}

const IMAGE = /\/images\/[0-9a-f]{64}\//;

/** A 1600 x 1000 JPEG drawn in the browser: a sky, hills and a sun, enough to look like a photograph. */
async function generatedJpeg(page) {
    const dataUrl = await page.evaluate(() => {
        const c = document.createElement('canvas');
        c.width = 1600;
        c.height = 1000;
        const g = c.getContext('2d');
        const sky = g.createLinearGradient(0, 0, 0, 1000);
        sky.addColorStop(0, '#1d4e89');
        sky.addColorStop(1, '#f4a259');
        g.fillStyle = sky;
        g.fillRect(0, 0, 1600, 1000);
        g.fillStyle = '#ffd166';
        g.beginPath();
        g.arc(1150, 420, 110, 0, 2 * Math.PI);
        g.fill();
        for (const [y, colour] of [[640, '#2a6041'], [760, '#1b4332'], [880, '#081c15']]) {
            g.fillStyle = colour;
            g.beginPath();
            g.moveTo(0, 1000);
            for (let x = 0; x <= 1600; x += 40) {
                g.lineTo(x, y + 60 * Math.sin(x / 170 + y) + 25 * Math.sin(x / 53));
            }
            g.lineTo(1600, 1000);
            g.fill();
        }
        return c.toDataURL('image/jpeg', 0.85);
    });
    return Buffer.from(dataUrl.split(',')[1], 'base64');
}

/** Logs a context in; throws when the portal refuses. */
export async function logIn(page, base, user, password) {
    await page.goto(base + '/login');
    await page.fill('#username', user);
    await page.fill('#password', password);
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    if (new URL(page.url()).pathname === '/login') {
        throw new Error(`the portal refused ${user}'s password`);
    }
    if (new URL(page.url()).pathname === '/admin/password') {
        throw new Error(`${user} must choose a new password first: log in once by hand`);
    }
}

/** The newsroom's stories as [{id, slug, headline}], newest change first. */
async function stories(context, base) {
    const html = await text(context, base, '/admin?sort=');
    return [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(m => {
        const id = m[1].match(/\/admin\/articles\/(\d+)\/edit/);
        const slug = m[1].match(/href="\/articles\/([^"]+)"/);
        return id ? { id: id[1], slug: slug ? slug[1] : null } : null;
    }).filter(Boolean);
}

/**
 * What the pages need: a story with a lead image and one without, the first person, event, source and relation.
 * With an editor logged in on `page`, uploads a lead image when no story has one.
 */
export async function discover(page, base, editor) {
    const context = page.context();
    const home = await text(context, base, '/');
    const articles = [...new Set([...home.matchAll(/href="(\/articles\/[^"#?]+)"/g)].map(m => m[1]))];
    const found = { withImage: null, withoutImage: null };
    for (const a of articles) {
        const hasImage = IMAGE.test(await text(context, base, a));
        if (hasImage && !found.withImage) {
            found.withImage = a;
        }
        if (!hasImage && !found.withoutImage) {
            found.withoutImage = a;
        }
    }
    if (!found.withImage && editor) {
        const newest = (await stories(context, base)).find(s => s.slug && `/articles/${s.slug}` === articles[0]);
        if (!newest) {
            throw new Error('found no story to give a lead image to');
        }
        await page.goto(`${base}/admin/articles/${newest.id}/edit`);
        await page.setInputFiles('#imageFile', { name: 'hills.jpg', mimeType: 'image/jpeg', buffer: await generatedJpeg(page) });
        await page.fill('#imageAlt', 'Green hills under an evening sky with a low sun');
        await page.fill('#imageCaption', 'Hills at sunset (a generated picture for the screenshots)');
        await page.fill('#imageCredit', 'Dateline');
        await Promise.all([page.waitForNavigation(), page.locator('button[name=action][value=save]').first().click()]);
        if (!(await page.content()).match(IMAGE)) {
            throw new Error('the lead image upload did not take: ' + page.url());
        }
        found.withImage = `/articles/${newest.slug}`;
        if (found.withoutImage === found.withImage) {
            found.withoutImage = articles.find(a => a !== found.withImage);
        }
    }
    found.event = firstLink(await text(context, base, '/events'), '/events/');
    found.person = firstLink(await text(context, base, '/people'), '/people/');
    found.source = firstLink(await text(context, base, '/sources'), '/sources/');
    found.relation = firstLink(await text(context, base, '/relations'), '/relations/');
    if (editor) {
        const list = await stories(context, base);
        const byPath = s => list.find(x => `/articles/${x.slug}` === s);
        found.imageStoryId = byPath(found.withImage)?.id;
        found.plainStoryId = byPath(found.withoutImage)?.id;
        const editLink = async (list) => (await text(context, base, list)).match(new RegExp(`href="(${list}/[^"/]+/edit)"`))?.[1];
        found.adminPerson = await editLink('/admin/people');
        found.adminEvent = await editLink('/admin/events');
        found.adminCountry = await editLink('/admin/countries');
        found.revisions = `/admin/articles/${found.imageStoryId}/revisions`;
        found.deleted = await deletedStory(page, base);
    }
    return found;
}

/** The address of a deleted story (410): the one an earlier run left, else a story written and deleted now. */
const DELETED = '/articles/page-check-a-deleted-story';

async function deletedStory(page, base) {
    const before = await page.context().request.get(base + DELETED);
    if (before.status() === 410) {
        return DELETED;
    }
    await page.goto(base + '/admin/articles/new');
    await page.fill('#headline', 'Page check: a deleted story');
    await page.fill('#body', 'Written by scripts/page-check and deleted at once, so that the page a deleted story '
        + 'leaves behind can be checked.');
    await page.fill('#slug', DELETED.slice('/articles/'.length));
    await page.fill('#source', 'Dateline');
    await page.selectOption('#status', 'PUBLISHED');
    await press(page, 'button[name=action][value=save]');
    if (!/\/admin\/articles\/\d+\/edit/.test(page.url())) {
        throw new Error('the story to delete was not saved: ' + page.url());
    }
    await press(page, 'form[action$="/delete"] button[type=submit]');
    const after = await page.context().request.get(base + DELETED);
    if (after.status() !== 410) {
        throw new Error(`${DELETED} answers ${after.status()} after its deletion, not 410`);
    }
    return DELETED;
}

const get = url => async (page, base) => page.goto(base + url);

/** Reader pages answered with an error status, which Lighthouse does not score. */
const ERROR_PAGES = ['not-found', 'not-found-story', 'gone', 'bad-request', 'bad-address'];

/**
 * Pages that only a test can make the portal render (the database stopped), kept by that test in
 * target/rendered-pages/: the file, the address it stands for and its status. They are served to the browser at
 * that address, over the portal's own style sheets and scripts.
 */
export const RENDERED = [
    { name: 'admin-unsaved', file: 'newsroom-unsaved.html', url: '/admin/articles', status: 503,
        test: 'SaveWhileDatabaseAwayTest' },
    { name: 'admin-unsaved-in-doubt', file: 'newsroom-unsaved-in-doubt.html', url: '/admin/articles', status: 503,
        test: 'SaveWhileDatabaseAwayTest' },
];

function rendered(spec) {
    return async (page, base) => {
        const file = path.join(ROOT, 'target/rendered-pages', spec.file);
        if (!existsSync(file)) {
            return null;
        }
        await page.route(base + spec.url, route => route.fulfill({
            status: spec.status, contentType: 'text/html;charset=UTF-8', body: readFileSync(file, 'utf8'),
        }));
        return page.goto(base + spec.url);
    };
}

/** Presses a button and answers the response of the page it leads to. */
async function press(page, selector) {
    const [response] = await Promise.all([page.waitForNavigation(), page.locator(selector).first().click()]);
    return response;
}

/**
 * Every page type: {name, group ('reader' or 'newsroom'), open(page, base) answering the navigation's response}.
 */
export function pages(found, user) {
    const reader = [
        ['home', '/'],
        ['article', found.withoutImage],
        ['article-image', found.withImage],
        ['countries', '/countries'],
        ['country', '/countries/laos'],
        ['relations', '/relations'],
        ['relation', found.relation],
        ['people', '/people'],
        ['person', found.person],
        ['events', '/events'],
        ['event', found.event],
        ['sources', '/sources'],
        ['source', found.source],
        ['search', '/search?q=laos'],
        ['search-empty', '/search?q=quokka'],
        ['about', '/about'],
        ['not-found', '/no-such-page'],
        ['not-found-story', '/articles/no-such-story'],
        ['gone', found.deleted],
        ['bad-request', '/search?q=%ff'],
        // refused by Tomcat before the portal's filters: the portal's own valve answers (web.ContainerErrorPages)
        ['bad-address', '/articles/%ff'],
    ].filter(([, url]) => url).map(([name, url]) => ({
        name, group: 'reader', url, open: get(url),
        // Lighthouse stops at an answer that is not a 200 ("unable to reliably load the page").
        lighthouse: !ERROR_PAGES.includes(name),
    }));
    if (!user) {
        return reader;
    }
    const newsroom = [
        { name: 'admin-login', url: '/login', loggedOut: true, open: get('/login') },
        { name: 'admin-stories', url: '/admin', open: get('/admin') },
        {
            name: 'admin-stories-filtered', url: '/admin (status, country, order)',
            open: async (page, base) => {
                await page.goto(base + '/admin');
                await page.selectOption('#status', { index: 1 });
                await page.selectOption('#country', { index: 1 });
                await page.selectOption('#sort', { index: 1 });
                return press(page, 'form.story-filters button[type=submit]');
            },
        },
        {
            name: 'admin-bulk', url: '/admin/stories/bulk (confirm)',
            open: async (page, base) => {
                await page.goto(base + '/admin');
                await page.locator('input[name=ids]').first().check();
                return press(page, 'button[name=bulk][value=unpublish]');
            },
        },
        { name: 'admin-new', url: '/admin/articles/new', open: get('/admin/articles/new') },
        {
            name: 'admin-pasted', url: '/admin/articles (Fill the form)',
            open: async (page, base) => {
                await page.goto(base + '/admin/articles/new');
                await pasteWire(page);
                return press(page, 'button[name=action][value=paste]');
            },
        },
        {
            name: 'admin-errors', url: '/admin/articles (Save, empty)',
            open: async (page, base) => {
                // Past the browser's own checks of required fields, to the portal's messages by each field.
                await page.goto(base + '/admin/articles/new');
                await page.locator('form.story-form').evaluate(f => { f.noValidate = true; });
                await page.fill('#headline', '');
                return press(page, 'button[name=action][value=save]');
            },
        },
        {
            name: 'admin-preview', url: '/admin/articles (Preview)',
            open: async (page, base) => {
                await page.goto(base + '/admin/articles/new');
                await pasteWire(page);
                await press(page, 'button[name=action][value=paste]');
                return press(page, 'button[name=action][value=preview]');
            },
        },
        { name: 'admin-edit', url: `/admin/articles/${found.imageStoryId}/edit`, open: get(`/admin/articles/${found.imageStoryId}/edit`) },
        {
            name: 'admin-edit-autosaved', url: `/admin/articles/${found.plainStoryId}/edit (autosaved)`,
            open: async (page, base) => {
                const url = `${base}/admin/articles/${found.plainStoryId}/edit`;
                await page.goto(url);
                const autosaved = page.waitForResponse(r => r.url().endsWith('/admin/articles/autosave') && r.ok());
                // Typed, then left: the field's change autosaves at once. The same text every run.
                await page.fill('#standfirst', 'A standfirst typed and autosaved, not saved yet.');
                await page.locator('#standfirst').blur();
                await autosaved;
                return page.goto(url);
            },
        },
        {
            name: 'admin-conflict', url: `/admin/articles/${found.plainStoryId} (Save, stale version)`,
            open: async (page, base) => {
                await page.goto(`${base}/admin/articles/${found.plainStoryId}/edit`);
                await page.locator('input[name=version]').evaluate(v => { v.value = String(Number(v.value) + 7); });
                return press(page, 'button[name=action][value=save]');
            },
        },
        { name: 'admin-revisions', url: found.revisions, open: get(found.revisions) },
        {
            name: 'admin-compare', url: `${found.revisions}/compare`,
            open: async (page, base) => {
                await page.goto(base + found.revisions);
                return press(page, 'form button[type=submit]');
            },
        },
        { name: 'admin-conflicts', url: '/admin/conflicts', open: get('/admin/conflicts') },
        { name: 'admin-people', url: '/admin/people', open: get('/admin/people') },
        { name: 'admin-person', url: found.adminPerson, open: get(found.adminPerson) },
        { name: 'admin-person-new', url: '/admin/people/new', open: get('/admin/people/new') },
        { name: 'admin-events', url: '/admin/events', open: get('/admin/events') },
        { name: 'admin-event', url: found.adminEvent, open: get(found.adminEvent) },
        { name: 'admin-event-new', url: '/admin/events/new', open: get('/admin/events/new') },
        { name: 'admin-countries', url: '/admin/countries', open: get('/admin/countries') },
        { name: 'admin-country', url: found.adminCountry, open: get(found.adminCountry) },
        { name: 'admin-accounts', url: '/admin/accounts', open: get('/admin/accounts') },
        { name: 'admin-account', url: `/admin/accounts/${user}`, open: get(`/admin/accounts/${user}`) },
        { name: 'admin-password', url: '/admin/password', open: get('/admin/password') },
        { name: 'admin-audit', url: '/admin/audit', open: get('/admin/audit') },
        {
            // an account that must choose its own password (the first start's admin, with its one-time password)
            name: 'admin-password-forced', url: '/admin/password (first login)', mustChange: true,
            open: async (page, base) => {
                await page.goto(base + '/login');
                await page.fill('#username', process.env.DATELINE_MUST_CHANGE_USER);
                await page.fill('#password', process.env.DATELINE_MUST_CHANGE_PASSWORD);
                const response = await press(page, 'button[type=submit]');
                if (new URL(page.url()).pathname !== '/admin/password') {
                    throw new Error(`${process.env.DATELINE_MUST_CHANGE_USER} was not sent to choose a password: ${page.url()}`);
                }
                return response;
            },
        },
        ...RENDERED.map(spec => ({ ...spec, url: `${spec.url} (target/rendered-pages/${spec.file})`, open: rendered(spec) })),
    ].filter(p => !p.mustChange || (process.env.DATELINE_MUST_CHANGE_USER && process.env.DATELINE_MUST_CHANGE_PASSWORD))
        .filter(p => p.url && !p.url.includes('undefined')).map(p => ({ group: 'newsroom', ...p }));
    return [...reader, ...newsroom];
}

async function pasteWire(page) {
    await page.locator('#wire').evaluate(el => el.closest('details')?.setAttribute('open', ''));
    await page.fill('#wire', readFileSync(path.join(ROOT, WIRE), 'utf8'));
}

/** The options every script takes: [BASE_URL] [OUT] [--only=NAME,NAME...]; the account from the environment. */
export function options(defaultOut) {
    const args = process.argv.slice(2);
    const [base = 'http://localhost:8080', out = defaultOut] = args.filter(a => !a.startsWith('--'));
    return {
        base: base.replace(/\/$/, ''), out, flags: args.filter(a => a.startsWith('--')),
        user: process.env.DATELINE_USER, password: process.env.DATELINE_PASSWORD,
    };
}

/**
 * Opens every page at every width, calling visit(page, spec, width, response) for each; pages reached with a
 * login are opened in a context logged in, the login page in one logged out.
 */
export async function eachPage(browser, { base, user, password, flags = [] }, visit, contextOptions = {}) {
    const setup = await browser.newContext();
    const setupPage = await setup.newPage();
    if (user) {
        await logIn(setupPage, base, user, password);
    }
    else {
        console.error('No DATELINE_USER and DATELINE_PASSWORD: reader pages only.');
    }
    const found = await discover(setupPage, base, Boolean(user));
    await setup.close();
    const only = (flags.find(f => f.startsWith('--only=')) ?? '').slice('--only='.length).split(',').filter(Boolean);
    const specs = pages(found, user).filter(p => !only.length || only.includes(p.name));
    for (const size of WIDTHS) {
        const loggedOut = await browser.newContext({ viewport: size, ...contextOptions });
        const loggedIn = await browser.newContext({ viewport: size, ...contextOptions });
        if (user) {
            await logIn(await loggedIn.newPage(), base, user, password);
        }
        for (const spec of specs) {
            const own = spec.mustChange ? await browser.newContext({ viewport: size, ...contextOptions }) : null;
            const page = await (own ?? (spec.group === 'reader' || spec.loggedOut ? loggedOut : loggedIn)).newPage();
            const response = await spec.open(page, base);
            if (response === null) {
                console.error(`${spec.name}: not checked, target/rendered-pages/${spec.file} is missing (run ./mvnw test -Dtest=${spec.test})`);
            }
            else {
                await visit(page, spec, size.width, response);
            }
            await page.close();
            await own?.close();
        }
        await loggedOut.close();
        await loggedIn.close();
    }
    return specs;
}
