// Screenshots of every page type at 1280 and 390 px: see scripts/screenshots.
import path from 'node:path';
import { ROOT, eachPage, launch, options } from './pages.mjs';

const opts = options(path.join(ROOT, 'docs/screenshots'));
const browser = await launch(['--hide-scrollbars']);
try {
    await eachPage(browser, opts, async (page, spec, width) => {
        const file = path.join(opts.out, `${spec.name}-${width}.png`);
        // Lazy images below the fold load once scrolled to; the shot is of the top of the page.
        await page.evaluate(async () => {
            window.scrollTo(0, document.body.scrollHeight);
            await new Promise(requestAnimationFrame);
            window.scrollTo(0, 0);
        });
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: file });
        console.log(`${file}  ${spec.url}`);
    });
}
finally {
    await browser.close();
}
